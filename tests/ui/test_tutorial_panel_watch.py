"""The facilitator's panel sees what changed elsewhere while it is on show: `carelink tutorial forget` from the
command line, a lesson started and left by another CareLink on the same folder (whose window then went), without
being opened again; and it reads them again when its window comes back to the front. Out of sight it does nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow
from carelink.ui.tutorial.panel import FacilitatorPanel
from carelink.ui.tutorial.panel_watch import PanelWatch
from tests.helpers import make_household, run_cli


def _learners_part(qtbot: QtBot, window: MainWindow) -> FacilitatorPanel:
    window.open_screen("tutorial", unlocked=True)
    panel = window.tutorial.panel
    assert panel is not None
    panel.show_part("learners")
    qtbot.waitUntil(lambda: panel.watch.watching, timeout=20_000)
    return panel


def _forget_from_the_command_line(household: Household, capsys: pytest.CaptureFixture[str]) -> None:
    code, printed, _ = run_cli(["--data-dir", str(household.paths.root.parent), "--demo", "tutorial", "forget"],
                               capsys)
    assert (code, printed.strip()) == (0, "Forgot 1 learner record.")


def test_the_panel_on_show_sees_the_command_line_forget_every_learner(
        qtbot: QtBot, workshop_window: MainWindow, household: Household,
        capsys: pytest.CaptureFixture[str]) -> None:
    record = household.learners.start("Ann", "checkin", 3)
    household.learners.stop(record, 1)
    panel = _learners_part(qtbot, workshop_window)
    qtbot.waitUntil(lambda: "Ann" in panel.records.text(), timeout=20_000)
    _forget_from_the_command_line(household, capsys)
    qtbot.waitUntil(lambda: panel.records.text() == "Nobody has practised yet.", timeout=20_000)


def test_the_panel_on_show_follows_a_lesson_in_another_window_and_sees_that_window_go(
        qtbot: QtBot, workshop_window: MainWindow, household: Household, tmp_path: Path) -> None:
    panel = _learners_part(qtbot, workshop_window)
    qtbot.waitUntil(lambda: panel.records.text() == "Nobody has practised yet.", timeout=20_000)
    other = make_household(tmp_path, demo=True)  # another CareLink on the same folder
    try:
        record = other.learners.start("Bea", "checkin", 3)
        other.learners.reached(record, 1)
        qtbot.waitUntil(lambda: "Bea" in panel.records.text() and "1 of 3 steps done so far" in panel.records.text(),
                        timeout=20_000)
        other.learners.close()  # its window is gone (killed): the system let go of its lesson lock
        qtbot.waitUntil(lambda: "stopped after 1 of 3 steps" in panel.records.text(), timeout=20_000)
    finally:
        other.close()


def test_the_panel_reads_the_learners_again_when_its_window_comes_to_the_front(
        qtbot: QtBot, workshop_window: MainWindow, household: Household, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PanelWatch, "INTERVAL_MS", 600_000)  # the slow timer never comes round in this test
    record = household.learners.start("Ann", "checkin", 3)
    household.learners.stop(record, 1)
    window = workshop_window  # (its panel is made now, with the long interval)
    panel = _learners_part(qtbot, window)
    qtbot.waitUntil(lambda: "Ann" in panel.records.text(), timeout=20_000)
    _forget_from_the_command_line(household, capsys)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))  # back from the terminal
    qtbot.waitUntil(lambda: panel.records.text() == "Nobody has practised yet.", timeout=20_000)


def test_out_of_sight_the_panel_does_not_watch(qtbot: QtBot, workshop_window: MainWindow) -> None:
    panel = _learners_part(qtbot, workshop_window)
    workshop_window.open_screen("home")
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=20_000)
    assert not panel.watch.watching
    workshop_window.open_screen("tutorial", unlocked=True)
    qtbot.waitUntil(lambda: panel.watch.watching, timeout=20_000)
