"""Incoming mail becomes safe, readable words and checked photos, whatever a sender (or a scammer) puts in it.

The corpus in tests/data/mail holds small ordinary and hostile messages; photo messages and the very large or
very deep ones are built here instead of being committed.
"""

from __future__ import annotations

import ast
import base64
import email.parser
import random
import re
import struct
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import nh3
import pytest

from carelink.channels.email import headers, mime, reading
from carelink.channels.email import text as text_module
from carelink.channels.email.images import ImageInfo
from carelink.channels.email.mime import (
    MAX_IMAGES,
    MAX_RAW_BYTES,
    MAX_TEXT_CHARS,
    MailImage,
    ParsedMail,
    parse_message,
    safe_filename,
)
from carelink.demo.pictures import make_scene

pytestmark = pytest.mark.noqt

MAIL = Path(__file__).resolve().parents[1] / "data" / "mail"
HEAD = b"From: Sarah Brown <sarah@example.com>\r\nSubject: Test\r\nMessage-ID: <t.1@example.com>\r\n"


def load(name: str) -> ParsedMail:
    return parse_message((MAIL / name).read_bytes())


def jpeg_header(width: int, height: int) -> bytes:
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + frame + b"\xff\xd9"


def plain(body: str, headers: str = "", ctype: str = "text/plain; charset=utf-8") -> bytes:
    return HEAD + f"{headers}Content-Type: {ctype}\n\n{body}".replace("\n", "\r\n").encode()


def photo_message(attachments: int = 1) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sarah Brown <sarah@example.com>"
    msg["To"] = "margaret@example.org"
    msg["Subject"] = "At the beach"
    msg["Message-ID"] = "<beach.1@example.com>"
    msg.set_content("Here we are at the beach!\n")
    msg.add_alternative('<p>Here we are at the <b>beach</b>!</p><img src="cid:sea@example.com">', subtype="html")
    html = msg.get_body(preferencelist=("html",))
    assert isinstance(html, EmailMessage)
    html.add_related(make_scene("beach", seed=1, width=40, height=30), "image", "png", cid="<sea@example.com>")
    for i in range(attachments):
        msg.add_attachment(make_scene("garden", seed=i, width=64, height=48), maintype="image", subtype="png",
                           filename="C:\\Users\\Sarah\\Pictures\\beach day.png")
    msg.add_attachment(jpeg_header(640, 480), maintype="application", subtype="octet-stream",
                       filename="IMG_0001.JPG")
    msg.add_attachment(b"%PDF-1.4 not a photo", maintype="application", subtype="pdf", filename="letter.pdf")
    return msg.as_bytes()


def hidden_characters(text: str) -> list[str]:
    return [c for c in text if c != "\n" and unicodedata.category(c) in ("Cc", "Cf", "Cs")]


# --- ordinary mail ---------------------------------------------------------------------------------------------


def test_a_plain_message_from_family_reads_exactly() -> None:
    mail = load("plain_family.eml")
    assert mail == ParsedMail(
        message_id="<sunday-lunch.1@example.com>",
        sender="sarah@example.com",
        sender_name="Sarah Brown",
        subject="Sunday lunch",
        date=datetime(2026, 11, 21, 10, 15, tzinfo=UTC),
        in_reply_to=None,
        references=(),
        text="Hi Mum,\n\nThe children loved the café on Sunday. Tom has lost his first tooth! 🦷\n\n"
             "Lots of love,\nSarah",
        images=(),
        dropped_images=0,
        auth_failed=False,
        meeting_links=(),
    )


@pytest.mark.parametrize("ending", [b"\n", b"\r"])
def test_unusual_line_endings_read_the_same(ending: bytes) -> None:
    raw = (MAIL / "plain_family.eml").read_bytes()
    assert parse_message(raw.replace(b"\r\n", ending)) == load("plain_family.eml")


def test_plain_text_is_preferred_in_an_alternative() -> None:
    assert load("alternative.eml").text == "Plain words are preferred."


