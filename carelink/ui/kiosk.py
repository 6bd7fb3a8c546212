"""Kiosk mode: the window fills the screen with no window controls, and only Settings (behind the PIN) closes it.

`KioskMode` holds the main window. `apply()` follows the `display.kiosk` setting (at start and whenever it
changes); `may_close()` answers the window's close event (Alt+F4 or the window manager's close is refused while
kiosk mode is on); `close_window()` is Settings → This computer → Close CareLink, which always closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from carelink.services.first_look import ShownSettings


NORMAL_SIZE = QSize(1280, 800)
_FRAMELESS = Qt.WindowType.FramelessWindowHint


def fitted_size(window: QWidget, wanted: QSize = NORMAL_SIZE) -> QSize:
    """`wanted`, made no larger than the room the window's screen leaves for windows (its panels and docks kept
    clear): a 1024×600 tablet gets a window it can show whole."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size())


def show_fitted(window: QWidget) -> None:
    """Show the window maximised on its screen, sized to fit it first (where the window manager does not maximise,
    or when the window is restored, it still fits the screen)."""
    window.resize(fitted_size(window))
    window.showMaximized()


class KioskMode(QObject):
    """Puts `window` into kiosk mode and back, as the household's `display.kiosk` setting says."""

    def __init__(self, window: QWidget, settings: ShownSettings) -> None:
        super().__init__(window)
        self._window, self._settings = window, settings
        self._on = False  # kiosk mode is applied to the window now
        self._allowed_to_close = False
        self._normal_size: QSize | None = None  # the window's size before kiosk mode, to return to

    def use(self, settings: ShownSettings) -> None:
        """The household's own settings, once built (the window was first shown from a first look at them)."""
        self._settings = settings

    @property
    def wanted(self) -> bool:
        """The setting: whether the window should be in kiosk mode."""
        return self._settings.kiosk

    @property
    def on(self) -> bool:
        return self._on

    def apply(self) -> None:
        """Enter or leave kiosk mode to match the setting (nothing happens when it already does)."""
        if self.wanted and not self._on:
            self.enter()
        elif not self.wanted and self._on:
            self.leave()

    def enter(self) -> None:
        window = self._window
        shown_normally = window.isVisible() and not (window.isFullScreen() or window.isMaximized())
        self._normal_size = window.size() if shown_normally else None
        self._on = True
        window.setWindowFlag(_FRAMELESS, True)  # hides the window; showing it again uses the new flags
        window.showFullScreen()
        screen = window.screen()
        if screen is not None and window.geometry() != screen.geometry():
            # With no window manager to make it full screen (a bare X session for a kiosk) it is sized by hand, and
            # told again that it is full screen (a new geometry would count as leaving it).
            window.setGeometry(screen.geometry())
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)

    def leave(self) -> None:
        window = self._window
        self._on = False
        window.setWindowFlag(_FRAMELESS, False)
        window.showNormal()
        window.resize(self._normal_size or fitted_size(window))

    def may_close(self) -> bool:
        """Whether a close request is allowed: always out of kiosk mode; in it, only after Close CareLink."""
        return self._allowed_to_close or not self._on

    def allow_close(self) -> None:
        """Let the next close through (for a window being replaced, like the first-run steps by the demo)."""
        self._allowed_to_close = True

    def close_window(self) -> None:
        """Close CareLink for good (the button sits behind the PIN, so it is allowed in kiosk mode too)."""
        self.allow_close()
        if not self._window.close():
            self._allowed_to_close = False  # something else refused it; kiosk mode keeps guarding the window
