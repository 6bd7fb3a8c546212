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
import sys
from pathlib import Path

from carelink.services.call_invites import IncomingCall
from tests.helpers.call_process import call_window, until

WHEN = ("after-hang-up", "after-not-now", "window-closed")


def main(argv: list[str]) -> int:
    url, data, when = argv[1], Path(argv[2]), argv[3]
    if when not in WHEN:
        print(f"usage: call_then_exit CALL_URL DATA_DIR {'|'.join(WHEN)}", file=sys.stderr)
        return 2
    app, household, window, sarah_id = call_window(url, data, "--use-fake-device-for-media-stream", argv[0])
    calling = window.calls.calling
    if when == "after-not-now":
        window.calls.ring(IncomingCall(household.wall.ids()[0], "Sarah Jones", None, False, url))
        until(lambda: calling.ready.has_page, 10)
        until(lambda: False, 1)  # its web engine starting
        window.calls.ringing.not_now_button.click()
    else:
        window.calls.ask(sarah_id)
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