def test_hostile_html_becomes_plain_words_with_nothing_remote() -> None:
    mail = load("html_hostile.eml")
    assert mail.text == ("Hello Mum\n\nWe went to the park today & fed the ducks.\nTom said <quack> a lot.\n\n"
                         "See the album or this.\n\nApples\nPears")
    for gone in ("Secret title", "styled", "color", "document", "cookie", "alert", "evil", "Password", "hunter2",
                 "Option text", "Textarea text", "Log in", "comment", "Noscript", "Iframe", "tracker", "https",
                 "remote photo", "javascript"):
        assert gone not in mail.text
    assert mail.images == () and mail.dropped_images == 0
    assert mail.meeting_links == ()


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Fish &amp;amp; chips &lt;b&gt;</p>", "Fish &amp; chips <b>"),  # entities decoded once, after cleaning
        ("Mine&#xe000;<p>hidden&#xe001;</p>\ue002x", "Mine\n\nhidden\n\nx"),  # no faking the layout markers
        ("<table><tr><td>Mon</td><td>Tea</td></tr><tr><td>Tue</td></tr></table>", "Mon Tea\nTue"),
        ("<div>a</div><div><br></div><div>b</div>", "a\n\nb"),
        ("<svg><text>drawn</text></svg><math><mi>x</mi></math>ok", "ok"),
        ("<a href='https://meet.jit.si/Room'>https://meet.jit.si/Room</a>", "https://meet.jit.si/Room"),
    ],
)
def test_html_layout_rules(html: str, expected: str) -> None:
    assert parse_message(plain(html, ctype="text/html; charset=utf-8")).text == expected


def test_a_gmail_style_html_reply_keeps_only_the_new_words() -> None:
    html = ('<div dir="ltr">See you <i>Sunday</i>!<div><br></div><div>Dad</div></div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">On Sat, 21 Nov 2026 at 10:00, Sarah Brown &lt;sarah@example.com&gt;'
            ' wrote:<br></div><blockquote class="gmail_quote">Are you free?<br><blockquote>Older</blockquote>'
            '</blockquote></div>')
    assert parse_message(plain(html, ctype="text/html; charset=utf-8")).text == "See you Sunday!\n\nDad"


def test_photos_attached_and_inline_are_kept_with_safe_names() -> None:
    mail = parse_message(photo_message())
    assert mail.text == "Here we are at the beach!"
    assert [(i.filename, i.content_type, i.info) for i in mail.images] == [
        ("photo.png", "image/png", ImageInfo("png", 40, 30)),  # the inline cid image has no name
        ("beach day.png", "image/png", ImageInfo("png", 64, 48)),
        ("IMG_0001.JPG", "image/jpeg", ImageInfo("jpeg", 640, 480)),  # octet-stream named .JPG
    ]
    assert mail.images[0].data == make_scene("beach", seed=1, width=40, height=30)
    assert isinstance(mail.images[0], MailImage)
    assert mail.dropped_images == 0  # the PDF is not a picture, so it is not counted


def test_twenty_five_photos_are_all_kept_and_past_the_limit_the_rest_are_counted() -> None:
    mail = parse_message(photo_message(attachments=25))
    assert (len(mail.images), mail.dropped_images) == (1 + 25 + 1, 0)  # the inline one, 25, the .JPG
    assert MAX_IMAGES == 100
    many = parse_message(photo_message(attachments=110))
    assert len(many.images) == 100
    assert many.dropped_images == 1 + 110 - 99  # 111 attached after the inline one, 99 of them fit


@pytest.mark.parametrize(
    ("given", "kind", "expected"),
    [
        ("beach.png", "png", "beach.png"),
        ("../../etc/passwd", "png", "passwd.png"),
        ("C:\\Windows\\evil.exe", "jpeg", "evil.exe.jpg"),
        ("holiday\u202egnp.exe", "png", "holidaygnp.exe.png"),
        ("a\x00b\r\nc:d*e?.gif", "gif", "ab c_d_e_.gif"),
        ("", "webp", "photo.webp"),
        ("...", "png", "photo.png"),
        ("CON.png", "png", "photo-CON.png"),
        ("x" * 300 + ".jpeg", "jpeg", "x" * 95 + ".jpeg"),
        ("photo.JPG", "jpeg", "photo.JPG"),
    ],
)
def test_photo_filenames_become_safe_basenames(given: str, kind: str, expected: str) -> None:
    name = safe_filename(given, kind)
    assert name == expected
    assert len(name) <= 100 and "/" not in name and "\\" not in name


def test_an_empty_plain_alternative_falls_back_to_the_html() -> None:
    body = "--a\nContent-Type: text/plain\n\n \n--a\nContent-Type: text/html\n\n<p>From the <i>HTML</i></p>\n--a--\n"
    raw = plain(body, ctype='multipart/alternative; boundary="a"')
    assert parse_message(raw).text == "From the HTML"


def test_an_attached_email_gives_its_photos_and_its_words_after_the_senders() -> None:
    inner = EmailMessage()
    inner["From"] = "shop@example.com"
    inner.set_content("Click here to claim your prize")
    cake = make_scene("birthday_cake", width=20, height=20)
    inner.add_attachment(cake, maintype="image", subtype="png", filename="c.png")
    outer = EmailMessage()
    outer["From"] = "Sarah <sarah@example.com>"
    outer.set_content("Look what came, Mum")
    outer.add_attachment(inner)
    mail = parse_message(outer.as_bytes())
    assert mail.text == ("Look what came, Mum\n\n"
                         "Forwarded message from shop@example.com:\n\nClick here to claim your prize")
    assert [i.filename for i in mail.images] == ["c.png"]


