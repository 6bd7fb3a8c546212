"""The SQLite engine and short-lived sessions over it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from carelink.paths import make_private
from carelink.storage.faults import proves_damage, storage_fault
from carelink.storage.journal import Journal, Replayed, replay, take_pending, watch, write_committed


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a concern or a reply the user was told is on its way must survive a power cut.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Database:
    """One household's SQLite file. Holds the engine; every service call opens its own short Session.

    A full disk or another disk fault inside a session comes out as a StorageFault (a UserError in plain words),
    whatever raised it (SQLite, or a file written inside the session): never a traceback, never "damaged"."""

    def __init__(self, path: Path, journal: Journal | None = None) -> None:
        self.path = path
        self.engine: Engine = create_engine(f"sqlite:///{path}", future=True)
        event.listen(self.engine, "connect", _set_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.journal = journal
        if journal is not None:
            watch(self._sessions, journal)  # concerns and outbox items, as committed, into the journal too

    def replay_journal(self) -> Replayed:
        """After a restore: put back the journalled rows the restored database lacks (see storage/journal.py)."""
        assert self.journal is not None
        return replay(self.journal, self._sessions)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends normally and rolls back on an exception."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except Exception as error:
            fault = storage_fault(error, self.path.parent)
            if fault is None or fault is error:
                raise
            raise fault from error

    @contextmanager
    def decision(self) -> Iterator[Session]:
        """A session in a BEGIN IMMEDIATE transaction: it holds the database's write lock from its first line, so
        what it reads cannot change under it before it commits. For "decide and record" (send an alert once): two
        processes that both look will see, one after the other, whether the other already decided."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    with self._sessions(bind=connection) as session:
                        yield session
                        session.flush()
                        # The session never commits itself here (the connection does), so its rows are handed to
                        # the journal by hand once the commit has happened.
                        pending = take_pending(session)
                    connection.commit()
                except BaseException:
                    connection.rollback()
                    raise
        except Exception as error:
            fault = storage_fault(error, self.path.parent)
            if fault is None or fault is error:
                raise
            raise fault from error
        if self.journal is not None:
            write_committed(self.journal, pending)

    def close(self) -> None:
        self.engine.dispose()


def check_health(path: Path) -> str | None:
    """None when the file is a sound SQLite database, else what is wrong with it (for the log). Any error, a disk
    fault too, counts as "not sound": for choosing a backup to restore. To judge the household's own database, use
    `examine`, which never calls a disk fault damage."""
    try:
        return examine(path)
    except sqlite3.Error as error:
        return str(error)


def examine(path: Path) -> str | None:
    """None when the file is a sound SQLite database; what is wrong with it when SQLite proves it damaged (not a
    database, malformed, or quick_check rows other than "ok"). A disk fault (full, I/O error, not allowed) is no
    proof of anything: it is raised as it came (a sqlite3.Error or OSError), and the file is left as it is."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if proves_damage(error):
            return str(error)
        raise
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:5])
    return None


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe while WAL holds unmerged pages), readable only by its
    owner. Written beside the target and renamed into place, so a copy cut short (a full disk) is never taken for
    a whole one; the partial file is removed then, and the error raised."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # A copy is read on its own (checked, restored): as a rollback-journal file, reading it leaves no
                # -wal and -shm beside it. The household's engine turns WAL on again for a restored copy.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        make_private(partial)
        partial.replace(target)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        fault = storage_fault(error, target.parent)
        if fault is not None and fault is not error:
            raise fault from error
        raise
