"""Opening a household's database at start: repair, back up, migrate.

In order: a damaged file is put aside and the newest good backup restored; a database on an older schema is backed
up and migrated; once a day a rolling backup is taken.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from carelink.clock import Clock
from carelink.paths import HouseholdPaths
from carelink.services.errors import UserError
from carelink.storage.database import Database, check_health, copy_database

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest schema this CareLink knows. Kept here so that an up-to-date database opens without loading Alembic
# (a tenth of a second at every start); tests/unit/test_storage.py checks it against the migration scripts.
HEAD_REVISION = "0006"

MIGRATIONS = Path(__file__).parent / "migrations"
DAILY_BACKUPS_KEPT = 7
DAILY_PREFIX = "daily-"


@dataclass
class StartupReport:
    """What happened while opening the database, in plain words for the person at the screen."""

    notices: list[str] = field(default_factory=list)
    restored_from: Path | None = None
    migrated_from: str | None = None


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
    except sqlite3.OperationalError:
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


def _restore(paths: HouseholdPaths, problem: str, now: datetime, report: StartupReport) -> None:
    damaged = paths.database.with_name(f"{paths.database.name}.damaged-{_stamp(now)}")
    log.error("database %s is damaged (%s); moving it to %s", paths.database, problem, damaged)
    paths.database.replace(damaged)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    for backup in _backups(paths.backups):
        if check_health(backup) is None:
            copy_database(backup, paths.database)
            report.restored_from = backup
            when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%A %d %B at %H:%M")
            report.notices.append(
                "CareLink's data file was damaged, so it has been put back as it was on "
                f"{when}. Anything that arrived after that will be fetched again."
            )
            return
    report.notices.append(
        "CareLink's data file was damaged and there was no good copy to put back, so CareLink has started "
        "afresh. The damaged file has been kept for your family to look at."
    )


def _daily_backup(paths: HouseholdPaths, now: datetime) -> None:
    today = paths.backups / f"{DAILY_PREFIX}{now:%Y-%m-%d}.sqlite"
    if today.exists():
        return
    copy_database(paths.database, today)
    dailies = sorted(paths.backups.glob(f"{DAILY_PREFIX}*.sqlite"), reverse=True)
    for old in dailies[DAILY_BACKUPS_KEPT:]:
        old.unlink()


def open_household(paths: HouseholdPaths, clock: Clock) -> tuple[Database, StartupReport]:
    """Open (creating, repairing or migrating as needed) the household's database."""
    paths.create()
    report = StartupReport()
    now = clock.now()
    if paths.database.exists():
        problem = check_health(paths.database)
        if problem is None and paths.database.stat().st_size == 0 and _backups(paths.backups):
            # SQLite calls an empty file a healthy empty database; after a power cut it is a lost one.
            problem = "the file is empty"
        if problem is not None:
            _restore(paths, problem, now, report)

    database = Database(paths.database)
    existed = paths.database.exists() and paths.database.stat().st_size > 0
    revision = current_revision(paths.database) if existed else None
    if revision == HEAD_REVISION:
        _daily_backup(paths, now)
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
    _daily_backup(paths, now)
    return database, report
