"""A concern against real servers on loopback: it goes out through SMTP, the carer's reply comes back through IMAP
and acknowledges it; an SMTP outage keeps it queued (and says so) and it goes later with the same Message-ID."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from carelink.cli import COMMANDS, build_parser
from carelink.clock import SettableClock
from carelink.errors import UserError
from carelink.household import Household
from tests.helpers import FIXED_NOW, make_household
from tests.helpers.mail_servers import ImapServer, SmtpServer, account_for

pytestmark = pytest.mark.noqt

JANE = ("Jane Wilson", "jane.carer@example.org")
SARAH = ("Sarah Jones", "sarah@example.org")


@pytest.fixture
def household(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Iterator[Household]:
    home = make_household(tmp_path)
    home.settings.set("person.name", "Mary")
    home.settings.set("locale", "en-GB")
    home.settings.set("concern.escalate_after", "30m")
    home.settings.set("checkin.deadline", "")  # the missed-check-in alert is tests/unit/test_checkin.py's business
    home.email.save(account_for(imap_server, smtp_server), imap_server.password)
    home.contacts.add(*SARAH)
    home.contacts.add(*JANE, role="carer")
    yield home
    home.close()


def clock_of(home: Household) -> SettableClock:
    assert isinstance(home.clock, SettableClock)
    return home.clock


def carer_reply(sent: EmailMessage, text: str = "Seen it, Mary. I'll ring you in ten minutes.") -> bytes:
    reply = EmailMessage()
    reply["From"] = f"{JANE[0]} <{JANE[1]}>"
    reply["To"] = "mary@example.org"
    reply["Subject"] = f"Re: {sent['Subject']}"
    reply["Date"] = format_datetime(FIXED_NOW + timedelta(minutes=5))
    reply["Message-ID"] = make_msgid(domain="example.org")
    reply["In-Reply-To"] = sent["Message-ID"]
    reply["References"] = sent["Message-ID"]
    reply.set_content(f"{text}\n\n> {sent.get_content().splitlines()[0]}")
    return reply.as_bytes()


def run_command(household: Household, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """One admin command, parsed as the command line does, run on this household (with its in-memory keyring)."""
    args = build_parser().parse_args(list(argv))
    capsys.readouterr()
    code = COMMANDS[args.command](args, household)
    return code, capsys.readouterr().out


def test_the_carer_reply_through_imap_acknowledges_the_concern(household: Household, smtp_server: SmtpServer,
                                                               imap_server: ImapServer) -> None:
    concern = household.concerns.raise_concern("unwell", "My chest feels tight", call_back=True)
    assert smtp_server.messages == [], "stored; nothing sent yet"
    report = household.sync.sync_once()
    assert report.error is None and report.delivery.sent == 1
    [received] = smtp_server.messages
    assert received.rcpt_tos == [JANE[1]]
    sent = received.message()
    assert sent["Subject"] == f"CareLink concern from Mary: I feel unwell [C-{concern.id}]"
    body = sent.get_content()
    assert '"My chest feels tight"' in body and "Would like a call back: Yes" in body and "999" in body
    assert household.concerns.get(concern.id).status == "sent"

    clock_of(household).advance(timedelta(minutes=5))
    imap_server.deliver(carer_reply(sent))
    report = household.sync.sync_once()
    assert report.error is None and report.new_messages == 1
    seen = household.concerns.get(concern.id)
    assert (seen.status, seen.acknowledged_by) == ("acknowledged", "Jane Wilson")
    assert seen.acknowledged == FIXED_NOW + timedelta(minutes=5)

    clock_of(household).advance(timedelta(hours=2))  # well past escalate_after: an acknowledged concern stays put
    household.sync.sync_once()
    assert household.concerns.get(concern.id).status == "acknowledged"
    assert len(smtp_server.messages) == 1


def test_a_family_reply_through_imap_does_not_acknowledge_and_escalation_follows(
        household: Household, smtp_server: SmtpServer, imap_server: ImapServer) -> None:
    household.contacts.add("Bob Backup", "bob.backup@example.org", role="carer", backup=True)
    concern = household.concerns.raise_concern("safety")
    household.sync.sync_once()
    sent = smtp_server.messages[0].message()
    family = carer_reply(sent).replace(JANE[1].encode(), SARAH[1].encode()).replace(JANE[0].encode(), b"Sarah")
    imap_server.deliver(family)
    clock_of(household).advance(timedelta(minutes=31))
    household.sync.sync_once()  # fetch (Sarah's reply, on the wall) → timers (escalate) → deliver
    assert household.concerns.get(concern.id).status == "escalated"
    assert len(household.wall.messages()) == 1
    [_, escalation] = smtp_server.messages
    assert escalation.rcpt_tos == ["bob.backup@example.org"]
    assert "Jane Wilson has not answered" in escalation.message().get_content()


def test_an_smtp_outage_keeps_the_concern_queued_and_it_goes_later_with_the_same_message_id(
        household: Household, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    smtp_server.refuse("421 4.3.2 Service not available, closing transmission channel")
    code, out = run_command(household, "concern", "raise", "--category", "home", "--note", "No heating",
                            capsys=capsys)
    assert code == 0
    assert "Stored: it will be sent to Jane Wilson when the connection is back" in out
    [concern] = household.concerns.list()
    assert concern.status == "queued" and concern.sent is None
    [item] = household.outbox.list()
    assert item.status == "queued" and item.attempts == 1 and item.last_error
    first_id = item.message_id
    code, out = run_command(household, "concerns", "--json", capsys=capsys)
    assert json.loads(out)[0]["status"] == "queued"

    assert household.courier.send_now().sent == 0, "too soon for a retry: the back-off holds it"
    assert household.outbox.get(item.id).attempts == 1
    report = household.sync.sync_once()  # the sync reached the mail server: so everything queued is tried now
    assert report.delivery.sent == 0 and household.outbox.get(item.id).attempts == 2

    smtp_server.refusals.clear()
    clock_of(household).advance(timedelta(seconds=31))
    report = household.sync.sync_once()
    assert report.delivery.sent == 1 and report.error is None
    [received] = smtp_server.messages
    assert received.message()["Message-ID"] == first_id
    after = household.concerns.get(concern.id)
    assert after.status == "sent" and after.sent == FIXED_NOW + timedelta(seconds=31)


def test_the_smtp_server_down_then_back_sends_the_same_message_id(household: Household,
                                                                  smtp_server: SmtpServer) -> None:
    smtp_server.refuse("451 4.3.0 Try again later", at="RCPT")
    concern = household.concerns.raise_concern("care")
    for minutes in (0, 1, 3):  # several tries during the outage
        clock_of(household).advance(timedelta(minutes=minutes))
        household.sync.sync_once()
    [item] = household.outbox.list()
    assert item.status == "queued" and item.attempts >= 2 and item.last_error
    smtp_server.refusals.clear()
    clock_of(household).advance(timedelta(hours=1))
    household.sync.sync_once()
    assert [m.message()["Message-ID"] for m in smtp_server.messages] == [item.message_id]
    assert household.concerns.get(concern.id).status == "sent"


def test_a_carer_address_refused_for_good_is_not_reported_as_waiting_for_the_connection(
        household: Household, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    """The server says the carer's address does not exist (550). Telling the person "it will be sent when the
    connection is back" would be false: it never will. The concern must not fail silently: it goes to the family
    at once, and says so once their email was accepted."""
    smtp_server.refused_addresses[JANE[1]] = "550 5.1.1 No such user here"
    code, out = run_command(household, "concern", "raise", "--category", "unwell", capsys=capsys)
    assert code == 0, "the concern reached Sarah: the command itself succeeded"
    first, *passed_on = sorted(household.outbox.list(), key=lambda i: i.id)
    assert first.status == "failed"
    assert [i.status for i in passed_on] == ["sent"], "the concern was passed on to someone else at once"
    assert [m.rcpt_tos for m in smtp_server.messages] == [[SARAH[1]]]
    assert "when the connection is back" not in out, f"a refused concern is reported as merely waiting: {out!r}"
    assert out.strip().startswith("Jane Wilson's email address did not work, so it was sent to Sarah Jones instead")
    [concern] = household.concerns.list()
    assert concern.status == "escalated"


def test_a_server_refusing_everything_for_good_never_says_sent_and_says_whom_to_phone(
        household: Household, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    """554 to everything: nothing left the computer. The concern is never "sent" nor "escalated", the command
    says plainly to phone the carer (on the number the family gave), and the family sees it in `concerns`."""
    jane = household.contacts.find_by_email(JANE[1])
    assert jane is not None
    household.contacts.update(jane.id, jane.name, jane.email, "carer", False, phone="01234 567890")
    household.contacts.add("Bob Backup", "bob.backup@example.org", role="carer", backup=True)
    smtp_server.refuse("554 5.7.1 Transaction failed: sending refused")
    args = build_parser().parse_args(["concern", "raise", "--category", "unwell"])
    capsys.readouterr()
    with pytest.raises(UserError) as refused:
        COMMANDS[args.command](args, household)
    assert refused.value.message.startswith("CareLink could not send this. Please phone Jane Wilson on 01234 567890.")
    assert capsys.readouterr().out == "", "nothing reassuring was printed before the bad news"
    assert smtp_server.messages == []
    assert sorted(i.status for i in household.outbox.list()) == ["failed", "failed"]
    _, out = run_command(household, "concerns", "--json", capsys=capsys)
    [listed] = json.loads(out)
    assert (listed["status"], listed["sent"]) == ("failed", None)
    household.sync.sync_once()  # the next sync neither resends nor changes the truth
    assert household.concerns.get(listed["id"]).status == "failed" and smtp_server.messages == []
