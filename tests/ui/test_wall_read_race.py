"""A card already read never shows "— New" again: the read mark is saved on a worker, and a copy of the card loaded
before that mark was saved (the card loaded again on the way back to it) came back unread and was shown as new
(seen once under load in a lesson: Previous showed "— New" on Sarah's message, read a moment before). Here the mark
is held back on purpose until the person has gone on two cards and come back."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow
from carelink.ui.wall.wall_screen import KEEP_LOADED
from tests.ui.test_wall import shown


def test_a_card_read_a_moment_ago_is_not_new_when_the_person_comes_back_to_it(
        qtbot: QtBot, window: MainWindow, household: Household) -> None:
    wall_service = household.wall
    first = wall_service.ids()[0]
    assert not wall_service.get(first).read
    real_mark = wall_service.mark_read
    saving = threading.Event()

    def slow_mark(message_id: int) -> None:
        if message_id == first:
            saving.wait(timeout=120)  # a busy disk: the first card's mark is saved only when the test says so
        real_mark(message_id)

    wall_service.mark_read = slow_mark  # type: ignore[method-assign]
    try:
        window.open_screen("wall")
        wall = window.wall
        shown(qtbot, wall, "1 of 12")
        assert wall.card.when.accessibleName().endswith("— New") and not wall.card.new_mark.isHidden()
        for position in range(2, KEEP_LOADED + 3):  # far enough on that the first card is let go
            qtbot.mouseClick(wall.next_button, Qt.MouseButton.LeftButton)
            shown(qtbot, wall, f"{position} of 12")
        assert first not in wall._cards
        for position in range(KEEP_LOADED + 1, 0, -1):
            qtbot.mouseClick(wall.previous_button, Qt.MouseButton.LeftButton)
            shown(qtbot, wall, f"{position} of 12")
        assert wall.current_id() == first
        assert not wall_service.get(first).read, "(the mark is still being saved)"
        assert not wall.card.when.accessibleName().endswith("— New"), wall.card.when.accessibleName()
        assert wall.card.new_mark.isHidden(), "the New mark beside the day"
    finally:
        saving.set()
        wall_service.mark_read = real_mark  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: wall_service.get(first).read, timeout=20_000)
