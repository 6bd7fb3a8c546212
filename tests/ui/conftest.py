"""Fixtures for the pytest-qt tests: a demo household on a fixed clock and its main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from carelink.app import Household, build_window
from carelink.speech import SilentSpeaker
from carelink.ui.main_window import MainWindow
from tests.helpers import make_household

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=True)
    yield home
    home.close()


@pytest.fixture
def empty_household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=False)
    yield home
    home.close()


@pytest.fixture
def speaker() -> Iterator[SilentSpeaker]:
    silent = SilentSpeaker()
    yield silent
    silent.close()


@pytest.fixture
def make_window(qtbot: QtBot, household: Household, speaker: SilentSpeaker) -> WindowFactory:
    def make(scale: float | None = None, home: Household | None = None, size: tuple[int, int] = (1280, 800)
             ) -> MainWindow:
        window = build_window(home or household, speaker, scale)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.runner.busy)
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()
