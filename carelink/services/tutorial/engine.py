"""The lesson engine: where one learner is in one lesson. It knows nothing of screens; the tutorial overlay tells it
what the learner did, and shows what it says."""

from __future__ import annotations

from dataclasses import dataclass

from carelink.events import Event
from carelink.services.tutorial.lessons import Lesson, Step


@dataclass(frozen=True)
class StepView:
    """What to show for the step on show: its words (with the learner's name), its number and the lesson's size."""

    step: Step
    number: int
    total: int
    words: str


class LessonRun:
    """One learner's way through one lesson. Holds the lesson, the learner's first name, the step on show and how
    many wrong taps there were.

    `moved` is emitted with the run after every change (a step done, a restart, the end, a stop).
    """

    def __init__(self, lesson: Lesson, learner: str) -> None:
        self.lesson, self.learner = lesson, learner
        self.index = 0
        self.finished = False
        self.stopped = False
        self.wrong_taps = 0
        self.moved: Event[LessonRun] = Event()

    @property
    def over(self) -> bool:
        return self.finished or self.stopped

    @property
    def step(self) -> Step:
        return self.lesson.steps[min(self.index, len(self.lesson.steps) - 1)]

    def view(self) -> StepView:
        return StepView(self.step, self.index + 1, len(self.lesson.steps), self.step.words(self.learner))

    @property
    def steps_done(self) -> int:
        return len(self.lesson.steps) if self.finished else self.index

    def done(self, control: str) -> bool:
        """The learner did what the step asked with `control`; True if that moved the lesson on."""
        if self.over or control != self.step.control:
            return False
        if self.index + 1 >= len(self.lesson.steps):
            self.finished = True
        else:
            self.index += 1
        self.moved.emit(self)
        return True

    def wrong_tap(self) -> str:
        """The learner tapped somewhere else: the step's own hint, or "" for the overlay's gentle default."""
        self.wrong_taps += 1
        return self.step.hint_words(self.learner)

    def restart(self) -> None:
        self.index, self.finished, self.stopped = 0, False, False
        self.moved.emit(self)

    def stop(self) -> None:
        if not self.over:
            self.stopped = True
            self.moved.emit(self)
