"""Report a concern: stored (with its email) before anything is sent, a structured email to the carer, queued → sent,
acknowledged by a carer's reply, escalated on the settable clock, and the `concern` / `concerns` commands.

Real SQLite households throughout. The only fakes are ports: the demo household's sandbox sender (or a sender that
fails on purpose in its place)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlalchemy import select, update

from carelink.channels.email.mime import parse_message
from carelink.channels.ports import PermanentFailure
from carelink.clock import SettableClock
from carelink.errors import UserError
from carelink.household import Household
from carelink.services.contacts import Contact
from carelink.services.mail_words import CATEGORIES
from carelink.storage.models import ConcernRow, OutboxRow
from tests.helpers import FIXED_NOW, make_household, run_cli
from tests.helpers.mail_servers import account_for

pytestmark = pytest.mark.noqt

JANE = "jane.carer@example.org"  # the demo household's carer, Jane Wilson
FAMILY = {"sarah@example.org", "tom@example.org", "emma@example.org", "david@example.org"}
BACKUP = ("Bob Backup", "bob.backup@example.org")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Household]:
    """The demo household (Mary, four family members and Jane Wilson the carer, en-GB) on a settable clock;
    what it sends is kept by its sandbox sender."""
    home = make_household(tmp_path, demo=True)
    yield home
    home.close()


def clock_of(home: Household) -> SettableClock:
    assert isinstance(home.clock, SettableClock)
    return home.clock


def sent_mail(home: Household) -> list[EmailMessage]:
    return home.transport.outgoing.sent  # type: ignore[attr-defined, no-any-return]


def contact(home: Household, address: str) -> Contact:
    found = home.contacts.find_by_email(address)
    assert found is not None
    return found


def recipients(message: EmailMessage) -> set[str]:
    return {a.strip() for a in str(message["To"]).split(",")}


def reply_from(sender: str, subject: str, in_reply_to: str | None = None, references: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = f"Someone <{sender}>"
    message["To"] = "mary@example.org"
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="example.org")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    message.set_content("Thanks Mary, I've seen this and I'll call you shortly.")
    return message.as_bytes()


def concern_items(home: Household) -> list[OutboxRow]:
    with home.database.session() as session:
        return list(session.scalars(select(OutboxRow).where(OutboxRow.kind == "concern").order_by(OutboxRow.id)))


class RefusingSender:
    """A MailSender port whose server refuses every message for good (like "550 no such user")."""

    def __init__(self) -> None:
        self.tries = 0

    def send(self, message: EmailMessage) -> None:
        self.tries += 1
        raise PermanentFailure("The mail server would not deliver to jane.carer@example.org. Check that address.")


# --- storing before sending ---------------------------------------------------------------------------------------

def test_raise_stores_the_concern_and_its_email_before_anything_is_sent(demo: Household, tmp_path: Path) -> None:
    concern = demo.concerns.raise_concern("unwell", "  My chest feels tight.  ", call_back=True)
    assert sent_mail(demo) == [], "raise_concern only stores; sending is the outbox's job"
    assert (concern.status, concern.category, concern.note) == ("queued", "unwell", "My chest feels tight.")
    assert concern.carers == ("Jane Wilson",) and concern.call_back

    other = make_household(tmp_path, demo=True)  # a second process on the same folder sees what was committed
    try:
        assert other.concerns.get(concern.id).status == "queued"
        [item] = [i for i in other.outbox.list() if i.kind == "concern"]
        assert item.status == "queued" and item.to == (JANE,)
        assert item.subject.endswith(f"[C-{concern.id}]")
    finally:
        other.close()


@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_every_category_can_be_raised(demo: Household, category: str) -> None:
    concern = demo.concerns.raise_concern(category)
    assert demo.concerns.get(concern.id).category == category
    [item] = concern_items(demo)
    assert CATEGORIES[category] in item.subject


@pytest.mark.parametrize("category", ["", "bored", "UNWELL", "unwell "])
def test_a_bad_category_is_refused_and_nothing_is_stored(demo: Household, category: str) -> None:
    with pytest.raises(UserError, match="not a kind of concern"):
        demo.concerns.raise_concern(category, "hello")
    assert demo.concerns.list() == []
    assert concern_items(demo) == []


def test_a_note_that_is_too_long_is_refused_and_nothing_is_stored(demo: Household) -> None:
    with pytest.raises(UserError, match="too long"):
        demo.concerns.raise_concern("other", "x" * 2001)
    assert demo.concerns.list() == [] and concern_items(demo) == []


def test_with_nobody_to_tell_it_says_who_can_fix_it_and_stores_nothing(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        home.settings.set("person.name", "Mary")
        with pytest.raises(UserError) as raised:
            home.concerns.raise_concern("unwell", "I feel dizzy")
        assert "Please phone your family or someone you trust" in raised.value.message
        assert "Settings → Contacts" in raised.value.message and "--role carer" in raised.value.message
        assert home.concerns.list() == []
        assert home.outbox.list() == []
    finally:
        home.close()


def test_with_no_carer_it_goes_to_the_family_and_the_email_says_why(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        home.settings.set("person.name", "Mary")
        home.contacts.add("Sarah Jones", "sarah@example.org")  # family only: no carer
        home.contacts.add("Tom Jones", "tom@example.org")
        to = home.concerns.recipients()
        assert to.to_family and to.names == ("Sarah Jones", "Tom Jones")
        concern = home.concerns.raise_concern("unwell", "I feel dizzy")
        assert (concern.status, concern.carers) == ("queued", ("Sarah Jones", "Tom Jones"))
        [email] = home.outbox.list()
        assert set(email.to) == {"sarah@example.org", "tom@example.org"}
        assert email.body.startswith("No carer is set up in CareLink yet, so this concern comes to Mary's family.")
        assert "I feel dizzy" in email.body
    finally:
        home.close()


def test_a_family_reply_to_a_concern_that_went_to_the_family_acknowledges(demo: Household) -> None:
    jane = contact(demo, JANE)
    demo.contacts.remove(jane.id)
    concern_id = demo.concerns.raise_concern("lonely").id
    demo.courier.send_now()
    [message] = sent_mail(demo)
    assert recipients(message) == FAMILY
    assert demo.concerns.get(concern_id).status == "sent"
    mail = parse_message(reply_from("tom@example.org", f"Re: {message['Subject']}",
                                    in_reply_to=message["Message-ID"]))
    assert demo.concerns.note_mail(mail, contact(demo, "tom@example.org")) == concern_id
    assert demo.concerns.get(concern_id).acknowledged_by == "Tom Jones"


def test_a_concern_that_went_to_the_whole_family_is_never_escalated_to_them_again(demo: Household) -> None:
    demo.contacts.remove(contact(demo, JANE).id)
    concern_id = demo.concerns.raise_concern("care").id
    demo.courier.send_now()
    clock_of(demo).advance(demo.settings.escalate_after + timedelta(minutes=1))
    assert demo.concerns.run_timers() == []
    assert len(sent_mail(demo)) == 1
    assert demo.concerns.get(concern_id).status == "sent"


def test_concern_raise_with_no_carer_says_it_went_to_the_family(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(tmp_path), "--demo"]
    home = make_household(tmp_path, demo=True)
    home.contacts.remove(contact(home, JANE).id)
    home.close()
    code, out, err = run_cli([*base, "concern", "raise", "--category", "unwell"], capsys)
    assert (code, err) == (0, ""), err
    assert out.startswith("No carer is set up, so this concern goes to the family instead: ")
    assert "Tom Jones" in out and "--role carer" in out


def test_concern_raise_with_nobody_to_tell_says_who_can_fix_it(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    home = make_household(tmp_path)
    home.settings.set("person.name", "Mary")
    home.close()
    code, out, err = run_cli(["--data-dir", str(tmp_path), "concern", "raise", "--category", "unwell"], capsys)
    assert code == 1 and out == ""
    assert "Nobody is set up to hear about a concern yet" in err and "--role carer" in err


# --- the carer's email ---------------------------------------------------------------------------------------------

def test_the_carer_email_says_who_what_when_their_words_and_what_to_do(demo: Household) -> None:
    concern = demo.concerns.raise_concern("unwell", "My chest feels tight.", call_back=True)
    demo.courier.send_now()
    [message] = sent_mail(demo)
    assert recipients(message) == {JANE}
    assert message["Subject"] == f"CareLink concern from Mary: I feel unwell [C-{concern.id}]"
    body = message.get_content()
    assert "Mary has reported a concern" in body
    assert "What is wrong: I feel unwell" in body
    assert f"When: {FIXED_NOW.astimezone():%A %d %B %Y at %H:%M}" in body
    assert '"My chest feels tight."' in body
    assert "Would like a call back: Yes" in body
    assert "reply to this email" in body
    assert "CareLink is not an emergency service" in body
    assert "call 999" in body, "en-GB: the UK's emergency number"
    assert f"C-{concern.id}" in body


def test_with_no_words_and_no_call_back_the_email_says_so(demo: Household) -> None:
    demo.concerns.raise_concern("lonely")
    demo.courier.send_now()
    body = sent_mail(demo)[0].get_content()
    assert "Mary did not add any words." in body
    assert "Would like a call back: No" in body
    assert "What is wrong: I feel lonely or low" in body


@pytest.mark.parametrize(("locale", "number"), [("en-GB", "999"), ("en-US", "911"), ("fr-FR", "112"),
                                                 ("en-AU", "000")])
def test_the_emergency_number_comes_from_the_locale(demo: Household, locale: str, number: str) -> None:
    demo.settings.set("locale", locale)
    demo.concerns.raise_concern("safety")
    demo.courier.send_now()
    # (a French household's email is in French: "appelez le 112.")
    assert f" {number}." in sent_mail(demo)[0].get_content()


def test_an_emergency_number_set_by_the_family_wins_over_the_locale(demo: Household) -> None:
    demo.settings.set("locale", "en-US")
    demo.settings.set("emergency.number", "112")
    demo.concerns.raise_concern("safety")
    demo.courier.send_now()
    body = sent_mail(demo)[0].get_content()
    assert "call 112." in body and "911" not in body


def test_status_goes_from_queued_to_sent_when_the_outbox_delivers(demo: Household) -> None:
    concern = demo.concerns.raise_concern("home", "The boiler is off")
    assert demo.concerns.get(concern.id).status == "queued"
    clock_of(demo).advance(timedelta(seconds=5))
    report = demo.courier.send_now()
    assert report.sent == 1
    now = demo.concerns.get(concern.id)
    assert now.status == "sent"
    assert now.sent == FIXED_NOW + timedelta(seconds=5)
    [item] = concern_items(demo)
    assert sent_mail(demo)[0]["Message-ID"] == item.message_id


# --- the durable hand-over from concern to outbox ------------------------------------------------------------------

def test_a_concern_and_its_email_are_stored_together_or_not_at_all(demo: Household,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The concern and its email commit in one transaction: a failure while queuing the email leaves neither."""
    def broken_add_to(*args: object, **kwargs: object) -> object:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo.outbox, "add_to", broken_add_to)
    with pytest.raises(RuntimeError):
        demo.concerns.raise_concern("unwell")
    monkeypatch.undo()
    assert demo.concerns.list() == []
    assert concern_items(demo) == []


