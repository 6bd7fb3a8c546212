"""Family mail in the shapes real mail programs give it, built with Python's email package (nothing committed).

Each builder returns raw bytes from Sarah Brown (sarah@example.org) to Mary, in the shape Gmail, Outlook, Apple
Mail on an iPhone, an Android phone's app or Thunderbird writes: HTML alternatives, quoted history in the sender's
language, taglines, forwards, locked mail, automatic replies, calendar invitations, big attachments, lying
charsets. ``SHAPES`` maps a name to (raw bytes, the words the wall should show); ``AUTOMATIC_SHAPES`` holds mail
no person wrote. Imports no Qt.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from carelink.demo.pictures import make_scene
from tests.helpers import FIXED_NOW

SARAH = "Sarah Brown <sarah@example.org>"
MARY = "Mary Brown <mary@example.org>"


def base(subject: str = "Sunday", sender: str = SARAH, minutes_ago: int = 5) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = MARY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(FIXED_NOW - timedelta(minutes=minutes_ago))
    msg["Message-ID"] = make_msgid(domain="example.org")
    return msg


def text_mail(body: str, subject: str = "Sunday", charset: str = "utf-8", **headers: str) -> bytes:
    msg = base(subject)
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body, charset=charset)
    return msg.as_bytes()


def html_mail(plain: str, html: str, subject: str = "Sunday") -> bytes:
    msg = base(subject)
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def raw_mail(head: str, body: bytes) -> bytes:
    """Hand-written headers (CRLF) and body bytes, for shapes the email package will not write (wrong labels)."""
    top = (f"From: {SARAH}\r\nTo: {MARY}\r\nSubject: Hello\r\nDate: {format_datetime(FIXED_NOW)}\r\n"
           f"Message-ID: {make_msgid(domain='example.org')}\r\nMIME-Version: 1.0\r\n")
    return (top + head.replace("\n", "\r\n") + "\r\n\r\n").encode() + body


@contextmanager
def london_time() -> Iterator[None]:
    """The computer's local time zone set to London for a while (invitations are read in local time)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/London"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


QUOTE = "> Are you coming on Sunday?\n> Love, Mum\n"

# --- what a person wrote -------------------------------------------------------------------------------------


def gmail_reply() -> bytes:
    return html_mail(
        "Yes, we'll be there at 12.\n\nOn Sat, 21 Nov 2026 at 09:00, Mary Brown <mary@example.org> wrote:\n\n"
        + QUOTE,
        '<div dir="ltr">Yes, we\'ll be there at 12.</div><br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">On Sat, 21 Nov 2026 at 09:00, Mary Brown &lt;mary@example.org&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote">Are you coming on Sunday?<br>Love, Mum</blockquote></div>')


def gmail_subject_only() -> bytes:
    return html_mail("", '<div dir="ltr"><br></div>', subject="Ringing you at 6 tonight")


def gmail_image_placeholder() -> bytes:
    msg = base("The garden")
    msg.set_content("The roses are out!\n[image: garden.png]\n")
    msg.add_alternative('<div dir="ltr">The roses are out!<br><img src="cid:ii_garden" alt="garden.png"></div>',
                        subtype="html")
    html = msg.get_body(preferencelist=("html",))
    assert isinstance(html, EmailMessage)
    html.add_related(make_scene("garden", width=800, height=600), "image", "png", cid="<ii_garden>")
    return msg.as_bytes()


def iphone_reply() -> bytes:
    return text_mail("Lovely! See you then.\n\nSent from my iPhone\n\n"
                     "On 21 Nov 2026, at 09:00, Mary Brown <mary@example.org> wrote:\n\n" + QUOTE)


def iphone_forward() -> bytes:
    return text_mail("Sent from my iPhone\n\nBegin forwarded message:\n\n"
                     "> From: Tom Brown <tom@example.com>\n> Date: 20 November 2026 at 18:00:00 GMT\n"
                     "> To: Sarah Brown <sarah@example.org>\n> Subject: Baby news\n> \n"
                     "> The baby is here! Her name is Rose.\n> Tom\n", subject="Fwd: Baby news")


def outlook_android_reply() -> bytes:
    return text_mail("See you Sunday x\n\nGet Outlook for Android<https://aka.ms/ghei36>\n"
                     "________________________________\nFrom: Mary Brown <mary@example.org>\n"
                     "Sent: Saturday, November 21, 2026 9:00:00 AM\nTo: Sarah Brown <sarah@example.org>\n"
                     "Subject: Sunday\n\nAre you coming on Sunday?\n")


