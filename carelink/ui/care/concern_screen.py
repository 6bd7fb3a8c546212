"""Report a concern: what is wrong (pictured choices), more words and a call back if wanted, Send, and how it went.

The concern is stored (with its email) by the service before this screen says "Sending…"; the courier then tries
to send it, and the screen says what really happened (sent, waiting, or "could not send: please phone"). The
emergency number is always on show, from the settings, never written here. Leaving part-way keeps nothing and asks
nothing: each visit starts afresh.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.concerns import MAX_NOTE_CHARS, Concern
from carelink.services.outbox import DeliveryReport
from carelink.services.status import Connection, connection_after
from carelink.ui.access import focus_first_content
from carelink.ui.announce import joined_names
from carelink.ui.care.choice_grid import ChoiceGrid
from carelink.ui.care.concern_parts import AnswerPair, ChosenProblem, EmergencyLine
from carelink.ui.care.words import (
    carer_words,
    category_words,
    concern_words,
    family_concern_words,
    field_style,
)
from carelink.ui.fitting import FittingStack
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX, theme_for
from carelink.ui.widgets import BigButton, error_words, label, tr
from carelink.ui.widgets_screen import Screen

log = logging.getLogger(__name__)
SUMMARY_CHARS = 60
SEND_HEIGHT_LINES = 1.7  # Send is the biggest thing on its step: this many lines of its words tall, and wide


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


def _forward_and_back(column: QVBoxLayout, forward: BigButton, back: BigButton | None) -> None:
    """The step's one action, wide, on the left; Back small and to the side, well apart from it."""
    row = QHBoxLayout()
    row.setSpacing(GAP_PX * 3)
    forward.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    row.addWidget(forward, 3)
    if back is not None:
        row.addStretch(1)
        row.addWidget(back, 0, Qt.AlignmentFlag.AlignBottom)
    column.addLayout(row)


def _back(name: str) -> BigButton:
    button = BigButton(tr("Back"))
    button.setObjectName(name)
    return button


