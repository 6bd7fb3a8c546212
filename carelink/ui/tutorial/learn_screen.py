"""Learn: the lessons as big buttons, to practise alone with the pretend family, and the way into workshop mode."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from carelink.services.settings import SettingsService
from carelink.services.tutorial.lessons import Lesson
from carelink.services.tutorial.progress import MAX_LEARNER_CHARS
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, Screen, button_row, label, tr

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
        if practising:
            self.intro = label(tr("You are practising now. Nothing you do here reaches a real person."), "big")
            self.intro.setObjectName("learn_practising")
            self.body_layout.addWidget(self.intro)
            self.body_layout.addStretch(1)
            self.lesson_buttons: dict[str, BigButton] = {}
            return
        self.intro = label(tr("Practise with a pretend family. Nothing you do here reaches a real person."), "big")
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
        self.workshop = BigButton(tr("Workshop mode (for the people who run workshops)"), "settings")
        self.workshop.setObjectName("learn_workshop")
        self.workshop.clicked.connect(self.workshop_requested)
        self.body_layout.addLayout(button_row(self.workshop))  # for helpers: quieter, not a full-width bar
        self.body_layout.addStretch(1)

    def learner(self) -> str:
        """Practising alone: the learner is the person CareLink is set up for (their first name, as lessons use)."""
        words = self._settings.person_name.split()
        return (words[0] if words else tr("you"))[:MAX_LEARNER_CHARS]

    def show_problem(self, words: str) -> None:
        self.problem.setText(words)
        self.problem.setVisible(bool(words))

    def entered(self) -> None:
        self.show_problem("")
