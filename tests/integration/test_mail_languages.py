"""The emails CareLink sends come out in the reader's language, at a real SMTP server on loopback: the household's
language for the family (check-in, missed check-in alert, call invite, reply), and a carer's own language (set per
contact) for the concern, structured part and all. Pseudo-translations made at test time (tests/helpers/
pseudo_language.py) mark every translated sentence, so a line left in English shows."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from carelink.clock import SettableClock
from carelink.household import Household
from carelink.translation import Translations
from tests.helpers import FIXED_NOW, make_household
from tests.helpers.fakes import family_mail
from tests.helpers.mail_servers import ImapServer, SmtpServer, account_for
from tests.helpers.pseudo_language import make_ts, marked

pytestmark = pytest.mark.noqt
WELSH, SPANISH = "⟦cy⟧", "⟦es⟧"


@pytest.fixture
def household(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Iterator[Household]:
    folder = tmp_path / "translations"
    make_ts(folder, "cy", marked(WELSH))
    make_ts(folder, "es", marked(SPANISH))
    home = make_household(tmp_path / "home", translations=Translations(folder))
    home.settings.set("person.name", "Mary")
    home.settings.set("locale", "es-ES")
    home.email.save(account_for(imap_server, smtp_server), imap_server.password)
    home.contacts.add("Sarah Jones", "sarah@example.org")
    home.contacts.add("Jane Wilson", "jane@example.org", role="carer", language="cy")
    yield home
    home.close()


def sent(smtp_server: SmtpServer, to: str) -> list[EmailMessage]:
    return [m.message() for m in smtp_server.messages if to in m.rcpt_tos]


def all_in(mail: EmailMessage, mark: str, own_words: tuple[str, ...] = ()) -> None:
    """The subject and every line of the body are in the language (the person's own words and links aside)."""
    assert str(mail["Subject"]).startswith(mark), mail["Subject"]
    body = mail.get_content()
    for line in (line for line in body.splitlines() if line.strip()):
        assert line.startswith(mark) or line.strip() in own_words, f"not translated: {line!r}\n{body}"


def test_the_concern_goes_to_the_carer_in_her_own_language(household: Household, smtp_server: SmtpServer) -> None:
    household.concerns.raise_concern("unwell", "My chest hurts", call_back=True)
    assert household.courier.send_now().sent == 1
    [mail] = sent(smtp_server, "jane@example.org")
    all_in(mail, WELSH)
    body = mail.get_content()
    assert f"{WELSH} What is wrong: {WELSH} I feel unwell" in body, "the kind of concern too"
    assert f"{WELSH} Would like a call back: {WELSH} Yes" in body
    assert '"My chest hurts"' in body, "her own words as she wrote them"
    assert f"{WELSH} When: {WELSH} " in body and f"{WELSH} Saturday" in body, "the day in Welsh (21 November 2026)"
    assert "[C-1]" in str(mail["Subject"]), "the reference a reply is matched by stays"


def test_a_carer_with_no_language_of_her_own_reads_the_household_s(household: Household,
                                                                   smtp_server: SmtpServer) -> None:
    jane = next(c for c in household.contacts.list() if c.role == "carer")
    household.contacts.set_language(jane.id, None)
    household.concerns.raise_concern("home")
    household.courier.send_now()
    [mail] = sent(smtp_server, "jane@example.org")
    all_in(mail, SPANISH)
    assert f"{SPANISH} Mary did not add any words." in mail.get_content()


def test_check_in_alert_invite_and_reply_go_to_the_family_in_the_household_s_language(
        household: Household, smtp_server: SmtpServer, imap_server: ImapServer) -> None:
    clock = household.clock
    assert isinstance(clock, SettableClock)
    clock.set(FIXED_NOW.replace(hour=11, minute=30))  # after the 11:00 deadline, with no check-in
    assert household.checkin.run_timers() is True
    sarah = household.contacts.find_by_email("sarah@example.org")
    assert sarah is not None
    household.calls.start_call(sarah.id)
    household.checkin.check_in()
    imap_server.deliver(family_mail("sarah@example.org", "Hello Mum", subject=""))
    household.sync.sync_once()
    [card] = household.wall.messages()
    household.replies.reply(card.id, "Lovely!")
    household.courier.send_now()
    mails = sent(smtp_server, "sarah@example.org")
    assert len(mails) == 4
    alert, invite, checkin, reply = mails
    all_in(alert, SPANISH)
    all_in(checkin, SPANISH)
    all_in(invite, SPANISH)
    assert f"{SPANISH} Mary would like a video call now — join here: https://meet.jit.si/" in invite.get_content()
    assert reply["Subject"] == f"Re: {SPANISH} A message from Mary"
    assert reply.get_content().splitlines()[-1] == f"{SPANISH} (sent with CareLink)"
    assert reply.get_content().startswith("Lovely!"), "the reply itself is the person's own words"


def test_a_call_to_the_carer_invites_her_in_her_language(household: Household, smtp_server: SmtpServer) -> None:
    jane = next(c for c in household.contacts.list() if c.role == "carer")
    household.calls.start_call(jane.id)
    household.courier.send_now()
    [invite] = sent(smtp_server, "jane@example.org")
    all_in(invite, WELSH)
