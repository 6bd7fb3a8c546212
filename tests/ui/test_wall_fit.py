"""The wall on a small screen at large text (150% on 1024×600): a long message's words scroll inside the card with
big ▲ and ▼ (the buttons never move), the photo sits beside the words, and the replies wait behind Reply on a page
of their own, reached and left with the mouse or the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow
from carelink.ui.wall.arrangement import COMPACT, FULL
from carelink.ui.wall.wall_screen import WallScreen
from tests.helpers import FIXED_NOW
from tests.helpers.fit import out_of_sight
from tests.ui.conftest import WindowFactory
from tests.ui.test_wall import click, open_wall, shown


def small_wall(qtbot: QtBot, make_window: WindowFactory) -> tuple[MainWindow, WallScreen]:
    window = make_window(1.5, size=(1024, 600))
    wall = open_wall(qtbot, window)
    qtbot.waitUntil(lambda: wall.cards_page.arrangement == COMPACT)
    return window, wall


def test_long_words_scroll_with_big_arrows_and_nothing_else_moves(qtbot: QtBot, make_window: WindowFactory,
                                                                   household: Household) -> None:
    tom = household.contacts.find_by_email("tom@example.org")
    assert tom is not None
    household.wall.add(tom.id, tom.email, "We had a wonderful week by the sea, Mum. " * 40, FIXED_NOW)
    window, wall = small_wall(qtbot, make_window)
    words = wall.card.words
    qtbot.waitUntil(lambda: words.down.isVisible())
    bar = wall.card.scroller.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    where = wall.next_button.mapTo(window, wall.next_button.rect().topLeft())
    click(qtbot, words.down)
    assert bar.value() > 0, "▼ shows more of the words"
    click(qtbot, words.down)
    click(qtbot, words.up)
    click(qtbot, words.up)
    assert bar.value() == 0, "▲ goes back to the start"
    assert wall.next_button.mapTo(window, wall.next_button.rect().topLeft()) == where
    assert not out_of_sight(window)
    assert min(words.up.width(), words.up.height(), words.down.width(), words.down.height()) >= 64


def test_a_short_message_has_no_arrows(qtbot: QtBot, make_window: WindowFactory) -> None:
    _window, wall = small_wall(qtbot, make_window)
    assert not wall.card.words.up.isVisible() and not wall.card.words.down.isVisible()


def test_the_photo_sits_beside_the_words_when_the_card_is_short(qtbot: QtBot, make_window: WindowFactory) -> None:
    window, wall = small_wall(qtbot, make_window)
    click(qtbot, wall.next_button)
    shown(qtbot, wall, "2 of 12")
    [photo] = wall.card.photo_buttons
    assert wall.card.body.beside
    assert photo.height() >= 100, "shrunk to the room, never to a thumbnail"
    assert not out_of_sight(window)


def test_the_replies_wait_behind_reply_on_a_small_screen(qtbot: QtBot, make_window: WindowFactory) -> None:
    window, wall = small_wall(qtbot, make_window)
    assert not wall.replies.isVisible()
    reply = wall.nav.reply_button
    reply.setFocus()
    qtbot.keyClick(reply, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wall.replies.isVisible())
    assert wall.chooser.heading.text() == "Your reply to Sarah Jones:"
    assert QApplication.focusWidget() is wall.replies.buttons[0], "the focus on the first reply"
    assert not out_of_sight(window)
    qtbot.keyClick(wall.replies.buttons[0], Qt.Key.Key_Escape)
    assert not wall.replies.isVisible() and QApplication.focusWidget() is reply, "Escape goes back to the card"
    click(qtbot, reply)
    click(qtbot, wall.replies.buttons[0])  # "Thank you!": sent at once, back on the card
    qtbot.waitUntil(lambda: wall.status.text() != "" and wall.status.text() != "Sending…")
    assert wall.pages.currentWidget() is wall.cards_page
    assert wall.status.text() == "Sent ✓"


def test_on_a_laptop_at_the_usual_size_the_replies_are_under_the_card(qtbot: QtBot, window: MainWindow) -> None:
    wall = open_wall(qtbot, window)
    assert wall.cards_page.arrangement == FULL
    assert wall.replies.isVisible() and not wall.nav.reply_button.isVisible()
