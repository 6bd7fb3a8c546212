"""Calls coming in: a family member's invite rings the whole window (photo, name, a looping ring, a huge Answer),
Answer joins their call inside CareLink, Not now leaves a missed call, trusted contacts answer by themselves after
a visible 10-second countdown, a stale invite never rings, and a stranger's invite (held by the sync) never rings.
The call page is an offline stand-in (conftest's OfflineWebCall); the ring is a counting fake."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from imapclient import IMAPClient
from pytestqt.qtbot import QtBot

from carelink.channels.email.mime import parse_message
from carelink.household import Household
from carelink.services.call_pages import jitsi_link
from carelink.services.contacts import Contact
from carelink.ui.main_window import MainWindow
from tests.helpers.fakes import live_household
from tests.helpers.mail_servers import ImapServer, SmtpServer
from tests.ui.conftest import WindowFactory
from tests.ui.test_calls_screen import family

ROOM = "https://meet.jit.si/JonesFamilyTea"


class CountingRing:
    """The ring-sound port, counting instead of ringing; `ringing` is True between start() and stop()."""

    def __init__(self) -> None:
        self.starts = self.stops = 0
        self.ringing = False

    def start(self) -> None:
        self.starts += 1
        self.ringing = True

    def stop(self) -> None:
        self.stops += 1
        self.ringing = False


def invite_mail(sender: str, sent: datetime, link: str = ROOM) -> bytes:
    message = EmailMessage()
    message["From"] = f"Family <{sender}>"
    message["To"] = "mary@example.org"
    message["Subject"] = "Video call?"
    message["Authentication-Results"] = "mx.example.org; dmarc=pass header.from=example.org"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = make_msgid(domain="example.org")
    message.set_content(f"Hello Mum, shall we have a video call? Join me here: {link}\n")
    return message.as_bytes()


def send_invite(household: Household, contact: Contact, minutes_ago: float = 1) -> int:
    now = household.clock.now()
    parsed = parse_message(invite_mail(contact.email, now - timedelta(minutes=minutes_ago)))
    wall_id = household.wall.add_mail(parsed, contact.id, contact.email, now)
    assert wall_id is not None
    return wall_id


@pytest.fixture
def ring(window: MainWindow) -> CountingRing:
    fake = CountingRing()
    window.calls.ringing.sound = fake
    return fake


def rings(qtbot: QtBot, window: MainWindow) -> None:
    window.calls.incoming.check()
    qtbot.waitUntil(lambda: window.current_screen() == "ringing")


def settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy)


def test_an_invite_rings_the_whole_window_once(qtbot: QtBot, window: MainWindow, household: Household,
                                               ring: CountingRing) -> None:
    wall_id = send_invite(household, family(household, "Sarah Jones"))
    rings(qtbot, window)
    screen = window.calls.ringing
    assert screen.geometry() == window.stack.rect(), "the ringing fills the window"
    assert screen.headline.text() == "Sarah Jones is calling you"
    assert screen.avatar is not None and screen.avatar.width() >= 200
    assert screen.answer_button.hasFocus() and screen.answer_button.property("tile") == "checkin"
    assert not screen.countdown.isVisible(), "no countdown unless she is trusted to answer by herself"
    assert ring.ringing and ring.starts == 1
    assert window.announcer.last == "Sarah Jones is calling", "a screen reader says who is calling"
    assert window.accessibleName() == "CareLink — A call for you"
    settled(qtbot, window)
    assert household.wall.get(wall_id).call_state == "rung"
    assert household.calls.ringing() == [], "it never rings twice"


def test_answer_opens_the_invite_link_and_marks_it_answered(qtbot: QtBot, window: MainWindow,
                                                             household: Household, ring: CountingRing,
                                                             pages_opened: list[str]) -> None:
    wall_id = send_invite(household, family(household, "Sarah Jones"))
    rings(qtbot, window)
    window.calls.ringing.answer_button.click()
    assert not ring.ringing
    assert window.current_screen() == "calls-calling"
    qtbot.waitUntil(lambda: bool(pages_opened))
    assert pages_opened == [jitsi_link(ROOM, "Mary")], "inside CareLink, straight into the room with her name"
    assert household.wall.get(wall_id).call_state == "answered"
    assert window.calls.calling.headline.text() == "Joining Sarah Jones's call…"
    window.calls.calling.hang_up_button.click()
    assert window.current_screen() == "home"


def test_not_now_leaves_a_missed_call_and_goes_back(qtbot: QtBot, window: MainWindow, household: Household,
                                                    ring: CountingRing, pages_opened: list[str]) -> None:
    window.open_screen("wall")
    wall_id = send_invite(household, family(household, "Tom Jones"))
    rings(qtbot, window)
    window.calls.ringing.not_now_button.click()
    assert not ring.ringing and window.current_screen() == "wall"
    settled(qtbot, window)
    assert household.wall.get(wall_id).call_state == "missed"
    assert wall_id in household.wall.ids(), "it stays on the wall as a call card"
    assert pages_opened == []


def test_escape_means_not_now(qtbot: QtBot, window: MainWindow, household: Household, ring: CountingRing) -> None:
    wall_id = send_invite(household, family(household, "Tom Jones"))
    rings(qtbot, window)
    qtbot.keyClick(window.calls.ringing.answer_button, "\x1b")
    assert not ring.ringing and window.current_screen() == "home"
    settled(qtbot, window)
    assert household.wall.get(wall_id).call_state == "missed"


def test_a_trusted_contact_answers_by_itself_after_ten_seconds(qtbot: QtBot, window: MainWindow,
                                                               household: Household, ring: CountingRing,
                                                               pages_opened: list[str]) -> None:
    sarah = household.calls.set_call_link(family(household, "Sarah Jones").id, None, auto_answer=True)
    wall_id = send_invite(household, sarah)
    rings(qtbot, window)
    screen = window.calls.ringing
    assert screen.countdown.isVisible()
    assert screen.countdown.text() == "Answering by itself in 10…"
    assert screen.timer.isActive() and screen.timer.interval() == 1000
    for _ in range(9):
        screen.tick()
    assert screen.countdown.text() == "Answering by itself in 1…"
    assert window.current_screen() == "ringing" and pages_opened == []
    screen.tick()
    assert not screen.timer.isActive() and not ring.ringing
    qtbot.waitUntil(lambda: bool(pages_opened))
    assert pages_opened == [jitsi_link(ROOM, "Mary")]
    assert household.wall.get(wall_id).call_state == "answered"


def test_not_now_stops_the_countdown(qtbot: QtBot, window: MainWindow, household: Household, ring: CountingRing,
                                     pages_opened: list[str]) -> None:
    sarah = household.calls.set_call_link(family(household, "Sarah Jones").id, None, auto_answer=True)
    wall_id = send_invite(household, sarah)
    rings(qtbot, window)
    screen = window.calls.ringing
    for _ in range(3):
        screen.tick()
    screen.not_now_button.click()
    assert not screen.timer.isActive()
    for _ in range(10):
        screen.tick()
    settled(qtbot, window)
    assert pages_opened == [] and window.current_screen() == "home"
    assert household.wall.get(wall_id).call_state == "missed"


def test_a_stale_invite_does_not_ring(qtbot: QtBot, window: MainWindow, household: Household,
                                      ring: CountingRing) -> None:
    wall_id = send_invite(household, family(household, "Sarah Jones"), minutes_ago=16)
    window.calls.incoming.check()
    settled(qtbot, window)
    assert window.current_screen() == "home" and ring.starts == 0
    assert household.wall.get(wall_id).call_state == ""


def test_two_invites_ring_the_newest_and_the_older_is_missed(qtbot: QtBot, window: MainWindow,
                                                            household: Household, ring: CountingRing) -> None:
    older = send_invite(household, family(household, "Tom Jones"), minutes_ago=3)
    newest = send_invite(household, family(household, "Sarah Jones"), minutes_ago=1)
    rings(qtbot, window)
    assert window.calls.ringing.headline.text() == "Sarah Jones is calling you"
    settled(qtbot, window)
    assert household.wall.get(older).call_state == "missed"
    assert household.wall.get(newest).call_state == "rung"


def test_without_idle_a_slow_timer_looks_for_calls(qtbot: QtBot, window: MainWindow, household: Household,
                                                   ring: CountingRing) -> None:
    """The demo has no mail server that says when mail comes (IDLE), so a slow timer looks: an invite another
    CareLink (`carelink sync`) put on the wall rings with no sync in this window."""
    incoming = window.calls.incoming
    settled(qtbot, window)
    assert not window.mail_watch.listening
    assert incoming.timer.isActive() and incoming.timer.interval() == 30_000
    incoming.set_intervals(5_000, 200)  # half a minute in real life
    send_invite(household, family(household, "Sarah Jones"))
    qtbot.waitUntil(lambda: window.current_screen() == "ringing", timeout=10_000)
    assert window.calls.ringing.headline.text() == "Sarah Jones is calling you"


def test_a_look_put_off_by_a_ringing_call_is_made_soon_after(qtbot: QtBot, window: MainWindow,
                                                            household: Household, ring: CountingRing) -> None:
    send_invite(household, family(household, "Sarah Jones"))
    rings(qtbot, window)
    settled(qtbot, window)
    incoming = window.calls.incoming
    incoming.set_intervals(5_000, 3_600_000)
    tom = send_invite(household, family(household, "Tom Jones"))
    incoming.check()  # while Sarah's call rings: put off
    assert incoming.timer.isActive() and incoming.timer.interval() == 5_000
    qtbot.wait(300)
    assert window.calls.ringing.headline.text() == "Sarah Jones is calling you"
    incoming.set_intervals(100, 3_600_000)  # five seconds in real life
    window.calls.ringing.not_now_button.click()
    qtbot.waitUntil(lambda: window.calls.ringing.headline.text() == "Tom Jones is calling you", timeout=10_000)
    assert window.current_screen() == "ringing" and ring.starts == 2
    settled(qtbot, window)
    assert household.wall.get(tom).call_state == "rung"
    assert incoming.timer.interval() == 3_600_000, "nothing waits now: back to the slow timer (no IDLE here)"


# --- through real mail servers -----------------------------------------------------------------------------------

@pytest.fixture
def live(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Iterator[Household]:
    home = live_household(tmp_path, imap_server, smtp_server)
    yield home
    home.close()


def live_window(qtbot: QtBot, make_window: WindowFactory, home: Household) -> tuple[MainWindow, CountingRing]:
    window = make_window(home=home)
    fake = CountingRing()
    window.calls.ringing.sound = fake
    qtbot.waitUntil(lambda: not window.mail_watch.syncing and not window.runner.busy, timeout=10_000)
    return window, fake


def test_an_invite_from_a_contact_rings_after_a_sync(qtbot: QtBot, make_window: WindowFactory, live: Household,
                                                     imap_server: ImapServer) -> None:
    window, fake = live_window(qtbot, make_window, live)
    imap_server.deliver(invite_mail("sarah@example.org", live.clock.now() - timedelta(minutes=1)))
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: window.current_screen() == "ringing", timeout=10_000)
    assert window.calls.ringing.headline.text() == "Sarah Jones is calling you"
    assert fake.ringing


def test_a_strangers_invite_is_held_and_never_rings(qtbot: QtBot, make_window: WindowFactory, live: Household,
                                                    imap_server: ImapServer) -> None:
    window, fake = live_window(qtbot, make_window, live)
    imap_server.deliver(invite_mail("prize.draw@lottery.example", live.clock.now() - timedelta(minutes=1)))
    reports: list[object] = []
    window.mail_watch.synced.connect(reports.append)
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: bool(reports) and not window.runner.busy, timeout=10_000)
    window.calls.incoming.check()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert [h.sender_email for h in live.held.list()] == ["prize.draw@lottery.example"]
    assert live.calls.ringing() == []
    assert window.current_screen() != "ringing" and fake.starts == 0


def test_a_spoofed_invite_with_a_contacts_address_never_rings(qtbot: QtBot, make_window: WindowFactory,
                                                              live: Household, imap_server: ImapServer) -> None:
    """Issue 11 part 8: unauthenticated mail "from" Sarah, linking to a look-alike host, is a message, not a call,
    even though Sarah's calls answer by themselves."""
    sarah = live.contacts.find_by_email("sarah@example.org")
    assert sarah is not None
    live.calls.set_call_link(sarah.id, None, auto_answer=True)
    window, fake = live_window(qtbot, make_window, live)
    spoofed = EmailMessage()
    spoofed["From"] = "Sarah Jones <sarah@example.org>"
    spoofed["To"] = "mary@example.org"
    spoofed["Subject"] = "Video call now"
    spoofed["Date"] = format_datetime(live.clock.now() - timedelta(minutes=1))
    spoofed["Message-ID"] = make_msgid(domain="evil.test")
    spoofed.set_content("Mum, join me here: https://jitsi-account-verify.evil.test/login\n")
    imap_server.deliver(spoofed.as_bytes())
    reports: list[object] = []
    window.mail_watch.synced.connect(reports.append)
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: bool(reports) and not window.runner.busy, timeout=10_000)
    window.calls.incoming.check()
    qtbot.waitUntil(lambda: not window.runner.busy)
    [message] = [m for m in live.wall.messages() if "evil.test" in m.text]
    assert (message.kind, message.call_url) == ("message", None)
    assert live.calls.ringing() == []
    assert window.current_screen() != "ringing" and fake.starts == 0


