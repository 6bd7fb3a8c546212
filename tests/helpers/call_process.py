"""What the call-window helpers that run in a process of their own share (busy_camera.py, call_then_exit.py): Qt
WebEngine's flags set before it starts, a QApplication, a demo household whose Sarah has `url` as her call link,
its window shown, and a way to let the event loop turn until something is so."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from carelink.household import Household
    from carelink.ui.main_window import MainWindow


def call_window(url: str, data: Path, chromium_flags: str, argv0: str
                ) -> tuple[QApplication, Household, MainWindow, int]:
    """The application, the household, its window and Sarah's contact id."""
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium's sandbox refuses root (CI)

    from PySide6.QtWidgets import QApplication

    from carelink.app import build_window, share_gl_contexts
    from carelink.speech import SilentSpeaker
    from tests.helpers import make_household

    share_gl_contexts()
    app = QApplication([argv0])
    household = make_household(data, demo=True)
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    household.calls.set_call_link(sarah.id, url, auto_answer=False)
    window = build_window(household, SilentSpeaker())
    window.resize(1280, 800)
    window.show()
    return app, household, window, sarah.id


def until(done: Callable[[], bool], seconds: float = 60) -> None:
    """Let the event loop turn until `done()`, or `seconds` have passed."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
