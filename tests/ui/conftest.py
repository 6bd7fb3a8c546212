"""Fixtures for the pytest-qt tests: a demo household on a fixed clock and its main window."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from carelink.app import build_tutorial_household, build_window, reset_tutorial, share_gl_contexts
from carelink.autostart import XdgAutostart
from carelink.household import Household
from carelink.speech import SilentSpeaker
from carelink.ui.calls.ports import WebCallPort
from carelink.ui.main_window import MainWindow
from carelink.ui.tutorial.workshop import Practice
from tests.helpers import make_household, memory_secrets

WindowFactory = Callable[..., MainWindow]
REPLY_AFTER_S = 0.3  # the pretend family answer quickly in tests

# Before pytest-qt makes the QApplication: what Qt WebEngine (the call window) needs, as in app._qt_application.
share_gl_contexts()
# Chromium's fake camera and microphone for the call tests (appended, never replacing flags already set). Never
# --use-fake-ui-for-media-stream: that would grant the camera itself and hide whether CareLink does.
_FLAGS = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
if "--use-fake-device-for-media-stream" not in _FLAGS:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (_FLAGS + " --use-fake-device-for-media-stream").strip()
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium will not start its sandbox as root ("Running as root without --no-sandbox is not supported"), and
    # CI runs as root; in tests only, WebEngine runs without it. CareLink itself never turns the sandbox off.
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=True)
    yield home
    home.close()


@pytest.fixture
def empty_household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=False)
    yield home
    home.close()


@pytest.fixture
def speaker() -> Iterator[SilentSpeaker]:
    silent = SilentSpeaker()
    yield silent
    silent.close()


@pytest.fixture
def make_window(qtbot: QtBot, household: Household, speaker: SilentSpeaker) -> WindowFactory:
    def make(scale: float | None = None, home: Household | None = None, size: tuple[int, int] = (1280, 800)
             ) -> MainWindow:
        window = build_window(home or household, speaker, scale)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        if not window.painted:  # (margins for a busy machine: these are waits, never measures of speed)
            with qtbot.waitSignal(window.first_painted, timeout=20_000):
                pass  # Home is painted, and what waited for it (the call screens, the watches) has started
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


class OfflineWebCall(QObject):
    """Stands in for a call's web page when its link is on the internet (meet.jit.si, zoom.us): tests never go
    online. It keeps the link it was given and loads nothing. The real page is tested in test_call_window.py,
    with pages on loopback."""

    loaded = Signal(bool)
    camera_busy = Signal()

    def __init__(self, parent: QObject, opened: list[str]) -> None:
        super().__init__(parent)
        self.url, self.ended, self._opened = "", False, opened
        self.room_look: bool | None = None  # (it never says: the first look asks it, with run_script)
        self.widget: QWidget | None = QWidget()

    def open(self, url: str, _html: str | None = None) -> None:
        self.url = url
        self._opened.append(url)
        QTimer.singleShot(0, self._loaded)  # as a page does, a moment later

    def _loaded(self) -> None:
        if not self.ended:
            self.loaded.emit(True)

    def run_script(self, _script: str, done: Callable[[object], None]) -> None:
        done('{"jitsi": false}')

    def warm_up(self) -> None:
        pass

    def end(self, now: bool = False) -> None:
        self.ended = True


@pytest.fixture
def pages_opened(window: MainWindow) -> list[str]:
    """The links the window's calls opened inside CareLink (with OfflineWebCall instead of the web)."""
    opened: list[str] = []
    def offline(parent: QObject) -> WebCallPort:
        return OfflineWebCall(parent, opened)

    window.calls.calling.make_web_call = offline
    return opened


@pytest.fixture
def workshop_window(qtbot: QtBot, household: Household, speaker: SilentSpeaker, tmp_path: Path
                    ) -> Iterator[MainWindow]:
    """The demo household's window, with a practice household that answers quickly and a test keyring."""
    root = household.paths.root
    practice_windows: list[QMainWindow] = []

    def practice_window(practice: Household) -> QMainWindow:
        made = build_window(practice, speaker, autostart=XdgAutostart(tmp_path / "config"))
        practice_windows.append(made)
        return made

    practice = Practice(
        household=lambda learner: build_tutorial_household(root, learner, clock=household.clock,
                                                           secrets=memory_secrets(), reply_after_s=REPLY_AFTER_S,
                                                           learners=household.learners),
        window=practice_window,
        reset=lambda: reset_tutorial(root))
    window = build_window(household, speaker, autostart=XdgAutostart(tmp_path / "config"), practice=practice)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()  # and with it, any lesson still on show
    assert not any(shiboken6.isValid(made) and made.isVisible() for made in practice_windows)
