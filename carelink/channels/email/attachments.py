"""What a family attaches besides photos: voice notes, video clips, PDFs, and anything else (a Word document, a
contact card). Each one is recorded with its kind, a safe file name and its size, so nothing is dropped without a
word; the kinds CareLink can play or show (PLAYABLE) keep their bytes too, within MAX_KEPT_BYTES.

Everything here reads a part of hostile mail: nothing is decoded but the part's own bytes, a length is read from
a WAV header or an MP4 movie header only, and no function raises for malformed input.
"""

from __future__ import annotations

import contextlib
import io
import struct
import wave
from dataclasses import dataclass
from email.message import EmailMessage

from carelink.channels.email import parts
from carelink.channels.email.bigmail import OMITTED_HEADER

AUDIO, VIDEO, PDF = "audio", "video", "pdf"
DOCUMENT, CONTACT, SPREADSHEET, PRESENTATION, ARCHIVE, FILE = (
    "document", "contact", "spreadsheet", "presentation", "archive", "file")
PLAYABLE = frozenset({AUDIO, VIDEO, PDF})  # kinds whose bytes are kept, to play or show on the card
MAX_KEPT_BYTES = 25 * 1024 * 1024  # a bigger attachment is recorded (its name and size) but not kept
MAX_ATTACHMENTS = 50  # per message; a message with more is hostile or a mistake (the rest are counted)

_SUFFIX_KINDS = {
    **dict.fromkeys((".m4a", ".aac", ".mp3", ".ogg", ".oga", ".opus", ".wav", ".amr", ".3ga", ".flac"), AUDIO),
    **dict.fromkeys((".mp4", ".mov", ".m4v", ".3gp", ".webm", ".mkv", ".avi"), VIDEO),
    ".pdf": PDF,
    **dict.fromkeys((".doc", ".docx", ".odt", ".rtf", ".txt", ".pages", ".md"), DOCUMENT),
    **dict.fromkeys((".vcf", ".vcard"), CONTACT),
    **dict.fromkeys((".xls", ".xlsx", ".ods", ".csv", ".numbers"), SPREADSHEET),
    **dict.fromkeys((".ppt", ".pptx", ".odp", ".key"), PRESENTATION),
    **dict.fromkeys((".zip", ".rar", ".7z", ".gz", ".tar"), ARCHIVE),
}
_TYPE_KINDS = {
    "application/pdf": PDF, "application/x-pdf": PDF,
    "application/msword": DOCUMENT, "application/rtf": DOCUMENT, "text/rtf": DOCUMENT,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": DOCUMENT,
    "application/vnd.oasis.opendocument.text": DOCUMENT,
    "text/vcard": CONTACT, "text/x-vcard": CONTACT, "text/directory": CONTACT,
    "application/vnd.ms-excel": SPREADSHEET, "text/csv": SPREADSHEET,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": SPREADSHEET,
    "application/vnd.ms-powerpoint": PRESENTATION,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": PRESENTATION,
    "application/zip": ARCHIVE, "application/x-zip-compressed": ARCHIVE,
}
# Parts that are part of how mail works, not something a person attached.
_NOT_ATTACHMENTS = frozenset({
    "application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature",
    "message/delivery-status", "message/disposition-notification", "text/rfc822-headers",
    "message/feedback-report",
    "application/applefile"})  # a Mac file's resource fork, beside the file itself in multipart/appledouble
_FALLBACK_NAMES = {AUDIO: "voice-message", VIDEO: "video", PDF: "document.pdf", DOCUMENT: "document",
                   CONTACT: "contact.vcf", SPREADSHEET: "spreadsheet", PRESENTATION: "presentation",
                   ARCHIVE: "archive", FILE: "file"}


@dataclass(frozen=True)
class MailAttachment:
    """One attachment that is not a photo. kind: AUDIO, VIDEO, PDF, DOCUMENT, CONTACT, SPREADSHEET, PRESENTATION,
    ARCHIVE or FILE. data: the bytes, for a PLAYABLE kind within MAX_KEPT_BYTES, else None (only recorded).
    size: bytes (estimated from the encoded length when the body was not read). seconds: a voice note's or
    clip's length when its header states it (WAV, MP4/M4A/MOV), else None."""

    kind: str
    filename: str
    content_type: str
    size: int
    data: bytes | None = None
    seconds: float | None = None

    @property
    def kept(self) -> bool:
        return self.data is not None


def is_attachment(part: EmailMessage, ctype: str) -> bool:
    """Whether a part that is not words, a photo or a calendar is something a person attached: it is marked as an
    attachment, has a file name, or is a voice note, clip or PDF."""
    if ctype in _NOT_ATTACHMENTS or ctype.startswith("multipart/"):
        return False
    if parts.disposition(part) == "attachment" or parts.filename(part):
        return True
    return ctype.startswith(("audio/", "video/")) or ctype in ("application/pdf", "text/vcard", "text/x-vcard")


