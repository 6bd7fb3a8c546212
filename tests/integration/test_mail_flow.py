"""The whole mail loop against real servers on loopback: family mail onto the wall, strangers held, replies
threaded through the outbox, an outage that loses nothing, and the password kept out of every file."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest

from carelink.cli import main
from carelink.demo.pictures import make_scene
from carelink.household import Household
from tests.helpers import make_household
from tests.helpers.fakes import family_mail
from tests.helpers.mail_servers import ImapServer, SmtpServer, account_for

pytestmark = pytest.mark.noqt


@pytest.fixture
def household(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Household:
    home = make_household(tmp_path)
    home.settings.set("person.name", "Mary")
    home.email.save(account_for(imap_server, smtp_server), imap_server.password)
    home.contacts.add("Sarah Jones", "sarah@example.org")
    return home


def test_family_mail_reaches_the_wall_and_strangers_are_held(household: Household, imap_server: ImapServer) -> None:
    imap_server.deliver(family_mail("sarah@example.org", "The roses are out!", photo=True,
                                    display_name="Totally Not Sarah"))
    imap_server.deliver(family_mail("prize@lottery.example", "You have won! Send your bank details."))
    imap_server.deliver(family_mail("sarah@example.org", "Click here", auth="spf=pass; dmarc=fail"))
    report = household.sync.sync_once()
    assert (report.new_messages, report.held, report.error) == (1, 2, None)
    [card] = household.wall.messages()
    assert card.text == "The roses are out!"
    assert card.sender_name == "Sarah Jones", "the saved name, never the header's display name"
    assert len(card.photos) == 1 and card.photos[0].read_bytes() == make_scene("garden")
    reasons = sorted(h.reason for h in household.held.list())
    assert reasons == ["failed_check", "unknown_sender"]
    assert household.sync.sync_once().new_messages == 0, "a second sync fetches nothing again"


def test_approving_held_mail_puts_it_on_the_wall_and_can_add_the_sender(household: Household,
                                                                       imap_server: ImapServer) -> None:
    imap_server.deliver(family_mail("aunt.rose@example.org", "Hello dear, it's your cousin Rose."))
    household.sync.sync_once()
    [held] = household.held.list()
    household.held.approve(held.id, add_as="Cousin Rose")
    assert household.held.list() == []
    [card] = household.wall.messages()
    assert card.sender_name == "Cousin Rose"
    assert household.contacts.find_by_email("aunt.rose@example.org") is not None


def test_a_reply_goes_out_threaded_from_the_household_address(household: Household, imap_server: ImapServer,
                                                             smtp_server: SmtpServer) -> None:
    imap_server.deliver(family_mail("sarah@example.org", "Shall I call you?", subject="Sunday"))
    household.sync.sync_once()
    [card] = household.wall.messages()
    item = household.replies.reply(card.id, "Lovely!")
    assert household.courier.send_now().sent == 1
    [received] = smtp_server.messages
    sent = received.message()
    assert received.rcpt_tos == ["sarah@example.org"]
    assert sent["Subject"] == "Re: Sunday"
    assert sent["In-Reply-To"] == card.message_id
    assert card.message_id in sent["References"]
    assert sent["Message-ID"] == item.message_id
    assert "mary@example.org" in sent["From"] and "Mary" in sent["From"]
    assert sent.get_content().startswith("Lovely!")


def test_an_outage_queues_the_reply_and_it_goes_when_the_server_is_back(
        household: Household, imap_server: ImapServer, smtp_server: SmtpServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    imap_server.deliver(family_mail("sarah@example.org", "Are you there?"))
    household.sync.sync_once()
    [card] = household.wall.messages()
    smtp_server.refuse("421 Service not available, try again later", at="RCPT")
    item = household.replies.reply(card.id, "Yes, I'm here")
    report = household.courier.send_now()
    assert report.waiting == 1 and report.error
    assert household.outbox.get(item.id).status == "queued"
    smtp_server.refusals.clear()
    household.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]
    assert household.courier.send_now().sent == 1
    assert smtp_server.messages[0].message()["Message-ID"] == item.message_id


def test_sync_once_with_the_server_down_says_why_and_loses_nothing(tmp_path: Path, imap_server: ImapServer,
                                                                  smtp_server: SmtpServer,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "cli"
    household = make_household(data)
    household.email.save(account_for(imap_server, smtp_server), None)
    household.close()
    imap_server.stop()
    smtp_server.stop()
    # The command line builds its own household on the real keyring; no password is needed to find the server gone.
    code = main(["--data-dir", str(data), "sync", "--once"])
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.err.strip().splitlines()) == 1
    assert "Nothing was lost" in captured.err


def test_the_password_never_reaches_the_data_folder(household: Household, imap_server: ImapServer,
                                                    smtp_server: SmtpServer) -> None:
    imap_server.deliver(family_mail("sarah@example.org", "Hello"))
    household.sync.sync_once()
    [card] = household.wall.messages()
    household.replies.reply(card.id, "Hello back")
    household.courier.send_now()
    household.close()
    secret = imap_server.password.encode()
    for path in household.paths.root.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), f"the password is in {path}"


def test_setup_email_refuses_plain_connections_to_a_remote_server(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    code = main(["--data-dir", str(tmp_path), "setup", "email", "--address", "mary@example.org",
                 "--imap-host", "imap.example.org", "--smtp-host", "smtp.example.org", "--security", "none",
                 "--password-stdin"])
    assert code == 1
    assert "secure connection" in capsys.readouterr().err
    household = make_household(tmp_path)
    assert household.email.account() is None, "nothing stored"
    household.close()


def test_waiting_for_news_starts_from_where_the_sync_got_to(household: Household, imap_server: ImapServer) -> None:
    imap_server.deliver(family_mail("sarah@example.org", "First"))
    household.sync.sync_once()
    mailbox = household.transport.mailbox()
    assert mailbox is not None
    try:
        # A fresh connection, but the sync's position: nothing new, so it waits (and times out) rather than
        # answering at once and fetching today's mail again.
        assert mailbox.wait_for_news(1, since=household.sync.position()) is False
        imap_server.deliver(family_mail("sarah@example.org", "Second"))
        assert mailbox.wait_for_news(30, since=household.sync.position()) is True
    finally:
        mailbox.close()
