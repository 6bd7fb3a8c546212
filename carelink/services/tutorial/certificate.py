"""A learner's certificate at the end of a workshop: "Well done, Margaret — today you learned to…", one line for each
lesson they finished that day (the lesson's `learned` words), in the lessons' order. What is on it is decided here;
the page is drawn by the UI (carelink/ui/tutorial/certificate_page.py), for a printer or a PDF file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from carelink.errors import UserError
from carelink.services.tutorial.lessons import Lesson
from carelink.services.tutorial.progress import DONE, LearnerRecord, check_learner_name


@dataclass(frozen=True)
class Certificate:
    """Who, which day, and what they learned (a line per lesson finished that day)."""

    learner: str
    day: date
    learned: tuple[str, ...]


def local_day(moment: datetime, zone: tzinfo | None = None) -> date:
    """The day `moment` fell on by the computer's clock (or `zone`'s)."""
    return (moment.astimezone(zone) if moment.tzinfo else moment).date()


def certificate_for(learner: str, records: list[LearnerRecord], lessons: list[Lesson], now: datetime,
                    zone: tzinfo | None = None) -> Certificate:
    """The certificate for `learner` (their name as the facilitator typed it, in any case) for the lessons they
    finished on `now`'s day. UserError, in plain words, when they finished none that day."""
    name = check_learner_name(learner)
    today = local_day(now, zone)
    finished = {record.lesson_id for record in records
                if record.learner.casefold() == name.casefold() and record.status == DONE
                and local_day(record.updated, zone) == today}
    learned = tuple(lesson.learned or lesson.title for lesson in lessons if lesson.id in finished)
    if not learned:
        raise UserError(f"{name} has not finished a lesson today, so there is nothing to put on a certificate yet.")
    shown = next((record.learner for record in records if record.learner.casefold() == name.casefold()), name)
    return Certificate(learner=shown, day=today, learned=learned)
