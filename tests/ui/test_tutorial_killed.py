"""A lesson whose window is ended from outside: SIGTERM (a logout, `kill`) closes CareLink as Close does, so the
lesson is written down as stopped at the step reached; SIGKILL (a crash, a power cut) writes nothing, and whoever
reads the learners next (`carelink tutorial learners`, the panel) finds the lesson's window gone and reads it as
stopped, to be carried on from the panel. Real processes: the window runs as `run_gui` in a process of its own
(tests/helpers/lesson_process.py), the command line as `python -m carelink`."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow
from tests.ui.test_tutorial import practice_of, show_lesson_button

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGTERM and SIGKILL on this system")
ROOT = Path(__file__).resolve().parents[2]
LESSON = "checkin"  # three steps: the window is killed on the second


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), CARELINK_DATA_DIR="", QT_QPA_PLATFORM="offscreen")


@pytest.fixture
def lesson_window(household: Household) -> Iterator[subprocess.Popen[str]]:
    """The window's process, once its learner has done step 1 of the lesson (and it is saved)."""
    process = subprocess.Popen([sys.executable, "-m", "tests.helpers.lesson_process",
                                str(household.paths.root.parent), LESSON], cwd=ROOT, env=_env(), text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    said: list[str] = []
    reader = threading.Thread(target=lambda: said.append(process.stdout.readline() if process.stdout else ""))
    reader.start()
    reader.join(timeout=180)
    if not said or said[0].strip() != "READY":
        process.kill()
        _out, err = process.communicate(timeout=60)
        pytest.fail(f"the lesson's window did not get to step 2: {said} {err}")
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=60)


def _saved(household: Household) -> list[tuple[str, int]]:
    """(status, step reached) of each learner record as the database holds it, read with nothing of CareLink's."""
    with closing(sqlite3.connect(household.paths.database)) as database:
        return list(database.execute("SELECT status, step_reached FROM learner_progress ORDER BY id"))


def _learners_command(household: Household) -> list[dict[str, object]]:
    done = subprocess.run([sys.executable, "-m", "carelink", "--data-dir", str(household.paths.root.parent),
                           "--demo", "tutorial", "learners", "--json"], cwd=ROOT, env=_env(), text=True,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    listed: list[dict[str, object]] = json.loads(done.stdout)
    return listed


def test_sigterm_closes_the_window_and_writes_the_lesson_down_as_stopped(
        household: Household, lesson_window: subprocess.Popen[str]) -> None:
    assert _saved(household) == [("practising", 1)]
    lesson_window.send_signal(signal.SIGTERM)
    _out, err = lesson_window.communicate(timeout=120)
    assert lesson_window.returncode == 0, err  # closed as Close closes it, not cut off by the signal
    assert _saved(household) == [("stopped", 1)], "the window itself wrote the stop"
    [row] = _learners_command(household)
    assert (row["learner"], row["lesson"], row["step"], row["status"]) == ("Ann", LESSON, 1, "stopped")


def test_after_sigkill_the_lesson_reads_as_stopped_and_is_carried_on_from_the_panel(
        qtbot: QtBot, household: Household, lesson_window: subprocess.Popen[str],
        workshop_window: MainWindow) -> None:
    [row] = _learners_command(household)
    assert row["status"] == "practising", "a lesson on show in a running window is not taken from it"
    lesson_window.kill()  # as a crash or a power cut: nothing is written
    lesson_window.communicate(timeout=60)
    assert _saved(household) == [("practising", 1)]
    [row] = _learners_command(household)
    assert (row["learner"], row["step"], row["steps"], row["status"]) == ("Ann", 1, 3, "stopped")
    assert _saved(household) == [("stopped", 1)], "written down as stopped, so it stays so"

    workshop_window.open_screen("tutorial", unlocked=True)
    panel = workshop_window.tutorial.panel
    assert panel is not None
    show_lesson_button(qtbot, panel, LESSON)
    qtbot.mouseClick(panel.lesson_buttons[LESSON], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.learner, "Ann")
    qtbot.waitUntil(lambda: panel.resume_button.isVisible(), timeout=20_000)
    assert panel.resume_button.text() == "Carry on from step 2"
    qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None
    qtbot.waitUntil(lambda: workshop.current is not None, timeout=60_000)
    _practice, overlay = practice_of(workshop_window)
    assert overlay.run.index == 1, "carried on at step 2"
    assert _saved(household) == [("practising", 1)]


def test_a_lesson_practising_in_this_window_is_never_taken_for_a_gone_one(
        qtbot: QtBot, household: Household, workshop_window: MainWindow) -> None:
    """The window reads its own records while its lesson is on show: the lesson stays practising."""
    from tests.ui.test_tutorial import start_lesson

    start_lesson(qtbot, workshop_window, LESSON)
    qtbot.waitUntil(lambda: _saved(household) == [("practising", 0)], timeout=20_000)
    assert [record.status for record in household.learners.records()] == ["practising"]
    [row] = _learners_command(household)
    assert row["status"] == "practising"
