"""Crawling mail servers cannot hold CareLink up: each conversation with a server is cut when nothing comes for
`timeout` seconds, or when it lasts longer than `conversation_limit` seconds in all, and reported as a plain
temporary problem; when the server is quick again, the next try works.

Real servers on loopback (pymap and aiosmtpd) behind a fault-injecting proxy (tests/helpers/slow_proxy.py). The
limits are short here (1 s without a byte, 3 s in all; CareLink's own are 30 s and 2 minutes), and every time
check has a margin of seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest

from carelink.channels.email.account import make_account
from carelink.channels.email.deadline import SLOW_MESSAGE, ConversationLimits
from carelink.channels.email.imap import ImapMailbox
from carelink.channels.email.smtp import SmtpSender
from carelink.channels.ports import TemporaryFailure
from carelink.household import Household
from carelink.services.email_account import EmailAccountService
from carelink.services.mail_sync import MailSync
from tests.helpers import make_household
from tests.helpers.fakes import family_mail
from tests.helpers.mail_servers import LOOPBACK, PASSWORD, USER, ImapServer, SmtpServer
from tests.helpers.slow_proxy import SlowProxy, TrickleServer

pytestmark = [pytest.mark.noqt, pytest.mark.slow]

STALL, TOTAL = 1.0, 3.0
MARGIN = 15.0  # seconds a cut may come late on a busy CI machine: still half the shortest limit that would
# have cut it instead (30 s), so a test cannot pass through the wrong limit


def _message() -> EmailMessage:
    message = EmailMessage()
    message["From"] = USER
    message["To"] = "tom@example.net"
    message["Subject"] = "Hello"
    message["Message-ID"] = make_msgid(domain="carelink.test")
    message.set_content("The garden is full of daffodils.\n")
    return message


def _proxy(slow_proxies: list[SlowProxy], upstream_port: int, mode: str) -> SlowProxy:
    proxy = SlowProxy(upstream_port, mode)  # type: ignore[arg-type]
    slow_proxies.append(proxy)
    return proxy


@pytest.fixture
def mailbox(imap_server: ImapServer, slow_proxies: list[SlowProxy]) -> Iterator[tuple[ImapMailbox, SlowProxy]]:
    proxy = _proxy(slow_proxies, imap_server.port, "trickle")
    account = make_account(USER, LOOPBACK, LOOPBACK, "none", proxy.port, proxy.port)
    box = ImapMailbox(account, lambda: PASSWORD, timeout=STALL, conversation_limit=TOTAL)
    yield box, proxy
    proxy.mode = "normal"
    box.close()


def test_a_trickling_imap_server_is_cut_at_the_deadline_and_read_when_quick_again(
        imap_server: ImapServer, mailbox: tuple[ImapMailbox, SlowProxy]) -> None:
    box, proxy = mailbox
    imap_server.deliver(family_mail("sarah@example.org", "The roses are out!"))
    started = time.monotonic()
    with pytest.raises(TemporaryFailure) as failure:
        list(box.fetch_new(None, since_days=30))
    took = time.monotonic() - started
    assert failure.value.message == SLOW_MESSAGE
    assert took < TOTAL + MARGIN, f"the conversation went on for {took:.1f} s"
    assert took > TOTAL - 1.0, "a byte came every 0.3 s, so it was the overall deadline that cut it"
    proxy.mode = "normal"
    assert len(list(box.fetch_new(None, since_days=30))) == 1, "the next try, on a quick server, works"


def test_an_imap_server_that_says_nothing_is_cut_when_nothing_comes_for_the_timeout(
        imap_server: ImapServer, slow_proxies: list[SlowProxy]) -> None:
    proxy = _proxy(slow_proxies, imap_server.port, "silent")
    account = make_account(USER, LOOPBACK, LOOPBACK, "none", proxy.port, proxy.port)
    box = ImapMailbox(account, lambda: PASSWORD, timeout=STALL, conversation_limit=60)
    started = time.monotonic()
    with pytest.raises(TemporaryFailure) as failure:
        box.check_login()
    took = time.monotonic() - started
    assert failure.value.message == SLOW_MESSAGE
    assert took < STALL + MARGIN, "cut for making no progress, long before the 60 s limit"


def test_a_crawling_imap_server_cannot_hold_up_waiting_for_news(
        imap_server: ImapServer, mailbox: tuple[ImapMailbox, SlowProxy]) -> None:
    box = mailbox[0]
    started = time.monotonic()
    with pytest.raises(TemporaryFailure, match="too slowly"):
        box.wait_for_news(60)
    assert time.monotonic() - started < TOTAL + MARGIN


def test_closing_a_mailbox_cuts_a_crawling_conversation_at_once(
        imap_server: ImapServer, slow_proxies: list[SlowProxy]) -> None:
    """Closing the window must not wait for a crawling server's deadline (2 minutes by default)."""
    proxy = _proxy(slow_proxies, imap_server.port, "trickle")
    account = make_account(USER, LOOPBACK, LOOPBACK, "none", proxy.port, proxy.port)
    box = ImapMailbox(account, lambda: PASSWORD)  # CareLink's own limits: 30 s and 2 minutes
    ended: list[BaseException | bool] = []

    def wait() -> None:
        try:
            ended.append(box.wait_for_news(300))
        except TemporaryFailure as failure:
            ended.append(failure)

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    time.sleep(1.0)  # well into the crawling greeting
    started = time.monotonic()
    box.close()
    waiter.join(MARGIN)
    assert not waiter.is_alive() and ended
    assert time.monotonic() - started < MARGIN


