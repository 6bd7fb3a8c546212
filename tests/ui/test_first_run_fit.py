"""First-run setup shows each step whole, without scrolling, at 100%, 200% on 1280×800 and 150% on 1024×600:
the email account's three steps too (who provides it; address and password with the provider's note; the servers
for "Other"), with a plain message about bad input on show."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.first_run import (
    ADDRESS,
    CARER,
    COUNTRY,
    FAMILY,
    INCOMING,
    LANGUAGE,
    NAME,
    OUTGOING,
    PASSWORD,
    PIN,
    PROVIDER,
)
from tests.helpers.fit import out_of_sight
from tests.ui.conftest import WindowFactory
from tests.ui.test_fit import bundled_font  # noqa: F401  (the font CareLink shows its words in)

SIZES = [(1.0, (1024, 600)), (1.0, (1280, 800)), (2.0, (1280, 800)), (1.5, (1024, 600))]


@pytest.mark.parametrize(("scale", "size"), SIZES, ids=[f"{round(s * 100)}%-{w}x{h}" for s, (w, h) in SIZES])
def test_each_step_fits_without_scrolling(make_window: WindowFactory, qtbot: QtBot, empty_household: Household,
                                          scale: float, size: tuple[int, int]) -> None:
    window = make_window(scale, home=empty_household, size=size)
    steps = window.first_run
    assert steps is not None
    for step, provider in ((NAME, ""), (LANGUAGE, ""), (COUNTRY, ""), (PIN, ""), (PROVIDER, "other"),
                           (ADDRESS, "other"), (PASSWORD, "gmail"), (PASSWORD, "other"), (INCOMING, "other"),
                           (OUTGOING, "other"), (FAMILY, ""), (CARER, "")):
        steps.show_step(step)
        if step == LANGUAGE:
            steps.language.buttons["fr"].click()  # chosen, with its tick (and the steps in French from now on)
        if step == COUNTRY:
            steps.country.buttons["other"].click()  # the longest choice chosen, with its tick
        if provider:
            steps.email.choose_preset(provider)  # chosen, with its tick and the provider's note on app passwords
        if step in (ADDRESS, PASSWORD, INCOMING, OUTGOING):
            steps.next.click()  # nothing typed: a plain message above the step, which must fit too
            assert steps.step() == step and steps.message.text()
        QApplication.processEvents()
        # A changed word (the tick) is laid out again on a later turn of the event loop.
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda: not out_of_sight(window), timeout=2000)
        problems = out_of_sight(window)
        assert not problems, f"step {step + 1} ({provider or 'as it is'}): {problems}"
