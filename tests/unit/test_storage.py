"""Opening the household's database: schema at head, pragmas, daily backups, repair from a backup, migrations."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from carelink.clock import SettableClock
from carelink.errors import UserError
from carelink.household import Household
from carelink.paths import HouseholdPaths
from carelink.services.contacts import ContactService
from carelink.services.settings import SettingsService
from carelink.services.start_words import startup_notices
from carelink.services.tutorial.progress import LearnerProgress
from carelink.services.wall import WallService
from carelink.storage.database import check_health
from carelink.storage.models import PhotoRow
from carelink.storage.startup import (
    DAILY_BACKUPS_KEPT,
    HEAD_REVISION,
    MIGRATIONS,
    current_revision,
    head_revision,
    open_household,
    take_daily_backup,
)
from tests.helpers import FIXED_NOW, make_clock, make_household
from tests.helpers.frozen_schema import FROZEN_CONTACTS, FROZEN_MESSAGES, FROZEN_PERSON, SCHEMAS

pytestmark = pytest.mark.noqt

FROZEN = sorted(SCHEMAS.glob("*.sqlite"))


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path)
    yield home
    home.close()


def contact_emails(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [email for (email,) in connection.execute("SELECT email FROM contacts ORDER BY id")]
    finally:
        connection.close()


def dailies(paths: HouseholdPaths) -> list[str]:
    return sorted(p.name for p in paths.backups.glob("daily-*.sqlite"))


def damaged_files(paths: HouseholdPaths) -> list[Path]:
    """The put-aside databases (a -wal kept beside one is not counted)."""
    return sorted(p for p in paths.root.glob(f"{paths.database.name}.damaged-*") if not p.name.endswith("-wal"))


# --- A fresh household ---------------------------------------------------------------------------------------


def test_a_fresh_household_is_created_at_the_head_revision(household: Household) -> None:
    assert household.paths.database.is_file()
    assert current_revision(household.paths.database) == head_revision()
    assert current_revision(household.paths.database) == head_revision()
    assert startup_notices(household.report) == []
    assert household.report.restored_from is None
    assert household.report.migrated_from is None
    assert not list(household.paths.backups.glob("pre-migration-*"))


def test_the_connection_uses_wal_foreign_keys_and_full_sync(household: Household) -> None:
    with household.database.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_foreign_keys_are_enforced(household: Household) -> None:
    with pytest.raises(IntegrityError), household.database.session() as session:
        session.add(PhotoRow(message_id=12345, path="nowhere.png"))
        session.flush()


def test_the_database_file_is_healthy(household: Household) -> None:
    assert check_health(household.paths.database) is None


def test_reopening_a_household_keeps_its_data_and_reports_nothing(tmp_path: Path) -> None:
    first = make_household(tmp_path)
    first.contacts.add("Sarah", "sarah@example.org")
    first.close()
    second = make_household(tmp_path)
    try:
        assert [c.email for c in second.contacts.list()] == ["sarah@example.org"]
        assert startup_notices(second.report) == []
        assert second.report.migrated_from is None
        assert not list(second.paths.backups.glob("pre-migration-*"))
    finally:
        second.close()


# --- Daily backups -------------------------------------------------------------------------------------------


def test_a_daily_backup_appears_on_first_open(household: Household) -> None:
    assert dailies(household.paths) == [f"daily-{FIXED_NOW:%Y-%m-%d}.sqlite"]
    backup = household.paths.backups / dailies(household.paths)[0]
    assert check_health(backup) is None
    assert current_revision(backup) == head_revision()


def test_one_daily_backup_a_day_taken_from_the_data_at_start(tmp_path: Path) -> None:
    clock = make_clock()
    first = make_household(tmp_path, clock=clock)
    first.contacts.add("Sarah", "sarah@example.org")
    first.close()
    clock.advance(timedelta(hours=2))  # same day
    make_household(tmp_path, clock=clock).close()
    assert dailies(first.paths) == [f"daily-{FIXED_NOW:%Y-%m-%d}.sqlite"]
    clock.advance(timedelta(days=1))
    make_household(tmp_path, clock=clock).close()
    tomorrow = FIXED_NOW + timedelta(days=1)
    assert dailies(first.paths) == [f"daily-{FIXED_NOW:%Y-%m-%d}.sqlite", f"daily-{tomorrow:%Y-%m-%d}.sqlite"]
    assert contact_emails(first.paths.backups / f"daily-{tomorrow:%Y-%m-%d}.sqlite") == ["sarah@example.org"]


def test_the_window_takes_the_daily_backup_after_start_and_never_puts_off_the_damage_check(tmp_path: Path) -> None:
    clock = make_clock()
    first = make_household(tmp_path, clock=clock)
    first.contacts.add("Sarah", "sarah@example.org")
    first.close()
    clock.advance(timedelta(days=1))
    tomorrow = f"daily-{FIXED_NOW + timedelta(days=1):%Y-%m-%d}.sqlite"
    database, report = open_household(first.paths, clock, backup_later=True)
    try:
        assert report.backup_due and tomorrow not in dailies(first.paths), "left for later"
        take_daily_backup(first.paths, clock)  # what the window does once Home is on the screen
        assert tomorrow in dailies(first.paths)
        assert contact_emails(first.paths.backups / tomorrow) == ["sarah@example.org"]
    finally:
        database.close()
    first.paths.database.write_bytes(b"not a database at all" * 100)  # damaged: found at once, backup or not
    database, report = open_household(first.paths, clock, backup_later=True)
    database.close()
    assert report.restored_from is not None and "damaged" in startup_notices(report)[0]


def test_only_seven_daily_backups_are_kept(tmp_path: Path) -> None:
    clock = make_clock()
    home = make_household(tmp_path, clock=clock)
    home.close()
    today = home.paths.backups / f"daily-{FIXED_NOW:%Y-%m-%d}.sqlite"
    old_days = [FIXED_NOW - timedelta(days=n) for n in range(1, 10)]  # 9 older dailies, by hand
    for day in old_days:
        shutil.copyfile(today, home.paths.backups / f"daily-{day:%Y-%m-%d}.sqlite")
    other = home.paths.backups / "pre-migration-0000-20260101-000000.sqlite"
    shutil.copyfile(today, other)

    clock.set(FIXED_NOW + timedelta(days=1))
    make_household(tmp_path, clock=clock).close()

    newest = [FIXED_NOW + timedelta(days=1), FIXED_NOW, *old_days][:DAILY_BACKUPS_KEPT]
    assert DAILY_BACKUPS_KEPT == 7
    assert dailies(home.paths) == sorted(f"daily-{day:%Y-%m-%d}.sqlite" for day in newest)
    assert other.exists()  # only dailies rotate


# --- A damaged database --------------------------------------------------------------------------------------


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[HouseholdPaths, SettableClock]:
    """A household whose newest daily backup holds Sarah and Tom, with Emma added after that backup."""
    clock = make_clock()
    home = make_household(tmp_path, clock=clock)
    home.contacts.add("Sarah", "sarah@example.org")
    home.contacts.add("Tom", "tom@example.org")
    home.close()
    clock.advance(timedelta(days=1))  # the next day's start backs up Sarah and Tom
    home = make_household(tmp_path, clock=clock)
    home.contacts.add("Emma", "emma@example.org")  # after the backup
    home.close()
    assert contact_emails(home.paths.database) == ["sarah@example.org", "tom@example.org", "emma@example.org"]
    clock.advance(timedelta(hours=3))
    return home.paths, clock


def garbage(size: int) -> bytes:
    return random.Random(size).randbytes(size)


def damage_with_garbage(path: Path) -> bytes:
    spoiled = garbage(4096)
    path.write_bytes(spoiled)
    return spoiled


def damage_by_truncating(path: Path) -> bytes:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    return path.read_bytes()


def damage_by_emptying(path: Path) -> bytes:
    with path.open("r+b") as handle:
        handle.truncate(0)
    return b""


def damage_the_header(path: Path) -> bytes:
    with path.open("r+b") as handle:
        handle.seek(0)
        handle.write(b"This is not SQLite")
    return path.read_bytes()


@pytest.mark.parametrize("damage", [damage_with_garbage, damage_by_truncating, damage_by_emptying,
                                    damage_the_header])
def test_a_damaged_database_is_restored_from_the_newest_good_backup(backed_up: tuple[HouseholdPaths, SettableClock],
                                                                    damage: Callable[[Path], bytes]) -> None:
    paths, clock = backed_up
    spoiled = damage(paths.database)
    stray_wal = garbage(100)
    Path(f"{paths.database}-wal").write_bytes(stray_wal)  # a stray log beside it must not be replayed

    home = make_household(paths.root, clock=clock)
    try:
        assert [c.email for c in home.contacts.list()] == ["sarah@example.org", "tom@example.org"]
        newest = paths.backups / f"daily-{FIXED_NOW + timedelta(days=1):%Y-%m-%d}.sqlite"
        assert home.report.restored_from == newest
        assert len(startup_notices(home.report)) == 1
        notice = startup_notices(home.report)[0]
        assert "damaged" in notice and "put back" in notice
        assert "\n" not in notice and "sqlite" not in notice.lower() and "malformed" not in notice
        assert current_revision(home.paths.database) == head_revision()
        home.contacts.add("Emma", "emma@example.org")  # a working database again
    finally:
        home.close()
    kept = damaged_files(paths)
    assert len(kept) == 1
    assert kept[0].read_bytes() == spoiled
    if spoiled:  # (SQLite itself drops the -wal of an empty file when it opens it)
        assert Path(f"{kept[0]}-wal").read_bytes() == stray_wal  # put aside with it, not deleted


def test_with_no_backup_a_damaged_database_starts_afresh_and_says_so(tmp_path: Path) -> None:
    clock = make_clock()
    home = make_household(tmp_path, clock=clock)
    home.contacts.add("Sarah", "sarah@example.org")
    home.close()
    shutil.rmtree(home.paths.backups)
    spoiled = damage_with_garbage(home.paths.database)

    again = make_household(tmp_path, clock=clock)
    try:
        assert again.contacts.list() == []
        assert again.report.restored_from is None
        [notice] = startup_notices(again.report)
        assert "damaged" in notice and "afresh" in notice
        assert current_revision(again.paths.database) == head_revision()
    finally:
        again.close()
    kept = damaged_files(again.paths)
    assert [p.read_bytes() for p in kept] == [spoiled]


def test_a_damaged_backup_is_skipped_for_an_older_good_one(backed_up: tuple[HouseholdPaths, SettableClock]) -> None:
    paths, clock = backed_up
    first_day = paths.backups / f"daily-{FIXED_NOW:%Y-%m-%d}.sqlite"  # empty: taken before anyone was added
    second_day = paths.backups / f"daily-{FIXED_NOW + timedelta(days=1):%Y-%m-%d}.sqlite"  # Sarah and Tom
    newer = paths.backups / "pre-migration-0000-20261122-120000.sqlite"
    newer.write_bytes(garbage(8192))
    damage_with_garbage(second_day)
    stamp = (FIXED_NOW + timedelta(days=1)).timestamp()
    os.utime(first_day, (stamp - 86400, stamp - 86400))
    os.utime(second_day, (stamp, stamp))
    os.utime(newer, (stamp + 60, stamp + 60))
    damage_with_garbage(paths.database)

    home = make_household(paths.root, clock=clock)
    try:
        assert home.report.restored_from == first_day
        assert home.contacts.list() == []
        assert current_revision(home.paths.database) == head_revision()
    finally:
        home.close()


def test_the_newest_good_backup_wins_over_older_ones(backed_up: tuple[HouseholdPaths, SettableClock]) -> None:
    paths, clock = backed_up
    first_day = paths.backups / f"daily-{FIXED_NOW:%Y-%m-%d}.sqlite"  # empty
    second_day = paths.backups / f"daily-{FIXED_NOW + timedelta(days=1):%Y-%m-%d}.sqlite"  # Sarah and Tom
    stamp = FIXED_NOW.timestamp()
    os.utime(first_day, (stamp, stamp))  # newest by modification time, whatever the real clock did
    os.utime(second_day, (stamp + 86400, stamp + 86400))
    damage_with_garbage(paths.database)
    home = make_household(paths.root, clock=clock)
    try:
        assert [c.name for c in home.contacts.list()] == ["Sarah", "Tom"]
    finally:
        home.close()


# --- Migrations, against frozen databases of every past schema -----------------------------------------------


def test_there_is_a_frozen_database_for_the_first_revision() -> None:
    assert SCHEMAS / "0001.sqlite" in FROZEN


def test_every_revision_before_head_has_a_frozen_database() -> None:
    """Each new migration is tested against real data of the schema before it (tests/helpers/frozen_schema.py)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    revisions = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    assert {p.stem for p in FROZEN} == revisions - {HEAD_REVISION}


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_a_frozen_database_migrates_to_head_with_its_rows(tmp_path: Path, frozen: Path) -> None:
    paths = HouseholdPaths(tmp_path / "household")
    paths.create()
    shutil.copyfile(frozen, paths.database)
    old_revision = current_revision(paths.database)
    assert old_revision == frozen.stem

    database, report = open_household(paths, make_clock())
    try:
        assert current_revision(database.path) == head_revision()
        assert startup_notices(report) == []
        settings = SettingsService(database)
        assert settings.get("person.name") == FROZEN_PERSON
        contacts = {c.id: c for c in ContactService(database, paths.photos, make_clock()).list()}
        for contact_id, name, email, role, backup in FROZEN_CONTACTS:
            got = contacts[contact_id]
            assert (got.name, got.email, got.role, got.backup) == (name, email, role, backup)
        wall = {m.id: m for m in WallService(database, paths.photos).messages()}
        for message_id, _contact_id, sender, words, _received, read, photos in FROZEN_MESSAGES:
            message = wall[message_id]
            assert (message.sender_email, message.text, message.read) == (sender, words, read)
            assert message.photos == tuple(paths.photos / name for name in photos)
            assert message.received.tzinfo is not None
        learners = LearnerProgress(database, make_clock())  # a table added since: there, empty and usable
        assert learners.records() == []
        learners.start("Rose", "reply", 3)
    finally:
        database.close()

    pre_migration = sorted(paths.backups.glob("pre-migration-*.sqlite"))
    if old_revision == head_revision():
        assert pre_migration == []
        assert report.migrated_from is None
    else:
        assert len(pre_migration) == 1
        assert pre_migration[0].name.startswith(f"pre-migration-{old_revision}-")
        assert current_revision(pre_migration[0]) == old_revision
        assert report.migrated_from == old_revision
    assert current_revision(frozen) == frozen.stem  # the frozen file itself was only copied, never opened in place


