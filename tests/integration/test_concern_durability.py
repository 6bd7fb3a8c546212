"""kill -9 at random points: a concern the program said was stored is never lost, and each concern reaches the
carer through the real SMTP server under exactly one Message-ID (the same message twice is acceptable after a crash
between the server taking it and the outbox recording that; two different emails for one concern are not).

The process killed is tests/helpers/concern_writer.py: it opens a household, raises concerns and delivers the outbox
after each, printing "stored <id>" as soon as raise_concern returns. The delays are seeded, spread over the
process's whole life (start-up included), and the check happens afterwards in this process on the same folder."""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from carelink.app import build_household
from carelink.clock import SettableClock, SystemClock
from carelink.storage.models import ConcernRow, OutboxRow
from tests.helpers import TEST_SERVICE, memory_secrets
from tests.helpers.concern_writer import PASSWORD_ENV
from tests.helpers.mail_servers import LOOPBACK, USER, SmtpServer, account_for, free_port, start_smtp

pytestmark = [pytest.mark.noqt, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
JANE = ("Jane Wilson", "jane.carer@example.org")
SEED = 20261121
RANDOM_KILLS = 20
KILLS_WHILE_SENDING = 6
CONCERNS_PER_RUN = 30
_REFERENCE = re.compile(r"\[C-(\d+)\]")
_STORED = re.compile(r"^stored (\d+)$", re.MULTILINE)


@dataclass
class HoldingSmtpServer(SmtpServer):
    """The test SMTP server, which can keep the client waiting for `hold` seconds after it has taken a message
    (and before it says "250"), setting `took_one` when it starts waiting: the window in which a crash leaves the
    message delivered but the outbox not yet told."""

    hold: float = 0.0
    took_one: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        reply = await super().handle_DATA(server, session, envelope)
        if self.hold and reply.startswith("250"):
            self.took_one.set()
            await asyncio.sleep(self.hold)
        return reply


@pytest.fixture
def holding_smtp_server() -> Iterator[HoldingSmtpServer]:
    server = start_smtp(HoldingSmtpServer(LOOPBACK, free_port()))
    yield server
    server.stop()


def set_up(data_dir: Path, smtp_server: SmtpServer) -> None:
    home = build_household(data_dir, False, clock=SystemClock(), secrets=memory_secrets())
    try:
        home.settings.set("person.name", "Mary")
        home.settings.set("locale", "en-GB")
        home.email.save(account_for(None, smtp_server), smtp_server.password)
        home.contacts.add(*JANE, role="carer")
    finally:
        home.close()


def start(data_dir: Path, label: str, smtp_server: SmtpServer, count: int = CONCERNS_PER_RUN
          ) -> subprocess.Popen[str]:
    env = {**os.environ, PASSWORD_ENV: smtp_server.password, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "tests.helpers.concern_writer", str(data_dir), str(count), label],
                            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def kill_9(process: subprocess.Popen[str]) -> tuple[str, str]:
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=30)
    return out, err


@dataclass
class Outcome:
    concerns: int
    emails: int
    resent_same_id: int


def check_nothing_lost(data_dir: Path, smtp_server: SmtpServer, said_stored: set[int]) -> Outcome:
    """Open the household here (a clock past every back-off), deliver what is left, and check the carer's mail."""
    clock = SettableClock(datetime.now().astimezone() + timedelta(hours=2))
    home = build_household(data_dir, False, clock=clock,
                           secrets=memory_secrets({(TEST_SERVICE, USER): smtp_server.password}))
    try:
        with home.database.session() as session:
            concerns = {r.id: r.outbox_id for r in session.scalars(select(ConcernRow))}
            items = {r.id: r for r in session.scalars(select(OutboxRow))}
        for concern_id in sorted(said_stored):
            assert concern_id in concerns, f"concern {concern_id} was reported stored, and is gone"
            outbox_id = concerns[concern_id]
            assert outbox_id is not None and outbox_id in items, f"concern {concern_id} was stored without its email"
            assert items[outbox_id].kind == "concern" and items[outbox_id].to_addrs == JANE[1]

        for stored in home.concerns.list():  # a kill just after its email went: the timers settle it (as here)
            home.concerns.settle(stored.id)
        for _ in range(3):
            if home.courier.send_now().waiting == 0:
                break
            clock.advance(timedelta(hours=2))
        leftovers = [(i.id, i.status, i.last_error) for i in home.outbox.list() if i.status != "sent"]
        assert leftovers == [], f"not delivered: {leftovers}"

        by_concern: dict[int, list[str]] = defaultdict(list)
        for received in smtp_server.messages:
            message = received.message()
            [reference] = _REFERENCE.findall(str(message["Subject"]))
            assert received.rcpt_tos == [JANE[1]]
            by_concern[int(reference)].append(str(message["Message-ID"]))
        everything = home.concerns.list()
        assert {c.id for c in everything} >= said_stored
        for concern in everything:
            ids = by_concern.get(concern.id, [])
            assert ids, f"concern {concern.id} never reached the carer"
            assert len(set(ids)) == 1, f"concern {concern.id} reached the carer as {len(set(ids))} different " \
                                       f"emails: {sorted(set(ids))}"
            assert concern.status == "sent", (concern.id, concern.status)
        assert set(by_concern) <= {c.id for c in everything}, "mail about a concern that is not stored"
        resent = sum(len(ids) - 1 for ids in by_concern.values())
        return Outcome(len(everything), len(smtp_server.messages), resent)
    finally:
        home.close()


