"""Pieces that keep CareLink steady and well described for screen readers (Orca, NVDA, VoiceOver).

`SteadyScrollArea` is the scroll area every screen uses. Qt's accessibility interface for a scroll area
(`QAccessibleAbstractScrollArea`) counts its scroll bar as a child only while the bar is showing, and its `child(i)`
does not check `i`: a screen reader that counted the children just before a page change made the bar appear or
disappear asks for a child that is no longer there, and Qt reads past the end of its list (SIGSEGV in
`QAccessibleCache::idForObject`). So the area's own bars are never shown: a bar of ours, a plain child widget
kept in step with the hidden one, does the scrolling, and the area always has exactly one accessible child.

Also: Tab in drawing order, the focus on a screen's content when it opens, and decorative pictures kept out of what
a screen reader reads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QScrollBar, QWidget


class SteadyScrollArea(QScrollArea):
    """A vertical scroll area whose children, as a screen reader sees them, never change in number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = self.verticalScrollBar()
        self.bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.bar.setObjectName("steady_scroll_bar")
        self.bar.hide()
        self._toggling = False  # True while the bar is being shown or hidden (see _range_changed)
        inner.rangeChanged.connect(self._range_changed)
        inner.valueChanged.connect(self.bar.setValue)
        self.bar.valueChanged.connect(inner.setValue)

    def _range_changed(self, low: int, high: int) -> None:
        inner = self.verticalScrollBar()
        self.bar.setRange(low, high)
        self.bar.setPageStep(inner.pageStep())
        self.bar.setSingleStep(inner.singleStep())
        self.bar.setValue(inner.value())
        needed = high > low
        if needed == self.bar.isVisibleTo(self):
            return
        if self._toggling:
            # The page laid out for the new width asks for the opposite (it needs the bar only when it has the
            # room the bar takes): it would flip for ever and overflow the stack. Settle with the bar, so every
            # part of the page can still be reached.
            if needed:
                self.bar.setVisible(True)
                self._place_bar()
            return
        self._toggling = True
        try:
            self.bar.setVisible(needed)
            self._place_bar()
            # The page is laid out again for the viewport's new width at once (as when Qt shows its own bar), so
            # no word is measured for the old width.
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))
        finally:
            self._toggling = False

    def _place_bar(self) -> None:
        width = self.bar.sizeHint().width() if self.bar.isVisibleTo(self) else 0
        self.setViewportMargins(0, 0, width, 0)
        frame = self.frameWidth()
        inside = self.rect().adjusted(frame, frame, -frame, -frame)
        self.bar.setGeometry(inside.right() + 1 - width, inside.top(), width, inside.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self._place_bar()  # a new theme can make the bar wider

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_bar()


def _focusable(widget: QWidget) -> bool:
    # Qt takes Tab away from the unchosen buttons of a one-of-many group (radio style: arrows move within it);
    # CareLink keeps every choice one Tab away too, for people who only know Tab.
    choice = isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.autoExclusive()
    return (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            and (choice or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)))


def reading_order(root: QWidget) -> list[QWidget]:
    """The controls under `root` that Tab can reach, in the order they are drawn: row by row from the top, left to
    right within a row (controls whose tops are within a few pixels share a row)."""
    layout = root.layout()
    if layout is not None:
        layout.activate()  # a screen shown for the first time is laid out before it is measured
    widgets = [widget for widget in root.findChildren(QWidget) if _focusable(widget)]
    origin = root.mapToGlobal(root.rect().topLeft())

    def place(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapToGlobal(widget.rect().topLeft()) - origin
        return corner.y() // 12, corner.x()

    return sorted(widgets, key=place)


def next_in_reading_order(root: QWidget, forward: bool) -> bool:
    """Tab and Shift+Tab within `root` in drawing order (a photo drawn above "Write a reply" comes before it),
    measured when the key is pressed, so pages that come and go need no bookkeeping. False when the focus is not
    on one of `root`'s controls (Qt's own order then applies)."""
    order = reading_order(root)
    current = QApplication.focusWidget()
    if current not in order:
        # A window that is not the active one (another window, or a test's earlier window, has the keyboard)
        # still knows its own focus: without this, Qt's own order took over and skipped the unchosen choices.
        current = root.window().focusWidget()
    if current not in order:
        return False
    target = order[(order.index(current) + (1 if forward else -1)) % len(order)]
    target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True


def focus_first_content(screen: QWidget, header: tuple[QWidget, ...]) -> None:
    """A screen that has just opened: the focus goes to its first content, not to the way back (`header`), unless
    the screen already put it somewhere of its own. A screen reader then starts reading the screen itself."""
    focus = QApplication.focusWidget()
    if focus is not None and screen.isAncestorOf(focus) and focus not in header:
        return
    content = [widget for widget in reading_order(screen) if widget not in header]
    if content:
        content[0].setFocus(Qt.FocusReason.OtherFocusReason)


class DecorativePicture(QWidget):
    """A picture that only decorates (the icon on a button beside its words): a plain widget that paints it, which a
    screen reader passes over as a filler, where a label holding a picture would be read out as an unnamed image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()

    def setPixmap(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self.setFixedSize(pixmap.deviceIndependentSize().toSize())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        painter.end()
