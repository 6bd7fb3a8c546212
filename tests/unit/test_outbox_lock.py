"""Delivery is exclusive across processes on one household (the window and a cron'd `carelink sync`): the outbox
lock file is taken without waiting, a pass that finds it taken sends nothing and leaves the items queued, and the
lock goes when its holder dies, even by kill -9.

The other processes are real ones (multiprocessing, "spawn") on a real SQLite file under tmp_path. What they send is
written to a shared file (one line per message: process id and Message-ID), which is how sending twice would show."""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Iterator
from email.message import EmailMessage
from multiprocessing.context import SpawnProcess
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from carelink.channels.ports import MailSender
from carelink.clock import SettableClock
from carelink.paths import HouseholdPaths
from carelink.services.outbox import DeliveryReport, OutboxService
from carelink.storage.database import Database
from carelink.storage.file_lock import FileLock
from carelink.storage.models import OutboxRow
from carelink.storage.startup import open_household
from tests.helpers import FIXED_NOW, make_household, run_cli
from tests.helpers.fakes import SenderTransport

pytestmark = pytest.mark.noqt

SPAWN = multiprocessing.get_context("spawn")
WAIT_S = 60.0


class LoggingSender:
    """Appends `<pid> <Message-ID>` to a file shared by the test's processes, after `pause` seconds. With `started`,
    sets it when the first send begins; with `hang`, then never finishes (a process to kill mid-send)."""

    def __init__(self, log: Path, pause: float = 0.0, started: Event | None = None, hang: bool = False) -> None:
        self.log, self.pause, self.started, self.hang = log, pause, started, hang

    def send(self, message: EmailMessage) -> None:
        if self.started is not None:
            self.started.set()
        if self.hang:
            time.sleep(600)
        time.sleep(self.pause)
        with self.log.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()} {message['Message-ID']}\n")


def outbox_on(root: Path, sender: MailSender | None) -> tuple[OutboxService, Database]:
    """The outbox of the household in `root`, wired as the app wires it (its lock file beside the database)."""
    paths = HouseholdPaths(root)
    database = Database(paths.database)
    return OutboxService(database, SettableClock(FIXED_NOW), SenderTransport(sender), lambda: "Mary",
                         lock_file=paths.outbox_lock), database


def as_tuple(report: DeliveryReport) -> tuple[int, int, int, str | None, bool]:
    return report.sent, report.waiting, report.failed, report.error, report.deferred


# What the other processes run (module level, so that "spawn" can import it).

def deliver_once(root: str, log: str, pause: float, start: Barrier | None, results: Queue[Any]) -> None:
    outbox, database = outbox_on(Path(root), LoggingSender(Path(log), pause))
    try:
        if start is not None:
            start.wait(WAIT_S)
        results.put(as_tuple(outbox.deliver_due()))
    finally:
        database.close()


def deliver_and_hang(root: str, log: str, started: Event) -> None:
    outbox, _ = outbox_on(Path(root), LoggingSender(Path(log), started=started, hang=True))
    outbox.deliver_due()


@pytest.fixture
def household(tmp_path: Path) -> Path:
    database, _ = open_household(HouseholdPaths(tmp_path), SettableClock(FIXED_NOW))
    database.close()
    return tmp_path


def queue_items(root: Path, count: int) -> list[str]:
    outbox, database = outbox_on(root, None)
    try:
        return [outbox.enqueue("concern", ["jane.carer@example.org"], f"Concern {n}", "Please ring Mary.").message_id
                for n in range(count)]
    finally:
        database.close()


def rows(root: Path) -> list[tuple[str, str, int]]:
    database = Database(HouseholdPaths(root).database)
    try:
        with database.session() as session:
            return [(r.message_id, r.status, r.attempts) for r in session.scalars(select(OutboxRow))]
    finally:
        database.close()


