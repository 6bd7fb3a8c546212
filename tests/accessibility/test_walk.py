"""The rest of CareLink as a screen reader meets it, through the AT-SPI bus from a real window: what it hears
without a tap (announcements), the window's name following the screen, a practice lesson (its overlay, a call
ringing, the call window and Hang up) at 200% text, and first-run setup. Every showing control has a name and a
button's role, is at least 64 px, and the focus is on content, never on the way back."""

from __future__ import annotations

from typing import Any

import pytest

from tests.accessibility.conftest import Desktop
from tests.accessibility.test_crash_probe import UNLOCK
from tests.accessibility.test_roles import BUTTON_ROLES

WAY_BACK = ("Home", "Close settings", "Back", "Stop practising")


def _controls(dump: dict[str, Any]) -> list[dict[str, Any]]:
    return [node for node in dump["nodes"] if node["role"] in BUTTON_ROLES]


def _check_controls(label: str, dump: dict[str, Any]) -> None:
    controls = _controls(dump)
    assert controls, f"nothing to press on {label}"
    for node in controls:
        assert node["name"], f"a {node['role']} with no name on {label}"
        assert node["role"] != "check box" or "checkable" in node["states"], node
        assert min(node["width"], node["height"]) >= 64, f"{node['name']!r} on {label} is " \
                                                         f"{node['width']}×{node['height']}"


def _names(dump: dict[str, Any]) -> list[str]:
    return [node["name"] for node in dump["nodes"]]


@pytest.mark.slow
def test_a_lesson_at_200_percent_rings_answers_and_hangs_up_with_everything_announced(desktop: Desktop) -> None:
    result = desktop.read([
        *UNLOCK, {"click": "200%"}, {"click": "Close settings"}, {"find": "Messages*"}, {"dump": "home 200%"},
        {"click": "Messages*"}, {"find": "Read aloud"}, {"dump": "wall"},
        {"click": "Read aloud"}, {"hear": "Reading aloud", "within": 5},
        {"key": "Escape"}, {"click": "Learn"},
        {"click": "Answering*"}, {"find": "Show me again"}, {"dump": "lesson"},
        {"hear": "Tom", "within": 20}, {"find": "Answer*"}, {"dump": "ringing"},
        {"click": "Answer*"}, {"find": "Hang up"}, {"dump": "call"},
        {"click": "Next"}, {"click": "Hang up"}, {"find": "Messages*"}, {"dump": "after the call"},
    ], timeout=170)
    dumps, heard = result["dumps"], result["heard"]

    assert dumps["home 200%"]["window"] == "CareLink — Home"
    assert dumps["wall"]["window"].startswith("CareLink — Messages, 1 of "), dumps["wall"]["window"]
    assert "Tom Jones is calling" in heard, heard
    assert "Reading aloud" in heard
    assert not [words for words in heard if words.startswith("Sent")], "nothing was sent, so nothing is said to be"

    ringing = dumps["ringing"]
    assert ringing["window"] == "CareLink — A call for you"
    assert "Tom Jones is calling you" in _names(ringing)
    assert ringing["focus"] is not None and ringing["focus"]["name"] == "Answer Tom Jones's call"
    call = dumps["call"]
    [hang_up] = [node for node in _controls(call) if node["name"] == "Hang up"]
    assert hang_up["role"] == "push button"
    assert call["window"] == "CareLink — Video call"
    # The step after Answer is read, then Next (Hang up waits for its own step): the keyboard is on Next. (With
    # no window manager, the window once lost the keyboard as the call page joined it, and nothing had it.)
    assert call["focus"] is not None and call["focus"]["name"] == "Next", call["focus"]
    assert "CareLink — Video call" not in [node["name"] for node in dumps["after the call"]["nodes"]
                                           if node["role"] == "frame"], "hanging up leaves the call"
    for label in ("home 200%", "wall", "lesson", "ringing", "call", "after the call"):
        _check_controls(label, dumps[label])
        focus = dumps[label]["focus"]
        assert focus is not None, f"nothing has the focus on {label}"
        assert focus["name"] not in WAY_BACK, f"{label} opened with the focus on {focus['name']!r}"
    lesson = _names(dumps["lesson"])
    assert "Show me again" in lesson and "Stop practising" in lesson, "the lesson's own buttons are read"


@pytest.mark.slow
def test_a_reply_in_a_lesson_is_announced_sent_and_the_answer_arriving(desktop: Desktop) -> None:
    result = desktop.read([
        {"click": "Learn"}, {"click": "Replying to a message"}, {"find": "Show me again"},
        {"click": "Messages*"}, {"click": "Reply “Lovely!”"},
        {"hear": "Sent to Sarah", "within": 10}, {"hear": "A new message from Sarah", "within": 20},
        {"dump": "answered"},
    ])
    heard = result["heard"]
    assert heard.index("Sent to Sarah Jones") < heard.index("A new message from Sarah Jones"), heard
    _check_controls("answered", result["dumps"]["answered"])


@pytest.mark.slow
def test_first_run_names_its_steps_and_opens_on_the_first_question(fresh_desktop: Desktop) -> None:
    dumps = fresh_desktop.read([{"find": "Next"}, {"activate": True}, {"dump": "step 1"}])["dumps"]
    first = dumps["step 1"]
    assert first["window"] == "CareLink — Setting up, step 1 of 9"
    assert first["focus"] is not None and first["focus"]["role"] == "text", first["focus"]
    assert first["focus"]["name"] == "What is their first name?"
    _check_controls("step 1", first)
