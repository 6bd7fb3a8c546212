"""Wires the call screens together: Call family → Call Sarah? → the call; and a call ringing in → the call.

The main window adds `screens` to its stack and follows `open_requested(name)` and `home_requested()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from carelink.household import Household
from carelink.services.call_invites import IncomingCall
from carelink.ui.calls.call_confirm import CallConfirmScreen
from carelink.ui.calls.call_grid import CallGridScreen
from carelink.ui.calls.calling import CallingScreen
from carelink.ui.calls.ports import DesktopOpener, Opener, RingSound, SoundEffectRing
from carelink.ui.calls.ringing import IncomingCalls, RingingScreen
from carelink.ui.runner import BackgroundRunner

# While one of these is on show, a new call waits (it rings afterwards if it is still fresh).
BUSY_SCREENS = ("ringing", "calls-calling", "first_run")


class CallFlow(QObject):
    """Holds the four call screens, the watcher for calls coming in, and the screen to go back to after Not now."""

    open_requested = Signal(str)
    home_requested = Signal()
    notice = Signal(str)  # a care line for Home after a call ("You talked with Sarah for 12 minutes")

    def __init__(self, household: Household, runner: BackgroundRunner, current_screen: Callable[[], str],
                 opener: Opener | None = None, sound: RingSound | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._household, self._runner, self._current = household, runner, current_screen
        self.grid = CallGridScreen(household.contacts)
        self.confirm = CallConfirmScreen()
        self.calling = CallingScreen(household, runner, opener or DesktopOpener())
        self.ringing = RingingScreen(sound or SoundEffectRing())
        self.incoming = IncomingCalls(household, runner, self.busy, parent=self)
        self.screens: dict[str, QWidget] = {"calls": self.grid, "calls-confirm": self.confirm,
                                            "calls-calling": self.calling, "ringing": self.ringing}
        self._back_to = "home"
        self._after_call: str | None = None
        self._said = ""  # the care line on Home after the last call (an older call's line is never left there)
        for screen in (self.grid, self.confirm):
            screen.home_requested.connect(self.home_requested)
        self.grid.chosen.connect(self.ask)
        self.confirm.call.connect(self.call)
        self.confirm.camera.connect(self.check_camera)
        self.confirm.not_now.connect(lambda: self.open_requested.emit("calls"))
        self.calling.finished.connect(self.finished)
        self.incoming.incoming.connect(self.ring)
        self.ringing.answered.connect(self.answer)
        self.ringing.declined.connect(self.decline)

    def busy(self) -> bool:
        return self.ringing.ringing or self._current() in BUSY_SCREENS

    def ask(self, contact_id: int) -> None:
        contact = self._household.contacts.get(contact_id)
        self.confirm.ask(contact, self._household.status.state)
        self.open_requested.emit("calls-confirm")
        self.calling.prepare(contact)  # while the person reads "Call Sarah?", the call gets ready

    def call(self, contact_id: int) -> None:
        shown = self.confirm.contact  # the person on "Call Sarah?": pressing Call reads nothing from the disk
        contact = shown if shown is not None and shown.id == contact_id else self._household.contacts.get(contact_id)
        self.calling.call(contact)  # (a call made ready goes first: its page)
        self.open_requested.emit("calls-calling")

    def call_from_outside(self, contact_id: int) -> bool:
        """`carelink call ID` while this window runs: the call opens here, and its invite goes once its page has
        opened, as for a call started on the screen. False (and nothing happens, nobody is invited) while a call is
        on, or a call is ringing."""
        if self.busy():
            return False
        contact = self._household.contacts.get(contact_id)
        self._after_call = None
        self.open_requested.emit("calls-calling")
        self.calling.call(contact)
        self._to_front()
        return True

    def finished(self, care_line: str = "") -> None:
        self._to_front()
        back, self._after_call = self._after_call, None
        if back and back != "home":
            self.open_requested.emit(back)  # an answered call goes back to where the person was
            if back == "calls-confirm" and self.confirm.contact is not None:
                self.calling.prepare(self.confirm.contact)  # (after the camera check: the call is made ready again)
        else:
            self.home_requested.emit()
        if care_line or self._said:  # a call with nothing to say takes the last call's line away
            self.notice.emit(care_line)
        self._said = care_line

    def check_camera(self, contact_id: int | None = None) -> None:
        """Settings → Calls → Check my camera and microphone, or "Check my camera" on "Call Sarah?" (the camera
        alone: "This is what Sarah will see"); Finished or Done comes back to where the person was."""
        seen_by = self._household.contacts.get(contact_id).name if contact_id is not None else None
        self._after_call = self._current()
        self.open_requested.emit("calls-calling")
        self.calling.check_camera(seen_by)

    def end_now(self) -> None:
        """The window is closing: a call under way ends, without a question."""
        self.calling.end_now()

    def ring(self, call: IncomingCall) -> None:
        self._back_to = self._current()
        self.open_requested.emit("ringing")
        self.ringing.ring(call)
        self.calling.prepare()
        self._to_front()

    def answer(self, call: IncomingCall) -> None:
        calls = self._household.calls

        def answered() -> str | None:
            calls.mark(call.wall_id, "answered")
            return calls.invite_link(call.wall_id)

        self._after_call = self._back_to
        self.open_requested.emit("calls-calling")
        self.calling.joining(call.name, call.photo)  # the link opens once the answer is noted
        self._runner.run_task(answered, lambda link: self.calling.join(call.name, link, call.photo), owner=self)

    def decline(self, call: IncomingCall) -> None:
        self.calling.ready.drop()  # (the page made ready to answer it)
        self._runner.run_task(lambda: self._household.calls.mark(call.wall_id, "missed"), owner=self)
        if self._current() == "ringing":
            self.open_requested.emit(self._back_to)

    def _to_front(self) -> None:
        """In front of any other window (the offscreen platform has no front to come to)."""
        window = self.ringing.window()
        if QGuiApplication.platformName() == "offscreen":
            return
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()
