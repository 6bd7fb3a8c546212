"""The wall's order for the wall screen, read a page at a time through the background runner (never the whole
table: a wall of 100,000 messages opens as quickly as one of 100), and mail that arrives while it is open."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from carelink.services.wall import WallService
from carelink.services.wall_order import WallKey, WallOrder, WallPage
from carelink.ui.runner import BackgroundRunner

log = logging.getLogger(__name__)
READ_AHEAD = 40  # the next page is read when the card on show is this close to the end of what is read


class WallOrderReader:
    """Holds one visit's WallOrder. `opened()` is called when the first page is in, `grown()` when a later page
    added to the order, `arrived(count)` when new mail was put in front."""

    def __init__(self, wall: WallService, runner: BackgroundRunner, owner: QObject, opened: Callable[[], None],
                 grown: Callable[[], None], arrived: Callable[[int], None]) -> None:
        self._wall, self._runner, self._owner = wall, runner, owner
        self._opened, self._grown, self._arrived = opened, grown, arrived
        self.order = WallOrder()
        self._visit = 0
        self._reading: WallKey | None = None

    def open(self) -> None:
        """A new visit: the first page afresh (answers from an earlier visit are dropped)."""
        self._visit += 1
        self._reading = None
        visit = self._visit
        self._runner.run_task(self._wall.page, lambda page: self._first(visit, page), owner=self._owner)

    def _first(self, visit: int, page: WallPage) -> None:
        if visit == self._visit:
            self.order.start(page)
            self._opened()

    def read_ahead(self, index: int) -> None:
        """Read the next page if the card at `index` is near the end of what is read (once at a time)."""
        after = self.order.wanted(index, READ_AHEAD)
        if after is None or self._reading is not None:
            return
        self._reading = after
        wall, visit = self._wall, self._visit
        self._runner.run_task(lambda: wall.page(after), lambda page: self._more(visit, after, page),
                              lambda error: self._failed(visit, error), owner=self._owner)

    def _more(self, visit: int, after: WallKey, page: WallPage) -> None:
        if visit != self._visit:
            return
        self._reading = None
        self.order.add_page(after, page)
        self._grown()

    def _failed(self, visit: int, error: BaseException) -> None:
        log.error("could not read more of the wall", exc_info=error)
        if visit == self._visit:
            self._reading = None  # the next press of Next tries again

    def look_for_new(self) -> None:
        """The wall changed: put mail stored since the visit began in front."""
        newest, wall, visit = self.order.newest_id, self._wall, self._visit
        self._runner.run_task(lambda: wall.arrived_since(newest), lambda page: self._new(visit, page),
                              owner=self._owner)

    def _new(self, visit: int, page: WallPage) -> None:
        if visit == self._visit:
            self._arrived(self.order.merge(page))
