"""A family member's call ringing in: their photo and name filling the screen, a gentle ring over and over, a huge
green Answer and a Not now. For a contact trusted to, it answers by itself after a visible 10-second countdown.

`IncomingCalls` asks the call service for fresh invites after each sync that brought mail; the newest one rings
(it is marked "rung" as it starts, so it never rings twice), however many came together. After a sync's look it
passes the sync's report on with the call that rang, so the news of new messages leaves out who is calling (one
ring, one "Sarah is calling", never a "new message from Sarah" as well).

While the mail watch listens (IMAP IDLE), an invite arrives at once through it, so nothing looks on a timer: an idle
CareLink sleeps. Without IDLE (a server that does not offer it, offline, the demo) a slow timer looks as well, and a
look put off while a call rang or was under way is made again a few seconds after it ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

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
from carelink.ui.widgets import label, tr
from carelink.ui.widgets_portrait import Avatar

if TYPE_CHECKING:
    from carelink.services.mail_sync import SyncReport

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 5_000  # a look put off while a call rang or was under way, again soon after it ends
SLOW_CHECK_EVERY_MS = 30_000  # while no IMAP IDLE connection hears of new mail as it comes
COUNTDOWN_S = 10
PHOTO_PX = 240


class IncomingCalls(QObject):
    """Looks for call invites to ring: `check(report)` after each sync (a look only when it brought mail),
    `check()` for a look now, and on its own timer only when it must: every `slow_interval_ms` while `listening()`
    says no IDLE connection hears of new mail, and every `interval_ms` while a look waits for a call to end.

    Nothing is looked for while `busy()` says a call is ringing or under way. Emits `incoming(IncomingCall)`,
    and `looked(report, call)` once a sync's look is done (`call`: the IncomingCall that rang, or None).
    """

    incoming = Signal(object)
    looked = Signal(object, object)

    def __init__(self, household: Household, runner: BackgroundRunner, busy: Callable[[], bool],
                 interval_ms: int = CHECK_EVERY_MS, parent: QObject | None = None,
                 listening: Callable[[], bool] = lambda: False,
                 slow_interval_ms: int = SLOW_CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self._household, self._runner, self._busy = household, runner, busy
        self.listening = listening
        self._soon_ms, self._slow_ms = interval_ms, slow_interval_ms
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._checking = False
        self._put_off = False  # a look was put off (a call rang or was under way, or the look failed)
        self._running = False
        self._reports: list[object] = []  # syncs whose look is under way (or waits for the one under way)
        self._again = False  # a sync ended while a look was under way: look once more after it

    def start(self) -> None:
        self._running = True
        self.check()

    def stop(self) -> None:
        self._running = False
        self.timer.stop()

    def check(self, report: SyncReport | None = None) -> None:
        """Look now (after each sync, with its `report`, or on the timer). Every sync is followed by a look, even
        one that brought nothing: another CareLink (a `carelink sync` beside the window) may have filed the invite
        (a look is one small query; the syncs while IDLE listens are a minute apart)."""
        if report is not None:
            self._reports.append(report)
        if self._checking:
            # This sync may have filed an invite after the look under way asked: one more look once it is done.
            self._again = self._again or report is not None
            return
        if self._busy():
            self._put_off = True
            self._looked(None)
            return
        self._checking = True
        self._runner.run_task(self._find, self._found, self._failed, owner=self)

    def set_intervals(self, soon_ms: int, slow_ms: int) -> None:
        """How soon a put-off look is made again, and how often the slow timer looks while IDLE does not listen."""
        self._soon_ms, self._slow_ms = soon_ms, slow_ms
        self._keep_time()

    def _tick(self) -> None:
        if self._put_off or not self.listening():
            self.check()
        else:
            self._keep_time()  # IDLE listens again: it brings invites at once

    def _keep_time(self) -> None:
        """The timer runs only while a look was put off, or while no IDLE connection listens."""
        interval = self._soon_ms if self._put_off else None if self.listening() else self._slow_ms
        if not self._running or interval is None:
            self.timer.stop()
        elif not self.timer.isActive() or self.timer.interval() != interval:
            self.timer.start(interval)

    def _find(self) -> IncomingCall | None:
        """On the runner: the newest fresh invite, marked "rung" now (the calls service decides)."""
        return self._household.calls.take_ringing()

    def _found(self, call: IncomingCall | None) -> None:
        self._checking, self._put_off = False, False
        if call is not None and self._busy():  # a call started while we looked: this one is a missed call
            wall_id = call.wall_id
            self._runner.run_task(lambda: self._household.calls.mark(wall_id, "missed"), owner=self)
            call = None
        if call is not None:
            self.incoming.emit(call)
        self._looked(call)

    def _failed(self, error: BaseException) -> None:
        self._checking, self._put_off = False, True
        log.error("looking for calls failed", exc_info=error)
        self._looked(None)

    def _looked(self, call: IncomingCall | None) -> None:
        if self._again and self._running:
            self._again = False
            self.check()  # the syncs' reports wait for this look
            return
        self._keep_time()
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
