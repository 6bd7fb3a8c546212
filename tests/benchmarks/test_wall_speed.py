"""Wall speed benchmark: opening the wall of 100,000 messages, and moving to the next card, in the real window.

The household holds one contact and 100,000 messages two hours apart (the newest 150 unread), one in 25 with a
photo (4,000 rows pointing at one small real PNG), inserted in bulk (executemany, one transaction). The window is
CareLink's own (``build_window``), shown offscreen at 1280x800. Every figure is the time from the action until the
expected words have been *painted* by the card's text label (an event filter records the text at each of its paint
events), polled by turning the event loop by hand (``processEvents`` and a check, in a tight loop) rather than at
pytest-qt's 10 ms:

- open: ``open_screen("wall")`` from the home screen until the newest unread message's words are painted (the
  first page of the wall's order and the first card both go through the background runner). Repeated; each
  opening marks the card on show as read, so the next opening starts at the next message;
- next, warm: ``next()`` once the cards either side are loaded (the screen keeps 2 each side), 20 times;
- next, cold: 20 quick ``next()`` calls with no event handled in between (a far jump), until the 20th card's
  words are painted; none of those cards was loaded. Repeated.

The baseline, measured in the same run: a bare QWidget with a QLabel at the same size, from ``setText`` until the
label has painted those words, i.e. one turn of the event loop. The figures are printed as ratios to it. The targets
(open <= 100 ms, next card <= 16 ms, one frame at 60 Hz) are printed, never asserted (nor is any time): the test
asserts only that the right words were painted in the right order and that the figures are positive and finite.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``True`` at every ``Signal.emit()`` and one to ``None`` at every
``processEvents()`` call (so at every pytest-qt wait too) and every background job handed back. The tight loop
above calls processEvents() some 100,000 times a second, so it would deallocate ``None`` and abort the process
("none_dealloc") within a second or two. When the emit() leak is detected, the test first gives ``True``, ``False``
and ``None`` a very large reference count (CPython 3.12 makes them immortal), and says so in its output.

Set ``CARELINK_PROFILE_WALL=1`` to also print a cProfile of one more opening, sorted by cumulative time.

Run it with ``python -m pytest tests/benchmarks/test_wall_speed.py -q -s``.
"""

from __future__ import annotations

import cProfile
import ctypes
import io
import math
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from carelink.app import build_window
from carelink.demo.pictures import make_scene
from carelink.household import Household
from carelink.speech import SilentSpeaker
from carelink.storage.models import MessageRow, PhotoRow
from carelink.ui.main_window import MainWindow
from tests.helpers import FIXED_NOW, make_household

MESSAGES = 100_000
UNREAD = 150  # the newest ones
PHOTO_EVERY = 25  # 4,000 of the 100,000 carry a photo
OPENS = 5
STEPS = 20  # warm next() calls, and the length of each cold jump
JUMPS = 5
BASELINE_TURNS = 30
SIZE = (1280, 800)
TIMEOUT_S = 30.0
TARGET_OPEN_MS = 100
TARGET_NEXT_MS = 16
PROFILE_ENV = "CARELINK_PROFILE_WALL"
CONTACT = ("Sarah Jones", "sarah@example.org")
LINES = ("The roses are out in the garden and they look lovely.",
         "We're all well here. The children say hello and send lots of love.",
         "Shall I call you on Sunday after lunch? About two o'clock?",
         "Tom passed his driving test today! He is ever so pleased with himself.",
         "I made your apple crumble recipe and it was a great success.")


class _Probe(QObject):
    fired = Signal()


