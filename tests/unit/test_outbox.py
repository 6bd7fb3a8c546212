"""The durable outbox: stored before sending, the same Message-ID on every try, back-off, nothing lost."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from carelink.channels.ports import MailSender, PermanentFailure, TemporaryFailure
from carelink.channels.sandbox import SandboxSender
from carelink.clock import SettableClock
from carelink.errors import STORED_MARK, UserError, stored_error, stored_problem, stored_words
from carelink.paths import HouseholdPaths
from carelink.services.outbox import OutboxService, backoff
from carelink.storage.database import Database
from carelink.storage.models import OutboxRow
from carelink.storage.startup import open_household
from carelink.translation import Translations
from tests.helpers import FIXED_NOW
from tests.helpers.fakes import SenderTransport

pytestmark = pytest.mark.noqt


class FlakySender:
    """A sender port that fails with the given errors first, then keeps what it is given."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.sent: list[EmailMessage] = []
        self.tries = 0

    def send(self, message: EmailMessage) -> None:
        self.tries += 1
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append(message)


@pytest.fixture
def database(tmp_path: Path) -> Database:
    db, _ = open_household(HouseholdPaths(tmp_path), SettableClock(FIXED_NOW))
    return db


def outbox_with(database: Database, sender: MailSender | None, clock: SettableClock | None = None
                ) -> tuple[OutboxService, SettableClock]:
    clock = clock or SettableClock(FIXED_NOW)
    return OutboxService(database, clock, SenderTransport(sender), lambda: "Mary"), clock


def test_a_message_is_stored_before_anything_is_sent(database: Database) -> None:
    sender = FlakySender()
    outbox, _ = outbox_with(database, sender)
    item = outbox.enqueue("reply", ["sarah@example.org"], "Re: hello", "Lovely!")
    assert sender.tries == 0
    again, _ = outbox_with(database, sender)  # a new process sees it: it was committed
    assert again.get(item.id).status == "queued"
    assert item.message_id.startswith("<") and item.message_id.endswith("@example.org>")


def test_delivery_sends_with_the_stored_headers(database: Database) -> None:
    sender = SandboxSender()
    outbox, _ = outbox_with(database, sender)
    item = outbox.enqueue("reply", ["sarah@example.org"], "Re: hello", "Lovely!", in_reply_to="<a@x>",
                          references=["<z@x>", "<a@x>"])
    report = outbox.deliver_due()
    assert (report.sent, report.waiting, report.failed, report.error) == (1, 0, 0, None)
    [sent] = sender.sent
    assert sent["Message-ID"] == item.message_id
    assert sent["In-Reply-To"] == "<a@x>"
    assert sent["References"] == "<z@x> <a@x>"
    assert sent["From"] == "Mary <mary@example.org>"
    assert sent["To"] == "sarah@example.org"
    assert sent.get_content().strip() == "Lovely!"
    done = outbox.get(item.id)
    assert done.status == "sent" and done.attempts == 1 and done.sent_at == FIXED_NOW


def test_an_outage_keeps_the_message_and_retries_with_the_same_message_id(database: Database) -> None:
    sender = FlakySender(TemporaryFailure("No internet connection."), TemporaryFailure("No internet connection."))
    outbox, clock = outbox_with(database, sender)
    item = outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Love you")
    report = outbox.deliver_due()
    assert report.offline and report.error == "No internet connection." and report.waiting == 1
    waiting = outbox.get(item.id)
    assert waiting.status == "queued" and waiting.last_error == "No internet connection."
    assert outbox.deliver_due().sent == 0 and sender.tries == 1, "not retried before its back-off time"
    clock.advance(backoff(1))
    outbox.deliver_due()
    clock.advance(backoff(2))
    assert outbox.deliver_due().sent == 1
    assert sender.tries == 3
    assert sender.sent[0]["Message-ID"] == item.message_id


def test_a_permanent_refusal_is_marked_failed_with_its_reason(database: Database) -> None:
    outbox, _ = outbox_with(database, FlakySender(PermanentFailure("The address does not exist.")))
    item = outbox.enqueue("reply", ["nobody@example.org"], "Re: hi", "Hello")
    assert outbox.deliver_due().failed == 1
    failed = outbox.get(item.id)
    assert failed.status == "failed" and failed.last_error == "The address does not exist."
    assert failed.as_json() == {"id": item.id, "kind": "reply", "to": ["nobody@example.org"], "status": "failed",
                                "attempts": 1, "last_error": "The address does not exist."}


def test_with_no_email_set_up_it_waits(database: Database) -> None:
    outbox, _ = outbox_with(database, None)
    item = outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Hello")
    report = outbox.deliver_due()
    assert report.waiting == 1 and report.error == "Email is not set up yet."
    assert outbox.get(item.id).status == "queued"


def test_an_unexpected_fault_loses_nothing(database: Database) -> None:
    outbox, clock = outbox_with(database, FlakySender(RuntimeError("boom")))
    item = outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", "Hello")
    assert outbox.deliver_due().waiting == 1
    clock.advance(timedelta(hours=1))
    assert outbox.deliver_due().sent == 1
    assert outbox.get(item.id).status == "sent"


def test_back_off_grows_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff(30) == timedelta(hours=1)


def test_nobody_to_send_to_is_refused(database: Database) -> None:
    outbox, _ = outbox_with(database, SandboxSender())
    with pytest.raises(UserError):
        outbox.enqueue("reply", [], "x", "y")
    assert outbox.list() == []


def test_a_failure_is_stored_as_its_sentence_so_each_reader_sees_it_in_their_language(database: Database) -> None:
    refusal = PermanentFailure("{problem} Nothing was lost: CareLink will try again.",
                               {"problem": UserError("Email is not set up yet.")})
    outbox, _ = outbox_with(database, FlakySender(refusal))
    item = outbox.enqueue("concern", ["jane@example.org"], "Help", "Please call")
    outbox.deliver_due()
    failed = outbox.get(item.id)
    assert failed.status == "failed" and failed.last_error == refusal.message, "the English, for --json"
    assert failed.problem is not None and failed.problem.template == refusal.template
    welsh = Translations().for_locale("cy-GB")
    assert failed.error_words(welsh) == refusal.words(welsh) != refusal.message
    assert failed.error_words(welsh).startswith("Dydy'r e-bost ddim wedi'i osod eto. "), "the nested one too"
    with database.session() as session:  # a row written before (English words): read as it is, in any language
        session.get_one(OutboxRow, item.id).last_error = "The mail server said no."
    old = outbox.get(item.id)
    assert (old.last_error, old.problem, old.error_words(welsh)) == ("The mail server said no.", None,
                                                                     "The mail server said no.")


def test_a_damaged_stored_problem_never_breaks_a_screen() -> None:
    assert stored_error(STORED_MARK + "{not json") is None
    assert stored_words(STORED_MARK + '{"sentence": 3}') == ""
    assert stored_words(None) == "" and stored_words("Plain words.") == "Plain words."
    kept = stored_problem(UserError("Port {port} is shut.", {"port": 465, "odd": object()}))
    assert stored_words(kept) == "Port 465 is shut."
