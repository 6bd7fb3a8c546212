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
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.calls.door import CallDoorWatch, open_call_door
from carelink.ui.main_window import MainWindow

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


def start_cli(household: Household, *args: str) -> subprocess.Popen[str]:
    """`python -m carelink --data-dir D --demo …`, the household's own data folder (its demo one)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), CARELINK_DATA_DIR="")
    return subprocess.Popen([sys.executable, "-m", "carelink", "--data-dir", str(household.paths.root.parent),
                             "--demo", *args], cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def finish(qtbot: QtBot, process: subprocess.Popen[str]) -> str:
    """The window's event loop keeps turning (it answers the knock) until the command has finished."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    return out


def test_the_command_opens_the_call_in_the_running_window_not_a_browser(
        qtbot: QtBot, window: MainWindow, household: Household, door: CallDoorWatch, pages_opened: list[str],
        browser: Path) -> None:
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    out = finish(qtbot, start_cli(household, "call", str(sarah.id)))
    assert "The call opens in CareLink's window." in out
    assert window.current_screen() == "calls-calling"
    qtbot.waitUntil(lambda: bool(pages_opened))
    plan = household.calls.plan(sarah.id)
    assert pages_opened == [plan.open_url] and out.strip().splitlines()[-1] == plan.open_url
    assert window.calls.calling.headline.text() == "Calling Sarah Jones…"
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert [i.kind for i in household.outbox.list()].count("invite") == 1, "the command's invite, and no other"
    assert not browser.exists(), "no browser started"

    tom = next(c for c in household.contacts.list() if c.name == "Tom Jones")
    out = finish(qtbot, start_cli(household, "call", str(tom.id)))
    assert "CareLink's window is in another call just now" in out, "a call under way is never replaced"
    assert pages_opened == [plan.open_url] and window.calls.calling.name == "Sarah Jones"
    assert not browser.exists()
    window.calls.calling.hang_up_button.click()
    assert window.current_screen() == "home"


@local_sockets
def test_with_no_window_running_the_command_opens_the_browser(qtbot: QtBot, runtime: Path, household: Household,
                                                              browser: Path) -> None:
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    out = finish(qtbot, start_cli(household, "call", str(sarah.id)))
    link = out.strip().splitlines()[-1]
    assert link.startswith("https://meet.jit.si/CareLink-") and "The call opens in CareLink's window." not in out
    qtbot.waitUntil(browser.exists, timeout=10_000)
    assert browser.read_text(encoding="utf-8").split() == [link]


@local_sockets
def test_a_window_that_has_closed_leaves_no_door(qtbot: QtBot, window: MainWindow, household: Household,
                                                 runtime: Path, browser: Path, pages_opened: list[str]) -> None:
    open_call_door(household, lambda: window).close()
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    out = finish(qtbot, start_cli(household, "call", str(sarah.id)))
    qtbot.waitUntil(browser.exists, timeout=10_000)
    assert browser.read_text(encoding="utf-8").split() == [out.strip().splitlines()[-1]]
    assert pages_opened == [] and window.current_screen() == "home"
