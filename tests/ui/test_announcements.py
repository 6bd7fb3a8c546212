"""Live announcements for a screen reader, and the window's name following the screen: a new message arriving says
who wrote, a reply is announced "Sent to Sarah" only once the mail server took it (never while it waits in an
outage), Read aloud says so, and the window is called "CareLink — Messages, 1 of 12". Real widgets, real SQLite,
real SMTP and IMAP servers on loopback. (A screen reader hearing them through AT-SPI: tests/accessibility.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QStatusBar
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.announce import Announcer, can_announce, joined_names, new_messages_words
from carelink.ui.language import LanguageSwitch
from carelink.ui.main_window import MainWindow
from tests.helpers.fakes import CountingChime, family_mail, live_household
from tests.helpers.mail_servers import ImapServer, SmtpServer
from tests.ui.conftest import WindowFactory
from tests.ui.test_wall import click, open_wall


@pytest.fixture
def live(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Iterator[Household]:
    home = live_household(tmp_path, imap_server, smtp_server)
    yield home
    home.close()


def heard(window: MainWindow) -> list[str]:
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    return said


def test_new_mail_is_announced_and_a_reply_only_once_it_really_went(
        qtbot: QtBot, make_window: WindowFactory, live: Household, imap_server: ImapServer,
        smtp_server: SmtpServer) -> None:
    window = make_window(home=live)
    said = heard(window)
    window.mail_watch.chime = CountingChime()
    imap_server.deliver(family_mail("sarah@example.org", "Are you there, Mum?"))
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: "A new message from Sarah Jones" in said, timeout=10_000)

    smtp_server.refuse("421 Service not available, try again later", at="RCPT")
    wall = open_wall(qtbot, window)
    click(qtbot, wall.replies.buttons[0])
    qtbot.waitUntil(lambda: wall.status.text() == "Will send when the connection is back", timeout=10_000)
    assert not [words for words in said if words.startswith("Sent")], "nothing went, so nothing is said to have"

    smtp_server.refusals.clear()
    window.mail_watch.sync_now()  # the server answers again: the courier sends what waited
    qtbot.waitUntil(lambda: "Sent to Sarah Jones" in said, timeout=10_000)
    assert [item.status for item in live.outbox.list()] == ["sent"]
    assert len(smtp_server.messages) == 1


def test_read_aloud_is_announced_and_the_window_is_named_after_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    assert window.accessibleName() == "CareLink — Home"
    said = heard(window)
    wall = open_wall(qtbot, window)
    total = len(wall._ids)
    assert total > 1
    assert window.accessibleName() == f"CareLink — Messages, 1 of {total}"
    click(qtbot, wall.next_button)
    assert window.accessibleName() == f"CareLink — Messages, 2 of {total}"
    click(qtbot, wall.card.read_button)
    assert said == ["Reading aloud"]
    click(qtbot, wall.home_button)
    assert window.accessibleName() == "CareLink — Home"
    window.open_screen("checkin")
    assert window.accessibleName() == f"CareLink — {window.checkin.title.text()}"


def test_an_older_qt_shows_announcements_on_a_status_line(qtbot: QtBot, window: MainWindow) -> None:
    if can_announce():
        assert window.announcer.fallback is None and window.findChildren(QStatusBar) == [], "nothing extra drawn"
    else:
        assert window.announcer.fallback is not None
    older = QMainWindow()
    qtbot.addWidget(older)
    announcer = Announcer(older, native=False)
    older.show()
    qtbot.waitExposed(older)
    announcer.say("Sarah is calling", urgent=True)
    assert announcer.fallback is not None and announcer.fallback.text() == "Sarah is calling"
    assert announcer.fallback.isVisible() and announcer.last == "Sarah is calling"


def test_names_are_joined_as_people_say_them() -> None:
    assert joined_names(["Jane"]) == "Jane"
    assert joined_names(["Jane", "Tom", "Jane"]) == "Jane and Tom"
    assert joined_names(["Jane", "Tom", "Sarah"]) == "Jane, Tom and Sarah"
    switch = LanguageSwitch()  # the screens in each language CareLink ships: its own "and", changed by sound
    try:
        for locale, expected in (("cy-GB", "Siân, Owen ac Ifan"), ("es-ES", "Siân, Owen e Ifan"),
                                 ("fr-FR", "Siân, Owen et Ifan"), ("de-DE", "Siân, Owen und Ifan")):
            switch.use(locale)
            assert joined_names(["Siân", "Owen", "Ifan"]) == expected
        assert new_messages_words(["Tom", "Ann"]).endswith("Tom und Ann")
    finally:
        switch.remove()
    assert joined_names(["Siân", "Ifan"]) == "Siân and Ifan"
    assert new_messages_words([]) == ""
    assert new_messages_words(["Tom"]) == "A new message from Tom"
    assert new_messages_words(["Tom", "Tom"]) == "New messages from Tom"