def test_invites_that_come_together_ring_and_are_announced_once(qtbot: QtBot, make_window: WindowFactory,
                                                                 live: Household, imap_server: ImapServer) -> None:
    """One sync brings two invites from Sarah and the same invite twice (one Message-ID): one ring, one "Sarah
    Jones is calling", and no "new message" said about the invites on top of it."""
    window, fake = live_window(qtbot, make_window, live)
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    now = live.clock.now()
    first = invite_mail("sarah@example.org", now - timedelta(minutes=2))
    imap_server.deliver(first)
    imap_server.deliver(invite_mail("sarah@example.org", now - timedelta(minutes=1)))
    imap_server.deliver(first)  # the same invite again
    reports: list[object] = []
    window.mail_watch.synced.connect(reports.append)
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: window.current_screen() == "ringing", timeout=10_000)
    qtbot.waitUntil(lambda: bool(reports) and not window.runner.busy, timeout=10_000)
    for _ in range(2):  # the timer's looks
        window.calls.incoming.check()
        qtbot.waitUntil(lambda: not window.runner.busy)
    assert fake.starts == 1 and window.current_screen() == "ringing"
    assert [s for s in said if "Sarah" in s] == ["Sarah Jones is calling"], said
    states = sorted(m.call_state for m in live.wall.messages() if m.kind == "call_invite")
    assert states == ["missed", "rung"], "two invites on the wall (the same one once), one ringing"


