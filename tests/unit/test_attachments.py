"""What families attach besides photos: voice notes, clips, PDFs, Word documents and contact cards are all
recorded (kind, a safe name, size), the ones CareLink plays or shows are kept as private files with their length,
a very big one keeps the message's words and is named, not lost; `carelink wall --json` lists them all; and a
household from before attachments (migration 0007) keeps its messages and takes attachments."""

from __future__ import annotations

import json
import shutil
import stat
import struct
from pathlib import Path

import pytest

from carelink.channels.email import attachments
from carelink.channels.email.mime import parse_message
from carelink.clock import SettableClock
from carelink.paths import HouseholdPaths
from carelink.services.wall import WallService
from carelink.storage.models import MessageRow
from carelink.storage.startup import open_household
from tests.helpers import FIXED_NOW, make_household, run_cli
from tests.helpers import family_corpus as corpus
from tests.helpers import media_corpus as media

pytestmark = pytest.mark.noqt


def test_a_voice_note_is_kept_with_its_length() -> None:
    sound = media.wav_bytes(31)
    mail = parse_message(media.voice_note_mail(sound), FIXED_NOW)
    assert mail.text == "Emma sang a song for you, Granny!"
    [note] = mail.attachments
    assert (note.kind, note.filename, note.content_type, note.size) == ("audio", "Voice message.wav", "audio/wav",
                                                                         len(sound))
    assert note.data == sound and note.kept
    assert note.seconds == pytest.approx(31)
    assert mail.images == ()


def test_a_pdf_is_kept_and_documents_and_contact_cards_are_recorded_by_name_and_size() -> None:
    [pdf] = parse_message(media.pdf_mail(), FIXED_NOW).attachments
    assert (pdf.kind, pdf.filename, pdf.kept, pdf.seconds) == ("pdf", "Recipe.pdf", True, None)
    assert pdf.data is not None and pdf.data.startswith(b"%PDF-1.4")
    mail = parse_message(media.document_mail(), FIXED_NOW)
    assert mail.text == "The recipe again, and Tom's new number."
    assert [(a.kind, a.filename, a.kept) for a in mail.attachments] == [("document", "Recipe.docx", False),
                                                                        ("contact", "Tom Brown.vcf", False)]
    assert [a.size for a in mail.attachments] == [len(media.docx_bytes()), len(media.VCARD.encode())]


def test_a_voice_note_labelled_octet_stream_is_known_by_its_name() -> None:
    msg = corpus.base("Voice")
    msg.set_content("Listen")
    msg.add_attachment(media.wav_bytes(2), maintype="application", subtype="octet-stream", filename="memo.m4a")
    [note] = parse_message(msg.as_bytes()).attachments
    assert (note.kind, note.kept) == ("audio", True)


def test_a_file_that_claims_to_be_a_pdf_but_is_not_is_named_not_kept() -> None:
    msg = corpus.base("Odd")
    msg.set_content("See attached")
    program = b"MZ\x90\x00 not a pdf at all"
    msg.add_attachment(program, maintype="application", subtype="pdf", filename="x.pdf")
    [odd] = parse_message(msg.as_bytes()).attachments
    assert (odd.kind, odd.kept, odd.size) == ("pdf", False, len(program))


def test_mail_machinery_is_not_an_attachment() -> None:
    """Signatures and report parts are how mail works, not something a person attached."""
    raw = corpus.raw_mail('Content-Type: multipart/signed; protocol="application/pgp-signature"; boundary="b"',
                          b"--b\r\nContent-Type: text/plain\r\n\r\nSee you Sunday.\r\n--b\r\n"
                          b"Content-Type: application/pgp-signature; name=\"signature.asc\"\r\n\r\n"
                          b"-----BEGIN PGP SIGNATURE-----\r\nabc\r\n-----END PGP SIGNATURE-----\r\n--b--\r\n")
    mail = parse_message(raw)
    assert (mail.text, mail.attachments) == ("See you Sunday.", ())


def test_a_mac_s_appledouble_file_is_one_attachment_and_outlook_s_winmail_dat_is_named() -> None:
    raw = corpus.raw_mail('Content-Type: multipart/mixed; boundary="m"',
                          b"--m\r\nContent-Type: text/plain\r\n\r\nThe recipe.\r\n--m\r\n"
                          b'Content-Type: multipart/appledouble; boundary="a"\r\n\r\n--a\r\n'
                          b'Content-Type: application/applefile; name="Recipe.docx"\r\n\r\nfork\r\n--a\r\n'
                          b'Content-Type: application/msword; name="Recipe.docx"\r\n'
                          b"Content-Disposition: attachment\r\n\r\nWORD\r\n--a--\r\n--m\r\n"
                          b'Content-Type: application/ms-tnef; name="winmail.dat"\r\n\r\nTNEF\r\n--m--\r\n')
    mail = parse_message(raw)
    assert [(a.kind, a.filename) for a in mail.attachments] == [("document", "Recipe.docx"), ("file", "winmail.dat")]


@pytest.mark.parametrize(("given", "safe"), [
    ("../../etc/passwd.pdf", "passwd.pdf"), ("C:\\Users\\sarah\\Recipe.docx", "Recipe.docx"),
    ("CON.docx", "document"), ("bad<name>?.vcf", "bad_name__.vcf"), ("", "document"),
    ("x" * 300 + ".docx", "x" * 95 + ".docx"), ("no suffix", "no suffix"), (".hidden.docx", "hidden.docx"),
])
def test_attachment_names_are_plain_basenames(given: str, safe: str) -> None:
    from carelink.channels.email.parts import safe_basename

    assert safe_basename(given, "document") == safe


