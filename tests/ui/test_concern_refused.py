"""A mail server that refuses everything for good (554), through the real screens: a real household with its account
on loopback SMTP and IMAP servers, a real SQLite file. Nothing left the computer, so nothing may say "sent",
"told" or "up to date": Mary is told whom to phone, and the family sees why in Settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.services.status import Connection
from carelink.translation import Translations
from carelink.ui.settings.contacts_page import ContactsPage
from tests.helpers.fakes import live_household
from tests.helpers.mail_servers import ImapServer, SmtpServer
from tests.ui.conftest import WindowFactory

JANE = ("Jane Wilson", "jane.carer@example.org")
BOB = ("Bob Backup", "bob.backup@example.org")


@pytest.fixture
def refused(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Iterator[Household]:
    home = live_household(tmp_path, imap_server, smtp_server)
    home.contacts.add(*JANE, role="carer", phone="01234 567890")
    home.contacts.add(*BOB, role="carer", backup=True)
    home.status.set(Connection.UP_TO_DATE)
    smtp_server.refuse("554 5.7.1 Transaction failed: sending refused")
    yield home
    home.close()


def test_a_concern_nobody_could_be_sent_tells_mary_to_phone_jane_and_home_is_not_up_to_date(
        make_window: WindowFactory, qtbot: QtBot, refused: Household, smtp_server: SmtpServer) -> None:
    window = make_window(home=refused)
    qtbot.mouseClick(window.home.tiles["concern"], Qt.MouseButton.LeftButton)
    screen = window.concern
    qtbot.mouseClick(screen.choices.buttons["unwell"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.words_next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.call_back.buttons["no"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.progress.text() == "CareLink could not send this. Please phone Jane Wilson on "
                                                      "01234 567890", timeout=20_000)
    assert smtp_server.messages == []
    stored = refused.concerns.latest()
    assert stored is not None and stored.status == "failed" and stored.sent is None

    window.go_home()
    qtbot.waitUntil(lambda: "Please phone Jane Wilson on 01234 567890" in window.home.status_label.text())
    status = window.home.status_label.text()
    assert "up to date" not in status and "told" not in status and "Sent" not in status
    assert "Something important could not be sent" in status
    assert "up to date" not in window.home.summary()

    contacts = window.settings.pages["contacts"]  # the family's view, behind the PIN
    assert isinstance(contacts, ContactsPage)
    contacts.entered()
    qtbot.waitUntil(lambda: "A concern could not be sent to jane.carer@example.org" in contacts.not_sent.text())
    assert "554" in contacts.not_sent.text() or "refused" in contacts.not_sent.text()
    # The server's refusal is stored as its sentence and values: a family member who reads Welsh sees it in Welsh
    item = next(i for i in refused.outbox.list() if i.kind == "concern")
    assert item.problem is not None and item.last_error == item.problem.message
    welsh = item.problem.words(Translations().for_locale("cy-GB"))
    assert welsh != item.last_error
    window.language.use("cy-GB")
    contacts.entered()
    qtbot.waitUntil(lambda: welsh in contacts.not_sent.text())
    assert not contacts.not_sent.text().startswith("A concern"), contacts.not_sent.text()


def test_the_network_coming_back_sends_a_waiting_concern_at_once(
        make_window: WindowFactory, qtbot: QtBot, refused: Household, smtp_server: SmtpServer) -> None:
    """Queued during an outage, its back-off grown: when the system says the network is back, the courier sends it
    then (on the runner), not when its wait runs out."""
    from PySide6.QtNetwork import QNetworkInformation

    window = make_window(home=refused)
    smtp_server.refusals.clear()
    smtp_server.refuse("421 4.3.2 Service not available, closing transmission channel")
    concern = refused.concerns.raise_concern("unwell")
    refused.courier.send_now()
    assert refused.concerns.get(concern.id).status == "queued"
    smtp_server.refusals.clear()
    watch = window.network_watch
    assert watch is not None
    watch.reachability_changed(QNetworkInformation.Reachability.Disconnected)
    assert smtp_server.messages == []
    watch.reachability_changed(QNetworkInformation.Reachability.Online)
    qtbot.waitUntil(lambda: refused.concerns.get(concern.id).status == "sent", timeout=20_000)
    assert [m.rcpt_tos for m in smtp_server.messages] == [[JANE[1]]]
