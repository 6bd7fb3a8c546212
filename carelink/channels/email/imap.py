"""Reading the household's mail over IMAP (the Mailbox port): incremental, read-only, and in plain words.

CareLink never changes the family's mailbox: the folder is selected read-only and bodies are fetched with
BODY.PEEK[], so nothing is marked as read; with each comes its INTERNALDATE (when it arrived in the mailbox, which
orders the wall: a sender's Date can be anything). A sync is incremental (UIDVALIDITY + the last UID fetched); when
there is no saved state, or the server renumbered the folder, it starts again from the last `since_days` days.
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime, timedelta
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from carelink.channels.email.account import EmailAccount
from carelink.channels.email.deadline import Conversation, ConversationLimits, plain_failures
from carelink.channels.email.imap_client import WatchedIMAPClient, hung_up, shutdown
from carelink.channels.email.smtp import network_failure
from carelink.channels.ports import FetchedMail, LoginFailure, MailboxState, PermanentFailure, TemporaryFailure
from carelink.errors import UserError

log = logging.getLogger(__name__)
# RFC 2177: a client should leave IDLE and start it again at least every 29 minutes, or the server may hang up.
_IDLE_RENEW_SECONDS = 24 * 60
# Mail that lands between the look before waiting and the IDLE itself is not announced by every server (pymap
# does not): the first IDLE is this short, and the folder is looked at again after it.
_FIRST_IDLE_SECONDS = 3.0
# One FETCH brings at most about this much mail (a bigger message comes alone), so that even a slow line fetches
# one well inside a conversation's time limit, and a sync that was cut goes on from there the next time.
_BATCH_BYTES = 8 * 1024 * 1024


class ImapMailbox:
    """One folder of the household's mailbox. Holds the account, a function that fetches the password (from the
    keyring, when a connection is made), the folder name, how long the server may send nothing (`timeout`,
    seconds) and how long one conversation may take in all (`conversation_limit`), how many messages one FETCH
    asks for, the connection (opened lazily, kept between calls), the conversation under way and where the last
    sync got to.

    A conversation is one step: connecting, signing in and opening the folder; one batch of messages; one check
    before waiting for news. Past either limit it is cut and reported as a temporary problem (see deadline.py);
    the wait for news itself (IDLE) is not a conversation and keeps its own timeout.

    One signed-in connection serves every call until it breaks or close() is called: the thread that waits for
    news (IMAP IDLE) lends it to the sync that news starts, so a household that keeps CareLink open all day signs
    in once, not once a minute, and the password is read from the keyring once per connection. Calls take turns
    on the connection (a lock); close() may come from any thread and wakes a wait for news at once.
    """

    def __init__(self, account: EmailAccount, password: Callable[[], str | None], folder: str = "INBOX",
                 timeout: float = 30, batch: int = 100, conversation_limit: float = 120,
                 batch_bytes: int = _BATCH_BYTES) -> None:
        self._account = account
        self._password = password
        self._folder = folder
        self._limits = ConversationLimits(timeout, conversation_limit)
        self._batch = max(1, batch)
        self._batch_bytes = batch_bytes
        self._client: IMAPClient | None = None
        self._state: MailboxState | None = None
        self._lock = threading.RLock()  # one command at a time on the connection
        self._closing = threading.Event()
        self._conversation: Conversation | None = None
        self._idle_offered = False  # the server said, on this connection, that it offers IDLE
        self._idling: socket.socket | None = None  # the socket of an IDLE under way, for close() to wake it

    # --- the Mailbox port ---------------------------------------------------------------------------------------

    def fetch_new(self, state: MailboxState | None, since_days: int,
                  progress: Callable[[int, int], None] | None = None) -> Iterator[FetchedMail]:
        """The messages after `state` (or of the last `since_days` days), oldest first, in batches. state() moves
        on with every message yielded (it includes the one just handed over), so a caller that stops half-way can
        save it and carry on from there."""
        with self._talk():
            client = self._connect()
            info = self._select(client)
            uidvalidity = int(info[b"UIDVALIDITY"])
            criteria: list[Any]
            if state is None or state.uidvalidity != uidvalidity:
                criteria = ["SINCE", date.today() - timedelta(days=max(0, since_days))]
                wanted = sorted(int(uid) for uid in client.search(criteria))
                # Everything below the first wanted UID is older than the window: count it as seen already.
                reached = MailboxState(uidvalidity, wanted[0] - 1 if wanted else 0)
            else:
                # "n:*" always matches the newest message, even when its UID is below n: filter it out.
                criteria = ["UID", f"{state.last_uid + 1}:*"]
                wanted = sorted(int(uid) for uid in client.search(criteria) if int(uid) > state.last_uid)
                reached = state
            self._state = reached
            uidnext = self._uidnext(client, info)
            share = max(1, self._batch_bytes // self._batch)  # a batch of messages no bigger than this is in budget
            sizes = _sizes(client, criteria, wanted, share)
        total, done = len(wanted), 0
        if progress is not None:
            progress(0, total)
        for group in _batches(wanted, sizes, self._batch, self._batch_bytes, share):
            with self._talk():  # each batch is a conversation of its own, with its own deadline
                if (client := self._reopened(client, uidvalidity)) is None:
                    return  # renumbered meanwhile: the next sync starts again from the window
                fetched: dict[int, dict[bytes, Any]] = client.fetch(group, ["BODY.PEEK[]", "INTERNALDATE"])
            for uid in group:
                raw = fetched.get(uid, {}).get(b"BODY[]")
                arrived = _aware(fetched.get(uid, {}).get(b"INTERNALDATE"))
                # The state moves on before the message is handed over, so a caller that files it and then
                # saves state() has saved past it; one that stops before filing it must not save.
                reached = self._state = MailboxState(uidvalidity, uid)
                if isinstance(raw, bytes):  # None when the message was deleted in the meantime
                    yield FetchedMail(uid, raw, arrived)
            done += len(group)
            if progress is not None:
                progress(done, total)
        # Used up: every UID the server had handed out when the folder was selected has been considered.
        self._state = MailboxState(uidvalidity, max(reached.last_uid, uidnext - 1))

    def state(self) -> MailboxState | None:
        """Where the last fetch_new() got to (None before the first)."""
        return self._state

    def wait_for_news(self, timeout: float, since: MailboxState | None = None) -> bool:
        """Block up to `timeout` seconds; True if new mail may be in. Uses IMAP IDLE where the server offers it,
        else simply waits the time out (the caller then polls). Returns at once when the folder has moved on
        since the last fetch_new(), so mail that came in between is never missed."""
        deadline = time.monotonic() + max(0.0, timeout)
        with self._plain(), self._lock:
            if self._closing.is_set():
                return False
            state = since if since is not None else self._state
            with self._talk():  # the look before waiting is a conversation; the wait itself is not
                client = self._connect()
                if self._moved_on(client, state):
                    return True
                self._idle_offered = idle = client.has_capability("IDLE")
            if not idle:
                self._closing.wait(max(0.0, deadline - time.monotonic()))
                return not self._closing.is_set()
            try:
                span = _FIRST_IDLE_SECONDS
                while not self._closing.is_set() and time.monotonic() < deadline:
                    if self._idle_once(client, min(deadline, time.monotonic() + span)):
                        return True
                    if span == _FIRST_IDLE_SECONDS and not self._closing.is_set():
                        with self._deadline(client):
                            if self._moved_on(client, state):  # came in just before the IDLE began
                                return True
                    span = _IDLE_RENEW_SECONDS
            except (IMAPClientAbortError, OSError) as broken:
                self._client, self._idle_offered = None, False
                shutdown(client)
                if self._closing.is_set():
                    return False  # close() woke the wait by shutting its connection down
                if isinstance(broken, OSError):
                    raise
                # The conversation broke while waiting (a dropped line, a reply the parser could not read): mail
                # may have come in, so say so; the sync that follows connects afresh.
                log.info("waiting for news ended early: %s", type(broken).__name__)
                return True
            return False

    def listening(self) -> bool:
        """True while this mailbox holds a signed-in connection to a server that offers IDLE, so a wait for news
        on it hears of new mail as it comes (a sync need not look for mail meanwhile). False once it broke."""
        return self._client is not None and self._idle_offered and not self._closing.is_set()

    def check_login(self) -> None:
        """Connect, sign in and open the folder (for "Test connection"), then leave; raises the ports' errors."""
        with self._talk():
            self._select(self._connect())
        self._logout()

    def close(self) -> None:
        """Log out, ignoring errors (the connection may be gone already). From any thread: a wait_for_news() in
        progress returns False at once, and a conversation under way with a crawling server is cut at once. The
        next call connects again."""
        self._closing.set()
        conversation = self._conversation  # read without the lock: that is what the conversation is holding
        if conversation is not None:
            conversation.end()
        idling = self._idling
        if idling is not None:  # wakes the IDLE's wait on the socket; no timer looks every second instead
            with suppress(OSError):
                socket.socket.shutdown(idling, socket.SHUT_RDWR)
        try:
            self._logout()  # takes the lock, so it waits for that wait_for_news() to let go of the connection
        finally:
            self._closing.clear()

    # --- connection --------------------------------------------------------------------------------------------

    def _connect(self) -> IMAPClient:
        """The open, signed-in connection, made now if there is none."""
        if self._client is not None:
            return self._client
        account = self._account
        conversation = self._conversation or Conversation(self._limits.total)  # always called inside _talk()
        implicit = account.imap_implicit_tls
        client = WatchedIMAPClient(conversation, account.imap_host, account.imap_port,
                                    ssl.create_default_context() if implicit else None, self._limits.stall)
        try:
            if account.tls_required and not implicit:
                # Never go on in plain text when TLS was asked for: the password would be readable on the way.
                if not client.has_capability("STARTTLS"):
                    raise PermanentFailure("The mail server {host} does not offer a secure connection on port "
                                           "{port}. Check the port and security setting.",
                                           {"host": account.imap_host, "port": account.imap_port})
                client.starttls(ssl_context=ssl.create_default_context())
                conversation.watch(client.socket())  # the TLS socket that took the plain one's place
            self._login(client)
        except BaseException:
            shutdown(client)
            raise
        self._client = client
        return client

    def _reopened(self, client: IMAPClient, uidvalidity: int) -> IMAPClient | None:
        """`client`, or, if it was closed or dropped since, a new connection with the folder open again; None if
        the folder was renumbered meanwhile."""
        if self._client is client:
            return client
        client = self._connect()
        return client if int(self._select(client)[b"UIDVALIDITY"]) == uidvalidity else None

    def _login(self, client: IMAPClient) -> None:
        password = self._password()
        if not password:
            raise LoginFailure("CareLink has no password saved for this email account. "
                               "Type it again in the email settings.")
        user = self._account.login
        if (user + password).isascii():
            client.login(user, password)
        elif client.has_capability("AUTH=PLAIN"):
            client.plain_login(user, password)  # LOGIN would send it as ASCII only; AUTHENTICATE PLAIN is UTF-8
        else:
            raise LoginFailure("The email server cannot take a password with letters like é or ü. "
                               "Make an app password for CareLink instead.")

    def _select(self, client: IMAPClient) -> dict[bytes, Any]:
        try:
            info: dict[bytes, Any] = client.select_folder(self._folder, readonly=True)
        except IMAPClientAbortError:
            raise
        except IMAPClientError:
            raise PermanentFailure("The mail folder '{folder}' was not found on the server.",
                                   {"folder": self._folder}) from None
        return info

    def _moved_on(self, client: IMAPClient, state: MailboxState | None) -> bool:
        """Open the folder; True if it has moved on since `state` (new mail, or renumbered)."""
        info = self._select(client)
        return (state is None or state.uidvalidity != int(info[b"UIDVALIDITY"])
                or self._uidnext(client, info) - 1 > state.last_uid)

    @staticmethod
    def _uidnext(client: IMAPClient, info: dict[bytes, Any]) -> int:
        """The UID the next message will get; servers must say it on SELECT, but a few old ones do not."""
        if b"UIDNEXT" in info:
            return int(info[b"UIDNEXT"])
        return max((int(uid) for uid in client.search(["ALL"])), default=0) + 1

    def _idle_once(self, client: IMAPClient, until: float) -> bool:
        """One IDLE command until `until`; True on news of a new message. Starting and ending it are
        conversations with a deadline; the wait in between is not, and sleeps until the server says something
        or close() shuts the socket down (no wakeups while nothing happens)."""
        with self._deadline(client):
            client.idle()
        self._idling, ended = client.socket(), False
        try:
            while not self._closing.is_set():
                remaining = until - time.monotonic()
                if remaining <= 0:
                    return False
                responses = client.idle_check(timeout=remaining)  # a line in two pieces is read whole
                for response in responses:
                    if isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT"):
                        return True
                if not responses and time.monotonic() < until - 0.1 and hung_up(client.socket()):
                    ended = True  # idle_check says nothing when the line ends: so it would spin until `until`
                    raise IMAPClientAbortError("the connection ended while waiting for news")
            return False
        finally:
            self._idling = None
            if self._closing.is_set():
                self._drop()  # close() shut it down, or is about to: no goodbye in the middle of an IDLE
            elif not ended:
                with self._deadline(client):
                    client.idle_done()

    def _logout(self) -> None:
        with self._lock:
            client, self._client, self._idle_offered = self._client, None, False
        if client is not None:
            try:
                with self._deadline(client):  # a crawling server cannot hold up a goodbye
                    client.logout()
            except (IMAPClientError, OSError, EOFError):
                shutdown(client)

    @contextmanager
    def _talk(self) -> Iterator[None]:
        """One conversation with the server (see the class): the connection to itself, a deadline, and the
        ports' plain errors. The connection is dropped if the deadline passed, even just as the answer came."""
        conversation = Conversation(self._limits.total)
        with self._lock:
            outer, self._conversation = self._conversation, conversation
            try:
                with self._plain(conversation), conversation:
                    if self._client is not None:
                        conversation.watch(self._client.socket())
                    yield
                if conversation.cut:
                    self._drop()
            finally:
                self._conversation = outer

    @contextmanager
    def _deadline(self, client: IMAPClient) -> Iterator[None]:
        """A deadline for one exchange on an open connection, its errors left as they are (a cut one raises an
        abort or an OSError, as a broken connection would)."""
        with Conversation(self._limits.total) as conversation:
            conversation.watch(client.socket())
            yield

    @contextmanager
    def _plain(self, conversation: Conversation | None = None) -> Iterator[None]:
        """The ports' plain errors; after any failure the connection is dropped, so the next call starts a fresh
        one instead of talking into a half-broken conversation."""
        try:
            with plain_failures(imap_failure, self._account.imap_host, self._account.imap_port, conversation):
                yield
        except Exception:
            self._drop()
            raise

    def _drop(self) -> None:
        with self._lock:
            client, self._client, self._idle_offered = self._client, None, False
        if client is not None:
            shutdown(client)


