"""A message's words on its card: the only part of a card that ever scrolls, with big ▲ and ▼ beside them when they
are longer than their room, and the buttons of what came with the message (a voice note's Play, a document's page
buttons) in a row of their own at the foot, so that they are in sight as the card opens and never scroll away.

Placed by hand, so the buttons are where they should be the moment they appear. Where the card is tall enough the
row of buttons is under the words, across the card; where it is too short for a line of words above the row (large
text on a small screen) the buttons take their short form ("▶  Play", "1 of 3") at the foot on the right, and the
words have the card's whole height beside them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from carelink.ui.access import SteadyScrollArea
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, tr

WORDS_NARROWEST = 240  # beside the buttons, the words (or a document's page) are never narrower


def _size(widget: QWidget) -> QSize:
    """The size a widget will really take: what it asks for, and never less than its style's least."""
    widget.ensurePolished()
    return widget.sizeHint().expandedTo(widget.minimumSize())


class ControlRow(QWidget):
    """One attachment's buttons, side by side (`row`), shown in the card's row of buttons. `set_compact(True)` asks
    for their short form, where the card has little room: `shorten(compact)` is what the attachment does then."""

    def __init__(self, shorten: Callable[[bool], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(GAP_PX)
        self._shorten = shorten
        self.compact = False

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self._shorten(compact)
            self.row.invalidate()
            self.updateGeometry()

    def shown(self) -> bool:
        """Whether it has a button on show (a recording that cannot be played has none)."""
        return any((item := self.row.itemAt(i)) is not None and not item.isEmpty() for i in range(self.row.count()))


class WordsView(QWidget):
    """The message's words in a scroll area of their own (marked `may_scroll`), ▲ ▼ shown only while the words are
    longer than their room, and `strip`, the row that holds each attachment's `ControlRow` (added with
    `add_controls`). `content` is the column inside the scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scroller = SteadyScrollArea(self)
        self.scroller.setObjectName("wall_card_scroll")
        self.scroller.setProperty("may_scroll", True)  # a long message's own words, and only they, may scroll
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setStyleSheet("QScrollArea#wall_card_scroll, QWidget#wall_card_content "
                                    "{ background: transparent; }")
        self.scroller.viewport().setAutoFillBackground(False)
        inside = QWidget()
        inside.setObjectName("wall_card_content")
        self.content = QVBoxLayout(inside)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(GAP_PX)
        self.scroller.setWidget(inside)
        self.strip = QWidget(self)
        self.strip.setObjectName("wall_attachment_buttons")
        self._strip_row = QHBoxLayout(self.strip)
        self._strip_row.setContentsMargins(0, 0, 0, 0)
        self._strip_row.setSpacing(GAP_PX)
        self.controls: list[ControlRow] = []
        self.compact = False  # the buttons in their short form, beside the words
        bar = self.scroller.verticalScrollBar()
        self.up = BigButton("▲", parent=self)
        self.up.setObjectName("wall_words_up")
        self.up.setAccessibleName(tr("Scroll the message up"))
        self.up.clicked.connect(lambda: self.step(down=False))
        self.down = BigButton("▼", parent=self)
        self.down.setObjectName("wall_words_down")
        self.down.setAccessibleName(tr("Scroll the message down"))
        self.down.clicked.connect(lambda: self.step(down=True))
        self.scrolls = False
        for button in (self.up, self.down):
            button.setVisible(False)
        # Never disabled at either end: a button that went dead under the finger would throw the focus elsewhere.
        bar.rangeChanged.connect(lambda low, high: self._show_arrows(high > low))

    def add_controls(self, controls: ControlRow) -> None:
        self._strip_row.addWidget(controls)
        self.controls.append(controls)
        controls.set_compact(self.compact)
        controls.show()

    def clear_controls(self) -> None:
        for controls in self.controls:
            self._strip_row.removeWidget(controls)
            controls.hide()
            controls.deleteLater()
        self.controls = []

    def step(self, down: bool) -> None:
        """A page on (▼) or back (▲)."""
        bar = self.scroller.verticalScrollBar()
        bar.setValue(bar.value() + (bar.pageStep() if down else -bar.pageStep()))

    def reveal(self, widget: QWidget) -> None:
        """Scroll the words so that `widget` (a document whose page was turned) is seen from its top."""
        inside = self.scroller.widget()
        assert inside is not None
        bar = self.scroller.verticalScrollBar()
        bar.setValue(widget.mapTo(inside, widget.rect().topLeft()).y())

    def _show_arrows(self, shown: bool) -> None:
        if shown != self.scrolls:
            self.scrolls = shown
            self.place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()

    def _has_strip(self) -> bool:
        return any(controls.shown() for controls in self.controls)

    def _set_compact(self, compact: bool) -> None:
        self.compact = compact
        for controls in self.controls:
            controls.set_compact(compact)
        self._strip_row.invalidate()

    def _row(self, width: int | None = None) -> QSize:
        """The row at the foot: the attachments' buttons (`width` wide: as wide as they ask when none given), and ▲ ▼
        after them while the words scroll."""
        strip = self._strip_size(width)
        if not self.scrolls:
            return strip
        arrows = self._arrows()
        return QSize(strip.width() + GAP_PX + arrows.width(), max(strip.height(), arrows.height()))

    def _strip_size(self, width: int | None) -> QSize:
        wanted = _size(self.strip)
        if width is None:
            width = wanted.width()
        tall = self.strip.heightForWidth(width)  # a button's words may wrap
        return QSize(width, tall if tall > 0 else wanted.height())

    def _arrows(self) -> QSize:
        """▲ and ▼ side by side."""
        up, down = _size(self.up), _size(self.down)
        column = max(up.width(), down.width())
        return QSize(2 * column + GAP_PX, max(up.height(), down.height()))

    def least_words(self, width: int) -> int:
        """The least height the words are given above the row of buttons: a line, or all of them if less."""
        return min(self.needed_words(width), self.fontMetrics().lineSpacing() + 4)

    def place(self) -> None:
        """The words across the whole width, or beside ▲ (at the top) and ▼ (at the bottom) while they scroll; where
        the room is too short for one above the other, ▲ and ▼ side by side at the bottom. With attachments' buttons,
        see `_place_with_strip`."""
        width, height = self.width(), self.height()
        if self._has_strip():
            self._place_with_strip(width, height)
            return
        self.strip.setVisible(False)
        arrows = self.arrows_width(height) if self.scrolls else 0
        self.scroller.setGeometry(0, 0, max(1, width - arrows), height)
        for button in (self.up, self.down):
            button.setVisible(self.scrolls)
        if not self.scrolls:
            return
        up, down = _size(self.up), _size(self.down)
        column = max(up.width(), down.width())
        if self._stacked(height):
            self.up.setGeometry(width - column, 0, column, up.height())
            self.down.setGeometry(width - column, height - down.height(), column, down.height())
        else:
            self.up.setGeometry(width - 2 * column - GAP_PX, max(0, height - up.height()), column, up.height())
            self.down.setGeometry(width - column, max(0, height - down.height()), column, down.height())

    def _place_with_strip(self, width: int, height: int) -> None:
        """The row of buttons at the foot: under the words across the card (their long form, or short where the
        long one is wider than the card) while a line of words has room above it; else short, on the right, with
        the words beside it at the card's whole height (unless that would leave them narrower than WORDS_NARROWEST:
        several attachments' buttons; then still under them)."""
        arrows = self._arrows() if self.scrolls else QSize(-GAP_PX, 0)
        beside_arrows = arrows.width() + GAP_PX
        self._set_compact(False)
        if _size(self.strip).width() + beside_arrows > width:
            self._set_compact(True)
        strip = self._strip_size(max(1, width - beside_arrows))
        words = height - max(strip.height(), arrows.height()) - GAP_PX
        left = 0
        if words < self.least_words(width):
            self._set_compact(True)
            short = self._strip_size(None)
            left = max(0, width - short.width() - beside_arrows)
            if left - GAP_PX >= WORDS_NARROWEST:
                strip = short
                words = height
            else:  # too many buttons to leave the words a column: they keep the card's width, however short
                left = 0
                strip = self._strip_size(max(1, width - beside_arrows))
                words = height - max(strip.height(), arrows.height()) - GAP_PX
        self.scroller.setGeometry(0, 0, max(1, left - GAP_PX if left else width), max(1, words))
        self.strip.setGeometry(left, height - strip.height(), strip.width(), strip.height())
        self.strip.setVisible(True)
        for button in (self.up, self.down):
            button.setVisible(self.scrolls)
        if self.scrolls:
            up, down = _size(self.up), _size(self.down)
            column = max(up.width(), down.width())
            self.up.setGeometry(width - 2 * column - GAP_PX, height - up.height(), column, up.height())
            self.down.setGeometry(width - column, height - down.height(), column, down.height())

    def _stacked(self, height: int) -> bool:
        return height >= _size(self.up).height() + GAP_PX + _size(self.down).height()

    def needed_words(self, width: int) -> int:
        return max(0, self.content.totalHeightForWidth(max(1, width)))

    def needed(self, width: int) -> int:
        """How tall the words are at `width`, shown whole (with the row of buttons under them)."""
        if self._has_strip():
            return self.needed_words(width) + self._row().height() + GAP_PX
        return self.needed_words(width)

    def smallest(self) -> int:
        """The least height to show them in: a line of words, or ▲ and ▼ when they scroll, or the row of buttons."""
        strip = _size(self.strip).height() if self._has_strip() else 0
        return max(self.fontMetrics().lineSpacing(), _size(self.up).height(), _size(self.down).height(), strip)

    def arrows_width(self, height: int | None = None) -> int:
        """The width ▲ and ▼ take beside the words (with the gap before them) in a room `height` tall (none: with
        a row of buttons, they are in it)."""
        if self._has_strip():
            return 0
        column = max(_size(self.up).width(), _size(self.down).width())
        across = 1 if self._stacked(self.height() if height is None else height) else 2
        return across * (column + GAP_PX)
