"""A call made ready while the person reads "Call Sarah?": its own page, view and off-the-record profile are made
then, with the page already drawn for Chromium (a hidden page is neither drawn nor hurried), and pressing Call
puts that very page in the call window: no web view and no profile are made after the press. A real page on
loopback, in Qt WebEngine (the speed this buys is measured in tests/benchmarks/test_call_window_speed.py)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow
from tests.helpers.page_server import serve_page

if TYPE_CHECKING:
    from PySide6.QtWebEngineWidgets import QWebEngineView

if importlib.util.find_spec("PySide6.QtWebEngineWidgets") is None:  # pragma: no cover
    pytest.skip("Qt WebEngine is not installed (PySide6-Addons)", allow_module_level=True)

PAGE = b"<!doctype html><title>call</title><body><h1>A call page</h1></body>"


@pytest.fixture
def page_url() -> Iterator[str]:
    with serve_page(PAGE) as url:
        yield url


def web_engine_objects(window: MainWindow) -> tuple[list[object], list[object]]:
    from PySide6.QtWebEngineCore import QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    return list(window.findChildren(QWebEngineView)), list(window.findChildren(QWebEngineProfile))


def test_call_opens_in_the_page_made_ready_on_call_sarah_with_nothing_made_after_the_press(
        qtbot: QtBot, window: MainWindow, household: Household, page_url: str) -> None:
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    household.calls.set_call_link(sarah.id, page_url, auto_answer=False)
    calling = window.calls.calling
    window.home.tiles["calls"].click()
    next(b for b in window.calls.grid.people if b.contact.id == sarah.id).click()
    assert window.current_screen() == "calls-confirm"
    assert calling.ready.has_page
    ready = calling.ready.widget
    assert ready is not None
    view = cast("QWebEngineView", ready)
    qtbot.waitUntil(lambda: view.url().toString() == "about:blank" and not view.page().isLoading(),
                    timeout=20_000)  # its web engine process has started
    assert not view.isVisible(), "not on the screen: 'Call Sarah?' is"
    assert view.page().isVisible(), "but drawn for Chromium, so the call's page shows the moment it opens"
    views, profiles = web_engine_objects(window)
    assert views == [view] and len(profiles) == 1
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)  # the call's plan is worked out

    window.calls.confirm.call_button.click()
    assert window.current_screen() == "calls-calling"
    assert calling.web is not None and calling.web.widget is view, "the page made ready is the call's page"
    assert web_engine_objects(window) == (views, profiles), "no view and no profile made after the press"
    qtbot.waitUntil(lambda: calling.state == "in_call", timeout=20_000)
    assert view.isVisible() and view.url().toString() == page_url
    calling.hang_up_button.click()
    assert window.current_screen() == "home"
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=20_000)
