"""With no window manager (a kiosk on a bare X server), CareLink's window keeps the keyboard when the first call
page joins it. Qt re-creates the window's native window then (a web page needs an OpenGL surface), and the old
one takes the focus with it; nothing gave it back, so Space on Hang up went nowhere. In its own Xvfb, with real
key presses (xdotool) and the pointer off the window, in a process of its own (tests/helpers/call_keys.py)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.page_server import serve_page

if importlib.util.find_spec("PySide6.QtWebEngineWidgets") is None:  # pragma: no cover
    pytest.skip("Qt WebEngine is not installed (PySide6-Addons)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
PAGE = b"<!doctype html><title>call</title><body><h1>A call page</h1></body>"


@pytest.fixture
def bare_x_server() -> Iterator[str]:
    """An X server of its own with no window manager, larger than the window (so the pointer can be off it)."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed here: run ./scripts/setup.sh --test")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()  # Xvfb picks a free display and writes its number here
        if not number:
            pytest.skip("Xvfb could not start here")
        yield f":{number}"
    finally:
        xvfb.terminate()
        try:
            xvfb.wait(10)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()


def test_space_reaches_call_and_hang_up_after_the_call_page_joins_the_window(bare_x_server: str,
                                                                             tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), DISPLAY=bare_x_server, QT_QPA_PLATFORM="xcb")
    with serve_page(PAGE) as url:
        done = subprocess.run([sys.executable, "-m", "tests.helpers.call_keys", url, str(tmp_path)], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=360, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    asked, in_call = seen["asked"], seen["in_call"]
    assert asked["screen"] == "calls-confirm" and asked["focus"] == "calls_confirm_call"
    assert asked["active"] and asked["x_focus_is_window"], "the window has the keyboard again, with Call first"
    assert in_call["state"] == "in_call", "Space pressed Call Sarah Jones"
    assert in_call["focus"] == "calling_finished" and in_call["x_focus_is_window"]
    assert seen["after"] == {"screen": "home", "state": ""}, "Space pressed Hang up"