def guard_against_emit_refcount_bug() -> bool:
    """Whether Signal.emit() leaks references to True here (PySide6 6.12.0 on CPython < 3.12). If it does, make
    True, False and None as good as immortal for the rest of the process, so the window's many signals cannot
    deallocate them mid-run; their reference counts are never meant to reach 0 anyway."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # immortal there
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    leaked = before - sys.getrefcount(True) >= 10
    probe.deleteLater()
    if leaked:
        for singleton in (True, False, None):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40  # ob_refcnt comes first
    return leaked


class PaintWatch(QObject):
    """Records the words a label had each time it was painted."""

    def __init__(self, target: QLabel) -> None:
        super().__init__(target)
        self.target = target
        self.painted: list[str] = []
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Paint:
            self.painted.append(self.target.text())
        return False

    def shows(self, words: str) -> Callable[[], bool]:
        """A predicate: have these words been painted since now?"""
        self.painted.clear()
        return lambda: words in self.painted


def time_until(predicate: Callable[[], bool], start: float | None = None, timeout: float = TIMEOUT_S) -> float:
    """Seconds from `start` (default: now) until `predicate()` holds, turning the event loop by hand in between.
    Fails the test after `timeout` seconds."""
    begin = time.perf_counter() if start is None else start
    while True:
        QApplication.processEvents()
        if predicate():
            return time.perf_counter() - begin
        if time.perf_counter() - begin > timeout:
            pytest.fail(f"not done within {timeout:.0f} s")


def settle(window: MainWindow) -> None:
    """Let every background job finish and be handed back (loads of the neighbours, marking read, ids())."""
    time_until(lambda: not window.runner.busy)


def message_text(number: int) -> str:
    """The words of message `number` (1 is the oldest): unique, so each card can be told apart."""
    return "\n\n".join(["Dear Mary,", LINES[number % len(LINES)], LINES[(number * 3 + 1) % len(LINES)],
                        f"This is letter number {number}.", "Love from Sarah"])


def fill_wall(household: Household) -> None:
    """One contact and MESSAGES messages two hours apart, the newest UNREAD unread, every PHOTO_EVERY-th newest
    one with a photo (all pointing at one small real PNG), inserted in one transaction (executemany: ids 1..)."""
    contact = household.contacts.add(*CONTACT)
    photos = household.paths.photos
    photos.mkdir(parents=True, exist_ok=True)
    (photos / "scene.png").write_bytes(make_scene("garden", 1, 320, 240))
    rows, pictures = [], []
    for number in range(1, MESSAGES + 1):
        newest_first = MESSAGES - number  # 0 for the newest
        rows.append({"id": number, "contact_id": contact.id, "sender_email": contact.email,
                     "text": message_text(number), "received": FIXED_NOW - timedelta(hours=2 * newest_first + 1),
                     "read": newest_first >= UNREAD, "kind": "message", "message_id": f"<{number}.wall@example.org>",
                     "subject": f"News ({number})", "references": "", "call_state": ""})
        if newest_first % PHOTO_EVERY == 0:
            pictures.append({"message_id": number, "path": "scene.png"})
    with household.database.session() as session:
        session.execute(insert(MessageRow), rows)
        session.execute(insert(PhotoRow), pictures)


@pytest.fixture
def wall_household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=False)
    fill_wall(home)
    yield home
    home.close()


def bare_turns(qtbot: QtBot) -> list[float]:
    """The baseline: setText on a label in a bare window, until it has painted the words."""
    widget = QWidget()
    qtbot.addWidget(widget)
    words = QLabel("")
    words.setWordWrap(True)
    QVBoxLayout(widget).addWidget(words)
    widget.resize(*SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    watch = PaintWatch(words)
    times = []
    for number in range(BASELINE_TURNS + 1):
        text = message_text(number)
        shown = watch.shows(text)
        start = time.perf_counter()
        words.setText(text)
        times.append(time_until(shown, start))
    return times[1:]  # the first turn lays the label out for the first time


def _ms(seconds: float) -> float:
    assert math.isfinite(seconds) and seconds > 0
    return seconds * 1000


@pytest.mark.benchmark
@pytest.mark.slow
def test_wall_open_and_next_card_with_100000_messages(qtbot: QtBot, wall_household: Household,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    household = wall_household
    guarded = guard_against_emit_refcount_bug()
    texts = {number: message_text(number) for number in range(1, MESSAGES + 1)}  # ids are 1..MESSAGES, in order
    speaker = SilentSpeaker()
    window = build_window(household, speaker)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    settle(window)
    wall = window.wall
    watch = PaintWatch(wall.card.text)

    def open_wall() -> tuple[float, list[int]]:
        """Open the wall from home; how long until the first card was painted, and the order it opened with."""
        window.open_screen("home")
        settle(window)
        order = household.wall.ids()  # what the screen is about to read (nothing changes in between)
        shown = watch.shows(texts[order[0]])
        start = time.perf_counter()
        window.open_screen("wall")
        elapsed = time_until(shown, start)
        assert wall.current_id() == order[0]
        settle(window)
        return elapsed, order

    try:
        baseline = bare_turns(qtbot)

        # (a) Opening the wall. Each opening marks its first card read, so the next starts one message on.
        opens, orders = [], []
        for _ in range(OPENS):
            elapsed, order = open_wall()
            opens.append(elapsed)
            orders.append(order)
        assert [order[0] for order in orders] == list(range(MESSAGES, MESSAGES - OPENS, -1))  # newest unread first
        order = orders[-1]
        assert len(order) == MESSAGES and len(set(order)) == MESSAGES

        # (b) Next card, warm: the neighbours were loaded (settle) before each press.
        warm = []
        for index in range(1, STEPS + 1):
            shown = watch.shows(texts[order[index]])
            start = time.perf_counter()
            wall.next()
            warm.append(time_until(shown, start))
            assert wall.current_id() == order[index]
            settle(window)

        # Next card, cold: a far jump of STEPS quick presses, to a card that nobody had loaded.
        cold = []
        position = STEPS
        for _ in range(JUMPS):
            position += STEPS
            shown = watch.shows(texts[order[position]])
            start = time.perf_counter()
            for _ in range(STEPS):
                wall.next()
            cold.append(time_until(shown, start))
            assert wall.current_id() == order[position]
            card = wall.current_card()
            assert card is not None and card.message.text == texts[order[position]]
            settle(window)

        profile_text = ""
        if os.environ.get(PROFILE_ENV):
            window.open_screen("home")
            settle(window)
            expected = texts[household.wall.ids()[0]]
            shown = watch.shows(expected)
            profiler = cProfile.Profile()
            profiler.enable()
            window.open_screen("wall")
            time_until(shown)
            profiler.disable()
            settle(window)
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
            profile_text = out.getvalue()
    finally:
        window.runner.wait()
        window.close()
        speaker.close()

    turn = _ms(statistics.median(baseline))
    open_first, open_median = _ms(opens[0]), _ms(statistics.median(opens))
    warm_median, warm_worst = _ms(statistics.median(warm)), _ms(max(warm))
    cold_median = _ms(statistics.median(cold))
    lines = [f"wall: open with {MESSAGES} messages {open_median:.1f} ms (target <= {TARGET_OPEN_MS} ms), "
             f"next card {warm_median:.1f} ms median (target <= {TARGET_NEXT_MS} ms); "
             f"one bare event-loop turn {turn:.2f} ms; "
             f"ratios: open {open_median / turn:.0f}x, next {warm_median / turn:.1f}x a bare turn",
             f"wall: open first time {open_first:.1f} ms, median of {OPENS} {open_median:.1f} ms; next card warm "
             f"median {warm_median:.1f} ms, worst {warm_worst:.1f} ms [{STEPS} presses]; cold jump of {STEPS} "
             f"presses {cold_median:.1f} ms median ({cold_median / turn:.0f}x a bare turn) [{JUMPS} jumps]"]
    if guarded:
        lines.append("wall: NOTE this PySide6 leaks references to True (each Signal.emit()) and None (each "
                     "processEvents() and background job): True/False/None were padded so that the run could finish")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
        if profile_text:
            print(profile_text)