def test_a_crash_after_the_email_was_queued_does_not_make_a_second_email(demo: Household) -> None:
    """raise_concern commits the concern, then its outbox item, then (a third commit) the concern's outbox_id.
    A crash before that third commit leaves the email queued but not linked: it must not be queued again, with a
    second Message-ID (the carer would get two emails, and a reply to the first would not thread to the other)."""
    concern = demo.concerns.raise_concern("unwell", "I fell over")
    with demo.database.session() as session:  # the state a kill -9 leaves just before the third commit
        session.execute(update(ConcernRow).where(ConcernRow.id == concern.id).values(outbox_id=None))
    demo.concerns.list()
    demo.courier.send_now()
    items = concern_items(demo)
    assert len(items) == 1, f"one concern, {len(items)} emails queued: {[i.message_id for i in items]}"
    assert len(sent_mail(demo)) == 1


def test_reading_the_concerns_while_one_is_being_raised_does_not_make_a_second_email(demo: Household) -> None:
    """A screen (or the sync thread's timers) that reads the concerns at the moment the outbox announces the new
    email — between raise_concern's commits — must not queue the concern's email a second time."""
    looked: list[int] = []

    def screen_refresh(item_id: int) -> None:
        if not looked:  # a screen refreshes once; no re-entrancy games
            looked.append(item_id)
            demo.concerns.list()

    demo.outbox.changed.connect(screen_refresh)
    demo.concerns.raise_concern("care", "Nobody came this morning")
    demo.outbox.changed.disconnect(screen_refresh)
    demo.courier.send_now()
    assert len(concern_items(demo)) == 1
    assert len(sent_mail(demo)) == 1, "the carer gets the concern once"


