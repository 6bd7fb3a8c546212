"""The user interface never freezes: background work is handed back on the GUI thread, and the event loop keeps
turning while it runs.

How a stall is proved absent without a test a busy machine can fail: the background work is made slow on purpose
(seconds), so that if any of it ran on the GUI thread the event loop would stop for seconds; the loop's longest
gap must stay under STALL_S, a second, which a busy machine's scheduling never comes near."""

from __future__ import annotations

import functools
import gc
import threading
import time

from PySide6.QtCore import QElapsedTimer, QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from carelink.demo.pictures import SCENES, make_scene
from carelink.household import Household
from carelink.ui.main_window import MainWindow
from carelink.ui.runner import BackgroundRunner

STALL_S = 1.0  # the longest gap the event loop may have while work that takes seconds runs in the background
SLOW_S = 2.5  # how long the deliberately slow work takes


class StallWatch:
    """Ticks every 10 ms on the GUI thread and keeps the longest gap between two ticks, in seconds."""

    def __init__(self) -> None:
        self.longest_s = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        # Collect what earlier tests left behind first: the watch measures the app's background work, not a
        # full collection of a thousand tests' garbage (the app itself freezes its start-up heap; see app.py).
        gc.collect()
        gc.freeze()
        self._clock.start()
        self._timer.start()

    def _tick(self) -> None:
        self.longest_s = max(self.longest_s, self._clock.restart() / 1000)

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()


def test_results_come_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["done_on_gui"] = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]

    runner.run_task(work, done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["done_on_gui"] is True
    assert seen["worker"] != threading.get_ident()


def test_errors_come_back_to_on_error(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("no")

    runner.run_task(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_a_deleted_owner_is_not_called_back(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    owner = QWidget()
    called: list[int] = []
    release = threading.Event()
    runner.run_task(lambda: release.wait(5) and 1, called.append, owner=owner)
    owner.deleteLater()
    QApplication.processEvents()
    release.set()
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    assert called == []


def test_the_event_loop_never_stalls_while_background_work_runs(qtbot: QtBot, window: MainWindow,
                                                                household: Household) -> None:
    watch = StallWatch()
    finished: list[int] = []
    jobs = 0
    slow_took: list[float] = []

    def heavy(seed: int) -> int:
        # Real work of the kinds the app does off the GUI thread: database reads and picture making.
        household.wall.messages()
        make_scene(SCENES[seed % len(SCENES)], seed=seed, width=640, height=480)
        return seed

    def slow() -> int:
        # Work that takes seconds (a mail server answering late): on the GUI thread it would be a stall of seconds.
        started = time.monotonic()
        time.sleep(SLOW_S)
        slow_took.append(time.monotonic() - started)
        return -1

    watch.start()
    window.runner.run_task(slow, finished.append)
    jobs += 1
    for seed in range(40):
        window.runner.run_task(functools.partial(heavy, seed), finished.append)
        jobs += 1
    # Meanwhile the person moves around the app.
    for screen in ("wall", "home", "calls", "home", "concern", "home", "pin", "home"):
        window.open_screen(screen)
        qtbot.wait(30)
    qtbot.waitUntil(lambda: len(finished) == jobs, timeout=20_000)
    watch.stop()
    assert sorted(finished) == list(range(-1, jobs - 1))
    assert slow_took[0] >= SLOW_S - 0.1, "the slow work really took seconds"
    assert watch.longest_s < STALL_S, f"the event loop stalled for {watch.longest_s:.2f} s"
