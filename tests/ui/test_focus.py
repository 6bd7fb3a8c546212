"""Where the keyboard focus goes as screens and steps open (what a screen reader reads first), Tab in drawing order,
and Return on a focused button. The same, through the AT-SPI bus, is in tests/accessibility."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from carelink.ui.main_window import MainWindow
from carelink.ui.widgets import BigButton


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _shown(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)


def test_screens_open_on_their_content_not_on_home(window: MainWindow, qtbot: QtBot) -> None:
    _shown(qtbot, window)
    for name in ("wall", "learn", "checkin"):
        window.open_screen(name)
        screen = window.screens[name]
        focus = _focus()
        assert focus is not None and screen.isAncestorOf(focus), name
        assert focus is not getattr(screen, "home_button", None), f"{name} opened with the focus on Home"
        window.go_home()
    window.open_screen("settings", unlocked=True)
    assert _focus() is window.settings.nav_buttons["display"]


def test_tab_reaches_every_section_in_drawing_order_and_return_presses(window: MainWindow, qtbot: QtBot) -> None:
    _shown(qtbot, window)
    window.open_screen("settings", unlocked=True)
    seen = []
    for _ in range(len(window.settings.nav_buttons)):
        focus = _focus()
        assert isinstance(focus, BigButton)
        seen.append(focus.objectName())
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert seen == [f"settings_nav_{name}" for name in window.settings.nav_buttons]
    back = _focus()
    assert back is not None
    qtbot.keyClick(back, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert _focus() is window.settings.nav_buttons["computer"]
    qtbot.keyClick(window.settings.nav_buttons["computer"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.settings.nav_buttons["computer"].isChecked())
    assert window.settings.stack.currentWidget() is window.settings.pages["computer"]


def test_the_concern_s_last_step_opens_on_send_not_back(window: MainWindow, qtbot: QtBot) -> None:
    _shown(qtbot, window)
    window.open_screen("concern")
    concern = window.concern
    qtbot.mouseClick(concern.choices.buttons["lonely"], Qt.MouseButton.LeftButton)
    assert _focus() is concern.note
    concern.words_next.setFocus()
    qtbot.keyClick(concern.words_next, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: concern.step() == "call")
    qtbot.keyClick(concern.call_back.buttons["no"], Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: concern.step() == "send")
    assert _focus() is concern.send


def test_on_a_card_the_photo_comes_before_write_a_reply(window: MainWindow, qtbot: QtBot) -> None:
    _shown(qtbot, window)
    window.open_screen("wall")
    wall = window.wall
    qtbot.waitUntil(lambda: not window.runner.busy)
    for _ in range(5):
        if wall.card.photo_buttons:
            break
        wall.next()
        qtbot.waitUntil(lambda: not window.runner.busy)
    photo = wall.card.photo_buttons[0]
    qtbot.waitUntil(photo.isVisible)
    photo.setFocus()
    steps = 0
    top = photo.mapToGlobal(photo.rect().topLeft()).y()
    while _focus() is not wall.replies.write and steps < 20:
        focus = _focus()
        assert focus is not None
        assert focus.mapToGlobal(focus.rect().topLeft()).y() >= top, f"Tab went up, to {focus.objectName()}"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        steps += 1
    assert _focus() is wall.replies.write, "Tab from the photo reaches Write a reply, drawn below it"
    qtbot.keyClick(wall.replies.write, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    seen = [_focus()]
    for _ in range(steps - 1):
        focus = _focus()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        seen.append(_focus())
    assert seen[-1] is photo, "and Shift+Tab goes back up to it the same way"


class _WindowsShown(QObject):
    """Every window (a widget with no parent) shown while it listens, other than `own`."""

    def __init__(self, own: QWidget) -> None:
        super().__init__()
        self.own, self.shown = own, list[str]()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                and watched is not self.own:
            self.shown.append(type(watched).__name__)
        return False


def test_a_screen_built_after_the_window_is_shown_never_takes_the_focus_away(window: MainWindow,
                                                                             qtbot: QtBot) -> None:
    # Screens are built the first time they are opened, when the window is on screen already: a part of one shown
    # before it had a parent would be a window of its own for a moment, and take the keyboard away from CareLink.
    _shown(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    watch = _WindowsShown(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    names = ("learn", "tutorial", "concern", "checkin", "wall", "pin", "settings")
    assert [name for name in names if window.screens.built(name) is not None] == [], "built before they were opened"
    try:
        for name in names:
            window.screens[name]
    finally:
        app.removeEventFilter(watch)
    assert watch.shown == [], "no part of a screen is ever shown as a window of its own"
    assert QApplication.activeWindow() is window