# --- escalation ----------------------------------------------------------------------------------------------------

def raise_and_send(home: Household, category: str = "unwell", note: str = "") -> int:
    concern = home.concerns.raise_concern(category, note)
    assert home.courier.send_now().sent >= 1
    assert home.concerns.get(concern.id).status == "sent"
    return concern.id


def test_escalation_waits_for_escalate_after_then_tells_the_backup_carer_once(demo: Household) -> None:
    demo.settings.set("concern.escalate_after", "30m")
    demo.contacts.add(*BACKUP, role="carer", backup=True)
    concern_id = raise_and_send(demo, note="I feel faint")
    clock = clock_of(demo)

    clock.advance(timedelta(minutes=29, seconds=59))
    assert demo.concerns.run_timers() == []
    assert demo.concerns.get(concern_id).status == "sent"

    clock.advance(timedelta(seconds=1))
    assert demo.concerns.run_timers() == [concern_id]
    assert demo.concerns.get(concern_id).status == "sent", "not 'escalated' before the backup carer's email went"
    demo.courier.send_now()
    escalated = demo.concerns.get(concern_id)
    assert escalated.status == "escalated"
    assert escalated.escalated == FIXED_NOW + timedelta(minutes=30)

    clock.advance(timedelta(minutes=45))
    assert demo.concerns.run_timers() == [], "escalated only once"
    demo.courier.send_now()
    first, second = sent_mail(demo)
    assert recipients(first) == {JANE}
    assert recipients(second) == {BACKUP[1]}, "the backup carer only: the main carer is not mailed again"
    body = second.get_content()
    assert "Jane Wilson has not answered this concern yet" in body
    assert '"I feel faint"' in body and "call 999" in body
    assert second["Subject"].endswith(f"[C-{concern_id}]")
    assert second["Message-ID"] != first["Message-ID"]


