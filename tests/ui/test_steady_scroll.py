"""The scroll area every screen uses (`carelink.ui.access.SteadyScrollArea`): its own bar, shown only when needed.

A page can need the bar at one width and not at the other (a layout that picks fewer columns or puts a photo
beside the words when it has room): showing the bar narrows the page, which then fits, which hides the bar, which
widens the page... The area must settle (with the bar, so every part can still be reached) instead of flipping
for ever (a stack overflow: the window died)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from carelink.ui.access import SteadyScrollArea

ROOM = 300


class PageTallerWhenWide(QWidget):
    """A page that is 2×ROOM tall at full width and short once anything takes room from its side."""

    def __init__(self, full_width: int) -> None:
        super().__init__()
        self.full_width = full_width
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)  # what the scroll area asks before it asks heightForWidth
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return 2 * ROOM if width >= self.full_width else ROOM // 2

    def sizeHint(self) -> QSize:
        return QSize(100, ROOM // 2)


def _shown_area(qtbot: QtBot) -> SteadyScrollArea:
    area = SteadyScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    area.resize(400, ROOM)
    area.show()
    qtbot.waitExposed(area)
    return area


def test_a_page_that_fits_only_beside_the_bar_settles_with_the_bar(qtbot: QtBot) -> None:
    area = _shown_area(qtbot)
    page = PageTallerWhenWide(area.viewport().width())
    area.setWidget(page)
    qtbot.wait(200)  # let every layout request run: a flip-flop would never end (or overflow the stack)
    assert area.bar.isVisibleTo(area), "the bar stays, so the page's every part can be reached"


def test_a_page_that_needs_no_room_shows_no_bar_and_a_long_one_shows_it(qtbot: QtBot) -> None:
    area = _shown_area(qtbot)
    page = QWidget()
    page.setMinimumHeight(ROOM // 3)
    area.setWidget(page)
    qtbot.waitUntil(lambda: not area.bar.isVisibleTo(area))
    page.setMinimumHeight(3 * ROOM)
    qtbot.waitUntil(lambda: area.bar.isVisibleTo(area))
    page.setMinimumHeight(ROOM // 3)
    qtbot.waitUntil(lambda: not area.bar.isVisibleTo(area))
