"""The sandbox channel for the demo household (and the tutorial): it looks like email to the services, but
nothing ever leaves the computer.

The tutorial's sandbox also has an incoming mailbox, held in memory, into which the pretend family's answers are
put, each with the moment it is "due" (a few real seconds after the learner's message, so a reply arrives the
way a real one would). A message gets its UID when it becomes due, as a real server numbers a message when it
arrives, so UIDs always follow the order in which messages came in.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage

from carelink.channels.ports import FetchedMail, Mailbox, MailboxState, MailSender

log = logging.getLogger(__name__)

SentListener = Callable[[EmailMessage], object]


class SandboxSender:
    """Keeps what would have been sent, in memory. Holds `sent`, a list of the messages, and the listeners told
    of each one (the tutorial's pretend family)."""

    def __init__(self) -> None:
        self.sent: list[EmailMessage] = []
        self._listeners: list[SentListener] = []
        self._lock = threading.Lock()

    def add_listener(self, listener: SentListener) -> None:
        """Call `listener(message)` after each message is kept (on the sending thread; its errors are logged)."""
        with self._lock:
            self._listeners.append(listener)

    def send(self, message: EmailMessage) -> None:
        with self._lock:
            self.sent.append(message)
            listeners = list(self._listeners)
        log.info("sandbox: kept %s to %s (nothing leaves the computer)", message["Message-ID"], message["To"])
        for listener in listeners:
            try:
                listener(message)
            except Exception:
                log.exception("a sandbox listener failed on %s", message["Message-ID"])


@dataclass(frozen=True)
class _Pending:
    due: float  # time.monotonic()
    order: int
    raw: bytes


class SandboxMailbox:
    """An in-memory folder (the Mailbox port) of raw RFC 822 messages, each arriving at its due moment.

    Thread-safe: the sync fetches on its own thread while the mail watcher waits on another, and close() may come
    from any thread. A new mailbox has a new UIDVALIDITY, so a sync position saved against an earlier one (the
    tutorial household's database outlives the process) starts again from the beginning.
    """

    def __init__(self, uidvalidity: int | None = None) -> None:
        self._uidvalidity = uidvalidity if uidvalidity is not None else secrets.randbelow(2**31 - 2) + 1
        self._pending: list[_Pending] = []
        self._arrived: list[FetchedMail] = []
        self._state: MailboxState | None = None
        self._closes = 0  # bumped by close(): every wait that began before it ends
        self._added = 0
        self._changed = threading.Condition()

    @property
    def uidvalidity(self) -> int:
        return self._uidvalidity

    def add(self, raw: bytes, after_s: float = 0.0) -> None:
        """Put a message in, arriving `after_s` real seconds from now (at once for 0)."""
        with self._changed:
            self._added += 1
            self._pending.append(_Pending(time.monotonic() + max(0.0, after_s), self._added, bytes(raw)))
            self._changed.notify_all()

    def pending(self) -> int:
        """How many messages are still on their way (not due yet)."""
        with self._changed:
            self._arrive()
            return len(self._pending)

    def _arrive(self) -> None:
        """Number the messages whose moment has come (the caller holds the lock)."""
        now = time.monotonic()
        due = sorted((p for p in self._pending if p.due <= now), key=lambda p: (p.due, p.order))
        if not due:
            return
        self._pending = [p for p in self._pending if p.due > now]
        next_uid = self._arrived[-1].uid + 1 if self._arrived else 1
        for offset, item in enumerate(due):
            self._arrived.append(FetchedMail(next_uid + offset, item.raw))

    def _last_uid(self) -> int:
        return self._arrived[-1].uid if self._arrived else 0

    # --- the Mailbox port ---------------------------------------------------------------------------------------

    def fetch_new(self, state: MailboxState | None, since_days: int,
                  progress: Callable[[int, int], None] | None = None) -> Iterator[FetchedMail]:
        """The messages that have arrived after `state` (all of them when state is None or from another
        mailbox), oldest first. state() moves on with each message handed over."""
        with self._changed:
            self._arrive()
            after = state.last_uid if state is not None and state.uidvalidity == self._uidvalidity else 0
            wanted = [mail for mail in self._arrived if mail.uid > after]
            end = self._last_uid()
            self._state = MailboxState(self._uidvalidity, after)
        if progress is not None:
            progress(0, len(wanted))
        for done, mail in enumerate(wanted, start=1):
            with self._changed:
                self._state = MailboxState(self._uidvalidity, mail.uid)
            yield mail
            if progress is not None:
                progress(done, len(wanted))
        with self._changed:
            self._state = MailboxState(self._uidvalidity, max(end, self._state.last_uid if self._state else 0))

    def state(self) -> MailboxState | None:
        with self._changed:
            return self._state

    def wait_for_news(self, timeout: float, since: MailboxState | None = None) -> bool:
        """Block up to `timeout` seconds until a message has arrived after `since` (or after the last fetch);
        True at once when one already has. False on timeout, or when close() is called meanwhile."""
        deadline = time.monotonic() + max(0.0, timeout)
        with self._changed:
            closes = self._closes
            while True:
                self._arrive()
                state = since if since is not None else self._state
                if state is None or state.uidvalidity != self._uidvalidity:
                    if self._arrived:
                        return True
                elif self._last_uid() > state.last_uid:
                    return True
                now = time.monotonic()
                if now >= deadline:
                    return False
                wake = min([deadline, *(p.due for p in self._pending)])
                self._changed.wait(max(0.0, wake - now))
                if self._closes != closes:
                    return False

    def listening(self) -> bool:
        """False: a look at the sandbox costs nothing, so every sync looks (the tutorial's timing relies on it)."""
        return False

    def close(self) -> None:
        """Ends any wait_for_news() in progress (it returns False); the mailbox stays usable afterwards, as an
        IMAP mailbox connects again after close()."""
        with self._changed:
            self._closes += 1
            self._changed.notify_all()


class SandboxTransport:
    """The sandbox's transport: a sandbox sender, and an incoming mailbox only when one is given (the tutorial's;
    the demo household has none)."""

    def __init__(self, address: str, mailbox: SandboxMailbox | None = None) -> None:
        self._address = address
        self.outgoing = SandboxSender()
        self.incoming = mailbox

    def from_address(self) -> str | None:
        return self._address

    def sender(self) -> MailSender | None:
        return self.outgoing

    def mailbox(self) -> Mailbox | None:
        return self.incoming