def test_with_no_backup_carer_the_family_is_told(demo: Household) -> None:
    demo.settings.set("concern.escalate_after", "30m")
    concern_id = raise_and_send(demo)
    clock_of(demo).advance(timedelta(minutes=30))
    assert demo.concerns.run_timers() == [concern_id]
    demo.courier.send_now()
    escalation = sent_mail(demo)[-1]
    assert recipients(escalation) == FAMILY
    assert "Jane Wilson has not answered" in escalation.get_content()


def test_with_only_a_backup_carer_the_escalation_does_not_go_back_to_the_same_person(tmp_path: Path) -> None:
    """The backup carer stands in as the main carer when there is no other: telling "Bob has not answered this"
    to Bob himself reaches nobody new. Someone else (the family) must hear."""
    home = make_household(tmp_path, demo=True)
    try:
        jane = contact(home, JANE)
        home.contacts.remove(jane.id)
        home.contacts.add(*BACKUP, role="carer", backup=True)
        home.settings.set("concern.escalate_after", "30m")
        concern_id = raise_and_send(home)
        assert recipients(sent_mail(home)[0]) == {BACKUP[1]}
        clock_of(home).advance(timedelta(minutes=30))
        home.concerns.run_timers()
        home.courier.send_now()
        escalation = sent_mail(home)[-1]
        assert escalation is not sent_mail(home)[0], f"concern {concern_id} was not passed on to anyone"
        assert BACKUP[1] not in recipients(escalation), "the escalation went back to the carer who has not answered"
    finally:
        home.close()


