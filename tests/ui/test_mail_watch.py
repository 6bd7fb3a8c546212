"""New mail while CareLink is open: the minute's sync, the thread that waits on the mail server (IMAP IDLE) and
asks for a sync, a chime for new family messages, a prompt stop, and no frozen screen while 500 messages come in.
Real IMAP and SMTP servers on loopback; the chime is a counting fake."""

from __future__ import annotations

import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from carelink.channels.email.account import make_account
from carelink.channels.sandbox import SandboxTransport
from carelink.household import Household
from carelink.resources import assets_dir
from carelink.secrets import KeyringSecretStore
from carelink.services.mail_sync import SyncReport
from carelink.services.status import Connection
from carelink.ui.main_window import MainWindow
from tests.helpers import make_household
from tests.helpers.fakes import SARAH, CountingChime, family_mail, live_household
from tests.helpers.mail_servers import LOOPBACK, USER, ImapServer, SmtpServer, account_for
from tests.helpers.slow_proxy import SlowProxy
from tests.ui.conftest import WindowFactory
from tests.ui.test_responsiveness import STALL_S, StallWatch

LATE_S = 2.0  # how late the slow mail server answers


@pytest.fixture
def live(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Iterator[Household]:
    home = live_household(tmp_path, imap_server, smtp_server)
    yield home
    home.close()


def watched_window(qtbot: QtBot, make_window: WindowFactory, home: Household) -> tuple[MainWindow, CountingChime]:
    """A window on `home` whose watcher (started when the window was shown) has finished its first syncs."""
    window = make_window(home=home)
    chime = CountingChime()
    window.mail_watch.chime = chime
    assert window.mail_watch.started
    qtbot.waitUntil(lambda: not window.mail_watch.syncing and not window.runner.busy, timeout=10_000)
    return window, chime


def test_the_demo_watcher_sends_the_outbox(qtbot: QtBot, make_window: WindowFactory, household: Household) -> None:
    window, chime = watched_window(qtbot, make_window, household)
    item = household.replies.reply(household.wall.ids()[0], "See you soon")  # stored, not sent yet
    assert household.outbox.get(item.id).status == "queued"
    reports: list[SyncReport] = []
    window.mail_watch.synced.connect(reports.append)
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: bool(reports))
    assert household.outbox.get(item.id).status == "sent"
    transport = household.transport
    assert isinstance(transport, SandboxTransport) and len(transport.outgoing.sent) == 1
    assert chime.plays == 0, "no new messages, no chime"


def test_the_watcher_syncs_every_interval(qtbot: QtBot, make_window: WindowFactory, household: Household) -> None:
    window, _ = watched_window(qtbot, make_window, household)
    reports: list[SyncReport] = []
    window.mail_watch.synced.connect(reports.append)
    window.mail_watch.set_interval(50)  # a minute in real life; the mechanism is what is tested
    qtbot.waitUntil(lambda: len(reports) >= 3, timeout=20_000)


def test_syncs_asked_for_together_run_one_after_the_other(qtbot: QtBot, make_window: WindowFactory,
                                                          household: Household) -> None:
    window, _ = watched_window(qtbot, make_window, household)
    reports: list[SyncReport] = []
    window.mail_watch.synced.connect(reports.append)
    for _ in range(5):
        window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: len(reports) == 2 and not window.mail_watch.syncing)
    qtbot.wait(100)
    assert len(reports) == 2, "one running and one more after it, however often it was asked for"


def test_new_mail_reaches_the_wall_by_itself_and_chimes_once(qtbot: QtBot, make_window: WindowFactory,
                                                             live: Household, imap_server: ImapServer) -> None:
    window, chime = watched_window(qtbot, make_window, live)
    qtbot.waitUntil(lambda: window.mail_watch.watching)
    assert window.home.tiles["wall"].text() == "Messages\nNothing new"
    imap_server.deliver(family_mail("sarah@example.org", "Are you free on Sunday?"))
    # No sync_now(): the thread waiting on the server (IDLE) hears of it; the minute's timer is far off.
    qtbot.waitUntil(lambda: live.wall.unread_count() == 1, timeout=30_000)  # generous: a loaded CI machine
    qtbot.waitUntil(lambda: chime.plays == 1, timeout=20_000)
    qtbot.waitUntil(lambda: window.home.tiles["wall"].text() == "Messages\n1 new")
    assert live.status.state is Connection.UP_TO_DATE
    window.open_screen("wall")
    qtbot.waitUntil(lambda: window.wall.card.text.text() == "Are you free on Sunday?")
    qtbot.wait(300)
    assert chime.plays == 1, "one chime for one message"


