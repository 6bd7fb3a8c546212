"""The facilitator's panel: the lessons, the learner's name and Start the lesson on show unscrolled at 1280×800."""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.services.tutorial.lessons import Lesson
from carelink.services.tutorial.progress import DONE, STOPPED
from carelink.ui.main_window import MainWindow
from carelink.ui.tutorial import handout_capture
from carelink.ui.tutorial.overlay import TutorialOverlay
from carelink.ui.tutorial.panel import FacilitatorPanel
from tests.helpers import run_cli
from tests.ui.test_tutorial import do_step, practice_of, start_lesson


def _on_show_unscrolled(panel: FacilitatorPanel) -> bool:
    """Start the lesson and the learner's name are whole in the panel's view, with the view not scrolled."""
    view = panel.scroller.viewport()
    shown = view.rect()
    return panel.scroller.verticalScrollBar().value() == 0 and all(
        shown.contains(QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()))
        for widget in (panel.start_button, panel.learner,
                       *(button for button in panel.lesson_buttons.values() if button.isVisible())))


def test_the_panel_in_the_window_shows_start_without_scrolling(qtbot: QtBot, workshop_window: MainWindow) -> None:
    workshop_window.resize(1280, 800)
    workshop_window.open_screen("tutorial", unlocked=True)
    panel = workshop_window.tutorial.panel
    assert panel is not None
    qtbot.waitUntil(lambda: _on_show_unscrolled(panel), timeout=20_000)


def test_the_panel_and_the_command_line_agree_on_the_steps_done(qtbot: QtBot, workshop_window: MainWindow,
                                                               household: Household,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, "checkin")
    do_step(qtbot, practice, overlay)  # the first of three steps done; stopped on the second
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: household.learners.records()[0].status == STOPPED, timeout=20_000)
    panel = workshop_window.tutorial.panel
    assert panel is not None
    qtbot.waitUntil(lambda: "stopped after 1 of 3 steps" in panel.records.text(), timeout=20_000)
    where = ["--data-dir", str(household.paths.root.parent), "--demo", "tutorial", "learners"]
    code, printed, _ = run_cli([*where, "--json"], capsys)
    [row] = json.loads(printed)
    assert (code, row["learner"], row["step"], row["steps"], row["status"]) == (0, "Ann", 1, 3, "stopped")
    code, printed, _ = run_cli(where, capsys)
    assert code == 0 and "1 of 3 steps done" in printed


def test_the_step_reached_and_the_stop_are_saved_in_order(qtbot: QtBot, workshop_window: MainWindow,
                                                          household: Household, monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """Saving the step reached is slow on purpose (a busy disk): the stop that comes after it still waits for it,
    so neither the records nor the panel ever say "stopped" with the step before (nor "Carry on" from it)."""
    learners = household.learners
    real_reached = learners.reached

    def slow_reached(record_id: int, step_number: int) -> None:
        time.sleep(1.5)
        real_reached(record_id, step_number)

    monkeypatch.setattr(learners, "reached", slow_reached)
    saved: list[tuple[str, int]] = []  # (status, step reached) after each write, as anyone reading then would see

    def look(_record_id: int) -> None:
        [record] = learners.records()
        saved.append((record.status, record.step_reached))

    learners.changed.connect(look)
    panel = workshop_window.tutorial.panel
    assert panel is not None
    shown: list[str] = []
    real_set_text = panel.records.setText

    def set_text(text: str) -> None:
        shown.append(text)
        real_set_text(text)

    monkeypatch.setattr(panel.records, "setText", set_text)
    practice, overlay = start_lesson(qtbot, workshop_window, "checkin")
    do_step(qtbot, practice, overlay)  # step 1 of 3 done (saved slowly); stopped at once on step 2
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (STOPPED, 1) in saved, timeout=20_000)
    qtbot.waitUntil(lambda: "stopped after 1 of 3 steps" in panel.records.text(), timeout=20_000)
    assert [state for state in saved if state[0] == STOPPED] == [(STOPPED, 1)], saved
    assert not any("stopped after 0" in text for text in shown), shown
    panel.learner.setText("Ann")
    panel.choose("checkin")
    assert panel.resume_button.isVisible() and panel.resume_button.text() == "Carry on from step 2"


