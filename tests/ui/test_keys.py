"""The keyboard as a person uses it, through the window (key events go in at the window, as the windowing system
sends them, so shortcuts and focus are all in play): Space in a text box types a space and presses nothing;
Return and Enter press the focused button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.pages import PersonPage


def _type(window: MainWindow, text: str) -> None:
    handle = window.windowHandle()
    assert handle is not None
    for char in text:  # lower case: a test of the space, not of the shift key
        key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
        QTest.keyClick(handle, key)


def _press(window: MainWindow, key: Qt.Key) -> None:
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, key)


def test_space_in_the_reply_box_types_a_space_and_sends_nothing(qtbot: QtBot, window: MainWindow,
                                                                  household: Household) -> None:
    window.activateWindow()
    window.open_screen("wall")
    wall = window.wall
    qtbot.waitUntil(lambda: wall.current_card() is not None and not window.runner.busy)
    qtbot.mouseClick(wall.replies.write, Qt.MouseButton.LeftButton)
    box = wall.reply_panel.box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    _type(window, "see you soon")
    assert box.toPlainText() == "see you soon"
    _press(window, Qt.Key.Key_Return)  # a new line in the box, never Send
    assert isinstance(box, QPlainTextEdit) and box.toPlainText() == "see you soon\n"
    assert household.outbox.list() == [] and wall.pages.currentWidget() is wall.reply_panel


def test_space_in_a_settings_field_types_a_space(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.open_screen("settings", unlocked=True)
    page = window.settings.pages["person"]
    assert isinstance(page, PersonPage)
    window.settings.show_page("person")
    field = page.name
    assert isinstance(field, QLineEdit)
    field.clear()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    _type(window, "mary ann")
    assert field.text() == "mary ann"


def test_return_and_enter_press_the_focused_button(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    tile = window.home.tiles["calls"]
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tile)
    _press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen() == "calls")
    window.go_home()
    tile = window.home.tiles["learn"]
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tile)
    _press(window, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.current_screen() == "learn")
