"""The keyboard focus given back to CareLink's window after Qt re-creates it for the first web page of a call.

A window made for plain drawing cannot show a web page (Qt WebEngine draws with OpenGL), so when the first call
page joins it, Qt destroys the window's native window and makes a new one: the window is deactivated, hidden,
made again and shown, all at once. A desktop's window manager then gives the new window the keyboard focus; with
none (a kiosk started on a bare X server), nothing does, and the keys the person presses (Space on Hang up) go
nowhere. FocusBack asks for the focus again, but only after such a re-creation of a window that had it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
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
        self.given_back = 0  # how many times (for the tests)
        window.installEventFilter(self)

    @classmethod
    def watch(cls, window: QWidget) -> None:
        if window.findChild(cls, "call_focus_back") is None:
            cls(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowDeactivate:
            self._just_left = True
            QTimer.singleShot(0, self, self._settled)
        elif kind == QEvent.Type.PlatformSurface and self._just_left and isinstance(event, QPlatformSurfaceEvent) \
                and event.surfaceEventType() == QPlatformSurfaceEvent.SurfaceEventType.SurfaceAboutToBeDestroyed:
            self._give_back = True  # the window had the focus until its native window went, just now
        elif kind == QEvent.Type.Show and self._give_back:
            self._give_back = False
            self.given_back += 1
            self._window.activateWindow()  # (on X, once the new window is on the screen)
        return False

    def _settled(self) -> None:
        self._just_left = False
