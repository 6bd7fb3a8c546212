"""Each lesson's words against what the screen really shows: every lesson is walked on the real screens of the
practice household, and at each step the control it names is on show, visible and enabled; the button it tells the
learner to tap carries those words ("Tap Close settings" rings a button that says Close settings); a picture it
names is a picture, not initials; the names, numbers and sizes it quotes ("2 of 12", "Sarah Jones", "150%") are on
the screen; and an instruction the screen itself gives ("Press Previous to see it") is never contradicted."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMainWindow, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from carelink.demo.household import FAMILY
from carelink.household import Household
from carelink.services.tutorial.lessons import Lesson, Step, load_lessons
from carelink.services.tutorial.pretend_family import SCAM_SENDER, SCAM_SUBJECT
from carelink.ui.main_window import MainWindow
from carelink.ui.tutorial.controls import find_control
from carelink.ui.tutorial.overlay import TutorialOverlay
from carelink.ui.wall.card import PhotoButton
from carelink.ui.widgets_portrait import Avatar
from tests.ui.test_tutorial import (
    do_step,
    start_lesson,
    wait_for_ring,
)

LESSONS = load_lessons()
# "Tap Close settings to go back", "For practice, tap No more to add.", "Tap the red Hang up button."
_TAP = re.compile(r"\b[Tt]ap (?:the )?(?:big |red )?(.+?)(?=,| to | and |\. |\.$|:| once| again|$)")
_QUOTED = re.compile(r"\b\d+ of \d+\b|\b\d+%|" + "|".join(re.escape(name) for name, _email, _role in FAMILY))
_PRESS = re.compile(r"\bPress (\w+)")
_PICTURE = re.compile(r"^(\w+)'s (?:picture|photo)$")


def _words_of(widget: QWidget) -> str:
    parts = [widget.accessibleName()]
    if isinstance(widget, QAbstractButton | QLabel | QLineEdit):
        parts.append(widget.text())
    parts += [child.text() for child in widget.findChildren(QLabel) if child.isVisible()]
    return " ".join(" ".join(parts).split())


def screen_words(window: QWidget, overlay: TutorialOverlay) -> str:
    """Every word on show in the practice window, the lesson strip's own words left out."""
    shown = [widget for widget in window.findChildren(QWidget)
             if widget.isVisible() and not overlay.box.isAncestorOf(widget) and widget is not overlay.box
             and isinstance(widget, QLabel | QAbstractButton)]
    return " ".join(" ".join(_words_of(widget) for widget in shown).split())


def tapped_words(say: str) -> str:
    """What the step tells the learner to tap: the last "tap ..." in its words."""
    found = _TAP.findall(say)
    return found[-1].removesuffix(" button").strip() if found else ""


def check_named_control(where: str, step: Step, control: QWidget) -> None:
    named = tapped_words(step.say)
    assert named, f"{where}: the words do not say what to tap"
    picture = _PICTURE.match(named)
    if picture:  # "Tap Sarah's picture": a real picture of Sarah, not her initials
        portraits = [avatar for avatar in control.findChildren(Avatar) if avatar.isVisible()]
        assert portraits, f"{where}: there is no picture on the control to tap"
        assert all(avatar.accessibleDescription() == "Their photo" for avatar in portraits), \
            f"{where}: the words say {named!r} but the screen shows initials"
        assert picture.group(1) in _words_of(control), where
    elif named == "photo":
        assert isinstance(control, PhotoButton), f"{where}: the control to tap is not a photo"
    else:
        assert named.lower() in _words_of(control).lower(), \
            f"{where}: the words say tap {named!r} but the ringed control says {_words_of(control)!r}"


def check_step(qtbot: QtBot, where: str, step: Step, practice: QMainWindow, overlay: TutorialOverlay) -> None:
    control = find_control(practice, step.control)
    assert control is not None and control.isVisible(), f"{where}: {step.control} is not on show"
    if step.action in ("tap", "type"):
        assert control.isEnabled(), f"{where}: {step.control} cannot be used"
    if step.action == "tap":
        check_named_control(where, step, control)
    quoted = _QUOTED.findall(step.words(overlay.run.learner))
    try:  # (a card's words come a moment after the card)
        qtbot.waitUntil(lambda: all(words in screen_words(practice, overlay) for words in quoted), timeout=5_000)
    except TimeoutError:
        missing = [words for words in quoted if words not in screen_words(practice, overlay)]
        raise AssertionError(f"{where}: the words quote {missing}, which are not on the screen") from None
    on_screen = screen_words(practice, overlay)
    for word in _PRESS.findall(on_screen):  # the screen's own instruction, never contradicted
        assert step.action != "tap" or word in step.say, \
            f"{where}: the screen says 'Press {word}' but the lesson says {step.say!r}"


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_every_step_s_words_match_what_the_screen_shows(qtbot: QtBot, workshop_window: MainWindow,
                                                         lesson: Lesson) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, lesson.id)
    run = overlay.run
    for number, step in enumerate(lesson.steps, 1):
        where = f"{lesson.id} step {number} ({step.say!r})"
        if step.action == "wait":
            do_step(qtbot, practice, overlay)
            continue
        if step.action == "read":
            qtbot.waitUntil(lambda: overlay.target is not None, timeout=10_000)
        else:
            wait_for_ring(qtbot, overlay)
        assert run.index + 1 == number
        check_step(qtbot, where, step, practice, overlay)
        do_step(qtbot, practice, overlay)
    assert run.finished


def test_the_tap_words_are_found_in_each_kind_of_sentence() -> None:
    assert tapped_words("Tap Close settings to go back to the start.") == "Close settings"
    assert tapped_words("Tap the picture that says what is wrong. For practice, tap I feel unwell.") == \
        "I feel unwell"
    assert tapped_words("When a call is over, tap the red Hang up button.") == "Hang up"
    assert tapped_words("You can answer with one tap. Tap Lovely! to send it to Sarah.") == "Lovely!"
    assert tapped_words("Tap Sarah's picture to call her.") == "Sarah's picture"
    assert tapped_words("Sarah has answered! Tap Home, and then Messages, to read it.") == "Home"


def test_the_pretend_scam_is_held_and_never_shown(qtbot: QtBot, workshop_window: MainWindow
                                                  ) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, "staying-safe")
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None and workshop.current is not None
    practising: Household = workshop.current.household

    def held() -> bool:
        practice.mail_watch.sync_now()  # type: ignore[attr-defined]
        return any(message.subject == SCAM_SUBJECT for message in practising.held.list())

    qtbot.waitUntil(held, timeout=10_000)
    for _ in overlay.run.lesson.steps:
        do_step(qtbot, practice, overlay)
    assert overlay.run.finished
    assert SCAM_SENDER[1] not in {message.sender_email for message in practising.wall.messages()}
    assert SCAM_SENDER[0] not in screen_words(practice, overlay)
