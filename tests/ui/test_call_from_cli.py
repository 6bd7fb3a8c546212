"""`carelink call ID` from the command line (a real `python -m carelink` process) while CareLink's window runs
on the same data folder: the call opens in the window's own call window, and no browser starts. With no window
running, the browser (Python's webbrowser, here a $BROWSER script that writes down what it was given) opens it.
The window's door is tested both ways: the local socket (Linux, macOS) and the loopback port with its token file
(Windows; CARELINK_CALL_DOOR=loopback here, for the window and the command alike)."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.calls.door import CallDoorWatch, open_call_door
from carelink.ui.calls.ports import WebCallPort
from carelink.ui.main_window import MainWindow
from tests.helpers.fakes import SARAH, live_household
from tests.helpers.mail_servers import ImapServer, SmtpServer
from tests.ui.conftest import OfflineWebCall, WindowFactory

local_sockets = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no local sockets on this system")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user's runtime folder, short and new for each test, for the window and the command alike."""
    base = Path(tempfile.mkdtemp(prefix="cl-", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pretend web browser for the command's process: it writes the link it was given to a file."""
    said = tmp_path / "browser-opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\necho "$1" >> "{said}"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("BROWSER", f"{script} %s")
    return said


@pytest.fixture(params=[pytest.param("local", marks=local_sockets), "loopback"])
def door(request: pytest.FixtureRequest, runtime: Path, window: MainWindow, household: Household,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[CallDoorWatch]:
    if request.param == "loopback":
        monkeypatch.setenv("CARELINK_CALL_DOOR", "loopback")
    watch = open_call_door(household, lambda: window)
    yield watch
    watch.close()


def start_cli(household: Household, *args: str, demo: bool = True) -> subprocess.Popen[str]:
    """`python -m carelink --data-dir D [--demo] …`, the household's own data folder (its demo one)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), CARELINK_DATA_DIR="")
    where = ["--data-dir", str(household.paths.root.parent), "--demo"] if demo else [
        "--data-dir", str(household.paths.root)]
    return subprocess.Popen([sys.executable, "-m", "carelink", *where, *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(qtbot: QtBot, process: subprocess.Popen[str], code: int = 0) -> tuple[str, str]:
    """The window's event loop keeps turning (it answers the knock) until the command has finished with `code`:
    what it said on stdout and on stderr."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    assert process.returncode == code, (out, err)
    return out, err


def test_the_command_opens_the_call_in_the_running_window_not_a_browser(
        qtbot: QtBot, window: MainWindow, household: Household, door: CallDoorWatch, pages_opened: list[str],
        browser: Path) -> None:
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    out, _ = finish(qtbot, start_cli(household, "call", str(sarah.id)))
    assert "The call opens in CareLink's window." in out
    assert window.current_screen() == "calls-calling"
    qtbot.waitUntil(lambda: bool(pages_opened))
    plan = household.calls.plan(sarah.id)
    assert pages_opened == [plan.open_url] and out.strip().splitlines()[-1] == plan.open_url
    assert window.calls.calling.headline.text() == "Calling Sarah Jones…"
    qtbot.waitUntil(lambda: [i.kind for i in household.outbox.list()] == ["invite"], timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert [i.kind for i in household.outbox.list()] == ["invite"], "the window's invite, and no other"
    assert not browser.exists(), "no browser started"

    tom = next(c for c in household.contacts.list() if c.name == "Tom Jones")
    out, err = finish(qtbot, start_cli(household, "call", str(tom.id)), code=1)
    assert "CareLink's window is busy with a call just now" in err and "Tom Jones was not invited" in err, err
    assert len(err.strip().splitlines()) == 1, "one plain line"
    assert out.strip() == household.calls.plan(tom.id).invite_url, "Tom's own call link, to use another way"
    assert pages_opened == [plan.open_url] and window.calls.calling.name == "Sarah Jones", "never replaced"
    assert [i.kind for i in household.outbox.list()] == ["invite"], "Tom is not invited"
    assert not browser.exists()
    window.calls.calling.hang_up_button.click()
    assert window.current_screen() == "home"


@local_sockets
def test_with_no_window_running_the_command_opens_the_browser(qtbot: QtBot, runtime: Path, household: Household,
                                                              browser: Path) -> None:
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    out, _ = finish(qtbot, start_cli(household, "call", str(sarah.id)))
    link = out.strip().splitlines()[-1]
    assert link.startswith("https://meet.jit.si/CareLink-") and "The call opens in CareLink's window." not in out
    qtbot.waitUntil(browser.exists, timeout=10_000)
    assert browser.read_text(encoding="utf-8").split() == [link]


@local_sockets
def test_a_window_that_has_closed_leaves_no_door(qtbot: QtBot, window: MainWindow, household: Household,
                                                 runtime: Path, browser: Path, pages_opened: list[str]) -> None:
    open_call_door(household, lambda: window).close()
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    out, _ = finish(qtbot, start_cli(household, "call", str(sarah.id)))
    qtbot.waitUntil(browser.exists, timeout=10_000)
    assert browser.read_text(encoding="utf-8").split() == [out.strip().splitlines()[-1]]
    assert [i.kind for i in household.outbox.list()] == ["invite"], "with no window, the command invites"
    assert pages_opened == [] and window.current_screen() == "home"


class SlowPage(OfflineWebCall):
    """A call page that takes as long as the test likes to load (`come()`)."""

    def __init__(self, parent: QObject, opened: list[str]) -> None:
        super().__init__(parent, opened)
        self.due = False

    def open(self, url: str, _html: str | None = None) -> None:
        self.url, self.due = url, True
        self._opened.append(url)

    def come(self) -> None:
        if self.due and not self.ended:
            self.loaded.emit(True)


@pytest.fixture
def live(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Iterator[Household]:
    home = live_household(tmp_path, imap_server, smtp_server)
    home.contacts.add("Tom Jones", "tom@example.org")
    yield home
    home.close()


@pytest.fixture
def live_window(make_window: WindowFactory, live: Household, runtime: Path) -> Iterator[MainWindow]:
    window = make_window(home=live)
    watch = open_call_door(live, lambda: window)
    yield window
    watch.close()


def test_the_window_sends_the_invite_once_the_page_has_opened_and_a_busy_window_invites_nobody(
        qtbot: QtBot, live_window: MainWindow, live: Household, smtp_server: SmtpServer, browser: Path) -> None:
    window = live_window
    pages: list[SlowPage] = []

    def slow(parent: QObject) -> WebCallPort:
        pages.append(SlowPage(parent, []))
        return pages[-1]

    window.calls.calling.make_web_call = slow
    sarah, tom = (next(c for c in live.contacts.list() if c.name == name) for name in ("Sarah Jones", "Tom Jones"))
    out, _ = finish(qtbot, start_cli(live, "call", str(sarah.id), demo=False))
    assert "The call opens in CareLink's window. Sarah Jones is sent the invite as soon as it has opened" in out
    qtbot.waitUntil(lambda: bool(pages) and pages[-1].due, timeout=20_000)
    assert window.current_screen() == "calls-calling" and window.calls.calling.name == "Sarah Jones"
    qtbot.wait(1_000)  # the page has not opened: nothing is stored or sent, by the command or the window
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    assert smtp_server.messages == [] and live.outbox.list() == []

    pages[-1].come()
    qtbot.waitUntil(lambda: len(smtp_server.messages) == 1, timeout=30_000)
    invite = smtp_server.messages[0]
    assert invite.rcpt_tos == [SARAH[1]] and "call" in str(invite.message()["Subject"]).lower()
    body = invite.message().get_body(("plain",))
    assert body is not None and live.calls.plan(sarah.id).invite_url in body.get_content(), "the call's own room"

    out, err = finish(qtbot, start_cli(live, "call", str(tom.id), demo=False), code=1)
    assert "busy with a call just now" in err and "Tom Jones was not invited" in err
    assert out.strip() == live.calls.plan(tom.id).invite_url
    assert window.calls.calling.name == "Sarah Jones" and window.calls.calling.state == "waiting"
    qtbot.wait(500)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    assert [m.rcpt_tos for m in smtp_server.messages] == [[SARAH[1]]], "Tom is not invited"
    assert [i.kind for i in live.outbox.list()] == ["invite"]
    window.calls.calling.hang_up_button.click()
    assert window.current_screen() == "home" and not browser.exists()


def test_during_a_lesson_the_command_says_the_window_is_busy_and_invites_nobody(
        qtbot: QtBot, workshop_window: MainWindow, household: Household, runtime: Path, browser: Path) -> None:
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None
    workshop.start(workshop_window.tutorial.lessons["checkin"], "Ann", "tutorial")
    qtbot.waitUntil(lambda: workshop.current is not None, timeout=30_000)
    watch = open_call_door(household, lambda: workshop_window)
    try:
        sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
        out, err = finish(qtbot, start_cli(household, "call", str(sarah.id)), code=1)
    finally:
        watch.close()
    assert "in a lesson just now" in err and "Sarah Jones was not invited" in err
    assert out.strip() == household.calls.plan(sarah.id).invite_url
    assert household.outbox.list() == [] and not browser.exists()
    assert workshop.current is not None, "the lesson goes on"


@local_sockets
def test_a_window_still_being_set_up_opens_nothing_and_says_so(
        qtbot: QtBot, make_window: WindowFactory, empty_household: Household, runtime: Path, browser: Path) -> None:
    """First-run setup is on show (the person is asked their name): no call screen opens over it, nobody is
    invited, and the command says what is true, with the contact's link all the same."""
    home = empty_household
    tom = home.contacts.add("Tom Jones", "tom@example.org")
    window = make_window(home=home)
    assert window.current_screen() == "first_run"
    watch = open_call_door(home, lambda: window)
    try:
        out, err = finish(qtbot, start_cli(home, "call", str(tom.id), demo=False), code=1)
    finally:
        watch.close()
    assert "CareLink is still being set up in its window" in err and "Tom Jones was not invited" in err
    assert len(err.strip().splitlines()) == 1 and out.strip() == home.calls.plan(tom.id).invite_url
    assert window.current_screen() == "first_run"
    assert window.calls.calling.state == "" and window.calls.calling.web is None, "no call was started"
    assert home.outbox.list() == [] and not browser.exists()


@local_sockets
def test_a_window_showing_the_demo_instead_says_so_and_invites_nobody(
        qtbot: QtBot, window: MainWindow, empty_household: Household, runtime: Path, browser: Path) -> None:
    """"Try the demo instead" put the demo household's window in place of this household's: a call to this
    household's contact does not open among the pretend family."""
    home = empty_household
    tom = home.contacts.add("Tom Jones", "tom@example.org")
    assert window.household.demo and window.household is not home
    watch = open_call_door(home, lambda: window)
    try:
        out, err = finish(qtbot, start_cli(home, "call", str(tom.id), demo=False), code=1)
    finally:
        watch.close()
    assert "showing the demo with its pretend family, not this household" in err, err
    assert out.strip() == home.calls.plan(tom.id).invite_url
    assert window.current_screen() == "home" and home.outbox.list() == [] and not browser.exists()
