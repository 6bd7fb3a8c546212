"""The sandbox's mailbox and sender: messages arrive at their due moment, numbered as they arrive, incrementally
fetched like IMAP, and a waiter wakes when one arrives, on time out, or when the mailbox is closed."""

from __future__ import annotations

import threading
import time
from email.message import EmailMessage

import pytest

from carelink.channels.ports import MailboxState
from carelink.channels.sandbox import SandboxMailbox, SandboxSender, SandboxTransport

pytestmark = pytest.mark.noqt


def raw(number: int) -> bytes:
    return f"Subject: message {number}\r\n\r\nhello {number}\r\n".encode()


def fetch_all(mailbox: SandboxMailbox, state: MailboxState | None) -> list[tuple[int, bytes]]:
    return [(mail.uid, mail.raw) for mail in mailbox.fetch_new(state, 30)]


def in_thread(target: object) -> tuple[threading.Thread, list[object]]:
    results: list[object] = []
    assert callable(target)
    thread = threading.Thread(target=lambda: results.append(target()), daemon=True)
    thread.start()
    return thread, results


def test_fetch_new_hands_over_only_due_messages_after_the_state() -> None:
    mailbox = SandboxMailbox(uidvalidity=7)
    mailbox.add(raw(1))
    mailbox.add(raw(2), after_s=60)
    assert fetch_all(mailbox, None) == [(1, raw(1))]
    assert mailbox.state() == MailboxState(7, 1)
    assert mailbox.pending() == 1
    mailbox.add(raw(3))
    assert fetch_all(mailbox, mailbox.state()) == [(2, raw(3))], "numbered when it arrives, like a real server"
    assert fetch_all(mailbox, mailbox.state()) == []
    assert mailbox.state() == MailboxState(7, 2)


def test_a_state_from_another_mailbox_starts_again_from_the_beginning() -> None:
    mailbox = SandboxMailbox(uidvalidity=7)
    mailbox.add(raw(1))
    mailbox.add(raw(2))
    assert [uid for uid, _ in fetch_all(mailbox, MailboxState(99, 5))] == [1, 2]
    assert mailbox.state() == MailboxState(7, 2)
    assert len({SandboxMailbox().uidvalidity for _ in range(5)}) > 1, "a new mailbox, a new UIDVALIDITY"


def test_the_state_moves_on_with_each_message_handed_over() -> None:
    mailbox = SandboxMailbox(uidvalidity=3)
    for number in range(3):
        mailbox.add(raw(number))
    progress: list[tuple[int, int]] = []
    fetched = mailbox.fetch_new(None, 30, lambda done, total: progress.append((done, total)))
    first = next(fetched)
    assert (first.uid, mailbox.state()) == (1, MailboxState(3, 1))
    assert [m.uid for m in fetched] == [2, 3]
    assert progress == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_wait_for_news_wakes_when_a_message_becomes_due() -> None:
    mailbox = SandboxMailbox()
    fetch_all(mailbox, None)
    mailbox.add(raw(1), after_s=0.3)
    started = time.monotonic()
    assert mailbox.wait_for_news(10, since=mailbox.state()) is True
    waited = time.monotonic() - started
    assert 0.25 <= waited < 5


def test_wait_for_news_wakes_for_a_message_added_while_it_waits() -> None:
    mailbox = SandboxMailbox()
    fetch_all(mailbox, None)
    thread, results = in_thread(lambda: mailbox.wait_for_news(10))
    time.sleep(0.1)
    mailbox.add(raw(1))
    thread.join(5)
    assert results == [True]


def test_wait_for_news_is_true_at_once_for_mail_already_in_and_false_on_timeout() -> None:
    mailbox = SandboxMailbox(uidvalidity=5)
    mailbox.add(raw(1))
    assert mailbox.wait_for_news(0, since=MailboxState(5, 0)) is True
    assert mailbox.wait_for_news(0, since=None) is True, "never fetched: what is in is news"
    fetch_all(mailbox, None)
    mailbox.add(raw(2), after_s=60)
    started = time.monotonic()
    assert mailbox.wait_for_news(0.2, since=mailbox.state()) is False
    assert time.monotonic() - started >= 0.19


def test_close_unblocks_a_waiter_and_the_mailbox_still_works_afterwards() -> None:
    mailbox = SandboxMailbox()
    fetch_all(mailbox, None)
    thread, results = in_thread(lambda: mailbox.wait_for_news(30))
    time.sleep(0.1)
    started = time.monotonic()
    mailbox.close()
    thread.join(5)
    assert results == [False]
    assert time.monotonic() - started < 3, "woken by close(), not by the 30 s timeout"
    mailbox.add(raw(1))
    assert mailbox.wait_for_news(1) is True
    assert [uid for uid, _ in fetch_all(mailbox, mailbox.state())] == [1]


def test_the_sender_keeps_messages_and_tells_its_listeners_even_when_one_fails(
        caplog: pytest.LogCaptureFixture) -> None:
    sender = SandboxSender()
    heard: list[str] = []

    def broken(_message: EmailMessage) -> None:
        raise RuntimeError("boom")

    sender.add_listener(broken)
    sender.add_listener(lambda message: heard.append(str(message["Subject"])))
    message = EmailMessage()
    message["Subject"] = "hi"
    message["Message-ID"] = "<1@example.org>"
    sender.send(message)  # never raises
    assert sender.sent == [message]
    assert heard == ["hi"]
    assert "a sandbox listener failed" in caplog.text


def test_the_demo_transport_has_no_mailbox_and_the_tutorial_one_has() -> None:
    assert SandboxTransport("mary@example.org").mailbox() is None
    mailbox = SandboxMailbox()
    transport = SandboxTransport("learner@example.org", mailbox)
    assert transport.mailbox() is mailbox
    assert transport.sender() is transport.outgoing
    assert transport.from_address() == "learner@example.org"
