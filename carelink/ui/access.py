"""Pieces that keep CareLink steady and well described for screen readers (Orca, NVDA, VoiceOver).

`SteadyScrollArea` is the scroll area every screen uses. Qt's accessibility interface for a scroll area
(`QAccessibleAbstractScrollArea`) counts its scroll bar as a child only while the bar is showing, and its `child(i)`
does not check `i`: a screen reader that counted the children just before a page change made the bar appear or
disappear asks for a child that is no longer there, and Qt reads past the end of its list (SIGSEGV in
`QAccessibleCache::idForObject`). So the area's own bars are never shown: a bar of ours, a plain child widget
kept in step with the hidden one, does the scrolling, and the area always has exactly one accessible child.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QScrollBar, QWidget


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
        if needed != self.bar.isVisibleTo(self):
            self.bar.setVisible(needed)
            self._place_bar()
            # The page is laid out again for the viewport's new width at once (as when Qt shows its own bar), so
            # no word is measured for the old width.
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))

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