def test_kill_9_at_random_points_loses_no_concern_and_sends_each_once(tmp_path: Path,
                                                                      smtp_server: SmtpServer) -> None:
    data_dir = tmp_path / "home"
    set_up(data_dir, smtp_server)

    began = time.monotonic()  # one run to the end first: when it is ready, and how long it lives
    process = start(data_dir, "whole", smtp_server)
    assert process.stdout is not None
    lines: list[tuple[float, str]] = [(time.monotonic() - began, line.strip()) for line in process.stdout]
    _, err = process.communicate(timeout=60)  # closes the pipes too
    assert process.returncode == 0, err
    ready = next(at for at, line in lines if line == "ready")
    lifetime = lines[-1][0]
    out = "\n".join(line for _, line in lines)
    assert out.endswith("done")
    said_stored = {int(n) for n in _STORED.findall(out)}
    assert len(said_stored) == CONCERNS_PER_RUN and len(smtp_server.messages) == CONCERNS_PER_RUN

    rng = random.Random(SEED)
    last_lines: list[str] = []
    for run in range(RANDOM_KILLS):
        # Every fourth kill lands while the process starts (interpreter, imports, opening the database); the rest
        # are spread over its work: raising concerns, committing, talking to the SMTP server.
        delay = rng.uniform(0, ready) if run % 4 == 0 else rng.uniform(ready, lifetime)
        process = start(data_dir, f"run{run}", smtp_server)
        time.sleep(delay)
        out, _err = kill_9(process)
        said_stored |= {int(n) for n in _STORED.findall(out)}
        last_lines.append((out.strip().splitlines() or ["(nothing)"])[-1])

    assert any(line == "(nothing)" or line == "ready" for line in last_lines), "no kill landed early"
    assert any(line.startswith(("stored", "delivered")) for line in last_lines), "no kill landed mid-run"
    outcome = check_nothing_lost(data_dir, smtp_server, said_stored)
    assert outcome.concerns >= len(said_stored) > CONCERNS_PER_RUN


def test_kill_9_while_the_server_is_taking_the_message_resends_it_with_the_same_message_id(
        tmp_path: Path, holding_smtp_server: HoldingSmtpServer) -> None:
    server = holding_smtp_server
    data_dir = tmp_path / "home"
    set_up(data_dir, server)
    database = data_dir / "carelink.sqlite"
    rng = random.Random(SEED + 1)
    server.hold = 0.6
    said_stored: set[int] = set()
    for run in range(KILLS_WHILE_SENDING):
        server.took_one.clear()
        taken_before = len(server.messages)
        process = start(data_dir, f"sending{run}", server, count=3)
        assert server.took_one.wait(timeout=20), "the process never got as far as sending"
        time.sleep(rng.uniform(0, server.hold / 2))  # inside the window: taken by the server, not yet "250"
        out, _err = kill_9(process)
        said_stored |= {int(n) for n in _STORED.findall(out)}
        taken = server.messages[taken_before]
        message_id = str(taken.message()["Message-ID"])
        with sqlite3.connect(database) as plain:
            [(status, attempts)] = plain.execute("SELECT status, attempts FROM outbox WHERE message_id = ?",
                                                 (message_id,)).fetchall()
        assert (status, attempts) == ("queued", 0), "the kill was meant to land before the outbox heard back"

    server.hold = 0
    outcome = check_nothing_lost(data_dir, server, said_stored)
    assert outcome.resent_same_id >= KILLS_WHILE_SENDING, "each message cut off by a kill went again, same id"


def test_kill_9_of_the_concern_raise_command_loses_no_concern(tmp_path: Path, smtp_server: SmtpServer) -> None:
    """The admin command itself (`python -m carelink concern raise`), killed at random points. It runs on the
    computer's own keyring, which has no password for this account, so the server turns it away (the concern waits
    in the outbox); this process then delivers with the password."""
    data_dir = tmp_path / "home"
    set_up(data_dir, smtp_server)
    command = [sys.executable, "-m", "carelink", "--data-dir", str(data_dir), "concern", "raise",
               "--category", "lonely", "--note", "Nobody has rung today"]
    began = time.monotonic()
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    lifetime = time.monotonic() - began
    assert finished.returncode == 0, finished.stderr
    reported = {int(n) for n in re.findall(r"\(Concern C-(\d+)\)", finished.stdout)}
    assert len(reported) == 1

    rng = random.Random(SEED + 2)
    for _ in range(8):
        process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.3 * lifetime, 1.05 * lifetime))
        out, _err = kill_9(process)
        reported |= {int(n) for n in re.findall(r"\(Concern C-(\d+)\)", out)}
    check_nothing_lost(data_dir, smtp_server, reported)
