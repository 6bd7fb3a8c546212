"""Where the focus lands as each screen opens (what a screen reader reads first), what photos and ticks are called,
and Return on a focused button, read through the AT-SPI bus from a real window."""

from __future__ import annotations

import subprocess
import time
from typing import Any

import pytest

from tests.accessibility.conftest import Desktop
from tests.accessibility.test_crash_probe import UNLOCK

HOME_BUTTONS = ("Home", "Close settings")


def _names(dump: dict[str, Any], role: str) -> list[str]:
    return [node["name"] for node in dump["nodes"] if node["role"] == role]


@pytest.mark.slow
def test_screens_open_on_their_content_and_photos_have_names(desktop: Desktop) -> None:
    dumps = desktop.read([
        {"dump": "home"},
        {"click": "Messages*"}, {"wait": 1}, {"dump": "wall"},
        {"key": "Escape"}, {"click": "Learn"}, {"dump": "learn"},
        {"key": "Escape"}, *UNLOCK, {"wait": 1}, {"dump": "settings"},
        {"key": "Tab"}, {"key": "Return"}, {"dump": "after return"},
    ])["dumps"]

    assert dumps["home"]["window"].count("CareLink") == 1, dumps["home"]["window"]
    for screen in ("wall", "learn", "settings"):
        focus = dumps[screen]["focus"]
        assert focus is not None, f"nothing has the focus on {screen}"
        assert focus["name"] not in HOME_BUTTONS, f"{screen} opened with the focus on the way back"
    assert dumps["settings"]["focus"]["name"] == "Text and colours"

    photos = _names(dumps["wall"], "image")
    assert any(name.startswith("Photo of ") for name in photos), photos
    assert not [name for name in _names(dumps["wall"], "filler") if name.startswith("Photo of ")]

    # Tab goes to the next section in drawing order, and Return presses it.
    after = dumps["after return"]
    assert after["focus"]["name"] == "Reading aloud", after["focus"]
    assert "checked" in after["focus"]["states"]
    for dump in dumps.values():
        assert not [node["name"] for node in dump["nodes"] if "✓" in node["name"]]
        unnamed = [node["parent_name"] for node in dump["nodes"] if node["role"] == "image" and not node["name"]]
        assert not unnamed, f"decorative pictures read out as unnamed images, in {unnamed}"


def _xdotool(desktop: Desktop, *words: str) -> str:
    done = subprocess.run(["xdotool", *words], env=desktop.env, capture_output=True, text=True, timeout=60)
    return done.stdout.strip()


@pytest.mark.slow
def test_the_keyboard_reaches_the_window_at_once_with_no_window_manager(desktop: Desktop) -> None:
    """A kiosk or a tablet started straight into CareLink has no window manager to give the new window the
    keyboard: CareLink takes it itself, so Tab and Return work before anyone touches the screen."""
    windows = _xdotool(desktop, "search", "--sync", "--name", "CareLink").split()
    assert windows, "CareLink's window never showed"
    focused = ""
    for _ in range(60):  # the window takes the keyboard as it is shown; a busy machine may be seconds late
        focused = _xdotool(desktop, "getwindowfocus")
        if focused in windows:
            break
        time.sleep(0.5)
    assert focused in windows, f"the keyboard went to window {focused}, not to CareLink's {windows}"
