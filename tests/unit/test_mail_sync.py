"""The sync's own mechanics, with a mailbox port that serves generated mail (the real IMAP server is exercised in
tests/integration): batches, the saved position, a failing mailbox, and a consumer that stops early."""

from __future__ import annotations

import email
import email.policy
import threading
from collections.abc import Callable, Generator, Iterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import cast

import pytest

from carelink.channels.ports import FetchedMail, Mailbox, MailboxState, MailSender, TemporaryFailure
from carelink.household import Household
from carelink.services import mail_sync
from carelink.services import wall as wall_module
from carelink.services.mail_sync import MailSync
from carelink.services.status import Connection
from tests.helpers import make_household

pytestmark = pytest.mark.noqt


def mail(sender: str, text: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["Subject"] = "Hi"
    message["Message-ID"] = make_msgid(domain="example.org")
    message.set_content(text)
    return message.as_bytes()


class ListMailbox:
    """A mailbox port over a list; can fail after `fail_after` messages."""

    def __init__(self, raws: list[bytes], fail_after: int | None = None) -> None:
        self.raws, self.fail_after = raws, fail_after
        self._state: MailboxState | None = None
        self.closed = False

    def fetch_new(self, state: MailboxState | None, since_days: int,
                  progress: Callable[[int, int], None] | None = None) -> Iterator[FetchedMail]:
        start = state.last_uid if state else 0
        for uid, raw in enumerate(self.raws[start:], start=start + 1):
            if self.fail_after is not None and uid > self.fail_after:
                raise TemporaryFailure("No internet connection.")
            self._state = MailboxState(7, uid)
            yield FetchedMail(uid, raw)

    def state(self) -> MailboxState | None:
        return self._state

    def wait_for_news(self, timeout: float, since: MailboxState | None = None) -> bool:
        return False

    def listening(self) -> bool:
        return False

    def close(self) -> None:
        self.closed = True


class Transport:
    def __init__(self, mailbox: Mailbox) -> None:
        self._mailbox = mailbox

    def from_address(self) -> str | None:
        return "mary@example.org"

    def sender(self) -> MailSender | None:
        return None

    def mailbox(self) -> Mailbox | None:
        return self._mailbox


def sync_for(household: Household, mailbox: Mailbox) -> MailSync:
    return MailSync(household.database, Transport(mailbox), household.contacts, household.wall, household.held,
                    household.courier, household.status, household.clock)


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path)
    home.contacts.add("Sarah", "sarah@example.org")
    yield home
    home.close()


def test_many_messages_are_filed_in_batches_and_the_position_is_saved(household: Household) -> None:
    raws = [mail("sarah@example.org" if i % 3 else "stranger@example.net", f"message {i}") for i in range(250)]
    report = sync_for(household, ListMailbox(raws)).sync_once()
    assert (report.new_messages, report.held, report.error) == (166, 84, None)
    again = sync_for(household, ListMailbox([*raws, mail("sarah@example.org", "one more")])).sync_once()
    assert (again.new_messages, again.held) == (1, 0), "only the new one: the position was saved"
    assert again.senders == ("Sarah",), "who wrote what reached the wall (a screen reader hears it)"
    assert report.senders == ("Sarah",) * 166, "one name a message; the strangers held are not named"


def test_a_held_mailbox_is_fetched_from_and_left_open_and_a_sending_sync_leaves_the_mail(
        household: Household) -> None:
    """The mailbox held for news is lent to the sync (its connection stays open for the next wait); the minute's
    sync while it listens only sends and runs the timers, and keeps the last fetch's trouble in its report."""
    own = ListMailbox([mail("sarah@example.org", "from a fresh connection")])
    sync = sync_for(household, own)
    report = sync.sync_once(fetch=False)
    assert (report.new_messages, report.error, own.closed) == (0, None, False), "the mail was not looked at"
    held = ListMailbox([mail("sarah@example.org", "news")], fail_after=1)
    report = sync.sync_once(mailbox=held)
    assert (report.new_messages, held.closed, own.closed) == (1, False, False)
    assert [card.text for card in household.wall.messages()] == ["news"]
    held.raws.append(mail("sarah@example.org", "more news"))
    assert sync.sync_once(mailbox=held).error == "No internet connection."
    assert sync.sync_once(fetch=False).error == "No internet connection.", "true until a fetch works again"
    assert household.status.state is Connection.OFFLINE