# --- quoted history and signatures -----------------------------------------------------------------------------


def test_a_reply_loses_its_quote_and_signature() -> None:
    mail = load("reply_quoted.eml")
    assert mail.text == "Yes, Saturday is perfect. I'll bring the cake."
    assert mail.in_reply_to == "<visit.1@example.org>"
    assert mail.references == ("<start.1@example.org>", "<visit.1@example.org>")


def test_a_bottom_posted_reply_keeps_the_words_after_the_quote() -> None:
    mail = load("reply_bottom.eml")
    assert mail.text == "The roses are out at last."
    assert mail.in_reply_to == "<garden.1@example.org>"  # given without brackets


@pytest.mark.parametrize("name", ["outlook_reply.eml", "outlook_header_reply.eml"])
def test_outlook_replies_lose_the_original_message(name: str) -> None:
    expected = {"outlook_reply.eml": "Tuesday at 3 is fine, Mum.\n\nDavid",
                "outlook_header_reply.eml": "I found your coat in the car."}
    assert load(name).text == expected[name]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thanks!\n\nOn Sat, 21 Nov 2026 at 10:00, Sarah Brown <\nsarah@example.com> wrote:\n> Hi\n", "Thanks!"),
        ("Lovely.\n> trailing quote\n>\n> more\n", "Lovely."),
        ("> Is Sunday ok?\nYes it is.\n> And lunch?\nLunch too.", None),  # interleaved answers stay whole
        ("Tom wrote: a poem today.\nIt rhymes.", "Tom wrote: a poem today.\nIt rhymes."),
        ("Ok\n--\nDavid\n07700 900123", "Ok"),
        ("> only a quote\n> nothing else", "> only a quote\n> nothing else"),  # nothing of theirs: keep it all
        ("Look at this, Mum\n\n---------- Forwarded message ---------\nFrom: Shop <s@example.com>\n"
         "Date: Fri, 20 Nov 2026\nSubject: Your order\n\nIt has shipped.",
         "Look at this, Mum\n\nForwarded message from Shop:\n\nIt has shipped."),
        ("Sent you this\n\nFrom: Bank\nSent: Friday\nSubject: FW: statement\n\nbalance",
         "Sent you this\n\nForwarded message from Bank:\n\nbalance"),
    ],
)
def test_quote_and_signature_rules(body: str, expected: str | None) -> None:
    text = parse_message(plain(body)).text
    assert text == (body.strip() if expected is None else expected)


# --- charsets and encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "subject", "text"),
    [
        ("latin1.eml", "Latin", "Crème brûlée à la façon de Grand-mère."),
        ("latin1_qp.eml", "Quoted", "Grüße aus München, das Wetter ist schön und die Straße ist voll mit Leuten."),
        ("cp1252.eml", "Windows", "\u201cIt costs \u20ac5\u201d \u2013 she said."),
        ("shift_jis.eml", "お元気ですか", "おばあちゃん、お元気ですか。"),
        ("unknown_charset.eml", "Unknown", "Héllo from an unknown charset."),
        ("bogus_charset.eml", "Bogus", "Café au lait."),
    ],
)
def test_every_charset_is_read_and_unknown_ones_fall_back(name: str, subject: str, text: str) -> None:
    mail = load(name)
    assert (mail.subject, mail.text) == (subject, text)


def test_undeclared_eight_bit_text_is_read_as_utf8_or_windows_1252() -> None:
    assert parse_message(HEAD + b"\r\nna\xc3\xafve\r\n").text == "naïve"
    assert parse_message(HEAD + b"\r\nna\xefve \x80\r\n").text == "naïve €"


def test_format_flowed_lines_are_joined() -> None:
    body = "This is one long \nline that was \nwrapped.\n\nNew paragraph."
    mail = parse_message(plain(body, ctype="text/plain; charset=utf-8; format=flowed"))
    assert mail.text == "This is one long line that was wrapped.\n\nNew paragraph."


def test_raw_utf8_in_headers_is_read() -> None:
    raw = "From: Søren Ødegård <soren@example.dk>\r\nSubject: Hej fra København\r\n\r\nHej\r\n".encode()
    mail = parse_message(raw)
    assert (mail.sender, mail.sender_name, mail.subject) == ("soren@example.dk", "Søren Ødegård", "Hej fra København")


# --- broken mail -----------------------------------------------------------------------------------------------


