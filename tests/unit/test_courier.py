"""The courier: the one sender. Back-off only while no server answers; a clock put right never stretches a wait;
sent and failed events for the services that follow their emails."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from carelink.channels.ports import PermanentFailure, TemporaryFailure
from carelink.clock import SettableClock
from carelink.paths import HouseholdPaths
from carelink.services.delivery import Courier
from carelink.services.outbox import OutboxItem, OutboxService, backoff
from carelink.storage.database import Database
from carelink.storage.startup import open_household
from tests.helpers import FIXED_NOW
from tests.helpers.fakes import SenderTransport

pytestmark = pytest.mark.noqt


class SwitchableSender:
    """A sender port whose server is down (temporary failure) until `up` is set; then it keeps what it gets."""

    def __init__(self) -> None:
        self.up = False
        self.refuse_for_good = False
        self.sent: list[EmailMessage] = []
        self.tries = 0

    def send(self, message: EmailMessage) -> None:
        self.tries += 1
        if self.refuse_for_good:
            raise PermanentFailure("554 sending refused")
        if not self.up:
            raise TemporaryFailure("The mail server could not be reached.")
        self.sent.append(message)


@pytest.fixture
def database(tmp_path: Path) -> Database:
    db, _ = open_household(HouseholdPaths(tmp_path), SettableClock(FIXED_NOW))
    return db


def courier_with(database: Database, sender: SwitchableSender) -> tuple[Courier, OutboxService, SettableClock]:
    clock = SettableClock(FIXED_NOW)
    outbox = OutboxService(database, clock, SenderTransport(sender), lambda: "Mary")
    return Courier(outbox, clock), outbox, clock


def test_sent_and_failed_events_follow_each_item(database: Database) -> None:
    sender = SwitchableSender()
    courier, outbox, _ = courier_with(database, sender)
    heard: list[tuple[str, int]] = []
    courier.sent.connect(lambda item: heard.append(("sent", item.id)))
    courier.failed.connect(lambda item: heard.append(("failed", item.id)))
    first = outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Lovely!")
    sender.up = True
    assert courier.send_now().sent == 1
    sender.refuse_for_good = True
    second = outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Love you")
    report = courier.send_now()
    assert (report.sent, report.failed) == (0, 1)
    assert heard == [("sent", first.id), ("failed", second.id)]
    assert courier.item(second.id).status == "failed"


def test_once_one_item_goes_everything_queued_goes_whatever_its_back_off(database: Database) -> None:
    """A long outage grew an old item's wait to an hour; a new one is due at once. When the server answers for
    the new one, the old one goes in the same pass instead of waiting out its hour."""
    sender = SwitchableSender()
    courier, outbox, clock = courier_with(database, sender)
    old = outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Thank you!")
    for _ in range(8):
        courier.send_now()
        clock.advance(backoff(outbox.get(old.id).attempts, "reply"))
    clock.advance(timedelta(seconds=-1))  # just before its next try (now an hour away)
    assert outbox.get(old.id).next_attempt is not None and outbox.get(old.id).attempts == 8
    sender.up = True
    new = outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Lovely!")
    report = courier.send_now()
    assert report.sent == 2 and report.waiting == 0
    assert {outbox.get(old.id).status, outbox.get(new.id).status} == {"sent"}


def test_a_sync_that_reached_the_mail_server_makes_the_next_pass_try_everything(database: Database) -> None:
    sender = SwitchableSender()
    courier, outbox, clock = courier_with(database, sender)
    item = outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Lovely!")
    courier.send_now()
    sender.up = True
    clock.advance(timedelta(seconds=5))
    assert courier.send_now().sent == 0, "the back-off holds while no server has answered"
    courier.server_answered()
    assert courier.send_now().sent == 1
    assert outbox.get(item.id).status == "sent"


def test_the_network_coming_back_tries_everything_at_once(database: Database) -> None:
    sender = SwitchableSender()
    courier, outbox, _ = courier_with(database, sender)
    outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Lovely!")
    courier.send_now()
    sender.up = True
    assert courier.network_back().sent == 1


def test_everything_tries_every_queued_item(database: Database) -> None:
    sender = SwitchableSender()
    courier, outbox, _ = courier_with(database, sender)
    outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Lovely!")
    courier.send_now()
    assert courier.send_now(everything=True).tried, "`sync --once` tries what is queued, whatever its back-off"


def test_a_concern_never_waits_more_than_five_minutes_between_tries() -> None:
    assert backoff(20, "concern") == timedelta(minutes=5)
    assert backoff(20, "alert") == timedelta(minutes=5)
    assert backoff(20, "reply") == timedelta(hours=1)
    assert [backoff(n, "concern") for n in (1, 2, 3, 4, 5)] == [
        timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4),
        timedelta(minutes=5)]


def test_a_retry_stored_by_a_clock_a_day_fast_is_not_kept_waiting_a_day(database: Database) -> None:
    """Another process, its clock a day fast, tried and stored its next try for "tomorrow". With the clock put
    right, that time lies further ahead than the item's own back-off: it is due now."""
    sender = SwitchableSender()
    courier, outbox, clock = courier_with(database, sender)
    fast = SettableClock(FIXED_NOW + timedelta(days=1))
    other = Courier(OutboxService(database, fast, SenderTransport(sender), lambda: "Mary"), fast)
    item = outbox.enqueue("concern", ["jane.carer@example.org"], "Concern", "Please ring Mary.")
    other.send_now()
    assert outbox.get(item.id).next_attempt == FIXED_NOW + timedelta(days=1, seconds=30)
    sender.up = True
    clock.advance(timedelta(seconds=1))
    assert courier.send_now().sent == 1


