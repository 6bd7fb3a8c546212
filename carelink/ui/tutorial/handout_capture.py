"""Pictures for a lesson's printed handout: the lesson is done, step by step, in a throwaway practice household
on a window that is never shown, and each step's screen is grabbed with the control ringed as the overlay rings it.

`capture_lesson` drives the real screens as a learner would (taps, typing, waiting for the pretend family), so the
handout always matches what the learner will see.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from carelink.app import build_tutorial_household, build_window
from carelink.autostart import PretendAutostart
from carelink.errors import UserError
from carelink.secrets import SecretStatus
from carelink.services.mail_sync import SyncReport
from carelink.services.tutorial.lessons import Lesson, Step
from carelink.speech import SilentSpeaker
from carelink.ui.theme import FONT_FAMILY
from carelink.ui.tutorial.controls import RING_COLOUR, RING_GAP_PX, RING_PX, control_rect, find_control, show_whole

if TYPE_CHECKING:
    from carelink.ui.main_window import MainWindow

WAIT_S = 10.0  # the longest a step's control (or the pretend family's answer) is waited for
SETTLE_S = 5.0
TICK_S = 0.02
RING_EDGE = QColor("#000000")
RING_RADIUS = 18  # as the overlay draws it
PRINT_RING_PX = RING_PX  # the overlay's yellow, inside the black outline
OUTLINE_PX = 22  # the black outline: about 2.5 mm on paper, where a screen is printed at about 1:8
BADGE_PX = 84  # the disc with the step's number


@dataclass(frozen=True)
class HandoutStep:
    """One step of a handout: "Step `number` of `total`", its words, the screen with the control ringed (`ring`:
    where the control is in the picture; None for a step that waits, which has no ring), and for a typing step the
    example words the picture shows in the box."""

    number: int
    total: int
    words: str
    image: QImage
    example: str = ""
    ring: QRect | None = None


class _MemorySecrets:
    """A password store in memory: the practice household never touches the computer's own keyring."""

    def __init__(self) -> None:
        self._saved: dict[str, str] = {}

    def status(self) -> SecretStatus:
        return SecretStatus(available=True, message="")

    def get_password(self, account: str) -> str | None:
        return self._saved.get(account)

    def set_password(self, account: str, password: str) -> None:
        self._saved[account] = password

    def delete_password(self, account: str) -> None:
        self._saved.pop(account, None)


class _Quiet:
    """The chime and the ring sound while the handout is made: nothing to hear."""

    def play(self) -> None:
        pass

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


def ring_control(image: QImage, rect: QRect | QRectF, number: int = 0) -> QImage:
    """A copy of `image` with the control at `rect` (in the image's own coordinates) marked for print: a thick black
    outline with the overlay's yellow just inside it, and, when `number` is given, the step's number in a black disc
    on its corner. Black on the light screens, so it survives a black-and-white printer. Kept inside the picture."""
    ringed = image.copy()
    painter = QPainter(ringed)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    half = OUTLINE_PX / 2
    inside = QRectF(QPointF(0, 0), ringed.deviceIndependentSize()).adjusted(half, half, -half, -half)
    gap = RING_GAP_PX + OUTLINE_PX / 2
    ring = QRectF(rect).adjusted(-gap, -gap, gap, gap).intersected(inside)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(RING_EDGE, OUTLINE_PX))
    painter.drawRoundedRect(ring, RING_RADIUS, RING_RADIUS)
    yellow = (OUTLINE_PX + PRINT_RING_PX) / 2
    painter.setPen(QPen(RING_COLOUR, PRINT_RING_PX))
    painter.drawRoundedRect(ring.adjusted(yellow, yellow, -yellow, -yellow), RING_RADIUS, RING_RADIUS)
    if number:
        _number_badge(painter, ring, number, QRectF(QPointF(0, 0), ringed.deviceIndependentSize()))
    painter.end()
    return ringed


