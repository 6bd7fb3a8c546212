"""The PIN pad slows a guesser down: after 3 wrong PINs it rests for 30 seconds, says so in plain words, counts
down, and takes the PIN again when the time has passed (the household's clock is a settable one)."""

from __future__ import annotations

import functools
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.clock import SettableClock
from carelink.household import Household
from carelink.ui.main_window import MainWindow
from tests.ui.test_settings_screen import type_pin

WAIT_MESSAGE = "Wrong PIN 3 times. Please wait 30 seconds, then try again."


def _clock(household: Household) -> SettableClock:
    assert isinstance(household.clock, SettableClock)
    return household.clock


def _open_gate(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.home.settings_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "pin"


def _type_wrong(qtbot: QtBot, window: MainWindow, household: Household, times: int) -> None:
    start = household.pin.waiting().failures
    for count in range(start + 1, start + times + 1):
        type_pin(qtbot, window, "9999")
        qtbot.waitUntil(functools.partial(_failures_are, household, count))
        qtbot.waitUntil(functools.partial(_answered, window))  # the pad takes the next PIN once this one's answered


def _failures_are(household: Household, count: int) -> bool:
    return household.pin.waiting().failures == count


def _answered(window: MainWindow) -> bool:
    return not window.pin_gate.checking


def _pad_enabled(window: MainWindow) -> bool:
    return all(key.isEnabled() for key in window.pin_gate.keys.values())


def test_three_wrong_pins_rest_the_pad_and_say_so_then_it_opens_after_the_wait(
        qtbot: QtBot, window: MainWindow, household: Household) -> None:
    _open_gate(qtbot, window)
    _type_wrong(qtbot, window, household, 2)
    qtbot.waitUntil(lambda: "not right" in window.pin_gate.message.text())
    assert _pad_enabled(window)
    _type_wrong(qtbot, window, household, 1)  # the third
    qtbot.waitUntil(lambda: window.pin_gate.message.text() == WAIT_MESSAGE)
    assert not any(key.isEnabled() for key in window.pin_gate.keys.values())
    assert window.pin_gate.resting

    qtbot.keyClicks(window.pin_gate, "1234")  # the right PIN, typed on the keyboard while it rests
    qtbot.wait(300)
    assert window.current_screen() == "pin"
    assert household.pin.waiting().failures == 3, "nothing typed while it rests is even tried"

    _clock(household).advance(timedelta(seconds=10))
    qtbot.waitUntil(lambda: "Please wait 20 seconds" in window.pin_gate.message.text())
    assert not _pad_enabled(window)

    _clock(household).advance(timedelta(seconds=20))
    qtbot.waitUntil(lambda: _pad_enabled(window))
    assert window.pin_gate.message.text() == "You can try the PIN again now."
    type_pin(qtbot, window, "1234")
    qtbot.waitUntil(lambda: window.current_screen() == "settings")


def test_each_later_wrong_pin_makes_the_wait_longer(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    _open_gate(qtbot, window)
    _type_wrong(qtbot, window, household, 3)
    _clock(household).advance(timedelta(seconds=30))
    qtbot.waitUntil(lambda: _pad_enabled(window))
    _type_wrong(qtbot, window, household, 1)
    qtbot.waitUntil(lambda: window.pin_gate.message.text()
                    == "Wrong PIN 4 times. Please wait 60 seconds, then try again.")
    _clock(household).advance(timedelta(seconds=60))
    qtbot.waitUntil(lambda: _pad_enabled(window))
    _type_wrong(qtbot, window, household, 1)
    qtbot.waitUntil(lambda: window.pin_gate.message.text()
                    == "Wrong PIN 5 times. Please wait 2 minutes, then try again.")


def test_a_wait_begun_before_carelink_was_opened_still_holds(qtbot: QtBot, window: MainWindow,
                                                            household: Household) -> None:
    for _ in range(3):
        household.pin.attempt("9999")  # as if typed on the screen before CareLink was closed and opened again
    _open_gate(qtbot, window)
    qtbot.waitUntil(lambda: window.pin_gate.message.text() == WAIT_MESSAGE)
    assert not _pad_enabled(window)
    _clock(household).advance(timedelta(seconds=30))
    qtbot.waitUntil(lambda: _pad_enabled(window))
    type_pin(qtbot, window, "1234")
    qtbot.waitUntil(lambda: window.current_screen() == "settings")
