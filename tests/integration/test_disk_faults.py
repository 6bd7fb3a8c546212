"""A really full disk (a small tmpfs, filled), real `python -m carelink` processes and a real IMAP server: a full
disk is said in one plain line and costs nothing; a damaged database is restored once, by one process.

Mounting a tmpfs needs root (CI runs as root); elsewhere these tests are skipped with the reason."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from carelink.app import build_household
from carelink.cli import main
from carelink.household import Household
from carelink.paths import HouseholdPaths
from carelink.storage.file_lock import FileLock
from carelink.storage.journal import Journal
from tests.helpers import make_clock, make_household, memory_secrets
from tests.helpers.disk import fill, tmpfs
from tests.helpers.fakes import family_mail
from tests.helpers.mail_servers import ImapServer, account_for

pytestmark = [pytest.mark.noqt, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


def carelink(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command line, in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CARELINK_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "carelink", "--data-dir", str(data), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(database: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def damaged(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("carelink.sqlite.damaged-*") if not p.name.endswith("-wal"))


def assert_one_plain_line_about_space(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "out of space" in lines[0]


def test_a_full_disk_is_said_plainly_and_costs_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "data", "2m") as data:
        assert carelink(data, "contacts", "add", "Jane Wilson", "--email", "jane@example.org",
                        "--role", "carer").returncode == 0
        for category in ("unwell", "lonely"):
            assert carelink(data, "concern", "raise", "--category", category).returncode == 0
        database = data / "carelink.sqlite"
        before = digest(database)
        filler = fill(data)

        for command in (("concern", "raise", "--category", "home"), ("sync", "--once"), ("contacts", "list"),
                        ("concerns",)):
            assert_one_plain_line_about_space(carelink(data, *command))
            assert damaged(data) == []
            assert digest(database) == before, f"'{' '.join(command)}' changed the database"

        filler.unlink()  # space again: everything is there and works
        concerns = json.loads(carelink(data, "concerns", "--json").stdout)
        assert sorted((c["category"], c["status"]) for c in concerns) == [("lonely", "queued"), ("unwell", "queued")]
        contacts = carelink(data, "contacts", "list")
        assert contacts.returncode == 0 and "jane@example.org" in contacts.stdout
        assert carelink(data, "concern", "raise", "--category", "home").returncode == 0
        assert len(json.loads(carelink(data, "concerns", "--json").stdout)) == 3
        assert damaged(data) == []


def test_the_disk_filling_while_the_database_is_open_costs_nothing(tmp_path: Path) -> None:
    """The window is open (its -wal holds the latest rows) when the disk fills: another command says so plainly,
    and the rows only in the -wal are all there once space is free."""
    with tmpfs(tmp_path / "data", "2m") as data:
        home = make_household(data)
        try:
            jane = home.contacts.add("Jane Wilson", "jane@example.org", role="carer")
            home.concerns.raise_concern("unwell", "dizzy")
            wal = Path(f"{home.paths.database}-wal")
            assert wal.stat().st_size > 0, "the newest rows are in the -wal"
            filler = fill(data)
            assert_one_plain_line_about_space(carelink(data, "concern", "raise", "--category", "home"))
            assert wal.exists() and damaged(data) == []
            filler.unlink()
        finally:
            home.close()
        listing = carelink(data, "contacts", "list", "--json")
        assert [c["id"] for c in json.loads(listing.stdout)] == [jane.id]
        assert [c["note"] for c in json.loads(carelink(data, "concerns", "--json").stdout)] == ["dizzy"]


def test_photos_that_could_not_be_saved_are_fetched_again(tmp_path: Path, imap_server: ImapServer,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    saved: dict[tuple[str, str], str] = {}
    home = build_household(data, False, clock=make_clock(), secrets=memory_secrets(saved))
    home.settings.set("person.name", "Mary")
    home.email.save(account_for(imap_server), imap_server.password)
    home.contacts.add("Sarah Jones", "sarah@example.org")
    home.close()
    for number in range(3):
        imap_server.deliver(family_mail("sarah@example.org", f"Photo {number}", photo=True))

    def build(data_dir: Path, demo: bool, backup_later: bool = False) -> Household:  # the command line, on this
        return build_household(data_dir, demo, clock=make_clock(), secrets=memory_secrets(saved),  # test's keyring
                               backup_later=backup_later)

    monkeypatch.setattr("carelink.cli.build_household", build)
    with tmpfs(data / "photos", "256k") as photos:
        filler = fill(photos)
        code = main(["--data-dir", str(data), "sync", "--once"])
        err = capsys.readouterr().err
        assert code == 1
        assert "out of space" in err and len(err.strip().splitlines()) == 1
        assert [p.name for p in photos.iterdir()] == ["filler"], "no cut-short photo left behind"
        again = main(["--data-dir", str(data), "sync", "--once"])
        assert again == 1, "still full: still not skipped"
        capsys.readouterr()
        filler.unlink()

        assert main(["--data-dir", str(data), "sync", "--once"]) == 0
        assert capsys.readouterr().out.startswith("3 new")
        home = build_household(data, False, clock=make_clock(), secrets=memory_secrets(saved))
        try:
            cards = home.wall.messages()
            assert sorted(c.text for c in cards) == ["Photo 0", "Photo 1", "Photo 2"]
            for card in cards:
                [photo] = card.photos
                assert photo.stat().st_size > 0 and photo.parent == photos
        finally:
            home.close()


def test_two_processes_starting_on_a_damaged_database_restore_it_once(tmp_path: Path) -> None:
    clock = make_clock()
    home = make_household(tmp_path, clock=clock)
    home.contacts.add("Sarah", "sarah@example.org")
    home.close()
    clock.advance(timedelta(days=1))
    make_household(tmp_path, clock=clock).close()  # today's backup holds Sarah
    paths = HouseholdPaths(tmp_path)
    with paths.database.open("r+b") as handle:
        handle.write(b"This is not SQLite at all")

    lock = FileLock(paths.household_lock)
    assert lock.acquire()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "carelink", "--data-dir", str(tmp_path), "contacts", "list", "--json"]
    both = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    time.sleep(3)  # both reach the lock and wait on it (a slow start only makes this a weaker test, never wrong)
    lock.release()
    results = [process.communicate(timeout=120) for process in both]
    for process, (out, err) in zip(both, results, strict=True):
        assert process.returncode == 0, err
        assert [c["email"] for c in json.loads(out)] == ["sarah@example.org"]
    assert len(damaged(tmp_path)) == 1, "one restore, one put-aside file"
    notices = [err for _out, err in results if "damaged" in err]
    assert len(notices) == 1, "the one that restored says so"


def test_a_restore_brings_back_the_concerns_raised_since_the_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert carelink(data, "contacts", "add", "Jane Wilson", "--email", "jane@example.org",
                    "--role", "carer").returncode == 0  # the first start took today's backup, before Jane
    for category, note in (("unwell", "dizzy"), ("safety", "a man at the door")):
        assert carelink(data, "concern", "raise", "--category", category, "--note", note).returncode == 0
    raised = json.loads(carelink(data, "concerns", "--json").stdout)
    database = data / "carelink.sqlite"
    with database.open("r+b") as handle:
        handle.write(b"This is not SQLite at all")

    result = carelink(data, "concerns", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == raised
    [notice] = result.stderr.strip().splitlines()
    assert "damaged" in notice and "2 concerns and 2 emails from after that time have been put back" in notice
    assert "contacts or settings" in notice and "could not be recovered" in notice
    assert "Traceback" not in result.stderr and len(damaged(data)) == 1
    again = carelink(data, "concerns", "--json")
    assert (again.returncode, again.stderr) == (0, ""), "said once; the next start is a normal one"


def test_a_read_only_data_folder_is_said_plainly_and_costs_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "data", "2m") as data:
        assert carelink(data, "contacts", "add", "Jane Wilson", "--email", "jane@example.org",
                        "--role", "carer").returncode == 0
        assert carelink(data, "concern", "raise", "--category", "unwell").returncode == 0
        before = digest(data / "carelink.sqlite")
        assert subprocess.run(["mount", "-o", "remount,ro", str(data)], capture_output=True).returncode == 0
        try:
            for command in (("concern", "raise", "--category", "home"), ("contacts", "list")):
                result = carelink(data, *command)
                assert result.returncode == 1 and "Traceback" not in result.stderr
                [line] = result.stderr.strip().splitlines()
                assert "not allowed to save in its data folder" in line
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(data)], capture_output=True)
        assert digest(data / "carelink.sqlite") == before and damaged(data) == []
        assert [c["status"] for c in json.loads(carelink(data, "concerns", "--json").stdout)] == ["queued"]


def test_photos_of_mail_that_was_not_stored_take_no_space(tmp_path: Path, imap_server: ImapServer) -> None:
    """Room for one photo but not two: the batch is not stored, and the one photo that fitted is removed again,
    so the space the family frees goes to the mail, not to pictures of mail that never reached the wall."""
    data = tmp_path / "data"
    home = build_household(data, False, clock=make_clock(), secrets=memory_secrets())
    try:
        home.email.save(account_for(imap_server), imap_server.password)
        home.contacts.add("Sarah Jones", "sarah@example.org")
        for number in range(2):
            imap_server.deliver(family_mail("sarah@example.org", f"Photo {number}", photo=True))
        with tmpfs(data / "photos", "256k") as photos:
            filler = fill(photos)
            os.truncate(filler, filler.stat().st_size - 12 * 1024)  # three pages: one 6 kB photo, not two
            report = home.sync.sync_once()
            assert report.error is not None and "out of space" in report.error
            assert report.new_messages == 0
            assert [p.name for p in photos.iterdir()] == ["filler"]
            filler.unlink()
            assert home.sync.sync_once().new_messages == 2
    finally:
        home.close()


def test_a_journal_line_that_does_not_fit_leaves_no_half_line(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "data", "256k") as data:
        journal = Journal(data / "journal.jsonl")
        journal.append([("concerns", {"id": 1, "note": "first"})])
        before = journal.path.read_bytes()
        fill(data)
        journal.append([("outbox", {"id": 2, "body": "x" * 20_000})])  # part of it would fit in the last page
        assert journal.path.read_bytes() == before
        latest, unreadable = journal.newest()
        assert (list(latest), unreadable) == ([("concerns", 1)], 0)


def test_a_commit_stands_when_the_journal_cannot_be_written(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        home.contacts.add("Jane Wilson", "jane@example.org", role="carer")
        home.paths.journal.unlink(missing_ok=True)
        home.paths.journal.mkdir()  # not a file: every append fails
        concern = home.concerns.raise_concern("unwell")
        assert [c.id for c in home.concerns.list()] == [concern.id]
    finally:
        home.close()


def test_processes_starting_at_once_on_a_new_folder_make_one_household(tmp_path: Path) -> None:
    """Without the household lock, two first starts both made the tables ("table settings already exists")."""
    data = tmp_path / "data"
    HouseholdPaths(data).create()
    lock = FileLock(HouseholdPaths(data).household_lock)
    assert lock.acquire()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "carelink", "--data-dir", str(data), "contacts", "list", "--json"]
    starts = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for _ in range(3)]
    time.sleep(3)  # all three wait on the lock (a slow start only makes this a weaker test, never wrong)
    lock.release()
    for process in starts:
        out, err = process.communicate(timeout=120)
        assert (process.returncode, err) == (0, "")
        assert json.loads(out) == []
    assert rows(data / "carelink.sqlite", "SELECT count(*) FROM contacts") == [(0,)]
