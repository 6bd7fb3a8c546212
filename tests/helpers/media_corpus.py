"""Family mail with what families attach besides photos, built by the tests (nothing committed): a voice note, a
video clip, a PDF, a Word document and a contact card, each in the shape a phone or mail program sends it. The
media themselves are real: a WAV written with Python's wave module, a PDF written by hand to the PDF 1.4 format
(tests that need an M4A or an MP4 make one with Qt: tests/helpers/media_files.py). Imports no Qt."""

from __future__ import annotations

import io
import math
import struct
import wave
import zipfile

from tests.helpers.family_corpus import base

EMMA = "Emma Jones <emma@example.org>"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def wav_bytes(seconds: float, rate: int = 8000) -> bytes:
    """A mono 16-bit WAV of a soft tone, `seconds` long."""
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        frames = int(seconds * rate)
        sound.writeframes(b"".join(struct.pack("<h", int(3000 * math.sin(i / 6))) for i in range(frames)))
    return out.getvalue()


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A PDF with one page (A4, Helvetica 28 pt) per list of lines."""
    objects = {1: "<< /Type /Catalog /Pages 2 0 R >>",
               2: "<< /Type /Pages /Kids [{}] /Count {} >>".format(
                   " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages))), len(pages)),
               3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    for number, lines in enumerate(pages):
        shown = " T* ".join("({}) Tj".format(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                            for line in lines)
        stream = f"BT /F1 28 Tf 36 TL 60 770 Td {shown} ET"
        objects[4 + 2 * number] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                                   f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * number} 0 R >>")
        objects[5 + 2 * number] = f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n{objects[number]}\nendobj\n".encode("latin-1")
    xref, size = len(out), max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offsets[number]:010d} 00000 n \n".encode() for number in range(1, size))
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


RECIPE_PAGES = [["Grandma's apple cake", "", "Page one: what you need", "3 apples", "200 g flour", "2 eggs"],
                ["Page two: what to do", "Mix it all together", "Bake for 40 minutes"],
                ["Page three", "Enjoy it with the family!"]]


def docx_bytes() -> bytes:
    """A small Word document (a zip, as .docx files are)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as document:
        document.writestr("[Content_Types].xml", "<Types/>")
        document.writestr("word/document.xml", "<w:document><w:body><w:p>Recipe</w:p></w:body></w:document>")
    return out.getvalue()


VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Brown\r\nTEL;TYPE=CELL:+44 7700 900123\r\nEND:VCARD\r\n"


def voice_note_mail(audio: bytes, filename: str = "Voice message.wav", subtype: str = "wav",
                    words: str = "Emma sang a song for you, Granny!") -> bytes:
    """An iPhone's shape: a line of words and the recording as an audio attachment, from Emma."""
    msg = base("A song for Granny", sender=EMMA)
    msg.set_content(words + "\n\nSent from my iPhone\n")
    msg.add_attachment(audio, maintype="audio", subtype=subtype, filename=filename)
    return msg.as_bytes()


def video_mail(video: bytes, filename: str = "First steps.mp4", subtype: str = "mp4") -> bytes:
    msg = base("Emma's first steps", sender=EMMA)
    msg.set_content("Look at her go!\n")
    msg.add_attachment(video, maintype="video", subtype=subtype, filename=filename)
    return msg.as_bytes()


def pdf_mail() -> bytes:
    """Gmail's shape: words with an HTML alternative, and the PDF attached."""
    msg = base("The recipe")
    msg.set_content("Here is Grandma's apple cake recipe, as promised.\n")
    msg.add_alternative("<div dir=\"ltr\">Here is Grandma's apple cake recipe, as promised.</div>", subtype="html")
    msg.add_attachment(pdf_bytes(RECIPE_PAGES), maintype="application", subtype="pdf", filename="Recipe.pdf")
    return msg.as_bytes()


def document_mail() -> bytes:
    """Outlook's shape: a Word document and, from a phone, a contact card (text/x-vcard)."""
    msg = base("The recipe in Word")
    msg.set_content("The recipe again, and Tom's new number.\n")
    major, minor = DOCX_TYPE.split("/")
    msg.add_attachment(docx_bytes(), maintype=major, subtype=minor, filename="Recipe.docx")
    msg.add_attachment(VCARD.encode(), maintype="text", subtype="x-vcard", filename="Tom Brown.vcf")
    return msg.as_bytes()
