"""What Home's first paint waits for: in the real program (`carelink --demo gui` in a fresh Python), the speech
engine's adapter, the keyring's secret store, the start-with-the-computer switch and the mail watch are not even
imported when Home is first painted; they come just after, and the watch for new mail starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LATE = ["carelink.speech.pyttsx3_speaker", "carelink.speech.engine", "carelink.speech.playback",
        "carelink.speech.silent", "wave", "carelink.secrets", "carelink.autostart", "plistlib",
        "carelink.ui.mail_watch", "sqlalchemy"]

# Runs the program as `carelink --data-dir DIR --demo gui` does, noting which of LATE are loaded when Home is
# first painted, and again once the window has its household and watches for mail; then closes the window.
SCRIPT = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

late, seen = json.loads(sys.argv[2]), {}

def in_home(widget):
    while isinstance(widget, QWidget):
        if type(widget).__name__ == "HomeScreen":
            return True
        widget = widget.parentWidget()
    return False

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if "painted" not in seen and event.type() == QEvent.Type.Paint and in_home(watched):
            seen["painted"] = [name for name in late if name in sys.modules]
            look_later()
        return False

def look_later():
    windows = [w for w in QApplication.topLevelWidgets() if getattr(w, "attached", False)]
    if not windows or not windows[0].mail_watch.started:
        QTimer.singleShot(50, look_later)
        return
    seen["watching"] = [name for name in late if name in sys.modules]
    for window in QApplication.topLevelWidgets():
        if hasattr(window, "kiosk"):
            window.kiosk.allow_close()
        window.close()
    QApplication.quit()

app = QApplication(["carelink"])
first_paint = FirstPaint()
app.installEventFilter(first_paint)
from carelink.cli import main
code = main(["--data-dir", sys.argv[1], "--demo", "gui"])
print(json.dumps(seen))
sys.exit(code)
"""


def run_demo(data_dir: Path) -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(data_dir), json.dumps(LATE)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    seen: dict[str, list[str]] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_home_is_painted_before_speech_secrets_autostart_and_the_mail_watch_are_imported(tmp_path: Path) -> None:
    run_demo(tmp_path)  # the first start makes the demo household (so Home is built from the household itself)
    seen = run_demo(tmp_path)  # an ordinary start: Home painted from a first look at the database
    assert seen["painted"] == [], "imported before Home's first paint"
    assert {"carelink.ui.mail_watch", "carelink.secrets", "carelink.autostart", "sqlalchemy"} <= set(
        seen["watching"]), "the household, its secret store, the start-up switch and the mail watch come after"
