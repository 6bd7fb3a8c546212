"""Wall memory benchmark: peak memory of opening a wall of 10,000 messages and 1,000 photos, Qt-free.

Everything measured runs in fresh Python processes (``python -c CHILD``), so nothing pytest loaded is counted:

- ``build`` makes a household: 10,000 messages from three contacts, two hours apart, the newest 150 unread, and
  1,000 photo rows (one message in ten) pointing at copies of one real 640x480 PNG, inserted in bulk;
- ``open`` opens it as CareLink does at start and does what a GUI opening the wall does: ``ids()``,
  ``unread_count()`` and ``get(id)`` for the first 20 ids. Its peak RSS is the figure. Afterwards it times
  ``ids()`` against a raw sqlite3 ``SELECT id FROM messages ORDER BY read, received DESC`` on the same file, in
  alternating runs, and reports the medians;
- the baseline is the same two steps over an empty household: the same modules (carelink.app, sqlalchemy), the
  same start-up work, no data. (A household built in the measuring process would count Alembic's first
  migration, which an existing household's start skips; the build processes' own peaks are printed too.)

Peak RSS is VmHWM from /proc/self/status where there is one: on Linux ``ru_maxrss`` also counts the memory of
the process that started the child (pytest's, copied by fork before exec), so every child would read as large as
pytest. Elsewhere it is ``ru_maxrss``.

The target is a peak of at most 250 MB; the test never asserts it (nor any time), only that every process exited
0 and reported positive numbers. Each process checks its own counts and exits non-zero if they are wrong.

Run it with ``python -m pytest tests/benchmarks -q -s``.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.noqt

TIMEOUT_S = 120
MESSAGES = 10_000
PHOTOS = 1_000
TARGET_MB = 250
ROOT = Path(__file__).resolve().parents[2]  # where the carelink package is

# The child process, run as `python -c CHILD build|open DATA_DIR MESSAGES`. It prints one JSON object on its last line.
CHILD = r'''
import json
import resource
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from carelink.app import build_household

PHOTO_EVERY, UNREAD, FIRST = 10, 150, 20  # one message in ten has a photo
TIMED_RUNS = 7
RAW_SQL = "SELECT id FROM messages ORDER BY read, received DESC"
LINES = ("Hello Mum! The roses are out in the garden and they look lovely.",
         "We're all well here. The children say hello and send lots of love.",
         "Shall I call you on Sunday after lunch? About two o'clock?",
         "Tom passed his driving test today! He is ever so pleased with himself.",
         "The weather has been grey all week, but the forecast says sunshine on Saturday.",
         "Don't forget your appointment at the surgery on Thursday morning.",
         "I made your apple crumble recipe and it was a great success.")
CONTACTS = (("Sarah Jones", "sarah@example.org"), ("Tom Jones", "tom.jones@example.net"),
            ("Emma Price", "emma.price@example.com"))


def peak_kb():
    """This program's peak resident set size in KB. Linux's ru_maxrss also counts the memory of the process
    that started this one (the forked copy of pytest that exec replaced), so VmHWM comes first."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KB elsewhere


