"""Learn: the lessons as big buttons, to practise alone with the pretend family, and the way into workshop mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from carelink.services.settings import SettingsService
from carelink.services.tutorial.lessons import Lesson
from carelink.services.tutorial.progress import MAX_LEARNER_CHARS
from carelink.ui.access import focus_first_content
from carelink.ui.fitting import Refit, fits_unscrolled
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, Screen, label, tr

COLUMNS = 2


class LearnScreen(Screen):
    """One big button per lesson, and "Workshop mode" for the people who run workshops. In the practice household
    itself it only says that this is practice.

    Emits `lesson_chosen(lesson_id)` and `workshop_requested()`.
    """

    lesson_chosen = Signal(str)
    workshop_requested = Signal()

    def __init__(self, lessons: list[Lesson], settings: SettingsService, practising: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Learn"), "learn", parent=parent)
        self._settings = settings
        self._lessons = lessons if not practising else []
        if practising:
            self.intro = label(tr("You are practising now. Nothing you do here reaches a real person."), "big")
            self.intro.setObjectName("learn_practising")
            self.body_layout.addWidget(self.intro)
            self.body_layout.addStretch(1)
            self.lesson_buttons: dict[str, BigButton] = {}
            return
        # Two sentences, each its own line, so that the first can make way on a small screen (hiding a line
        # re-lays the screen out at once, where changed words were measured a moment late).
        self.practise_words = label(tr("Practise with a pretend family."), "big")
        self.practise_words.setObjectName("learn_practise")
        self.body_layout.addWidget(self.practise_words)
        self.intro = label(tr("Nothing you do here reaches a real person."), "big")
        self.intro.setObjectName("learn_intro")
        self.body_layout.addWidget(self.intro)
        self.lesson_buttons = {}
        grid = QGridLayout()
        grid.setSpacing(GAP_PX)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        for index, lesson in enumerate(lessons):
            button = BigButton(lesson.title, "learn")
            button.setObjectName(f"learn_lesson_{lesson.id}")
            button.setProperty("tile", "learn")
            button.setToolTip(lesson.summary)
            button.setAccessibleDescription(lesson.summary)
            button.clicked.connect(lambda _=False, chosen=lesson.id: self.lesson_chosen.emit(chosen))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.lesson_buttons[lesson.id] = button
        self.body_layout.addLayout(grid)
        if not lessons:
            self.body_layout.addWidget(label(tr("There are no lessons on this computer."), "big"))
        self.problem = label(role="error")
        self.problem.setObjectName("learn_problem")
        self.problem.setVisible(False)
        self.body_layout.addWidget(self.problem)
        # For the people who run workshops: up beside Home, out of the learner's way (and never pushed off screen).
        self.workshop = BigButton(tr("Workshop mode"), "settings")
        self.workshop.setObjectName("learn_workshop")
        self.workshop.setAccessibleDescription(tr("For the people who run workshops"))
        self.workshop.setToolTip(tr("For the people who run workshops"))
        self.workshop.clicked.connect(self.workshop_requested)
        self.header.insertWidget(1, self.workshop, 0, Qt.AlignmentFlag.AlignTop)
        self.body_layout.addStretch(1)
        self._refit = Refit(self.scroller, self._fit_titles)

    def _fit_titles(self) -> None:
        """The lessons' full titles and both sentences above them when they fit without scrolling; else the lessons'
        short words; else the short words and "Nothing you do here reaches a real person." alone."""
        for short, whole_intro in ((False, True), (True, True), (True, False)):
            self.practise_words.setVisible(whole_intro)
            for lesson in self._lessons:
                words = lesson.short if short else lesson.title
                button = self.lesson_buttons[lesson.id]
                button.setText(words)
                button.set_icon_shown(not short)  # the short words have the button's whole width
                # a screen reader hears the words on show, and the whole title when they are the short ones
                button.setAccessibleName(words if words == lesson.title else f"{words}: {lesson.title}")
            if not self.isVisible() or fits_unscrolled(self.scroller):
                return

    def settle_focus(self) -> None:
        focus_first_content(self, (self.home_button, self.workshop))  # the first lesson, not the header's buttons


    def learner(self) -> str:
        """Practising alone: the learner is the person CareLink is set up for (their first name, as lessons use)."""
        words = self._settings.person_name.split()
        return (words[0] if words else tr("you"))[:MAX_LEARNER_CHARS]

    def show_problem(self, words: str) -> None:
        self.problem.setText(words)
        self.problem.setVisible(bool(words))

    def entered(self) -> None:
        self.show_problem("")
        if self._lessons:
            self._refit.now()
