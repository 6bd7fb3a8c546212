"""Watching a call's page behind CareLink's own "Calling Sarah…" screen until the conference has really started.

For Jitsi (meet.jit.si, the household's own server, or any page that turns out to have Jitsi's `APP.conference`),
the page's own state is read every few seconds with an injected script (services/call_pages.py decides); a page
whose state cannot be watched is shown as soon as it has loaded. If nobody comes within the wait (10 minutes),
`nobody()` is emitted, and the watch goes on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from carelink.services.call_pages import JITSI_PROBE, WAIT_FOR_OTHERS, PageState, conference_started
from carelink.ui.calls.ports import WebCallPort

PROBE_MS = 2_000


class ConferenceWatch(QObject):
    """`begin(web, watched)` when a call's page starts opening, `page_loaded()` when it has, `stop()` when the
    call ends or the page is shown. Emits `started()` when the page can be shown, `nobody()` after the wait."""

    started = Signal()
    nobody = Signal()

    def __init__(self, wait_ms: int = int(WAIT_FOR_OTHERS.total_seconds() * 1000), probe_ms: int = PROBE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watched = False  # the page's state is read (a Jitsi room)
        self._web: WebCallPort | None = None
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.setInterval(wait_ms)
        self.wait_timer.timeout.connect(self.nobody)
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(probe_ms)
        self.probe_timer.timeout.connect(self._probe)

    def begin(self, web: WebCallPort, watched: bool, wait: bool = True) -> None:
        self._web, self.watched = web, watched
        self.probe_timer.stop()
        if wait:
            self.wait_timer.start()

    def page_loaded(self) -> None:
        if self._web is None:
            return
        if self.watched:
            self.probe_timer.start()
            self._probe()
        elif self._web.room_look is not None:  # the page said what it is as it loaded: no need to ask it
            self._look(self._web.room_look)
        else:
            self._web.run_script(JITSI_PROBE, self._first_look)

    def stop(self) -> None:
        self.probe_timer.stop()
        self.wait_timer.stop()
        self._web = None

    def _first_look(self, result: object) -> None:
        """Another site's page: a Jitsi room there is watched too; anything else is shown at once."""
        if self._web is not None:
            self._look(PageState.from_probe(result).jitsi)

    def _look(self, jitsi: bool) -> None:
        if jitsi:
            self.watched = True
            self.probe_timer.start()
        else:
            self._start()

    def _probe(self) -> None:
        if self._web is not None:
            self._web.run_script(JITSI_PROBE, self._probed)

    def _probed(self, result: object) -> None:
        if self._web is not None and conference_started(self.watched, PageState.from_probe(result)):
            self._start()

    def _start(self) -> None:
        self.stop()
        self.started.emit()
