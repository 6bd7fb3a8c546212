"""Opening a household's database at start: repair, back up, migrate.

In order: a damaged file is put aside and the newest good backup restored; a database on an older schema is backed
up and migrated; once a day a rolling backup is taken. All of it under the household lock, so two processes
starting at once never both repair (or both create) the database.

Only a file that SQLite itself proves damaged (`examine`: not a database, malformed, quick_check not "ok") is ever
set aside. A full disk or another disk fault is not damage: it comes out as a StorageFault in plain words and every
file stays exactly as it was.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from carelink.clock import Clock
from carelink.errors import UserError
from carelink.paths import HouseholdPaths
from carelink.storage.database import Database, check_health, copy_database, examine
from carelink.storage.faults import storage_fault
from carelink.storage.file_lock import FileLock
from carelink.storage.journal import Journal

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest schema this CareLink knows. Kept here so that an up-to-date database opens without loading Alembic
# (a tenth of a second at every start); tests/unit/test_storage.py checks it against the migration scripts.
HEAD_REVISION = "0009"

MIGRATIONS = Path(__file__).parent / "migrations"
DAILY_BACKUPS_KEPT = 7
DAILY_PREFIX = "daily-"
LOCK_WAIT_S = 60.0  # another process restoring or migrating: restores are rare and quick


RESTORED = "restored"  # the damaged file was put aside and the newest good backup put back in its place
AFRESH = "afresh"  # the damaged file was put aside and, with no good backup, a new empty one started


@dataclass
class Repair:
    """What the check for damage did at start, as data: the words for the person at the screen are built above
    storage, in the household's language (carelink/services/start_words.py)."""

    kind: str  # RESTORED or AFRESH
    damaged_file: Path  # where the damaged file was put aside, kept for the family to look at
    backup_taken: datetime | None = None  # when the backup put back was taken (RESTORED), in local time
    concerns: int = 0  # concerns from after that time put back from the journal
    emails: int = 0  # emails (the outbox) put back from the journal
    unreadable: int = 0  # journal records that could not be put back


