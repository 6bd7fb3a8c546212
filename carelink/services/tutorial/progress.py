"""Learners' progress through the tutorial's lessons, for the workshop facilitator: who practised which lesson,
how far they got, and whether they finished. Kept in the real household's database, so it outlives every reset
of the practice household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from carelink.clock import Clock
from carelink.errors import UserError
from carelink.events import Event
from carelink.storage.database import Database
from carelink.storage.models import LearnerRow

PRACTISING, STOPPED, DONE = "practising", "stopped", "done"
MAX_LEARNER_CHARS = 30


@dataclass(frozen=True)
class LearnerRecord:
    """One learner's go at one lesson."""

    id: int
    learner: str
    lesson_id: str
    steps: int
    step_reached: int
    status: str  # practising | stopped | done
    started: datetime
    updated: datetime

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "learner": self.learner, "lesson": self.lesson_id, "step": self.step_reached,
                "steps": self.steps, "status": self.status, "updated": self.updated.isoformat()}


def check_learner_name(name: str) -> str:
    """The learner's name, tidied: 1 to 30 ordinary letters (a UserError in plain words otherwise)."""
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > MAX_LEARNER_CHARS or not cleaned.isprintable():
        raise UserError("The learner's name must be between 1 and {most} ordinary letters long.",
                        {"most": MAX_LEARNER_CHARS})
    return cleaned


class LearnerProgress:
    """Records each lesson a learner starts and each step they reach. Emits `changed(record_id)`."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._database, self._clock = database, clock
        self.changed: Event[int] = Event()

    @staticmethod
    def _record(row: LearnerRow) -> LearnerRecord:
        return LearnerRecord(id=row.id, learner=row.learner, lesson_id=row.lesson_id, steps=row.steps,
                             step_reached=row.step_reached, status=row.status, started=row.started,
                             updated=row.updated)

    def start(self, learner: str, lesson_id: str, steps: int) -> int:
        """A learner begins a lesson of `steps` steps; returns the record's id."""
        name = check_learner_name(learner)
        lesson = lesson_id.strip()
        if not lesson or len(lesson) > 100:
            raise UserError("A lesson needs a short name.")
        if steps < 1:
            raise UserError("A lesson has at least one step.")
        now = self._clock.now()
        with self._database.session() as session:
            row = LearnerRow(learner=name, lesson_id=lesson, steps=steps, step_reached=0, status=PRACTISING,
                             started=now, updated=now)
            session.add(row)
            session.flush()
            record_id = row.id
        self.changed.emit(record_id)
        return record_id

    def _move(self, record_id: int, step: int | None = None, status: str | None = None) -> None:
        with self._database.session() as session:
            row = session.get(LearnerRow, record_id)
            if row is None:
                raise UserError("There is no learner record number {number}.", {"number": record_id})
            if step is not None:
                if not 0 <= step <= row.steps:
                    raise UserError("Lesson '{lesson}' has steps 1 to {steps}, not {step}.",
                                    {"lesson": row.lesson_id, "steps": row.steps, "step": step})
                row.step_reached = max(row.step_reached, step)
            if status is not None and not (status == STOPPED and row.status == DONE):  # finished stays finished
                row.status = status
            if status == DONE:
                row.step_reached = row.steps
            row.updated = self._clock.now()
        self.changed.emit(record_id)

    def reached(self, record_id: int, step_number: int) -> None:
        """The learner reached step `step_number` (1 for the first); going back a step keeps the furthest."""
        self._move(record_id, step=step_number)

    def finish(self, record_id: int) -> None:
        """The learner did every step."""
        self._move(record_id, status=DONE)

    def stop(self, record_id: int, step_number: int | None = None) -> None:
        """The learner left the lesson before the end, having reached step `step_number` (a finished lesson stays
        finished). The step and the stop are one write, so nobody ever reads the one without the other."""
        self._move(record_id, step=step_number, status=STOPPED)

    def resume(self, record_id: int) -> None:
        """The learner carries on a lesson they stopped, from the step they had reached."""
        self._move(record_id, status=PRACTISING)

    def records(self) -> list[LearnerRecord]:
        """Every record, the most recently started first."""
        with self._database.session() as session:
            query = select(LearnerRow).order_by(LearnerRow.started.desc(), LearnerRow.id.desc())
            return [self._record(row) for row in session.scalars(query)]

    def forget_all(self) -> int:
        """Forget every learner (at the end of a workshop); returns how many records there were."""
        with self._database.session() as session:
            count = len(list(session.scalars(select(LearnerRow.id))))
            session.execute(delete(LearnerRow))
        self.changed.emit(0)
        return count