def test_the_length_of_an_mp4_is_read_from_its_movie_header() -> None:
    def box(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I4s", 8 + len(body), kind) + body

    version0 = box(b"mvhd", bytes(4) + bytes(8) + struct.pack(">II", 600, 600 * 95))
    version1 = box(b"mvhd", b"\x01" + bytes(3) + bytes(16) + struct.pack(">IQ", 1000, 12_500))
    for mvhd, seconds in ((version0, 95.0), (version1, 12.5)):
        mp4 = box(b"ftyp", b"M4A \x00\x00\x00\x00") + box(b"free", b"") + box(b"moov", mvhd) + box(b"mdat", b"x")
        assert attachments.media_seconds(mp4) == seconds
    assert attachments.media_seconds(box(b"ftyp", b"isom") + box(b"moov", b"\x00\x00\x00\x02zz")) is None
    assert attachments.media_seconds(b"RIFF\x00\x00\x00\x00WAVEbroken") is None


def test_a_thirty_megabyte_video_keeps_the_words_and_is_named_with_its_size_not_kept() -> None:
    mail = parse_message(corpus.big_video_mail(30), FIXED_NOW)
    assert mail.text == "Here is Emma walking! Watch the video."
    [video] = mail.attachments
    assert (video.kind, video.filename, video.kept) == ("video", "steps.mp4", False)
    assert 29_800_000 < video.size < 30_200_000, "its size, about right, though its body was never read"


def test_the_wall_keeps_playable_files_privately_and_lists_every_attachment(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    household = make_household(tmp_path)
    try:
        emma = household.contacts.add("Emma", "emma@example.org")
        sarah = household.contacts.add("Sarah", "sarah@example.org")
        wall = household.wall
        note_id = wall.add_mail(parse_message(media.voice_note_mail(media.wav_bytes(31))), emma.id, emma.email,
                                FIXED_NOW)
        pdf_id = wall.add_mail(parse_message(media.pdf_mail()), sarah.id, sarah.email, FIXED_NOW)
        docs_id = wall.add_mail(parse_message(media.document_mail()), sarah.id, sarah.email, FIXED_NOW)
        assert None not in (note_id, pdf_id, docs_id)
        [note] = wall.get(note_id or 0).attachments
        assert note.path is not None and note.path.parent == household.paths.photos
        assert note.path.suffix == ".wav" and note.path.read_bytes() == media.wav_bytes(31)
        assert stat.S_IMODE(note.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(note.path.parent.stat().st_mode) == 0o700
        assert not list(household.paths.photos.glob(".*.partial")), "written whole, then renamed"
        [pdf] = wall.get(pdf_id or 0).attachments
        assert pdf.path is not None and pdf.path.read_bytes().startswith(b"%PDF")
        assert [a.kept for a in wall.get(docs_id or 0).attachments] == [False, False]
        listing = household.attachments.listing()
        assert [(item.sender_name, [a.name for a in item.attachments]) for item in listing] == [
            ("Sarah", ["Recipe.docx", "Tom Brown.vcf"]), ("Sarah", ["Recipe.pdf"]), ("Emma", ["Voice message.wav"])]
    finally:
        household.close()
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "wall", "--json"], capsys)
    assert code == 0
    cards = {card["id"]: card for card in json.loads(out)}
    assert cards[note_id]["attachments"] == [{"kind": "audio", "name": "Voice message.wav", "content_type": "audio/wav",
                                              "size": len(media.wav_bytes(31)), "kept": True, "seconds": 31.0}]
    assert [(a["kind"], a["name"], a["kept"]) for a in cards[docs_id]["attachments"]] == [
        ("document", "Recipe.docx", False), ("contact", "Tom Brown.vcf", False)]


def test_a_mail_that_is_not_stored_leaves_no_recording_behind(tmp_path: Path) -> None:
    household = make_household(tmp_path)
    try:
        mail = parse_message(media.voice_note_mail(media.wav_bytes(1)))
        rows: list[MessageRow] = []
        with pytest.raises(RuntimeError), household.wall.photos_kept_only_if_stored(rows):
            rows.append(household.wall.mail_row(mail, None, "emma@example.org", FIXED_NOW))
            assert list(household.paths.photos.glob("attachment-*.wav"))
            raise RuntimeError("the transaction failed")
        assert not list(household.paths.photos.glob("attachment-*"))
    finally:
        household.close()


def test_a_household_from_before_attachments_keeps_its_messages_and_takes_a_voice_note(tmp_path: Path) -> None:
    """Migration 0007 adds the attachments table to the frozen 0006 database."""
    from tests.helpers.frozen_schema import FROZEN_MESSAGES, SCHEMAS

    paths = HouseholdPaths(tmp_path / "household")
    paths.create()
    shutil.copyfile(SCHEMAS / "0006.sqlite", paths.database)
    database, report = open_household(paths, SettableClock(FIXED_NOW))
    try:
        assert report.migrated_from == "0006"
        wall = WallService(database, paths.photos)
        old = {m.id: m for m in wall.messages()}
        assert {(i, t) for i, _, _, t, *_ in FROZEN_MESSAGES} <= {(m.id, m.text) for m in old.values()}
        assert all(m.attachments == () for m in old.values())
        new_id = wall.add_mail(parse_message(media.voice_note_mail(media.wav_bytes(3))), 1, "sarah@example.org",
                               FIXED_NOW)
        [note] = wall.get(new_id or 0).attachments
        assert (note.kind, note.kept, note.seconds) == ("audio", True, 3.0)
    finally:
        database.close()