def test_a_clock_set_back_an_hour_within_a_run_does_not_hold_a_retry_for_an_hour(database: Database) -> None:
    """In one run the courier keeps its own retry times on the monotonic clock: the wall clock going back an
    hour changes nothing about when it tries again."""
    sender = SwitchableSender()
    courier, outbox, clock = courier_with(database, sender)
    item = outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Lovely!")
    for _ in range(3):  # three tries: the next wait is 2 minutes
        courier.send_now()
        clock.advance(backoff(outbox.get(item.id).attempts, "reply"))
    courier.send_now()  # the fourth try, then the clock is put back an hour
    assert outbox.get(item.id).attempts == 4
    sender.up = True
    clock.set(clock.now() - timedelta(hours=1))
    clock.advance(timedelta(minutes=4))  # the wait after 4 tries, on the steady clock
    assert courier.send_now().sent == 1


def test_a_wall_clock_that_jumps_between_passes_makes_the_courier_try_everything(database: Database) -> None:
    sender = SwitchableSender()
    courier, outbox, clock = courier_with(database, sender)
    outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Lovely!")
    courier.send_now()
    sender.up = True
    clock.set(clock.now() + timedelta(minutes=10, seconds=-50))  # within the back-off window… but set, not lived
    assert courier.send_now().sent == 1


def test_failed_important_lists_refused_concerns_and_alerts_only(database: Database) -> None:
    sender = SwitchableSender()
    sender.refuse_for_good = True
    courier, outbox, _ = courier_with(database, sender)
    outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Lovely!")
    concern = outbox.enqueue("concern", ["jane.carer@example.org"], "Concern", "Please ring Mary.")
    courier.send_now()
    failed: list[OutboxItem] = courier.failed_important()
    assert [i.id for i in failed] == [concern.id]


def test_a_refused_concern_stops_counting_once_a_later_one_reaches_that_address(database: Database) -> None:
    sender = SwitchableSender()
    sender.refuse_for_good = True
    courier, outbox, clock = courier_with(database, sender)
    outbox.enqueue("concern", ["jane.carer@example.org"], "Concern", "Please ring Mary.")
    courier.send_now()
    assert len(courier.failed_important()) == 1
    sender.refuse_for_good, sender.up = False, True  # the family put the account right
    clock.advance(timedelta(minutes=1))
    outbox.enqueue("alert", ["sarah@example.org"], "Alert", "Mary has not checked in.")
    courier.send_now()
    assert len(courier.failed_important()) == 1, "Sarah's alert says nothing about Jane's address"
    outbox.enqueue("concern", ["jane.carer@example.org"], "Concern", "Please ring Mary again.")
    courier.send_now()
    assert courier.failed_important() == []
