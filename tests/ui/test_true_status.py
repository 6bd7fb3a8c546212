"""Status that is true, in each of the four account states, on every screen that shows it: a real household on a
real SQLite file, its account on the loopback SMTP and IMAP servers (or none, or a wrong password, or ports where
nothing listens). Nothing says "sent", "told", ✓ or "your family will get it" unless the mail server took it; no
account and a refused password each say what the family must do; an unreachable server gets the calm offline line.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.services.status import Connection
from carelink.ui.care.words import concern_words
from carelink.ui.settings.pages import EmailPage
from tests.helpers import FIXED_NOW, make_household
from tests.helpers.fakes import SARAH, live_household
from tests.helpers.mail_servers import ImapServer, SmtpServer, account_for
from tests.ui.conftest import WindowFactory

NO_ACCOUNT = "CareLink can't send messages yet — ask your family to set up email"
PASSWORD = "Your family needs to check the email password"
OFFLINE = "Offline — messages will go when the connection is back"
STATES = ("no account", "wrong password", "unreachable", "working")
LINE = {"no account": NO_ACCOUNT, "wrong password": PASSWORD, "unreachable": OFFLINE,
        "working": "Everything is up to date"}
CONNECTION = {"no account": Connection.NOT_SET_UP, "wrong password": Connection.LOGIN_REFUSED,
              "unreachable": Connection.OFFLINE, "working": Connection.UP_TO_DATE}


@pytest.fixture(params=STATES)
def state(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def home(tmp_path: Path, state: str, request: pytest.FixtureRequest) -> Iterator[Household]:
    """Mary's household in `state`, after one sync (as the window's first sync would have found it)."""
    if state == "no account":
        household = make_household(tmp_path / "none")
        household.settings.set("person.name", "Mary")
        household.settings.set("locale", "en-GB")
        household.contacts.add(*SARAH)
    elif state == "unreachable":
        household = make_household(tmp_path / "away")
        household.settings.set("person.name", "Mary")
        household.settings.set("locale", "en-GB")
        household.email.save(account_for(None, None), "correct horse battery staple")
        household.contacts.add(*SARAH)
    else:
        imap: ImapServer = request.getfixturevalue("imap_server")
        smtp: SmtpServer = request.getfixturevalue("smtp_server")
        household = live_household(tmp_path, imap, smtp)
        if state == "wrong password":
            household.email.save(account_for(imap, smtp), "not the password at all")
    household.sync.sync_once()
    assert household.status.state is CONNECTION[state]
    yield household
    household.close()


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _sarah(household: Household) -> int:
    found = household.contacts.find_by_email(SARAH[1])
    assert found is not None
    return found.id


def test_home_says_what_the_account_can_do(make_window: WindowFactory, qtbot: QtBot, home: Household,
                                           state: str) -> None:
    window = make_window(home=home)
    qtbot.waitUntil(lambda: LINE[state] in window.home.status_label.text())
    assert LINE[state] in window.home.summary(), "Read aloud says the same"


def test_im_ok_today_is_told_only_when_it_went(make_window: WindowFactory, qtbot: QtBot, home: Household,
                                              state: str, request: pytest.FixtureRequest) -> None:
    window = make_window(home=home)
    _click(qtbot, window.home.tiles["checkin"])
    screen = window.checkin
    qtbot.waitUntil(lambda: screen.done.isVisible() and not screen.busy, timeout=20_000)
    words, done = screen.words.text(), screen.done.text()
    if state == "working":
        assert words == "Thank you. Your family will get your message."
        assert done == "✓ You told your family you're OK at 09:14"
        smtp: SmtpServer = request.getfixturevalue("smtp_server")
        assert [str(m.message()["Subject"]) for m in smtp.messages] == ["Mary is OK today"]
    else:
        assert "will get" not in words and "✓" not in done and "told" not in done
        assert done == "You said you're OK at 09:14 — it has not reached your family yet"
        assert words == (LINE[state] if state != "unreachable"
                         else "Thank you. It will go to your family when the connection is back.")
    _click(qtbot, screen.home_button)
    line = done.removeprefix("✓ ")
    qtbot.waitUntil(lambda: line in window.home.status_label.text() and not window.runner.busy)
    tile = window.home.tiles["checkin"].text()
    assert tile == ("I'm OK today ✓" if state == "working" else "I'm OK today"), "no tick when nothing went"
    assert LINE[state] in window.home.status_label.text()

    window.open_screen("checkin")  # coming back later says the same, from what is stored
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert screen.done.text() == done
    if state != "working":
        assert screen.words.text() == words


def test_a_reply_says_whether_it_went(make_window: WindowFactory, qtbot: QtBot, home: Household,
                                      state: str) -> None:
    home.wall.add(_sarah(home), SARAH[1], "Are you there, Mum?", FIXED_NOW)
    window = make_window(home=home)
    window.open_screen("wall")
    wall = window.wall
    qtbot.waitUntil(lambda: wall.current_card() is not None and not window.runner.busy)
    _click(qtbot, wall.replies.buttons[0])
    qtbot.waitUntil(lambda: wall.status.text() not in ("", "Sending…"), timeout=20_000)
    expected = {"working": "Sent ✓", "unreachable": "Will send when the connection is back"}
    assert wall.status.text() == expected.get(state, LINE[state])
    [item] = home.outbox.list()
    assert item.status == ("sent" if state == "working" else "queued")


def test_call_sarah_promises_an_invite_only_when_one_can_go(make_window: WindowFactory, qtbot: QtBot,
                                                            home: Household, state: str) -> None:
    window = make_window(home=home)
    window.calls.ask(_sarah(home))
    explain = window.calls.confirm.explain.text()
    if state in ("no account", "wrong password"):
        assert explain.startswith(LINE[state]) and "will get an email" not in explain
        assert "phone Sarah Jones" in explain
    elif state == "unreachable":
        assert "when the connection is back" in explain
    else:
        assert explain == "Sarah Jones will get an email with a link to join you, and the call will open here."


def test_a_waiting_concern_says_why_it_waits(make_window: WindowFactory, qtbot: QtBot, home: Household,
                                            state: str) -> None:
    """The concern's line on Home (and the words the concern screen's result line uses, from the same state)."""
    home.contacts.add("Jane Wilson", "jane.carer@example.org", role="carer")
    concern = home.concerns.raise_concern("unwell")
    home.courier.send_now()
    now = home.concerns.get(concern.id)
    line = concern_words(now, home.status.state is Connection.OFFLINE, "en-GB", state=home.status.state)
    window = make_window(home=home)
    qtbot.waitUntil(lambda: line in window.home.status_label.text())
    if state == "working":
        assert line.startswith("Sent to Jane Wilson at 09:14 ✓")
    elif state == "unreachable":
        assert line == "It will be sent to Jane Wilson when the connection is back"
    else:
        assert line == LINE[state]


def test_settings_email_says_the_password_was_refused(make_window: WindowFactory, qtbot: QtBot,
                                                      home: Household, state: str) -> None:
    window = make_window(home=home)
    page = window.settings.pages["email"]
    assert isinstance(page, EmailPage)
    page.entered()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert (page.message.text() == PASSWORD) == (state == "wrong password")


def test_the_password_put_right_tells_the_family_and_home_says_so(
        make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, imap_server: ImapServer,
        smtp_server: SmtpServer) -> None:
    """Checked in while the password was wrong; the family puts it right and the next sync sends it: only then the
    tick, "told" and "up to date"."""
    home = live_household(tmp_path, imap_server, smtp_server)
    home.email.save(account_for(imap_server, smtp_server), "not the password at all")
    try:
        window = make_window(home=home)
        _click(qtbot, window.home.tiles["checkin"])
        qtbot.waitUntil(lambda: window.checkin.words.text() == PASSWORD, timeout=20_000)
        window.go_home()
        qtbot.waitUntil(lambda: PASSWORD in window.home.status_label.text())
        assert window.home.tiles["checkin"].text() == "I'm OK today"

        home.email.save(account_for(imap_server, smtp_server), imap_server.password)
        window.mail_watch.sync_now()
        qtbot.waitUntil(lambda: window.home.tiles["checkin"].text() == "I'm OK today ✓", timeout=20_000)
        status = window.home.status_label.text()
        assert "You told your family you're OK at 09:14" in status and "Everything is up to date" in status
        assert [str(m.message()["Subject"]) for m in smtp_server.messages] == ["Mary is OK today"]
    finally:
        home.close()