def outlook_work_mail(marked: bool = True) -> bytes:
    """Outlook for Windows at work: a logo in the signature (by cid; the signature marked as Outlook marks it, or
    not), a disclaimer, [cid:] in the plain part."""
    msg = base("Lunch")
    msg.set_content("Lunch on Tuesday is fine, Mum.\n\nSarah Brown\nSenior Planner\n[cid:image001.png@01DB3C2A.5E]\n"
                    "\nThis email and any attachments are confidential and intended solely for the addressee. "
                    "If you are not the intended recipient, please delete it.\n")
    anchor = '<a name="_MailAutoSig">' if marked else "<a>"
    msg.add_alternative('<div class="WordSection1"><p>Lunch on Tuesday is fine, Mum.</p><p>' + anchor +
                        'Sarah Brown<br>Senior Planner<br><img src="cid:image001.png@01DB3C2A.5E"></a></p>'
                        '<p>This email and any attachments are confidential and intended solely for the addressee. '
                        'If you are not the intended recipient, please delete it.</p></div>', subtype="html")
    html = msg.get_body(preferencelist=("html",))
    assert isinstance(html, EmailMessage)
    html.add_related(make_scene("garden", width=180, height=60), "image", "png", cid="<image001.png@01DB3C2A.5E>",
                     filename="image001.png", disposition="inline")
    return msg.as_bytes()


def yahoo_android_reply() -> bytes:
    return text_mail("Thanks Mum, the cake was lovely.\n\nSent from Yahoo Mail on Android \n \n"
                     "  On Sat, 21 Nov 2026 at 9:00, Mary Brown<mary@example.org> wrote:   Did you like the cake? "
                     "Love Mum   \n")


def thunderbird_bottom_reply() -> bytes:
    return text_mail("On 21/11/2026 09:00, Mary Brown wrote:\n> Are you coming on Sunday?\n\n"
                     "Yes, all four of us.\n\n-- \nSarah Brown\n07700 900123\n")


def forward_as_attachment(groupwise: bool = False) -> bytes:
    inner = base("Baby news", sender="Tom Brown <tom@example.com>", minutes_ago=600)
    inner.set_content("The baby is here! Her name is Rose.\n")
    msg = base("Fwd: Baby news")
    msg.set_content("" if groupwise else "Look, Mum!\n")
    if groupwise:  # GroupWise attaches the forwarded message as a file called Mime.822
        msg.add_attachment(inner.as_bytes(), maintype="application", subtype="octet-stream", filename="Mime.822")
    else:
        msg.add_attachment(inner)
    return msg.as_bytes()


def smime_opaque() -> bytes:
    return raw_mail('Content-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"\n'
                    'Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="smime.p7m"',
                    base64.encodebytes(b"\x30\x82\x05\x00" + bytes(range(256)) * 4))


def pgp_encrypted() -> bytes:
    return raw_mail('Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="pgp"',
                    b"--pgp\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n--pgp\r\n"
                    b"Content-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n\r\n"
                    b"hQEMA0Zk3vQ9xb1fAQf/Y2FyZWxpbmsK\r\n-----END PGP MESSAGE-----\r\n--pgp--\r\n")


def pgp_inline() -> bytes:
    return text_mail("-----BEGIN PGP MESSAGE-----\n\nhQEMA0Zk3vQ9xb1fAQf/Y2FyZWxpbmsK\n=abcd\n"
                     "-----END PGP MESSAGE-----\n")


def big_video_mail(megabytes: int) -> bytes:
    """Words, one photo and a video of about `megabytes` MB (random bytes, so base64 cannot shrink it)."""
    msg = base("Emma's first steps")
    msg.set_content("Here is Emma walking! Watch the video.\n")
    msg.add_attachment(make_scene("garden", width=64, height=48), maintype="image", subtype="png",
                       filename="emma.png")
    video = (bytes(range(256)) * 4096 * megabytes)[: megabytes * 1_000_000]
    msg.add_attachment(video, maintype="video", subtype="mp4", filename="steps.mp4")
    return msg.as_bytes()


def many_photos_mail(count: int, megabytes: int) -> bytes:
    """Words and `count` JPEG photos of about `megabytes` MB each (a valid header, then random bytes)."""
    msg = base("All the holiday photos")
    msg.set_content("Here are all the holiday photos!\n")
    header = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xc0\x00\x11\x08"
              b"\x03\x00\x04\x00\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01")
    for number in range(count):
        filler = bytes((number + i) % 256 for i in range(1024)) * (megabytes * 1000)
        msg.add_attachment(header + filler + b"\xff\xd9", maintype="image", subtype="jpeg",
                           filename=f"holiday{number}.jpg")
    return msg.as_bytes()


def calendar_invitation(method: str = "REQUEST") -> bytes:
    """Google Calendar's shape: text, HTML and the calendar as alternatives, plus invite.ics."""
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
           f"METHOD:{method}\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/London:20261122T123000\r\n"
           "DTEND;TZID=Europe/London:20261122T143000\r\nSUMMARY:Lunch at ours\r\n"
           "DESCRIPTION:-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: "
           "https://meet.google.com/abc-defg-hij\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    msg = base("Invitation: Lunch at ours @ Sun 22 Nov 2026 12:30 - 14:30 (GMT) (mary@example.org)")
    msg.set_content("Lunch at ours\nSunday 22 Nov 2026 ⋅ 12:30 – 14:30\nJoin with Google Meet\n"
                    "https://meet.google.com/abc-defg-hij\n\nInvitation from Google Calendar\n")
    msg.add_alternative("<p>Lunch at ours</p><p>Invitation from Google Calendar</p>", subtype="html")
    msg.add_alternative(ics, subtype="calendar", params={"method": method})
    msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    return msg.as_bytes()


