"""A card's date line: when the message came and, while it is unread, a small marked "New" at the start of the row.
The row does not wrap: where the whole day ("Saturday 21 November") has no room beside "New", the day takes its
short form ("Sat 21 Nov", in the household's language); only where even that has no room does it wrap (never cut).
Read out, the line is always whole: "Saturday 21 November — New"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from carelink.ui.theme import Palette
from carelink.ui.wall.loading import When
from carelink.ui.widgets import label, tr

MARK_GAP_PX = 8


class DateLine(QWidget):
    """`new_mark` ("New", marked) and `when` (the day or the time) in one row that never wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(MARK_GAP_PX)
        self.new_mark = label(tr("New"), wrap=False)
        self.new_mark.setObjectName("wall_new")
        self.new_mark.setVisible(False)
        row.addWidget(self.new_mark, 0, Qt.AlignmentFlag.AlignTop)  # one line tall, beside a day that wraps
        self.when = label(role="quiet", wrap=False)
        self.when.setObjectName("wall_when")
        self.when.setMinimumWidth(1)  # it chooses its words for the room it is given, never the other way round
        row.addWidget(self.when, 1)
        self._shown: When | None = None
        self._name = ""  # what a screen reader says: the whole day, and "New"

    def show_when(self, when: When, new: bool) -> None:
        self._shown = when
        self.new_mark.setVisible(new)
        self._name = tr("{when} — New").format(when=when.shown) if new else when.shown
        self._fit()

    def clear(self) -> None:
        self._shown = None
        self.new_mark.setVisible(False)
        self._name = ""
        self.when.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._shown is None:
            return
        for words in (self.new_mark, self.when):
            words.ensurePolished()
        room = self.width() - (self.new_mark.sizeHint().width() + MARK_GAP_PX if self.new_mark.isVisibleTo(self)
                               else 0)
        margins = self.when.contentsMargins()

        def fits(words: str) -> bool:
            return self.when.fontMetrics().horizontalAdvance(words) + margins.left() + margins.right() <= room

        text = self._shown.shown if fits(self._shown.shown) else self._shown.short
        self.when.setWordWrap(not fits(text))  # no room even for the short form: wrapped, never cut
        self.when.setText(text)
        self.when.setAccessibleName(self._name)  # (after the words: a label's setText sets its own)

    def apply_palette(self, p: Palette) -> None:
        """"New" in the Messages tile's colours, in a box with an edge (told apart by more than colour)."""
        self.new_mark.setStyleSheet(f"QLabel {{ background: {p.messages}; color: {p.tile_text}; font-weight: bold; "
                                    f"border: 2px solid {p.tile_text}; border-radius: 6px; padding: 0px 6px; }}")
