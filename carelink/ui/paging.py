"""A row of big Previous and Next buttons with "Page 1 of 3" between them, for a screen that shows a page of things
at a time rather than scrolling (the family's photos, the lessons)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, label, tr


class PagingRow(QWidget):
    """Previous, the page's number and Next; a button not needed is hidden but keeps its room, so nothing moves.
    The screen that makes the row names its parts (setObjectName written out in full there, so that `tutorial check`
    finds the names). Emits `previous()` and `next()`."""

    previous = Signal()
    next = Signal()

    def __init__(self, previous_words: str, next_words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(GAP_PX)
        self.previous_button = BigButton(tr("◀  Previous"))
        self.previous_button.setAccessibleName(previous_words)
        self.page_label = label(wrap=False)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = BigButton(tr("Next  ▶"))
        self.next_button.setAccessibleName(next_words)
        for button in (self.previous_button, self.next_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label, 1)
        row.addWidget(self.next_button)

    def show_page(self, page: int, pages: int) -> None:
        """Page `page` (from 0) of `pages`: the row only when there is more than one page."""
        self.setVisible(pages > 1)
        self.previous_button.setVisible(page > 0)
        self.next_button.setVisible(page < pages - 1)
        self.page_label.setText(tr("Page {page} of {pages}").format(page=page + 1, pages=pages))