def test_new_mail_while_the_wall_is_open_goes_in_front(qtbot: QtBot, make_window: WindowFactory, live: Household,
                                                      imap_server: ImapServer) -> None:
    imap_server.deliver(family_mail("sarah@example.org", "First news", minutes_ago=30))
    window, chime = watched_window(qtbot, make_window, live)
    qtbot.waitUntil(lambda: live.wall.unread_count() == 1, timeout=30_000)  # generous: a loaded CI machine
    window.open_screen("wall")
    wall = window.wall
    qtbot.waitUntil(lambda: wall.card.text.text() == "First news" and wall.position.text() == "1 of 1",
                    timeout=20_000)
    imap_server.deliver(family_mail("sarah@example.org", "Second news"))
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: wall.position.text() == "2 of 2", timeout=30_000)
    assert wall.card.text.text() == "First news", "the card being read stays put"
    assert wall.status.text() == "A new message has arrived. Press Previous to see it."
    wall.previous()
    qtbot.waitUntil(lambda: wall.card.text.text() == "Second news", timeout=20_000)
    assert chime.plays >= 1


def test_stop_ends_the_waiting_thread_promptly(qtbot: QtBot, make_window: WindowFactory, live: Household) -> None:
    window, _ = watched_window(qtbot, make_window, live)
    qtbot.waitUntil(lambda: window.mail_watch.watching)
    qtbot.wait(1500)  # well into an IDLE wait
    started = time.monotonic()
    window.mail_watch.stop()
    assert time.monotonic() - started < 15, "not the IDLE wait's 300 s (a margin for a busy machine)"
    assert not window.mail_watch.watching


def test_a_mail_server_that_is_gone_is_an_offline_line_not_an_error(qtbot: QtBot, make_window: WindowFactory,
                                                                    tmp_path: Path) -> None:
    from tests.helpers import make_household

    home = make_household(tmp_path / "gone")
    home.email.save(account_for(), "secret")  # ports where nothing listens
    try:
        window, chime = watched_window(qtbot, make_window, home)
        qtbot.waitUntil(lambda: home.status.state is Connection.OFFLINE, timeout=10_000)
        qtbot.waitUntil(lambda: window.home.status_label.text().startswith("Offline"))
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 15, "not the 60 s wait before trying again (a busy machine's margin)"
        assert not window.mail_watch.watching and chime.plays == 0
    finally:
        home.close()


@pytest.fixture
def late(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer,
         slow_proxies: list[SlowProxy]) -> Iterator[tuple[Household, SlowProxy, SlowProxy]]:
    """A household whose mail servers are reached through proxies that can be made to answer late."""
    imap, smtp = SlowProxy(imap_server.port, delay=LATE_S), SlowProxy(smtp_server.port, delay=LATE_S)
    slow_proxies += [imap, smtp]
    home = make_household(tmp_path / "late")
    home.settings.set("person.name", "Mary")
    home.email.save(make_account(USER, LOOPBACK, LOOPBACK, "none", imap.port, smtp.port), imap_server.password)
    home.contacts.add(*SARAH)
    yield home, imap, smtp
    home.close()


def test_the_event_loop_never_stalls_while_500_messages_come_in(
        qtbot: QtBot, make_window: WindowFactory, imap_server: ImapServer,
        late: tuple[Household, SlowProxy, SlowProxy]) -> None:
    """The mail server answers every request 2 s late, so a sync takes many seconds: had any of it run on the
    GUI thread, the event loop would have stopped for seconds. It never stops for a second."""
    home, imap, smtp = late
    window, chime = watched_window(qtbot, make_window, home)
    window.mail_watch.stop()
    for number in range(500):
        imap_server.deliver(family_mail("sarah@example.org", f"Message number {number}"))
    window.open_screen("wall")
    reports: list[SyncReport] = []
    window.mail_watch.synced.connect(reports.append)
    imap.mode = smtp.mode = "late"
    watch = StallWatch()
    watch.start()
    started = time.monotonic()
    try:
        window.mail_watch.start()  # a sync at once, and the thread that waits for news
        # Nothing here reads the database on the GUI thread: only the app's own work is measured.
        qtbot.waitUntil(lambda: sum(report.new_messages for report in reports) == 500, timeout=120_000)
        took = time.monotonic() - started
        qtbot.waitUntil(lambda: not window.mail_watch.syncing and not window.runner.busy, timeout=60_000)
        qtbot.waitUntil(lambda: window.wall.position.text().endswith(" of 500"), timeout=10_000)  # it kept up
    finally:
        watch.stop()
        window.mail_watch.stop()  # and a sync under way finishes before the household closes
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
    assert took > 2 * LATE_S, "the sync really was slow"
    assert watch.longest_s < STALL_S, f"the event loop stalled for {watch.longest_s:.2f} s"
    assert chime.plays >= 1


