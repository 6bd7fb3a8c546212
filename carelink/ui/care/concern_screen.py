"""Report a concern: what is wrong (pictured choices), more words and a call back if wanted, Send, and how it went.

The concern is stored (with its email) by the service before this screen says "Sending…"; the courier then tries
to send it, and the screen says what really happened (sent, waiting, or "could not send: please phone"). The
emergency number is always on show, from the settings, never written here. Leaving part-way keeps nothing and asks
nothing: each visit starts afresh.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.concerns import MAX_NOTE_CHARS, Concern
from carelink.services.outbox import DeliveryReport
from carelink.services.status import connection_after
from carelink.ui.access import focus_first_content
from carelink.ui.care.choice_grid import ChoiceGrid
from carelink.ui.care.words import carer_words, category_words, concern_words, field_style
from carelink.ui.fitting import FittingStack
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX, theme_for
from carelink.ui.widgets import BigButton, ChoiceRow, Screen, label, tr

log = logging.getLogger(__name__)
SUMMARY_CHARS = 80
SEND_MIN_WIDTH = 240


class NoteBox(QPlainTextEdit):
    """The person's own words. Tab moves on rather than typing a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setObjectName("concern_note")


def _page(layout_parent: FittingStack) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    page.setObjectName("screen")
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(GAP_PX)
    layout_parent.addWidget(page)
    return page, column


def _button_row(column: QVBoxLayout, *buttons: BigButton) -> None:
    row = QHBoxLayout()
    row.setSpacing(GAP_PX * 2)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    column.addLayout(row)


