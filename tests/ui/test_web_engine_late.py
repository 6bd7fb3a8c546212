"""Qt WebEngine (~200 MB of Chromium) is loaded only once the person picks someone to call, never at start-up: in
a fresh process, the window, Home and the family's photos open without it; "Call Sarah?" loads it, and makes
the call's page while the person reads the question."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from carelink.app import build_window, share_gl_contexts
from carelink.speech import SilentSpeaker
from tests.helpers import make_household
share_gl_contexts()
app = QApplication([])
household = make_household(Path(sys.argv[1]), demo=True)
window = build_window(household, SilentSpeaker())
window.resize(1280, 800)
window.show()
seen = {}
window.open_screen("home")
window.open_screen("calls")
app.processEvents()
seen["before"] = "PySide6.QtWebEngineCore" in sys.modules
window.calls.ask(household.contacts.list()[0].id)
seen["confirm"] = "PySide6.QtWebEngineCore" in sys.modules
seen["ready"] = window.calls.calling.ready.has_page
window.calls.confirm.not_now_button.click()
seen["dropped"] = not window.calls.calling.ready.has_page
print(json.dumps(seen), flush=True)
window.close()
window.runner.wait()
"""


def test_the_web_engine_loads_only_when_someone_is_picked_to_call(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium's sandbox refuses root (CI)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"before": False, "confirm": True, "ready": True, "dropped": True}, done.stderr[-2000:]
