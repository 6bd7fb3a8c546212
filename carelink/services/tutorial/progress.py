"""Learners' progress through the tutorial's lessons, for the workshop facilitator: who practised which lesson,
how far they got, and whether they finished. Kept in the real household's database, so it outlives every reset
of the practice household.

A lesson is "practising" only while a window has it on show. That window holds the lesson lock (a file lock beside
the database, let go by the system when the window ends however it ends: closed, killed, a power cut). A lesson
still marked "practising" when nobody holds the lock was left by a window that is gone: whoever reads the records
next (the panel, `carelink tutorial learners`) writes it down as stopped at the step reached, so it can be carried
on."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select, update

from carelink.clock import Clock
from carelink.errors import UserError
from carelink.events import Event
from carelink.storage.database import Database
from carelink.storage.file_lock import FileLock
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
    """Records each lesson a learner starts and each step they reach. Emits `changed(record_id)`.

    With `lesson_lock` (a file beside the database), holds that lock from a lesson's start (or resume) until its
    stop or end, and treats a lesson left "practising" while nobody holds the lock as stopped (see above)."""

    def __init__(self, database: Database, clock: Clock, lesson_lock: Path | None = None) -> None:
        self._database, self._clock = database, clock
        self.changed: Event[int] = Event()
        self._lock_path = lesson_lock
        self._held: FileLock | None = None  # the lesson lock, while this process has a lesson on show
        self._on_show: int | None = None  # that lesson's record
        self._guard = threading.Lock()  # the lock's holding and the settling, one thread at a time

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
        with self._guard:
            self._take_lock()
            with self._database.session() as session:
                row = LearnerRow(learner=name, lesson_id=lesson, steps=steps, step_reached=0, status=PRACTISING,
                                 started=now, updated=now)
                session.add(row)
                session.flush()
                record_id = row.id
            self._on_show = record_id
        self.changed.emit(record_id)
        return record_id

    def _take_lock(self) -> None:
        """This process has a lesson on show from now on. Taking the lesson lock, it settles what a window that
        is gone left practising (nobody held the lock). A lesson after another, whose end is not written yet,
        keeps the lock the first one took. (The guard is held.)"""
        if self._lock_path is None or self._held is not None:
            return
        lock = FileLock(self._lock_path)
        if lock.acquire():  # (not taken: another window on this folder has a lesson on; its records are its own)
            self._held = lock
            self._settle()

    def _let_go(self, record_id: int) -> None:
        """The lesson on show ended (its stop or end is written): the lock goes with it. (The guard is held.)"""
        if record_id == self._on_show:
            self._on_show = None
            if self._held is not None:
                self._held.release()
                self._held = None

    def _settle(self) -> int:
        """Lessons left "practising" by a window that is gone, written down as stopped at the step they reached
        (the lesson lock is ours, or nobody's); returns how many."""
        with self._database.session() as session:
            # (`updated` stays: the time the learner was last seen at it)
            result = session.execute(update(LearnerRow).where(LearnerRow.status == PRACTISING)
                                     .values(status=STOPPED))
            return int(getattr(result, "rowcount", 0) or 0)

    def _settle_if_nobody_practises(self) -> None:
        """What a window that is gone left practising, settled, if no window has a lesson on (the lock is free)."""
        if self._lock_path is None or not self._lock_path.parent.is_dir():
            return
        with self._guard:
            if self._held is not None:
                return  # this process has a lesson on: it settled the others when it took the lock
            probe = FileLock(self._lock_path)
            try:
                if not probe.acquire():
                    return  # a window has a lesson on show
            except OSError:
                return  # (a folder we may not write in: nothing is changed, the records are read as they are)
            try:
                self._settle()
            finally:
                probe.release()

    def _move(self, record_id: int, step: int | None = None, status: str | None = None) -> None:
        with self._guard:
            try:
                if status == PRACTISING:
                    self._take_lock()
                    self._on_show = record_id
                self._write(record_id, step, status)
            finally:
                if status in (STOPPED, DONE):
                    self._let_go(record_id)
        self.changed.emit(record_id)

    def _write(self, record_id: int, step: int | None, status: str | None) -> None:
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

    def look(self) -> tuple[tuple[int, int] | None, ...]:
        """A cheap look at the database's files (their times and sizes; nothing is read): it changes whenever
        anyone writes, in this process or another, so a screen can tell when to read the records again."""
        found: list[tuple[int, int] | None] = []
        for path in (self._database.path, self._database.path.with_name(self._database.path.name + "-wal")):
            try:
                info = path.stat()
            except OSError:
                found.append(None)
            else:
                found.append((info.st_mtime_ns, info.st_size))
        return tuple(found)

    def records(self) -> list[LearnerRecord]:
        """Every record, the most recently started first (a lesson whose window is gone reads as stopped)."""
        self._settle_if_nobody_practises()
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

    def close(self) -> None:
        """The household is closing: a lesson lock still held goes (its lesson's window is gone with it)."""
        with self._guard:
            if self._held is not None:
                self._held.release()
                self._held, self._on_show = None, None
