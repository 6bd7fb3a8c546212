"""The tutorial overlay: over the learner's real screens, it dims everything but the control to use and rings that
control; the step's words go in the lesson strip below the screens (never over them), read aloud; it waits for the
learner to do the step.

The control is found by its object name each moment (screens change under the overlay), and only the ringed
control can be pressed: the overlay's mask leaves a hole over it, and keys never reach a dimmed control. A tap
anywhere else gets a gentle hint.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import (
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from carelink.services.tutorial.engine import LessonRun
from carelink.speech import Speaker
from carelink.ui.theme import STANDARD, Palette
from carelink.ui.tutorial.controls import (
    DIM,
    PULSES,
    TRACK_MS,
    control_rect,
    find_control,
    paint_ring,
    show_whole,
)
from carelink.ui.tutorial.frame import PracticeFrame
from carelink.ui.tutorial.instruction_box import InstructionBox
from carelink.ui.tutorial.keyboard_guard import KeyboardGuard
from carelink.ui.tutorial.screen_room import ScreenRoom
from carelink.ui.tutorial.step_watch import StepWatch
from carelink.ui.widgets import tr


class TutorialOverlay(QWidget):
    """Covers the learner's screens while a lesson runs (the lesson strip below them is not covered). Holds the
    lesson run, the window, the practice frame, the strip (`box`), the speaker, and `family` (what the pretend family
    does when a step asks, e.g. "call tom@example.org").

    `news_arrived(count)` is to be called (by whoever watches the mail) when messages came in.
    Emits `left(run)` when the learner leaves the lesson: Stop practising, or Back to the lessons at the end;
    `restart_requested()` when the lesson starts again (the window goes back to the lesson's first screen);
    `next_lesson_requested()` when the learner taps Next lesson at the end (shown when `next_lesson`).
    """

    left = Signal(object)
    restart_requested = Signal()
    next_lesson_requested = Signal()

    def __init__(self, window: QMainWindow, run: LessonRun, speaker: Speaker, family: Callable[[str], None],
                 palette: Callable[[], Palette] = lambda: STANDARD, next_lesson: bool = False) -> None:
        self.box = InstructionBox()
        self.frame = PracticeFrame(window, self.box)
        super().__init__(self.frame)
        self.setObjectName("tutorial_overlay")
        self.setAccessibleName(tr("Practice lesson"))
        self.run, self._window, self._speaker, self._family = run, window, speaker, family
        self.target: QWidget | None = None
        self._hole = QRect()
        self._also: str | None = None  # a box the learner was typing in stays usable on the step after it
        self._news = 0
        self._pulse = 0
        self._room = ScreenRoom()  # a short screen's title row, aside while the step is in its scrolling part
        self.watch = StepWatch(window, run, parent=self)  # for the learner doing the step
        self._palette = palette
        self._use_palette()
        self.box.next.clicked.connect(lambda: self.run.done(self.run.step.control))
        self.box.again.clicked.connect(self.show_again)
        self.box.restart.clicked.connect(self.start_again)
        self.box.stop.clicked.connect(self.stop)
        self.box.practise_again.clicked.connect(self.start_again)
        self.box.back.clicked.connect(lambda: self.left.emit(self.run))
        self._next_lesson = next_lesson
        self.box.next_lesson.clicked.connect(self.next_lesson_requested)
        self._tracker = QTimer(self)
        self._tracker.setInterval(TRACK_MS)
        self._tracker.timeout.connect(self.track)
        self._pulser = QTimer(self)
        self._pulser.setInterval(250)
        self._pulser.timeout.connect(self._pulse_once)
        window.installEventFilter(self)
        self.frame.screens.installEventFilter(self)
        # keys meant for a dimmed control never reach it: the keyboard never rests on one
        box = self.box
        self.keyboard = KeyboardGuard(self.frame.screens, self._allowed, self._ring,
                                      lambda: (box.next, box.again, box.next_lesson, box.practise_again), parent=self)
        run.moved.connect(lambda _run: self._step_started())
        self._reserve()
        self.setGeometry(self.frame.screens.geometry())
        self.show()
        self.raise_()
        self._step_started()
        self._tracker.start()

    def _use_palette(self) -> None:
        palette = self._palette()
        self.box.use_palette(palette)
        self.frame.use_palette(palette)

    def _reserve(self) -> None:
        """The strip keeps room for the lesson's longest words, so it keeps one shape from the first step to the
        end."""
        run = self.run
        texts = [step.words(run.learner) for step in run.lesson.steps]
        hints = [step.hint_words(run.learner) for step in run.lesson.steps if step.hint]
        self.box.reserve([*texts, tr("You have finished: {title}.").format(title=run.lesson.title)],
                         [*hints, tr("To stop practising, tap Stop practising."),
                          tr("Nothing to press just now. Wait a moment: it happens by itself.")])

    # --- the step on show ------------------------------------------------------------------------------------------

    def _step_started(self) -> None:
        run = self.run
        self.watch.watch(None)
        if run.finished:
            self._tracker.stop()
            self._room.give_back()
            self._set_target(None)
            self.box.show_end(tr("Well done, {name}!").format(name=run.learner) if run.learner else tr("Well done!"),
                              tr("You have finished: {title}.").format(title=run.lesson.title), self._next_lesson)
            self._say(self.box.words.text())
            self.update()
            return
        if run.stopped:
            self._tracker.stop()
            return
        view = run.view()
        previous = run.lesson.steps[view.number - 2] if view.number > 1 else None
        self._also = previous.control if previous and previous.action == "type" else None
        self.box.show_step(tr("Step {number} of {total}").format(number=view.number, total=view.total),
                           view.words, reading=view.step.action in ("read", "type"))
        if view.step.family:
            self._family(view.step.family)
        # After Read aloud the message is being read: the next words wait their turn rather than cut it off.
        self._say(view.words, after=previous is not None and previous.control.endswith("read_aloud"))
        self._set_target(None)
        if view.step.action == "wait" and view.step.until == "message":
            QTimer.singleShot(0, self._news_for_step)  # news that came early; after this step is drawn
        else:
            QTimer.singleShot(0, self.track)

    def _say(self, words: str, after: bool = False) -> None:
        if not after:
            self._speaker.stop()
        self._speaker.say(words)

    def news_arrived(self, count: int) -> None:
        """Messages came in (for a step that waits for one). News that came before such a step still counts."""
        self._news += count
        self._news_for_step()

    def _news_for_step(self) -> None:
        step = self.run.step
        if self._news > 0 and not self.run.over and step.action == "wait" and step.until == "message":
            self._news = 0
            self.run.done(self.run.step.control)

    def track(self) -> None:
        """Find the step's control again, ring it, and move the hole with it."""
        if self.run.over:
            return
        step = self.run.step
        if self._room.holds(step.control):
            self._room.give_back()  # the title row was put aside, and this step rings something in it
        control = find_control(self._window, step.control)
        if control is None:
            control = self._scrolled_away(step.control)
        if control is not None and step.action == "wait" and step.until == "visible":
            self.run.done(step.control)
            return
        if control is not None and control is not self.target:
            screens = self.frame.screens
            self._room.make_room(screens.currentWidget() if isinstance(screens, QStackedWidget) else None, control)
        if control is not None and (control is not self.target
                                    or control.visibleRegion().boundingRect() != control.rect()):
            self._bring_into_view(control)  # all of it in view (the room above the strip may have changed)
        self._set_target(control)

    def _scrolled_away(self, name: str) -> QWidget | None:
        """The control on the screen on show but out of sight (the strip took its room, or it is on another page
        of the screen): the screen's `reveal(name)` shows its page, and it is scrolled into view."""
        screens = self.frame.screens
        screen = screens.currentWidget() if isinstance(screens, QStackedWidget) else None
        reveal = getattr(screen, "reveal", None)
        if callable(reveal):
            reveal(name)
        for widget in self._window.findChildren(QWidget, name):
            if widget.isVisible():
                self._bring_into_view(widget)
                if not widget.visibleRegion().isEmpty():
                    return widget
        return None

    def _bring_into_view(self, control: QWidget) -> None:
        """Scroll every scrolling area holding `control` so that all of it shows (with a margin where there is
        room for one)."""
        parent = control.parentWidget()
        while parent is not None and parent is not self._window:
            if isinstance(parent, QScrollArea):
                room = parent.viewport().height() - control.height()
                show_whole(parent, control, max(0, min(12, room // 2)))
            parent = parent.parentWidget()

    def _rect_of(self, control: QWidget) -> QRect:
        """The visible part of `control` in the overlay's coordinates (within the overlay)."""
        offset = self.mapTo(self._window, QPoint(0, 0))
        return control_rect(self._window, control).translated(-offset).intersected(self.rect())

    def _set_target(self, control: QWidget | None) -> None:
        step = self.run.step
        if control is not self.target:
            self.target = control
            self.watch.watch(control if step.action in ("tap", "type") else None)
            if control is not None and step.action in ("tap", "type"):
                control.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard starts where the ring is
        ring = self._rect_of(control) if control is not None else QRect()
        if step.action == "wait":
            ring = QRect()  # nothing to press while waiting: no ring, no hole
        if ring != self._hole or self.geometry() != self.frame.screens.geometry():
            self._hole = ring
            self.setGeometry(self.frame.screens.geometry())
            self._update_mask()
            self.update()
            QTimer.singleShot(0, self.keyboard.check)  # the keyboard leaves a control that the step dimmed

    # --- the learner's buttons and wrong taps ----------------------------------------------------------------------

    def show_again(self) -> None:
        self.box.hide_hint()
        self._say(self.run.view().words)
        self._pulse = PULSES
        self._pulser.start()

    def _pulse_once(self) -> None:
        self._pulse -= 1
        if self._pulse <= 0:
            self._pulser.stop()
        self.update()

    def start_again(self) -> None:
        self.restart_requested.emit()
        self.run.restart()
        self._tracker.start()

    def stop(self) -> None:
        self._speaker.stop()
        self.run.stop()
        self.left.emit(self.run)

    def wrong_tap(self) -> None:
        step = self.run.step
        words = self.run.wrong_tap()
        if not words:
            if step.action == "wait":
                words = tr("Nothing to press just now. Wait a moment: it happens by itself.")
            elif step.action == "read":
                words = tr("When you have read this, tap Next.")
            elif self._hole.isEmpty():
                words = tr("Wait a moment, then do what the words at the bottom say.")
            else:
                words = tr("Nearly! Tap the part with the yellow ring around it.")
        if self.box.show_hint(words):
            self._say(words)  # once: a second wrong tap shows the ring again but does not say it all over
        self._pulse = PULSES
        self._pulser.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.run.over:
            self.wrong_tap()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:  # the theme changed (high contrast, text size): the strip follows
            self._use_palette()
            QTimer.singleShot(0, self._fit)
        super().changeEvent(event)

    def _fit(self) -> None:
        if shiboken6.isValid(self.box):  # (the lesson may have ended since)
            self.box.fit()

    def _ring(self) -> QWidget | None:
        return self.target if not self._hole.isEmpty() and self.run.step.action in ("tap", "type") else None

    def _allowed(self, widget: QWidget) -> bool:
        """May `widget` have the keyboard: the ringed control (or the box typed in a moment ago), never a dimmed
        one."""
        if self.run.over or not self.frame.screens.isAncestorOf(widget):
            return True
        allowed = [self.target if not self._hole.isEmpty() else None, self.watch.then]
        if self._also:
            allowed.append(find_control(self._window, self._also))
        return any(control is not None and (control is widget or control.isAncestorOf(widget))
                   for control in allowed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.frame.screens and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.setGeometry(self.frame.screens.geometry())
            self._update_mask()  # (the lesson's end too: the whole of the screens dimmed)
            self._hole = QRect(-1, -1, 0, 0)  # measure again
            QTimer.singleShot(0, self.track)
        if watched is self._window and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit)
        if watched is self._window and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and not self.run.over:
            self.box.show_hint(tr("To stop practising, tap Stop practising."))
            return True  # Escape would leave the screen the lesson is on
        return False

    # --- drawing -----------------------------------------------------------------------------------------------------

    def _holes(self) -> QRegion:
        holes = QRegion(self._hole)
        if self._also and not self._hole.isEmpty():
            also = find_control(self._window, self._also)
            if also is not None:
                holes = holes.united(QRegion(self._rect_of(also)))
        if self.watch.then is not None and not self._hole.isEmpty():
            holes = holes.united(QRegion(self._rect_of(self.watch.then)))
        return holes

    def _update_mask(self) -> None:
        if self.run.step.action in ("tap", "type") and not self.run.over:
            self.setMask(QRegion(self.rect()).subtracted(self._holes()))
        else:
            self.setMask(QRegion(self.rect()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dim = QRegion(self.rect()).subtracted(self._holes()) if not self._hole.isEmpty() else QRegion(self.rect())
        painter.setClipRegion(dim)
        painter.fillRect(self.rect(), DIM)
        painter.setClipping(False)
        if not self._hole.isEmpty() and not self.run.over:
            paint_ring(painter, self._hole, self._pulse)
        painter.end()

    def hole(self) -> QRect:
        """Where the learner can press (empty while waiting or reading), in the window's coordinates."""
        return self._hole.translated(self.mapTo(self._window, QPoint(0, 0))) if not self._hole.isEmpty() else QRect()

    def strip_rect(self) -> QRect:
        """Where the lesson strip is, in the window's coordinates."""
        return QRect(self.box.mapTo(self._window, QPoint(0, 0)), self.box.size())

    def close_overlay(self) -> None:
        self._room.give_back()
        self._tracker.stop()
        self._pulser.stop()
        self.watch.watch(None)
        self._window.removeEventFilter(self)
        self.frame.screens.removeEventFilter(self)
        self.keyboard.stop()
        self.hide()
        self.deleteLater()
