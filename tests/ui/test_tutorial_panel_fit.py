"""The facilitator's panel shows everything without scrolling, like the older adult's screens (DESIGN.md §6): every
lesson, the learner's name, Start, the handouts, the learners of a six-learner workshop, Reset, the certificate and
Forget, at 200% text on a 1280×800 laptop and at 150% on a 1024×600 tablet (and at 100% on both)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow
from tests.helpers.fit import out_of_sight
from tests.ui.conftest import WindowFactory

SIZES = [(2.0, (1280, 800)), (1.5, (1024, 600)), (1.0, (1280, 800)), (1.0, (1024, 600))]
LEARNERS = ("Margaret", "Albert", "Rose", "Winifred", "Bartholomew", "Ann")


def workshop_of_six(household: Household) -> None:
    """Six learners, each with a lesson finished, one stopped half way and one under way: a busy morning."""
    learners = household.learners
    for number, learner in enumerate(LEARNERS):
        learners.finish(learners.start(learner, "reply", 8))
        stopped = learners.start(learner, "concern", 8)
        learners.stop(stopped, 3)
        if number % 2:
            learners.reached(learners.start(learner, "staying-safe", 9), 2)


def panel_window(qtbot: QtBot, make_window: WindowFactory, scale: float, size: tuple[int, int]) -> MainWindow:
    window = make_window(scale, size=size)
    window.open_screen("tutorial", unlocked=True)
    panel = window.tutorial.panel
    assert panel is not None
    qtbot.waitUntil(lambda: not window.runner.busy and bool(panel.records.text()), timeout=20_000)
    qtbot.wait(200)  # the layouts' own posted requests
    QApplication.processEvents()
    return window


def keep(window: MainWindow, name: str) -> None:
    folder = os.environ.get("CARELINK_FIT_PICTURES")
    if folder:
        window.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("locale", ["en-GB", "de-DE", "cy-GB"])
@pytest.mark.parametrize(("scale", "size"), SIZES, ids=[f"{round(s * 100)}%-{w}x{h}" for s, (w, h) in SIZES])
def test_the_whole_panel_fits_without_scrolling(qtbot: QtBot, make_window: WindowFactory, household: Household,
                                                 scale: float, size: tuple[int, int], locale: str) -> None:
    household.settings.set("locale", locale)  # (German and Welsh words are the longest)
    workshop_of_six(household)
    window = panel_window(qtbot, make_window, scale, size)
    panel = window.tutorial.panel
    assert panel is not None
    panel.learner.setText("Bartholomew")  # the longest name: Carry on from step 4 (his stopped concern) shows
    panel.choose("concern")
    assert panel.resume_button.isVisible()
    for part, shown in (("start", panel.start_button), ("print", panel.certificate_print_button),
                        ("learners", panel.forget_button)):
        qtbot.mouseClick(panel.part_buttons[part], Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        keep(window, f"panel-{part}-{locale}-{round(scale * 100)}-{size[0]}x{size[1]}")
        problems = out_of_sight(window)
        assert not problems, f"{part}: {problems}"
        assert shown.isVisible()
    shown_lessons = [button for button in panel.lesson_buttons.values() if button.isVisible()]
    assert len(shown_lessons) == 0  # (on another part)


@pytest.mark.parametrize(("scale", "size"), SIZES[:2], ids=["200%-1280x800", "150%-1024x600"])
def test_every_lesson_and_every_learner_can_be_reached_a_page_at_a_time(
        qtbot: QtBot, make_window: WindowFactory, household: Household, scale: float, size: tuple[int, int]) -> None:
    workshop_of_six(household)
    window = panel_window(qtbot, make_window, scale, size)
    panel = window.tutorial.panel
    assert panel is not None
    seen: set[str] = set()
    arrows = panel.lesson_pages.arrows
    while True:
        seen.update(key for key, button in panel.lesson_buttons.items() if button.isVisible())
        assert not out_of_sight(window)
        if not arrows.next.isVisible():
            break
        qtbot.mouseClick(arrows.next, Qt.MouseButton.LeftButton)
    assert seen == set(panel.lesson_buttons)
    qtbot.mouseClick(panel.part_buttons["learners"], Qt.MouseButton.LeftButton)
    lines: list[str] = []
    arrows = panel.record_pages.arrows
    while True:
        lines += panel.records.text().split("\n")
        assert not out_of_sight(window)
        if not arrows.next.isVisible():
            break
        qtbot.mouseClick(arrows.next, Qt.MouseButton.LeftButton)
    assert len(lines) == len(household.learners.records()) == 15


@pytest.mark.parametrize("locale", ["en-GB", "de-DE", "cy-GB"])
def test_at_100_percent_on_a_laptop_every_lesson_is_on_one_page(
        qtbot: QtBot, make_window: WindowFactory, household: Household, locale: str) -> None:
    """Fourteen lessons in as many columns as fit (their words on two lines where they must), not two pages."""
    household.settings.set("locale", locale)
    window = panel_window(qtbot, make_window, 1.0, (1280, 800))
    panel = window.tutorial.panel
    assert panel is not None
    assert all(button.isVisible() for button in panel.lesson_buttons.values()), panel.lesson_pages.columns
    assert not panel.lesson_pages.arrows.next.isVisible() and not panel.lesson_pages.arrows.previous.isVisible()
    assert not out_of_sight(window)


def test_at_150_percent_on_a_tablet_a_page_has_as_many_lessons_as_fit_across(
        qtbot: QtBot, make_window: WindowFactory, household: Household) -> None:
    """One row of lessons fits under the parts at 150% on 1024×600: three across (two of them on two lines), not
    two."""
    window = panel_window(qtbot, make_window, 1.5, (1024, 600))
    panel = window.tutorial.panel
    assert panel is not None
    assert sum(button.isVisible() for button in panel.lesson_buttons.values()) >= 3
    assert not out_of_sight(window)
