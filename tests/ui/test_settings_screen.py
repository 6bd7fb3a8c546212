"""Settings behind the PIN: the gate, text size and contrast, contacts, the person, the PIN itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.demo.pictures import make_scene
from carelink.household import Household
from carelink.speech import SilentSpeaker
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.contacts_page import ContactsPage
from carelink.ui.settings.pages import DisplayPage, PersonPage, PinPage
from tests.ui.conftest import WindowFactory


def type_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(window.pin_gate.keys[digit], Qt.MouseButton.LeftButton)


def unlock(qtbot: QtBot, window: MainWindow, pin: str = "1234") -> None:
    qtbot.mouseClick(window.home.settings_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "pin"
    type_pin(qtbot, window, pin)
    qtbot.waitUntil(lambda: window.current_screen() == "settings")


def test_settings_needs_the_pin(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.home.settings_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "pin"
    assert window.pin_gate.demo_note.isVisible(), "the demo says what its PIN is"
    type_pin(qtbot, window, "9999")
    qtbot.waitUntil(lambda: "not right" in window.pin_gate.message.text())
    assert window.current_screen() == "pin"
    type_pin(qtbot, window, "1234")
    qtbot.waitUntil(lambda: window.current_screen() == "settings")


def test_the_pin_can_be_typed_on_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.open_screen("settings")
    qtbot.keyClicks(window.pin_gate, "1234")
    qtbot.waitUntil(lambda: window.current_screen() == "settings")


def test_closing_settings_locks_them_again(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    qtbot.mouseClick(window.settings.home_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "home"
    qtbot.mouseClick(window.home.settings_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "pin"


def test_first_time_the_family_chooses_a_pin(qtbot: QtBot, make_window: WindowFactory,
                                             empty_household: Household) -> None:
    window = make_window(home=empty_household)
    assert not empty_household.pin.is_set()
    window.open_screen("settings")
    assert "Choose" in window.pin_gate.prompt.text()
    assert not window.pin_gate.demo_note.isVisible()
    type_pin(qtbot, window, "2580")
    assert "again" in window.pin_gate.prompt.text()
    type_pin(qtbot, window, "2581")
    assert "different" in window.pin_gate.message.text()
    assert not empty_household.pin.is_set()
    type_pin(qtbot, window, "2580")
    type_pin(qtbot, window, "2580")
    qtbot.waitUntil(lambda: window.current_screen() == "settings")
    assert empty_household.pin.check("2580")


def test_text_size_change_relays_out_the_app(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    unlock(qtbot, window)
    page = window.settings.pages["display"]
    assert isinstance(page, DisplayPage)
    body_before = window.home.status_label.font().pointSizeF()
    heading_before = window.home.date_label.font().pointSizeF()
    qtbot.mouseClick(page.sizes.buttons["200"], Qt.MouseButton.LeftButton)
    assert household.settings.get("display.text_size") == "200"
    QApplication.processEvents()
    assert window.home.status_label.font().pointSizeF() == 2 * body_before
    assert window.home.date_label.font().pointSizeF() > heading_before
    assert page.sizes.buttons["200"].isChecked()
    assert page.sizes.buttons["200"].text().startswith("✓"), "the choice is marked by more than colour"


def test_high_contrast_is_applied(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    unlock(qtbot, window)
    page = window.settings.pages["display"]
    assert isinstance(page, DisplayPage)
    qtbot.mouseClick(page.contrast.buttons["on"], Qt.MouseButton.LeftButton)
    assert household.settings.high_contrast
    assert "#000000" in QApplication.instance().styleSheet()  # type: ignore[union-attr]


def open_contacts(qtbot: QtBot, window: MainWindow) -> ContactsPage:
    unlock(qtbot, window)
    qtbot.mouseClick(window.settings.nav_buttons["contacts"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["contacts"]
    assert isinstance(page, ContactsPage)
    return page


def test_add_a_contact_with_a_photo(qtbot: QtBot, window: MainWindow, household: Household, tmp_path: Path) -> None:
    page = open_contacts(qtbot, window)
    before = len(household.contacts.list())
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.name, "Bob Wilson")
    qtbot.keyClicks(page.form.email, "bob@example.org")
    qtbot.mouseClick(page.form.role.buttons["carer"], Qt.MouseButton.LeftButton)
    assert page.form.backup.isVisible()
    qtbot.mouseClick(page.form.backup.buttons["yes"], Qt.MouseButton.LeftButton)
    assert page.form.language.isVisible(), "a carer's emails may be in their own language"
    assert page.form.language.value() == "en", "the household's language until another is chosen"
    qtbot.mouseClick(page.form.language.buttons["de"], Qt.MouseButton.LeftButton)
    photo = tmp_path / "bob.png"
    photo.write_bytes(make_scene("garden"))
    page.form.set_photo(photo)
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0)
    people = household.contacts.list()
    assert len(people) == before + 1
    bob = next(p for p in people if p.email == "bob@example.org")
    assert bob.role == "carer" and bob.backup and bob.language == "de"
    assert bob.photo is not None and bob.photo.exists()
    assert any("Bob Wilson" in page.list.item(i).text() for i in range(page.list.count()))


def test_a_bad_email_is_explained_and_nothing_is_stored(qtbot: QtBot, window: MainWindow,
                                                        household: Household) -> None:
    page = open_contacts(qtbot, window)
    before = household.contacts.list()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.name, "Bob")
    qtbot.keyClicks(page.form.email, "bob at example")
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not an email address" in page.form.message.text())
    assert page.form.isVisible(), "the form stays open with what was typed"
    assert page.form.name.text() == "Bob"
    assert household.contacts.list() == before


def test_change_and_remove_a_contact(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    page = open_contacts(qtbot, window)
    page.list.setCurrentRow(0)
    first = page.selected()
    assert first is not None
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    page.form.name.clear()
    qtbot.keyClicks(page.form.name, "Sally Jones")
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0)
    assert household.contacts.get(first.id).name == "Sally Jones"

    page.list.setCurrentRow(0)
    target = page.selected()
    assert target is not None
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.confirm_remove.isVisible()
    assert target.name in page.confirm_remove.text()
    qtbot.mouseClick(page.confirm_remove, Qt.MouseButton.LeftButton)
    assert all(p.id != target.id for p in household.contacts.list())


def test_the_family_is_told_when_no_carer_is_set_up(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    page = open_contacts(qtbot, window)
    assert not page.no_carer.isVisible()  # the demo has Jane
    jane = next(person for person in household.contacts.list() if person.role == "carer")
    page.list.setCurrentRow(next(i for i, person in enumerate(household.contacts.list()) if person.id == jane.id))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.confirm_remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.no_carer.isVisible)
    assert "Report a concern" in page.no_carer.text()


def test_person_page_rejects_a_bad_locale_and_changes_nothing(qtbot: QtBot, window: MainWindow,
                                                              household: Household) -> None:
    unlock(qtbot, window)
    qtbot.mouseClick(window.settings.nav_buttons["person"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["person"]
    assert isinstance(page, PersonPage)
    page.name.setText("Margaret")
    page.locale_field.setText("english please")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert "not a locale" in page.message.text()
    assert household.settings.person_name == "Mary", "one bad field changes nothing at all"
    page.locale_field.setText("en-AU")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert household.settings.person_name == "Margaret"
    assert household.settings.emergency_number == "000"


def test_change_the_pin(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    unlock(qtbot, window)
    qtbot.mouseClick(window.settings.nav_buttons["change_pin"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["change_pin"]
    assert isinstance(page, PinPage)
    qtbot.keyClicks(page.first, "4321")
    qtbot.keyClicks(page.second, "4322")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert "different" in page.message.text()
    page.second.clear()
    qtbot.keyClicks(page.second, "4321")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed" in page.message.text())
    assert household.pin.check("4321")
    assert not household.pin.check("1234")


def test_the_chosen_voice_speed_is_used_from_the_start(make_window: WindowFactory, household: Household,
                                                       speaker: SilentSpeaker) -> None:
    household.settings.set("speech.rate", "slow")
    make_window()
    assert speaker.rate == "slow"
