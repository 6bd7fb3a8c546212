"""I'm OK today: one tap on Home tells the family; the screen and Home say when; a second tap says it is done."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from carelink.channels.sandbox import SandboxTransport
from carelink.clock import SettableClock
from carelink.household import Household
from carelink.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _notes(household: Household) -> list[str]:
    transport = household.transport
    assert isinstance(transport, SandboxTransport)
    household.courier.send_now()
    return [str(m["Subject"]) for m in transport.outgoing.sent]


def test_one_tap_on_home_tells_the_family(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    assert window.home.tiles["checkin"].text() == "I'm OK today"
    _click(qtbot, window.home.tiles["checkin"])
    assert window.current_screen() == "checkin"
    screen = window.checkin
    qtbot.waitUntil(lambda: screen.done.text() == "✓ You told your family you're OK at 09:14")
    assert screen.done.isVisible() and screen.again.isVisible() and not screen.button.isVisible()
    assert household.checkin.today().checked_in is not None
    assert _notes(household) == ["Mary is OK today"]

    _click(qtbot, screen.home_button)
    qtbot.waitUntil(lambda: "You told your family you're OK at 09:14" in window.home.status_label.text())
    assert window.home.tiles["checkin"].text() == "I'm OK today ✓"
    assert window.home.tiles["checkin"].accessibleName() == "I'm OK today, done"  # no "check mark" read out


def test_the_screens_big_button_tells_them(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    window.open_screen("checkin")
    screen = window.checkin
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert screen.button.isVisible() and not screen.done.isVisible()
    assert "Tap the big button" in screen.words.text()
    _click(qtbot, screen.button)
    qtbot.waitUntil(lambda: screen.done.isVisible())
    assert screen.words.text() == "Thank you. Your family will get your message."


def test_a_second_tap_the_same_day_says_it_is_done(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    _click(qtbot, window.home.tiles["checkin"])
    qtbot.waitUntil(lambda: window.checkin.done.isVisible())
    _click(qtbot, window.checkin.home_button)
    clock = household.clock
    assert isinstance(clock, SettableClock)
    clock.advance(timedelta(hours=2))
    _click(qtbot, window.home.tiles["checkin"])
    screen = window.checkin
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert screen.words.text() == "You have already told your family today, at 09:14."
    assert _notes(household) == ["Mary is OK today"]  # one note, not two

    _click(qtbot, screen.again)  # "Tell them again" does send another
    qtbot.waitUntil(lambda: screen.words.text() == "Thank you. Your family will get your message.")
    assert _notes(household) == ["Mary is OK today", "Mary is OK today"]


def test_the_next_day_starts_afresh(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    household.checkin.check_in()
    household.courier.send_now()  # "told" only once it went
    qtbot.waitUntil(lambda: "You told your family" in window.home.status_label.text())
    clock = household.clock
    assert isinstance(clock, SettableClock)
    clock.advance(timedelta(days=1))
    window.open_screen("checkin")
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.checkin.button.isVisible() and not window.checkin.done.isVisible()
    window.open_screen("home")
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert "You told your family" not in window.home.status_label.text()
    assert window.home.tiles["checkin"].text() == "I'm OK today"


def test_with_no_family_it_says_so(make_window: WindowFactory, qtbot: QtBot, empty_household: Household) -> None:
    window = make_window(home=empty_household)
    window.open_screen("checkin")
    window.checkin.check_in()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert "no family contact" in window.checkin.words.text()
    assert not window.checkin.done.isVisible()
