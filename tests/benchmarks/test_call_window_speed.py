"""Call window benchmark: from pressing "Call Sarah" to the call page having loaded in CareLink's call window,
against a bare QWebEngineView loading the same loopback page, in alternating runs in the same process.

Printed as a ratio of medians (target: at most 1.3x); never asserted (no wall-clock asserts), only that both load.
Run it with ``python -m pytest tests/benchmarks/test_call_window_speed.py -q -s``.
"""

from __future__ import annotations

import functools
import os
import statistics
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.app import build_window, share_gl_contexts
from carelink.household import Household
from carelink.speech import SilentSpeaker
from tests.helpers import make_household

if QApplication.instance() is None:  # on its own; in a full run tests/ui/conftest.py has done it already
    share_gl_contexts()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium's sandbox refuses root (CI)

RUNS = 5
PAGE = b"<!doctype html><title>call</title><body style='background:#202124'><h1>A call page</h1></body>"


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def page_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/call"
    server.shutdown()
    server.server_close()


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=True)
    yield home
    home.close()


@pytest.mark.benchmark
def test_call_window_to_loaded_page_against_a_bare_view(qtbot: QtBot, household: Household, page_url: str) -> None:
    from PySide6.QtWebEngineWidgets import QWebEngineView

    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    household.calls.set_call_link(sarah.id, page_url, auto_answer=False)
    window = build_window(household, SilentSpeaker())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    calling = window.calls.calling
    ours, bare = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        window.calls.call(sarah.id)
        qtbot.waitUntil(lambda: calling.state == "in_call", timeout=30_000)
        ours.append(time.perf_counter() - started)
        calling.hang_up_button.click()
        qtbot.waitUntil(lambda: not window.runner.busy)

        view = QWebEngineView()
        qtbot.addWidget(view)
        view.resize(1248, 650)
        view.show()
        loaded: list[bool] = []
        view.loadFinished.connect(loaded.append)
        started = time.perf_counter()
        view.load(QUrl(page_url))
        qtbot.waitUntil(functools.partial(bool, loaded), timeout=30_000)
        bare.append(time.perf_counter() - started)
        assert loaded == [True]
        view.close()
        view.deleteLater()
    qtbot.wait(500)  # the last page and its private profile are deleted before the test ends
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"\ncall window: Call Sarah → page loaded {statistics.median(ours) * 1000:.0f} ms (median of {RUNS}, "
          f"invite queued and sent first), bare QWebEngineView {statistics.median(bare) * 1000:.0f} ms; "
          f"ratio {ratio:.2f}x (target ≤ 1.3x)")
