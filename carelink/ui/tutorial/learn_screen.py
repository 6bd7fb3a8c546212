"""Learn: the lessons as big buttons, to practise alone with the pretend family, and the way into workshop mode."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from carelink.services.settings import SettingsService
from carelink.services.tutorial.lessons import Lesson
from carelink.ui.widgets import BigButton, Screen, label, tr


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
        self.intro = label(tr("Practise using CareLink, step by step, with a pretend family. Nothing you do while "
                              "practising reaches a real person. Choose what to practise:"), "big")
        self.intro.setObjectName("learn_intro")
        self.body_layout.addWidget(self.intro)
        self.lesson_buttons = {}
        for lesson in lessons:
            button = BigButton(lesson.title, "learn")
            button.setObjectName(f"learn_lesson_{lesson.id}")
            button.setProperty("tile", "learn")
            button.setToolTip(lesson.summary)
            button.setAccessibleDescription(lesson.summary)
            button.clicked.connect(lambda _=False, chosen=lesson.id: self.lesson_chosen.emit(chosen))
            self.body_layout.addWidget(button)
            self.lesson_buttons[lesson.id] = button
        if not lessons:
            self.body_layout.addWidget(label(tr("There are no lessons on this computer."), "big"))
        self.workshop = BigButton(tr("Workshop mode (for the people who run workshops)"), "settings")
        self.workshop.setObjectName("learn_workshop")
        self.workshop.clicked.connect(self.workshop_requested)
        self.body_layout.addWidget(self.workshop)
        self.body_layout.addStretch(1)

    def learner(self) -> str:
        """Practising alone: the learner is the person CareLink is set up for."""
        return self._settings.person_name or tr("you")