@dataclass
class StartupReport:
    """What happened while opening the database (what the person at the screen is told is built from it)."""

    repair: Repair | None = None
    restored_from: Path | None = None
    migrated_from: str | None = None
    backup_due: bool = False  # today's backup was left for later (take_daily_backup), at the caller's asking


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision among the migration scripts (loads Alembic; HEAD_REVISION is the fast answer)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(path: Path) -> str | None:
    """The schema revision stored in a database file, read with plain sqlite3 (None for a new file)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise  # a disk fault: not "never migrated" (migrating a whole database again would fail)
        return None  # no alembic_version table: a database CareLink has never migrated
    finally:
        connection.close()
    return None if row is None else str(row[0])


def _known(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def migrate(database: Database) -> None:
    from alembic import command

    config = _alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _backups(folder: Path) -> list[Path]:
    """Every backup, newest first (names carry a sortable timestamp)."""
    found = [p for p in folder.glob("*.sqlite") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def _put_aside_name(database: Path, now: datetime) -> Path:
    """A name for the damaged file that no earlier put-aside file has (never overwrite one)."""
    base = f"{database.name}.damaged-{_stamp(now)}"
    candidate, n = database.with_name(base), 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        n += 1
        candidate = database.with_name(f"{base}-{n}")
    return candidate


def _restore(paths: HouseholdPaths, problem: str, now: datetime, report: StartupReport) -> None:
    """Put the proven-damaged database aside (with its -wal, kept too) and copy the newest good backup in its
    place. The backup is copied first, beside the database: if that fails (a full disk), nothing has moved."""
    good = next((b for b in _backups(paths.backups) if check_health(b) is None), None)
    incoming = paths.database.with_name(paths.database.name + ".restoring")
    if good is not None:
        copy_database(good, incoming)
    damaged = _put_aside_name(paths.database, now)
    log.error("database %s is damaged (%s); moving it to %s", paths.database, problem, damaged)
    paths.database.replace(damaged)
    wal = Path(f"{paths.database}-wal")
    if wal.exists():
        wal.replace(Path(f"{damaged}-wal"))  # kept with it for the family to look at, never replayed
    Path(f"{paths.database}-shm").unlink(missing_ok=True)
    if good is None:
        report.repair = Repair(AFRESH, damaged)
        return
    incoming.replace(paths.database)
    report.restored_from = good
    report.repair = Repair(RESTORED, damaged, datetime.fromtimestamp(good.stat().st_mtime).astimezone())


def _daily_backup(paths: HouseholdPaths, now: datetime, journal: Journal) -> None:
    """Once a day, a copy of the database; the journal's lines from before it are then trimmed (the copy holds
    them). Skipped (and said in the log) when the disk is full: the household's own file matters more than a new
    copy of it, and the next start tries again."""
    today = paths.backups / f"{DAILY_PREFIX}{now:%Y-%m-%d}.sqlite"
    if today.exists():
        return
    held = journal.size()  # every line so far was appended after its commit, so the copy holds its row
    try:
        copy_database(paths.database, today)
    except Exception as error:
        if storage_fault(error) is None:
            raise
        log.warning("no daily backup today: %s", error)
        return
    if check_health(today) is None:
        journal.trim(held)
    dailies = sorted(paths.backups.glob(f"{DAILY_PREFIX}*.sqlite"), reverse=True)
    for old in dailies[DAILY_BACKUPS_KEPT:]:
        for path in (old, Path(f"{old}-wal"), Path(f"{old}-shm")):
            path.unlink(missing_ok=True)


def _take(lock: FileLock) -> None:
    """Wait (a while) for the household lock: another CareLink may be repairing or migrating this household."""
    deadline = time.monotonic() + LOCK_WAIT_S
    while not lock.acquire():
        if time.monotonic() > deadline:
            raise UserError("Another CareLink is busy with this household's data. Please wait a minute and try "
                            "again.")
        time.sleep(0.05)


def open_household(paths: HouseholdPaths, clock: Clock, backup_later: bool = False
                   ) -> tuple[Database, StartupReport]:
    """Open (creating, repairing or migrating as needed) the household's database, under the household lock.

    With `backup_later`, a sound database's daily backup is not taken here but marked due in the report: the
    window takes it (take_daily_backup) once Home is on the screen. The check for damage is never put off: it
    comes before anything can write to the file."""
    paths.create()
    lock = FileLock(paths.household_lock)
    _take(lock)
    try:
        try:
            database, report = _open(paths, clock, backup_later)
        except Exception as error:
            fault = storage_fault(error, paths.root)
            if fault is None or fault is error:
                raise
            raise fault from error
    finally:
        lock.release()
    paths.make_private()  # the database (and its backups) as SQLite made them: readable by nobody else
    return database, report


def take_daily_backup(paths: HouseholdPaths, clock: Clock) -> None:
    """Today's rolling backup, if it is not there yet (see open_household's `backup_later`). Under the household
    lock; skipped when another CareLink holds it for long (it is repairing or migrating: the next start tries
    again). Safe while the household is in use: SQLite's backup API copies a consistent state."""
    lock = FileLock(paths.household_lock)
    deadline = time.monotonic() + 5
    while not lock.acquire():
        if time.monotonic() > deadline:
            log.warning("no daily backup now: another CareLink is busy with this household's data")
            return
        time.sleep(0.05)
    try:
        _daily_backup(paths, clock.now(), Journal(paths.journal))
    finally:
        lock.release()


def _open(paths: HouseholdPaths, clock: Clock, backup_later: bool = False) -> tuple[Database, StartupReport]:
    report = StartupReport()
    now = clock.now()
    problem: str | None = None
    if paths.database.exists():
        problem = examine(paths.database)  # a disk fault is raised, never taken for damage
        if problem is None and paths.database.stat().st_size == 0 and _backups(paths.backups) \
                and not _has_content(Path(f"{paths.database}-wal")):
            # SQLite calls an empty file a healthy empty database; after a power cut it is a lost one.
            problem = "the file is empty"
        if problem is not None:
            _restore(paths, problem, now, report)

    journal = Journal(paths.journal)
    database = Database(paths.database, journal)
    existed = paths.database.exists() and paths.database.stat().st_size > 0
    revision = current_revision(paths.database) if existed else None
    if revision == HEAD_REVISION:
        if problem is not None:
            _replay(database, report)
        if backup_later and problem is None:
            report.backup_due = True
        else:
            _daily_backup(paths, now, journal)
        return database, report
    if revision is not None and not _known(revision):
        database.close()
        raise UserError("This CareLink data was saved by a newer version of CareLink. Please install the newest "
                        "version of CareLink to open it.")
    if revision != HEAD_REVISION:
        if existed:
            report.migrated_from = revision
            copy_database(paths.database, paths.backups / f"pre-migration-{revision}-{_stamp(now)}.sqlite")
        migrate(database)
    if problem is not None:
        _replay(database, report)
    _daily_backup(paths, now, journal)
    return database, report


def _replay(database: Database, report: StartupReport) -> None:
    """After a restore (or a fresh start): the journalled concerns and emails put back, and counted in the report
    (what came back and what could not)."""
    replayed = database.replay_journal()
    if report.repair is not None:
        report.repair.concerns = replayed.restored["concerns"]
        report.repair.emails = replayed.restored["outbox"]
        report.repair.unreadable = replayed.unreadable


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False
