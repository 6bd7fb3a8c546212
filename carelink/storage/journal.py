"""A small append-only journal beside the database: every concern and outbox item as it is committed.

The daily backup is up to a day old. If the database is damaged and that backup is put back, the concerns raised
and the emails queued (or sent) since then would be gone without a word. So each commit that adds or changes a
concern or an outbox item also appends that row, whole, as one JSON line (fsynced) to journal.jsonl. After a
restore the journal is replayed: rows missing from the backup come back with their ids and Message-IDs, and rows
the backup holds in an older state (queued, where it was sent since) take their newest state, so nothing already
sent is sent twice and nothing queued is forgotten. When a new daily backup is taken, the lines it holds already
are trimmed away.

The journal is written by a SQLAlchemy session listener (`watch`), so the services that make these rows need
not know about it. A journal that cannot be written (a full disk) is logged and the commit stands: the database
is the record, the journal only a second copy.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from carelink.storage.file_lock import FileLock
from carelink.storage.models import Base, ConcernRow, OutboxRow, UtcDateTime

log = logging.getLogger(__name__)

JOURNALLED: dict[str, type[Base]] = {"concerns": ConcernRow, "outbox": OutboxRow}
_PENDING = "carelink_journal_pending"
NO_JOURNAL = "carelink_no_journal"  # set in a session's info to keep its commits out of the journal
LOCK_WAIT_S = 5.0


@dataclass(frozen=True)
class Replayed:
    """What a replay did: rows put back (by table), and lines that could not be read."""

    restored: dict[str, int]
    unreadable: int


class Journal:
    """journal.jsonl and its lock (journal.lock, waited for briefly by writers and by the trim)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock_path = path.with_name(path.stem + ".lock")

    # --- writing ---------------------------------------------------------------------------------------------

    def append(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """Append rows (table name, column values) as JSON lines and fsync them. Never raises for the disk."""
        if not rows:
            return
        lines = "".join(json.dumps({"table": table, "row": values}, separators=(",", ":"), default=str) + "\n"
                        for table, values in rows).encode("utf-8")
        try:
            with _Locked(self._lock_path):
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
                start = os.fstat(fd).st_size
                try:
                    if os.write(fd, lines) != len(lines):
                        raise OSError(errno.ENOSPC, "the journal line was cut short")
                    os.fsync(fd)
                except OSError:
                    with suppress(OSError):
                        os.ftruncate(fd, start)  # no half line for the next one to be glued to
                    raise
                finally:
                    os.close(fd)
        except OSError as error:
            log.warning("the journal could not be written (%s); the database holds the change", error)

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def trim(self, upto: int) -> None:
        """Drop the first `upto` bytes (lines a backup now holds), keeping what was appended after them."""
        if upto <= 0:
            return
        try:
            with _Locked(self._lock_path):
                with self.path.open("rb") as journal:
                    journal.seek(upto)
                    rest = journal.read()
                partial = self.path.with_name(self.path.name + ".partial")
                fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
                try:
                    os.write(fd, rest)
                    os.fsync(fd)
                finally:
                    os.close(fd)
                partial.replace(self.path)
        except OSError as error:
            log.warning("the journal could not be trimmed (%s); it is kept whole", error)

    # --- reading ---------------------------------------------------------------------------------------------

    def newest(self) -> tuple[dict[tuple[str, int], dict[str, Any]], int]:
        """The newest state of each journalled row, by (table, id), and how many lines could not be read (a line
        cut short by a crash as it was written is not counted: it was never committed to the journal)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return {}, 0
        latest: dict[tuple[str, int], dict[str, Any]] = {}
        unreadable = 0
        lines = data.split(b"\n")
        for number, line in enumerate(lines):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                table, values = entry["table"], entry["row"]
                if table not in JOURNALLED or not isinstance(values.get("id"), int):
                    raise ValueError(table)
            except (ValueError, KeyError, TypeError, AttributeError):
                if number != len(lines) - 1:  # the last line, with no newline after it: a torn write
                    unreadable += 1
                continue
            latest[(table, values["id"])] = values
        return latest, unreadable


class _Locked:
    """The journal's lock, waited for a few seconds; taken or not, the work goes on (a lost race costs at most a
    line of a second copy, never the database's row)."""

    def __init__(self, path: Path) -> None:
        self._lock = FileLock(path)

    def __enter__(self) -> None:
        deadline = time.monotonic() + LOCK_WAIT_S
        while not self._lock.acquire():
            if time.monotonic() > deadline:
                log.warning("the journal's lock was busy; writing without it")
                return
            time.sleep(0.01)

    def __exit__(self, *_exc: object) -> None:
        self._lock.release()


# --- the session listener -----------------------------------------------------------------------------------


def _values(row: Base) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        values[column.key] = value.isoformat() if isinstance(value, datetime) else value
    return values


def take_pending(session: Session) -> dict[tuple[str, int], dict[str, Any]]:
    """The rows this session flushed that the journal has not had yet (and forget them)."""
    pending: dict[tuple[str, int], dict[str, Any]] = session.info.pop(_PENDING, None) or {}
    return pending


def write_committed(journal: Journal, pending: dict[tuple[str, int], dict[str, Any]]) -> None:
    """Append rows whose commit has happened. Nothing here may make the caller think the commit did not."""
    if not pending:
        return
    try:
        journal.append([(table, values) for (table, _id), values in pending.items()])
    except Exception:
        log.exception("the journal could not be written; the database holds the change")


def watch(sessions: sessionmaker[Session], journal: Journal) -> None:
    """Journal every ConcernRow and OutboxRow that sessions from `sessions` add or change, once committed."""

    def after_flush(session: Session, _context: object) -> None:
        if session.info.get(NO_JOURNAL):
            return
        pending: dict[tuple[str, int], dict[str, Any]] = session.info.setdefault(_PENDING, {})
        for row in (*session.new, *session.dirty):
            if isinstance(row, ConcernRow | OutboxRow) and row.id is not None:
                pending[(row.__tablename__, row.id)] = _values(row)

    def after_commit(session: Session) -> None:
        write_committed(journal, take_pending(session))

    def after_rollback(session: Session) -> None:
        session.info.pop(_PENDING, None)

    event.listen(sessions, "after_flush", after_flush)
    event.listen(sessions, "after_commit", after_commit)
    event.listen(sessions, "after_soft_rollback", lambda session, _previous: after_rollback(session))


# --- replaying -----------------------------------------------------------------------------------------------


def _row(model: type[Base], values: dict[str, Any]) -> Base:
    known = {column.key: column for column in model.__table__.columns}
    clean: dict[str, Any] = {}
    for key, value in values.items():
        column = known.get(key)
        if column is None:
            continue  # a column this CareLink no longer has
        if isinstance(column.type, UtcDateTime) and isinstance(value, str):
            value = datetime.fromisoformat(value)
        clean[key] = value
    return model(**clean)


def replay(journal: Journal, sessions: sessionmaker[Session]) -> Replayed:
    """Put back, into a restored database, each journalled row it lacks or holds in an older state."""
    latest, unreadable = journal.newest()
    restored = {table: 0 for table in JOURNALLED}
    for (table, row_id), values in sorted(latest.items()):
        model = JOURNALLED[table]
        try:
            with sessions() as session, session.begin():
                session.info[NO_JOURNAL] = True
                wanted = _row(model, values)
                current = session.get(model, row_id)
                if current is not None and _values(current) == _values(wanted):
                    continue
                session.merge(wanted)
            restored[table] += 1
        except Exception as error:  # one row that cannot go back (its Message-ID taken, say) does not stop the rest
            log.warning("journal row %s %s could not be put back: %s", table, row_id, error)
            unreadable += 1
    return Replayed(restored, unreadable)