def test_one_connection_serves_every_sync_while_it_listens(
        qtbot: QtBot, make_window: WindowFactory, imap_server: ImapServer,
        late: tuple[Household, SlowProxy, SlowProxy], monkeypatch: pytest.MonkeyPatch) -> None:
    """The thread's IDLE connection is lent to the syncs its news starts, and the minute's syncs only send and run
    the timers while it listens: after the first two sign-ins (the first sync's and the thread's), none more and no
    password read from the keyring, over many syncs and two messages coming in. The proxy counts the LOGINs."""
    home, imap, _smtp = late
    window, chime = watched_window(qtbot, make_window, home)
    watcher = window.mail_watch
    qtbot.waitUntil(lambda: watcher.listening, timeout=10_000)
    signed_in, connections = imap.said["LOGIN"], imap.connections
    assert signed_in == 2 and connections == 2, "the first sync's connection and the thread's"
    reads: list[str] = []
    real_read = KeyringSecretStore.get_password

    def read(store: KeyringSecretStore, account: str) -> str | None:
        reads.append(account)
        return real_read(store, account)

    monkeypatch.setattr(KeyringSecretStore, "get_password", read)
    reports: list[SyncReport] = []
    watcher.synced.connect(reports.append)
    watcher.set_interval(100)  # a minute in real life: many minutes' worth of syncs here
    qtbot.waitUntil(lambda: len(reports) >= 5, timeout=10_000)
    for number, text in enumerate(("Are you free on Sunday?", "I'll bring a cake.")):
        # Each message once the thread listens again (the IDLE itself, not its first short look, is what is tried).
        idles = imap.said["IDLE"]
        qtbot.waitUntil(lambda: watcher.listening and imap.said["IDLE"] >= max(idles, 1), timeout=10_000)  # noqa: B023
        qtbot.wait(500)  # the server has taken the IDLE (the proxy counts it on its way)
        imap_server.deliver(family_mail("sarah@example.org", text))
        qtbot.waitUntil(lambda: home.wall.unread_count() == number + 1, timeout=30_000)  # noqa: B023 (waited here)
        if number == 0:
            qtbot.waitUntil(lambda: imap.said["IDLE"] > idles, timeout=10_000)  # noqa: B023 (back to listening)
    seen = len(reports)
    qtbot.waitUntil(lambda: len(reports) >= seen + 5 and watcher.listening, timeout=10_000)
    # Not one sign-in per sync (the old way: one a minute, here one per 100 ms sync), and none at all: a line of news
    # that reached the IDLE in two pieces used to break it (a new sign-in), now it is read whole.
    assert (imap.said["LOGIN"], imap.connections) == (signed_in, connections), f"over {len(reports)} syncs"
    assert reads == [], "the password was read from the keyring once, at the one sign-in"
    assert imap.said["IDLE"] >= 2, "the connection went back to listening after the news"
    assert home.status.state is Connection.UP_TO_DATE
    assert chime.plays >= 1


def test_the_chime_is_a_short_gentle_sound_we_made() -> None:
    path = assets_dir() / "sounds" / "chime.wav"
    assert (assets_dir() / "sounds" / "make_chime.py").is_file(), "the script that makes it is kept beside it"
    with wave.open(str(path)) as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 44_100)
        seconds = sound.getnframes() / sound.getframerate()
        frames = sound.readframes(sound.getnframes())
    assert 0.5 <= seconds <= 3
    samples = memoryview(frames).cast("h")
    peak = max(abs(v) for v in samples)
    assert 0.2 * 32767 < peak < 0.6 * 32767, "audible, never harsh"
    assert abs(samples[0]) < 100 and abs(samples[-1]) < 100, "no click at either end"