def test_idle_waits_longer_than_both_limits_when_the_server_is_quick(
        imap_server: ImapServer, slow_proxies: list[SlowProxy]) -> None:
    """IDLE legitimately waits: a wait of three times the whole conversation limit is not cut, and news still
    arrives after it."""
    proxy = _proxy(slow_proxies, imap_server.port, "normal")
    account = make_account(USER, LOOPBACK, LOOPBACK, "none", proxy.port, proxy.port)
    box = ImapMailbox(account, lambda: PASSWORD, timeout=STALL, conversation_limit=TOTAL / 3)
    try:
        list(box.fetch_new(None, since_days=30))
        assert box.wait_for_news(TOTAL) is False, "nothing came: the wait ran its time out, uncut"
        assert proxy.connections == 1, "the same connection throughout: nothing was cut"
        imap_server.deliver(family_mail("sarah@example.org", "Are you there?"))
        assert box.wait_for_news(10) is True
    finally:
        box.close()


def test_a_line_that_ends_while_waiting_for_news_is_news_at_once_not_a_spin_until_the_time_out(
        imap_server: ImapServer, slow_proxies: list[SlowProxy]) -> None:
    """The wait sleeps on the socket; when the line ends (the server or a router hung up), it says "maybe news"
    at once, so the sync that follows connects afresh, instead of looking at a dead socket until its time out."""
    proxy = _proxy(slow_proxies, imap_server.port, "normal")
    account = make_account(USER, LOOPBACK, LOOPBACK, "none", proxy.port, proxy.port)
    box = ImapMailbox(account, lambda: PASSWORD, timeout=30)  # generous: only the line's end is tested here
    try:
        list(box.fetch_new(None, since_days=30))
        hang_up = threading.Timer(1.0, proxy.stop)
        hang_up.start()
        started = time.monotonic()
        assert box.wait_for_news(60) is True
        took = time.monotonic() - started
        hang_up.join()
        assert 0.5 < took < 1.0 + MARGIN, f"the wait ended {took:.1f} s in"
        assert not box.listening(), "nothing listens on a line that ended"
    finally:
        box.close()


def test_news_that_arrives_in_pieces_keeps_the_one_connection_listening(
        imap_server: ImapServer, slow_proxies: list[SlowProxy]) -> None:
    """What the server says during IDLE may come cut in two ("* 2 FETCH (" … "FLAGS ())"). The wait reads each line
    whole, so news keeps the same connection listening: signed in once for every wait and fetch. (IMAPClient's
    own idle_check reads without blocking, lost the first half and broke the IDLE: a new sign-in each time.)"""
    proxy = _proxy(slow_proxies, imap_server.port, "normal")
    account = make_account(USER, LOOPBACK, LOOPBACK, "none", proxy.port, proxy.port)
    box = ImapMailbox(account, lambda: PASSWORD, timeout=30)
    try:
        list(box.fetch_new(None, since_days=30))
        state = box.state()
        proxy.mode = "halves"
        for number in range(3):
            delivery = threading.Timer(0.5, imap_server.deliver, args=(family_mail("sarah@example.org",
                                                                                   f"News {number}"),))
            delivery.start()
            try:
                assert box.wait_for_news(30, since=state) is True
            finally:
                delivery.join()
            assert box.listening(), f"news {number} left the connection listening"
            assert len(list(box.fetch_new(state, since_days=30))) == 1
            state = box.state()
        assert (proxy.connections, proxy.said["LOGIN"]) == (1, 1), "one connection, signed in once"
    finally:
        box.close()