# --- what no person wrote --------------------------------------------------------------------------------------


def read_receipt() -> bytes:
    msg = base("Read: Sunday")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="disposition-notification"')
    human = EmailMessage()
    human.set_content("Your message was read on Saturday, 21 November 2026 09:10:00.")
    note = EmailMessage()
    note.set_content("Reporting-UA: mail.example.org\nFinal-Recipient: rfc822;sarah@example.org\n"
                     "Disposition: manual-action/MDN-sent-manually; displayed\n")
    note.replace_header("Content-Type", "message/disposition-notification")
    msg.attach(human)
    msg.attach(note)
    return msg.as_bytes()


def out_of_office(header: tuple[str, str] | None = ("Auto-Submitted", "auto-replied"),
                  subject: str = "Automatic reply: Sunday") -> bytes:
    msg = base(subject)
    if header is not None:
        msg[header[0]] = header[1]
    msg.set_content("I am away until Monday 30 November with limited access to email.")
    return msg.as_bytes()


def delivery_report() -> bytes:
    msg = base("Undelivered Mail Returned to Sender", sender="Mail Delivery System <MAILER-DAEMON@example.org>")
    msg.set_content("This is the mail system. Your message could not be delivered.")
    return msg.as_bytes()


SHAPES: dict[str, tuple[bytes, str]] = {}
AUTOMATIC_SHAPES: dict[str, tuple[bytes, str]] = {}


def build() -> None:
    """Fill SHAPES and AUTOMATIC_SHAPES (once; the big mail is left to the tests that need it)."""
    if SHAPES:
        return
    SHAPES.update({
        "gmail reply": (gmail_reply(), "Yes, we'll be there at 12."),
        "gmail subject only": (gmail_subject_only(), "Ringing you at 6 tonight"),
        "gmail inline photo": (gmail_image_placeholder(), "The roses are out!"),
        "iphone reply": (iphone_reply(), "Lovely! See you then."),
        "iphone forward": (iphone_forward(), "Forwarded message from Tom Brown:\n\nThe baby is here! Her name is "
                                             "Rose.\nTom"),
        "outlook android": (outlook_android_reply(), "See you Sunday x"),
        "outlook work": (outlook_work_mail(), "Lunch on Tuesday is fine, Mum.\n\nSarah Brown\nSenior Planner"),
        "yahoo android": (yahoo_android_reply(), "Thanks Mum, the cake was lovely."),
        "thunderbird": (thunderbird_bottom_reply(), "Yes, all four of us."),
        "forward attached": (forward_as_attachment(), "Look, Mum!\n\nForwarded message from Tom Brown:\n\n"
                                                      "The baby is here! Her name is Rose."),
        "groupwise forward": (forward_as_attachment(groupwise=True),
                              "Forwarded message from Tom Brown:\n\nThe baby is here! Her name is Rose."),
        "s/mime opaque": (smime_opaque(), "This message is locked (encrypted). Ask Sarah Brown to send it again "
                                          "without locking it."),
        "pgp encrypted": (pgp_encrypted(), "This message is locked (encrypted). Ask Sarah Brown to send it again "
                                           "without locking it."),
        "pgp inline": (pgp_inline(), "This message is locked (encrypted). Ask Sarah Brown to send it again "
                                     "without locking it."),
        "calendar invitation": (calendar_invitation(),
                                "Sarah Brown sent an invitation for Sunday 22 November at 12:30: Lunch at ours"),
    })
    AUTOMATIC_SHAPES.update({
        "read receipt": (read_receipt(), "read_receipt"),
        "auto-submitted": (out_of_office(), "auto_reply"),
        "x-autoreply": (out_of_office(("X-Autoreply", "yes"), "Away"), "auto_reply"),
        "x-autorespond": (out_of_office(("X-Autorespond", "1"), "Away"), "auto_reply"),
        "precedence bulk": (out_of_office(("Precedence", "bulk"), "Away"), "auto_reply"),
        "precedence auto_reply": (out_of_office(("Precedence", "auto_reply"), "Away"), "auto_reply"),
        "subject out of office": (out_of_office(None, "Out of Office: Sunday"), "auto_reply"),
        "subject abwesenheitsnotiz": (out_of_office(None, "Abwesenheitsnotiz: Sonntag"), "auto_reply"),
        "subject réponse automatique": (out_of_office(None, "Réponse automatique : Dimanche"), "auto_reply"),
        "delivery report": (delivery_report(), "delivery_report"),
        "calendar reply": (calendar_invitation("REPLY"), "calendar_reply"),
    })
