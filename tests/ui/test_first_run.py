"""First run: a household never set up shows the setup steps instead of Home; finishing them stores the name,
the PIN, the email account and the first contacts; "Try the demo instead" ends on a window on the demo household."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QGridLayout
from pytestqt.qtbot import QtBot

from carelink.app import run_gui, switch_to_demo
from carelink.household import Household
from carelink.speech import SilentSpeaker
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
    FirstRunScreen,
)
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.country_choice import CountryChoice
from tests.helpers import memory_secrets
from tests.ui.conftest import WindowFactory


def wizard(window: MainWindow) -> FirstRunScreen:
    assert window.first_run is not None
    return window.first_run


def press_next(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(wizard(window).next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy)


def test_an_empty_household_is_set_up_step_by_step(qtbot: QtBot, make_window: WindowFactory,
                                                     empty_household: Household) -> None:
    window = make_window(home=empty_household)
    steps = wizard(window)
    assert window.current_screen() == "first_run"
    assert steps.counter.text() == "Step 1 of 9"
    assert not steps.back.isVisible() and steps.demo.isVisible()

    press_next(qtbot, window)
    assert steps.step() == NAME and "name" in steps.message.text()
    qtbot.keyClicks(steps.name, "Mary")
    press_next(qtbot, window)
    assert steps.step() == LANGUAGE and steps.counter.text() == "Step 2 of 9"
    assert empty_household.settings.person_name == "Mary"
    assert [b.text() for b in steps.language.buttons.values()] == \
        ["English", "Cymraeg", "Español", "Français", "Deutsch"], "each language by its own name"
    press_next(qtbot, window)
    assert steps.step() == LANGUAGE and "choose the language" in steps.message.text()
    qtbot.mouseClick(steps.language.buttons["en"], Qt.MouseButton.LeftButton)
    assert steps.language.buttons["en"].text() == "✓ English"
    assert empty_household.settings.get("locale").startswith("en-")
    press_next(qtbot, window)
    assert steps.step() == COUNTRY and steps.counter.text() == "Step 3 of 9"
    assert steps.country.value() == "", "choosing the language never chooses the country"

    press_next(qtbot, window)
    assert steps.step() == COUNTRY and "choose the country" in steps.message.text()
    qtbot.mouseClick(steps.country.buttons["IE"], Qt.MouseButton.LeftButton)
    assert steps.emergency.text() == "112 or 999"
    qtbot.mouseClick(steps.country.buttons["AU"], Qt.MouseButton.LeftButton)
    assert steps.emergency.text() == "000" and steps.country.buttons["AU"].text() == "✓ Australia"
    press_next(qtbot, window)
    assert steps.step() == PIN and steps.counter.text() == "Step 4 of 9"
    assert empty_household.settings.get("locale").endswith("-AU")
    assert empty_household.settings.emergency_number == "000"
    assert empty_household.settings.get("emergency.number") == ""  # the country's own, not a typed copy

    qtbot.keyClicks(steps.pin, "2580")
    qtbot.keyClicks(steps.pin_again, "2581")
    press_next(qtbot, window)
    assert steps.step() == PIN and "different" in steps.message.text()
    steps.pin_again.clear()
    qtbot.keyClicks(steps.pin_again, "2580")
    press_next(qtbot, window)
    assert steps.step() == PROVIDER and steps.counter.text() == "Step 5 of 9"
    assert empty_household.pin.check("2580")
    assert steps.skip.isVisible()

    press_next(qtbot, window)
    assert steps.step() == PROVIDER and "choose who provides the email" in steps.message.text()
    qtbot.mouseClick(steps.email.presets["yahoo"], Qt.MouseButton.LeftButton)
    press_next(qtbot, window)
    assert steps.step() == ADDRESS and steps.counter.text() == "Step 6 of 9"
    assert steps.email.address.hasFocus() and not steps.skip.isVisible() and steps.back.isVisible()
    press_next(qtbot, window)
    assert steps.step() == ADDRESS and "type the email address" in steps.message.text()
    qtbot.keyClicks(steps.email.address, "mary.jones@gmail.com")
    assert steps.email.presets["gmail"].isChecked(), "the address's own provider"
    press_next(qtbot, window)
    assert steps.step() == PASSWORD and steps.counter.text() == "Step 7 of 9" and steps.email.password.hasFocus()
    assert "2-Step Verification" in steps.email.note.text() and steps.email.note.isVisible()
    press_next(qtbot, window)
    assert steps.step() == PASSWORD and "password" in steps.message.text(), "nothing stored without it"
    assert empty_household.email.account() is None
    qtbot.keyClicks(steps.email.password, "abcd efgh ijkl mnop")
    press_next(qtbot, window)
    assert steps.step() == FAMILY and steps.counter.text() == "Step 8 of 9", "no servers to type for Gmail"
    assert empty_household.email.account() is not None
    assert empty_household.secrets.get_password("mary.jones@gmail.com") == "abcd efgh ijkl mnop"

    press_next(qtbot, window)
    assert steps.step() == FAMILY and "at least one family member" in steps.message.text()
    qtbot.keyClicks(steps.family_name, "Sarah Jones")
    qtbot.keyClicks(steps.family_email, "sarah@example.org")
    qtbot.mouseClick(steps.add_another, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert steps.step() == FAMILY and "Sarah Jones" in steps.added.text()
    assert steps.family_name.text() == ""
    qtbot.keyClicks(steps.family_name, "Tom Jones")
    qtbot.keyClicks(steps.family_email, "tom@example.org")
    press_next(qtbot, window)
    assert steps.step() == CARER and steps.next.text() == "Finish" and steps.counter.text() == "Step 9 of 9"

    qtbot.keyClicks(steps.carer_name, "Jane Wilson")
    qtbot.keyClicks(steps.carer_email, "jane.carer@example.org")
    press_next(qtbot, window)
    assert window.current_screen() == "home"
    people = {(c.name, c.role) for c in empty_household.contacts.list()}
    assert people == {("Sarah Jones", "family"), ("Tom Jones", "family"), ("Jane Wilson", "carer")}


def test_email_and_carer_can_be_skipped_and_back_keeps_what_was_saved(
        qtbot: QtBot, make_window: WindowFactory, empty_household: Household) -> None:
    window = make_window(home=empty_household)
    steps = wizard(window)
    qtbot.keyClicks(steps.name, "Mary")
    press_next(qtbot, window)
    qtbot.mouseClick(steps.language.buttons["en"], Qt.MouseButton.LeftButton)
    press_next(qtbot, window)
    qtbot.mouseClick(steps.country.buttons["other"], Qt.MouseButton.LeftButton)
    assert steps.emergency.text() == ""
    press_next(qtbot, window)
    assert steps.step() == COUNTRY and "number to call in an emergency" in steps.message.text()
    qtbot.keyClicks(steps.emergency, "112")
    press_next(qtbot, window)
    assert empty_household.settings.emergency_number == "112"
    qtbot.keyClicks(steps.pin, "1357")
    qtbot.keyClicks(steps.pin_again, "1357")
    press_next(qtbot, window)
    qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    assert steps.step() == PIN
    press_next(qtbot, window)  # nothing typed: the PIN chosen before stays
    assert steps.step() == PROVIDER and empty_household.pin.check("1357")
    qtbot.mouseClick(steps.skip, Qt.MouseButton.LeftButton)
    assert steps.step() == FAMILY and empty_household.email.account() is None
    qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    assert steps.step() == PROVIDER, "back to the skipped account's first question"
    qtbot.mouseClick(steps.email.presets["fastmail"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(steps.next, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(steps.email.address, "mary@fastmail.com")
    qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    assert steps.step() == PROVIDER and steps.email.address.text() == "mary@fastmail.com", "typing stays"
    qtbot.mouseClick(steps.skip, Qt.MouseButton.LeftButton)
    assert steps.step() == FAMILY and empty_household.email.account() is None, "Skip stores nothing"
    qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    assert steps.step() == PROVIDER and steps.email.provider() == "" and steps.email.address.text() == "", \
        "skipped: nothing kept"
    qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    assert steps.step() == COUNTRY and steps.country.value() == "other" and steps.emergency.text() == "112"
    qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    assert steps.step() == LANGUAGE and steps.language.value() == "en", "the language as it was chosen"
    qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    assert steps.step() == NAME and steps.name.text() == "Mary"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_screen() == "first_run", "Escape does not skip the setup"
    steps.show_step(FAMILY)
    qtbot.keyClicks(steps.family_name, "Sarah Jones")
    qtbot.keyClicks(steps.family_email, "sarah@example")
    press_next(qtbot, window)
    assert steps.step() == FAMILY and "address" in steps.message.text()
    steps.family_email.clear()
    qtbot.keyClicks(steps.family_email, "sarah@example.org")
    press_next(qtbot, window)
    qtbot.mouseClick(steps.skip, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "home"
    assert [c.role for c in empty_household.contacts.list()] == ["family"]


def test_a_household_already_set_up_starts_at_home(make_window: WindowFactory, empty_household: Household) -> None:
    empty_household.settings.set("person.name", "Mary")
    window = make_window(home=empty_household)
    assert window.first_run is None and window.current_screen() == "home"


def test_the_demo_household_starts_at_home(window: MainWindow) -> None:
    assert window.first_run is None and window.current_screen() == "home"


def test_try_the_demo_instead_opens_the_demo_household(qtbot: QtBot, make_window: WindowFactory,
                                                       empty_household: Household,
                                                       speaker: SilentSpeaker, tmp_path: Path) -> None:
    window = make_window(home=empty_household)
    with qtbot.waitSignal(window.demo_requested):
        qtbot.mouseClick(wizard(window).demo, Qt.MouseButton.LeftButton)
    demo_window = switch_to_demo(window, speaker, secrets=memory_secrets())
    qtbot.addWidget(demo_window)
    try:
        assert demo_window.household.demo and demo_window.current_screen() == "home"
        assert demo_window.household.paths.root == tmp_path / "demo", "the demo lives in its own folder"
        assert demo_window.isVisible() and not window.isVisible()
        assert demo_window.household.contacts.list(), "with its pretend family"
        assert empty_household.settings.person_name == "", "the real household is left as it was"
    finally:
        qtbot.waitUntil(lambda: not demo_window.runner.busy)
        demo_window.household.close()


def test_run_gui_switches_to_the_demo_window(qtbot: QtBot, empty_household: Household,
                                             speaker: SilentSpeaker) -> None:
    seen: list[tuple[bool, str]] = []

    def shown() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def press_demo() -> None:
        [window] = shown()
        assert window.first_run is not None
        window.first_run.demo.click()
        QTimer.singleShot(200, look_and_close)

    def look_and_close() -> None:
        windows = shown()
        seen.extend((w.household.demo, w.current_screen()) for w in windows)
        for window in windows:
            window.close()

    QTimer.singleShot(300, press_demo)
    assert run_gui(empty_household, speaker=speaker) == 0
    assert seen == [(True, "home")]


def test_other_provider_asks_for_the_servers_on_steps_of_their_own(qtbot: QtBot, make_window: WindowFactory,
                                                                   empty_household: Household) -> None:
    window = make_window(home=empty_household)
    steps = wizard(window)
    steps.show_step(PROVIDER)
    assert steps.counter.text() == "Step 5 of 9"
    qtbot.mouseClick(steps.email.presets["other"], Qt.MouseButton.LeftButton)
    assert steps.counter.text() == "Step 5 of 11", "two more steps, for the servers"
    assert window.accessibleName().endswith("Setting up, step 5 of 11")
    press_next(qtbot, window)
    assert steps.step() == ADDRESS and steps.counter.text() == "Step 6 of 11"

    qtbot.keyClicks(steps.email.address, "mary at home")
    press_next(qtbot, window)
    assert steps.step() == ADDRESS and "is not an email address" in steps.message.text()
    steps.email.address.clear()
    qtbot.keyClicks(steps.email.address, "mary@example.org")
    press_next(qtbot, window)
    assert steps.step() == PASSWORD and "app password" in steps.email.note.text()
    press_next(qtbot, window)
    assert steps.step() == PASSWORD and "type the password" in steps.message.text()
    qtbot.keyClicks(steps.email.password, "secret words")
    press_next(qtbot, window)
    assert steps.step() == INCOMING and steps.counter.text() == "Step 8 of 11"
    assert steps.email.imap_host.hasFocus() and steps.message.text() == ""
    assert empty_household.email.account() is None, "stored only when the servers are typed"

    press_next(qtbot, window)
    assert steps.step() == INCOMING and "incoming mail server's name" in steps.message.text()
    qtbot.keyClicks(steps.email.imap_host, "mail server")
    press_next(qtbot, window)
    assert steps.step() == INCOMING and "is not a server name" in steps.message.text()
    steps.email.imap_host.clear()
    qtbot.keyClicks(steps.email.imap_host, "imap.example.org")
    steps.email.imap_port.clear()
    qtbot.keyClicks(steps.email.imap_port, "lots")
    press_next(qtbot, window)
    assert steps.step() == INCOMING and "port must be a number" in steps.message.text()
    steps.email.imap_port.clear()
    press_next(qtbot, window)
    assert steps.step() == OUTGOING and steps.counter.text() == "Step 9 of 11"
    press_next(qtbot, window)
    assert steps.step() == OUTGOING and "outgoing mail server's name" in steps.message.text()
    qtbot.keyClicks(steps.email.smtp_host, "smtp server")
    press_next(qtbot, window)
    assert steps.step() == OUTGOING and "is not a server name" in steps.message.text()
    assert empty_household.email.account() is None and empty_household.secrets.get_password("mary@example.org") \
        is None, "nothing stored while any part is wrong"
    steps.email.smtp_host.clear()
    qtbot.keyClicks(steps.email.smtp_host, "smtp.example.org")
    press_next(qtbot, window)
    assert steps.step() == FAMILY and steps.counter.text() == "Step 10 of 11"
    account = empty_household.email.account()
    assert account is not None and (account.imap_host, account.imap_port, account.smtp_host) == \
        ("imap.example.org", 993, "smtp.example.org")
    assert empty_household.secrets.get_password("mary@example.org") == "secret words"

    qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    assert steps.step() == OUTGOING and steps.email.smtp_host.text() == "smtp.example.org", "as saved"
    for _ in range(3):
        qtbot.mouseClick(steps.back, Qt.MouseButton.LeftButton)
    assert steps.step() == ADDRESS and steps.email.address.text() == "mary@example.org"
    steps.email.address.clear()
    qtbot.keyClicks(steps.email.address, "mary.jones@gmail.com")
    assert steps.counter.text() == "Step 6 of 9", "a known provider's address: no servers to type"


def test_a_french_household_is_offered_france_first_with_its_emergency_number(
        qtbot: QtBot, make_window: WindowFactory, empty_household: Household) -> None:
    window, steps = to_the_country_step(qtbot, make_window(home=empty_household), "Marie", "fr")
    offered = shown_in_order(steps.country)
    assert offered == ["FR", "GB", "IE", "US", "CA", "AU", "NZ", "other"], "two rows of four, France first"
    assert steps.country.buttons["FR"].hasFocus(), "the keyboard starts on the first country offered"
    qtbot.mouseClick(steps.country.buttons["FR"], Qt.MouseButton.LeftButton)
    assert steps.emergency.text() == "112" and steps.country.buttons["FR"].text() == "✓ France"
    press_next(qtbot, window)
    assert steps.step() == PIN
    assert empty_household.settings.locale == "fr-FR" and empty_household.settings.emergency_number == "112"
    steps.show_step(PROVIDER)
    qtbot.mouseClick(steps.email.presets["gmail"], Qt.MouseButton.LeftButton)
    assert "validation en deux étapes" in steps.email.note.text(), "the provider's advice in French too"


def test_an_english_household_is_offered_the_english_speaking_countries(
        qtbot: QtBot, make_window: WindowFactory, empty_household: Household) -> None:
    _, steps = to_the_country_step(qtbot, make_window(home=empty_household), "Mary", "en")
    offered = shown_in_order(steps.country)
    assert offered == ["GB", "IE", "US", "CA", "AU", "NZ", "other"]


def to_the_country_step(qtbot: QtBot, window: MainWindow, name: str, language: str
                        ) -> tuple[MainWindow, FirstRunScreen]:
    """The first two steps done as a family would: the name typed, the language chosen."""
    steps = wizard(window)
    qtbot.keyClicks(steps.name, name)
    press_next(qtbot, window)
    qtbot.mouseClick(steps.language.buttons[language], Qt.MouseButton.LeftButton)
    press_next(qtbot, window)
    assert steps.step() == COUNTRY
    return window, steps


def shown_in_order(choices: CountryChoice) -> list[str]:
    """The codes of the choices on show, row by row as they read."""
    grid = choices.layout()
    assert isinstance(grid, QGridLayout)
    places: dict[str, tuple[int, int]] = {}
    for code, button in choices.buttons.items():
        if button.isVisibleTo(choices):
            row, column, _, _ = cast(tuple[int, int, int, int], grid.getItemPosition(grid.indexOf(button)))
            places[code] = (row, column)
    return sorted(places, key=places.__getitem__)


def test_return_in_a_box_goes_on_as_next_would(qtbot: QtBot, make_window: WindowFactory,
                                               empty_household: Household) -> None:
    window = make_window(home=empty_household)
    steps = wizard(window)
    qtbot.keyClicks(steps.name, "Mary")
    qtbot.keyClick(steps.name, Qt.Key.Key_Return)
    assert steps.step() == LANGUAGE and empty_household.settings.person_name == "Mary"
    qtbot.mouseClick(steps.language.buttons["en"], Qt.MouseButton.LeftButton)
    press_next(qtbot, window)
    qtbot.mouseClick(steps.country.buttons["other"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(steps.emergency, "112")
    qtbot.keyClick(steps.emergency, Qt.Key.Key_Return)
    assert steps.step() == PIN
    qtbot.keyClicks(steps.pin, "2468")
    qtbot.keyClick(steps.pin, Qt.Key.Key_Return)
    assert steps.step() == PIN and steps.pin_again.hasFocus(), "the PIN's second box next"
    qtbot.keyClicks(steps.pin_again, "2468")
    qtbot.keyClick(steps.pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: steps.step() == PROVIDER)  # the PIN is stored in the background
    assert empty_household.pin.check("2468")
