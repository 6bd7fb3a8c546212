"""Workshop mode: the facilitator's panel. Choose a lesson, type the learner's first name, Start; see how each
learner got on; reset the pretend family between learners; print a handout. Leaving it needs the PIN."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.services.locales import clock_time
from carelink.services.tutorial.lessons import Lesson
from carelink.services.tutorial.progress import DONE, STOPPED, LearnerProgress, LearnerRecord, check_learner_name
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, button_row, label, tr
from carelink.ui.widgets_choice import check_only, one_of_many
from carelink.ui.widgets_screen import Screen

LESSON_COLUMNS = (3, 2)  # three columns of lessons where their words fit (fourteen lessons and Start in view), else two
LESSONS_ROOM_PX = 800  # three columns while their words need no more (at 100% text; a little wrapping is fine)
SHOWN_RECORDS = 12


def record_words(record: LearnerRecord, titles: dict[str, str], locale: str = "") -> str:
    title = titles.get(record.lesson_id, record.lesson_id)
    # the steps done, as `carelink tutorial learners` says them
    if record.status == DONE:
        how = tr("finished")
    elif record.status == STOPPED:
        how = tr("stopped after {done} of {steps} steps").format(done=record.step_reached, steps=record.steps)
    else:
        how = tr("{done} of {steps} steps done so far").format(done=record.step_reached, steps=record.steps)
    return tr("{learner}: {lesson}, {how} ({time})").format(learner=record.learner, lesson=title, how=how,
                                                          time=clock_time(record.updated, locale))


class FacilitatorPanel(Screen):
    """The workshop's controls. Holds the lessons, the learners' record and the lesson chosen.

    Emits `start_requested(lesson_id, learner)`, `resume_requested(lesson_id, learner, record_id)` (a stopped lesson
    carried on where it stopped), `reset_requested()`, `handout_requested(lesson_id, to_printer)`,
    `certificate_requested(learner, to_printer)` and `leave_requested()` (the window asks for the PIN before leaving).
    """

    start_requested = Signal(str, str)
    resume_requested = Signal(str, str, int)
    certificate_requested = Signal(str, bool)
    reset_requested = Signal()
    handout_requested = Signal(str, bool)
    leave_requested = Signal()

    def __init__(self, lessons: list[Lesson], learners: LearnerProgress, runner: BackgroundRunner,
                 problems: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Workshop mode"), "tutorial", home_text=tr("Leave workshop mode"), parent=parent)
        self.home_button.clicked.disconnect()  # leaving goes through the PIN, never straight Home
        self.home_button.clicked.connect(self.leave_requested)
        self._lessons = {lesson.id: lesson for lesson in lessons}
        self._learners, self._runner = learners, runner
        self.chosen: str | None = None
        self._forget_asked = False
        self._asked = 0  # looks at the learners' records asked for: only the latest is shown

        # Above: the lessons on the left, the learner's name and Start on the right, so that Start is on show
        # without scrolling however many lessons there are; below: handouts, the learners, Reset, Forget.
        top = QHBoxLayout()
        top.setSpacing(GAP_PX * 2)
        choose = QVBoxLayout()
        choose.setSpacing(GAP_PX // 2)
        choose.addWidget(label(tr("1. Choose a lesson"), "big"))
        grid = QGridLayout()
        grid.setSpacing(GAP_PX // 2 + 4)  # 12 px: DESIGN.md's least gap between controls
        self.lesson_buttons: dict[str, BigButton] = {}
        for lesson in lessons:
            button = BigButton(lesson.short)  # the short words: the full title is its description
            button.setObjectName(f"tutorial_lesson_{lesson.id}")
            button.setToolTip(lesson.title)
            button.setAccessibleName(lesson.title)
            button.setAccessibleDescription(lesson.summary)
            button.clicked.connect(lambda _=False, chosen=lesson.id: self.choose(chosen))
            self.lesson_buttons[lesson.id] = button
        widest = max((button.sizeHint().width() for button in self.lesson_buttons.values()), default=0)
        columns = next((count for count in LESSON_COLUMNS
                        if count * widest + (count - 1) * grid.spacing() <= LESSONS_ROOM_PX), LESSON_COLUMNS[-1])
        for index, button in enumerate(self.lesson_buttons.values()):
            grid.addWidget(button, index // columns, index % columns)
        one_of_many(self.lesson_buttons.values())  # a screen reader hears radio buttons: one lesson at a time
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        choose.addLayout(grid)
        for problem in problems or []:
            choose.addWidget(label(problem, "error"))
        choose.addStretch(1)
        top.addLayout(choose, 3)

        start = QVBoxLayout()
        start.setSpacing(GAP_PX)
        start.addWidget(label(tr("2. Type the learner's first name"), "big"))
        self.learner = QLineEdit()
        self.learner.setObjectName("tutorial_learner")
        self.learner.setAccessibleName(tr("The learner's first name"))
        self.learner.setMaxLength(30)
        self.learner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # never squeezed
        self.learner.returnPressed.connect(self.start)
        start.addWidget(self.learner)
        self.start_button = BigButton(tr("Start the lesson"), "learn")
        self.start_button.setObjectName("tutorial_start")
        self.start_button.setProperty("tile", "learn")
        self.start_button.clicked.connect(self.start)
        start.addSpacing(4)
        start.addWidget(self.start_button)
        self.resume_button = BigButton("")
        self.resume_button.setObjectName("tutorial_resume")
        self.resume_button.setVisible(False)
        self.resume_button.clicked.connect(self.resume)
        start.addWidget(self.resume_button)
        self._records: list[LearnerRecord] = []
        self.learner.textChanged.connect(lambda _text: self._offer_resume())
        self.message = label(role="error")
        self.message.setObjectName("tutorial_message")
        start.addWidget(self.message)
        self.print_button = BigButton(tr("Print a handout"))
        self.print_button.setObjectName("tutorial_print")
        self.print_button.clicked.connect(lambda: self._handout(to_printer=True))
        self.pdf_button = BigButton(tr("Save the handout as PDF"))
        self.pdf_button.setObjectName("tutorial_pdf")
        self.pdf_button.clicked.connect(lambda: self._handout(to_printer=False))
        start.addSpacing(GAP_PX)
        start.addWidget(self.print_button)  # one above the other: the column is narrow at large text
        start.addWidget(self.pdf_button)
        start.addStretch(1)
        top.addLayout(start, 2)
        self.body_layout.addLayout(top)

        self.body_layout.addWidget(label(tr("Learners"), "big"))
        self.records = label()
        self.records.setObjectName("tutorial_records")
        self.body_layout.addWidget(self.records)
        self.reset_button = BigButton(tr("Reset the pretend family (between learners)"))
        self.reset_button.setObjectName("tutorial_reset")
        self.reset_button.clicked.connect(self.reset_requested)
        self.forget_button = BigButton(tr("Forget the list of learners"))
        self.forget_button.setObjectName("tutorial_forget")
        self.forget_button.clicked.connect(self.forget)
        self.certificate_button = BigButton(tr("Certificate for this learner"))
        self.certificate_button.setObjectName("tutorial_certificate")
        self.certificate_button.clicked.connect(lambda: self._certificate(to_printer=False))
        self.certificate_print_button = BigButton(tr("Print the certificate"))
        self.certificate_print_button.setObjectName("tutorial_certificate_print")
        self.certificate_print_button.clicked.connect(lambda: self._certificate(to_printer=True))
        self.body_layout.addLayout(button_row(self.reset_button))
        self.body_layout.addLayout(button_row(self.certificate_button, self.certificate_print_button))
        self.body_layout.addWidget(label(tr("To leave workshop mode, press Leave workshop mode and type the PIN "
                                            "(or press Ctrl+Shift+L)."), "quiet"))
        # at the end of a workshop, far from Reset, and only after a second tap says yes
        self.body_layout.addLayout(button_row(self.forget_button))
        self.body_layout.addStretch(1)
        if lessons:
            self.choose(lessons[0].id)

    def choose(self, lesson_id: str) -> None:
        self.chosen = lesson_id
        check_only(self.lesson_buttons, lesson_id)
        self._offer_resume()

    def start(self) -> None:
        if self.chosen is None:
            self.say(tr("Please choose a lesson first."))
            return
        try:
            learner = check_learner_name(self.learner.text())
        except UserError:
            self.say(tr("Please type the learner's first name (up to 30 letters)."))
            self.learner.setFocus()
            return
        self.say("")
        self.start_requested.emit(self.chosen, learner)

    def _stopped(self) -> LearnerRecord | None:
        """The learner's latest go at the chosen lesson, if they stopped it part way."""
        name = " ".join(self.learner.text().split()).casefold()
        for record in self._records:  # the latest first
            if record.learner.casefold() == name and record.lesson_id == self.chosen:
                return record if record.status == STOPPED and 0 < record.step_reached < record.steps else None
        return None

    def _offer_resume(self) -> None:
        record = self._stopped()
        if record is not None:
            self.resume_button.setText(tr("Carry on from step {step}").format(step=record.step_reached + 1))
        self.resume_button.setVisible(record is not None)

    def resume(self) -> None:
        record = self._stopped()
        if record is not None:
            self.say("")
            self.resume_requested.emit(record.lesson_id, record.learner, record.id)

    def _handout(self, to_printer: bool) -> None:
        if self.chosen is None:
            self.say(tr("Please choose a lesson first."))
            return
        self.handout_requested.emit(self.chosen, to_printer)

    def _certificate(self, to_printer: bool) -> None:
        try:
            self.certificate_requested.emit(check_learner_name(self.learner.text()), to_printer)
        except UserError:
            self.say(tr("Please type the learner's first name, then tap Print the certificate.") if to_printer else
                     tr("Please type the learner's first name, then tap Certificate for this learner."))
            self.learner.setFocus()

    def say(self, words: str) -> None:
        self.message.setText(words)

    def forget(self) -> None:
        """The first tap asks; the second forgets every learner."""
        if not self._forget_asked:
            self._forget_asked = True
            self.forget_button.setText(tr("Yes, forget every learner"))
            self.say(tr("This forgets how every learner got on. Tap Yes, forget every learner to do it."))
            return
        self._forget_asked = False
        self.forget_button.setText(tr("Forget the list of learners"))
        self._runner.run_task(self._learners.forget_all, lambda count: self._forgot(count), owner=self)

    def _forgot(self, count: object) -> None:
        self.say(tr("The list of learners is empty now ({count} forgotten).").format(count=count))
        self.refresh()

    def refresh(self) -> None:
        self._asked += 1
        asked = self._asked
        self._runner.run_task(self._learners.records, lambda records: self._show_records(records, asked), owner=self)

    def _show_records(self, records: list[LearnerRecord], asked: int) -> None:
        if asked != self._asked:
            return  # an older look, come back after a newer one was asked for: the newer one is on its way
        self._records = records
        self._offer_resume()
        titles = {key: lesson.title for key, lesson in self._lessons.items()}
        lines = [record_words(record, titles) for record in records[:SHOWN_RECORDS]]
        self.records.setText("\n".join(lines) if lines else tr("Nobody has practised yet."))

    def entered(self) -> None:
        if self._forget_asked:
            self._forget_asked = False
            self.forget_button.setText(tr("Forget the list of learners"))
        self.refresh()
        self.learner.setFocus()