def test_next_lesson_at_the_end_keeps_the_same_learner(qtbot: QtBot, workshop_window: MainWindow,
                                                        household: Household) -> None:
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None
    order = [lesson.id for lesson in workshop.lessons]
    first = order[-2]
    practice, overlay = start_lesson(qtbot, workshop_window, first, learner="Margaret")
    for _ in overlay.run.lesson.steps:
        do_step(qtbot, practice, overlay)
    assert overlay.box.next_lesson.isVisible()
    qtbot.mouseClick(overlay.box.next_lesson, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workshop.current is not None and workshop.current.run.lesson.id == order[-1],
                    timeout=20_000)
    assert workshop.current is not None and workshop.current.run.learner == "Margaret"
    qtbot.waitUntil(lambda: [(record.learner, record.lesson_id) for record in household.learners.records()]
                    == [("Margaret", order[-1]), ("Margaret", first)], timeout=20_000)
    practice, overlay = practice_of(workshop_window)
    for _ in overlay.run.lesson.steps:
        do_step(qtbot, practice, overlay)
    assert not overlay.box.next_lesson.isVisible()  # the last lesson: nothing after it
    qtbot.mouseClick(overlay.box.back, Qt.MouseButton.LeftButton)


def test_a_stopped_lesson_carries_on_where_it_stopped(qtbot: QtBot, workshop_window: MainWindow,
                                                      household: Household, monkeypatch: pytest.MonkeyPatch) -> None:
    """Carry on from step 3: the screens come to step 3 out of sight, and the practice window first shows step 3
    (the learner never watches steps 1 and 2 done again)."""
    seen: list[tuple[bool, bool]] = []  # while the earlier steps are done: (on show to the learner, overlay made)
    real_catch_up = handout_capture.catch_up

    def catch_up(window: QMainWindow, lesson: Lesson, learner: str, steps: int) -> None:
        seen.append((window.isVisible() and not window.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen),
                     window.findChild(TutorialOverlay) is not None))
        real_catch_up(window, lesson, learner, steps)
        seen.append((window.isVisible() and not window.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen),
                     window.findChild(TutorialOverlay) is not None))

    monkeypatch.setattr(handout_capture, "catch_up", catch_up)
    practice, overlay = start_lesson(qtbot, workshop_window, "concern")
    for _ in range(2):
        do_step(qtbot, practice, overlay)
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: household.learners.records()[0].status == STOPPED, timeout=20_000)
    panel = workshop_window.tutorial.panel
    workshop = workshop_window.tutorial.workshop
    assert panel is not None and workshop is not None
    qtbot.waitUntil(panel.resume_button.isVisible, timeout=20_000)
    assert panel.resume_button.text() == "Carry on from step 3"  # (the step is saved with the stop, never after it)
    qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workshop.current is not None, timeout=20_000)
    practice, overlay = practice_of(workshop_window)
    assert overlay.run.index == 2 and overlay.run.learner == "Ann"
    assert seen == [(False, False), (False, False)]  # done out of sight, before the window and the lesson came
    assert practice.isVisible() and not practice.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    assert practice.size() == workshop_window.size()
    while not overlay.run.finished:  # the rest of the lesson, on screens that are where the learner left them
        do_step(qtbot, practice, overlay)
    qtbot.waitUntil(lambda: [(record.lesson_id, record.status) for record in household.learners.records()]
                    == [("concern", DONE)], timeout=20_000)
    qtbot.mouseClick(overlay.box.back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.resume_button.isVisible(), timeout=20_000)


@pytest.fixture
def french_with_a_broken_lesson(household: Household) -> None:
    """Before the window is built: a French household whose facilitator wrote a lesson with no steps."""
    household.settings.set("locale", "fr-FR")
    own = household.paths.root / "lessons"
    own.mkdir()
    (own / "broken.toml").write_text('title = "Dire bonjour"\n', encoding="utf-8")


def test_the_panel_names_a_broken_lesson_in_the_household_s_language(french_with_a_broken_lesson: None,
                                                                      workshop_window: MainWindow) -> None:
    workshop_window.open_screen("tutorial", unlocked=True)
    panel = workshop_window.tutorial.panel
    assert panel is not None
    said = [shown.text() for shown in panel.findChildren(QLabel)]
    # (French typography: a non-breaking space before the colon, as on every French screen)
    assert "Le fichier de leçon broken.toml ne peut pas être utilisé\u00a0: le fichier n'a aucune [[steps]]." in said
    assert not any("cannot be used" in text for text in said)
