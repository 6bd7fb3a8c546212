"""Plugins and fixtures shared by all of CareLink's tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.helpers.patient_qtbot import PatientQtBot

if TYPE_CHECKING:  # the core's tests run with no Qt imported until a test asks for qtbot
    from PySide6.QtWidgets import QApplication

pytest_plugins = ["tests.helpers.mail_servers", "tests.helpers.slow_proxy"]


@pytest.fixture
def qtbot(qapp: QApplication, request: pytest.FixtureRequest) -> PatientQtBot:
    """pytest-qt's qtbot, with 20 s of patience in its waits (tests/helpers/patient_qtbot.py)."""
    return PatientQtBot(request)
