"""Report a concern by keyboard alone: forward, Back, forward again. Each step opens on its content (the chosen
answer, else the first; on the last step, Send), never on Back, so Space never goes back twice, and Back always stays
inside the flow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from carelink.ui.care.concern_screen import ConcernScreen
from carelink.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

MOST_TABS = 20  # more than a step has controls


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None, "the keyboard focus went nowhere"
    return focus


def _space(qtbot: QtBot) -> None:
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)


def _tab_to(qtbot: QtBot, target: QWidget) -> None:
    for _ in range(MOST_TABS):
        if _focus() is target:
            return
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is target, f"Tab never reached {target.objectName()}"


def _back_from(qtbot: QtBot, window: MainWindow, back: QWidget, to: str) -> None:
    _tab_to(qtbot, back)
    _space(qtbot)
    assert window.current_screen() == "concern", "Back left the concern"
    assert window.concern.step() == to


def _choice_to_answers(qtbot: QtBot, concern: ConcernScreen, answer: str) -> None:
    """Space on the focused choice, then on to the answers: the words step opens in its box, the next on `answer`."""
    _space(qtbot)
    assert concern.step() == "words" and _focus() is concern.note
    _tab_to(qtbot, concern.words_next)
    _space(qtbot)
    assert concern.step() == "call" and _focus() is concern.call_back.buttons[answer]


def _forward_back_forward(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.open_screen("concern")
    concern: ConcernScreen = window.concern
    assert _focus() is concern.choices.buttons["unwell"], "step 1 opens on the first choice"
    _choice_to_answers(qtbot, concern, "yes")
    qtbot.keyClick(_focus(), Qt.Key.Key_Right)  # the arrow moves to "No" and chooses nothing
    assert _focus() is concern.call_back.buttons["no"] and concern.step() == "call"
    _space(qtbot)
    assert concern.step() == "send" and _focus() is concern.send, "the last step opens on Send"

    _back_from(qtbot, window, concern.send_back, "call")
    assert _focus() is concern.call_back.buttons["no"], "back at the answers: on the one chosen, not on Back"
    _space(qtbot)  # forward again by the same key
    assert concern.step() == "send" and _focus() is concern.send, "forward again: on Send, not on Back"

    _back_from(qtbot, window, concern.send_back, "call")
    _back_from(qtbot, window, concern.call_back_side, "words")
    assert _focus() is concern.note, "back at the words: in the box, not on Back"
    _back_from(qtbot, window, concern.words_back, "choose")
    assert _focus() is concern.choices.buttons["unwell"], "back at the choices: on the one chosen"
    _choice_to_answers(qtbot, concern, "no")
    _space(qtbot)
    assert concern.step() == "send" and _focus() is concern.send
    assert concern.category == "unwell" and not concern.wants_call_back()
    _space(qtbot)  # Send; a second press while it is being stored must not fall through to Home
    _space(qtbot)
    assert window.current_screen() == "concern"
    qtbot.waitUntil(lambda: concern.step() == "sent", timeout=20_000)
    assert _focus() is concern.done
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)  # its sending ends before the test does


def test_forward_back_and_forward_again_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    _forward_back_forward(qtbot, window)


@pytest.mark.parametrize(("scale", "size"), [(2.0, (1280, 800)), (1.5, (1024, 600))])
def test_the_same_at_large_text_and_on_a_small_screen(make_window: WindowFactory, qtbot: QtBot, scale: float,
                                                      size: tuple[int, int]) -> None:
    _forward_back_forward(qtbot, make_window(scale, size=size))