def build(data_dir, count):
    from carelink.demo.pictures import make_scene
    from carelink.storage.models import MessageRow, PhotoRow

    household = build_household(data_dir, False)
    contacts = [household.contacts.add(name, address) for name, address in CONTACTS]
    photos = household.paths.photos
    photos.mkdir(parents=True, exist_ok=True)
    original = photos / "scene.png"
    original.write_bytes(make_scene("garden", 1, 640, 480))
    for number in range(count // PHOTO_EVERY):
        shutil.copyfile(original, photos / f"photo-{number:04d}.png")
    newest = datetime.now().astimezone()
    messages = []
    for number in range(count):  # ids 1..count, oldest first, two hours apart
        contact = contacts[number % len(contacts)]
        text = "\n\n".join(["Dear Mary,", LINES[number % len(LINES)], LINES[(number * 3 + 1) % len(LINES)],
                            f"Love from {contact.name.split()[0]}"])
        messages.append({"id": number + 1, "contact_id": contact.id, "sender_email": contact.email, "text": text,
                         "received": newest - timedelta(hours=2 * (count - number)),
                         "read": number < count - UNREAD, "kind": "message",
                         "message_id": f"<{number}.wall@{contact.email.partition('@')[2]}>",
                         "subject": f"News from home ({number})", "references": ""})
    rows = [{"message_id": count - number * PHOTO_EVERY, "path": f"photo-{number:04d}.png"}
            for number in range(count // PHOTO_EVERY)]  # the newest message and every tenth before it
    if messages:
        with household.database.session() as session:
            session.execute(insert(MessageRow), messages)
            session.execute(insert(PhotoRow), rows)
    household.close()
    return {"peak_kb": peak_kb(), "photos": len(rows)}


def open_wall(data_dir, count):
    """What opening the wall does, then (with messages) ids() timed against raw sqlite3."""
    household = build_household(data_dir, False)
    ids = household.wall.ids()
    unread = household.wall.unread_count()
    cards = [household.wall.get(message_id) for message_id in ids[:FIRST]]
    peak = peak_kb()
    assert len(ids) == count and len(set(ids)) == count, len(ids)
    assert unread == min(UNREAD, count), unread
    assert all(not card.read for card in cards)
    assert all(photo.is_file() for card in cards for photo in card.photos)
    assert count == 0 or sum(len(card.photos) for card in cards) > 0
    report = {"peak_kb": peak}
    if count:
        raw = sqlite3.connect(household.paths.database)

        def raw_ids():
            return [row[0] for row in raw.execute(RAW_SQL)]

        assert raw_ids() == ids, "the raw query and ids() disagree on the wall's order"
        service_times, raw_times = [], []
        for _ in range(TIMED_RUNS):
            start = time.perf_counter()
            household.wall.ids()
            service_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            raw_ids()
            raw_times.append(time.perf_counter() - start)
        raw.close()
        report.update(ids_s=statistics.median(service_times), raw_s=statistics.median(raw_times))
    household.close()
    return report


mode, folder, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
result = {"build": build, "open": open_wall}[mode](folder, count)
assert "PySide6" not in sys.modules, "the wall's services imported Qt"
print(json.dumps(result))
'''


def _child(mode: str, data_dir: Path, count: int) -> dict[str, Any]:
    """Run the child process in one mode; its JSON report."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    result = subprocess.run([sys.executable, "-c", CHILD, mode, str(data_dir), str(count)], env=env,
                            capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    assert result.returncode == 0, f"{mode} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def _mb(report: dict[str, Any]) -> float:
    peak: int = report["peak_kb"]
    assert peak > 0
    return peak / 1024


@pytest.mark.benchmark
@pytest.mark.slow
def test_wall_peak_memory_with_10000_messages_and_1000_photos(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    wall, empty = tmp_path / "wall", tmp_path / "empty"
    built = _child("build", wall, MESSAGES)
    assert built["photos"] == PHOTOS
    built_empty = _child("build", empty, 0)
    opened = _child("open", wall, MESSAGES)
    opened_empty = _child("open", empty, 0)

    peak_mb, base_mb = _mb(opened), _mb(opened_empty)
    ratio = opened["ids_s"] / opened["raw_s"]
    assert math.isfinite(ratio) and ratio > 0

    lines = [f"memory: {MESSAGES} messages + {PHOTOS} photos: peak RSS {peak_mb:.0f} MB "
             f"(baseline {base_mb:.0f} MB, {peak_mb - base_mb:+.0f} MB; target <= {TARGET_MB} MB) "
             f"[building them peaked at {_mb(built):.0f} MB, an empty household {_mb(built_empty):.0f} MB]",
             f"wall ids(): {MESSAGES} ids in {opened['ids_s'] * 1000:.1f} ms vs raw sqlite3 "
             f"{opened['raw_s'] * 1000:.1f} ms, ratio {ratio:.2f}x [medians of alternating runs]"]
    (tmp_path / "wall-memory.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
