"""I'm OK today: one huge button tells the family, and the screen says when they were told.

The Home tile checks in with its one tap (`check_in_once`); on this screen the big button does it. Tapped again the
same day, the screen says it is already done and offers "Tell them again".
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.checkin import CheckinToday
from carelink.ui.care.words import cannot_send_words, checkin_words, time_text
from carelink.ui.runner import BackgroundRunner
from carelink.ui.widgets import BigButton, Tile, error_words, label, tr
from carelink.ui.widgets_screen import Screen

log = logging.getLogger(__name__)


class CheckinScreen(Screen):
    """The big I'm OK button, and what happened. Emits `checked_in(time)` after a check-in is stored."""

    checked_in = Signal(object)

    def __init__(self, household: Household, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("I'm OK today"), "checkin", parent=parent)
        self._household, self._runner = household, runner
        self.told_at: datetime | None = None
        self.busy = False
        self._taps = 0  # a look-up of today that started before a tap must not undo what the tap showed
        self.done = label(role="huge")
        self.done.setObjectName("checkin_done")
        self.done.setVisible(False)
        self.body_layout.addWidget(self.done)
        self.words = label(role="big")
        self.words.setObjectName("checkin_words")
        self.body_layout.addWidget(self.words)
        self.button = Tile(tr("I'm OK today"), "checkin", "checkin")
        self.button.setObjectName("checkin_button")
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button.setMinimumHeight(200)
        self.button.clicked.connect(self.check_in)
        self.body_layout.addWidget(self.button)
        # Once told, telling again is on offer but quieter: an ordinary button, not the big green one.
        self.again = BigButton(tr("Tell them again"), "checkin")
        self.again.setObjectName("checkin_again")
        self.again.clicked.connect(self.check_in)
        self.again.setVisible(False)
        self.body_layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        self.body_layout.addStretch(1)
        self._show(None)

    def entered(self) -> None:
        checkin, taps = self._household.checkin, self._taps
        self._runner.run_task(checkin.today, lambda today: self._today_known(taps, today), owner=self)

    def _today_known(self, taps: int, today: CheckinToday) -> None:
        if taps == self._taps:
            self._show(today.checked_in, told=today.told)

    def _show(self, told_at: datetime | None, just_now: bool = False, told: bool = True) -> None:
        """The button, or what became of today's check-in: "told" and the tick only once the mail server took
        it; otherwise why it has not gone (the household's connection state says)."""
        self.told_at = told_at
        locale = self._household.settings.locale
        if told_at is None:
            self.words.setText(tr("Tap the big button to tell your family that you are OK today."))
            self.button.setVisible(True)
            self.again.setVisible(False)
            self.done.setVisible(False)
            return
        words = checkin_words(told_at, locale, told)
        self.done.setText(f"✓ {words}" if told else words)
        self.done.setVisible(True)
        state = self._household.status.state
        if not told:
            self.words.setText(cannot_send_words(state) or tr(
                "Thank you. It will go to your family when the connection is back."))
        elif just_now:
            self.words.setText(tr("Thank you. Your family will get your message."))
        else:
            self.words.setText(tr("You have already told your family today, at {time}.").format(
                time=time_text(told_at, locale)))
        self.button.setVisible(False)
        self.again.setVisible(True)

    def check_in(self) -> None:
        """Tell the family now (the screen's big button)."""
        self._start(again=True)

    def check_in_once(self) -> None:
        """The Home tile's one tap: tell the family, unless that was already done today."""
        self._start(again=False)

    def _start(self, again: bool) -> None:
        if self.busy:
            return
        self.busy = True
        self._taps += 1
        self.button.setEnabled(False)
        self.again.setEnabled(False)
        checkin, courier = self._household.checkin, self._household.courier

        def work() -> tuple[datetime, bool, bool, bool]:
            today = checkin.today()
            if today.checked_in is not None and not again:
                return today.checked_in, False, False, today.told
            at = checkin.check_in()  # stored first; then the courier sends it now (its pass sets the status)
            try:
                report = courier.send_now()
            except Exception:  # stored: the next sync sends it
                log.exception("sending the check-in failed")
                return at, True, False, False
            went = {item.status for item in report.tried if item.kind == "checkin"}
            return at, True, "failed" in went, "sent" in went

        self._runner.run_task(work, self._finished, self._failed, owner=self)

    def _finished(self, result: tuple[datetime, bool, bool, bool]) -> None:
        self.busy = False
        self.button.setEnabled(True)
        self.again.setEnabled(True)
        told_at, just_now, refused, told = result
        self._show(told_at, just_now, told)
        if refused:  # nothing reached the family: never "your family will get your message"
            self.words.setText(tr("CareLink could not send this. Please phone your family."))
        if just_now:
            self.checked_in.emit(told_at)
        (self.again if self.again.isVisible() else self.button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.button.setEnabled(True)
        self.again.setEnabled(True)
        if isinstance(error, UserError):
            self.words.setText(error_words(error))
        else:
            log.error("the check-in could not be saved", exc_info=error)
            self.words.setText(tr("Sorry, that did not work. Please try again, or phone your family."))
