"""Settings → Calls: the household's Jitsi server (checked; a bad one changes nothing and says why), and that
Qt WebEngine is not loaded until a call starts (start-up stays as fast as before)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow


def test_the_jitsi_server_is_checked_and_saved(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    window.open_screen("settings", unlocked=True)
    qtbot.mouseClick(window.settings.nav_buttons["calls"], Qt.MouseButton.LeftButton)
    page = window.settings.calls
    assert page.server.text() == "meet.jit.si"
    assert "Google account" in page.explain.text()
    page.server.setText("http://jitsi.example.org")
    page.save.click()
    assert page.message.text() == "A Jitsi Meet server must use https://, like https://jitsi.example.org."
    assert household.settings.get("calls.jitsi_server") == "meet.jit.si", "nothing changed"
    page.server.setText("https://jitsi.care.example/")
    page.save.click()
    assert household.settings.get("calls.jitsi_server") == "jitsi.care.example"
    assert page.message.text() == "Saved. New calls use jitsi.care.example."
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    assert household.calls.plan(sarah.id).invite_url.startswith("https://jitsi.care.example/CareLink-")
    assert household.calls.plan(sarah.id).sign_in is False, "no Google sign-in on the organisation's own server"


def test_qt_webengine_is_not_loaded_at_start_up(tmp_path: Path) -> None:
    script = ("import sys\n"
              "from carelink.app import build_household, build_window, _qt_application\n"
              "from carelink.speech import SilentSpeaker\n"
              f"home = build_household(__import__('pathlib').Path({str(tmp_path)!r}), True)\n"
              "app, _ = _qt_application(False)\n"
              "window = build_window(home, SilentSpeaker())\n"
              "window.show()\n"
              "app.processEvents()\n"
              "print(sorted(m for m in sys.modules if 'WebEngine' in m))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd()))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"
