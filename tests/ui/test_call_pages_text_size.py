"""CareLink's own call pages (the camera check, "This is what Sarah Jones will see"; a practice call's pretend
family member) follow the household's text size like every other screen, and fit: at 100%, 150% on 1024×600 and
200% on 1280×800 their words are as tall as CareLink's own words under "Calling Sarah…" and all of them are in
sight, with the picture taking the room that is left (DESIGN's look-and-feel numbers). Measured in the page
itself, as Chromium laid it out."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
from PySide6.QtGui import QFontInfo
from pytestqt.qtbot import QtBot

from carelink.app import build_tutorial_household
from carelink.household import Household
from carelink.ui.calls.calling import CallingScreen
from carelink.ui.main_window import MainWindow
from tests.helpers import make_clock, memory_secrets
from tests.ui.conftest import WindowFactory

if TYPE_CHECKING:
    from PySide6.QtWebEngineWidgets import QWebEngineView

if importlib.util.find_spec("PySide6.QtWebEngineWidgets") is None:  # pragma: no cover
    pytest.skip("Qt WebEngine is not installed (PySide6-Addons)", allow_module_level=True)

SIZES = [(1.0, (1280, 800)), (1.5, (1024, 600)), (2.0, (1280, 800))]
WORDS_ID = {"check": "words", "practice": "name"}
MEASURE = """(function () {
  var words = document.getElementById('WORDS'), picture = document.querySelector('video, svg');
  var box = words.getBoundingClientRect(), seen = picture.getBoundingClientRect();
  return JSON.stringify({size: parseFloat(getComputedStyle(words).fontSize), top: box.top, bottom: box.bottom,
                         left: box.left, right: box.right, width: window.innerWidth, height: window.innerHeight,
                         scroll: document.scrollingElement.scrollHeight, picture: seen.height});
})()"""


def title(calling: CallingScreen) -> str:
    view = calling.web.widget if calling.web is not None else None
    return cast("QWebEngineView", view).title() if view is not None else ""


def measure(qtbot: QtBot, calling: CallingScreen, kind: str) -> dict[str, float]:
    web = calling.web
    assert web is not None
    seen: list[object] = []
    web.run_script(MEASURE.replace("WORDS", WORDS_ID[kind]), seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    return cast(dict[str, float], json.loads(cast(str, seen[0])))


def assert_follows_and_fits(calling: CallingScreen, page: dict[str, float]) -> None:
    words = calling.waiting.words  # CareLink's own words on the call window, at the household's text size
    qt_px = QFontInfo(words.font()).pixelSize()
    assert abs(page["size"] - qt_px) <= 1, f"the page's words are {page['size']} px, CareLink's {qt_px} px"
    assert page["scroll"] <= page["height"], "nothing below the fold: the page does not scroll"
    assert page["top"] >= 0 and page["bottom"] <= page["height"], "the words are all in sight"
    assert page["left"] >= 0 and page["right"] <= page["width"]
    assert page["picture"] >= 100, "the picture keeps a good share of the room"


@pytest.mark.parametrize(("scale", "size"), SIZES)
def test_the_camera_check_words_follow_the_text_size_and_fit(qtbot: QtBot, make_window: WindowFactory,
                                                             household: Household, scale: float,
                                                             size: tuple[int, int]) -> None:
    window = make_window(scale, size=size)
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    window.calls.ask(sarah.id)
    window.calls.confirm.camera_button.click()
    calling = window.calls.calling
    qtbot.waitUntil(lambda: title(calling).startswith("check:ok:"), timeout=30_000)
    page = measure(qtbot, calling, "check")
    assert_follows_and_fits(calling, page)
    if scale == 2.0:
        assert page["size"] >= 2 * 26 - 1, "200% of the body's 20 pt (26-27 px) at the least"
    calling.hang_up_button.click()
    assert window.current_screen() == "calls-confirm"


@pytest.fixture
def practice_household(tmp_path: Path) -> Household:
    return build_tutorial_household(tmp_path, "Mary", clock=make_clock(), secrets=memory_secrets(),
                                    reply_after_s=0.3)


@pytest.mark.parametrize(("scale", "size"), [SIZES[2]])
def test_a_practice_call_shows_its_name_at_the_text_size_and_fits(
        qtbot: QtBot, make_window: WindowFactory, practice_household: Household, scale: float,
        size: tuple[int, int]) -> None:
    try:
        window: MainWindow = make_window(scale, home=practice_household, size=size)
        sarah = next(c for c in practice_household.contacts.list() if c.name == "Sarah Jones")
        window.calls.ask(sarah.id)
        window.calls.confirm.call_button.click()
        calling = window.calls.calling
        qtbot.waitUntil(lambda: calling.state == "practice" and title(calling) == "practice",
                        timeout=30_000)
        assert_follows_and_fits(calling, measure(qtbot, calling, "practice"))
        calling.hang_up_button.click()
    finally:
        practice_household.close()


def test_the_camera_check_words_read_as_written_in_french(qtbot: QtBot, make_window: WindowFactory,
                                                         household: Household) -> None:
    """Words the page's script puts in ("C'est vous. Dites quelque chose…") show as written: an HTML escape inside
    the script's text showed "C&#x27;est" on screen."""
    from carelink.ui.widgets import tr

    household.settings.set("locale", "fr-FR")
    window = make_window(1.0)
    window.open_screen("settings", unlocked=True)
    window.settings.show_page("calls")
    window.settings.calls.check.click()  # the camera and the microphone: the words with an apostrophe in French
    calling = window.calls.calling
    qtbot.waitUntil(lambda: title(calling).startswith("check:ok:"), timeout=30_000)
    expected = tr("This is you. Say something: the bar moves when the microphone hears you.")
    assert expected.startswith("C'est vous"), "French is on"
    web = calling.web
    assert web is not None
    seen: list[object] = []
    web.run_script("document.getElementById('words').textContent", seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen[0] == expected
    calling.hang_up_button.click()
