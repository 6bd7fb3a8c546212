"""Alerts are sent once, and a clock put right stalls nothing: real `python -m carelink` processes on one household
(its password in the real keyring of the test session), real loopback SMTP and IMAP servers, and libfaketime for a
computer clock that was wrong."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers.mail_servers import LOOPBACK, USER, ImapServer, SmtpServer

ROOT = Path(__file__).resolve().parents[2]
FAKETIME_LIB = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
BOB = "bob.backup@example.org"
JANE = "jane.carer@example.org"
_REFERENCE = re.compile(r"\[C-(\d+)\]")


def carelink(data_dir: Path, *argv: str, stdin: str | None = None, faketime: str | None = None,
             check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if faketime is not None:
        env.update(LD_PRELOAD=str(FAKETIME_LIB), FAKETIME=faketime, FAKETIME_DONT_FAKE_MONOTONIC="1",
                   FAKETIME_DONT_RESET="1")
    done = subprocess.run([sys.executable, "-m", "carelink", "--data-dir", str(data_dir), *argv], env=env,
                          cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120)
    if check:
        assert done.returncode == 0, (argv, done.stdout, done.stderr)
    return done


def start(data_dir: Path, *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "carelink", "--data-dir", str(data_dir), *argv],
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def set_up(data_dir: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> None:
    carelink(data_dir, "setup", "email", "--address", USER, "--imap-host", LOOPBACK, "--imap-port",
             str(imap_server.port), "--smtp-host", LOOPBACK, "--smtp-port", str(smtp_server.port), "--username", USER,
             "--security", "none", "--password-stdin", stdin=smtp_server.password + "\n")
    carelink(data_dir, "contacts", "add", "Jane Wilson", "--email", JANE, "--role", "carer", "--phone",
             "01234 567890")
    carelink(data_dir, "contacts", "add", "Bob Backup", "--email", BOB, "--role", "carer", "--backup")
    carelink(data_dir, "contacts", "add", "Sarah Jones", "--email", "sarah@example.org")
    carelink(data_dir, "settings", "set", "person.name", "Mary")
    carelink(data_dir, "settings", "set", "checkin.deadline", "")
    connection = sqlite3.connect(data_dir / "carelink.sqlite")  # set up long ago: today's deadlines all count
    with connection:
        connection.execute("DELETE FROM settings WHERE key = 'household.set_up_at'")
    connection.close()


def subjects(smtp_server: SmtpServer) -> list[tuple[str, list[str]]]:
    return [(str(m.message()["Subject"]), m.rcpt_tos) for m in smtp_server.messages]


def hold_the_database(database: Path, seconds: float, held: threading.Event) -> None:
    """Another writer: holds SQLite's write lock for `seconds` (shorter than CareLink's 5 s busy wait)."""
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('test.writer', 'here')")
        held.set()
        time.sleep(seconds)
        connection.execute("COMMIT")
    finally:
        connection.close()


def test_two_syncs_and_a_concern_racing_with_a_writer_send_one_escalation_and_one_alert(
        tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> None:
    data_dir = tmp_path / "home"
    set_up(data_dir, imap_server, smtp_server)
    carelink(data_dir, "settings", "set", "concern.escalate_after", "1s")
    raised = carelink(data_dir, "concern", "raise", "--category", "unwell", "--note", "I feel faint")
    assert raised.stdout.startswith("Sent to Jane Wilson."), raised.stdout
    time.sleep(1.5)  # Jane has not answered within the (short) escalation time
    carelink(data_dir, "settings", "set", "checkin.deadline", "00:00")  # and no check-in today: the alert is due

    held = threading.Event()
    writer = threading.Thread(target=hold_the_database, args=(data_dir / "carelink.sqlite", 2.5, held))
    writer.start()
    assert held.wait(10)
    racers = [start(data_dir, "sync", "--once"), start(data_dir, "sync", "--once"),
              start(data_dir, "concern", "raise", "--category", "home")]
    outcomes = [racer.communicate(timeout=120) for racer in racers]
    writer.join()
    assert [r.returncode for r in racers] == [0, 0, 0], outcomes
    carelink(data_dir, "sync", "--once")  # whatever any of them left queued goes now

    to_bob = Counter(int(_REFERENCE.findall(subject)[0]) for subject, to in subjects(smtp_server) if to == [BOB])
    assert to_bob[1] == 1, f"the backup carer was told about concern 1 {to_bob[1]} times: {subjects(smtp_server)}"
    assert all(n == 1 for n in to_bob.values()), to_bob
    alerts = [s for s in subjects(smtp_server) if "has not checked in today" in s[0]]
    assert len(alerts) == 1, f"{len(alerts)} missed-check-in alerts: {subjects(smtp_server)}"
    concerns = carelink(data_dir, "concerns", "--json").stdout
    assert '"status": "escalated"' in concerns


@pytest.mark.skipif(not FAKETIME_LIB.exists(), reason="libfaketime is not installed (Debian package faketime)")
def test_a_clock_a_day_fast_then_put_right_stalls_neither_the_retry_nor_the_escalation(
        tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> None:
    data_dir = tmp_path / "home"
    set_up(data_dir, imap_server, smtp_server)
    # 5 s: long enough that a busy machine does not reach it inside one `sync --once` (with 2 s, a slow run between
    # sending and the escalation pass made the escalations due already: four emails where two were expected).
    carelink(data_dir, "settings", "set", "concern.escalate_after", "5s")

    # The clock a day fast, and the mail server busy: the concern waits, its next try stored for "tomorrow".
    smtp_server.refuse("421 4.3.2 Service not available, closing transmission channel")
    fast = carelink(data_dir, "concern", "raise", "--category", "unwell", faketime="+1d")
    assert "when the connection is back" in fast.stdout, fast.stdout
    # The clock put right, the server still busy: a command's pass tries that concern again now, not tomorrow.
    carelink(data_dir, "concern", "raise", "--category", "lonely")
    tries = carelink(data_dir, "outbox", "--json").stdout
    assert re.findall(r'"attempts": (\d+)', tries) == ["1", "2"], tries

    # The server back, and the clock a day fast again: both concerns go, "sent" tomorrow by that clock.
    smtp_server.refusals.clear()
    carelink(data_dir, "sync", "--once", faketime="+1d")
    assert len(smtp_server.messages) == 2
    # Put right: escalation counts from now (at most its own 5 s late), not from tomorrow.
    carelink(data_dir, "sync", "--once")
    time.sleep(5.5)
    carelink(data_dir, "sync", "--once")
    to_bob = [s for s, to in subjects(smtp_server) if to == [BOB]]
    assert len(to_bob) == 2, f"the escalations waited for the wrong clock: {subjects(smtp_server)}"


def test_once_the_server_answers_again_a_waiting_concern_goes_whatever_its_back_off(
        tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> None:
    data_dir = tmp_path / "home"
    set_up(data_dir, imap_server, smtp_server)
    smtp_server.refuse("421 4.3.2 Service not available, closing transmission channel")
    waiting = carelink(data_dir, "concern", "raise", "--category", "unwell")
    assert "when the connection is back" in waiting.stdout
    smtp_server.refusals.clear()
    # Well inside the concern's 30 s back-off, another command's pass reaches the server with its own message:
    told = carelink(data_dir, "checkin")
    assert told.stdout.startswith("Told the family you're OK"), told.stdout
    sent = sorted(subject.split(":")[0] for subject, _ in subjects(smtp_server))
    assert sent == ["CareLink concern from Mary", "Mary is OK today"]
    assert '"status": "sent"' in carelink(data_dir, "concerns", "--json").stdout
