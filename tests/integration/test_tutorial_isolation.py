"""Nothing a learner does in the practice household reaches a real person: with a real household set up against
real mail servers (on loopback) in the same data folder, and its password in the same password store, every
reply, concern, check-in and call invite from the practice household stays in the sandbox."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from carelink.app import build_household, build_tutorial_household
from carelink.channels.sandbox import SandboxTransport
from carelink.household import Household
from carelink.secrets import SecretStore
from tests.helpers import make_clock, memory_secrets
from tests.helpers.fakes import family_mail
from tests.helpers.mail_servers import ImapServer, SmtpServer, account_for

pytestmark = pytest.mark.noqt


@pytest.fixture
def secrets() -> SecretStore:
    return memory_secrets()


@pytest.fixture
def real(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer,
         secrets: SecretStore) -> Iterator[Household]:
    home = build_household(tmp_path, demo=False, clock=make_clock(), secrets=secrets)
    home.settings.set("person.name", "Mary")
    home.email.save(account_for(imap_server, smtp_server), imap_server.password)
    # The real family has the same addresses as the pretend one: still nothing may reach them.
    home.contacts.add("Sarah Jones", "sarah@example.org")
    home.contacts.add("Jane Wilson", "jane.carer@example.org", role="carer")
    imap_server.deliver(family_mail("sarah@example.org", "A real message from the real Sarah."))
    assert home.sync.sync_once().new_messages == 1
    yield home
    home.close()


def counts(home: Household) -> tuple[int, int, int, int]:
    return (len(home.wall.messages()), len(home.outbox.list()), len(home.concerns.list()),
            len(home.held.list()))


def test_the_practice_household_sends_nothing_to_the_real_servers(
        tmp_path: Path, real: Household, smtp_server: SmtpServer, imap_server: ImapServer,
        secrets: SecretStore) -> None:
    before = counts(real)
    practice = build_tutorial_household(tmp_path, "Rose", clock=make_clock(), secrets=secrets, reply_after_s=0.05)
    try:
        assert practice.paths.database != real.paths.database
        assert isinstance(practice.transport, SandboxTransport)
        assert practice.email.account() is None, "the real account is not the practice household's"

        sarah = next(m for m in practice.wall.messages() if m.sender_name == "Sarah Jones")
        tom = next(c for c in practice.contacts.list() if c.name == "Tom Jones")
        reply = practice.replies.reply(sarah.id, "Lovely!")
        concern = practice.concerns.raise_concern("unwell", "Just practising")
        practice.checkin.check_in()
        practice.calls.start_call(tom.id)
        assert practice.pretend is not None
        practice.pretend.call_from("tom@example.org")
        for _ in range(4):
            report = practice.sync.sync_once()
            assert report.error is None
            time.sleep(0.1)

        outgoing = practice.outbox.list()
        assert len(outgoing) == 4 and {item.status for item in outgoing} == {"sent"}
        kept = practice.transport.outgoing.sent
        assert sorted(str(m["Message-ID"]) for m in kept) == sorted(item.message_id for item in outgoing)
        assert smtp_server.messages == [], "nothing reached the real mail server"

        assert practice.concerns.get(concern.id).status == "acknowledged"
        texts = [m.text for m in practice.wall.messages()]
        assert any(t.startswith("Lovely to hear from you, Rose!") for t in texts)
        assert any(t.startswith("Glad you're well today, Rose!") for t in texts)
        assert practice.calls.ringing()
        assert reply.message_id in {r for m in practice.wall.messages() for r in m.references}
        assert not any("real Sarah" in t for t in texts), "the real mailbox is not the practice one"
    finally:
        practice.close()

    assert counts(real) == before
    assert real.outbox.list() == []
    assert real.concerns.list() == [] and real.checkin.today().checked_in is None
    assert real.settings.person_name == "Mary"
    assert real.sync.sync_once().new_messages == 0
    assert smtp_server.messages == []