def imap_failure(error: Exception, host: str, port: int) -> UserError | None:
    """The plain-English error for what IMAPClient, ssl or socket raised, or None for a programming error."""
    if isinstance(error, LoginError):
        if "UNAVAILABLE" in str(error).upper():
            return TemporaryFailure("The mail server could not check the password just now. "
                                    "CareLink will try again later.")
        return LoginFailure("The email server did not accept the password. Many providers need an app password "
                            "for programs like CareLink; the setup screen says how to make one.")
    if isinstance(error, IMAPClientAbortError):
        return TemporaryFailure("No internet connection, or the mail server {host} is not answering. "
                                "CareLink will try again later.", {"host": host})
    if isinstance(error, IMAPClientError):
        return TemporaryFailure("The mail server gave an answer CareLink did not understand. "
                                "CareLink will try again later.")
    return network_failure(error, host, port)


def _sizes(client: IMAPClient, criteria: list[Any], wanted: list[int], share: int) -> dict[int, int]:
    """The sizes of the wanted messages bigger than `share` (found with one SEARCH … LARGER): asking every
    message's size would cost the server about a third of fetching them, and a family's mail is mostly small."""
    if not wanted:
        return {}
    among = set(wanted)
    big = sorted(int(uid) for uid in client.search([*criteria, "LARGER", share]) if int(uid) in among)
    sizes: dict[int, int] = {}
    for start in range(0, len(big), 1000):  # asked for a thousand at a time: few answers, short commands
        for uid, data in client.fetch(big[start:start + 1000], ["RFC822.SIZE"]).items():
            sizes[int(uid)] = int(data.get(b"RFC822.SIZE") or 0)
    return sizes


def _batches(uids: list[int], sizes: dict[int, int], most: int, budget: int, share: int) -> Iterator[list[int]]:
    """`uids` in order, in batches of at most `most` messages and about `budget` bytes (a bigger message is a
    batch of its own); a message whose size is not known is at most `share` bytes."""
    group: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, share)
        if group and (total + size > budget or len(group) >= most):
            yield group
            group, total = [], 0
        group.append(uid)
        total += size
    if group:
        yield group


def _aware(when: object) -> datetime | None:
    """INTERNALDATE as an aware time: IMAPClient gives the computer's local time without a zone by default."""
    if not isinstance(when, datetime):
        return None
    return when.astimezone(UTC) if when.tzinfo else when.astimezone().astimezone(UTC)
