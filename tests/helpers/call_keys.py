"""CareLink's window on a bare X server (no window manager), driven by real key presses (xdotool) with the mouse
pointer off the window, so that a key reaches CareLink only if its window has the keyboard focus: "Call Sarah?"
→ Space on Call Sarah → the call page joins the window (Qt re-creates its native window for it) → Space on
Hang up.

Usage: DISPLAY=:N QT_QPA_PLATFORM=xcb python -m tests.helpers.call_keys CALL_URL DATA_DIR (prints what it saw,
as JSON)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers.call_process import call_window, until


def xdotool(*args: str) -> str:
    """xdotool's answer, with the event loop turning meanwhile (CareLink must be able to answer the X server)."""
    process = subprocess.Popen(["xdotool", *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    until(lambda: process.poll() is not None, 20)
    out, _ = process.communicate(timeout=5)
    return out.strip()


def main(argv: list[str]) -> int:
    url, data = argv[1], Path(argv[2])
    _app, household, window, sarah_id = call_window(url, data, "--use-fake-device-for-media-stream", argv[0])
    from PySide6.QtWidgets import QApplication

    def focus() -> str:
        widget = QApplication.focusWidget()
        return widget.objectName() if widget is not None else ""

    seen: dict[str, object] = {}
    window.move(0, 0)
    window.activateWindow()
    until(lambda: window.isActiveWindow() and window.painted, 60)
    xdotool("mousemove", "1590", "990")  # off the window: keys go where the focus is, never under the pointer
    window.calls.ask(sarah_id)  # its call page is made now, ready (and Qt re-creates the window for it)
    calling = window.calls.calling
    until(lambda: calling.ready.has_page and window.isActiveWindow(), 60)
    until(lambda: False, 0.5)
    seen["asked"] = {"screen": window.current_screen(), "focus": focus(), "active": window.isActiveWindow(),
                     "x_focus_is_window": xdotool("getwindowfocus") == str(int(window.winId()))}
    xdotool("key", "space")  # Call Sarah Jones
    until(lambda: calling.state == "in_call", 60)
    until(lambda: False, 0.5)
    seen["in_call"] = {"state": calling.state, "focus": focus(), "active": window.isActiveWindow(),
                       "x_focus_is_window": xdotool("getwindowfocus") == str(int(window.winId()))}
    xdotool("key", "space")  # Hang up
    until(lambda: window.current_screen() == "home", 30)
    seen["after"] = {"screen": window.current_screen(), "state": calling.state}
    if calling.state:
        calling.hang_up_button.click()  # (so that the page is gone before the application ends)
    print(json.dumps(seen), flush=True)
    window.runner.wait()
    household.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