def test_a_multipart_without_a_boundary_still_gives_its_words() -> None:
    assert load("no_boundary.eml").text == "The words survive a missing boundary."


def test_an_image_with_truncated_base64_is_dropped_and_counted() -> None:
    mail = load("truncated_base64.eml")
    assert (mail.text, mail.images, mail.dropped_images) == ("Here is the photo.", (), 1)


def test_garbage_headers_give_empty_values_not_errors() -> None:
    mail = load("headers_garbage.eml")
    assert (mail.message_id, mail.sender, mail.sender_name, mail.date, mail.in_reply_to) == (None, None, "", None,
                                                                                              None)
    assert mail.references == ("<ok.1@example.com>", "<ok.2@example.com>")
    assert "Hello" in mail.subject and mail.text == "Still readable."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<abc@example.com>", "<abc@example.com>"),
        ("  <abc@example.com> (comment)", "<abc@example.com>"),
        ("abc@example.com", "<abc@example.com>"),
        ("<no-at-sign>", None),
        ("<>", None),
        ("<a b@example.com>", None),
        ("<" + "x" * 300 + "@example.com>", None),
        ("<caf\u00e9@example.com>", None),
        ("garbage", None),
    ],
)
def test_message_ids_are_normalised_or_dropped(value: str, expected: str | None) -> None:
    mail = parse_message(plain("Hi", headers=f"In-Reply-To: {value}\n"))
    assert mail.in_reply_to == expected


def test_dates_are_aware() -> None:
    assert parse_message(plain("x", "Date: Sat, 21 Nov 2026 10:15:00 -0000\n")).date == datetime(
        2026, 11, 21, 10, 15, tzinfo=UTC)
    when = parse_message(plain("x", "Date: Sat, 21 Nov 2026 10:15:00 +0200\n")).date
    assert when == datetime(2026, 11, 21, 10, 15, tzinfo=timezone(timedelta(hours=2)))
    assert parse_message(plain("x", "Date: yesterday\n")).date is None


def test_non_bytes_raise_type_error() -> None:
    with pytest.raises(TypeError):
        parse_message("From: a@example.com\r\n\r\nhi")  # type: ignore[arg-type]
    assert parse_message(b"").text == ""
    assert parse_message(bytearray(plain("Hi"))).text == "Hi"  # type: ignore[arg-type]


# --- scams and spoofing ----------------------------------------------------------------------------------------


def test_bidi_and_zero_width_characters_are_removed_everywhere() -> None:
    mail = load("bidi_spoof.eml")
    assert (mail.sender, mail.sender_name) == ("sarah@example.com", "Sarahevil")
    assert mail.subject == "Urgentgift card please"
    assert mail.text == "Please buy gift cards now."
    assert not hidden_characters(mail.sender_name + mail.subject + mail.text)


def test_body_control_characters_go_and_tabs_become_spaces() -> None:
    body = "a\tb\u200b\u2066c\u2069\x1b[31m\u00add\ufeff\ne\u2028f"
    assert parse_message(plain(body)).text == "a bc[31md\ne\nf"


def test_long_names_and_subjects_are_one_line_and_capped() -> None:
    raw = plain("x", headers=f"Subject: {'word ' * 100}\n\tmore\n").replace(b"Subject: Test\r\n", b"")
    mail = parse_message(raw)
    assert len(mail.subject) <= 200 and "\n" not in mail.subject and mail.subject.startswith("word word")


def test_a_lookalike_address_is_given_exactly_as_sent() -> None:
    mail = load("lookalike.eml")
    assert (mail.sender, mail.sender_name) == ("Sarah.Brown@exarnple.com", "Sarah Brown")


@pytest.mark.parametrize(
    "from_header",
    [
        "Sarah <sarah@example.com>, Evil <evil@example.net>",  # two mailboxes: which one sent it?
        "Sarah <sarah@example.com\u200b>",
        "sarah",
        "Sarah <@example.com>",
        "<sarah@localhost>",
    ],
)
def test_an_ambiguous_or_hidden_sender_address_is_none(from_header: str) -> None:
    raw = f"From: {from_header}\r\nSubject: x\r\n\r\nhi\r\n".encode()
    assert parse_message(raw).sender is None


def test_two_from_headers_give_no_sender() -> None:
    raw = b"From: Sarah <sarah@example.com>\r\nFrom: Evil <evil@example.net>\r\n\r\nhi\r\n"
    mail = parse_message(raw)
    assert (mail.sender, mail.sender_name) == (None, "Sarah")


