"""A call whose camera another program has, in a process of its own (Chromium's flags are read once per
process): Chromium's fake camera plays a video file whose first frame is cut short, so starting the camera fails
the way a camera in use fails on Linux (getUserMedia says NotReadableError, "Could not start video source").

Usage: python -m tests.helpers.busy_camera CALL_URL DATA_DIR  (prints what the call window showed, as JSON)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tests.helpers.call_process import call_window, until

# A valid YUV4MPEG2 header, then a frame with two bytes where 460,800 belong.
BROKEN_VIDEO = b"YUV4MPEG2 W640 H480 F30:1 Ip A1:1 C420jpeg\nFRAME\nxx"


def main(argv: list[str]) -> int:
    url, data = argv[1], Path(argv[2])
    video = data / "busy-camera.y4m"
    data.mkdir(parents=True, exist_ok=True)
    video.write_bytes(BROKEN_VIDEO)
    flags = f"--use-fake-device-for-media-stream --use-file-for-fake-video-capture={video}"
    app, household, window, sarah_id = call_window(url, data, flags, argv[0])
    calling = window.calls.calling

    # Chromium's fake camera fails on a broken file most times, not every time (on a busy machine it may start):
    # a call that starts after all is hung up and made again, as a person would, until the camera fails.
    for _attempt in range(4):
        window.calls.call(sarah_id)
        until(lambda: calling.state == "failed", 25)
        if calling.state == "failed":
            break
        calling.hang_up_button.click()
        until(lambda: window.current_screen() == "home" and calling.web is None, 10)
    seen = {"state": calling.state, "headline": calling.failed.headline.text(),
            "words": calling.failed.words.text(), "try_again": calling.failed.try_again.isVisible(),
            "home": calling.failed.home.isVisible(), "page_gone": calling.web is None,
            "hang_up": calling.hang_up_button.isVisible()}
    calling.failed.try_again.click()
    until(lambda: calling.state not in ("failed", "getting_ready"), 10)
    seen["retried"] = calling.state  # the page was made again and opened: the camera is really tried again
    until(lambda: calling.state == "failed", 20)
    seen["again"] = calling.state
    calling.failed.home.click()
    seen["screen"] = window.current_screen()
    print(json.dumps(seen), flush=True)
    window.close()
    window.runner.wait()
    window.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.monotonic() + 1  # the pages, then their profiles, are deleted (a profile outlives its pages)
    while time.monotonic() < end:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        time.sleep(0.01)
    household.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