def test_a_trickling_smtp_server_is_cut_at_the_deadline_and_takes_the_message_later(
        smtp_server: SmtpServer, slow_proxies: list[SlowProxy]) -> None:
    proxy = _proxy(slow_proxies, smtp_server.port, "trickle")
    account = make_account(USER, LOOPBACK, LOOPBACK, "none", smtp_port=proxy.port)
    sender = SmtpSender(account, lambda: PASSWORD, timeout=STALL, conversation_limit=TOTAL)
    started = time.monotonic()
    with pytest.raises(TemporaryFailure) as failure:
        sender.send(_message())
    took = time.monotonic() - started
    assert failure.value.message == SLOW_MESSAGE
    assert TOTAL - 1.0 < took < TOTAL + MARGIN
    assert smtp_server.messages == []
    proxy.mode = "normal"
    sender.send(_message())
    assert len(smtp_server.messages) == 1


def test_an_smtp_server_that_says_nothing_is_cut_when_nothing_comes_for_the_timeout(
        smtp_server: SmtpServer, slow_proxies: list[SlowProxy]) -> None:
    proxy = _proxy(slow_proxies, smtp_server.port, "silent")
    account = make_account(USER, LOOPBACK, LOOPBACK, "none", smtp_port=proxy.port)
    sender = SmtpSender(account, lambda: PASSWORD, timeout=STALL, conversation_limit=60)
    started = time.monotonic()
    with pytest.raises(TemporaryFailure) as failure:
        sender.send(_message())
    assert failure.value.message == SLOW_MESSAGE
    assert time.monotonic() - started < STALL + MARGIN, "cut for making no progress, long before the 60 s limit"
    assert smtp_server.messages == []


@pytest.fixture
def tls_trickler() -> Iterator[TrickleServer]:
    """The start of a TLS handshake record announcing 16 KB, then a byte every 0.3 s: the secure connection is
    never made, and no 1 s stall ever happens."""
    server = TrickleServer(b"\x16\x03\x03\x40\x00")
    yield server
    server.stop()


def test_a_tls_handshake_that_crawls_is_cut_at_the_deadline_for_imap_and_smtp(
        tls_trickler: TrickleServer) -> None:
    # Python gives a whole TLS handshake one socket timeout, not each byte; so the timeout here is long, and it is
    # the overall deadline, watching the socket from before the handshake, that must cut it.
    account = make_account(USER, LOOPBACK, LOOPBACK, "ssl", tls_trickler.port, tls_trickler.port)
    for talk in (ImapMailbox(account, lambda: PASSWORD, timeout=30, conversation_limit=TOTAL).check_login,
                 SmtpSender(account, lambda: PASSWORD, timeout=30, conversation_limit=TOTAL).check_login):
        started = time.monotonic()
        with pytest.raises(TemporaryFailure) as failure:
            talk()
        assert failure.value.message == SLOW_MESSAGE
        assert TOTAL - 1.0 < time.monotonic() - started < TOTAL + MARGIN


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path)
    yield home
    home.close()


def test_a_sync_against_a_crawling_imap_server_returns_in_time_with_the_plain_reason(
        household: Household, imap_server: ImapServer, smtp_server: SmtpServer,
        slow_proxies: list[SlowProxy]) -> None:
    proxy = _proxy(slow_proxies, imap_server.port, "trickle")
    email = EmailAccountService(household.database, household.secrets, ConversationLimits(STALL, TOTAL))
    email.save(make_account(USER, LOOPBACK, LOOPBACK, "none", proxy.port, smtp_server.port), PASSWORD)
    household.contacts.add("Sarah Jones", "sarah@example.org")
    sync = MailSync(household.database, email, household.contacts, household.wall, household.held,
                    household.courier, household.status, household.clock)
    imap_server.deliver(family_mail("sarah@example.org", "The roses are out!"))
    started = time.monotonic()
    report = sync.sync_once()
    assert report.error == SLOW_MESSAGE
    assert time.monotonic() - started < TOTAL + MARGIN
    assert household.wall.messages() == []
    proxy.mode = "normal"
    report = sync.sync_once()
    assert (report.error, report.new_messages) == (None, 1)
    assert [card.text for card in household.wall.messages()] == ["The roses are out!"]
