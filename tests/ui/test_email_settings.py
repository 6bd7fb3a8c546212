"""Settings → Email account: provider presets, checking before storing, the password only in the keyring, and
Test connection against real mail servers on loopback."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.app import build_household
from carelink.household import Household
from carelink.secrets import NO_KEYRING_MESSAGE, KeyringSecretStore
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.pages import EmailPage
from tests.helpers import make_clock
from tests.helpers.mail_servers import ImapServer, SmtpServer, account_for
from tests.ui.conftest import WindowFactory

APP_PASSWORD = "abcd efgh ijkl mnop"


def open_email(qtbot: QtBot, window: MainWindow) -> EmailPage:
    window.open_screen("settings", unlocked=True)
    qtbot.mouseClick(window.settings.nav_buttons["email"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["email"]
    assert isinstance(page, EmailPage)
    qtbot.waitUntil(lambda: not window.runner.busy)
    return page


def fill(qtbot: QtBot, page: EmailPage, address: str, password: str) -> None:
    form = page.form
    form.address.clear()
    qtbot.keyClicks(form.address, address)
    form.password.clear()
    qtbot.keyClicks(form.password, password)


def stored_bytes(household: Household) -> bytes:
    files = [household.paths.database, household.paths.database.with_name("carelink.sqlite-wal")]
    return b"".join(path.read_bytes() for path in files if path.exists())


def test_choosing_a_provider_fills_the_servers_and_says_how_to_make_an_app_password(
        qtbot: QtBot, make_window: WindowFactory, empty_household: Household) -> None:
    page = open_email(qtbot, make_window(home=empty_household))
    form = page.form
    assert form.imap_host.text() == "" and not form.note.isVisible()
    qtbot.mouseClick(form.presets["icloud"], Qt.MouseButton.LeftButton)
    assert (form.imap_host.text(), form.imap_port.text()) == ("imap.mail.me.com", "993")
    assert (form.smtp_host.text(), form.smtp_port.text()) == ("smtp.mail.me.com", "587")
    assert form.security.buttons["ssl"].isChecked()
    assert form.note.isVisible() and "App-Specific Passwords" in form.note.text()
    assert form.presets["icloud"].text().startswith("✓"), "the choice is marked by more than colour"
    assert not form.security.buttons["none"].isVisible(), "the GUI offers SSL and STARTTLS only"


def test_typing_an_address_at_a_known_provider_picks_it(qtbot: QtBot, make_window: WindowFactory,
                                                          empty_household: Household) -> None:
    page = open_email(qtbot, make_window(home=empty_household))
    qtbot.keyClicks(page.form.address, "mary.jones@gmail.com")
    assert page.form.presets["gmail"].isChecked()
    assert page.form.imap_host.text() == "imap.gmail.com"
    assert "2-Step Verification" in page.form.note.text()
    qtbot.mouseClick(page.form.presets["other"], Qt.MouseButton.LeftButton)
    assert page.form.imap_host.text() == "", "Other leaves the servers for typing"


def test_a_bad_address_or_server_is_explained_and_nothing_is_stored(
        qtbot: QtBot, make_window: WindowFactory, empty_household: Household) -> None:
    window = make_window(home=empty_household)
    page = open_email(qtbot, window)
    fill(qtbot, page, "not an address", APP_PASSWORD)
    qtbot.mouseClick(page.form.presets["fastmail"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert "address" in page.message.text()
    fill(qtbot, page, "mary@example.org", APP_PASSWORD)
    page.form.imap_host.setText("imap server!")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert "'imap server!' is not a" in page.message.text() and "server name" in page.message.text()
    page.form.imap_host.setText("imap.example.org")
    page.form.imap_port.setText("lots")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert "port must be a number" in page.message.text()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert empty_household.email.account() is None
    assert empty_household.secrets.get_password("mary@example.org") is None


def test_saving_keeps_the_password_in_the_keyring_and_nowhere_else(
        qtbot: QtBot, make_window: WindowFactory, empty_household: Household) -> None:
    window = make_window(home=empty_household)
    page = open_email(qtbot, window)
    fill(qtbot, page, "mary.jones@gmail.com", APP_PASSWORD)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Saved"))
    account = empty_household.email.account()
    assert account is not None
    assert (account.address, account.imap_host, account.smtp_port) == ("mary.jones@gmail.com", "imap.gmail.com", 465)
    assert empty_household.secrets.get_password("mary.jones@gmail.com") == APP_PASSWORD
    assert page.form.password.text() == "", "a saved password is never shown again"
    assert "keep the saved one" in page.form.password_words.text()
    assert APP_PASSWORD.encode() not in stored_bytes(empty_household)

    # Changing only the user name keeps the saved password.
    qtbot.keyClicks(page.form.username, "mary.jones")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Saved"))
    assert empty_household.email.account().username == "mary.jones"  # type: ignore[union-attr]
    assert empty_household.secrets.get_password("mary.jones@gmail.com") == APP_PASSWORD


def test_a_new_account_needs_its_password(qtbot: QtBot, make_window: WindowFactory,
                                          empty_household: Household) -> None:
    page = open_email(qtbot, make_window(home=empty_household))
    fill(qtbot, page, "mary.jones@gmail.com", "")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert "type the password" in page.message.text()
    assert empty_household.email.account() is None


def test_without_a_password_store_nothing_is_stored(qtbot: QtBot, make_window: WindowFactory,
                                                    tmp_path: Path) -> None:
    household = build_household(tmp_path / "nokeyring", demo=False, clock=make_clock(),
                                secrets=KeyringSecretStore(keyring.backends.fail.Keyring()))
    try:
        window = make_window(home=household)
        page = open_email(qtbot, window)
        assert page.keyring.text() == NO_KEYRING_MESSAGE
        fill(qtbot, page, "mary.jones@gmail.com", APP_PASSWORD)
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.message.text() == NO_KEYRING_MESSAGE)
        assert household.email.account() is None
        assert page.save.isEnabled()
    finally:
        household.close()


def test_test_connection_signs_in_to_both_real_servers(qtbot: QtBot, make_window: WindowFactory,
                                                       empty_household: Household, imap_server: ImapServer,
                                                       smtp_server: SmtpServer) -> None:
    empty_household.email.save(account_for(imap_server, smtp_server), imap_server.password)
    window = make_window(home=empty_household)
    page = open_email(qtbot, window)
    assert page.form.security.buttons["none"].isVisible(), "an account set up on the command line shows as it is"
    assert page.form.address.text() == imap_server.user
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert page.message.text() == f"CareLink can fetch and send mail for {imap_server.user}."


def test_test_connection_with_a_wrong_password_says_so(qtbot: QtBot, make_window: WindowFactory,
                                                       empty_household: Household, imap_server: ImapServer,
                                                       smtp_server: SmtpServer) -> None:
    empty_household.email.save(account_for(imap_server, smtp_server), imap_server.password)
    window = make_window(home=empty_household)
    page = open_email(qtbot, window)
    qtbot.keyClicks(page.form.password, "not the password")
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    assert "save first" in page.message.text().lower(), "Test checks the saved account, so unsaved changes wait"
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Saved"))
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert "did not accept the password" in page.message.text()
    assert "app password" in page.message.text()


def test_test_connection_with_no_server_says_it_is_not_answering(qtbot: QtBot, make_window: WindowFactory,
                                                                 empty_household: Household) -> None:
    empty_household.email.save(account_for(), "secret")
    window = make_window(home=empty_household)
    page = open_email(qtbot, window)
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert "not answering" in page.message.text()