class ConcernScreen(Screen):
    """The four steps of reporting a concern, or a plain message when no carer is set up."""

    def __init__(self, household: Household, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Report a concern"), "concern", parent=parent)
        self._household, self._runner = household, runner
        self._carer: str | None = None
        self.category: str | None = None
        self.concern_id: int | None = None
        self._visit = 0  # a reply from the background for an earlier visit is ignored

        self.banner = QFrame()
        self.banner.setProperty("role", "card")
        banner_column = QVBoxLayout(self.banner)
        banner_column.setContentsMargins(20, 8, 20, 8)
        self.banner_text = label(role="title")
        self.banner_text.setObjectName("concern_emergency")
        banner_column.addWidget(self.banner_text)
        self.body_layout.addWidget(self.banner)

        self.stack = FittingStack()
        self.body_layout.addWidget(self.stack)
        self.body_layout.addStretch(1)
        self.pages: dict[str, QWidget] = {}
        self._build_choose()
        self._build_more()
        self._build_send()
        self._build_sent()
        self._build_no_carer()
        self.entered()

    # --- building -----------------------------------------------------------------------------------------------

    def _build_choose(self) -> None:
        self.pages["choose"], column = _page(self.stack)
        words = category_words()
        self.choices = ChoiceGrid("concern", [(key, text, f"concern-{key}") for key, text in words.items()])
        self.choices.chosen.connect(self.choose)
        column.addWidget(self.choices)

    def _build_more(self) -> None:
        self.pages["more"], column = _page(self.stack)
        self.note_label = label(role="big")
        column.addWidget(self.note_label)
        self.note = NoteBox()
        column.addWidget(self.note)
        self.call_back_question = label(role="big")
        column.addWidget(self.call_back_question)
        self.call_back = ChoiceRow("concern_call_back", [("yes", tr("Yes, please call me")), ("no", tr("No"))])
        column.addWidget(self.call_back)
        self.more_back = BigButton(tr("Back"))
        self.more_back.setObjectName("concern_more_back")
        self.more_back.clicked.connect(lambda: self.show_step("choose"))
        self.skip = BigButton(tr("Skip"))
        self.skip.setObjectName("concern_skip")
        self.skip.clicked.connect(self.skip_more)
        self.next = BigButton(tr("Next"))
        self.next.setObjectName("concern_next")
        self.next.clicked.connect(lambda: self.show_step("send"))
        _button_row(column, self.next, self.skip, self.more_back)

    def _build_send(self) -> None:
        self.pages["send"], column = _page(self.stack)
        self.summary = label(role="big")
        self.summary.setObjectName("concern_summary")
        column.addWidget(self.summary)
        self.problem = label(role="error")
        self.problem.setObjectName("concern_problem")
        self.problem.setVisible(False)
        column.addWidget(self.problem)
        self.send = BigButton(tr("Send"), "concern")
        self.send.setObjectName("concern_send")
        self.send.setMinimumWidth(SEND_MIN_WIDTH)
        self.send.clicked.connect(self.send_concern)
        self.send_back = BigButton(tr("Back"))
        self.send_back.setObjectName("concern_send_back")
        self.send_back.clicked.connect(lambda: self.show_step("more"))
        _button_row(column, self.send, self.send_back)

    def _build_sent(self) -> None:
        self.pages["sent"], column = _page(self.stack)
        self.progress = label(role="huge")
        self.progress.setObjectName("concern_progress")
        column.addWidget(self.progress)
        self.sent_summary = label(role="big")
        column.addWidget(self.sent_summary)
        self.done = BigButton(tr("Back to Home"), "home")
        self.done.setObjectName("concern_done")
        self.done.clicked.connect(self.home_requested)
        _button_row(column, self.done)

    def _build_no_carer(self) -> None:
        self.pages["no_carer"], column = _page(self.stack)
        self.no_carer = label(tr("No carer is set up yet. Please phone your carer or your family."), "huge")
        self.no_carer.setObjectName("concern_no_carer")
        column.addWidget(self.no_carer)
        column.addWidget(label(tr("Your family can add a carer in Settings."), "big"))

    # --- moving between steps -----------------------------------------------------------------------------------

    def entered(self) -> None:
        """Every visit starts afresh at step 1 (or the no-carer message)."""
        self._visit += 1
        self.category, self.concern_id = None, None
        self.note.clear()
        self.call_back.select("")
        self.problem.setVisible(False)
        self._set_busy(False)
        settings = self._household.settings
        self.banner_text.setText(tr("If you are in danger now, call {number}.").format(
            number=settings.emergency_number))
        self.note.setStyleSheet(field_style(theme_for(settings.high_contrast, 1.0).palette))
        carer = self._household.concerns.main_carer()
        self._carer = carer.name if carer else None
        name = carer_words(self._carer)
        self.note_label.setText(tr("Write more for {name}, if you like.").format(name=name))
        self.note.setAccessibleName(tr("Your words for {name}").format(name=name))
        self.call_back_question.setText(tr("Would you like {name} to call you?").format(name=name))
        self.call_back.setAccessibleName(self.call_back_question.text())
        self.show_step("choose" if carer else "no_carer")

    def show_step(self, step: str) -> None:
        name = carer_words(self._carer)
        titles = {"choose": tr("What is wrong?"), "more": tr("Tell {name} more").format(name=name),
                  "send": tr("Send to {name}?").format(name=name), "sent": tr("Report a concern"),
                  "no_carer": tr("Report a concern")}
        self.title.setText(titles[step])
        self.title.setAccessibleName(titles[step])
        # The emergency number is on show where the person chooses, sends, or cannot send; the typing step
        # leaves it out so that its box and buttons fit the screen at the largest text.
        self.banner.setVisible(step in ("choose", "send", "sent", "no_carer"))
        if step == "more":
            self.note.ensurePolished()
            self.note.setMinimumHeight(self.note.fontMetrics().lineSpacing() * 3 + 40)
        if step == "send":
            self.summary.setText(self._summary())
            self.problem.setVisible(False)
        self.stack.setCurrentWidget(self.pages[step])
        self.scroller.verticalScrollBar().setValue(0)
        focus_first_content(self.pages[step], ())  # on the new step's first control, not left behind on Back

    def step(self) -> str:
        return next(name for name, page in self.pages.items() if page is self.stack.currentWidget())

    def choose(self, category: str) -> None:
        self.category = category
        self.show_step("more")
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def skip_more(self) -> None:
        self.note.clear()
        self.call_back.select("")
        self.show_step("send")

    def wants_call_back(self) -> bool:
        return self.call_back.buttons["yes"].isChecked()

    def _summary(self) -> str:
        name = carer_words(self._carer)
        lines = [category_words()[self.category or "other"]]
        words = self.note.toPlainText().strip()
        if len(words) > SUMMARY_CHARS:  # the whole note is sent; the summary must leave Send on the screen
            words = words[:SUMMARY_CHARS].rstrip() + "…"
        lines.append(tr("Your words: “{words}”").format(words=words) if words else tr("No words added."))
        lines.append(tr("You asked {name} to call you.").format(name=name) if self.wants_call_back()
                     else tr("You did not ask for a call."))
        return "\n".join(lines)

    # --- sending ------------------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for button in (self.send, self.send_back):
            button.setEnabled(not busy)

    def send_concern(self) -> None:
        if self.category is None or not self.send.isEnabled():
            return
        note = self.note.toPlainText().strip()
        if len(note) > MAX_NOTE_CHARS:
            self._say_problem(tr("That is too long to send: {count} letters at most.").format(count=MAX_NOTE_CHARS))
            return
        self._set_busy(True)
        category, call_back, visit = self.category, self.wants_call_back(), self._visit
        concerns = self._household.concerns
        self._runner.run_task(lambda: concerns.raise_concern(category, note, call_back),
                              lambda concern: self._stored(visit, concern),
                              lambda error: self._not_stored(visit, error), owner=self)

    def _say_problem(self, words: str) -> None:
        self.problem.setText(words)
        self.problem.setVisible(True)

    def _not_stored(self, visit: int, error: BaseException) -> None:
        if visit != self._visit:
            return
        self._set_busy(False)
        if isinstance(error, UserError):
            self._say_problem(error.message)
        else:
            log.error("a concern could not be stored", exc_info=error)
            self._say_problem(tr("Sorry, it could not be saved. Please try again, or phone {name}.").format(
                name=carer_words(self._carer)))

    def _stored(self, visit: int, concern: Concern) -> None:
        """The concern is safely stored: only now say "Sending…", then try to send it."""
        if visit != self._visit:
            return
        self.concern_id = concern.id
        self.progress.setText(concern_words(concern, offline=False, locale=self._household.settings.locale))
        self.sent_summary.setText(category_words()[concern.category])
        self.show_step("sent")
        self.done.setFocus(Qt.FocusReason.OtherFocusReason)
        household = self._household

        def deliver() -> tuple[DeliveryReport, Concern, str | None]:
            report = household.courier.send_now()  # the courier sends; the concern follows its events
            now = household.concerns.get(concern.id)
            return report, now, household.concerns.carer_phone(now)

        self._runner.run_task(deliver, lambda result: self._delivered(visit, *result),
                              lambda error: self._not_delivered(visit, concern, error), owner=self)

    def _delivered(self, visit: int, report: DeliveryReport, concern: Concern, phone: str | None) -> None:
        if visit == self._visit:
            offline = concern.status == "queued" and not report.deferred
            self.progress.setText(concern_words(concern, offline=offline, locale=self._household.settings.locale,
                                                phone=phone, state=connection_after(report)))

    def refresh_progress(self) -> None:
        """The concern on show moved on (sent later by a sync, refused, seen by the carer): say so."""
        if self.concern_id is None or self.step() != "sent":
            return
        visit, concern_id, concerns = self._visit, self.concern_id, self._household.concerns

        def look() -> tuple[Concern, str | None]:
            now = concerns.get(concern_id)
            return now, concerns.carer_phone(now)

        self._runner.run_task(look, lambda found: self._progressed(visit, *found), owner=self)

    def _progressed(self, visit: int, concern: Concern, phone: str | None) -> None:
        if visit == self._visit and concern.status != "queued":
            self.progress.setText(concern_words(concern, offline=False, locale=self._household.settings.locale,
                                                phone=phone))

    def _not_delivered(self, visit: int, concern: Concern, error: BaseException) -> None:
        log.error("sending concern %s failed; the courier will try again", concern.id, exc_info=error)
        if visit == self._visit:
            self.progress.setText(concern_words(concern, offline=True, locale=self._household.settings.locale))
