"""Settings → Check-in and concerns (behind the PIN), and the plain warning in Settings while no carer is set up."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.care_page import CarePage
from carelink.ui.settings.pages import PersonPage
from tests.ui.conftest import WindowFactory
from tests.ui.test_settings_screen import unlock


def _care_page(qtbot: QtBot, window: MainWindow) -> CarePage:
    unlock(qtbot, window)
    qtbot.mouseClick(window.settings.nav_buttons["care"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["care"]
    assert isinstance(page, CarePage) and page.isVisible()
    return page


def test_the_page_shows_the_settings_in_plain_words(qtbot: QtBot, window: MainWindow) -> None:
    page = _care_page(qtbot, window)
    assert page.deadline.text() == "11:00"
    assert page.escalate.text() == "60 minutes"
    assert page.alert_carers.buttons["off"].isChecked()


def test_saving_changes_all_three(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    page = _care_page(qtbot, window)
    page.deadline.setText("9:30")
    qtbot.mouseClick(page.alert_carers.buttons["on"], Qt.MouseButton.LeftButton)
    page.escalate.setText("2 hours")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved. “I'm OK today” is expected by 09:30."
    assert household.settings.checkin_deadline == time(9, 30)
    assert household.settings.get("checkin.alert_carers") == "on"
    assert household.settings.escalate_after == timedelta(hours=2)
    assert page.escalate.text() == "2 hours" and page.deadline.text() == "09:30"


def test_an_empty_time_turns_the_alert_off_and_says_so(qtbot: QtBot, window: MainWindow,
                                                       household: Household) -> None:
    page = _care_page(qtbot, window)
    page.deadline.setText("")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert household.settings.checkin_deadline is None
    assert page.message.text() == "Saved. There is no alert when “I'm OK today” does not come."


def test_a_bad_value_is_explained_and_changes_nothing(qtbot: QtBot, window: MainWindow,
                                                      household: Household) -> None:
    page = _care_page(qtbot, window)
    page.deadline.setText("8:00")
    page.escalate.setText("soon")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.message.text() == ("'soon' is not a length of time. Write it like 30 minutes or 2 hours (or 90s, "
                                   "30m, 2h).")
    assert household.settings.checkin_deadline == time(11, 0), "one bad field changes nothing at all"
    page.escalate.setText("45 minutes")
    page.deadline.setText("25:00")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert "is not a time of day" in page.message.text()
    assert household.settings.escalate_after == timedelta(minutes=60)


def test_settings_warns_until_a_carer_is_set(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    unlock(qtbot, window)
    warning = window.settings.no_carer
    assert not warning.isVisible()  # the demo has Jane
    jane = next(person for person in household.contacts.list() if person.role == "carer")
    household.contacts.remove(jane.id)
    qtbot.waitUntil(warning.isVisible)
    assert warning.text().startswith("No carer is set up, so a concern goes to the family instead (")
    assert "Add a carer in Contacts." in warning.text()
    household.contacts.add("Jane Wilson", "jane.carer@example.org", "carer")
    qtbot.waitUntil(lambda: not warning.isVisible())


def test_with_nobody_at_all_settings_says_so(qtbot: QtBot, make_window: WindowFactory,
                                             empty_household: Household) -> None:
    window = make_window(home=empty_household)
    window.open_screen("settings", unlocked=True)
    assert window.settings.no_carer.isVisible()
    assert window.settings.no_carer.text() == ("Nobody is set up to hear about a concern. Add a carer (and the "
                                               "family) in Contacts.")


def test_the_country_can_be_changed_in_settings(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    unlock(qtbot, window)
    qtbot.mouseClick(window.settings.nav_buttons["person"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["person"]
    assert isinstance(page, PersonPage)
    assert page.country.value() == "GB"  # the demo lives in Britain
    qtbot.mouseClick(page.country.buttons["NZ"], Qt.MouseButton.LeftButton)
    assert page.locale_field.text() == "en-NZ" and page.emergency.placeholderText() == "111"
    assert household.settings.emergency_number == "999", "nothing changes before Save"
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert household.settings.emergency_number == "111"
    window.open_screen("concern")
    assert window.concern.banner_text.text() == "If you are in danger now, call 111."


def test_a_french_household_finds_france_and_its_emergency_number(qtbot: QtBot, window: MainWindow,
                                                                  household: Household) -> None:
    """The countries whose language CareLink speaks are offered: a household in France does not have to choose
    "Elsewhere" and type the number."""
    unlock(qtbot, window)
    qtbot.mouseClick(window.settings.nav_buttons["person"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["person"]
    assert isinstance(page, PersonPage)
    qtbot.mouseClick(page.country.buttons["FR"], Qt.MouseButton.LeftButton)
    assert page.locale_field.text() == "en-FR" and page.emergency.placeholderText() == "112"
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert household.settings.emergency_number == "112"
