"""Makes the frozen databases in tests/data/schemas/: one small SQLite file per schema revision, with known rows.

When a new migration is added, freeze the revision before it (so the migration is tested against real old data):

    .venv/bin/python -m tests.helpers.frozen_schema 0001

The rows are written with plain SQL in the columns that revision has, never through today's models, and the same
rows are what ``FROZEN_*`` below say a migrated database must still hold. A later revision's frozen file may hold
more, but must hold at least these.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config

from carelink.storage.database import Database
from carelink.storage.startup import MIGRATIONS

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"

FROZEN_PERSON = "Mary"
# (id, name, email, role, backup)
FROZEN_CONTACTS = (
    (1, "Sarah Jones", "sarah@example.org", "family", False),
    (2, "Jane Wilson", "jane.carer@example.org", "carer", True),
)
# (id, contact id, sender, text, received (naive UTC, as SQLAlchemy stores it), read, photo file names)
FROZEN_MESSAGES: tuple[tuple[int, int | None, str, str, str, bool, tuple[str, ...]], ...] = (
    (1, 1, "sarah@example.org", "Hello Mum, frozen in revision one.", "2026-11-20 18:30:00.000000", True,
     ("frozen-garden.png",)),
    (2, None, "old.friend@example.org", "A message from someone no longer a contact.",
     "2026-11-21 08:00:00.000000", False, ()),
)


def freeze(revision: str, target: Path) -> Path:
    """Create ``target`` as a database migrated to exactly ``revision``, holding the rows above."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    database = Database(target)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with database.engine.begin() as engine_connection:
            config.attributes["connection"] = engine_connection
            command.upgrade(config, revision)
    finally:
        database.close()
    connection = sqlite3.connect(target)
    try:
        with connection:
            connection.execute("INSERT INTO settings (key, value) VALUES ('person.name', ?)", (FROZEN_PERSON,))
            for contact_id, name, email, role, backup in FROZEN_CONTACTS:
                connection.execute(
                    "INSERT INTO contacts (id, name, email, role, backup, photo, call_url, auto_answer, created) "
                    "VALUES (?, ?, ?, ?, ?, NULL, NULL, 0, '2026-11-01 10:00:00.000000')",
                    (contact_id, name, email, role, int(backup)),
                )
            for message_id, sender_id, sender, text, received, read, photos in FROZEN_MESSAGES:
                connection.execute(
                    "INSERT INTO messages (id, contact_id, sender_email, text, received, read, kind, message_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'message', ?)",
                    (message_id, sender_id, sender, text, received, int(read), f"<frozen-{message_id}@example.org>"),
                )
                for photo in photos:
                    connection.execute("INSERT INTO photos (message_id, path) VALUES (?, ?)", (message_id, photo))
        # One self-contained file: no write-ahead log beside it, no free pages.
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")
    finally:
        connection.close()
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.helpers.frozen_schema REVISION", file=sys.stderr)
        return 2
    print(freeze(argv[0], SCHEMAS / f"{argv[0]}.sqlite"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
