"""Runs practice lessons: the practice household's window takes the place of the household's own, with the
tutorial overlay over it, and at the end the household's own window comes back.

The practice household is built (and reset) by the functions it is given: app.py passes its builders; tests pass
the same builders with a test keyring and a quick pretend family.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.mail_sync import SyncReport
from carelink.services.settings import SettingsService
from carelink.services.tutorial.engine import LessonRun
from carelink.services.tutorial.lessons import Lesson
from carelink.services.tutorial.progress import LearnerProgress
from carelink.speech import Speaker
from carelink.ui.reading import apply_speech_settings
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import STANDARD
from carelink.ui.tutorial.overlay import TutorialOverlay
from carelink.ui.wall.loading import SEEN_OUT_OF_SIGHT
from carelink.ui.widgets import error_words, tr

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Practice:
    """How to make the practice household for a learner, a window on it, and how to clear it."""

    household: Callable[[str], Household]
    window: Callable[[Household], QMainWindow]
    reset: Callable[[], None]


CARRIED = ("display.text_size", "display.high_contrast", "speech.voice", "speech.rate")


def carry_preferences(own: SettingsService, practice: SettingsService) -> None:
    """The household's language, text size, colours and voice in the practice household too: someone who needs
    200% text needs it while practising as well, and a Welsh workshop practises in Welsh (the lessons are in the
    household's language, so the screens they name must be too)."""
    try:
        practice.set("locale", own.locale)
    except UserError:
        log.warning("could not carry the language into the practice household")
    for key in CARRIED:
        value = own.get(key)
        if value:
            try:
                practice.set(key, value)
            except UserError:
                log.warning("could not carry %s into the practice household", key)


def _lay_out_again(window: QWidget) -> bool:
    """Every layout in `window` worked out afresh, from the inside out (True). Qt drops a request to lay out a
    hidden widget, and that layout then stays as it was, whatever its widget's size later: a window made ready out
    of sight, then framed for the lesson, kept a message's words as wide as before ▲ and ▼ came beside them, and
    cut under them."""
    for widget in reversed(window.findChildren(QWidget)):
        layout = widget.layout()
        if layout is not None and widget.isVisibleTo(window):
            layout.invalidate()
            layout.activate()
    return True


@dataclass
class _Lesson:
    """The lesson on show: its run, the practice household and window, the overlay, the learner's record."""

    run: LessonRun
    household: Household
    window: QMainWindow
    overlay: TutorialOverlay
    record: int
    back_to: str


class Workshop(QObject):
    """Starts lessons for learners and brings the household's own window back after them. Holds the household's
    window, the learners' record, the practice builders, and the lesson on show (if any).

    Emits `lesson_started()` when the practice window is on show, `returned(screen)` when the household's window is
    back (at the screen the lesson was started from), `progress_changed()` after a learner's record changed, and
    `reset_done()` when the practice household is fresh again, and `problem(words)` when a lesson could not start
    or the practice household could not be reset.
    """

    lesson_started = Signal()
    returned = Signal(str)
    progress_changed = Signal()
    problem = Signal(str)
    reset_done = Signal()

    def __init__(self, own_window: QWidget, learners: LearnerProgress, runner: BackgroundRunner, speaker: Speaker,
                 practice: Practice, own_settings: SettingsService | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own, self._learners, self._runner, self._speaker = own_window, learners, runner, speaker
        self._practice, self._own_settings = practice, own_settings
        self.current: _Lesson | None = None
        self.lessons: list[Lesson] = []  # in order: the lesson after the one done is offered as "Next lesson"
        self._retiring: list[_Lesson] = []  # lessons that ended, closed on the next turn of the event loop
        self.starting = False
        self._writes: list[Callable[[], None]] = []  # the learners' progress, saved in order, one at a time
        self._writing = False

    # --- starting ----------------------------------------------------------------------------------------------------

    def start(self, lesson: Lesson, learner: str, back_to: str, resume: int | None = None) -> None:
        """Open the practice household for `learner` (a fresh one for a new learner) and start the lesson; or, with
        `resume` (a stopped lesson's record), carry it on from the step the learner had reached."""
        if self.current is not None or self.starting:
            return
        self._dispose()  # a lesson that ended a moment ago is closed before its folder is made afresh
        self.starting = True
        learner = " ".join(learner.split())
        practice, learners, own_settings = self._practice, self._learners, self._own_settings

        def open_practice() -> tuple[Household, int, int]:
            # Every lesson starts with the pretend family as new, so each lesson's words match what is on show
            # (an earlier lesson may have read Sarah's message, or made the writing bigger).
            practice.reset()
            household = practice.household(learner)
            if own_settings is not None:
                carry_preferences(own_settings, household.settings)
            if resume is None:
                return household, learners.start(learner, lesson.id, len(lesson.steps)), 0
            learners.resume(resume)
            reached = next(record.step_reached for record in learners.records() if record.id == resume)
            return household, resume, reached

        self._runner.run_task(open_practice, lambda opened: self._opened(lesson, learner, back_to, *opened),
                              self._not_started, owner=self)

    def _not_started(self, error: BaseException) -> None:
        self.starting = False
        log.error("the practice household could not be opened", exc_info=error)
        self.problem.emit(error_words(error) if isinstance(error, UserError) else
                          tr("The practice could not start. Please try again, or reset the practice family."))

    def _opened(self, lesson: Lesson, learner: str, back_to: str, household: Household, record: int,
                reached: int) -> None:
        self.starting = False
        window = self._practice.window(household)
        run = LessonRun(lesson, learner)
        open_screen = getattr(window, "open_screen", None)
        if callable(open_screen):
            open_screen(lesson.start)
        if reached:
            self._catch_up(window, household, run, reached)
        self._show_instead(window, self._own)
        theme = getattr(window, "theme", None)
        practice_runner = getattr(window, "runner", None)
        runner = practice_runner if isinstance(practice_runner, BackgroundRunner) else self._runner
        following = self._following(lesson)
        overlay = TutorialOverlay(window, run, self._speaker,
                                  lambda action: self._family(household, runner, action),
                                  lambda: theme().palette if callable(theme) else STANDARD,
                                  next_lesson=following is not None)
        self.current = _Lesson(run, household, window, overlay, record, back_to)
        window.installEventFilter(self)  # closing the practice window is the same as Stop practising
        if reached:  # laid out out of sight: laid out again as the strip takes its room (see _lay_out_again)
            overlay.frame.screens.installEventFilter(self)
        mail_watch = getattr(window, "mail_watch", None)
        if mail_watch is not None:
            mail_watch.synced.connect(lambda report: self._synced(overlay, report))
        overlay.left.connect(lambda _run: self.finish())
        if following is not None:  # after this turn of the event loop: the tap is inside the practice window
            overlay.next_lesson_requested.connect(
                lambda: QTimer.singleShot(0, lambda: self._go_on(following, learner, back_to)))
        overlay.restart_requested.connect(lambda: callable(open_screen) and open_screen(lesson.start))
        run.moved.connect(lambda moved: self._record(record, moved))
        self.progress_changed.emit()
        self.lesson_started.emit()

    def _catch_up(self, window: QMainWindow, household: Household, run: LessonRun, reached: int) -> None:
        """A stopped lesson carried on: the screens come to where the learner stopped out of sight, before the
        practice window is on show (the learner sees their step straight away, not the earlier ones replayed). It
        ends as if the learner had done those steps again: the messages they saw are read; and the pretend family
        answer at once, so a step that waited for them does not keep the learner waiting a second time."""
        from carelink.ui.tutorial.handout_capture import catch_up  # (here: it builds on app.py, as handouts do)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.setProperty(SEEN_OUT_OF_SIGHT, True)
        window.setGeometry(self._own.geometry())  # laid out at the size it will be shown at
        window.show()
        try:
            with household.pretend.answering_at_once() if household.pretend is not None else nullcontext():
                catch_up(window, run.lesson, run.learner, reached)
            run.index = reached
        except UserError as error:
            log.warning("a stopped lesson could not be carried on: %s", error.message)
            open_screen = getattr(window, "open_screen", None)
            if callable(open_screen):
                open_screen(run.lesson.start)  # from the start, then, on the screen its first step is on
        finally:
            window.hide()
            window.setProperty(SEEN_OUT_OF_SIGHT, False)
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)

    def _following(self, lesson: Lesson) -> Lesson | None:
        ids = [each.id for each in self.lessons]
        place = ids.index(lesson.id) if lesson.id in ids else len(ids)
        return self.lessons[place + 1] if place + 1 < len(self.lessons) else None

    def _go_on(self, lesson: Lesson, learner: str, back_to: str) -> None:
        """Next lesson: the same learner starts the lesson after the one they finished."""
        self.finish()
        self.start(lesson, learner, back_to)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        lesson = self.current
        if lesson is not None and watched is lesson.overlay.frame.screens and event.type() == QEvent.Type.Resize:
            window = lesson.window
            QTimer.singleShot(0, lambda: shiboken6.isValid(window) and _lay_out_again(window))
        if lesson is not None and watched is lesson.window and event.type() == QEvent.Type.Close:
            event.ignore()
            QTimer.singleShot(0, self.finish)  # the household's own window comes back, so CareLink stays open
            return True
        return False

    @staticmethod
    def _synced(overlay: TutorialOverlay, report: object) -> None:
        if isinstance(report, SyncReport) and report.new_messages:
            overlay.news_arrived(report.new_messages)

    def _family(self, household: Household, runner: BackgroundRunner, action: str) -> None:
        """What a step asks of the pretend family ("call ADDRESS" rings the practice window; "scam" sends a pretend
        scam, which is held). On the practice window's own runner, which is finished with before the practice
        household closes."""
        pretend = household.pretend
        if pretend is not None:
            runner.run_task(lambda: pretend.act(action), owner=self)

    def _record(self, record: int, run: LessonRun) -> None:
        """Save where the learner is: each change is one write (the step reached with the stop or the end), and
        the writes go one after another in the order the learner did things, so the panel and `carelink tutorial
        learners` never read a stop without its step, nor an earlier step after a later one."""
        learners, done, finished, stopped = self._learners, run.steps_done, run.finished, run.stopped

        def write() -> None:
            if finished:
                learners.finish(record)
            elif stopped:
                learners.stop(record, done)
            else:
                learners.reached(record, done)

        self._writes.append(write)
        self._write_next()

    def _write_next(self) -> None:
        if self._writing or not self._writes:
            return
        self._writing = True
        self._runner.run_task(self._writes.pop(0), self._written, self._not_written, owner=self)

    def _write_the_rest(self) -> None:
        """The window is closing, and the event loop may never turn again to hand the writes on one by one: the
        ones still waiting go now, in order, on one worker (which CareLink waits for before it ends)."""
        waiting, self._writes = self._writes, []
        if waiting:
            self._runner.run_task(lambda: [write() for write in waiting], owner=self)

    def _written(self, _result: object = None) -> None:
        self._writing = False
        self.progress_changed.emit()
        self._write_next()

    def _not_written(self, error: BaseException) -> None:
        log.error("a learner's progress could not be saved", exc_info=error)
        self._written()

    # --- ending ------------------------------------------------------------------------------------------------------

    def finish(self, show_own: bool = True) -> None:
        """Close the practice window and bring the household's own window back (unless it is closing itself)."""
        lesson, self.current = self.current, None
        if lesson is None:
            return
        if not lesson.run.over:
            lesson.run.stop()
        lesson.window.removeEventFilter(self)
        lesson.overlay.close_overlay()
        if show_own:
            self._show_instead(self._own, lesson.window)
        lesson.window.hide()
        # The rest waits for the event loop: finish() may be running inside the practice window's own click.
        self._retiring.append(lesson)
        if not show_own:  # the household's window is closing (not from inside the practice window): now
            self._write_the_rest()
            self._dispose(restyle=False)
            return
        QTimer.singleShot(0, self._dispose)
        self.returned.emit(lesson.back_to)

    def _dispose(self, restyle: bool = True) -> None:
        """Close the lessons that ended: their background work, their household, their window; then the household's
        own text size, colours and voice again (the practice window set them for everyone)."""
        lessons, self._retiring = self._retiring, []
        for lesson in lessons:
            runner = getattr(lesson.window, "runner", None)
            if isinstance(runner, BackgroundRunner):
                runner.shut_down()
            lesson.household.close()
            # Deleted here and now, not left to the garbage collector: Python owns a window with no parent, and
            # a collection that came in the middle of restyling every widget would delete it there.
            shiboken6.delete(lesson.window)
        if not lessons or not restyle:
            return
        apply_theme = getattr(self._own, "apply_theme", None)
        if callable(apply_theme):
            apply_theme()
        if self._own_settings is not None:
            apply_speech_settings(self._own_settings, self._speaker)

    def reset(self) -> None:
        """Clear the practice household, so the next learner finds the pretend family as new."""
        if self.current is not None or self.starting:
            self.problem.emit(tr("Please finish the lesson on show first."))
            return
        self._dispose()
        reset = self._practice.reset

        self._runner.run_task(reset, lambda _: self._was_reset(), lambda error: self.problem.emit(
            error_words(error) if isinstance(error, UserError) else tr("The practice family could not be reset.")),
            owner=self)

    def _was_reset(self) -> None:
        self.progress_changed.emit()
        self.reset_done.emit()

    @staticmethod
    def _show_instead(shown: QWidget, hidden: QWidget) -> None:
        """`shown` takes the place of `hidden` on screen (full screen if it was), before `hidden` goes."""
        if hidden.isFullScreen():
            shown.showFullScreen()
        else:
            shown.setGeometry(hidden.geometry())
            shown.show()
        shown.activateWindow()  # the keyboard (and a screen reader, which follows the active window) goes with it
        hidden.hide()