def test_while_idle_listens_an_invite_rings_at_once_with_no_timer(qtbot: QtBot, make_window: WindowFactory,
                                                                  live: Household, imap_server: ImapServer) -> None:
    """The mail server tells the listening connection (IMAP IDLE) that mail came; the sync it starts brings the
    invite, and the look after that sync rings it. No timer looks meanwhile: an idle CareLink sleeps."""
    window, fake = live_window(qtbot, make_window, live)
    incoming = window.calls.incoming
    qtbot.waitUntil(lambda: window.mail_watch.listening, timeout=10_000)
    incoming.set_intervals(5_000, 3_600_000)  # whatever the slow timer's time, it is not running
    assert not incoming.timer.isActive()
    ticks: list[int] = []
    incoming.timer.timeout.connect(lambda: ticks.append(1))
    qtbot.wait(500)  # the server has taken the IDLE (pymap does not tell an IDLE begun after the mail came)
    imap_server.deliver(invite_mail("sarah@example.org", live.clock.now() - timedelta(minutes=1)))
    qtbot.waitUntil(lambda: window.current_screen() == "ringing", timeout=30_000)  # generous: a loaded machine
    assert window.calls.ringing.headline.text() == "Sarah Jones is calling you" and fake.ringing
    assert ticks == [] and not incoming.timer.isActive()


