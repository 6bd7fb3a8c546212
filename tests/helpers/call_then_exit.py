"""A call on a loopback page in a process of its own, and then the application ends at once, with no event loop
turning in between (as when the computer shuts down, or CareLink is closed the moment a call ends): right after
Hang up, right after Not now on a ringing call (whose page was made ready to answer it), or during the call with
the window closed. Qt WebEngine releases every profile as the application ends, and says "Release of profile
requested but WebEnginePage still not deleted" of a page still there; the test reads stderr for it.

Usage: python -m tests.helpers.call_then_exit CALL_URL DATA_DIR after-hang-up|after-not-now|window-closed
(prints the screen it ended on, as JSON)
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

WHEN = ("after-hang-up", "after-not-now", "window-closed")


def main(argv: list[str]) -> int:
    url, data, when = argv[1], Path(argv[2]), argv[3]
    if when not in WHEN:
        print(f"usage: call_then_exit CALL_URL DATA_DIR {'|'.join(WHEN)}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--use-fake-device-for-media-stream"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium's sandbox refuses root (CI)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from carelink.app import build_window, share_gl_contexts
    from carelink.services.call_invites import IncomingCall
    from carelink.speech import SilentSpeaker
    from tests.helpers import make_household

    share_gl_contexts()
    app = QApplication([argv[0]])
    household = make_household(data, demo=True)
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    household.calls.set_call_link(sarah.id, url, auto_answer=False)
    window = build_window(household, SilentSpeaker())
    window.resize(1280, 800)
    window.show()
    calling = window.calls.calling

    def until(done: Callable[[], bool], seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not done() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)

    if when == "after-not-now":
        window.calls.ring(IncomingCall(household.wall.ids()[0], sarah.name, None, False, url))
        until(lambda: calling.ready.has_page, 10)
        until(lambda: False, 1)  # its web engine starting
        window.calls.ringing.not_now_button.click()
    else:
        window.calls.ask(sarah.id)
        window.calls.confirm.call_button.click()
        until(lambda: calling.state == "in_call")
        if when == "after-hang-up":
            calling.hang_up_button.click()
        else:
            window.close()
    print(json.dumps({"screen": window.current_screen(), "state": calling.state}), flush=True)
    window.runner.wait()
    household.close()
    del window, app  # at once: no event loop turns again
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
