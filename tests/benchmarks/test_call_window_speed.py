"""Call window benchmark: from pressing "Call Sarah" to the call page's first paint in CareLink's call window
(its own background colour on the screen, read from the view), against a bare QWebEngineView loading the same
loopback page to its first paint, in alternating runs in the same process.

Two ways, each printed as a ratio of medians (target: at most 1.3x), never asserted (no wall-clock asserts):
- as a person calls: "Call Sarah?" is on the screen for PAUSE_S before the press (CareLink makes the call's
  page meanwhile, with its own new off-the-record profile); the bare view is made and shown as long before it
  loads (Chromium keeps a spare renderer for its default profile, which the bare view uses);
- straight away: the call starts with no pause, and the bare view loads as soon as it is made.
The invite is stored and sent in the background in both (the demo household's sandbox mail).
Run it with ``python -m pytest tests/benchmarks/test_call_window_speed.py -q -s``.
"""

from __future__ import annotations

import functools
import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from carelink.app import build_window, share_gl_contexts
from carelink.household import Household
from carelink.speech import SilentSpeaker
from carelink.ui.main_window import MainWindow
from tests.helpers import make_household
from tests.helpers.page_server import serve_page

if QApplication.instance() is None:  # on its own; in a full run tests/ui/conftest.py has done it already
    share_gl_contexts()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium's sandbox refuses root (CI)

RUNS = 11  # medians of 11 alternating runs: steadier on a busy machine than 7
PAUSE_S = 1.0  # a person reading "Call Sarah?" before pressing it (it takes longer, really)
PAGE_COLOUR = "#202124"
PAGE = b"<!doctype html><title>call</title><body style='background:#202124'><h1>A call page</h1></body>"


@pytest.fixture
def page_url() -> Iterator[str]:
    with serve_page(PAGE) as url:
        yield url


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=True)
    yield home
    home.close()


def _painted(view: QWidget) -> bool:
    """The page's own background is on the screen (its first paint), as the person would see it."""
    return view.grab().toImage().pixelColor(8, view.height() // 2).name() == PAGE_COLOUR


def _ours(qtbot: QtBot, window: MainWindow, sarah_id: int, pause_s: float) -> float:
    """Call Sarah → her page painted in the call window. With `pause_s`, the person first reads "Call Sarah?"
    for that long (the call's page is made meanwhile); without, the call starts straight away."""
    calling = window.calls.calling
    if pause_s:
        window.calls.ask(sarah_id)
        qtbot.wait(int(pause_s * 1000))
        started = time.perf_counter()
        window.calls.confirm.call_button.click()
    else:
        started = time.perf_counter()
        window.calls.call(sarah_id)
    qtbot.waitUntil(lambda: calling.state == "in_call", timeout=30_000)
    view = calling.web.widget if calling.web is not None else None
    assert view is not None
    qtbot.waitUntil(lambda: _painted(view), timeout=30_000)
    took = time.perf_counter() - started
    calling.hang_up_button.click()
    qtbot.waitUntil(lambda: not window.runner.busy)
    return took


def _bare(qtbot: QtBot, url: str, pause_s: float) -> float:
    """A bare QWebEngineView (the default profile) made and shown `pause_s` before it loads the same page."""
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    qtbot.addWidget(view)
    view.resize(1248, 650)
    view.show()
    if pause_s:
        qtbot.wait(int(pause_s * 1000))
    loaded: list[bool] = []
    view.loadFinished.connect(loaded.append)
    started = time.perf_counter()
    view.load(QUrl(url))
    qtbot.waitUntil(functools.partial(bool, loaded), timeout=30_000)
    qtbot.waitUntil(lambda: _painted(view), timeout=30_000)
    took = time.perf_counter() - started
    assert loaded == [True]
    view.close()
    view.deleteLater()
    qtbot.wait(300)
    return took


@pytest.mark.benchmark
def test_call_window_to_painted_page_against_a_bare_view(qtbot: QtBot, household: Household, page_url: str) -> None:
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    household.calls.set_call_link(sarah.id, page_url, auto_answer=False)
    window = build_window(household, SilentSpeaker())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    _ours(qtbot, window, sarah.id, 0)  # the first call of the run loads Qt WebEngine itself: not counted
    _bare(qtbot, page_url, 0)
    for pause_s, what in ((PAUSE_S, f'after {PAUSE_S:.0f} s on "Call Sarah?"'), (0, "straight away")):
        ours, bare = [], []
        for _ in range(RUNS):  # alternating, so both see the same load on the machine
            ours.append(_ours(qtbot, window, sarah.id, pause_s))
            bare.append(_bare(qtbot, page_url, pause_s))
        ratio = statistics.median(ours) / statistics.median(bare)
        print(f"\ncall window, {what}: Call Sarah → page painted {statistics.median(ours) * 1000:.0f} ms (median of "
              f"{RUNS}; {min(ours) * 1000:.0f}–{max(ours) * 1000:.0f}), bare QWebEngineView "
              f"{statistics.median(bare) * 1000:.0f} ms ({min(bare) * 1000:.0f}–{max(bare) * 1000:.0f}); "
              f"ratio {ratio:.2f}x (target ≤ 1.3x)")
    qtbot.wait(500)  # the last page and its private profile are deleted before the test ends
