"""The facilitator's panel a page at a time, never scrolling (DESIGN.md §6): the lessons and the learners' lines each
as many to a page as fit, with big ◀ and ▶ either side of them for the other pages (beside, not below: a row
below would take the height a small screen does not have)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMargins, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLayout, QSizePolicy, QWidget

from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, tr

MOST_COLUMNS = 6
TOO_MANY_LINES = 1000


def _words_room(button: BigButton) -> tuple[QFontMetrics, str, int]:
    """The button's words' font (in bold, as when it is chosen), its words, and the width round them."""
    words = button.text_label()
    words.ensurePolished()
    bold = QFont(words.font())
    bold.setBold(True)
    layout = button.layout()
    margins = layout.contentsMargins() if layout is not None else QMargins()
    return QFontMetrics(bold), words.text(), margins.left() + margins.right() + 12


def one_line_width(button: BigButton) -> int:
    """How wide the button is with its words on one line."""
    metrics, text, round_them = _words_room(button)
    return metrics.horizontalAdvance(text) + round_them


def lines_at(button: BigButton, width: int) -> int:
    """How many lines the button's words take when it is `width` wide (TOO_MANY_LINES when a word is cut)."""
    metrics, text, round_them = _words_room(button)
    inside = width - round_them
    if inside <= 0 or any(metrics.horizontalAdvance(word) > inside for word in text.split()):
        return TOO_MANY_LINES
    wrapped = metrics.boundingRect(QRect(0, 0, inside, 100_000), Qt.TextFlag.TextWordWrap, text)
    return max(1, round(wrapped.height() / metrics.lineSpacing()))


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

    def columns_for(self, width: int, lines: int) -> int:
        """The most columns (up to MOST_COLUMNS) in `width` whose buttons each show their words whole in at most
        `lines` lines (at least one column)."""
        gap = self.grid.spacing()
        buttons = [item for item in self.items if isinstance(item, BigButton)]
        for columns in range(min(MOST_COLUMNS, len(self.items)), 1, -1):
            each = (width - (columns - 1) * gap) // columns
            if all(lines_at(button, each) <= lines for button in buttons):
                return columns
        return 1

    def fit(self, room: int, paged_room: int, fits: Callable[[], bool], shown: QWidget | None) -> None:
        """As many to a page as `fits()` says fit: all of them on one page if they can be, in as few columns as
        keep every one's words on one line, else in more, with two lines of words; else a page at a time (in
        `paged_room`, beside the arrows), in whichever columns put the most on a page. `shown` stays in view."""
        def shape(columns: int, per_page: int) -> bool:
            self.shape(columns, per_page)
            if shown is not None:
                self.show_item(shown)
            return fits()

        one_line = self.columns_for(room, 1)
        for columns in range(one_line, max(one_line, self.columns_for(room, 2)) + 1):
            if shape(columns, len(self.items)):
                return
        best = (1, 1)
        for columns in sorted({self.columns_for(paged_room, 1), self.columns_for(paged_room, 2)}):
            for per_page in self.sizes(columns)[1:]:
                if per_page > best[1] and shape(columns, per_page):
                    best = (columns, per_page)
                    break
        shape(*best)


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
