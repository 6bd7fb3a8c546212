"""The tutorial overlay: over the learner's real screens, it dims everything but the control to use, rings that
control, shows the step's words in large print, reads them aloud and waits for the learner to do it.

The control is found by its object name each moment (screens change under the overlay), and only the ringed
control can be pressed: the overlay's mask leaves a hole over it. A tap anywhere else gets a gentle hint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from carelink.services.tutorial.engine import LessonRun
from carelink.speech import Speaker
from carelink.ui.theme import STANDARD, Palette
from carelink.ui.tutorial.instruction_box import InstructionBox
from carelink.ui.widgets import tr

TRACK_MS = 120  # how often the overlay looks for the control again: screens and layouts change beneath it
RING_PX = 8
RING_GAP_PX = 6
RING_COLOUR = QColor("#FFD400")  # bright yellow, edged in black so it shows on light and dark screens alike
DIM = QColor(0, 0, 0, 150)
PULSES = 6
TYPING_PAUSE_MS = 2500  # a typing step moves on after this long without a key, with some words in the box


def find_control(window: QWidget, name: str) -> QWidget | None:
    """The control with this object name that is on show in `window` (a stack's hidden pages do not count)."""
    for widget in window.findChildren(QWidget, name):
        if widget.isVisible() and not widget.visibleRegion().isEmpty():
            return widget
    return None


def typed_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    return ""


def control_rect(window: QWidget, control: QWidget) -> QRect:
    """Where the visible part of `control` is, in the window's coordinates."""
    visible = control.visibleRegion().boundingRect()
    return QRect(control.mapTo(window, visible.topLeft()), visible.size())


class TutorialOverlay(QWidget):
    """Covers the learner's window while a lesson runs. Holds the lesson run, the window it covers, the speaker,
    and `family` (what the pretend family does when a step asks, e.g. "call tom@example.org").

    `news_arrived(count)` is to be called (by whoever watches the mail) when messages came in.
    Emits `left(run)` when the learner leaves the lesson: Stop practising, or Back to the lessons at the end;
    `restart_requested()` when the lesson starts again (the window goes back to the lesson's first screen).
    """

    left = Signal(object)
    restart_requested = Signal()

    def __init__(self, window: QWidget, run: LessonRun, speaker: Speaker, family: Callable[[str], None],
                 palette: Callable[[], Palette] = lambda: STANDARD) -> None:
        super().__init__(window)
        self.setObjectName("tutorial_overlay")
        self.setAccessibleName(tr("Practice lesson"))
        self.run, self._window, self._speaker, self._family = run, window, speaker, family
        self.target: QWidget | None = None
        self._hole = QRect()
        self._placed_for: tuple[str, bool, float] | None = None
        self._also: str | None = None  # a box the learner was typing in stays usable on the step after it
        self._news = 0
        self._pulse = 0
        self._watched: QWidget | None = None
        self._palette = palette
        self.box = InstructionBox(self)
        self.box.use_palette(palette())
        self.box.next.clicked.connect(lambda: self.run.done(self.run.step.control))
        self.box.again.clicked.connect(self.show_again)
        self.box.restart.clicked.connect(self.start_again)
        self.box.stop.clicked.connect(self.stop)
        self.box.practise_again.clicked.connect(self.start_again)
        self.box.back.clicked.connect(lambda: self.left.emit(self.run))
        self._tracker = QTimer(self)
        self._tracker.setInterval(TRACK_MS)
        self._tracker.timeout.connect(self.track)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._typing_paused)
        self._pulser = QTimer(self)
        self._pulser.setInterval(250)
        self._pulser.timeout.connect(self._pulse_once)
        window.installEventFilter(self)
        run.moved.connect(lambda _run: self._step_started())
        self.setGeometry(window.rect())
        self.show()
        self.raise_()
        self._step_started()
        self._tracker.start()

    # --- the step on show ------------------------------------------------------------------------------------------

    def _step_started(self) -> None:
        run = self.run
        self._watch(None)
        if run.finished:
            self._tracker.stop()
            self._set_target(None)
            self.box.show_end(tr("Well done, {name}!").format(name=run.learner) if run.learner else tr("Well done!"),
                              tr("You have finished: {title}.").format(title=run.lesson.title))
            self._say(self.box.counter.text() + " " + self.box.words.text())
            self._place_box()
            self.update()
            return
        if run.stopped:
            self._tracker.stop()
            return
        view = run.view()
        previous = run.lesson.steps[view.number - 2] if view.number > 1 else None
        self._also = previous.control if previous and previous.action == "type" else None
        self.box.show_step(tr("Step {number} of {total}").format(number=view.number, total=view.total),
                           view.words, reading=view.step.action == "read")
        if view.step.family:
            self._family(view.step.family)
        self._say(view.words)
        self._set_target(None)
        if view.step.action == "wait" and view.step.until == "message":
            QTimer.singleShot(0, self._news_for_step)  # news that came early; after this step is drawn
        else:
            QTimer.singleShot(0, self.track)

    def _say(self, words: str) -> None:
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
        """Find the step's control again, ring it, and move the hole and the box with it."""
        if self.run.over:
            return
        step = self.run.step
        control = find_control(self._window, step.control)
        if control is not None and step.action == "wait" and step.until == "visible":
            self.run.done(step.control)
            return
        if control is not None and control is not self.target:
            self._bring_into_view(control)
        self._set_target(control)

    def _bring_into_view(self, control: QWidget) -> None:
        parent = control.parentWidget()
        while parent is not None and parent is not self._window:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(control, 12, 12)
            parent = parent.parentWidget()

    def _set_target(self, control: QWidget | None) -> None:
        step = self.run.step
        if control is not self.target:
            self.target = control
            self._watch(control if step.action in ("tap", "type") else None)
            if control is not None and step.action == "type":
                control.setFocus()
        ring = control_rect(self._window, control) if control is not None else QRect()
        if step.action == "wait":
            ring = QRect()  # nothing to press while waiting: no ring, no hole
        if ring != self._hole or self.geometry() != self._window.rect() or self._placed_for != self.box.key():
            self._hole = ring
            self.setGeometry(self._window.rect())
            self._place_box()
            self._update_mask()
            self.update()

    def _watch(self, control: QWidget | None) -> None:
        """Listen to the control for the learner doing the step (a press, or words typed)."""
        old = self._watched
        if old is not None:
            try:
                if isinstance(old, QAbstractButton):
                    old.clicked.disconnect(self._pressed)
                else:
                    old.textChanged.disconnect(self._typed)  # type: ignore[attr-defined]
            except (RuntimeError, TypeError):
                pass  # the control is gone already
        self._watched = control
        if control is None:
            return
        if isinstance(control, QAbstractButton):
            control.clicked.connect(self._pressed)
        elif isinstance(control, QLineEdit | QPlainTextEdit | QTextEdit):
            control.textChanged.connect(self._typed)

    def _pressed(self) -> None:
        if self.run.step.action == "tap":
            self.run.done(self.run.step.control)

    def _typed(self, *_args: object) -> None:
        self._typing.start()  # (again): the step moves on once the learner pauses

    def _typing_paused(self) -> None:
        if self.target is not None and self.run.step.action == "type" and typed_text(self.target).strip():
            self.run.done(self.run.step.control)

    # --- the learner's buttons and wrong taps ----------------------------------------------------------------------

    def show_again(self) -> None:
        self.box.hint.setVisible(False)
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
            words = {"wait": tr("Nothing to press just now. Wait a moment: it happens by itself."),
                     "read": tr("When you have read this, tap Next.")}.get(step.action,
                                                                          tr("Nearly! Tap the part with the "
                                                                             "yellow ring around it."))
        self.box.show_hint(words)
        self._place_box()
        self._say(words)
        self._pulse = PULSES
        self._pulser.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.run.over:
            self.wrong_tap()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:  # the theme changed (high contrast, text size): the box follows
            self.box.use_palette(self._palette())
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
            self._hole = QRect(-1, -1, 0, 0)  # measure again
            QTimer.singleShot(0, self.track)
        if watched is self._window and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and not self.run.over:
            self.box.show_hint(tr("To stop practising, tap Stop practising."))
            self._place_box()
            return True  # Escape would leave the screen the lesson is on
        return False

    # --- drawing -----------------------------------------------------------------------------------------------------

    def _holes(self) -> QRegion:
        holes = QRegion(self._hole)
        if self._also and not self._hole.isEmpty():
            also = find_control(self._window, self._also)
            if also is not None:
                holes = holes.united(QRegion(control_rect(self._window, also)))
        return holes.subtracted(QRegion(self.box.geometry()))

    def _update_mask(self) -> None:
        if self.run.step.action in ("tap", "type") and not self.run.over:
            self.setMask(QRegion(self.rect()).subtracted(self._holes()))
        else:
            self.setMask(QRegion(self.rect()))

    def _place_box(self) -> None:
        self.box.setGeometry(self.box.place(self.size(), self._hole, RING_GAP_PX + RING_PX))
        self._placed_for = self.box.key()
        self._update_mask()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dim = QRegion(self.rect())
        if not self._hole.isEmpty():
            dim = dim.subtracted(QRegion(self._hole))
        painter.setClipRegion(dim)
        painter.fillRect(self.rect(), DIM)
        painter.setClipping(False)
        if not self._hole.isEmpty() and not self.run.over:
            grow = RING_GAP_PX + (6 if self._pulse % 2 else 0)
            ring = self._hole.adjusted(-grow, -grow, grow, grow)
            painter.setPen(QPen(QColor("#000000"), RING_PX + 4))
            painter.drawRoundedRect(ring, 18, 18)
            painter.setPen(QPen(RING_COLOUR, RING_PX))
            painter.drawRoundedRect(ring, 18, 18)
        painter.end()

    def hole(self) -> QRect:
        """Where the learner can press (empty while waiting or reading), in the window's coordinates."""
        return QRect(self._hole)

    def close_overlay(self) -> None:
        self._tracker.stop()
        self._pulser.stop()
        self._watch(None)
        self._window.removeEventFilter(self)
        self.hide()
        self.deleteLater()
