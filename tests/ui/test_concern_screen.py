"""Report a concern, through the real screen, a real database and the demo's sandbox (nothing leaves the computer)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from carelink.channels.email.mime import parse_message
from carelink.channels.ports import TemporaryFailure
from carelink.channels.sandbox import SandboxTransport
from carelink.clock import SettableClock
from carelink.household import Household
from carelink.services.mail_words import CATEGORIES
from carelink.services.status import Connection
from carelink.ui.care.concern_screen import ConcernScreen
from carelink.ui.main_window import MainWindow
from carelink.ui.widgets import BigButton
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


def _words_then_no_call(qtbot: QtBot, concern: ConcernScreen) -> None:
    _click(qtbot, concern.words_next)
    _click(qtbot, concern.call_back.buttons["no"])


def test_the_whole_flow_reaches_jane(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["unwell"])
    assert concern.step() == "words"
    assert concern.title.text() == "Tell Jane Wilson more"
    assert concern.chosen["words"].words.text() == "I feel unwell"  # the chosen problem, with its picture
    assert concern.note.accessibleName() == "Your words for Jane Wilson, if you like"
    assert concern.words_next.text() == "No more to add"
    qtbot.keyClicks(concern.note, "I have a bad cough")
    assert concern.words_next.text() == "Next"  # honest: the words typed go with it
    _click(qtbot, concern.words_next)
    assert concern.step() == "call"
    assert concern.title.text() == "Would you like Jane Wilson to call you?"
    _click(qtbot, concern.call_back.buttons["yes"])
    assert concern.step() == "send"
    assert concern.title.text() == "Send to Jane Wilson?"
    assert concern.banner.isVisible()
    assert concern.chosen["send"].words.text() == "I feel unwell"
    assert "I have a bad cough" in concern.summary.text()
    assert "You asked Jane Wilson to call you." in concern.summary.text()
    assert "No carer" not in concern.summary.text()
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
    _words_then_no_call(qtbot, concern)
    _click(qtbot, concern.send)
    assert concern.step() == "send" and not concern.send.isEnabled()  # no second Send while storing
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("send", 1)]  # the concern was committed before the screen moved on to "Sending…"
    qtbot.waitUntil(lambda: "✓" in concern.progress.text())


def test_no_more_to_add_sends_no_words_and_no_call_back(window: MainWindow, qtbot: QtBot,
                                                        household: Household) -> None:
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["home"])
    _words_then_no_call(qtbot, concern)
    assert concern.step() == "send"
    assert "No words added." in concern.summary.text()
    assert "You did not ask for a call." in concern.summary.text()
    _click(qtbot, concern.send)
    qtbot.waitUntil(lambda: "✓" in concern.progress.text())
    stored = household.concerns.latest()
    assert stored is not None
    assert (stored.category, stored.note, stored.call_back) == ("home", "", False)


def test_the_two_answers_are_equal_and_never_move_or_grow_when_chosen(window: MainWindow, qtbot: QtBot) -> None:
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["care"])
    _click(qtbot, concern.words_next)
    yes, no = concern.call_back.buttons["yes"], concern.call_back.buttons["no"]
    before = (yes.geometry(), no.geometry())
    assert yes.size() == no.size()
    for answer in ("yes", "no"):
        _click(qtbot, concern.call_back.buttons[answer])
        assert concern.step() == "send"
        _click(qtbot, concern.send_back)
        assert concern.step() == "call"
        assert concern.call_back.value() == answer and concern.call_back.buttons[answer].isChecked()
        assert (yes.geometry(), no.geometry()) == before
        assert yes.text() == "Yes, please call me" and no.text() == "No"  # a mark shows the choice, not the words


def test_send_is_the_biggest_thing_and_back_is_small_and_to_the_side(make_window: WindowFactory,
                                                                   qtbot: QtBot) -> None:
    for scale in (1.0, 2.0):
        window = make_window(scale)
        concern = _open(qtbot, window)
        _click(qtbot, concern.choices.buttons["unwell"])
        _words_then_no_call(qtbot, concern)
        others = [w for w in concern.findChildren(QWidget) if w.isVisible() and w is not concern.send
                  and not concern.send.isAncestorOf(w)]
        area = concern.send.width() * concern.send.height()
        assert all(b.width() * b.height() < area for b in others if isinstance(b, QAbstractButton))
        words = concern.send.text_label().font().pointSizeF()
        assert all(t.font().pointSizeF() < words for t in others if isinstance(t, QLabel))
        assert concern.send.height() > concern.send_back.height()
        assert concern.send_back.geometry().left() > concern.send.geometry().right()  # to the side
        window.close()


def test_nothing_is_called_skip(window: MainWindow, qtbot: QtBot) -> None:
    concern = _open(qtbot, window)
    words = [b.text() for b in concern.findChildren(BigButton)]
    assert not [w for w in words if "Skip" in w]


def test_back_goes_back_a_step_and_keeps_the_words(window: MainWindow, qtbot: QtBot) -> None:
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["care"])
    qtbot.keyClicks(concern.note, "The carer did not come")
    _click(qtbot, concern.words_next)
    _click(qtbot, concern.call_back.buttons["yes"])
    _click(qtbot, concern.send_back)
    assert concern.step() == "call"
    _click(qtbot, concern.call_back_side)
    assert concern.step() == "words"
    assert concern.note.toPlainText() == "The carer did not come"
    _click(qtbot, concern.words_back)
    assert concern.step() == "choose"
    _click(qtbot, concern.choices.buttons["other"])
    assert concern.category == "other"
    assert concern.chosen["words"].words.text() == "Something else"


def test_back_to_the_choices_shows_the_one_chosen_and_forward_keeps_everything(window: MainWindow,
                                                                                qtbot: QtBot) -> None:
    concern = _open(qtbot, window)
    assert not any(button.isChecked() for button in concern.choices.buttons.values())
    _click(qtbot, concern.choices.buttons["home"])
    qtbot.keyClicks(concern.note, "The boiler is off")
    _click(qtbot, concern.words_back)
    assert concern.step() == "choose"
    chosen = concern.choices.buttons["home"]
    assert chosen.isChecked(), "the problem chosen before is shown chosen"
    assert [key for key, button in concern.choices.buttons.items() if button.isChecked()] == ["home"]
    assert chosen.hasFocus(), "and the focus is on it"
    qtbot.keyClick(chosen, Qt.Key.Key_Right)  # an arrow moves along the choices and chooses nothing
    assert concern.step() == "choose" and chosen.isChecked()
    _click(qtbot, chosen)  # forward again: the same problem, the words still there
    assert concern.step() == "words" and concern.category == "home" and chosen.isChecked()
    assert concern.note.toPlainText() == "The boiler is off"
    _click(qtbot, window.concern.home_button)
    window.open_screen("concern")
    assert not any(button.isChecked() for button in concern.choices.buttons.values()), "a new visit starts afresh"


def test_leaving_part_way_keeps_nothing(window: MainWindow, qtbot: QtBot, household: Household) -> None:
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["safety"])
    qtbot.keyClicks(concern.note, "half a thought")
    _click(qtbot, concern.words_next)
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
    for step in ("words", "call", "send", "sent"):  # on every step
        assert concern.step() == step
        assert concern.banner.isVisible()
        assert concern.banner_text.text() == f"If you are in danger now, call {number}."
        _click(qtbot, {"words": concern.words_next, "call": concern.call_back.buttons["no"],
                       "send": concern.send, "sent": concern.done}[step])
        if step == "send":
            qtbot.waitUntil(lambda: concern.step() == "sent")


def test_with_nobody_to_tell_it_says_whom_to_phone_and_who_can_fix_it(make_window: WindowFactory, qtbot: QtBot,
                                                                       empty_household: Household) -> None:
    window = make_window(home=empty_household)
    window.open_screen("concern")
    concern = window.concern
    assert concern.step() == "nobody"
    assert concern.no_carer.text() == ("Nobody is set up yet to hear about a concern. Please phone your family or "
                                       "someone you trust.")
    assert concern.banner.isVisible()
    assert not concern.choices.isVisible()
    shown = [w.text() for w in concern.findChildren(QLabel) if w.isVisible()]
    assert any("If you are in danger now, call" in text for text in shown)
    assert "Whoever set up CareLink can add a carer in Settings → Contacts." in shown


def test_with_no_carer_the_family_is_told_instead_and_the_screen_says_so(
        make_window: WindowFactory, qtbot: QtBot, empty_household: Household) -> None:
    empty_household.contacts.add("Sarah Jones", "sarah@example.org", "family")
    empty_household.contacts.add("Tom Jones", "tom@example.org", "family")
    window = make_window(home=empty_household)
    concern = _open(qtbot, window)
    assert concern.step() == "choose"
    _click(qtbot, concern.choices.buttons["lonely"])
    assert concern.title.text() == "Tell your family more"
    _words_then_no_call(qtbot, concern)
    assert "No carer is set up, so this goes to Sarah Jones and Tom Jones." in concern.summary.text()
    _click(qtbot, concern.send)
    qtbot.waitUntil(lambda: concern.step() == "sent")
    # No email account in this household: stored, and it says where it will go, never that it went.
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert concern.progress.text().startswith("No carer is set up, so this ")
    assert "Sarah Jones and Tom Jones" in concern.progress.text()
    assert "went" not in concern.progress.text() and "✓" not in concern.progress.text()
    assert "CareLink can't send messages yet" in concern.progress.text()
    stored = empty_household.concerns.latest()
    assert stored is not None and stored.carers == ("Sarah Jones", "Tom Jones")
    [email] = empty_household.outbox.list()
    assert set(email.to) == {"sarah@example.org", "tom@example.org"}


def test_with_no_carer_the_demo_family_is_told_and_it_says_it_went(window: MainWindow, qtbot: QtBot,
                                                                    household: Household) -> None:
    jane = next(c for c in household.contacts.list() if c.role == "carer")
    household.contacts.remove(jane.id)
    family = [c.name for c in household.contacts.list() if c.role == "family"]
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["unwell"])
    _words_then_no_call(qtbot, concern)
    _click(qtbot, concern.send)
    qtbot.waitUntil(lambda: "✓" in concern.progress.text())
    assert concern.progress.text().startswith("No carer is set up, so this went to ")
    assert all(name in concern.progress.text() for name in family)
    assert concern.progress.text().endswith("at 09:14 ✓")


def test_offline_says_it_will_be_sent_later(window: MainWindow, qtbot: QtBot, household: Household,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    transport = household.transport
    assert isinstance(transport, SandboxTransport)
    monkeypatch.setattr(transport, "sender", lambda: Unreachable())  # as if the mail server could not be reached
    concern = _open(qtbot, window)
    _click(qtbot, concern.choices.buttons["unwell"])
    _words_then_no_call(qtbot, concern)
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
    _words_then_no_call(qtbot, concern)
    with FileLock(household.paths.outbox_lock):
        _click(qtbot, concern.send)
        qtbot.waitUntil(lambda: concern.step() == "sent")
        qtbot.waitUntil(lambda: not window.runner.busy)
        assert concern.progress.text() == "Sending to Jane Wilson…"
        assert _sent_mail(household) == []
    household.courier.send_now()  # as the other CareLink would
    qtbot.waitUntil(lambda: concern.progress.text() == "Sent to Jane Wilson at 09:14 ✓")
