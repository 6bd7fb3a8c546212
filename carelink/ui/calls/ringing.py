"""A family member's call ringing in: their photo and name filling the screen, a gentle ring over and over, a huge
green Answer and a Not now. For a contact trusted to, it answers by itself after a visible 10-second countdown.

`IncomingCalls` asks the call service for fresh invites after each sync and every few seconds; the newest one
rings (it is marked "rung" as it starts, so it never rings twice), however many came together. After a sync's look
it passes the sync's report on with the call that rang, so the news of new messages leaves out who is calling
(one ring, one "Sarah is calling", never a "new message from Sarah" as well).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from carelink.household import Household
from carelink.services.call_invites import IncomingCall
from carelink.ui.access import SteadyScrollArea
from carelink.ui.calls.call_confirm import huge_button
from carelink.ui.calls.ports import RingSound
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import Avatar, label, tr

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 5_000
COUNTDOWN_S = 10
PHOTO_PX = 240


class IncomingCalls(QObject):
    """Looks for call invites to ring: `check()` after each sync, and on its own timer every `interval_ms`.

    Nothing is looked for while `busy()` says a call is ringing or under way. Emits `incoming(IncomingCall)`,
    and `looked(report, call)` once a sync's look is done (`call`: the IncomingCall that rang, or None).
    """

    incoming = Signal(object)
    looked = Signal(object, object)

    def __init__(self, household: Household, runner: BackgroundRunner, busy: Callable[[], bool],
                 interval_ms: int = CHECK_EVERY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._household, self._runner, self._busy = household, runner, busy
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._checking = False
        self._reports: list[object] = []  # syncs whose look is under way (or waits for the one under way)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self, report: object = None) -> None:
        """Look now (after a sync, with its `report`; or on the timer)."""
        if report is not None:
            self._reports.append(report)
        if self._checking:
            return  # the look under way answers for this sync too
        if self._busy():
            self._looked(None)
            return
        self._checking = True
        self._runner.run_task(self._find, self._found, self._failed, owner=self)

    def _find(self) -> IncomingCall | None:
        """On the runner: the newest fresh invite, marked "rung" now (the calls service decides)."""
        return self._household.calls.take_ringing()

    def _found(self, call: IncomingCall | None) -> None:
        self._checking = False
        if call is not None and self._busy():  # a call started while we looked: this one is a missed call
            wall_id = call.wall_id
            self._runner.run_task(lambda: self._household.calls.mark(wall_id, "missed"), owner=self)
            call = None
        if call is not None:
            self.incoming.emit(call)
        self._looked(call)

    def _failed(self, error: BaseException) -> None:
        self._checking = False
        log.error("looking for calls failed", exc_info=error)
        self._looked(None)

    def _looked(self, call: IncomingCall | None) -> None:
        reports, self._reports = self._reports, []
        for report in reports:
            self.looked.emit(report, call)


class RingingScreen(QWidget):
    """The whole window while a call rings. `ring(call)` starts it; emits `answered(call)` or `declined(call)`.

    The countdown (for contacts whose calls answer by themselves) moves on with `tick()`, which its timer calls
    every `tick_ms`; tests call it directly. Escape means Not now.
    """

    answered = Signal(object)
    declined = Signal(object)

    def __init__(self, sound: RingSound, tick_ms: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.screen_name = "ringing"
        self.sound = sound
        self.call: IncomingCall | None = None
        self.remaining = 0
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        scroller = SteadyScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroller)
        body = QWidget()
        body.setObjectName("screen")
        scroller.setWidget(body)
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(GAP_PX)
        self.column.addStretch(1)
        self.avatar_slot = QHBoxLayout()
        self.column.addLayout(self.avatar_slot)
        self.avatar: Avatar | None = None
        self.headline = label(role="huge")
        self.headline.setObjectName("ringing_headline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.headline)
        self.countdown = label(role="big")
        self.countdown.setObjectName("ringing_countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.countdown)
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP_PX * 3)
        self.answer_button = huge_button(tr("Answer"), "ringing_answer", "checkin", "calls")
        self.not_now_button = huge_button(tr("Not now"), "ringing_not_now", None)
        buttons.addWidget(self.answer_button, 2)
        buttons.addWidget(self.not_now_button, 1)
        self.column.addLayout(buttons)
        self.column.addStretch(1)
        self.answer_button.clicked.connect(self.answer)
        self.not_now_button.clicked.connect(self.not_now)

    @property
    def ringing(self) -> bool:
        return self.call is not None

    def ring(self, call: IncomingCall) -> None:
        self.call = call
        if self.avatar is not None:
            self.avatar.hide()
            self.avatar.deleteLater()
        self.avatar = Avatar(call.name, call.photo, PHOTO_PX)
        self.avatar_slot.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.headline.setText(tr("{name} is calling you").format(name=call.name))
        self.answer_button.setText(tr("Answer"))
        self.answer_button.setAccessibleName(tr("Answer {name}'s call").format(name=call.name))
        self.remaining = COUNTDOWN_S if call.auto_answer else 0
        self.countdown.setVisible(call.auto_answer)
        self._show_countdown()
        if call.auto_answer:
            self.timer.start()
        self.sound.start()
        self.answer_button.setFocus()

    def tick(self) -> None:
        """One second of the countdown; at nought the call answers by itself."""
        if self.call is None or not self.call.auto_answer:
            return
        self.remaining -= 1
        if self.remaining <= 0:
            self.answer()
        else:
            self._show_countdown()

    def _show_countdown(self) -> None:
        self.countdown.setText(tr("Answering by itself in {seconds}…").format(seconds=self.remaining))

    def answer(self) -> None:
        call = self._end()
        if call is not None:
            self.answered.emit(call)

    def not_now(self) -> None:
        call = self._end()
        if call is not None:
            self.declined.emit(call)

    def _end(self) -> IncomingCall | None:
        call, self.call = self.call, None
        self.timer.stop()
        self.sound.stop()
        return call

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.not_now()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Taken away by something else (the window closing; never minimising, which is spontaneous): stop the
        # ring and the countdown. The invite stays marked "rung", so it does not ring again.
        if not event.spontaneous():
            self._end()
        super().hideEvent(event)