def test_a_mailbox_failure_keeps_what_was_filed(household: Household) -> None:
    raws = [mail("sarah@example.org", f"message {i}") for i in range(150)]
    report = sync_for(household, ListMailbox(raws, fail_after=120)).sync_once()
    assert report.error == "No internet connection."
    assert report.new_messages == 120
    rest = sync_for(household, ListMailbox(raws)).sync_once()
    assert rest.new_messages == 30, "it carries on where it stopped, losing and repeating nothing"
    assert len(household.wall.ids()) == 150


def test_a_batch_that_cannot_be_stored_is_filed_one_by_one(household: Household,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    raws = [mail("sarah@example.org", f"message {i}") for i in range(5)]
    real = MailSync._file_batch
    def fail_on_big_batches(self: MailSync, batch: list[FetchedMail], *args: object) -> None:
        if len(batch) > 1:
            raise RuntimeError("disk hiccup")
        real(self, batch, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(MailSync, "_file_batch", fail_on_big_batches)
    report = sync_for(household, ListMailbox(raws)).sync_once()
    assert report.new_messages == 5
    assert report.senders == ("Sarah",) * 5, "each named once, though the first try at the batch failed"


def test_a_consumer_that_stops_early_does_not_leave_the_fetcher_waiting() -> None:
    raws = [mail("sarah@example.org", "x")] * 2000  # more than the queue holds
    ahead = cast(Generator[tuple[FetchedMail, MailboxState | None], None, None],
                 mail_sync._fetch_ahead(ListMailbox(raws), None, None))
    next(ahead)
    done = threading.Event()

    def close() -> None:
        ahead.close()  # runs the generator's finally: stop, then join the fetch thread
        done.set()

    closer = threading.Thread(target=close)
    closer.start()
    closer.join(timeout=10)
    assert done.is_set(), "closing the fetch-ahead iterator hung"


class ArrivingMailbox(ListMailbox):
    """A ListMailbox whose messages say when they arrived (IMAP's INTERNALDATE)."""

    def __init__(self, raws: list[bytes], arrivals: list[datetime]) -> None:
        super().__init__(raws)
        self.arrivals = arrivals

    def fetch_new(self, state: MailboxState | None, since_days: int,
                  progress: Callable[[int, int], None] | None = None) -> Iterator[FetchedMail]:
        for fetched in super().fetch_new(state, since_days, progress):
            yield FetchedMail(fetched.uid, fetched.raw, self.arrivals[fetched.uid - 1])


def dated(sender: str, text: str, date: datetime) -> bytes:
    message = email.message_from_bytes(mail(sender, text), policy=email.policy.default)
    message["Date"] = format_datetime(date)
    return message.as_bytes()


def test_the_wall_is_ordered_and_dated_by_arrival_whatever_date_the_sender_claims(household: Household) -> None:
    now = household.clock.now()
    raws = [dated("sarah@example.org", "sent last year, arrived an hour ago", now - timedelta(days=400)),
            dated("sarah@example.org", "sent from the future, arrived two hours ago", now + timedelta(days=3)),
            dated("sarah@example.org", "a server clock a year fast", now),
            dated("stranger@example.net", "held, arrived three hours ago", now + timedelta(days=30))]
    arrivals = [now - timedelta(hours=1), now - timedelta(hours=2), now + timedelta(days=365),
                now - timedelta(hours=3)]
    report = sync_for(household, ArrivingMailbox(raws, arrivals)).sync_once()
    assert (report.new_messages, report.held) == (3, 1)
    cards = household.wall.messages()
    assert [(card.text, card.received) for card in cards] == [
        ("a server clock a year fast", now),  # an arrival time past tomorrow is not believed: now
        ("sent last year, arrived an hour ago", now - timedelta(hours=1)),
        ("sent from the future, arrived two hours ago", now - timedelta(hours=2))]
    [held] = household.held.list()
    assert held.received == now - timedelta(hours=3)


def test_an_older_sqlite_without_returning_still_files_every_message(household: Household,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite before 3.35 (an older Linux) cannot give back the ids of many rows at once: each row is inserted on
    its own then, and nothing is skipped (before, every message of every batch would have been lost)."""
    monkeypatch.setattr(wall_module, "can_return_many", lambda: False)
    raws = [mail("sarah@example.org", f"message {i}") for i in range(120)]
    report = sync_for(household, ListMailbox(raws)).sync_once()
    assert (report.new_messages, report.skipped, report.error) == (120, 0, None)
    assert sorted(m.text for m in household.wall.messages()) == sorted(f"message {i}" for i in range(120))
