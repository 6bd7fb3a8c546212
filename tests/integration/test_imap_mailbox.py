"""ImapMailbox against a real IMAP server on loopback (pymap, in memory): incremental sync, read-only, IDLE, and
each failure in plain words."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from email.parser import BytesParser

import pytest
from imapclient import IMAPClient

from carelink.channels.email.account import make_account
from carelink.channels.email.imap import ImapMailbox
from carelink.channels.ports import FetchedMail, LoginFailure, MailboxState, PermanentFailure, TemporaryFailure
from tests.helpers.mail_servers import LOOPBACK, PASSWORD, USER, ImapServer, account_for, free_port

pytestmark = pytest.mark.noqt

MailboxFactory = Callable[..., ImapMailbox]
NOW = datetime.now(UTC)


def _raw(subject: str) -> bytes:
    return (f"From: Tom <tom@example.net>\r\nTo: {USER}\r\nSubject: {subject}\r\n"
            f"Message-ID: <{subject.replace(' ', '-')}@example.net>\r\n\r\nHello Mum.\r\n").encode()


def _subjects(mails: list[FetchedMail]) -> list[str]:
    return [str(BytesParser().parsebytes(mail.raw)["Subject"]) for mail in mails]


@pytest.fixture
def open_mailbox(imap_server: ImapServer) -> Iterator[MailboxFactory]:
    """Makes ImapMailbox objects for the test server (password PASSWORD unless told) and closes them all."""
    made: list[ImapMailbox] = []

    def factory(password: str | None = PASSWORD, **options: object) -> ImapMailbox:
        mailbox = ImapMailbox(account_for(imap_server=imap_server), lambda: password, timeout=10,
                              **options)  # type: ignore[arg-type]
        made.append(mailbox)
        return mailbox

    yield factory
    for mailbox in made:
        mailbox.close()


def test_first_sync_gets_the_last_days_only_oldest_first(imap_server: ImapServer,
                                                         open_mailbox: MailboxFactory) -> None:
    imap_server.deliver(_raw("old one"), NOW - timedelta(days=40))
    imap_server.deliver(_raw("older than the window"), NOW - timedelta(days=20))
    first = imap_server.deliver(_raw("last week"), NOW - timedelta(days=6))
    imap_server.deliver(_raw("yesterday"), NOW - timedelta(days=1))
    last = imap_server.deliver(_raw("today"))
    mailbox = open_mailbox()
    mails = list(mailbox.fetch_new(None, since_days=14))
    assert _subjects(mails) == ["last week", "yesterday", "today"]
    assert [mail.uid for mail in mails] == sorted(mail.uid for mail in mails)
    assert mails[0].uid == first
    state = mailbox.state()
    assert state is not None and state.last_uid == last and state.uidvalidity > 0


def test_incremental_sync_gets_only_new_mail_and_the_state_carries_over(imap_server: ImapServer,
                                                                        open_mailbox: MailboxFactory) -> None:
    imap_server.deliver(_raw("first"))
    first_run = open_mailbox()
    assert _subjects(list(first_run.fetch_new(None, since_days=14))) == ["first"]
    saved = first_run.state()
    first_run.close()

    imap_server.deliver(_raw("second"))
    imap_server.deliver(_raw("third"), NOW - timedelta(days=90))  # new to the folder, even if dated long ago
    second_run = open_mailbox()
    assert _subjects(list(second_run.fetch_new(saved, since_days=14))) == ["second", "third"]

    # Nothing new: "UID n:*" still matches the newest message on the server, which must not come back.
    again = second_run.state()
    assert list(second_run.fetch_new(again, since_days=14)) == []
    assert second_run.state() == again


def test_a_new_uidvalidity_starts_again_from_the_window(imap_server: ImapServer,
                                                        open_mailbox: MailboxFactory) -> None:
    admin = imap_server.client()
    try:
        admin.create_folder("Family")
        imap_server.deliver(_raw("before"), folder="Family")
        mailbox = open_mailbox(folder="Family")
        assert _subjects(list(mailbox.fetch_new(None, since_days=14))) == ["before"]
        saved = mailbox.state()
        mailbox.close()
        # Deleting and making the folder again gives it a new UIDVALIDITY: the old UIDs mean nothing now.
        admin.delete_folder("Family")
        admin.create_folder("Family")
    finally:
        admin.logout()
    imap_server.deliver(_raw("ancient"), NOW - timedelta(days=60), folder="Family")
    imap_server.deliver(_raw("after"), folder="Family")
    again = open_mailbox(folder="Family")
    assert _subjects(list(again.fetch_new(saved, since_days=14))) == ["after"]
    state, old = again.state(), saved
    assert state is not None and old is not None and state.uidvalidity != old.uidvalidity


def test_a_saved_state_with_another_uidvalidity_is_not_trusted(imap_server: ImapServer,
                                                               open_mailbox: MailboxFactory) -> None:
    uid = imap_server.deliver(_raw("recent"))
    imap_server.deliver(_raw("ancient"), NOW - timedelta(days=60))
    mails = list(open_mailbox().fetch_new(MailboxState(uidvalidity=1, last_uid=uid + 50), since_days=14))
    assert _subjects(mails) == ["recent"]


def test_fetching_does_not_mark_anything_as_read(imap_server: ImapServer, open_mailbox: MailboxFactory) -> None:
    uids = [imap_server.deliver(_raw(f"note {n}")) for n in range(3)]
    assert len(list(open_mailbox().fetch_new(None, since_days=14))) == 3
    for uid in uids:
        assert b"\\Seen" not in imap_server.flags(uid)


def test_batches_and_progress(imap_server: ImapServer, open_mailbox: MailboxFactory) -> None:
    for n in range(10):
        imap_server.deliver(_raw(f"message {n}"))
    calls: list[tuple[int, int]] = []
    mails = list(open_mailbox(batch=3).fetch_new(None, since_days=14, progress=lambda *args: calls.append(args)))
    assert _subjects(mails) == [f"message {n}" for n in range(10)]
    assert calls == [(0, 10), (3, 10), (6, 10), (9, 10), (10, 10)]


def test_a_sync_stopped_half_way_carries_on_from_where_it_got_to(imap_server: ImapServer,
                                                                 open_mailbox: MailboxFactory) -> None:
    uids = [imap_server.deliver(_raw(f"message {n}")) for n in range(10)]
    mailbox = open_mailbox(batch=3)
    taken: list[FetchedMail] = []
    for mail in mailbox.fetch_new(None, since_days=14):
        taken.append(mail)
        if len(taken) == 4:
            break
    saved = mailbox.state()
    assert saved is not None and saved.last_uid == uids[3]
    rest = list(open_mailbox().fetch_new(saved, since_days=14))
    assert [mail.uid for mail in rest] == uids[4:]


def test_check_login(open_mailbox: MailboxFactory) -> None:
    open_mailbox().check_login()


@pytest.mark.parametrize("password", ["wrong password 123", "wrong pässword ✓"])
def test_a_wrong_password_is_a_login_failure_that_does_not_repeat_it(open_mailbox: MailboxFactory,
                                                                   password: str) -> None:
    with pytest.raises(LoginFailure) as caught:
        list(open_mailbox(password=password).fetch_new(None, since_days=14))
    assert "did not accept the password" in caught.value.message
    assert password not in str(caught.value)


def test_no_saved_password_is_a_login_failure(open_mailbox: MailboxFactory) -> None:
    with pytest.raises(LoginFailure, match="no password saved"):
        open_mailbox(password=None).check_login()


def test_a_stopped_server_is_a_temporary_failure(imap_server: ImapServer, open_mailbox: MailboxFactory) -> None:
    mailbox = open_mailbox()
    assert list(mailbox.fetch_new(None, since_days=14)) == []
    imap_server.stop()
    with pytest.raises(TemporaryFailure, match="not answering"):
        list(mailbox.fetch_new(mailbox.state(), since_days=14))
    with pytest.raises(TemporaryFailure, match="not answering"):
        open_mailbox().check_login()


def test_an_unknown_server_name_is_a_temporary_failure_that_names_it() -> None:
    account = make_account(USER, "imap.carelink.invalid", "smtp.carelink.invalid", "ssl")
    with pytest.raises(TemporaryFailure, match=r"^CareLink could not find the mail server imap\.carelink\.invalid\."):
        ImapMailbox(account, lambda: "secret", timeout=10).check_login()


def test_a_server_without_starttls_is_refused_before_the_password_goes(imap_server: ImapServer) -> None:
    account = make_account(USER, LOOPBACK, LOOPBACK, "starttls", imap_server.port, free_port())
    asked: list[bool] = []

    def password() -> str:
        asked.append(True)
        return PASSWORD

    with pytest.raises(PermanentFailure, match="does not offer a secure connection"):
        ImapMailbox(account, password, timeout=10).check_login()
    assert asked == []


def test_wait_for_news_wakes_up_when_mail_comes_in(imap_server: ImapServer, open_mailbox: MailboxFactory) -> None:
    mailbox = open_mailbox()
    assert list(mailbox.fetch_new(None, since_days=14)) == []
    delivery = threading.Timer(0.3, imap_server.deliver, args=(_raw("while idling"),))
    delivery.start()
    try:
        assert mailbox.wait_for_news(timeout=30) is True  # IDLE: returns on EXISTS, long before the time out
    finally:
        delivery.join()
    assert _subjects(list(mailbox.fetch_new(mailbox.state(), since_days=14))) == ["while idling"]


def test_wait_for_news_sees_mail_that_came_in_before_it_was_called(imap_server: ImapServer,
                                                                   open_mailbox: MailboxFactory) -> None:
    mailbox = open_mailbox()
    assert list(mailbox.fetch_new(None, since_days=14)) == []
    imap_server.deliver(_raw("in between"))
    assert mailbox.wait_for_news(timeout=30) is True


def test_wait_for_news_times_out_quietly(open_mailbox: MailboxFactory) -> None:
    mailbox = open_mailbox()
    assert list(mailbox.fetch_new(None, since_days=14)) == []
    assert mailbox.wait_for_news(timeout=0.5) is False


def test_close_from_another_thread_ends_a_wait(open_mailbox: MailboxFactory) -> None:
    mailbox = open_mailbox()
    assert list(mailbox.fetch_new(None, since_days=14)) == []
    closer = threading.Timer(0.3, mailbox.close)
    closer.start()
    try:
        assert mailbox.wait_for_news(timeout=30) is False
    finally:
        closer.join()
    mailbox.check_login()  # and it can be used again: it connects afresh


def test_one_connection_and_one_password_read_serve_every_wait_and_fetch(imap_server: ImapServer) -> None:
    """The connection that waits for news is the one that fetches it: signed in once, the password read from the
    keyring once, however many times news comes and is fetched; and it says it listens (IDLE) while it holds."""
    asked: list[str] = []

    def password() -> str:
        asked.append("read")
        return PASSWORD

    mailbox = ImapMailbox(account_for(imap_server=imap_server), password, timeout=10)
    assert not mailbox.listening(), "no connection yet"
    try:
        assert list(mailbox.fetch_new(None, since_days=14)) == []
        state = mailbox.state()
        for number in range(3):
            delivery = threading.Timer(0.3, imap_server.deliver, args=(_raw(f"news {number}"),))
            delivery.start()
            try:
                assert mailbox.wait_for_news(timeout=30, since=state) is True
            finally:
                delivery.join()
            assert mailbox.listening()
            assert _subjects(list(mailbox.fetch_new(state, since_days=14))) == [f"news {number}"]
            state = mailbox.state()
        assert asked == ["read"], "one connection, one password read"
    finally:
        mailbox.close()
    assert not mailbox.listening(), "closed: nothing listens any more"


def test_a_close_between_batches_does_not_break_the_sync(imap_server: ImapServer,
                                                         open_mailbox: MailboxFactory) -> None:
    for n in range(5):
        imap_server.deliver(_raw(f"message {n}"))
    mailbox = open_mailbox(batch=2)
    mails = []
    for mail in mailbox.fetch_new(None, since_days=14):
        mails.append(mail)
        if len(mails) == 2:
            mailbox.close()  # as an app shutting down might, from another thread; the next batch reconnects
    assert _subjects(mails) == [f"message {n}" for n in range(5)]


def test_big_messages_come_a_few_at_a_time_so_each_fetch_stays_short(
        imap_server: ImapServer, open_mailbox: MailboxFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """One FETCH brings at most about `batch_bytes` of mail (a bigger message comes alone): on a slow line each
    stays well inside a conversation's time limit."""
    photo = "x" * 300_000
    for number in range(5):
        imap_server.deliver(_raw(f"photo {number}").replace(b"Hello Mum.", photo.encode()))
    asked: list[list[int]] = []
    real_fetch = IMAPClient.fetch

    def fetch(self: IMAPClient, messages: list[int], data: list[str], *args: object) -> object:
        if "BODY.PEEK[]" in data:
            asked.append(list(messages))
        return real_fetch(self, messages, data, *args)

    monkeypatch.setattr(IMAPClient, "fetch", fetch)
    mails = list(open_mailbox(batch_bytes=700_000).fetch_new(None, since_days=30))
    assert _subjects(mails) == [f"photo {number}" for number in range(5)]
    assert [len(group) for group in asked] == [2, 2, 1]


def test_each_message_comes_with_when_it_arrived_in_the_mailbox(imap_server: ImapServer,
                                                                open_mailbox: MailboxFactory) -> None:
    """IMAP's INTERNALDATE, as an aware time whatever zone the server gave it in: the wall is ordered by it."""
    when = datetime(2026, 11, 20, 18, 30, tzinfo=timezone(timedelta(hours=-5)))
    imap_server.deliver(_raw("from New York"), when=when)
    [fetched] = list(open_mailbox().fetch_new(None, since_days=30))
    assert fetched.arrived == when and fetched.arrived.tzinfo is not None