def test_an_acknowledged_concern_is_never_escalated(demo: Household) -> None:
    demo.settings.set("concern.escalate_after", "30m")
    demo.contacts.add(*BACKUP, role="carer", backup=True)
    concern_id = raise_and_send(demo)
    [message] = sent_mail(demo)
    clock_of(demo).advance(timedelta(minutes=10))
    mail = parse_message(reply_from(JANE, f"Re: {message['Subject']}", in_reply_to=message["Message-ID"]))
    assert demo.concerns.note_mail(mail, contact(demo, JANE)) == concern_id
    clock_of(demo).advance(timedelta(hours=5))
    assert demo.concerns.run_timers() == []
    assert demo.concerns.get(concern_id).status == "acknowledged"
    demo.courier.send_now()
    assert len(sent_mail(demo)) == 1


def test_a_queued_concern_is_not_escalated_before_it_was_sent(demo: Household) -> None:
    demo.settings.set("concern.escalate_after", "30m")
    demo.contacts.add(*BACKUP, role="carer", backup=True)
    concern = demo.concerns.raise_concern("unwell")
    clock_of(demo).advance(timedelta(minutes=10))
    demo.courier.send_now()  # sent ten minutes late: the carer's thirty minutes start now
    clock_of(demo).advance(timedelta(minutes=25))
    assert demo.concerns.run_timers() == []
    clock_of(demo).advance(timedelta(minutes=5))
    assert demo.concerns.run_timers() == [concern.id]


def test_a_concern_the_server_refuses_for_good_is_not_left_quietly_waiting(demo: Household) -> None:
    """The carer's address is refused for good (the outbox marks the email failed). The concern must not sit as
    'queued' for ever with nobody told: the backup carer is sent it in the same courier pass. When the server
    refuses that too, nothing left the computer: the concern is 'failed', never 'sent' nor 'escalated'."""
    demo.settings.set("concern.escalate_after", "30m")
    demo.contacts.add(*BACKUP, role="carer", backup=True)
    refusing = RefusingSender()
    demo.transport.outgoing = refusing  # type: ignore[attr-defined]
    concern = demo.concerns.raise_concern("unwell", "I can't get up")
    report = demo.courier.send_now()
    assert refusing.tries == 2, "the carer's email, then at once the backup carer's"
    assert (report.sent, report.failed) == (0, 2)
    items = concern_items(demo)
    assert [i.status for i in items] == ["failed", "failed"]
    assert any(BACKUP[1] in i.to_addrs for i in items), "nobody else was tried"
    after = demo.concerns.get(concern.id)
    assert (after.status, after.sent, after.escalated) == ("failed", None, None)
    clock_of(demo).advance(timedelta(hours=2))
    demo.concerns.run_timers()
    demo.courier.send_now()
    assert demo.concerns.get(concern.id).status == "failed"
    assert refusing.tries == 2, "a refused concern is not sent again and again"


