"""Which emails ring as a call (issue 11, part 8): only authenticated mail whose purpose is the call, with a link to
the household's Jitsi server, a known meeting service or the contact's own call link's site. A spoofed "jitsi"
phishing link, a calendar invitation or a long letter with a link in it goes on the wall as a message."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from carelink.channels.email.mime import ParsedMail, parse_message
from carelink.household import Household
from carelink.services.call_invites import allowed_meeting_link, invite_link
from tests.helpers import FIXED_NOW, make_household

pytestmark = pytest.mark.noqt

PASS = "mx.example.org; dmarc=pass header.from=example.org"
JITSI = "meet.jit.si"


def mail(body: str, auth: str | None = PASS, sender: str = "Sarah Jones <sarah@example.org>",
         extra: dict[str, str] | None = None, calendar: bool = False) -> ParsedMail:
    message = EmailMessage()
    if auth is not None:
        message["Authentication-Results"] = auth
    message["From"] = sender
    message["To"] = "mary@example.org"
    message["Subject"] = "Video call"
    message["Date"] = format_datetime(FIXED_NOW)
    message["Message-ID"] = make_msgid(domain="example.org")
    message.set_content(body)
    for name, value in (extra or {}).items():  # after set_content, which clears Content-* headers
        message[name] = value
    if calendar:
        message.add_attachment("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", subtype="calendar",
                               filename="invite.ics")
    return parse_message(message.as_bytes())


@pytest.mark.parametrize("link", [
    "https://meet.jit.si/JonesFamilyTea", "https://zoom.us/j/85012345678", "https://us02web.zoom.us/j/85012345678",
    "https://meet.google.com/abc-defg-hij", "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
    "https://teams.live.com/meet/9876", "https://whereby.com/jones-family",
])
def test_a_short_authenticated_invite_to_a_known_service_rings(link: str) -> None:
    assert invite_link(mail(f"Hello Mum, shall we talk? Join me here: {link}\n"), JITSI, None) == link


def test_the_spoofed_jitsi_phishing_link_never_rings() -> None:
    phishing = "Mum, your call is ready: https://jitsi-account-verify.evil.test/login\n"
    assert invite_link(mail(phishing, auth=None), JITSI, None) is None
    assert invite_link(mail(phishing), JITSI, None) is None, "a host containing 'jitsi' is not a meeting service"
    assert not allowed_meeting_link("https://jitsi.evil.test/room", JITSI, None)
    assert not allowed_meeting_link("https://meet.jit.si.evil.test/room", JITSI, None)
    assert not allowed_meeting_link("https://evilzoom.us/j/1", JITSI, None)


@pytest.mark.parametrize("auth", [
    None,  # no Authentication-Results at all
    "mx.example.org; none",
    "mx.example.org; dmarc=fail header.from=example.org",
    "mx.example.org; spf=softfail smtp.mailfrom=sarah@example.org",
    "mx.example.org; dkim=pass header.d=example.org; spf=fail smtp.mailfrom=sarah@example.org",
    "mx.example.org; dkim=pass header.d=evil.test",  # a signature, but for another domain
    "mx.example.org; spf=pass smtp.mailfrom=bounce@evil.test",
    "mx.example.org; (dmarc=pass) spf=none",  # a pass in a comment is no pass
])
def test_mail_not_vouched_for_never_rings(auth: str | None) -> None:
    assert invite_link(mail("Join me: https://meet.jit.si/JonesFamilyTea", auth=auth), JITSI, None) is None


def test_only_the_receiving_servers_own_header_counts() -> None:
    """The topmost Authentication-Results is the household's server's; one the sender wrote lower down is not."""
    message = EmailMessage()
    message["Authentication-Results"] = "mx.example.org; spf=none smtp.mailfrom=sarah@example.org"
    message["Authentication-Results"] = "mx.example.org; dmarc=pass header.from=example.org"
    message["From"] = "sarah@example.org"
    message.set_content("Join me: https://meet.jit.si/JonesFamilyTea")
    assert invite_link(parse_message(message.as_bytes()), JITSI, None) is None


@pytest.mark.parametrize("auth", [
    "mx.example.org; dkim=pass header.d=example.org",
    "mx.example.org; spf=pass smtp.mailfrom=sarah@example.org",
    "mx.example.org 1; dkim=pass header.i=@example.org header.s=s1; spf=neutral",
])
def test_an_aligned_dkim_or_spf_pass_is_enough(auth: str) -> None:
    assert invite_link(mail("Join me: https://meet.jit.si/JonesFamilyTea", auth=auth), JITSI, None) is not None


def test_calendar_invitations_never_ring() -> None:
    body = "Join me: https://meet.google.com/abc-defg-hij"
    assert invite_link(mail(body, calendar=True), JITSI, None) is None
    assert invite_link(mail(body, extra={"Content-Class": "urn:content-classes:calendarmessage"}), JITSI,
                       None) is None
    assert invite_link(mail(body, extra={"Sender": "Google Calendar <calendar-notification@google.com>"}), JITSI,
                       None) is None


def test_a_long_letter_with_a_link_in_it_is_a_message() -> None:
    letter = ("We had such a lovely time at the seaside last week. " * 12
              + "Here is the link from the meeting: https://zoom.us/j/85012345678")
    assert invite_link(mail(letter), JITSI, None) is None


def test_the_households_own_jitsi_server_and_the_contacts_own_link_count() -> None:
    body = "Join me: https://jitsi.care.example/JonesRoom"
    assert invite_link(mail(body), JITSI, None) is None
    assert invite_link(mail(body), "jitsi.care.example", None) == "https://jitsi.care.example/JonesRoom"
    assert invite_link(mail(body), "https://jitsi.care.example/", None) == "https://jitsi.care.example/JonesRoom"
    own = "https://video.jones.example/sarah"
    assert invite_link(mail(f"Call me: {own}"), JITSI, own) == own
    assert invite_link(mail("Call me: https://video.jones.example/other-room"), JITSI, own) is not None
    assert invite_link(mail("Call me: http://video.jones.example/sarah"), JITSI, "http://video.jones.example/sarah"
                       ) is None, "only https"


# --- through the household: the wall files it, the calls service rings it -----------------------------------------

@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=True)
    yield home
    home.close()


def _file(home: Household, parsed: ParsedMail) -> int:
    sarah = home.contacts.find_by_email("sarah@example.org")
    assert sarah is not None
    wall_id = home.wall.add_mail(parsed, sarah.id, sarah.email, FIXED_NOW)
    assert wall_id is not None
    return wall_id


def test_a_spoofed_invite_is_an_ordinary_message_that_never_rings(demo: Household) -> None:
    wall_id = _file(demo, mail("Mum, your call: https://jitsi-account-verify.evil.test/login", auth=None))
    assert demo.wall.get(wall_id).kind == "message"
    assert demo.calls.take_ringing() is None


def test_a_trusted_contacts_real_invite_rings_and_auto_answers(demo: Household) -> None:
    sarah = demo.contacts.find_by_email("sarah@example.org")
    assert sarah is not None
    demo.calls.set_call_link(sarah.id, None, auto_answer=True)
    wall_id = _file(demo, mail("Join me: https://meet.jit.si/JonesFamilyTea"))
    call = demo.calls.take_ringing()
    assert call is not None
    assert (call.wall_id, call.name, call.auto_answer, call.link) == (
        wall_id, "Sarah Jones", True, "https://meet.jit.si/JonesFamilyTea")
    assert demo.calls.take_ringing() is None, "it rings once"


def test_carelinks_own_invite_rings_at_the_other_end(demo: Household) -> None:
    """The invite CareLink sends (with its one line about signing in) is itself a call invite for CareLink."""
    sarah = demo.contacts.find_by_email("sarah@example.org")
    assert sarah is not None
    plan = demo.calls.start_call(sarah.id)
    sent = demo.outbox.build(demo.outbox.list()[-1].id)
    sent["Authentication-Results"] = "mx.example.org; dkim=pass header.d=example.org"
    del sent["From"]
    sent["From"] = "sarah@example.org"
    assert invite_link(parse_message(sent.as_bytes()), JITSI, None) == plan.invite_url
