"""The facilitator's panel keeps its look at the learners fresh while it is on show: changes made from the command
line (`carelink tutorial learners forget`), a lesson started or stopped by another CareLink on the same folder, a
lesson whose window has gone. It reads the records again when its window comes back to the front, and every few
seconds glances at the database's files (their times and sizes, no reading): only when they changed, or while a
lesson on show says "practising" (its window may be gone), does it ask for the records again. Nothing runs while
the panel is out of sight, so an idle CareLink is never woken by it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class PanelWatch(QObject):
    """Calls `refresh()` when `panel`'s window is activated, and on a slow timer while `panel` is visible when
    `look()` (a cheap fingerprint of the records' files) has changed or `unsettled()` says a record may change on
    its own. Holds the last look."""

    INTERVAL_MS = 5_000  # at most 0.2 wakeups a second, and only while the panel is on show

    def __init__(self, panel: QWidget, look: Callable[[], object], unsettled: Callable[[], bool],
                 refresh: Callable[[], None]) -> None:
        super().__init__(panel)
        self._panel, self._look, self._unsettled, self._refresh = panel, look, unsettled, refresh
        self._last: object = None
        self._window: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._glance)
        panel.installEventFilter(self)

    @property
    def watching(self) -> bool:
        """The slow timer runs (only while the panel is on show)."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._panel and kind == QEvent.Type.Show:
            self._last = self._look()
            self._timer.start()
            self._follow(self._panel.window())
        elif watched is self._panel and kind == QEvent.Type.Hide:
            self._timer.stop()
        elif watched is self._window and kind == QEvent.Type.WindowActivate and self._panel.isVisible():
            self._last = self._look()
            self._refresh()  # the facilitator is back from the command line, perhaps
        return False

    def _follow(self, window: QWidget) -> None:
        if window is not self._window:
            if self._window is not None:
                self._window.removeEventFilter(self)
            self._window = window
            window.installEventFilter(self)

    def _glance(self) -> None:
        if not self._panel.isVisible():
            self._timer.stop()
            return
        now = self._look()
        if now != self._last or self._unsettled():
            self._last = now
            self._refresh()
