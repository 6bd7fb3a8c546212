"""The keyboard focus given back to CareLink's window after Qt re-creates it for the first web page of a call.

A window made for plain drawing cannot show a web page (Qt WebEngine draws with OpenGL), so as the first call
page joins it, Qt destroys the window's native window and makes a new one, then and there: the window is
deactivated, hidden, made again and shown. A desktop's window manager then gives the new window the keyboard
focus; with none (a kiosk started on a bare X server), nothing does, and the keys the person presses (Space on
Hang up) go nowhere. So while a call page is made and put in its place (until the event loop next turns),
FocusBack watches the window; if it was re-created while it had the focus, the focus is asked for again (on X,
once the new window is on the screen), for the control that had it. Never otherwise, and never for long: the
watch ends as the event loop turns.

(The window could be made for OpenGL from the start, with a hidden QOpenGLWidget in it: no re-creation, but
Home's first paint under Xvfb took 915-932 ms instead of 318-488 ms, so it is not done.)"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPlatformSurfaceEvent
from PySide6.QtWidgets import QWidget

_NAME = "call_focus_back"


class FocusBack(QObject):
    """`FocusBack.watch(window)` just before a call page is made in `window`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_NAME)
        self._window = window
        self._left = False  # the window lost the focus during the watch
        self._control: QWidget | None = None  # the control that had it then
        self._recreated = False  # and its native window went
        window.installEventFilter(self)
        QTimer.singleShot(0, self, self._settle)

    @classmethod
    def watch(cls, window: QWidget) -> None:
        if window.findChild(cls, _NAME) is None:  # (one watch at a time)
            cls(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowDeactivate and not self._left:
            self._left, self._control = True, self._window.focusWidget()
        elif kind == QEvent.Type.PlatformSurface and self._left and isinstance(event, QPlatformSurfaceEvent) \
                and event.surfaceEventType() == QPlatformSurfaceEvent.SurfaceEventType.SurfaceAboutToBeDestroyed:
            self._recreated = True
        return False

    def _settle(self) -> None:
        self._window.removeEventFilter(self)
        if self._recreated and not self._window.isActiveWindow():
            control = self._control
            if control is not None and shiboken6.isValid(control) and control.isVisible() \
                    and control.window() is self._window:
                control.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # (where it goes as the window has it)
            self._window.activateWindow()
        self.setObjectName("")
        self.deleteLater()