@pytest.mark.parametrize(
    ("name", "failed"),
    [("auth_dmarc_fail.eml", True), ("auth_spf_softfail.eml", True), ("auth_pass.eml", False),
     ("plain_family.eml", False)],
)
def test_failed_dmarc_or_spf_is_reported(name: str, failed: bool) -> None:
    assert load(name).auth_failed is failed


@pytest.mark.parametrize(
    ("value", "failed"),
    [
        ("mx.example.org; spf=fail smtp.mailfrom=example.com", True),
        ("mx.example.org; spf=SoftFail smtp.mailfrom=example.com", True),
        ("mx.example.org; dkim=pass; dmarc/1=fail header.from=example.com", True),
        ("mx.example.org (spf=fail in a comment); spf=pass", False),
        ("mx.example.org; spf=pass (a (nested) comment; dmarc=fail) smtp.mailfrom=x", False),
        ('mx.example.org; spf=pass reason="x; dmarc=fail"', False),
        ("mx.example.org; dmarc=none; spf=neutral; dkim=fail", False),
        ("mx.example.org; none", False),
    ],
)
def test_authentication_results_parsing(value: str, failed: bool) -> None:
    assert parse_message(plain("hi", headers=f"Authentication-Results: {value}\n")).auth_failed is failed


def test_refused_images_are_counted() -> None:
    bomb, fake = load("png_bomb.eml"), load("fake_image.eml")
    assert (bomb.text, bomb.images, bomb.dropped_images) == ("A very big picture.", (), 1)
    assert (fake.text, fake.images, fake.dropped_images) == ("This picture is really text.", (), 2)  # + the SVG


# --- call invitations ------------------------------------------------------------------------------------------


def test_jitsi_links_are_found_in_order_without_duplicates() -> None:
    assert load("jitsi_invite.eml").meeting_links == ("https://meet.jit.si/BrownFamily-Sunday",
                                                      "https://jitsi.example.org/Brown")


def test_a_zoom_link_behind_html_words_is_found_and_lookalikes_are_not() -> None:
    mail = load("zoom_invite.eml")
    assert mail.meeting_links == ("https://us02web.zoom.us/j/85012345678?pwd=abc123",)
    assert "Join Zoom Meeting (https://us02web.zoom.us/j/85012345678?pwd=abc123)" in mail.text


def test_every_known_meeting_service_is_recognised() -> None:
    links = ["https://meet.google.com/abc-defg-hij", "https://teams.microsoft.com/l/meetup-join/19%3a",
             "https://teams.live.com/meet/9312", "https://wa.me/447700900123", "https://chat.whatsapp.com/AbC",
             "https://facetime.apple.com/join#v=1&p=x", "https://zoom.us/j/123", "https://meet.jit.si/Room"]
    others = ["http://meet.jit.si/Plain", "https://meet.google.com/", "https://evilzoom.us/j/1",
              "https://meet.google.com.evil.example/x", "https://example.com/meet.jit.si/x",
              "https://meet.jit.si:8443/Room"]
    body = "Calls: " + " ".join(f"({link})." for link in links + others) + "\n> https://meet.jit.si/Quoted\n"
    assert parse_message(plain(body)).meeting_links == tuple(links)


# --- hostile sizes and shapes ----------------------------------------------------------------------------------


