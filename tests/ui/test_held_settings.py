"""Settings → Held messages: mail from strangers waits here; it can go on the wall (with its sender added as
family) or be deleted after one more question, and the list follows the held mail wherever it changes."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.channels.email.mime import parse_message
from carelink.household import Household
from carelink.services.held import FAILED_CHECK, UNKNOWN_SENDER
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.held_page import HeldPage
from tests.helpers import FIXED_NOW
from tests.helpers.fakes import family_mail
from tests.helpers.mail_servers import ImapServer, SmtpServer, account_for
from tests.ui.conftest import WindowFactory


def stranger_mail(sender: str, subject: str, text: str, minutes_ago: int = 5) -> bytes:
    """Mail from someone not on the contact list, claiming to be family in its display name."""
    return family_mail(sender, text, subject, minutes_ago, display_name="Your Son David")


def hold(household: Household, sender: str, subject: str, text: str, reason: str = UNKNOWN_SENDER,
         minutes_ago: int = 5) -> int:
    raw = stranger_mail(sender, subject, text, minutes_ago)
    held_id = household.held.hold(parse_message(raw), raw, reason, FIXED_NOW)
    assert held_id is not None
    return held_id


def open_held(qtbot: QtBot, window: MainWindow) -> HeldPage:
    window.open_screen("settings", unlocked=True)
    qtbot.mouseClick(window.settings.nav_buttons["held"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["held"]
    assert isinstance(page, HeldPage)
    return page


def test_held_mail_is_listed_with_its_reason_and_its_words_as_plain_text(
        qtbot: QtBot, window: MainWindow, household: Household) -> None:
    hold(household, "rose@example.net", "Hello from Rose", "<b>Dear Mary</b>, it has been so long.", minutes_ago=5)
    hold(household, "sarah@example.org", "Click here", "Your account is locked", FAILED_CHECK, minutes_ago=50)
    assert window.settings.nav_buttons["held"].text() == "Held messages (2)"
    page = open_held(qtbot, window)
    assert page.list.count() == 2
    first, second = page.list.item(0).text(), page.list.item(1).text()
    assert "rose@example.net" in first and "Hello from Rose" in first and "not on the contact list" in first
    assert "21 Nov 2026, 09:09" in first
    household.settings.set("locale", "fr-FR")  # the month's name is in the household's language
    page.refresh()
    assert "21 nov. 2026, 09:09" in page.list.item(0).text()
    assert "may not really be from them" in second
    assert page.text.text() == "<b>Dear Mary</b>, it has been so long."
    assert page.text.textFormat() == Qt.TextFormat.PlainText, "never rendered as HTML"
    assert page.add_choice.isVisible(), "a stranger can be added as family"
    page.list.setCurrentRow(1)
    assert page.text.text() == "Your account is locked"
    assert not page.add_choice.isVisible(), "Sarah is already on the contact list"


def test_put_on_the_wall_and_add_the_sender_as_family(qtbot: QtBot, window: MainWindow,
                                                        household: Household) -> None:
    hold(household, "rose@example.net", "Hello from Rose", "Dear Mary, it has been so long.")
    page = open_held(qtbot, window)
    qtbot.mouseClick(page.add_choice.buttons["yes"], Qt.MouseButton.LeftButton)
    assert page.add_choice.buttons["yes"].text() == "✓ Also add rose@example.net as family"
    assert page.name.isVisible()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert "type their name" in page.message.text(), "a name is needed to add them"
    qtbot.keyClicks(page.name, "Cousin Rose")
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "on the wall now" in page.message.text())
    assert "Cousin Rose is on the contact list" in page.message.text()
    assert household.held.list() == []
    assert page.list.count() == 0 and not page.list.isVisible()
    assert page.empty.text() == "Nothing is held just now."
    assert window.settings.nav_buttons["held"].text() == "Held messages"
    rose = household.contacts.find_by_email("rose@example.net")
    assert rose is not None and rose.name == "Cousin Rose" and rose.role == "family"
    newest = [m for m in household.wall.messages() if m.text == "Dear Mary, it has been so long."]
    assert len(newest) == 1 and newest[0].sender_name == "Cousin Rose"


def test_put_on_the_wall_alone_shows_the_address_not_the_strangers_name(qtbot: QtBot, window: MainWindow,
                                                                          household: Household) -> None:
    hold(household, "david.price@example.net", "New address", "This is my new email address, Mum.")
    page = open_held(qtbot, window)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: household.held.list() == [])
    qtbot.waitUntil(lambda: page.list.count() == 0)
    [card] = [m for m in household.wall.messages() if m.text == "This is my new email address, Mum."]
    assert card.sender_name == "david.price@example.net"
    assert household.contacts.find_by_email("david.price@example.net") is None


def test_delete_asks_once_more(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    hold(household, "prize@lottery.example", "You have won!", "Send your bank details.")
    hold(household, "rose@example.net", "Hello from Rose", "Dear Mary.", minutes_ago=60)
    page = open_held(qtbot, window)
    assert page.selected() is not None and page.selected().sender_email == "prize@lottery.example"  # type: ignore
    assert not page.confirm_delete.isVisible()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.confirm_delete.isVisible() and page.keep.hasFocus()
    assert "prize@lottery.example" in page.message.text()
    qtbot.mouseClick(page.keep, Qt.MouseButton.LeftButton)
    assert not page.confirm_delete.isVisible()
    assert len(household.held.list()) == 2
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.confirm_delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "has been deleted" in page.message.text())
    assert [h.sender_email for h in household.held.list()] == ["rose@example.net"]
    assert page.list.count() == 1
    assert window.settings.nav_buttons["held"].text() == "Held messages (1)"
    assert not any(m.text == "Send your bank details." for m in household.wall.messages())


def test_the_list_follows_mail_held_on_another_thread(qtbot: QtBot, window: MainWindow,
                                                      household: Household) -> None:
    page = open_held(qtbot, window)
    assert page.empty.text() == "Nothing is held just now."
    worker = threading.Thread(target=hold, args=(household, "rose@example.net", "Hello", "Dear Mary."))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert window.settings.nav_buttons["held"].text() == "Held messages (1)"


def test_mail_held_by_a_real_sync_can_be_put_on_the_wall(qtbot: QtBot, make_window: WindowFactory,
                                                         empty_household: Household, imap_server: ImapServer,
                                                         smtp_server: SmtpServer) -> None:
    empty_household.email.save(account_for(imap_server, smtp_server), imap_server.password)
    imap_server.deliver(stranger_mail("rose@example.net", "Hello from Rose", "Dear Mary, it is Rose."))
    report = empty_household.sync.sync_once()
    assert report.held == 1
    window = make_window(home=empty_household)
    page = open_held(qtbot, window)
    assert page.list.count() == 1
    qtbot.mouseClick(page.add_choice.buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name, "Rose")
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "on the wall now" in page.message.text())
    assert [m.sender_name for m in empty_household.wall.messages()] == ["Rose"]
