"""What a call needs from the computer, each behind a small port so tests can watch them: opening a link with the
computer's own program (a phone app, a video-call app), the call's web page (Qt WebEngine), and the ring sound."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from carelink.resources import assets_dir
from carelink.ui.queued import ask_later

log = logging.getLogger(__name__)


class Opener(Protocol):
    """Opens a call link with the computer's own handler. Returns False when nothing could open it."""

    def open(self, url: str) -> bool: ...


class DesktopOpener:
    """Opens links through QDesktopServices (tests catch them there with QDesktopServices.setUrlHandler)."""

    def open(self, url: str) -> bool:
        link = QUrl(url)
        if not link.isValid():
            return False
        return QDesktopServices.openUrl(link)


def open_with(opener: Opener, url: str) -> bool:
    """`opener.open(url)`; False, and a line in the log, when it went wrong."""
    try:
        return opener.open(url)
    except Exception:
        log.exception("opening the call link failed")
        return False


class WebCallPort(Protocol):
    """A call's web page (carelink.ui.calls.web_call.WebCall): made per call, `open(url)`ed, `end()`ed."""

    @property
    def loaded(self) -> SignalInstance: ...

    @property
    def camera_busy(self) -> SignalInstance: ...

    @property
    def widget(self) -> QWidget | None: ...

    @property
    def room_look(self) -> bool | None:
        """What the page said of itself as it loaded: a Jitsi room (True), not one (False), or nothing (None)."""

    def open(self, url: str, html: str | None = None) -> None: ...

    def run_script(self, script: str, done: Callable[[object], None]) -> None: ...

    def warm_up(self) -> None: ...

    def end(self, now: bool = False) -> None: ...

    def deleteLater(self) -> None: ...


def web_call(parent: QObject) -> WebCallPort:
    """The real call page, made (and its web engine started) before the call's link is known; Qt WebEngine is
    imported here, when the first call starts, never at start-up."""
    allow_the_web_engine_as_root()
    from carelink.ui.calls.web_call import WebCall

    return WebCall(parent)


def allow_the_web_engine_as_root() -> None:
    """Chromium will not start as the administrator (root) with its sandbox, and then takes the whole of CareLink
    down with it ("Running as root without --no-sandbox is not supported"). A kiosk set up to run as root must still
    make calls, so there (and only there) the web engine runs without its sandbox, and the log says so. Read by Qt
    WebEngine when it first starts, which is this call."""
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "QTWEBENGINE_DISABLE_SANDBOX" not in os.environ:
        log.warning("CareLink runs as root: the call's web engine runs without Chromium's sandbox")
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"


class PracticeOpener:
    """Opens nothing: in the practice household a call is only pretend, so no browser starts and nobody is called."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def open(self, url: str) -> bool:
        self.opened.append(url)
        log.info("practice: a call would open now (nothing is opened)")
        return True


class RingSound(Protocol):
    """A ring that repeats from start() until stop()."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


class SoundEffectRing:
    """assets/sounds/ring.wav through QtMultimedia, looped. The audio system is started on the first ring, and
    never on the offscreen platform (no screen, so nobody to hear it)."""

    def __init__(self, volume: float = 0.8) -> None:
        self._volume = volume
        self._effect: QObject | None = None

    def start(self) -> None:
        if QGuiApplication.platformName() == "offscreen":
            log.debug("no ring on the offscreen platform")
            return
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is None:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(assets_dir() / "sounds" / "ring.wav")))
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
            effect.setVolume(self._volume)
            self._effect = effect
        if isinstance(self._effect, QSoundEffect):
            ask_later(self._effect, "play")  # not from Python: carelink/ui/queued.py

    def stop(self) -> None:
        if self._effect is not None:
            from PySide6.QtMultimedia import QSoundEffect

            if isinstance(self._effect, QSoundEffect):
                ask_later(self._effect, "stop")
