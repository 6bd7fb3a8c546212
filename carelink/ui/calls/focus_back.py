"""The keyboard focus given back to CareLink's window after Qt re-creates it for the first web page of a call.

A window made for plain drawing cannot show a web page (Qt WebEngine draws with OpenGL), so when the first call
page joins it, Qt destroys the window's native window and makes a new one: the window is deactivated, hidden,
made again and shown, all at once. A desktop's window manager then gives the new window the keyboard focus; with
none (a kiosk started on a bare X server), nothing does, and the keys the person presses (Space on Hang up) go
nowhere. FocusBack asks for the focus again, but only after such a re-creation of a window that had it, and puts
it back on the control that had it (Hang up), not on whichever control Qt would choose."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPlatformSurfaceEvent
from PySide6.QtWidgets import QWidget


class FocusBack(QObject):
    """Watches `window` (once: `FocusBack.watch(window)`)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("call_focus_back")
        self._window = window
        self._just_left = False  # deactivated, and the event loop has not turned since: part of a re-creation?
        self._give_back = False
        self._had_focus: QWidget | None = None  # the control with the focus as the window lost it
        self._focus_to: QWidget | None = None  # the control to give it back to, once the window has it again
        window.installEventFilter(self)

    @classmethod
    def watch(cls, window: QWidget) -> None:
        if window.findChild(cls, "call_focus_back") is None:
            cls(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowDeactivate:
            self._just_left, self._had_focus = True, self._window.focusWidget()
            QTimer.singleShot(0, self, self._settled)
        elif kind == QEvent.Type.PlatformSurface and self._just_left and isinstance(event, QPlatformSurfaceEvent) \
                and event.surfaceEventType() == QPlatformSurfaceEvent.SurfaceEventType.SurfaceAboutToBeDestroyed:
            self._give_back = True  # the window had the focus until its native window went, just now
            self._focus_to = self._had_focus
        elif kind == QEvent.Type.Show and self._give_back:
            self._give_back = False
            self._window.activateWindow()  # (on X, once the new window is on the screen)
        elif kind == QEvent.Type.WindowActivate and self._focus_to is not None:
            control, self._focus_to = self._focus_to, None
            if shiboken6.isValid(control) and control.isVisible() and control.window() is self._window:
                control.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return False

    def _settled(self) -> None:
        self._just_left, self._had_focus = False, None
