"""Learners' progress through the tutorial, kept in the real household's database so that it outlives every reset
of the practice household."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from carelink.app import build_tutorial_household, reset_tutorial
from carelink.clock import SettableClock
from carelink.errors import UserError
from carelink.household import Household
from carelink.services.tutorial.progress import LearnerRecord
from tests.helpers import FIXED_NOW, make_household, memory_secrets

pytestmark = pytest.mark.noqt


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(FIXED_NOW)


@pytest.fixture
def household(tmp_path: Path, clock: SettableClock) -> Iterator[Household]:
    home = make_household(tmp_path, clock=clock)
    yield home
    home.close()


def test_a_lesson_is_started_followed_and_finished(household: Household, clock: SettableClock) -> None:
    learners = household.learners
    changes: list[int] = []
    learners.changed.connect(changes.append)
    record_id = learners.start("  Rose  ", "reply", 4)
    [record] = learners.records()
    assert record == LearnerRecord(id=record_id, learner="Rose", lesson_id="reply", steps=4, step_reached=0,
                                   status="practising", started=FIXED_NOW, updated=FIXED_NOW)
    clock.advance(timedelta(minutes=2))
    learners.reached(record_id, 2)
    learners.reached(record_id, 1)  # "Show me again" on an earlier step keeps the furthest reached
    [record] = learners.records()
    assert (record.step_reached, record.status, record.updated) == (2, "practising", FIXED_NOW + timedelta(minutes=2))
    learners.finish(record_id)
    [record] = learners.records()
    assert (record.step_reached, record.status) == (4, "done")
    learners.stop(record_id)
    assert learners.records()[0].status == "done", "leaving after the end keeps it done"
    assert changes == [record_id] * 5


def test_a_lesson_left_half_way_is_stopped(household: Household) -> None:
    record_id = household.learners.start("Albert", "concern", 5)
    household.learners.reached(record_id, 3)
    household.learners.stop(record_id)
    [record] = household.learners.records()
    assert (record.step_reached, record.status) == (3, "stopped")
    household.learners.resume(record_id)
    household.learners.stop(record_id, 4)  # the step reached and the stop in one write
    [record] = household.learners.records()
    assert (record.step_reached, record.status) == (4, "stopped")


def test_records_are_newest_first_and_forget_all_empties_them(household: Household, clock: SettableClock) -> None:
    first = household.learners.start("Rose", "reply", 3)
    clock.advance(timedelta(minutes=30))
    second = household.learners.start("Albert", "call", 2)
    assert [r.id for r in household.learners.records()] == [second, first]
    assert household.learners.records()[0].as_json() == {
        "id": second, "learner": "Albert", "lesson": "call", "step": 0, "steps": 2, "status": "practising",
        "updated": (FIXED_NOW + timedelta(minutes=30)).isoformat()}
    assert household.learners.forget_all() == 2
    assert household.learners.records() == []


@pytest.mark.parametrize("learner, lesson, steps, words", [
    ("", "reply", 3, "between 1 and 30"),
    ("x" * 31, "reply", 3, "between 1 and 30"),
    ("Rose\n", "reply", 3, None),  # a trailing newline is tidied away, not refused
    ("Rose", " ", 3, "short name"),
    ("Rose", "reply", 0, "at least one step"),
])
def test_bad_starts_are_refused_in_plain_words(household: Household, learner: str, lesson: str, steps: int,
                                               words: str | None) -> None:
    if words is None:
        household.learners.start(learner, lesson, steps)
        assert household.learners.records()[0].learner == "Rose"
        return
    with pytest.raises(UserError, match=words):
        household.learners.start(learner, lesson, steps)
    assert household.learners.records() == []


def test_unknown_records_and_steps_are_refused(household: Household) -> None:
    with pytest.raises(UserError, match="no learner record number 42"):
        household.learners.reached(42, 1)
    record_id = household.learners.start("Rose", "reply", 3)
    with pytest.raises(UserError, match="steps 1 to 3"):
        household.learners.reached(record_id, 4)


def test_progress_in_the_real_household_outlives_a_reset_of_the_practice_one(
        tmp_path: Path, household: Household, clock: SettableClock) -> None:
    practice = build_tutorial_household(tmp_path, "Rose", clock=clock, secrets=memory_secrets(),
                                        learners=household.learners)
    try:
        assert practice.learners is household.learners
        practice.learners.start("Rose", "reply", 3)
    finally:
        practice.close()
    reset_tutorial(tmp_path)
    assert [r.learner for r in household.learners.records()] == ["Rose"]


def test_a_lesson_left_practising_by_a_window_that_is_gone_reads_as_stopped(tmp_path: Path,
                                                                           household: Household) -> None:
    """The window (here `household`) holds the lesson lock while its lesson is on show; another process (`other`,
    on the same folder, as `carelink tutorial learners` is) leaves that lesson alone. When the window is gone
    without writing the stop (killed: the system lets go of its lock), the other reads it as stopped, for good."""
    record_id = household.learners.start("Rose", "reply", 4)
    household.learners.reached(record_id, 2)
    other = make_household(tmp_path)
    try:
        assert [(r.status, r.step_reached) for r in other.learners.records()] == [("practising", 2)]
        household.learners.close()  # what the system does with a killed window's locks
        assert [(r.status, r.step_reached) for r in other.learners.records()] == [("stopped", 2)]
        assert [(r.status, r.step_reached) for r in household.learners.records()] == [("stopped", 2)]
        other.learners.resume(record_id)  # carried on in the other: its lesson, its lock
        assert [r.status for r in household.learners.records()] == ["practising"]
        other.learners.stop(record_id, 3)
        assert [(r.status, r.step_reached) for r in household.learners.records()] == [("stopped", 3)]
    finally:
        other.close()


def test_a_new_lesson_settles_what_a_gone_window_left_and_keeps_its_own(tmp_path: Path,
                                                                         household: Household) -> None:
    gone = make_household(tmp_path)
    try:
        left = gone.learners.start("Albert", "call", 3)
        gone.learners.reached(left, 1)
        gone.learners.close()  # killed
        mine = household.learners.start("Rose", "reply", 4)
        assert {r.id: r.status for r in household.learners.records()} == {left: "stopped", mine: "practising"}
        household.learners.finish(mine)
        assert {r.id: r.status for r in gone.learners.records()} == {left: "stopped", mine: "done"}
    finally:
        gone.close()
