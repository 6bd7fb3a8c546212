"""Workshop mode: the facilitator's panel, in three parts. Start a lesson: choose a lesson, type the learner's first
name, Start (or Carry on). Print: the lesson's handout, the learner's certificate. Learners: reset the pretend family
between learners, see how each learner got on, forget them at the end. Leaving it needs the PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.services.locales import clock_time
from carelink.services.tutorial.lessons import Lesson
from carelink.services.tutorial.progress import DONE, STOPPED, LearnerProgress, LearnerRecord, check_learner_name
from carelink.ui.fitting import FittingStack, Refit, fits_unscrolled
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX
from carelink.ui.tutorial.panel_pages import Arrows, PagedGrid, PagedLines
from carelink.ui.tutorial.panel_watch import PanelWatch
from carelink.ui.widgets import BigButton, button_row, label, tr
from carelink.ui.widgets_choice import check_only, one_of_many
from carelink.ui.widgets_screen import Screen

RECORDS_TO_A_PAGE = (12, 10, 8, 6, 5, 4, 3, 2, 1)  # learners' lines to a page: the most that fit


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


def _wide(button: BigButton) -> None:
    """The button's words take its whole width (Qt gives centred words only the width it guesses for them), so they
    wrap only when they must."""
    layout, words = button.layout(), button.text_label()
    if isinstance(layout, QBoxLayout):
        layout.setAlignment(words, Qt.AlignmentFlag.AlignVCenter)
        for index in range(layout.count()):
            item = layout.itemAt(index)
            layout.setStretch(index, 1 if item is not None and item.widget() is words else 0)


def _part() -> tuple[QWidget, QVBoxLayout]:
    part = QWidget()
    part.setObjectName("screen")
    column = QVBoxLayout(part)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(GAP_PX // 2 + 4)  # 12 px: DESIGN.md's least gap between controls (the room is short)
    return part, column


class FacilitatorPanel(Screen):
    """The workshop's controls, in three parts shown one at a time (Start a lesson, Print, Learners), each fitting
    the window without scrolling: the lessons and the learners' lines go a page at a time where they do not all fit.
    Holds the lessons, the learners' record and the lesson chosen.

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
        leaving = tr("To leave workshop mode, press Leave workshop mode and type the PIN (or press Ctrl+Shift+L).")
        self.home_button.setToolTip(leaving)
        self.home_button.setAccessibleDescription(leaving)
        self._lessons = {lesson.id: lesson for lesson in lessons}
        self._learners, self._runner = learners, runner
        self.chosen: str | None = None
        self._forget_asked = False
        self._asked = 0  # looks at the learners' records asked for: only the latest is shown
        self._records: list[LearnerRecord] = []

        self.part_buttons = {key: BigButton(words) for key, words in
                             (("start", tr("Start a lesson")), ("print", tr("Print")), ("learners", tr("Learners")))}
        for key, button in self.part_buttons.items():
            button.setObjectName(f"tutorial_part_{key}")
            button.clicked.connect(lambda _=False, part=key: self.show_part(part))
        one_of_many(self.part_buttons.values())
        parts_row = QHBoxLayout()
        parts_row.setSpacing(GAP_PX)
        for button in self.part_buttons.values():
            parts_row.addWidget(button, 1)
        self.body_layout.addLayout(parts_row)
        self.message = label(role="error")
        self.message.setObjectName("tutorial_message")
        self.message.setVisible(False)
        self.body_layout.addWidget(self.message)
        self.parts = FittingStack()
        self.body_layout.addWidget(self.parts)
        self.body_layout.addStretch(1)
        self._parts = {"start": self._start_part(lessons, problems or []), "print": self._print_part(),
                       "learners": self._learners_part()}
        for part in self._parts.values():
            self.parts.addWidget(part)
        for button in self.findChildren(BigButton):
            if button is not self.home_button:
                _wide(button)
        self._refit = Refit(self.scroller, self._fit)
        # what the command line or another window changed, seen while the panel is on show
        self.watch = PanelWatch(self, learners.look,
                                lambda: any(r.status not in (DONE, STOPPED) for r in self._records), self.refresh)
        self.show_part("start")
        if lessons:
            self.choose(lessons[0].id)

    def _start_part(self, lessons: list[Lesson], problems: list[str]) -> QWidget:
        """The lessons (a page at a time where they do not all fit), the learner's name, Start and Carry on."""
        part, column = _part()
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
        one_of_many(self.lesson_buttons.values())  # a screen reader hears radio buttons: one lesson at a time
        arrows = Arrows(grid, tr("Previous lessons"), tr("More lessons"),
                        ("tutorial_lessons_previous", "tutorial_lessons_next"))
        column.addLayout(arrows.row)
        self.lesson_pages = PagedGrid(grid, list(self.lesson_buttons.values()), arrows)
        for problem in problems:
            column.addWidget(label(problem, "error"))
        name_row = QHBoxLayout()
        name_row.setSpacing(GAP_PX)
        name_row.addWidget(label(tr("The learner's first name")))
        self.learner = QLineEdit()
        self.learner.setObjectName("tutorial_learner")
        self.learner.setAccessibleName(tr("The learner's first name"))
        self.learner.setMaxLength(30)
        self.learner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # never squeezed
        self.learner.returnPressed.connect(self.start)
        self.learner.textChanged.connect(lambda _text: self._offer_resume())
        name_row.addWidget(self.learner, 1)
        column.addLayout(name_row)
        self.start_button = BigButton(tr("Start the lesson"), "learn")
        self.start_button.setObjectName("tutorial_start")
        self.start_button.setProperty("tile", "learn")
        self.start_button.clicked.connect(self.start)
        self.resume_button = BigButton("")
        self.resume_button.setObjectName("tutorial_resume")
        self.resume_button.setVisible(False)
        self.resume_button.clicked.connect(self.resume)
        column.addLayout(button_row(self.start_button, self.resume_button))
        return part

    def _print_part(self) -> QWidget:
        """The chosen lesson's handout and the learner's certificate, on paper or as PDF."""
        part, column = _part()
        self.print_button = BigButton(tr("Print a handout"))
        self.print_button.setObjectName("tutorial_print")
        self.print_button.clicked.connect(lambda: self._handout(to_printer=True))
        self.pdf_button = BigButton(tr("Save the handout as PDF"))
        self.pdf_button.setObjectName("tutorial_pdf")
        self.pdf_button.clicked.connect(lambda: self._handout(to_printer=False))
        self.certificate_button = BigButton(tr("Certificate for this learner"))
        self.certificate_button.setObjectName("tutorial_certificate")
        self.certificate_button.clicked.connect(lambda: self._certificate(to_printer=False))
        self.certificate_print_button = BigButton(tr("Print the certificate"))
        self.certificate_print_button.setObjectName("tutorial_certificate_print")
        self.certificate_print_button.clicked.connect(lambda: self._certificate(to_printer=True))
        self.handout_for = label()
        self.handout_for.setObjectName("tutorial_handout_for")
        self.certificate_for = label()
        self.certificate_for.setObjectName("tutorial_certificate_for")
        grid = QGridLayout()
        grid.setSpacing(GAP_PX)
        for row, (words, first, second) in enumerate(
                ((self.handout_for, self.print_button, self.pdf_button),
                 (self.certificate_for, self.certificate_button, self.certificate_print_button))):
            grid.addWidget(words, row * 2, 0, 1, 2)
            grid.addWidget(first, row * 2 + 1, 0)
            grid.addWidget(second, row * 2 + 1, 1)
        for column_number in (0, 1):
            grid.setColumnStretch(column_number, 1)
        column.addLayout(grid)
        column.addStretch(1)
        return part

    def _learners_part(self) -> QWidget:
        """Reset between learners; how each learner got on (a page at a time); Forget, far from Reset."""
        part, column = _part()
        self.reset_button = BigButton(tr("Reset the pretend family (between learners)"))
        self.reset_button.setObjectName("tutorial_reset")
        self.reset_button.clicked.connect(self.reset_requested)
        column.addWidget(self.reset_button)  # the whole width: its words on one line
        self.records = label()
        self.records.setObjectName("tutorial_records")
        arrows = Arrows(self.records, tr("Later learners"), tr("Earlier learners"),
                        ("tutorial_records_previous", "tutorial_records_next"))
        column.addLayout(arrows.row)
        self.record_pages = PagedLines(self.records, arrows, lambda: tr("Nobody has practised yet."))
        column.addStretch(1)
        # at the end of a workshop, far from Reset, and only after a second tap says yes
        self.forget_button = BigButton(tr("Forget the list of learners"))
        self.forget_button.setObjectName("tutorial_forget")
        self.forget_button.clicked.connect(self.forget)
        column.addWidget(self.forget_button)
        return part

    # --- the parts, fitted to the window ---------------------------------------------------------------------------

    def show_part(self, key: str) -> None:
        """Show one of the three parts: "start", "print" or "learners"."""
        check_only(self.part_buttons, key)
        self.parts.setCurrentWidget(self._parts[key])
        self._refit.now()

    def part(self) -> str:
        return next(key for key, widget in self._parts.items() if widget is self.parts.currentWidget())

    def _fit(self) -> None:
        """As many lessons (or learners' lines) to a page as fit the window without scrolling."""
        if self.part() == "start":
            pages = self.lesson_pages
            room = self.scroller.contentsRect().width()
            arrows = pages.arrows.previous.sizeHint().width() + pages.arrows.row.spacing()
            chosen = self.lesson_buttons.get(self.chosen or "")
            pages.fit(room, room - 2 * arrows, lambda: not self.isVisible() or fits_unscrolled(self.scroller),
                      chosen)
        elif self.part() == "print":  # the lesson and the learner named above their buttons, where there is room
            self._name_what_prints()
            if self.isVisible() and not fits_unscrolled(self.scroller):
                self.handout_for.setVisible(False)
                self.certificate_for.setVisible(False)
        elif self.part() == "learners":
            lines = self.record_pages
            for lines.per_page in RECORDS_TO_A_PAGE:
                lines.show_page(lines.page)
                if not self.isVisible() or fits_unscrolled(self.scroller):
                    return

    def choose(self, lesson_id: str) -> None:
        self.chosen = lesson_id
        check_only(self.lesson_buttons, lesson_id)
        if lesson_id in self.lesson_buttons:
            self.lesson_pages.show_item(self.lesson_buttons[lesson_id])
        self._offer_resume()

    def start(self) -> None:
        if self.chosen is None:
            self.say(tr("Please choose a lesson first."))
            return
        try:
            learner = check_learner_name(self.learner.text())
        except UserError:
            self.say(tr("Please type the learner's first name (up to 30 letters)."))
            self._to_the_name()
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
            self._to_the_name()

    def _to_the_name(self) -> None:
        self.show_part("start")
        self.learner.setFocus()

    def _name_what_prints(self) -> None:
        """On Print: the lesson whose handout it makes and the learner whose certificate (if a name is typed)."""
        lesson = self._lessons.get(self.chosen or "")
        self.handout_for.setText(tr("Handout: {lesson}").format(lesson=lesson.title) if lesson else "")
        self.handout_for.setVisible(lesson is not None)
        name = " ".join(self.learner.text().split())
        self.certificate_for.setText(tr("Certificate: {learner}").format(learner=name) if name else "")
        self.certificate_for.setVisible(bool(name))

    def say(self, words: str) -> None:
        """Words for the facilitator, above the part on show (none: the line goes, and the part has its room)."""
        self.message.setText(words)
        self.message.setVisible(bool(words))
        self._refit.now()

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
        titles = {key: lesson.short for key, lesson in self._lessons.items()}
        self.record_pages.show([record_words(record, titles) for record in records])
        if self.part() == "learners":
            self._refit.now()

    def entered(self) -> None:
        if self._forget_asked:
            self._forget_asked = False
            self.forget_button.setText(tr("Forget the list of learners"))
        self.refresh()
        if self.part() == "start":
            self.learner.setFocus()
