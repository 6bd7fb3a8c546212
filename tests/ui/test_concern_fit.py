"""Every step of Report a concern shows everything without scrolling at 100%, 200% on a 1280×800 laptop and 150% on
a 1024×600 tablet, in both themes; and the whole flow works with the keyboard alone (Tab, Return, Enter, arrows)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.care.concern_screen import ConcernScreen
from carelink.ui.main_window import MainWindow
from tests.helpers.fit import out_of_sight
from tests.ui.conftest import WindowFactory

SIZES = [(1.0, (1280, 800)), (1.0, (1024, 600)), (2.0, (1280, 800)), (1.5, (1024, 600))]
LONG_WORDS = "I have had a bad cough since Tuesday and I feel dizzy when I stand up in the morning, and cold."


def _look(window: MainWindow, qtbot: QtBot, step: str) -> None:
    qtbot.waitUntil(lambda: window.concern.step() == step)
    qtbot.waitUntil(lambda: not window.runner.busy)
    QApplication.processEvents()
    problems = out_of_sight(window)
    assert not problems, f"{step}: {problems}"


@pytest.mark.parametrize("contrast", ["off", "on"], ids=["standard", "high-contrast"])
@pytest.mark.parametrize(("scale", "size"), SIZES, ids=[f"{round(s * 100)}%-{w}x{h}" for s, (w, h) in SIZES])
def test_every_step_fits_without_scrolling(make_window: WindowFactory, qtbot: QtBot, household: Household,
                                           scale: float, size: tuple[int, int], contrast: str) -> None:
    household.settings.set("display.high_contrast", contrast)
    window = make_window(scale, size=size)
    window.open_screen("concern")
    concern = window.concern
    _look(window, qtbot, "choose")
    concern.choices.buttons["home"].click()  # the longest words
    _look(window, qtbot, "words")
    concern.note.setPlainText(LONG_WORDS)
    concern.words_next.click()
    _look(window, qtbot, "call")
    concern.call_back.buttons["yes"].click()
    _look(window, qtbot, "send")
    concern.send.click()
    _look(window, qtbot, "sent")


@pytest.mark.parametrize(("scale", "size"), SIZES[2:], ids=["200%-1280x800", "150%-1024x600"])
def test_with_nobody_to_tell_the_message_fits(make_window: WindowFactory, qtbot: QtBot,
                                              empty_household: Household, scale: float,
                                              size: tuple[int, int]) -> None:
    window = make_window(scale, home=empty_household, size=size)
    window.open_screen("concern")
    _look(window, qtbot, "nobody")


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _tab_to(qtbot: QtBot, window: MainWindow, target: QWidget) -> None:
    for _ in range(20):
        if _focus() is target:
            return
        focused = _focus()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def test_the_whole_flow_with_the_keyboard_alone(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    window.home.tiles["concern"].setFocus()
    qtbot.keyClick(window.home.tiles["concern"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen() == "concern")
    concern = window.concern
    assert isinstance(concern, ConcernScreen) and concern.step() == "choose"
    first = concern.choices.buttons["unwell"]
    assert _focus() is first  # the screen opens on its first choice, not on Home
    qtbot.keyClick(first, Qt.Key.Key_Right)  # arrows move between the pictured choices
    assert _focus() is concern.choices.buttons["lonely"]
    qtbot.keyClick(concern.choices.buttons["lonely"], Qt.Key.Key_Left)
    assert _focus() is first
    qtbot.keyClick(first, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: concern.step() == "words")
    assert _focus() is concern.note
    qtbot.keyClicks(concern.note, "I feel dizzy")
    qtbot.keyClick(concern.note, Qt.Key.Key_Space)  # a space in the box types a space, pressing nothing
    assert concern.step() == "words" and concern.note.toPlainText() == "I feel dizzy "
    _tab_to(qtbot, window, concern.words_next)
    qtbot.keyClick(concern.words_next, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: concern.step() == "call")
    yes, no = concern.call_back.buttons["yes"], concern.call_back.buttons["no"]
    assert _focus() is yes
    qtbot.keyClick(yes, Qt.Key.Key_Right)  # an arrow only moves: nothing is chosen by it
    assert _focus() is no and concern.step() == "call" and concern.call_back.value() == ""
    qtbot.keyClick(no, Qt.Key.Key_Left)
    qtbot.keyClick(yes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: concern.step() == "send")
    assert _focus() is concern.send
    _tab_to(qtbot, window, concern.send_back)
    qtbot.keyClick(concern.send_back, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: concern.step() == "call")
    assert concern.call_back.value() == "yes"
    qtbot.keyClick(_focus() or yes, Qt.Key.Key_Right)
    assert concern.step() == "call" and concern.call_back.value() == "yes"  # arrows never change the answer
    _tab_to(qtbot, window, yes)
    qtbot.keyClick(yes, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: concern.step() == "send")
    qtbot.keyClick(concern.send, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: concern.step() == "sent")
    qtbot.waitUntil(lambda: concern.progress.text() == "Sent to Jane Wilson at 09:14 ✓")
    stored = household.concerns.latest()
    assert stored is not None and (stored.category, stored.note, stored.call_back) == ("unwell", "I feel dizzy", True)
    assert _focus() is concern.done
    qtbot.keyClick(concern.done, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen() == "home")