def sent_lines(log: Path) -> list[str]:
    return [line.split(" ", 1)[1] for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


@pytest.fixture
def processes() -> Iterator[list[SpawnProcess]]:
    started: list[SpawnProcess] = []
    yield started
    for process in started:
        if process.is_alive():
            process.kill()
        process.join(WAIT_S)


def start(processes: list[SpawnProcess], target: Any, *args: Any) -> SpawnProcess:
    process = SPAWN.Process(target=target, args=args, daemon=True)
    process.start()
    processes.append(process)
    return process


def finish(process: SpawnProcess) -> None:
    process.join(WAIT_S)
    assert process.exitcode == 0


def test_two_file_locks_on_one_path_exclude_each_other(tmp_path: Path) -> None:
    first, second = FileLock(tmp_path / "outbox.lock"), FileLock(tmp_path / "outbox.lock")
    assert first.acquire() and first.held
    assert not second.acquire() and not second.held
    with pytest.raises(RuntimeError):
        first.acquire()
    first.release()
    first.release()  # letting go twice is harmless
    with second as ours:
        assert ours and not first.acquire()
    assert not second.held
    with first as ours:
        assert ours
    assert (tmp_path / "outbox.lock").exists(), "the file stays; only the lock comes and goes"


@pytest.mark.slow
def test_a_pass_in_another_process_sends_nothing_while_the_lock_is_held_then_sends_once(
        household: Path, processes: list[SpawnProcess]) -> None:
    [message_id] = queue_items(household, 1)
    log, results = household / "sent.log", SPAWN.Queue()
    with FileLock(HouseholdPaths(household).outbox_lock) as ours:
        assert ours
        finish(start(processes, deliver_once, str(household), str(log), 0.0, None, results))
        assert results.get(timeout=WAIT_S) == (0, 1, 0, None, True), "deferred: nothing tried, no error"
        assert sent_lines(log) == []
        assert rows(household) == [(message_id, "queued", 0)], "left queued, untouched"
    finish(start(processes, deliver_once, str(household), str(log), 0.0, None, results))
    assert results.get(timeout=WAIT_S) == (1, 0, 0, None, False)
    assert sent_lines(log) == [message_id]
    assert rows(household) == [(message_id, "sent", 1)]


@pytest.mark.slow
def test_two_processes_delivering_at_once_send_each_item_once(household: Path,
                                                              processes: list[SpawnProcess]) -> None:
    message_ids = queue_items(household, 6)
    log, results, go = household / "sent.log", SPAWN.Queue(), SPAWN.Barrier(2)
    for _ in range(2):  # each send takes a while, so without the lock both would pick up every item
        start(processes, deliver_once, str(household), str(log), 0.05, go, results)
    for process in processes:
        finish(process)
    reports = [results.get(timeout=WAIT_S) for _ in processes]
    assert sorted(sent_lines(log)) == sorted(message_ids), "each Message-ID sent exactly once"
    assert sum(r[0] for r in reports) == len(message_ids)
    assert all(r[2:4] == (0, None) for r in reports)
    assert all(r[1] == 0 for r in reports if not r[4]), "whoever delivered left nothing waiting"
    assert Counter(status for _, status, _ in rows(household)) == {"sent": len(message_ids)}
    assert {attempts for _, _, attempts in rows(household)} == {1}


@pytest.mark.slow
def test_the_lock_goes_when_its_holder_is_killed(household: Path, processes: list[SpawnProcess]) -> None:
    [message_id] = queue_items(household, 1)
    log, sending = household / "sent.log", SPAWN.Event()
    holder = start(processes, deliver_and_hang, str(household), str(log), sending)
    assert sending.wait(WAIT_S), "the other process never started sending"

    outbox, database = outbox_on(household, LoggingSender(log))
    try:
        assert as_tuple(outbox.deliver_due()) == (0, 1, 0, None, True), "the holder is mid-send: leave it to it"
        holder.kill()  # SIGKILL: no chance to let go of anything itself
        holder.join(WAIT_S)
        assert holder.exitcode is not None and holder.exitcode != 0
        assert as_tuple(outbox.deliver_due()) == (1, 0, 0, None, False)
    finally:
        database.close()
    assert sent_lines(log) == [message_id]
    assert rows(household) == [(message_id, "sent", 1)]


def test_the_household_wires_the_lock_file_beside_its_database(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        assert home.paths.outbox_lock == home.paths.database.with_name("outbox.lock")
        item = home.outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Hello")
        with FileLock(home.paths.outbox_lock):
            assert as_tuple(home.outbox.deliver_due()) == (0, 1, 0, None, True)
        assert home.outbox.get(item.id).attempts == 0
        report = home.outbox.deliver_due()  # no email account: now it is tried, and waits
        assert (report.deferred, report.error) == (False, "Email is not set up yet.")
        assert home.outbox.get(item.id).attempts == 1
    finally:
        home.close()


def test_the_command_line_reports_a_deferred_pass_as_waiting(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    def demo(*argv: str) -> tuple[int, str, str]:
        return run_cli(["--data-dir", str(tmp_path), "--demo", *argv], capsys)

    _, out, _ = demo("wall", "--json")
    first = json.loads(out)[0]
    demo("settings", "set", "checkin.deadline", "")  # no missed-check-in alert in the outbox, whatever the time
    with FileLock(HouseholdPaths(tmp_path / "demo").outbox_lock):
        code, out, err = demo("reply", str(first["id"]), "Lovely!")
        assert (code, out.strip(), err) == (0, "Will send when the connection is back (waiting).", "")
        code, out, err = demo("sync", "--once")
        assert (code, err) == (0, "") and "0 sent, 1 waiting to be sent." in out
    code, out, err = demo("sync", "--once")
    assert (code, err) == (0, "") and "1 sent, 0 waiting to be sent." in out
    _, out, _ = demo("outbox", "--json")
    [item] = json.loads(out)
    assert (item["status"], item["attempts"]) == ("sent", 1)


class QueueingSender(LoggingSender):
    """On its first send, another outbox on the same household queues an item and tries to deliver it (the lock is
    taken, by this pass), as the window might while a `carelink sync` is sending."""

    def __init__(self, log: Path, other: OutboxService) -> None:
        super().__init__(log)
        self.other, self.reports = other, list[tuple[int, int, int, str | None, bool]]()

    def send(self, message: EmailMessage) -> None:
        if not self.reports:
            self.other.enqueue("concern", ["jane.carer@example.org"], "Concern", "Please ring Mary.")
            self.reports.append(as_tuple(self.other.deliver_due()))
        super().send(message)


def test_what_a_deferred_pass_queued_is_sent_by_the_holder_in_the_same_pass(household: Path) -> None:
    queue_items(household, 1)
    log = household / "sent.log"
    other, other_database = outbox_on(household, LoggingSender(log))
    sender = QueueingSender(log, other)
    holder, database = outbox_on(household, sender)
    try:
        assert as_tuple(holder.deliver_due()) == (2, 0, 0, None, False)
        assert sender.reports == [(0, 2, 0, None, True)]
    finally:
        database.close()
        other_database.close()
    assert len(set(sent_lines(log))) == 2 and [status for _, status, _ in rows(household)] == ["sent", "sent"]
