"""Keeps the keyboard off the dimmed part of the learner's screen during a lesson: the keyboard may rest on the
ringed control (and the box typed in a moment ago) or on the lesson strip's buttons, never on a dimmed control, so
Space or Return can never press one.

It follows the application's focus changes (not every key event of the application: a filter on all of them cost
every key press and took Qt down with a window closing under it). A dimmed control given the keyboard hands it on
at once: to the ringed control, or to the strip's first button when Tab came from the ring.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class KeyboardGuard(QObject):
    """`screens` is the dimmed area; `allowed(widget)` says whether a widget in it may have the keyboard;
    `ring()` is the ringed control (None while nothing is to be pressed); `buttons()` are the strip's buttons on
    show, in order."""

    def __init__(self, screens: QWidget, allowed: Callable[[QWidget], bool], ring: Callable[[], QWidget | None],
                 buttons: Callable[[], Sequence[QWidget]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screens, self._allowed, self._ring, self._buttons = screens, allowed, ring, buttons
        self._last: QWidget | None = None  # where the keyboard last was allowed to be
        self._on = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self._on or new is None or not shiboken6.isValid(self._screens):
            return
        if self._may_have(new):
            self._last = new
        else:
            QTimer.singleShot(0, self.check)  # once Qt has finished moving the keyboard

    def _may_have(self, widget: QWidget) -> bool:
        return not self._screens.isAncestorOf(widget) or self._allowed(widget)

    def check(self) -> None:
        """If the keyboard is on a dimmed control (a step just changed, or Tab went there), move it away."""
        if not self._on or not shiboken6.isValid(self._screens):
            return
        focused = QApplication.focusWidget()
        if focused is None or self._may_have(focused):
            return
        from_ring = self._last is not None and shiboken6.isValid(self._last) \
            and self._screens.isAncestorOf(self._last)
        ring = self._ring()
        if ring is not None and not from_ring:
            ring.setFocus(Qt.FocusReason.TabFocusReason)
            return
        buttons = [button for button in self._buttons() if button.isVisible()]
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            focused.clearFocus()

    def stop(self) -> None:
        self._on = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._changed)
