"""A stopped lesson carried on ("Carry on from step N"): the steps before N are done again out of sight, and the
practice household ends as if the learner had done them: the messages they saw are read (a card seen again never
says "New"), and a step that waited for the pretend family does not wait for them a second time."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.app import build_tutorial_household
from carelink.household import Household
from carelink.services.tutorial.progress import STOPPED
from carelink.ui.main_window import MainWindow
from carelink.ui.tutorial.workshop import Workshop
from tests.helpers import memory_secrets
from tests.ui.test_tutorial import do_step, practice_of, start_lesson

ReadMarks = list[tuple[str, str, bool]]  # (who, what they wrote, read) for every message on the wall


def read_marks(workshop: Workshop) -> ReadMarks:
    """(the learner's own name, which the pretend family write, as {name})"""
    assert workshop.current is not None
    wall, learner = workshop.current.household.wall, workshop.current.run.learner
    return sorted((message.sender_email, re.sub(rf"\b{learner}\b", "{name}", message.text), message.read)
                  for message in wall.messages())


def settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)


def carry_on(qtbot: QtBot, window: MainWindow, lesson_id: str, learner: str) -> None:
    """The facilitator types the learner's name, chooses the lesson and taps Carry on from step N."""
    window.open_screen("tutorial", unlocked=True)
    panel, workshop = window.tutorial.panel, window.tutorial.workshop
    assert panel is not None and workshop is not None
    panel.refresh()
    panel.choose(lesson_id)
    panel.learner.setText(learner)
    qtbot.waitUntil(panel.resume_button.isVisible, timeout=20_000)
    qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workshop.current is not None, timeout=30_000)
    practice, _overlay = practice_of(window)
    qtbot.waitExposed(practice)


def test_a_lesson_carried_on_is_as_if_the_learner_had_done_the_steps(qtbot: QtBot, workshop_window: MainWindow,
                                                                    household: Household) -> None:
    """Going back with Previous, stopped before the last Previous: carried on, the first message (seen at step 1)
    is read, and coming back to it shows no "New", just as for the learner who did every step."""
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None
    practice, overlay = start_lesson(qtbot, workshop_window, "previous", learner="Ann")
    for _ in range(6):  # at a learner's pace: each card's loading and read mark done before the next tap
        do_step(qtbot, practice, overlay)
        settled(qtbot, practice)  # type: ignore[arg-type]
    done = read_marks(workshop)
    assert any(read for _who, _text, read in done) and not all(read for _who, _text, read in done)
    do_step(qtbot, practice, overlay)  # step 7: Previous, back to the first message
    seen_again = practice.wall.card.when.accessibleName()  # type: ignore[attr-defined]
    assert "New" not in seen_again
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(workshop_window.isVisible, timeout=20_000)

    record = household.learners.start("Bea", "previous", len(overlay.run.lesson.steps))
    household.learners.stop(record, 6)  # Bea stopped on step 7, with Previous to tap once more
    carry_on(qtbot, workshop_window, "previous", "Bea")
    practice, overlay = practice_of(workshop_window)
    assert overlay.run.index == 6
    settled(qtbot, practice)  # type: ignore[arg-type]
    assert read_marks(workshop) == done
    do_step(qtbot, practice, overlay)
    assert practice.wall.card.when.accessibleName() == seen_again  # type: ignore[attr-defined]
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: household.learners.records()[0].status == STOPPED, timeout=20_000)


@pytest.mark.parametrize(("size", "text_size"), [((1280, 800), "100"), ((1024, 600), "150")],
                         ids=["100%-1280x800", "150%-1024x600"])
def test_carrying_on_past_a_wait_for_the_family_does_not_wait_for_them(qtbot: QtBot, workshop_window: MainWindow,
                                                                      household: Household,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      size: tuple[int, int], text_size: str) -> None:
    """The pretend family take a minute to answer (slow on purpose): carrying on from step 5 of Replying (after
    Sarah's answer came and was opened) still brings the learner to step 5, with Sarah's answer there and read. On a
    small screen at large text too, where Lovely! waits behind Reply (brought on as the lesson brings it on)."""
    household.settings.set("display.text_size", text_size)
    workshop_window.resize(*size)
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None
    root = household.paths.root
    monkeypatch.setattr(workshop, "_practice", replace(
        workshop._practice,
        household=lambda learner: build_tutorial_household(root, learner, clock=household.clock,
                                                           secrets=memory_secrets(), reply_after_s=60.0,
                                                           learners=household.learners)))
    record = household.learners.start("Bea", "reply", 8)
    household.learners.stop(record, 4)
    carry_on(qtbot, workshop_window, "reply", "Bea")
    practice, overlay = practice_of(workshop_window)
    assert overlay.run.index == 4, "the lesson was not brought to step 5"
    assert overlay.run.step.control == "wall_write"
    settled(qtbot, practice)  # type: ignore[arg-type]
    answers = [message for message in workshop.current.household.wall.messages()  # type: ignore[union-attr]
               if message.sender_email == "sarah@example.org" and message.text.startswith("Lovely to hear")]
    assert [message.read for message in answers] == [True]  # it came, and the learner is looking at it
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(workshop_window.isVisible, timeout=20_000)


def test_a_lesson_carried_on_at_large_text_shows_the_message_s_words_whole(qtbot: QtBot, workshop_window: MainWindow,
                                                                          household: Household) -> None:
    """At 200% the lesson strip takes room from a message brought on out of sight, and ▲ ▼ come beside its words:
    the words wrap in the room left to them (they were once kept as wide as before, and cut under ▲ ▼)."""
    household.settings.set("display.text_size", "200")
    record = household.learners.start("Bea", "previous", 8)
    household.learners.stop(record, 5)  # on step 6: Emma's message, seen again
    carry_on(qtbot, workshop_window, "previous", "Bea")
    practice, _overlay = practice_of(workshop_window)
    card = practice.wall.card  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: card.words.scrolls, timeout=20_000)
    qtbot.waitUntil(lambda: card.text.width() <= card.scroller.viewport().width(), timeout=20_000)