def test_without_idle_an_invite_still_rings_after_the_next_sync(
        qtbot: QtBot, make_window: WindowFactory, live: Household, imap_server: ImapServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A mail server that does not offer IDLE (here the real one, with IDLE hidden from CareLink): nothing hears
    of the invite as it comes; the minute's sync fetches it and it rings then, later."""
    offers = IMAPClient.has_capability
    monkeypatch.setattr(IMAPClient, "has_capability",
                        lambda client, capability: capability.upper() != "IDLE" and offers(client, capability))
    window, fake = live_window(qtbot, make_window, live)
    qtbot.waitUntil(lambda: window.mail_watch.watching)
    qtbot.wait(500)
    assert not window.mail_watch.listening
    assert window.calls.incoming.timer.isActive(), "the slow timer looks while nothing listens"
    imap_server.deliver(invite_mail("sarah@example.org", live.clock.now() - timedelta(minutes=1)))
    qtbot.wait(1_500)
    assert window.current_screen() != "ringing", "nothing heard of it"
    window.mail_watch.set_interval(1_000)  # a minute in real life
    qtbot.waitUntil(lambda: window.current_screen() == "ringing", timeout=30_000)
    assert window.calls.ringing.headline.text() == "Sarah Jones is calling you" and fake.ringing
