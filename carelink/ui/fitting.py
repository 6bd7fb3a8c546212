"""A stack of pages, one on show, that takes the size of the page on show (Qt's own takes its tallest page's)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayoutItem, QStackedLayout, QWidget


class _FittingLayout(QStackedLayout):
    """A stacked layout that answers for the page on show only: Qt's own answers for its tallest page, hidden or
    not, which made short pages scroll because a long one was stacked behind them."""

    def _current_item(self) -> QLayoutItem | None:
        return self.itemAt(self.currentIndex()) if self.count() else None

    def sizeHint(self) -> QSize:
        item = self._current_item()
        return item.sizeHint() if item else QSize(0, 0)

    def minimumSize(self) -> QSize:
        item = self._current_item()
        return item.minimumSize() if item else QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        item = self._current_item()
        return bool(item and item.hasHeightForWidth())

    def heightForWidth(self, width: int) -> int:
        item = self._current_item()
        return item.heightForWidth(width) if item else -1


class FittingStack(QWidget):
    """Pages on top of each other, one on show, sized to the page on show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = _FittingLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.currentChanged.connect(self._changed)

    def _changed(self, _index: int) -> None:
        self._stack.invalidate()
        self.updateGeometry()

    def addWidget(self, widget: QWidget) -> int:
        return self._stack.addWidget(widget)

    def setCurrentIndex(self, index: int) -> None:
        self._stack.setCurrentIndex(index)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self._stack.setCurrentWidget(widget)

    def currentIndex(self) -> int:
        return self._stack.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self._stack.currentWidget()
