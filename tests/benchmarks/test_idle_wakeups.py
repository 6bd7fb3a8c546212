"""Idle wakeups benchmark: how often an idle CareLink window wakes the computer, against a bare PySide6 window.

CareLink runs all day, often on an old PC or a tablet on battery: while nobody touches it, it should sleep. Each
window runs in a process of its own (tests/benchmarks/idle_window.py); CareLink's is a household whose mail server
is a real IMAP server on loopback, so its thread that waits for news holds an IDLE connection, as at home. Once
it is ready (first sync done, the connection listening), the voluntary context switches of every thread of the
process are read from /proc at the start and the end of WINDOW_S seconds: each is a wakeup (a timer firing, a
thread woken). The figure is wakeups a second for each; the target is at most 0.2 a second for CareLink. The
test never asserts it, only that both windows ran and were measured.

Run it with ``python -m pytest tests/benchmarks/test_idle_wakeups.py -q -s``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.mail_servers import ImapServer

pytestmark = pytest.mark.noqt

WINDOW_S = 20.0
SETTLE_S = 3.0  # after "ready": what was under way when it said so has ended
READY_TIMEOUT_S = 60.0
TARGET = 0.2
IDLE_WINDOW = Path(__file__).with_name("idle_window.py")
ROOT = Path(__file__).resolve().parents[2]


def _switches(pid: int) -> dict[tuple[str, str], int]:
    """Voluntary context switches of each thread of `pid` (by thread id and name), from /proc."""
    counts: dict[tuple[str, str], int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    counts[task.name, name] = int(line.split()[1])
        except OSError:  # the thread ended just now
            continue
    return counts


def _wakeups_per_second(arguments: list[str]) -> tuple[float, int, str]:
    """Start the window, wait until it is ready and settled, and count its wakeups over WINDOW_S seconds;
    (wakeups a second, threads that ended meanwhile, whose last switches are not counted, the threads that
    woke, busiest first)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, str(IDLE_WINDOW), *arguments], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        started = time.monotonic()
        line = process.stdout.readline()
        assert line.strip() == "ready", f"{arguments[0]} window did not start (said {line!r})"
        assert time.monotonic() - started < READY_TIMEOUT_S
        time.sleep(SETTLE_S)
        before = _switches(process.pid)
        time.sleep(WINDOW_S)
        after = _switches(process.pid)
        assert process.poll() is None, "the window kept running"
    finally:
        process.kill()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()
    woken = {thread: count - before.get(thread, 0) for thread, count in after.items()}
    busiest = sorted(((count, name) for (_, name), count in woken.items() if count), reverse=True)
    return (sum(woken.values()) / WINDOW_S, len(set(before) - set(after)),
            ", ".join(f"{name} {count}" for count, name in busiest[:6]))


@pytest.mark.benchmark
@pytest.mark.slow
def test_idle_wakeups_against_a_bare_window(tmp_path: Path, imap_server: ImapServer,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    bare, bare_gone, _ = _wakeups_per_second(["bare"])
    carelink, gone, threads = _wakeups_per_second(["carelink", str(tmp_path / "household"), str(imap_server.port)])
    assert bare >= 0 and carelink >= 0
    line = (f"idle wakeups: CareLink {carelink:.2f} a second vs bare window {bare:.2f} a second "
            f"(target <= {TARGET} a second) [{WINDOW_S:.0f} s each, /proc voluntary context switches"
            f"{f'; {gone + bare_gone} threads ended meanwhile' if gone + bare_gone else ''}; "
            f"CareLink's threads that woke: {threads or 'none'}]")
    (tmp_path / "wakeups.txt").write_text(line + "\n", encoding="utf-8")
    with capsys.disabled():
        print(f"\n{line}")