def test_an_unversioned_database_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    """While 0001 is the only revision there is no older real schema, so the oldest there is stands in for one:
    a SQLite file with no CareLink tables and no version. Its pre-migration backup must hold it as it was."""
    paths = HouseholdPaths(tmp_path / "household")
    paths.create()
    connection = sqlite3.connect(paths.database)
    connection.execute("CREATE TABLE scratch (x INTEGER)")
    connection.execute("INSERT INTO scratch VALUES (42)")
    connection.commit()
    connection.close()

    database, _report = open_household(paths, make_clock())
    try:
        assert current_revision(database.path) == head_revision()
        with database.session() as session:
            assert session.execute(text("SELECT x FROM scratch")).scalar() == 42
    finally:
        database.close()
    backups = sorted(paths.backups.glob("pre-migration-*.sqlite"))
    assert len(backups) == 1
    scratch = sqlite3.connect(backups[0])
    try:
        assert scratch.execute("SELECT x FROM scratch").fetchall() == [(42,)]
        assert scratch.execute("SELECT name FROM sqlite_master WHERE name = 'contacts'").fetchall() == []
    finally:
        scratch.close()


def test_opening_a_database_at_head_makes_no_pre_migration_backup(tmp_path: Path) -> None:
    make_household(tmp_path).close()
    paths = HouseholdPaths(tmp_path)
    assert current_revision(paths.database) == head_revision()
    database, report = open_household(paths, make_clock())
    database.close()
    assert report.migrated_from is None
    assert list(paths.backups.glob("pre-migration-*")) == []


def test_a_database_from_a_newer_carelink_is_refused_in_plain_words(tmp_path: Path) -> None:
    household = make_household(tmp_path)
    with household.database.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'ffff-from-the-future'"))
    household.close()
    with pytest.raises(UserError, match="newer version of CareLink"):
        make_household(tmp_path)


def test_the_fast_head_revision_matches_the_migration_scripts() -> None:
    # open_household trusts HEAD_REVISION so that an up-to-date start never loads Alembic.
    assert head_revision() == HEAD_REVISION


def test_checking_the_backups_leaves_nothing_beside_them(backed_up: tuple[HouseholdPaths, SettableClock]) -> None:
    paths, clock = backed_up
    damage_with_garbage(paths.database)
    make_household(paths.root, clock=clock).close()  # the backups were checked, one restored
    assert sorted(p.suffix for p in paths.backups.iterdir()) == [".sqlite"] * len(list(paths.backups.iterdir()))
