"""Restores lose less: concerns and outbox items are journalled beside the database as they are committed, and put
back after the database is restored from a backup (with their ids, Message-IDs and newest state), and the notice
says what came back and what could not. Real SQLite files, a real damaged header."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from carelink.clock import SettableClock
from carelink.household import Household
from carelink.paths import HouseholdPaths
from carelink.services.start_words import startup_notices
from carelink.storage.journal import Journal
from carelink.storage.models import OutboxRow
from tests.helpers import make_clock, make_household

pytestmark = pytest.mark.noqt


def damage_the_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(b"This is not SQLite at all")


def outbox_states(home: Household) -> dict[str, str]:
    with home.database.session() as session:
        return {row.message_id: row.status for row in session.scalars(select(OutboxRow))}


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[HouseholdPaths, SettableClock]:
    """A household with a carer and one concern, backed up at the start of the next day."""
    clock = make_clock()
    home = make_household(tmp_path, clock=clock)
    home.contacts.add("Jane Wilson", "jane@example.org", role="carer")
    home.concerns.raise_concern("home", "the boiler")
    home.close()
    clock.advance(timedelta(days=1))
    make_household(tmp_path, clock=clock).close()  # the daily backup: Jane and the boiler concern
    clock.advance(timedelta(hours=2))
    return HouseholdPaths(tmp_path), clock


def test_concerns_and_emails_since_the_backup_come_back_after_a_restore(
        backed_up: tuple[HouseholdPaths, SettableClock]) -> None:
    paths, clock = backed_up
    home = make_household(paths.root, clock=clock)
    first = home.concerns.raise_concern("unwell", "dizzy since lunch", call_back=True)
    second = home.concerns.raise_concern("lonely")
    with home.database.session() as session:  # the boiler concern's email went out after the backup
        boiler = session.scalars(select(OutboxRow).order_by(OutboxRow.id)).first()
        assert boiler is not None
        boiler.status, boiler.sent_at, boiler.attempts = "sent", clock.now(), 1
    home.contacts.add("Tom", "tom@example.org")  # not journalled: said to be lost
    before_concerns = home.concerns.list()
    before_outbox = outbox_states(home)
    home.close()
    assert len(before_outbox) == 3

    damage_the_header(paths.database)
    again = make_household(paths.root, clock=clock)
    try:
        assert again.report.restored_from is not None
        assert again.concerns.list() == before_concerns, "every concern back, with its id and state"
        assert outbox_states(again) == before_outbox, "each email back with its Message-ID: the sent one sent"
        assert again.concerns.get(first.id).note == "dizzy since lunch"
        assert again.concerns.get(second.id).status == "queued"
        assert [c.name for c in again.contacts.list()] == ["Jane Wilson"]
        [notice] = startup_notices(again.report)
        # 2 new concerns (3 where reading the list marked the boiler concern sent), and 3 emails: 2 new, 1 sent since
        assert re.search(r"\b[23] concerns and 3 emails from after that time have been put back too\.", notice)
        assert "contacts or settings" in notice and "could not be recovered" in notice
        assert "\n" not in notice and "journal" not in notice.lower()
        third = again.concerns.raise_concern("care")  # the next id follows on, no clash
        assert third.id == second.id + 1
    finally:
        again.close()


def test_with_no_backup_the_journal_still_brings_the_concerns_back(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    home.contacts.add("Jane Wilson", "jane@example.org", role="carer")
    concern = home.concerns.raise_concern("safety", "a man at the door")
    home.close()
    for backup in HouseholdPaths(tmp_path).backups.iterdir():
        backup.unlink()
    damage_the_header(HouseholdPaths(tmp_path).database)

    again = make_household(tmp_path)
    try:
        [back] = again.concerns.list()
        assert (back.id, back.note, back.status) == (concern.id, "a man at the door", "queued")
        [notice] = startup_notices(again.report)
        assert "afresh" in notice and "1 concern and 1 email" in notice
    finally:
        again.close()


def test_a_torn_last_line_is_ignored_and_a_spoilt_one_is_counted(
        backed_up: tuple[HouseholdPaths, SettableClock]) -> None:
    paths, clock = backed_up
    home = make_household(paths.root, clock=clock)
    home.concerns.raise_concern("unwell")
    home.close()
    with paths.journal.open("ab") as journal:
        journal.write(b"{not json at all}\n")
        journal.write(b'{"table":"concerns","row":{"id":9')  # a crash part-way through a line
    damage_the_header(paths.database)
    again = make_household(paths.root, clock=clock)
    try:
        assert [c.category for c in again.concerns.list()] == ["unwell", "home"]
        [notice] = startup_notices(again.report)
        assert "1 record could not be put back" in notice
    finally:
        again.close()


def test_a_new_daily_backup_trims_the_journal(backed_up: tuple[HouseholdPaths, SettableClock]) -> None:
    paths, clock = backed_up
    home = make_household(paths.root, clock=clock)
    home.concerns.raise_concern("unwell")
    home.close()
    assert Journal(paths.journal).newest()[0], "journalled since the last backup"
    clock.advance(timedelta(days=1))
    make_household(paths.root, clock=clock).close()  # a new daily backup holds it all
    assert paths.journal.read_bytes() == b""


def test_the_journal_holds_each_row_as_committed_and_nothing_rolled_back(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        home.contacts.add("Jane Wilson", "jane@example.org", role="carer")
        concern = home.concerns.raise_concern("lonely", "quiet day")
        with pytest.raises(RuntimeError), home.database.session() as session:
            session.add(OutboxRow(kind="reply", to_addrs="x@example.org", subject="s", body="b",
                                  message_id="<rolled-back@example.org>", created=home.clock.now(),
                                  next_attempt=home.clock.now()))
            session.flush()
            raise RuntimeError("changed my mind")
        lines = [json.loads(line) for line in home.paths.journal.read_text().splitlines()]
        assert {(entry["table"], entry["row"]["id"]) for entry in lines} >= {("concerns", concern.id)}
        assert all(entry["row"].get("message_id") != "<rolled-back@example.org>" for entry in lines)
        assert [entry for entry in lines if entry["table"] == "concerns"][-1]["row"]["note"] == "quiet day"
    finally:
        home.close()


def test_an_alert_decided_under_the_write_lock_is_journalled_and_comes_back(tmp_path: Path) -> None:
    """Alerts and escalations are decided in a BEGIN IMMEDIATE transaction that the connection commits, not the
    session: their emails must reach the journal all the same."""
    clock = make_clock()
    home = make_household(tmp_path, clock=clock)
    home.contacts.add("Sarah Jones", "sarah@example.org")
    home.settings.set("checkin.deadline", "09:00")
    clock.set(clock.now().replace(hour=10, minute=0))
    assert home.checkin.run_timers()
    [alert] = [line for line in HouseholdPaths(tmp_path).journal.read_text().splitlines()
               if '"alert"' in line]
    assert json.loads(alert)["table"] == "outbox"
    home.close()
    for backup in HouseholdPaths(tmp_path).backups.iterdir():
        backup.unlink()
    damage_the_header(HouseholdPaths(tmp_path).database)

    again = make_household(tmp_path, clock=clock)
    try:
        assert [item.kind for item in again.outbox.list()] == ["alert"], "the alert's email came back"
    finally:
        again.close()