class WorkSpy:
    """What parse_message handed to the expensive parts (the standard email parser, the HTML cleaner): how much
    work it did, measured in bytes, parts and tags instead of in seconds that a busy machine stretches. The speed
    itself is measured, as ratios, in tests/benchmarks/test_hostile_mail_speed.py."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.parsed: list[bytes] = []
        self.cleaned: list[str] = []
        spy = self
        real_parser = email.parser.BytesParser

        class SpyingParser(real_parser):  # type: ignore[misc, valid-type]
            def parsebytes(self, text: bytes, headersonly: bool = False) -> object:
                spy.parsed.append(bytes(text))
                return super().parsebytes(text, headersonly)

        monkeypatch.setattr(reading, "BytesParser", SpyingParser)
        real_clean = nh3.clean

        def clean(markup: str, *args: object, **options: object) -> str:
            spy.cleaned.append(markup)
            cleaned: str = real_clean(markup, *args, **options)  # type: ignore[arg-type]
            return cleaned

        monkeypatch.setattr(nh3, "clean", clean)  # the one module object text.py uses too

    def most_parsed(self, pattern: bytes) -> int:
        """The most times `pattern` (a regular expression) occurs in one input the email parser was given."""
        return max((len(re.findall(pattern, raw, re.IGNORECASE | re.MULTILINE)) for raw in self.parsed), default=0)


def test_ten_thousand_parts_are_cut_before_the_parser_sees_them(monkeypatch: pytest.MonkeyPatch) -> None:
    parts = b"".join(b"--b\r\nContent-Type: image/gif\r\n\r\nGIF89a junk %d\r\n" % i for i in range(10_000))
    raw = HEAD + b"Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + b"--b--\r\n"
    spy = WorkSpy(monkeypatch)
    mail = parse_message(raw)
    assert mail.subject == "Test" and mail.images == ()
    assert 0 < mail.dropped_images <= 500
    assert 0 < spy.most_parsed(rb"^--b") <= reading._MAX_BOUNDARY_LINES + 1


@pytest.mark.parametrize(("levels", "same_boundary"), [(200, False), (200, True), (5000, False), (5000, True)])
def test_deeply_nested_multipart_does_not_crash(monkeypatch: pytest.MonkeyPatch, levels: int,
                                                same_boundary: bool) -> None:
    out = [HEAD, b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n"]
    for i in range(levels):
        out.append(b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (
            (0, 0) if same_boundary else (i, i + 1)))
    out.append(b"--b%d\r\nContent-Type: text/plain\r\n\r\ndeep down\r\n" % (0 if same_boundary else levels))
    out.extend(b"--b%d--\r\n" % (0 if same_boundary else i) for i in range(levels, -1, -1))
    spy = WorkSpy(monkeypatch)
    mail = parse_message(b"".join(out))
    assert mail.sender == "sarah@example.com" and mail.text in ("Test", "deep down")  # the subject, if no words
    assert spy.most_parsed(rb"^content-type:\s*multipart/") <= reading._MAX_MULTIPARTS + 1, \
        "the parser never recursed into more containers than the bound"


@pytest.mark.parametrize("case", ["divs", "blockquotes", "long headers", "many headers", "all quoted"])
def test_deeply_nested_html_and_huge_headers_stay_bounded(monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    raw = {
        "divs": plain("<div>" * 200_000 + "hi", ctype="text/html"),
        "blockquotes": plain("<blockquote>" * 50_000 + "hi", ctype="text/html"),
        "long headers": b"From: " + b"a@example.com, " * 100_000 + b"\r\nSubject: "
                        + b"=?utf-8?q?a?= " * 100_000 + b"\r\n\r\nhi",
        "many headers": b"From: a@example.com\r\n" + b"X-Filler: y\r\n" * 500_000 + b"\r\nStill here\r\n",
        "all quoted": plain("> quoted\n" * 1_000_000),
    }[case]
    spy = WorkSpy(monkeypatch)
    mail = parse_message(raw)
    assert len(mail.text) <= MAX_TEXT_CHARS
    if case == "all quoted":
        assert mail.text.startswith("> quoted")  # nothing but a quote: kept rather than shown empty
    # The HTML cleaner never gets more than the bounded number of tags; the header parser never more than the
    # bounded header block.
    assert all(markup.count("<") <= text_module._MAX_HTML_TAGS + 1 for markup in spy.cleaned[:1])
    header_blocks = [raw.split(b"\r\n\r\n", 1)[0] for raw in spy.parsed]
    assert all(len(block) <= reading.MAX_HEADER_BYTES for block in header_blocks)


def test_a_picture_inlined_as_data_in_html_vanishes() -> None:
    html = '<p>Hi</p><img src="data:image/png;base64,' + "A" * 500_000 + '"><p>Bye</p>'
    assert parse_message(plain(html, ctype="text/html")).text == "Hi\n\nBye"


def test_a_huge_message_keeps_the_start_of_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = plain("") + b"All work and no play. " * (50 * 1024 * 1024 // 22)
    assert len(raw) > MAX_RAW_BYTES == 25 * 1024 * 1024
    spy = WorkSpy(monkeypatch)
    mail = parse_message(raw)
    assert (mail.subject, mail.sender, mail.images) == ("Test", "sarah@example.com", ())
    assert mail.text.startswith("All work and no play. All work") and len(mail.text) <= MAX_TEXT_CHARS
    assert spy.parsed and max(len(given) for given in spy.parsed) <= MAX_RAW_BYTES + 64 * 1024, \
        "the parser is handed the slimmed mail, never all 50 MB"


def test_a_long_body_is_cut_at_a_word_with_an_ellipsis() -> None:
    text = parse_message(plain("lorem ipsum " * 3000)).text
    assert MAX_TEXT_CHARS == 20_000
    assert len(text) <= MAX_TEXT_CHARS and text.endswith("m…") and not text.endswith(" …")
    assert text[:-1].split(" ")[-1] in ("lorem", "ipsum")


def test_the_mail_modules_have_no_network_code() -> None:
    package = Path(mime.__file__).parent
    for name in ("mime.py", "text.py", "headers.py", "images.py"):
        tree = ast.parse((package / name).read_text())
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not {m for m in imported if m.split(".")[0] in ("socket", "http", "requests", "ssl")
                    or m.startswith("urllib.request")}, name


def corpus() -> list[bytes]:
    messages = [path.read_bytes() for path in sorted(MAIL.glob("*.eml"))]
    return [*messages, photo_message()]


def test_corpus_is_present() -> None:
    assert len(list(MAIL.glob("*.eml"))) >= 20


def test_mutated_mail_never_makes_the_parser_raise() -> None:
    rng = random.Random(1121)
    seeds = corpus()
    for _ in range(400):
        data = bytearray(rng.choice(seeds))
        action = rng.randrange(4)
        if action == 0:
            del data[rng.randrange(len(data)):]
        for _ in range(rng.randint(1, 12)):
            if data:
                data[rng.randrange(len(data))] = rng.choice([0, 10, 13, 34, 45, 59, 60, 61, 62, 63, 0xFF,
                                                             rng.randrange(256)])
        if action == 2:
            cut = rng.randrange(len(data) or 1)
            data[cut:cut] = rng.choice([b"--", b"=?utf-8?b?", b"\r\n\r\n", b"boundary=", b"charset=\"", b"\xe2\x80"])
        if action == 3:
            data = data.replace(b"\r\n", b"\n") if rng.random() < 0.5 else data.replace(b"\r\n", b"\r")
        mail = parse_message(bytes(data))
        assert isinstance(mail.text, str) and not hidden_characters(mail.text + mail.subject + mail.sender_name)
        assert len(mail.text) <= MAX_TEXT_CHARS and len(mail.subject) <= 200
        assert mail.date is None or mail.date.tzinfo is not None
        assert all(isinstance(i.data, bytes) and i.content_type.startswith("image/") for i in mail.images)


def test_base64_bodies_and_headers_with_broken_encoded_words() -> None:
    body = base64.b64encode(b"Grandma, we miss you!").decode()
    raw = HEAD.replace(b"Subject: Test", b"Subject: =?utf-8?B?R3Jhbm?= =?x-nope?q?a?= =?utf-8?q?=FF?=")
    raw += b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    mail = parse_message(raw + body[:-3].encode() + b"\r\n")  # truncated: text is still read as far as it goes
    assert mail.text == "Grandma, we miss y"  # not the raw base64 the standard library would give back
    assert mail.subject.startswith("Gran") and not hidden_characters(mail.subject)


# --- reading headers without the standard parser changes nothing ----------------------------------------------


def family_mail(number: int) -> bytes:
    """Mail as a relative's mail program sends it: plain text, plain with an HTML alternative, or with a photo."""
    msg = EmailMessage()
    msg["From"] = "Sarah Brown <sarah@example.com>"
    msg["To"] = "Mum <margaret@example.org>"
    msg["Subject"] = f"News from home ({number})"
    msg["Date"] = "Sat, 21 Nov 2026 10:15:00 +0000"
    msg["Message-ID"] = f"<news.{number}@example.com>"
    msg.set_content("Dear Mum,\n\nThe roses are out. Call on https://meet.jit.si/Brown?\n\nLove, Sarah\n")
    if number % 3 == 1:
        msg.add_alternative("<p>Dear Mum,</p><p>The roses are <b>out</b>.</p>", subtype="html")
    elif number % 3 == 2:
        msg.add_attachment(make_scene("garden", seed=number, width=32, height=24), maintype="image",
                           subtype="png", filename=f"roses {number}.png")
    return msg.as_bytes()


