"""Screens that fit the window: stacks of pages sized to the page on show (Qt's own takes its tallest page's), and
a way for a screen to choose, as its room changes, how much to show without scrolling."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QScrollArea, QStackedLayout, QStackedWidget, QWidget


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


class ScreenStack(QStackedWidget):
    """A QStackedWidget (its look, its API) sized to the page on show: the main window's screens, say, where a
    screen built but not on show (the call's, the tallest) would otherwise hold the window taller than the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self.updateGeometry)

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize(0, 0)


def _forget_sizes(layout: QLayout) -> None:
    """Drop what a layout and the layouts nested in it remember of their sizes (Qt forgets only the outer one's)."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        nested = item.layout() if item is not None else None
        if nested is not None:
            _forget_sizes(nested)
        elif item is not None:
            item.invalidate()
    layout.invalidate()


def fits_unscrolled(area: QScrollArea) -> bool:
    """Whether everything in `area` is on show without scrolling (measured as if no scroll bar took room)."""
    body = area.widget()
    layout = body.layout() if body is not None else None
    if body is None or layout is None:
        return True
    # Words just changed: the layouts inside learn their new sizes now, from the inside out (not at the next turn
    # of the event loop), in the style sheet's fonts, so that what is measured is what will be shown.
    for widget in reversed(body.findChildren(QWidget)):
        widget.ensurePolished()
        inner = widget.layout()
        if inner is not None and widget.isVisibleTo(body):
            _forget_sizes(inner)
            inner.activate()
    _forget_sizes(layout)
    room = area.contentsRect().size()
    need = (layout.totalHeightForWidth(room.width()) if layout.hasHeightForWidth()
            else layout.totalSizeHint().height())
    return need <= room.height()


class Refit(QObject):
    """Calls `refit()` soon after `area` is shown or changes size (once for a burst of them), so a screen can choose
    how much to show (full or short words, one line or all) for the room it has now."""

    def __init__(self, area: QScrollArea, refit: Callable[[], None]) -> None:
        super().__init__(area)
        self._area, self._refit = area, refit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.now)
        area.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def now(self) -> None:
        """Refit at once (the words changed)."""
        self._timer.stop()
        self._refit()
        body = self._area.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            _forget_sizes(layout)
            layout.activate()
            layout.setGeometry(layout.geometry())  # lay the children out again in the room they have now
        self._area.setWidgetResizable(True)  # the page takes its new size at once, not a few turns later
