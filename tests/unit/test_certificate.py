"""A learner's certificate: the lessons they finished today, each as its one-line `learned`, in the lessons' order;
nothing on it from another learner, another day, or a lesson left before the end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from carelink.errors import UserError
from carelink.services.tutorial.certificate import certificate_for
from carelink.services.tutorial.lessons import find_lesson, load_lessons
from carelink.services.tutorial.progress import DONE, PRACTISING, STOPPED, LearnerRecord

pytestmark = pytest.mark.noqt

NOW = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
LESSONS = load_lessons()


def record(learner: str, lesson: str, status: str = DONE, when: datetime = NOW) -> LearnerRecord:
    return LearnerRecord(id=1, learner=learner, lesson_id=lesson, steps=4, step_reached=4, status=status,
                         started=when, updated=when)


def test_today_s_finished_lessons_are_on_it_in_the_lessons_order() -> None:
    records = [record("Margaret", "reply"), record("Margaret", "read-message"), record("margaret", "checkin"),
               record("Margaret", "concern", STOPPED), record("Margaret", "video-call", PRACTISING),
               record("Margaret", "photos", when=NOW - timedelta(days=1)), record("Bob", "text-size")]
    certificate = certificate_for("Margaret", records, LESSONS, NOW, UTC)
    assert certificate.learner == "Margaret" and certificate.day == NOW.date()
    assert certificate.learned == tuple(find_lesson(LESSONS, lesson).learned
                                        for lesson in ("read-message", "reply", "checkin"))
    assert certificate.learned[0] == "read a message and hear it read aloud"


def test_a_learner_who_finished_nothing_today_gets_plain_words() -> None:
    with pytest.raises(UserError, match="Rose has not finished a lesson today"):
        certificate_for("Rose", [record("Rose", "reply", STOPPED)], LESSONS, NOW, UTC)
    with pytest.raises(UserError, match="between 1 and"):
        certificate_for("   ", [], LESSONS, NOW, UTC)