PLAIN_MIME_VALUES = [
    ("Content-Type", 'text/plain; charset="utf-8"'),
    ("Content-Type", "text/plain; charset=utf-8; format=flowed; delsp=yes"),
    ("Content-Type", 'multipart/alternative;\r\n boundary="===============0123456789=="'),
    ("Content-Type", "TEXT/HTML;charset=ISO-8859-1; Charset=utf-8; charset=x"),
    ("Content-Disposition", 'attachment; filename="beach day.png"'),
    ("Content-Disposition", "inline"),
    ("Content-Transfer-Encoding", "Base64"),
]
PARSED_MIME_VALUES = [  # left to the standard parser: encoded words, comments, RFC 2231, odd quoting and spacing
    ("Content-Type", 'text/plain; charset="=?utf-8?q?x?="'),
    ("Content-Type", "text/plain (a comment); charset=utf-8"),
    ("Content-Type", "text/plain; charset*=utf-8''x"),
    ("Content-Type", 'text/plain; name=""'),
    ("Content-Type", 'text/plain; name="a  b"'),
    ("Content-Type", 'text/plain; name="a\\"b"'),
    ("Content-Type", "text/plain; charset=utf-8;"),
    ("Content-Type", " text/plain"),
    ("Content-Disposition", 'attachment; filename="=?utf-8?q?caf=C3=A9?=.png"'),
    ("Content-Transfer-Encoding", "base64 "),
]


