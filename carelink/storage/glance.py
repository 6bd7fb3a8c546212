"""A first glance at a household's database, with the standard library's sqlite3 and read-only: the few figures Home
shows when it is first painted (the stored settings and how many messages are unread), read before SQLAlchemy is
imported, so that the window is on the screen while the household is still being opened.

It never writes and never decides anything about the file: a file that is missing, on another schema (it is about
to be migrated), locked or unreadable gives None, and the caller opens the household the usual way first (with its
damage check, before anything can write). A damaged file that still reads is found by that check just after.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

VERSIONS = Path(__file__).parent / "migrations" / "versions"
_STAMP = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True)
class Glance:
    """What the database held when glanced at: its stored settings (key → value, as stored) and the unread count."""

    settings: dict[str, str]
    unread: int


def newest_revision() -> str | None:
    """The newest schema revision CareLink knows, from its migration scripts' names ("0008_….py"); no Alembic."""
    names = [path.name[:4] for path in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py*")]
    return max(names) if names else None


def _read_only(database: Path) -> sqlite3.Connection | None:
    if not database.is_file():
        return None
    try:
        return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None


def glance(database: Path) -> Glance | None:
    """The stored settings and the unread count, or None when the file cannot simply be read as it is."""
    connection = _read_only(database)
    if connection is None:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != newest_revision():
            return None  # never migrated, or about to be: opened the usual way
        settings = {str(key): str(value) for key, value in connection.execute("SELECT key, value FROM settings")}
        unread = connection.execute("SELECT count(*) FROM messages WHERE read = 0").fetchone()[0]
        return Glance(settings, int(unread))
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        connection.close()


def home_is_quiet(database: Path, now: datetime) -> bool:
    """True when Home has no care line to show, so that its first look is all of it: no concern still open or of
    the last two days, no check-in of the last two days, no concern or alert refused for good in the last four
    (services/concerns, checkin and delivery decide what Home shows; these bounds are wider than theirs, so a
    household in any time zone is quiet only when it really is). False when unsure."""
    connection = _read_only(database)
    if connection is None:
        return False
    since = (now.astimezone(UTC) - timedelta(days=2)).replace(tzinfo=None)
    stamp = since.strftime(_STAMP)  # as SQLAlchemy stores a UtcDateTime in SQLite
    failed_since = (since - timedelta(days=2)).strftime(_STAMP)
    try:
        loud = connection.execute(
            "SELECT 1 FROM concerns WHERE status != 'acknowledged' OR created >= :since OR acknowledged >= :since "
            "UNION ALL SELECT 1 FROM checkins WHERE day >= :day OR at >= :since "
            "UNION ALL SELECT 1 FROM outbox WHERE kind IN ('concern', 'alert') AND status = 'failed' "
            "AND created >= :failed LIMIT 1",
            {"since": stamp, "day": since.date().isoformat(), "failed": failed_since}).fetchone()
        return loud is None
    except sqlite3.Error:
        return False
    finally:
        connection.close()
