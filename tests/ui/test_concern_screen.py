"""Report a concern, through the real screen, a real database and the demo's sandbox (nothing leaves the computer)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from carelink.channels.email.mime import parse_message
from carelink.channels.ports import TemporaryFailure
from carelink.channels.sandbox import SandboxTransport
from carelink.clock import SettableClock
from carelink.household import Household
from carelink.services.concerns import CATEGORIES
from carelink.services.status import Connection
from carelink.ui.care.concern_screen import ConcernScreen
from carelink.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open(qtbot: QtBot, window: MainWindow) -> ConcernScreen:
    _click(qtbot, window.home.tiles["concern"])
    assert window.current_screen() == "concern"
    return window.concern


def _sent_mail(household: Household) -> list[str]:
    transport = household.transport
    assert isinstance(transport, SandboxTransport)
    return [str(message["Subject"]) for message in transport.outgoing.sent]


def test_six_pictured_choices_in_the_services_words(window: MainWindow, qtbot: QtBot) -> None:
    concern = _open(qtbot, window)
    assert concern.step() == "choose"
    assert concern.title.text() == "What is wrong?"
    assert list(concern.choices.buttons) == list(CATEGORIES)
    assert [b.text() for b in concern.choices.buttons.values()] == list(CATEGORIES.values())
    assert all(b.accessibleName() for b in concern.choices.buttons.values())
    assert concern.choices.columns() == 3


def test_two_columns_at_the_largest_text(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(2.0)
    window.open_screen("concern")
    assert window.concern.choices.columns() == 2


def test_the_whole_flow_reaches_jane(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["unwell"])
    assert concern.step() == "more"
    assert concern.title.text() == "Tell Jane Wilson more"
    assert concern.note.accessibleName() == "Your words for Jane Wilson"
    qtbot.keyClicks(concern.note, "I have a bad cough")
    _click(qtbot, concern.call_back.buttons["yes"])
    _click(qtbot, concern.next)
    assert concern.step() == "send"
    assert concern.title.text() == "Send to Jane Wilson?"
    assert concern.banner.isVisible()
    assert "I have a bad cough" in concern.summary.text()
    assert "You asked Jane Wilson to call you." in concern.summary.text()
    assert household.concerns.latest() is None  # nothing is stored before Send

    _click(qtbot, concern.send)
    qtbot.waitUntil(lambda: concern.step() == "sent")
    qtbot.waitUntil(lambda: concern.progress.text() == "Sent to Jane Wilson at 09:14 ✓")
    stored = household.concerns.latest()
    assert stored is not None
    assert (stored.category, stored.note, stored.call_back, stored.status) == \
        ("unwell", "I have a bad cough", True, "sent")
    subjects = _sent_mail(household)
    assert len(subjects) == 1 and f"[C-{stored.id}]" in subjects[0]
    transport = household.transport
    assert isinstance(transport, SandboxTransport)
    assert transport.outgoing.sent[0]["To"] == "jane.carer@example.org"

    _click(qtbot, concern.done)
    assert window.current_screen() == "home"
    qtbot.waitUntil(lambda: "Sent to Jane Wilson at 09:14 ✓" in window.home.status_label.text())


def test_sending_is_said_only_once_the_concern_is_stored(window: MainWindow, qtbot: QtBot,
                                                        household: Household) -> None:
    seen: list[tuple[str, int]] = []
    concern = _open(qtbot, window)
    concern.progress.setText("")
    original = concern._stored

    def watch(visit: int, stored: object) -> None:
        seen.append((concern.step(), len(household.concerns.list())))
        original(visit, stored)  # type: ignore[arg-type]

    concern._stored = watch  # type: ignore[method-assign,assignment]
    _click(qtbot, concern.choices.buttons["lonely"])
    _click(qtbot, concern.skip)
    _click(qtbot, concern.send)
    assert concern.step() == "send" and not concern.send.isEnabled()  # no second Send while storing
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("send", 1)]  # the concern was committed before the screen moved on to "Sending…"
    qtbot.waitUntil(lambda: "✓" in concern.progress.text())


def test_skip_sends_no_words_and_no_call_back(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["home"])
    qtbot.keyClicks(concern.note, "words I then skipped")
    _click(qtbot, concern.call_back.buttons["yes"])
    _click(qtbot, concern.skip)
    assert concern.step() == "send"
    assert "No words added." in concern.summary.text()
    _click(qtbot, concern.send)
    qtbot.waitUntil(lambda: "✓" in concern.progress.text())
    stored = household.concerns.latest()
    assert stored is not None
    assert (stored.category, stored.note, stored.call_back) == ("home", "", False)


def test_back_goes_back_a_step_and_keeps_the_words(window: MainWindow, qtbot: QtBot) -> None:
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["care"])
    qtbot.keyClicks(concern.note, "The carer did not come")
    _click(qtbot, concern.next)
    _click(qtbot, concern.send_back)
    assert concern.step() == "more"
    assert concern.note.toPlainText() == "The carer did not come"
    _click(qtbot, concern.more_back)
    assert concern.step() == "choose"
    _click(qtbot, concern.choices.buttons["other"])
    assert concern.category == "other"


def test_leaving_part_way_keeps_nothing(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["safety"])
    qtbot.keyClicks(concern.note, "half a thought")
    _click(qtbot, concern.next)
    _click(qtbot, concern.home_button)
    assert window.current_screen() == "home"
    concern = _open(qtbot, window)
    assert concern.step() == "choose"
    assert concern.note.toPlainText() == ""
    assert household.concerns.latest() is None
    assert _sent_mail(household) == []


@pytest.mark.parametrize(("locale", "number"), [("en-GB", "999"), ("en-US", "911"), ("en-AU", "000")])
def test_the_emergency_banner_follows_the_locale(window: MainWindow, qtbot: QtBot, household: Household,
                                                 locale: str, number: str) -> None:
    household.settings.set("locale", locale)
    concern = _open(qtbot, window)
    assert concern.banner_text.text() == f"If you are in danger now, call {number}."
    _click(qtbot, concern.choices.buttons["safety"])
    _click(qtbot, concern.skip)
    assert concern.banner.isVisible()
    assert concern.banner_text.text() == f"If you are in danger now, call {number}."


def test_no_carer_says_so_plainly(make_window: WindowFactory, qtbot: QtBot, empty_household: Household) -> None:
    empty_household.contacts.add("Sarah Jones", "sarah@example.org", "family")
    window = make_window(home=empty_household)
    window.open_screen("concern")
    concern = window.concern
    assert concern.step() == "no_carer"
    assert concern.no_carer.text() == "No carer is set up yet. Please phone your carer or your family."
    assert concern.banner.isVisible()
    assert not concern.choices.isVisible()
    shown = [w.text() for w in concern.findChildren(QLabel) if w.isVisible()]
    assert any("If you are in danger now, call" in text for text in shown)


def test_offline_says_it_will_be_sent_later(window: MainWindow, qtbot: QtBot, household: Household,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    transport = household.transport
    assert isinstance(transport, SandboxTransport)
    monkeypatch.setattr(transport, "sender", lambda: Unreachable())  # as if the mail server could not be reached
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["unwell"])
    _click(qtbot, concern.skip)
    _click(qtbot, concern.send)
    qtbot.waitUntil(lambda: concern.progress.text() == "It will be sent to Jane Wilson when the connection is back")
    stored = household.concerns.latest()
    assert stored is not None and stored.status == "queued"  # kept, and the outbox keeps trying


class Unreachable:
    """A sender port whose server cannot be reached (no account would be another state: "set up email")."""

    def send(self, message: object) -> None:
        raise TemporaryFailure("The mail server could not be reached.")


def _reply_from_jane(concern_id: int) -> bytes:
    return (f"From: Jane Wilson <jane.carer@example.org>\r\nTo: mary@example.org\r\n"
            f"Subject: Re: CareLink concern [C-{concern_id}]\r\nMessage-ID: <jane-1@example.org>\r\n\r\n"
            "Seen it, Mary. I will ring you at eleven.\r\n").encode()


def test_home_follows_the_concern_until_jane_has_seen_it(window: MainWindow, qtbot: QtBot,
                                                         household: Household) -> None:
    stored = household.concerns.raise_concern("lonely", "", False)
    qtbot.waitUntil(lambda: "Sending to Jane Wilson…" in window.home.status_label.text())
    household.courier.send_now()
    household.concerns.latest()  # notices the email went (as a sync would)
    qtbot.waitUntil(lambda: "Sent to Jane Wilson at 09:14 ✓" in window.home.status_label.text())
    clock = household.clock
    assert isinstance(clock, SettableClock)
    clock.advance(timedelta(minutes=51))
    jane = next(c for c in household.contacts.list() if c.role == "carer")
    assert household.concerns.note_mail(parse_message(_reply_from_jane(stored.id)), jane) == stored.id
    qtbot.waitUntil(lambda: "Jane Wilson has seen your concern ✓ 10:05" in window.home.status_label.text())
    assert "up to date" in window.home.status_label.text()  # the connection is still said too


def test_home_says_who_else_was_told(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    household.concerns.raise_concern("care", "", False)
    household.courier.send_now()
    clock = household.clock
    assert isinstance(clock, SettableClock)
    clock.advance(household.settings.escalate_after + timedelta(minutes=1))
    assert household.concerns.run_timers()
    household.courier.send_now()  # "told" only once the server accepted the family's email
    qtbot.waitUntil(lambda: "No answer from Jane Wilson yet — we have told" in window.home.status_label.text())
    assert "Sarah Jones" in window.home.status_label.text()


def test_an_old_seen_concern_leaves_home(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    stored = household.concerns.raise_concern("other", "", False)
    jane = next(c for c in household.contacts.list() if c.role == "carer")
    household.concerns.note_mail(parse_message(_reply_from_jane(stored.id)), jane)
    qtbot.waitUntil(lambda: "has seen your concern" in window.home.status_label.text())
    clock = household.clock
    assert isinstance(clock, SettableClock)
    clock.advance(timedelta(days=1))
    window.open_screen("home")
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert "concern" not in window.home.status_label.text()
    assert window.home.status_label.text() == "Demo household — everything is up to date"


def test_offline_home_says_it_will_go_later(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    household.status.set(Connection.OFFLINE)
    household.concerns.raise_concern("unwell", "", False)
    qtbot.waitUntil(lambda: "It will be sent to Jane Wilson when the connection is back"
                    in window.home.status_label.text())


def test_the_screen_follows_a_concern_another_carelink_was_sending(window: MainWindow, qtbot: QtBot,
                                                                  household: Household) -> None:
    """Another CareLink on this household holds the sending lock: the screen says "Sending…", never "sent", and
    changes to "Sent" when the concern really went."""
    from carelink.storage.file_lock import FileLock

    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["unwell"])
    _click(qtbot, concern.skip)
    with FileLock(household.paths.outbox_lock):
        _click(qtbot, concern.send)
        qtbot.waitUntil(lambda: concern.step() == "sent")
        qtbot.waitUntil(lambda: not window.runner.busy)
        assert concern.progress.text() == "Sending to Jane Wilson…"
        assert _sent_mail(household) == []
    household.courier.send_now()  # as the other CareLink would
    qtbot.waitUntil(lambda: concern.progress.text() == "Sent to Jane Wilson at 09:14 ✓")
