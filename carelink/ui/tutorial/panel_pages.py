"""The facilitator's panel a page at a time, never scrolling (DESIGN.md §6): the lessons and the learners' lines each
as many to a page as fit, with big ◀ and ▶ either side of them for the other pages (beside, not below: a row
below would take the height a small screen does not have)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLayout, QSizePolicy, QWidget

from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, tr


class Arrows:
    """◀ and ▶ either side of `inside` (in `row`), for the pages before and after the one on show. Both take their
    room while there is more than one page (so nothing moves as one of them goes), and none when there is one."""

    def __init__(self, inside: QLayout | QWidget, before: str, after: str, names: tuple[str, str]) -> None:
        self.row = QHBoxLayout()
        self.row.setSpacing(GAP_PX)
        self.previous, self.next = BigButton("◀"), BigButton("▶")
        for button, words, name in ((self.previous, before, names[0]), (self.next, after, names[1])):
            button.setAccessibleName(words)
            button.setToolTip(words)
            button.setObjectName(name)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.row.addWidget(self.previous)
        if isinstance(inside, QWidget):
            self.row.addWidget(inside, 1)
        else:
            self.row.addLayout(inside, 1)
        self.row.addWidget(self.next)

    def show(self, page: int, pages: int) -> None:
        for button in (self.previous, self.next):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(pages > 1)
            button.setSizePolicy(policy)
            button.setAccessibleDescription(tr("Page {page} of {pages}").format(page=page + 1, pages=pages))
        self.previous.setVisible(page > 0)
        self.next.setVisible(page < pages - 1)


class PagedGrid:
    """`items` in `grid`, `columns` to a row and `per_page` to a page, with `arrows` for the others."""

    def __init__(self, grid: QGridLayout, items: Sequence[QWidget], arrows: Arrows) -> None:
        self.grid, self.items, self.arrows = grid, list(items), arrows
        self.columns, self.per_page, self.page = 1, max(1, len(self.items)), 0
        arrows.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        arrows.next.clicked.connect(lambda: self.show_page(self.page + 1))

    def pages(self) -> int:
        return max(1, -(-len(self.items) // self.per_page))

    def sizes(self, columns: int) -> list[int]:
        """To a page in `columns` columns, the most first: all of them, then fewer, a row at a time."""
        total = len(self.items)
        below = total - (total % columns or columns)  # the most full rows that are fewer than all of them
        return [max(1, total), *range(below, 0, -columns)]

    def shape(self, columns: int, per_page: int) -> None:
        self.columns, self.per_page = max(1, columns), max(1, per_page)
        for column in range(max(self.grid.columnCount(), self.columns)):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)
        self.show_page(self.page)

    def show_page(self, page: int) -> None:
        self.page = max(0, min(page, self.pages() - 1))
        first = self.page * self.per_page
        for index, item in enumerate(self.items):
            self.grid.removeWidget(item)
            shown = first <= index < first + self.per_page
            if shown:
                place = index - first
                self.grid.addWidget(item, place // self.columns, place % self.columns)
            item.setVisible(shown)
        self.arrows.show(self.page, self.pages())

    def show_item(self, item: QWidget) -> None:
        """The page with `item` on it."""
        if item in self.items:
            self.show_page(self.items.index(item) // self.per_page)


class PagedLines:
    """Lines of words in one label, `per_page` of them at a time, with `arrows` for the others."""

    def __init__(self, words: QLabel, arrows: Arrows, empty: Callable[[], str]) -> None:
        self.words, self.arrows, self._empty = words, arrows, empty
        self.lines: list[str] = []
        self.per_page, self.page = 1, 0
        arrows.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        arrows.next.clicked.connect(lambda: self.show_page(self.page + 1))

    def pages(self) -> int:
        return max(1, -(-len(self.lines) // self.per_page))

    def show(self, lines: list[str]) -> None:
        self.lines = lines
        self.show_page(self.page)

    def show_page(self, page: int) -> None:
        self.page = max(0, min(page, self.pages() - 1))
        shown = self.lines[self.page * self.per_page:(self.page + 1) * self.per_page]
        self.words.setText("\n".join(shown) if shown else self._empty())
        self.arrows.show(self.page, self.pages())
