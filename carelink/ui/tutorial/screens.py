"""Tutorial mode in the main window: the Learn screen, the facilitator's panel (workshop mode) and the workshop that
runs lessons in the practice household."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.tutorial.certificate import certificate_for
from carelink.services.tutorial.lessons import Lesson, read_lessons
from carelink.services.tutorial.progress import check_learner_name
from carelink.speech import Speaker
from carelink.ui.runner import BackgroundRunner
from carelink.ui.tutorial.certificate_page import print_certificate_on_paper, save_certificate_pdf
from carelink.ui.tutorial.handout import handout_for_panel, handouts_folder
from carelink.ui.tutorial.learn_screen import LearnScreen
from carelink.ui.tutorial.panel import FacilitatorPanel
from carelink.ui.tutorial.workshop import Practice, Workshop
from carelink.ui.widgets import error_words, tr

log = logging.getLogger(__name__)
LEAVE_KEYS = "Ctrl+Shift+L"  # documented in README: leaves workshop mode without the PIN


class TutorialScreens(QObject):
    """Holds the Learn screen, the facilitator's panel and the workshop, and wires them to the window.

    `window` is the main window: it must offer `open_screen(name, unlocked=False)`, `ask_pin(then, back)` and
    `current_screen()`. `screens` maps screen names to the screens for the window's stack.
    """

    def __init__(self, window: QMainWindow, household: Household, runner: BackgroundRunner, speaker: Speaker,
                 practice: Practice | None, handout: Callable[[Lesson, bool], Path | None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._household = household
        self._handout = handout or handout_for_panel(window, learner=self._learner_typed,
                                                          locale=lambda: household.settings.locale)
        # the facilitator's own lessons, in the data folder of the household whose window this is
        lessons, problems = read_lessons(language=household.settings.locale,
                                         own=household.paths.root / "lessons", translate=household.translate())
        for problem in problems:
            log.warning("%s", problem)
        self.lessons = {lesson.id: lesson for lesson in lessons}
        self.learn = LearnScreen(lessons, household.settings, practising=household.sandbox)
        self.screens: dict[str, QWidget] = {"learn": self.learn}
        self.panel: FacilitatorPanel | None = None
        self.workshop: Workshop | None = None
        if household.sandbox or practice is None:
            return  # no lessons within a lesson
        self.workshop = Workshop(window, household.learners, runner, speaker, practice, household.settings,
                                 parent=self)
        self.workshop.lessons = lessons
        self.panel = FacilitatorPanel(lessons, household.learners, runner, problems)
        self.screens["tutorial"] = self.panel
        self.learn.lesson_chosen.connect(self.practise_alone)
        self.learn.workshop_requested.connect(lambda: self._open("tutorial"))
        self.panel.start_requested.connect(self.start_for_learner)
        self.panel.resume_requested.connect(
            lambda lesson_id, learner, record: self.workshop.start(self.lessons[lesson_id], learner, "tutorial", record)
            if self.workshop is not None else None)
        self.panel.reset_requested.connect(self.workshop.reset)
        self.panel.handout_requested.connect(self.make_handout)
        self.panel.certificate_requested.connect(self.make_certificate)
        self.panel.leave_requested.connect(lambda: self._ask_pin("home", "tutorial"))
        self.workshop.returned.connect(self._returned)
        self.workshop.progress_changed.connect(self.panel.refresh)
        self.workshop.problem.connect(self._problem)
        self.workshop.reset_done.connect(self._was_reset)
        leave = QShortcut(QKeySequence(LEAVE_KEYS), window)
        leave.setContext(Qt.ShortcutContext.WindowShortcut)
        leave.activated.connect(self.leave_with_keys)

    def real_call_coming(self) -> None:
        """A call from the family rings the household's own window: the lesson ends so that it can be seen."""
        if self.workshop is not None and self.workshop.current is not None:
            self.workshop.finish()

    def _returned(self, screen: str) -> None:
        if self._window.current_screen() not in ("ringing", "calls-calling"):  # type: ignore[attr-defined]
            self._open(screen, unlocked=True)

    def _open(self, name: str, unlocked: bool = False) -> None:
        self._window.open_screen(name, unlocked=unlocked)  # type: ignore[attr-defined]

    def _ask_pin(self, then: str, back: str) -> None:
        self._window.ask_pin(then, back)  # type: ignore[attr-defined]

    def in_workshop_mode(self) -> bool:
        return self._window.in_workshop_mode()  # type: ignore[attr-defined,no-any-return]

    def leave_with_keys(self) -> None:
        if self.in_workshop_mode():
            self._open("home")

    def practise_alone(self, lesson_id: str) -> None:
        if self.workshop is not None:
            self.workshop.start(self.lessons[lesson_id], self.learn.learner(), "learn")

    def start_for_learner(self, lesson_id: str, learner: str) -> None:
        if self.workshop is not None:
            self.workshop.start(self.lessons[lesson_id], learner, "tutorial")

    def make_handout(self, lesson_id: str, to_printer: bool) -> None:
        if self.panel is None:
            return
        if self._handout is None:
            self.panel.say(tr("Handouts cannot be made on this computer."))
            return
        self.panel.say(tr("Making the handout… this takes a few seconds."))
        try:
            saved = self._handout(self.lessons[lesson_id], to_printer)
        except UserError as error:
            self.panel.say(error_words(error))
            return
        if saved is not None:
            self.panel.say(tr("The handout is saved in {path}").format(path=saved))
        elif to_printer:
            self.panel.say(tr("The handout went to the printer."))
        else:
            self.panel.say("")

    def _learner_typed(self) -> str:
        """The learner's name typed on the panel (for their handout), or "" when none is."""
        try:
            return check_learner_name(self.panel.learner.text()) if self.panel is not None else ""
        except UserError:
            return ""

    def make_certificate(self, learner: str, to_printer: bool = False) -> None:
        """The learner's certificate for today's lessons: on the printer chosen in the printer dialog, or as a PDF
        beside the handouts."""
        if self.panel is None:
            return
        household = self._household
        lessons = list(self.lessons.values())
        try:
            certificate = certificate_for(learner, household.learners.records(), lessons, household.clock.now())
            if to_printer:
                print_certificate_on_paper(certificate, self._window)
                self.panel.say(tr("The certificate went to the printer."))
                return
            out = handouts_folder() / f"certificate-{'-'.join(certificate.learner.split())}.pdf"
            saved = save_certificate_pdf(certificate, out)
        except UserError as error:
            self.panel.say(error.message)
            return
        self.panel.say(tr("The certificate is saved in {path}").format(path=saved))

    def _was_reset(self) -> None:
        if self.panel is not None:
            self.panel.say(tr("The pretend family is fresh again: their messages are back as they were, ready for "
                              "the next learner."))

    def _problem(self, words: str) -> None:
        if self.panel is not None:
            self.panel.say(words)
        self.learn.show_problem(words)