def kind_of(ctype: str, name: str) -> str:
    """The attachment's kind, from its file name's suffix first (phones label voice notes application/octet-stream)
    and then from its declared type."""
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    if suffix in _SUFFIX_KINDS:
        return _SUFFIX_KINDS[suffix]
    if ctype.startswith("audio/"):
        return AUDIO
    if ctype.startswith("video/"):
        return VIDEO
    return _TYPE_KINDS.get(ctype, DOCUMENT if ctype.startswith("text/") else FILE)


def read_attachment(part: EmailMessage, ctype: str) -> MailAttachment:
    """The attachment in a part: never raises (a part whose body is broken or was left out of a very big message
    is recorded by name and size, not kept)."""
    name = parts.filename(part)
    kind = kind_of(ctype, name)
    filename = parts.safe_basename(name, _FALLBACK_NAMES[kind])
    omitted = _omitted_bytes(part)
    if omitted is not None:  # bigmail left the body out: its size is about what was left out, decoded
        # base64: three bytes for four letters, in lines of 76 letters and a line break
        size = omitted * 3 * 76 // (4 * 77) if parts.transfer_encoding(part) == "base64" else omitted
        return MailAttachment(kind, filename, ctype, size)
    if kind not in PLAYABLE or _encoded_size(part) > MAX_KEPT_BYTES * 4 // 3 + 4096:
        return MailAttachment(kind, filename, ctype, _decoded_size(part))
    data = parts.image_bytes(part)  # the decoded bytes of any part (None when its base64 is broken)
    if data is None:
        return MailAttachment(kind, filename, ctype, _decoded_size(part))
    if len(data) > MAX_KEPT_BYTES or (kind == PDF and b"%PDF" not in data[:1024]):
        return MailAttachment(kind, filename, ctype, len(data))
    return MailAttachment(kind, filename, ctype, len(data), data, media_seconds(data))


def media_seconds(data: bytes) -> float | None:
    """A recording's length as its header states it: a WAV's frames and rate, or an MP4/M4A/MOV's movie header.
    None for other formats (the player finds their length) and for broken headers."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        with contextlib.suppress(Exception), wave.open(io.BytesIO(data)) as sound:
            rate = sound.getframerate()
            return sound.getnframes() / rate if rate > 0 else None
        return None
    if data[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free"):
        return _mp4_seconds(data)
    return None


def _mp4_seconds(data: bytes) -> float | None:
    """The duration in an MP4 family file's moov/mvhd box (at most a few hundred boxes are looked at)."""
    moov = _box(data, 0, len(data), b"moov")
    if moov is None:
        return None
    mvhd = _box(data, moov[0], moov[1], b"mvhd")
    if mvhd is None:
        return None
    start, end = mvhd
    try:
        version = data[start]
        if version == 1:
            timescale, duration = struct.unpack(">IQ", data[start + 20:start + 32])
        else:
            timescale, duration = struct.unpack(">II", data[start + 12:start + 20])
    except (IndexError, struct.error):
        return None
    if timescale <= 0 or end - start < 20:
        return None
    return float(duration / timescale)


def _box(data: bytes, start: int, end: int, wanted: bytes) -> tuple[int, int] | None:
    """The (start, end) of the body of the first box of type `wanted` among the boxes in data[start:end]."""
    position = start
    for _ in range(500):
        if position + 8 > end:
            return None
        size, kind = struct.unpack(">I4s", data[position:position + 8])
        header = 8
        if size == 1:
            if position + 16 > end:
                return None
            size = struct.unpack(">Q", data[position + 8:position + 16])[0]
            header = 16
        elif size == 0:
            size = end - position
        if size < header:
            return None
        if kind == wanted:
            return position + header, min(end, position + size)
        position += size
    return None


def _omitted_bytes(part: EmailMessage) -> int | None:
    value = str(part.get(OMITTED_HEADER) or "").strip()
    return int(value) if value.isdigit() else None


def _encoded_size(part: EmailMessage) -> int:
    try:
        payload = part.get_payload(decode=False)
    except Exception:
        return 0
    return len(payload) if isinstance(payload, str | bytes) else 0


def _decoded_size(part: EmailMessage) -> int:
    """The size of the attachment, without decoding it: base64 is three bytes for every four characters."""
    size = _encoded_size(part)
    if parts.transfer_encoding(part) != "base64":
        return size
    try:
        payload = part.get_payload(decode=False)
    except Exception:
        return size * 3 // 4
    if not isinstance(payload, str):
        return size * 3 // 4
    letters = len(payload) - sum(payload.count(space) for space in " \t\r\n")
    return max(0, letters * 3 // 4 - payload.rstrip().count("="))