class ConcernScreen(Screen):
    """Reporting a concern, one action per step: what is wrong (pictured choices), more words if wanted, whether to
    be called, Send; then how it went. With no carer set up it goes to the family (and says so); with nobody at all
    to tell, a plain message says whom to phone and who can set it up. The emergency line is on every step."""

    STEPS = ("choose", "words", "call", "send", "sent", "nobody")

    def __init__(self, household: Household, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Report a concern"), "concern", parent=parent)
        self._household, self._runner = household, runner
        self._carer: str | None = None  # whom it goes to, in words ("Jane Wilson", "your family")
        self._to_family = False
        self._family_names = ""
        self.category: str | None = None
        self.concern_id: int | None = None
        self._visit = 0  # a reply from the background for an earlier visit is ignored

        self.banner = EmergencyLine()
        self.banner_text = self.banner.text
        self.body_layout.addWidget(self.banner)
        self.stack = FittingStack()
        self.body_layout.addWidget(self.stack)
        self.body_layout.addStretch(1)
        self.pages: dict[str, QWidget] = {}
        self.chosen: dict[str, ChosenProblem] = {}
        self._build_choose()
        self._build_words()
        self._build_call()
        self._build_send()
        self._build_sent()
        self._build_nobody()
        self.entered()

    # --- building -----------------------------------------------------------------------------------------------

    def _chosen_problem(self, step: str, column: QVBoxLayout) -> None:
        self.chosen[step] = ChosenProblem(f"concern_{step}_chosen")
        column.addWidget(self.chosen[step])

    def _build_choose(self) -> None:
        self.pages["choose"], column = _page(self.stack)
        words = category_words()
        self.choices = ChoiceGrid("concern", [(key, text, f"concern-{key}") for key, text in words.items()])
        self.choices.chosen.connect(self.choose)
        for button in self.choices.buttons.values():
            # Shown chosen after Back (checkable, not auto-exclusive: an arrow key must move, never choose).
            button.setCheckable(True)
        column.addWidget(self.choices)

    def _build_words(self) -> None:
        self.pages["words"], column = _page(self.stack)
        self._chosen_problem("words", column)
        self.note = NoteBox()
        self.note.textChanged.connect(self._words_changed)
        column.addWidget(self.note)
        # One way on: "No more to add" while the box is empty, "Next" once there are words (never "Skip", which
        # would throw typed words away). It is as wide as the longer of the two, so it never changes size.
        self.words_next = BigButton(tr("No more to add"))
        self.words_next.setObjectName("concern_words_next")
        self.words_next.clicked.connect(lambda: self.show_step("call"))
        self.words_back = _back("concern_words_back")
        self.words_back.clicked.connect(lambda: self.show_step("choose"))
        _forward_and_back(column, self.words_next, self.words_back)

    def _build_call(self) -> None:
        self.pages["call"], column = _page(self.stack)
        self._chosen_problem("call", column)
        self.call_back = AnswerPair("concern_call_back", [("yes", tr("Yes, please call me")), ("no", tr("No"))])
        self.call_back.chosen.connect(lambda _: self.show_step("send"))
        column.addWidget(self.call_back)
        self.call_back_side = _back("concern_call_back_back")
        self.call_back_side.clicked.connect(lambda: self.show_step("words"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.call_back_side)
        column.addLayout(row)

    def _build_send(self) -> None:
        self.pages["send"], column = _page(self.stack)
        self._chosen_problem("send", column)
        self.summary = label()
        self.summary.setObjectName("concern_summary")
        column.addWidget(self.summary)
        self.problem = label(role="error")
        self.problem.setObjectName("concern_problem")
        self.problem.setVisible(False)
        column.addWidget(self.problem)
        self.send = BigButton(tr("Send"), "concern")
        self.send.setObjectName("concern_send")
        self.send.setProperty("tile", "concern")
        self.send.text_label().setProperty("role", "huge")
        self.send.clicked.connect(self.send_concern)
        self.send_back = _back("concern_send_back")
        self.send_back.clicked.connect(lambda: self.show_step("call"))
        _forward_and_back(column, self.send, self.send_back)

    def _build_sent(self) -> None:
        self.pages["sent"], column = _page(self.stack)
        self.progress = label(role="huge")
        self.progress.setObjectName("concern_progress")
        column.addWidget(self.progress)
        self._chosen_problem("sent", column)
        self.sent_summary = self.chosen["sent"].words
        self.done = BigButton(tr("Back to Home"), "home")
        self.done.setObjectName("concern_done")
        self.done.clicked.connect(self.home_requested)
        row = QHBoxLayout()
        row.addWidget(self.done)
        row.addStretch(1)
        column.addLayout(row)

    def _build_nobody(self) -> None:
        self.pages["nobody"], column = _page(self.stack)
        self.no_carer = label(tr("Nobody is set up yet to hear about a concern. Please phone your family or someone "
                                 "you trust."), "big")
        self.no_carer.setObjectName("concern_no_carer")
        column.addWidget(self.no_carer)
        column.addWidget(label(tr("Whoever set up CareLink can add a carer in Settings → Contacts.")))

    # --- moving between steps -----------------------------------------------------------------------------------

    def entered(self) -> None:
        """Every visit starts afresh at step 1 (or the nobody-to-tell message)."""
        self._visit += 1
        self.category, self.concern_id = None, None
        self._show_chosen()
        self.note.clear()
        self.call_back.select("")
        self.problem.setVisible(False)
        self._set_busy(False)
        settings = self._household.settings
        self.banner_text.setText(tr("If you are in danger now, call {number}.").format(
            number=settings.emergency_number))
        palette = theme_for(settings.high_contrast, 1.0).palette
        self.note.setStyleSheet(field_style(palette))
        hint = self.note.palette()  # the words in the empty box are read too: the theme's quiet text, at 7:1
        hint.setColor(QPalette.ColorRole.PlaceholderText, QColor(palette.quiet_text))
        self.note.setPalette(hint)
        self.call_back.use_palette(palette)
        to = self._household.concerns.recipients()
        self._to_family, self._family_names = to.to_family, joined_names(to.names)
        self._carer = tr("your family") if to.to_family else (self._family_names or None)
        name = carer_words(self._carer)
        self.note.setAccessibleName(tr("Your words for {name}, if you like").format(name=name))
        self.note.setPlaceholderText(tr("Your words for {name}, if you like").format(name=name))
        self.call_back.setAccessibleName(tr("Would you like {name} to call you?").format(name=name))
        self._fix_words_next_width()
        self.show_step("choose" if to.people else "nobody")

    def _fix_words_next_width(self) -> None:
        button = self.words_next
        widths = []
        for words in (tr("Next"), tr("No more to add")):
            button.setText(words)
            widths.append(button.sizeHint().width())
        button.setMinimumWidth(max(widths))
        self._words_changed()

    def _words_changed(self) -> None:
        words = tr("Next") if self.note.toPlainText().strip() else tr("No more to add")
        if self.words_next.text() != words:
            self.words_next.setText(words)

    def _titles(self) -> dict[str, str]:
        name = carer_words(self._carer)
        return {"choose": tr("What is wrong?"), "words": tr("Tell {name} more").format(name=name),
                "call": tr("Would you like {name} to call you?").format(name=name),
                "send": tr("Send to {name}?").format(name=name), "sent": tr("Report a concern"),
                "nobody": tr("Report a concern")}

    def show_step(self, step: str) -> None:
        title = self._titles()[step]
        self.title.setText(title)
        self.title.setAccessibleName(title)
        if step in self.chosen and self.category:
            colour = theme_for(self._household.settings.high_contrast, 1.0).palette.text
            self.chosen[step].show_problem(category_words()[self.category], f"concern-{self.category}", colour)
        if step == "words":
            self.note.ensurePolished()
            self.note.setMinimumHeight(self.note.fontMetrics().lineSpacing() * 2 + 40)
        if step == "send":
            self.summary.setText(self._summary())
            self.problem.setVisible(False)
            self.send.ensurePolished()
            self.send.setMinimumHeight(round(self.send.text_label().fontMetrics().height() * SEND_HEIGHT_LINES))
        self.stack.setCurrentWidget(self.pages[step])
        self.scroller.verticalScrollBar().setValue(0)
        self._focus_step(step)

    def _focus_step(self, step: str) -> None:
        """The step opens on its content, never on Back: the step it left hid the focused button, and Qt hands the
        focus on to the next button in the chain (the new step's Back), so Space would go back again."""
        first: dict[str, QWidget] = {
            "choose": self.choices.buttons[self.category] if self.category
            else next(iter(self.choices.buttons.values())),
            "words": self.note,
            "call": self.call_back.buttons.get(self.call_back.value()) or next(iter(self.call_back.buttons.values())),
            "send": self.send, "sent": self.done}
        if step in first:
            first[step].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            focus_first_content(self.pages[step], ())

    def step(self) -> str:
        return next(name for name, page in self.pages.items() if page is self.stack.currentWidget())

    def choose(self, category: str) -> None:
        self.category = category
        self._show_chosen()
        self.show_step("words")
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_chosen(self) -> None:
        for key, button in self.choices.buttons.items():
            button.setChecked(key == self.category)

    def wants_call_back(self) -> bool:
        return self.call_back.value() == "yes"

    def _summary(self) -> str:
        name = carer_words(self._carer)
        words = self.note.toPlainText().strip()
        if len(words) > SUMMARY_CHARS:  # the whole note is sent; the summary must leave Send on the screen
            words = words[:SUMMARY_CHARS].rstrip() + "…"
        lines = [tr("Your words: “{words}”").format(words=words) if words else tr("No words added.")]
        lines.append(tr("You asked {name} to call you.").format(name=name) if self.wants_call_back()
                     else tr("You did not ask for a call."))
        if self._to_family:
            lines.append(tr("No carer is set up, so this goes to {names}.").format(names=self._family_names))
        return "\n".join(lines)

    # --- sending ------------------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        if busy and QApplication.focusWidget() in (self.send, self.send_back):
            self.pages["send"].setFocus(Qt.FocusReason.OtherFocusReason)  # not handed on to Home: Space stays here
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

    def _progress(self, concern: Concern, offline: bool, phone: str | None = None,
                  state: Connection | None = None) -> str:
        locale = self._household.settings.locale
        if self._to_family:
            return family_concern_words(concern, offline, locale, phone, state)
        return concern_words(concern, offline=offline, locale=locale, phone=phone, state=state)

    def _say_problem(self, words: str) -> None:
        self.problem.setText(words)
        self.problem.setVisible(True)

    def _not_stored(self, visit: int, error: BaseException) -> None:
        if visit != self._visit:
            return
        self._set_busy(False)
        if isinstance(error, UserError):
            self._say_problem(error_words(error))
        else:
            log.error("a concern could not be stored", exc_info=error)
            self._say_problem(tr("Sorry, it could not be saved. Please try again, or phone {name}.").format(
                name=carer_words(self._carer)))

    def _stored(self, visit: int, concern: Concern) -> None:
        """The concern is safely stored: only now say "Sending…", then try to send it."""
        if visit != self._visit:
            return
        self.concern_id = concern.id
        self.progress.setText(self._progress(concern, offline=False))
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
            self.progress.setText(self._progress(concern, offline, phone, state=connection_after(report)))

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
            self.progress.setText(self._progress(concern, False, phone))

    def _not_delivered(self, visit: int, concern: Concern, error: BaseException) -> None:
        log.error("sending concern %s failed; the courier will try again", concern.id, exc_info=error)
        if visit == self._visit:
            self.progress.setText(self._progress(concern, offline=True))