@pytest.mark.parametrize(("name", "value"), PLAIN_MIME_VALUES + PARSED_MIME_VALUES)
def test_plain_mime_headers_read_as_the_header_parser_reads_them(name: str, value: str) -> None:
    plain = headers.plain_mime_header(name, value)
    assert (plain is not None) is ((name, value) in PLAIN_MIME_VALUES)
    if plain is not None:
        assert plain == str(default_policy.header_fetch_parse(name, value))


def test_random_mime_header_values_read_as_the_header_parser_reads_them() -> None:
    rng = random.Random(2046)
    tokens = ["text", "plain", "Mixed", "utf-8", "x.y+z", "a_b", "7bit", "Charset", "charset", "~!#$&^`|"] * 4 + [
        "", "*", "'", "%", "=?a?q?b?=", "(c)", "a b", "\u00e9"]
    values = [*tokens, '"a b"', '"a;b=c"', '"~!#/"', '"===="', '"x  y"', '""', '"=?q"', '"a\\b"', '"a\tb"', '" a"']
    separators = [";", "; "] * 8 + [" ;", ";\r\n ", ";  ", ";;", ""]
    checked = 0
    for _ in range(3000):
        value = rng.choice(tokens) + rng.choice(["", "/" + rng.choice(tokens)])
        for _ in range(rng.randint(0, 3)):
            equals = rng.choice(["="] * 8 + [" =", "= "])
            value += rng.choice(separators) + rng.choice(tokens) + equals + rng.choice(values)
        for name in ("Content-Type", "Content-Disposition", "Content-Transfer-Encoding"):
            plain = headers.plain_mime_header(name, value)
            if plain is not None:
                checked += 1
                assert plain == str(default_policy.header_fetch_parse(name, value)), (name, value)
    assert checked > 300


def test_the_fast_header_paths_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every message reads the same when every header goes through the standard parser instead."""
    rng = random.Random(3676)
    variants = [b"From: \"Brown, Sarah\" <sarah@example.com>", b"From: =?utf-8?q?S=C3=B8ren?= <s@example.dk>",
                b"From: sarah@example.com (Sarah)", b"Subject: =?utf-8?q?caf=C3=A9?=", b"Subject: a\r\n  b\tc",
                b"Date: 21 Nov 2026 10:15 GMT", b"Date: Sat, 21 Nov 2026 25:15:00 +0000", b"Date: soon",
                b"Content-Type: text/plain; charset=iso-8859-1", b'Content-Disposition: inline; filename="a b.png"']
    seeds = [*corpus(), *(family_mail(number) for number in range(6))]
    messages = list(seeds)
    for _ in range(300):
        data = bytearray(rng.choice(seeds))
        if rng.random() < 0.5:
            data[0:0] = rng.choice(variants) + b"\r\n"
        for _ in range(rng.randint(0, 6)):
            if data:
                data[rng.randrange(len(data))] = rng.choice([10, 13, 32, 34, 59, 61, 63, 92, rng.randrange(256)])
        messages.append(bytes(data))
    fast = [parse_message(raw) for raw in messages]

    never = re.compile(r"(?!)")
    monkeypatch.setattr(headers, "plain_mime_header", lambda name, value: None)
    monkeypatch.setattr(headers, "_PLAIN_TEXT", never)
    monkeypatch.setattr(headers, "_PLAIN_MAILBOX", never)
    monkeypatch.setattr(headers, "_registry_date", lambda value: default_policy.header_factory("Date", value).datetime)
    for raw, expected in zip(messages, fast, strict=True):
        assert parse_message(raw) == expected, raw[:300]


def test_ordinary_family_mail_is_read_without_the_slow_header_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    messages = [family_mail(number) for number in range(3)]
    parsed: list[str] = []
    real = HeaderRegistry.__call__

    def counting(self: HeaderRegistry, name: str, value: str) -> object:
        parsed.append(name)
        return real(self, name, value)

    monkeypatch.setattr(HeaderRegistry, "__call__", counting)
    mails = [parse_message(raw) for raw in messages]
    assert parsed == []
    assert [(m.sender, m.subject, m.text.split("\n")[0], len(m.images)) for m in mails] == [
        ("sarah@example.com", f"News from home ({n})", "Dear Mum,", n // 2) for n in range(3)]
    assert mails[0].meeting_links == ("https://meet.jit.si/Brown",)