class RefusingJane(RefusingSender):
    """Refuses mail to the main carer only; takes the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[EmailMessage] = []

    def send(self, message: EmailMessage) -> None:
        if JANE in str(message["To"]):
            super().send(message)
        self.sent.append(message)


def test_a_concern_refused_for_the_carer_is_escalated_only_once_the_backup_carer_has_it(demo: Household) -> None:
    demo.contacts.add(*BACKUP, role="carer", backup=True)
    demo.transport.outgoing = RefusingJane()  # type: ignore[attr-defined]
    concern = demo.concerns.raise_concern("unwell")
    demo.courier.send_now()
    after = demo.concerns.get(concern.id)
    assert (after.status, after.escalated_to) == ("escalated", ("Bob Backup",))
    assert after.sent == after.escalated == FIXED_NOW
    [to_bob] = demo.transport.outgoing.sent  # type: ignore[attr-defined]
    assert recipients(to_bob) == {BACKUP[1]}
    assert "could not deliver this concern to Jane Wilson" in to_bob.get_content()
    assert "has not answered" not in to_bob.get_content(), "Jane never got it: she cannot have ignored it"
# --- acknowledgement -----------------------------------------------------------------------------------------------

def test_a_carer_reply_by_in_reply_to_acknowledges(demo: Household) -> None:
    concern_id = raise_and_send(demo)
    [message] = sent_mail(demo)
    clock_of(demo).advance(timedelta(minutes=7))
    mail = parse_message(reply_from(JANE, "Re: your message", in_reply_to=message["Message-ID"]))
    assert demo.concerns.note_mail(mail, contact(demo, JANE)) == concern_id
    seen = demo.concerns.get(concern_id)
    assert (seen.status, seen.acknowledged_by) == ("acknowledged", "Jane Wilson")
    assert seen.acknowledged == FIXED_NOW + timedelta(minutes=7)


def test_a_carer_reply_by_references_acknowledges(demo: Household) -> None:
    concern_id = raise_and_send(demo)
    [message] = sent_mail(demo)
    mail = parse_message(reply_from(JANE, "Seen", references=f"<older@example.org> {message['Message-ID']}"))
    assert demo.concerns.note_mail(mail, contact(demo, JANE)) == concern_id
    assert demo.concerns.get(concern_id).acknowledged_by == "Jane Wilson"


def test_a_carer_mail_naming_the_reference_acknowledges(demo: Household) -> None:
    first = raise_and_send(demo)
    second = raise_and_send(demo, "home")
    mail = parse_message(reply_from(JANE, f"About Mary [C-{second}] - on my way"))  # a new mail, not a reply
    assert demo.concerns.note_mail(mail, contact(demo, JANE)) == second
    assert demo.concerns.get(second).status == "acknowledged"
    assert demo.concerns.get(first).status == "sent", "only the concern it names"


def test_a_backup_carer_reply_to_the_escalation_acknowledges(demo: Household) -> None:
    demo.settings.set("concern.escalate_after", "30m")
    demo.contacts.add(*BACKUP, role="carer", backup=True)
    concern_id = raise_and_send(demo)
    clock_of(demo).advance(timedelta(minutes=30))
    demo.concerns.run_timers()
    demo.courier.send_now()
    escalation = sent_mail(demo)[-1]
    mail = parse_message(reply_from(BACKUP[1], "Re: concern", in_reply_to=escalation["Message-ID"]))
    assert demo.concerns.note_mail(mail, contact(demo, BACKUP[1])) == concern_id
    assert demo.concerns.get(concern_id).acknowledged_by == "Bob Backup"


def test_a_family_reply_does_not_acknowledge(demo: Household) -> None:
    concern_id = raise_and_send(demo)
    [message] = sent_mail(demo)
    mail = parse_message(reply_from("sarah@example.org", f"Re: {message['Subject']}",
                                    in_reply_to=message["Message-ID"]))
    assert demo.concerns.note_mail(mail, contact(demo, "sarah@example.org")) is None
    still = demo.concerns.get(concern_id)
    assert (still.status, still.acknowledged, still.acknowledged_by) == ("sent", None, None)


def test_an_unrelated_carer_mail_does_not_acknowledge(demo: Household) -> None:
    concern_id = raise_and_send(demo)
    mail = parse_message(reply_from(JANE, "Tuesday's visit", in_reply_to="<something-else@example.org>"))
    assert demo.concerns.note_mail(mail, contact(demo, JANE)) is None
    assert demo.concerns.get(concern_id).status == "sent"


# --- the commands ----------------------------------------------------------------------------------------------------

def test_concern_raise_and_concerns_json_on_the_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(tmp_path), "--demo"]
    code, out, err = run_cli([*base, "concern", "raise", "--category", "lonely", "--note", "Quiet day"], capsys)
    assert (code, err) == (0, "")
    assert "Sent to Jane Wilson" in out and "C-1" in out
    code, out, err = run_cli([*base, "concerns", "--json"], capsys)
    assert code == 0
    [row] = json.loads(out)
    assert set(row) == {"id", "category", "note", "status", "created", "sent", "acknowledged", "acknowledged_by"}
    assert (row["id"], row["category"], row["note"], row["status"]) == (1, "lonely", "Quiet day", "sent")
    assert row["created"] and row["sent"] and row["acknowledged"] is None and row["acknowledged_by"] is None
    code, out, _ = run_cli([*base, "concerns"], capsys)
    assert code == 0 and "lonely" in out and "sent" in out


def test_concern_raise_with_a_bad_category_is_a_usage_error(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _err = run_cli(["--data-dir", str(tmp_path), "--demo", "concern", "raise", "--category", "bad"],
                               capsys)
    assert code == 2


def test_concern_raise_with_the_server_unreachable_stores_it_and_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = make_household(tmp_path)
    home.settings.set("person.name", "Mary")
    home.email.save(account_for(None, None), None)  # both servers on loopback ports where nothing listens
    home.contacts.add("Jane Wilson", JANE, role="carer")
    home.close()
    code, out, err = run_cli(["--data-dir", str(tmp_path), "concern", "raise", "--category", "unwell",
                              "--note", "Dizzy"], capsys)
    assert code == 0, err
    assert "it will be sent to Jane Wilson when the connection is back" in out
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "concerns", "--json"], capsys)
    [row] = json.loads(out)
    assert (row["status"], row["note"], row["sent"]) == ("queued", "Dizzy", None)
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "outbox", "--json"], capsys)
    [item] = json.loads(out)
    assert (item["kind"], item["status"], item["attempts"]) == ("concern", "queued", 1)
    assert "not answering" in item["last_error"]


def test_two_processes_that_both_saw_the_concern_waiting_escalate_it_once(tmp_path: Path) -> None:
    """Two CareLinks on one household both listed the concern as due for escalation; the second to decide looks
    again inside its own write-locked transaction and finds it already done."""
    first = make_household(tmp_path, demo=True)
    second = make_household(tmp_path, demo=True, clock=first.clock)
    try:
        first.settings.set("concern.escalate_after", "30m")
        first.contacts.add(*BACKUP, role="carer", backup=True)
        concern_id = raise_and_send(first)
        clock_of(first).advance(timedelta(minutes=31))
        limit = second.settings.escalate_after
        assert first.concerns.run_timers() == [concern_id]
        assert second.concerns._escalate_if_due(concern_id, limit) is False  # as if its look came before
        first.courier.send_now()
        second.courier.send_now()
        assert [recipients(m) for m in sent_mail(first)].count({BACKUP[1]}) == 1
    finally:
        second.close()
        first.close()


def test_a_concern_sent_while_the_clock_was_a_day_fast_escalates_on_time_once_it_is_put_right(
        demo: Household) -> None:
    demo.settings.set("concern.escalate_after", "30m")
    demo.contacts.add(*BACKUP, role="carer", backup=True)
    clock = clock_of(demo)
    clock.set(FIXED_NOW + timedelta(days=1))
    concern_id = raise_and_send(demo)
    assert demo.concerns.get(concern_id).sent == FIXED_NOW + timedelta(days=1)
    clock.set(FIXED_NOW + timedelta(minutes=1))  # put right
    assert demo.concerns.run_timers() == []
    clock.advance(timedelta(minutes=30))  # its own interval after the clock was put right: not a day
    assert demo.concerns.run_timers() == [concern_id]
