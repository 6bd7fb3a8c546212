"""Watches the ringed control for the learner doing the step: a press, or words typed (a typing step moves on after
a long pause at the end of a word, or when the learner presses the next step's Send at once)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from carelink.services.tutorial.engine import LessonRun
from carelink.ui.tutorial.controls import TYPING_PAUSE_MS, at_a_word_s_end, find_control, typed_text


class StepWatch(QObject):
    """Listens to one control of `window` at a time for `run`'s step. `then` is, while typing, the next step's
    button (Send), which finishes both steps when pressed."""

    def __init__(self, window: QWidget, run: LessonRun, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window, self.run = window, run
        self.watched: QWidget | None = None
        self.then: QWidget | None = None
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._typing_paused)

    def _then_control(self) -> QWidget | None:
        run = self.run
        if run.step.action != "type" or run.index + 1 >= len(run.lesson.steps):
            return None
        following = run.lesson.steps[run.index + 1]
        return find_control(self._window, following.control) if following.action == "tap" else None

    def watch(self, control: QWidget | None) -> None:
        """Listen to `control` (None: to nothing) for the learner doing the step."""
        self._typing.stop()
        for old in (self.watched, self.then):
            if old is None:
                continue
            with contextlib.suppress(RuntimeError, TypeError):  # the control may be gone already
                if isinstance(old, QAbstractButton):
                    old.clicked.disconnect(self._pressed if old is self.watched else self._pressed_then)
                else:
                    old.textChanged.disconnect(self._typed)  # type: ignore[attr-defined]
        self.watched, self.then = control, None
        if isinstance(control, QAbstractButton):
            control.clicked.connect(self._pressed)
        elif isinstance(control, QLineEdit | QPlainTextEdit | QTextEdit):
            control.textChanged.connect(self._typed)
            then = self._then_control()
            if isinstance(then, QAbstractButton):
                self.then = then
                then.clicked.connect(self._pressed_then)

    def _pressed(self) -> None:
        if self.run.step.action == "tap":
            self.run.done(self.run.step.control)

    def _pressed_then(self) -> None:
        """Send pressed while the typing step was on show: that step, and the one asking for Send, are done."""
        run = self.run
        if run.step.action == "type" and run.done(run.step.control):
            run.done(run.step.control)

    def _typed(self, *_args: object) -> None:
        self._typing.start()  # (again): the step moves on once the learner has paused for a long while

    def _typing_paused(self) -> None:
        if self.watched is not None and self.run.step.action == "type" \
                and at_a_word_s_end(typed_text(self.watched)):
            self.run.done(self.run.step.control)