def number_badge_rect(ring: QRectF, picture: QRectF) -> QRectF:
    """Where the step's number goes: a disc on the ring's top-left corner, kept inside the picture."""
    badge = QRectF(0, 0, BADGE_PX, BADGE_PX)
    badge.moveCenter(ring.topLeft())
    badge.moveLeft(max(picture.left(), min(badge.left(), picture.right() - BADGE_PX)))
    badge.moveTop(max(picture.top(), min(badge.top(), picture.bottom() - BADGE_PX)))
    return badge


def _number_badge(painter: QPainter, ring: QRectF, number: int, picture: QRectF) -> None:
    badge = number_badge_rect(ring, picture)
    painter.setPen(QPen(QColor("#FFFFFF"), 4))
    painter.setBrush(RING_EDGE)
    painter.drawEllipse(badge)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(round(BADGE_PX * 0.55))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(number))


def _settle(window: MainWindow) -> None:
    """Let the window's background work come back and the layout settle (idle twice in a row, bounded)."""
    deadline = time.monotonic() + SETTLE_S
    idle = 0
    while idle < 2 and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if window.runner.busy:
            idle = 0
            window.runner.wait(50)
        else:
            idle += 1
    QCoreApplication.processEvents()


def _press(control: QWidget) -> None:
    """A learner's tap on the middle of a control that is not a button (QtTest is not in the installed app)."""
    centre = QPointF(control.rect().center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        event = QMouseEvent(kind, centre, control.mapToGlobal(centre), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(control, event)


def _bring_into_view(window: QWidget, control: QWidget) -> None:
    parent = control.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            show_whole(parent, control, max(0, min(12, (parent.viewport().height() - control.height()) // 2)))
        parent = parent.parentWidget()


class _Capture:
    """Drives one lesson on `window` and keeps count of the new messages its mail syncs bring."""

    def __init__(self, lesson: Lesson, window: MainWindow) -> None:
        self.lesson, self.window = lesson, window
        self.news = 0
        window.mail_watch.synced.connect(self._synced)

    def _synced(self, report: object) -> None:
        if isinstance(report, SyncReport):
            self.news += report.new_messages

    def _stuck(self, number: int, step: Step, what: str) -> UserError:
        return UserError("The handout for the lesson \"{title}\" could not be made: at step {number}, {what}. "
                         "Check the lesson file {file}.",
                         {"title": self.lesson.title, "number": number, "what": what, "file": f"{self.lesson.id}.toml"})

    def control_for(self, number: int, step: Step) -> QWidget:
        """The step's control once it is on show (and can be used), asking for mail while a step waits."""
        window = self.window
        deadline = time.monotonic() + WAIT_S
        while True:
            _settle(window)
            control = find_control(window, step.control) or self._revealed(step.control)
            if control is not None and (step.action not in ("tap", "type") or control.isEnabled()):
                _bring_into_view(window, control)
                _settle(window)
                return control
            if time.monotonic() > deadline:
                raise self._stuck(number, step, f"the part of the screen called \"{step.control}\" never appeared")
            if step.action == "wait":
                window.mail_watch.sync_now()
                window.calls.incoming.check()
            time.sleep(TICK_S)

    def _revealed(self, name: str) -> QWidget | None:
        """The control on the screen on show but on another page of it (a reply behind Reply on a small screen at
        large text): the screen's `reveal(name)` brings it on, as the lesson's overlay does for the learner."""
        reveal = getattr(self.window.stack.currentWidget(), "reveal", None)
        if not callable(reveal):
            return None
        reveal(name)
        _settle(self.window)
        return find_control(self.window, name)

    def wait_for_news(self, number: int, step: Step) -> None:
        deadline = time.monotonic() + WAIT_S
        while self.news <= 0:
            if time.monotonic() > deadline:
                raise self._stuck(number, step, "no message from the pretend family came in")
            self.window.mail_watch.sync_now()
            _settle(self.window)
            time.sleep(TICK_S)
        self.news = 0

    def step(self, number: int, step: Step, learner: str) -> HandoutStep:
        """The step as the handout shows it (the screen, the control ringed), then done as the learner would."""
        control = self._ready(number, step)
        image = self.window.grab().toImage()
        ring = control_rect(self.window, control) if step.action != "wait" else None
        if ring is not None:
            image = ring_control(image, ring, number)
        shown = HandoutStep(number, len(self.lesson.steps), step.words(learner), image,
                            step.example if step.action == "type" else "", ring)
        self._do(number, step, control)
        return shown

    def do_step(self, number: int, step: Step) -> None:
        """The step done as the learner would, with no picture of it."""
        self._do(number, step, self._ready(number, step))

    def _ready(self, number: int, step: Step) -> QWidget:
        """The pretend family act if the step asks; the step's control once it is on show (typed in, for a typing
        step)."""
        window, pretend = self.window, self.window.household.pretend
        if step.family and pretend is not None:
            pretend.act(step.family)
        control = self.control_for(number, step)
        if step.action == "type":
            control.setFocus()
            if isinstance(control, QLineEdit):
                control.setText(step.example)
            elif isinstance(control, QPlainTextEdit | QTextEdit):
                control.setPlainText(step.example)
            _settle(window)
        return control

    def _do(self, number: int, step: Step, control: QWidget) -> None:
        if step.action == "tap":
            if isinstance(control, QAbstractButton):
                control.click()
            else:
                _press(control)
        elif step.action == "wait" and step.until == "message":
            self.wait_for_news(number, step)
        _settle(self.window)


def catch_up(window: QMainWindow, lesson: Lesson, learner: str, steps: int) -> None:
    """Do the first `steps` steps of `lesson` on `window` for the learner (a stopped lesson carried on: the screens
    come to where they were). UserError, naming the step, if a step's control never comes."""
    capture = _Capture(lesson, cast("MainWindow", window))
    try:
        for number, step in enumerate(lesson.steps[:steps], 1):
            capture.do_step(number, step)
    finally:
        capture.window.mail_watch.synced.disconnect(capture._synced)


def capture_lesson(lesson: Lesson, learner: str, work_dir: Path, size: tuple[int, int] = (1280, 800),
                   locale: str = "") -> list[HandoutStep]:
    """Each step of `lesson` as `learner` would see it, ringed, from a practice household made in `work_dir` (a
    folder the caller owns and clears), in the language of `locale` (the household's; none: the practice
    household's own). UserError, naming the step, if a step's control never comes."""
    app = QApplication.instance()
    style = app.styleSheet() if isinstance(app, QApplication) else ""
    look = (app.font(), app.palette()) if isinstance(app, QApplication) else None
    speaker = SilentSpeaker()
    household = build_tutorial_household(work_dir, learner, secrets=_MemorySecrets(), reply_after_s=0.0,
                                         locale=locale or None)
    try:
        if locale:
            household.settings.set("locale", locale)  # the screens the lesson's words name, in its language
        window = build_window(household, speaker, autostart=PretendAutostart())
        try:
            window.mail_watch.chime = _Quiet()
            window.calls.ringing.sound = _Quiet()
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            window.resize(*size)
            window.show()
            window.open_screen(lesson.start)
            capture = _Capture(lesson, window)
            return [capture.step(number, step, learner) for number, step in enumerate(lesson.steps, 1)]
        finally:
            window.close()
            window.runner.shut_down()
            shiboken6.delete(window)  # now, not later: a window left to the event loop would slow every restyle
    finally:
        household.close()
        speaker.close()
        if isinstance(app, QApplication) and app.styleSheet() != style:
            app.setStyleSheet(style)  # the practice window's text size was the whole application's
        if isinstance(app, QApplication) and look is not None and (app.font(), app.palette()) != look:
            app.setFont(look[0])  # and so were its font and text colour
            app.setPalette(look[1])
