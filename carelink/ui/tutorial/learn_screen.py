"""Learn: the lessons as big buttons, to practise alone with the pretend family, and the way into workshop mode.
All the lessons on one page when they fit; else a page at a time, with big Previous and Next (never scrolling)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from carelink.services.settings import SettingsService
from carelink.services.tutorial.lessons import Lesson
from carelink.services.tutorial.progress import MAX_LEARNER_CHARS
from carelink.ui.access import focus_first_content
from carelink.ui.fitting import Refit, fits_unscrolled
from carelink.ui.paging import PagingRow
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, label, tr
from carelink.ui.widgets_screen import Screen

COLUMNS = 2
PAGE_SIZES = (12, 10, 8, 6, 4, 2)  # lessons to a page when they do not all fit, the first that fits
ROOMY_PAGE = 8  # lessons to a page before shorter words are tried with fewer lessons to a page


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
        self.grid = QGridLayout()
        self.grid.setSpacing(GAP_PX)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        for index, lesson in enumerate(lessons):
            button = BigButton(lesson.title, "learn")
            button.setObjectName(f"learn_lesson_{lesson.id}")
            button.setProperty("tile", "learn")
            button.setToolTip(lesson.summary)
            button.setAccessibleDescription(lesson.summary)
            button.clicked.connect(lambda _=False, chosen=lesson.id: self.lesson_chosen.emit(chosen))
            self.grid.addWidget(button, index // COLUMNS, index % COLUMNS)  # the screen's own from the start
            self.lesson_buttons[lesson.id] = button
        self.body_layout.addLayout(self.grid)
        self.page, self.per_page = 0, max(1, len(lessons))
        self.paging = PagingRow(tr("Previous lessons"), tr("More lessons"))
        self.paging.previous_button.setObjectName("learn_previous")
        self.paging.page_label.setObjectName("learn_page")
        self.paging.next_button.setObjectName("learn_next")
        self.paging.previous.connect(lambda: self.show_page(self.page - 1))
        self.paging.next.connect(lambda: self.show_page(self.page + 1))
        self.paging.setVisible(False)
        self.previous, self.next = self.paging.previous_button, self.paging.next_button
        self.body_layout.addWidget(self.paging)
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

    def pages(self) -> int:
        return max(1, -(-len(self._lessons) // self.per_page))

    def show_page(self, page: int) -> None:
        """The lessons of page `page` (from 0) in the grid, the others hidden."""
        self.page = max(0, min(page, self.pages() - 1))
        first = self.page * self.per_page
        for index, lesson in enumerate(self._lessons):
            button = self.lesson_buttons[lesson.id]
            self.grid.removeWidget(button)
            shown = first <= index < first + self.per_page
            if shown:
                place = index - first
                self.grid.addWidget(button, place // COLUMNS, place % COLUMNS)
            button.setVisible(shown)
        self.paging.show_page(self.page, self.pages())

    def _fit_titles(self) -> None:
        """As much as fits without scrolling: every lesson on one page, else a page of at least ROOMY_PAGE lessons,
        else fewer. For each, the lessons' full titles and both sentences above them; else their short words; else
        the short words and "Nothing you do here reaches a real person." alone."""
        first = self.page * self.per_page
        sizes = [len(self._lessons), *(size for size in PAGE_SIZES if size < len(self._lessons))]
        roomy = [size for size in sizes if size >= min(ROOMY_PAGE, len(self._lessons))]
        variants = ((False, True), (True, True), (True, False))
        tries = [(short, intro, size) for group in (roomy, [size for size in sizes if size not in roomy])
                 for short, intro in variants for size in group]
        for short, whole_intro, self.per_page in tries:
            self.practise_words.setVisible(whole_intro)
            for lesson in self._lessons:
                words = lesson.short if short else lesson.title
                button = self.lesson_buttons[lesson.id]
                button.setText(words)
                button.set_icon_shown(not short)  # the short words have the button's whole width
                # a screen reader hears the words on show, and the whole title when they are the short ones
                button.setAccessibleName(words if words == lesson.title else f"{words}: {lesson.title}")
            self.show_page(first // self.per_page)
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
