"""Reading the household's mail over IMAP (the Mailbox port): incremental, read-only, and in plain words.

CareLink never changes the family's mailbox: the folder is selected read-only and bodies are fetched with
BODY.PEEK[], so nothing is marked as read. A sync is incremental (UIDVALIDITY + the last UID fetched); when there
is no saved state, or the server renumbered the folder, it starts again from the last `since_days` days.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, timedelta
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from carelink.channels.email.account import EmailAccount
from carelink.channels.email.smtp import network_failure, plain_failures
from carelink.channels.ports import FetchedMail, LoginFailure, MailboxState, PermanentFailure, TemporaryFailure
from carelink.services.errors import UserError

log = logging.getLogger(__name__)
# RFC 2177: a client should leave IDLE and start it again at least every 29 minutes, or the server may hang up.
_IDLE_RENEW_SECONDS = 24 * 60
# How long one look at an IDLE connection lasts, so that close() from another thread is noticed this quickly.
_IDLE_SLICE_SECONDS = 1.0


class ImapMailbox:
    """One folder of the household's mailbox. Holds the account, a function that fetches the password (from the
    keyring, when a connection is made), the folder name, the network timeout, how many messages one FETCH asks
    for, the connection (opened lazily, kept between calls) and where the last sync got to.

    fetch_new() and wait_for_news() belong to one thread (the sync worker); close() may come from any thread.
    """

    def __init__(self, account: EmailAccount, password: Callable[[], str | None], folder: str = "INBOX",
                 timeout: float = 30, batch: int = 100) -> None:
        self._account = account
        self._password = password
        self._folder = folder
        self._timeout = timeout
        self._batch = max(1, batch)
        self._client: IMAPClient | None = None
        self._state: MailboxState | None = None
        self._lock = threading.RLock()  # one command at a time on the connection
        self._closing = threading.Event()

    # --- the Mailbox port ---------------------------------------------------------------------------------------

    def fetch_new(self, state: MailboxState | None, since_days: int,
                  progress: Callable[[int, int], None] | None = None) -> Iterator[FetchedMail]:
        """The messages after `state` (or of the last `since_days` days), oldest first, in batches. state() moves
        on with every message yielded (it includes the one just handed over), so a caller that stops half-way can
        save it and carry on from there."""
        with self._plain():
            with self._lock:
                client = self._connect()
                info = self._select(client)
                uidvalidity = int(info[b"UIDVALIDITY"])
                if state is None or state.uidvalidity != uidvalidity:
                    since = date.today() - timedelta(days=max(0, since_days))
                    wanted = sorted(int(uid) for uid in client.search(["SINCE", since]))
                    # Everything below the first wanted UID is older than the window: count it as seen already.
                    reached = MailboxState(uidvalidity, wanted[0] - 1 if wanted else 0)
                else:
                    # "n:*" always matches the newest message, even when its UID is below n: filter it out.
                    found = client.search(["UID", f"{state.last_uid + 1}:*"])
                    wanted = sorted(int(uid) for uid in found if int(uid) > state.last_uid)
                    reached = state
                self._state = reached
                uidnext = self._uidnext(client, info)
            total, done = len(wanted), 0
            if progress is not None:
                progress(0, total)
            for start in range(0, total, self._batch):
                chunk = wanted[start:start + self._batch]
                with self._lock:
                    if self._client is not client:  # closed or dropped between batches: open the folder again
                        client = self._connect()
                        if int(self._select(client)[b"UIDVALIDITY"]) != uidvalidity:
                            return  # renumbered meanwhile: the next sync starts again from the window
                    fetched: dict[int, dict[bytes, Any]] = client.fetch(chunk, ["BODY.PEEK[]"])
                for uid in chunk:
                    raw = fetched.get(uid, {}).get(b"BODY[]")
                    # The state moves on before the message is handed over, so a caller that files it and then
                    # saves state() has saved past it; one that stops before filing it must not save.
                    reached = self._state = MailboxState(uidvalidity, uid)
                    if isinstance(raw, bytes):  # None when the message was deleted in the meantime
                        yield FetchedMail(uid, raw)
                done += len(chunk)
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
            client = self._connect()
            info = self._select(client)
            state = since if since is not None else self._state
            if (state is None or state.uidvalidity != int(info[b"UIDVALIDITY"])
                    or self._uidnext(client, info) - 1 > state.last_uid):
                return True
            if not client.has_capability("IDLE"):
                self._closing.wait(max(0.0, deadline - time.monotonic()))
                return not self._closing.is_set()
            try:
                while not self._closing.is_set() and time.monotonic() < deadline:
                    if self._idle_once(client, min(deadline, time.monotonic() + _IDLE_RENEW_SECONDS)):
                        return True
            except IMAPClientAbortError as broken:
                # The conversation broke while waiting (a dropped line, a reply the parser could not read): mail
                # may have come in, so say so; the sync that follows connects afresh.
                log.info("waiting for news ended early: %s", type(broken).__name__)
                self._client = None
                _shutdown(client)
                return True
            return False

    def check_login(self) -> None:
        """Connect, sign in and open the folder (for "Test connection"), then leave; raises the ports' errors."""
        with self._plain(), self._lock:
            self._select(self._connect())
        self._logout()

    def close(self) -> None:
        """Log out, ignoring errors (the connection may be gone already). From any thread: a wait_for_news() in
        progress returns False within about a second. The next call connects again."""
        self._closing.set()
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
        implicit = account.imap_implicit_tls
        client = IMAPClient(account.imap_host, account.imap_port, ssl=implicit, timeout=self._timeout,
                            ssl_context=ssl.create_default_context() if implicit else None)
        try:
            if account.tls_required and not implicit:
                # Never go on in plain text when TLS was asked for: the password would be readable on the way.
                if not client.has_capability("STARTTLS"):
                    raise PermanentFailure(f"The mail server {account.imap_host} does not offer a secure "
                                           f"connection on port {account.imap_port}. Check the port and security "
                                           "setting.")
                client.starttls(ssl_context=ssl.create_default_context())
            self._login(client)
        except BaseException:
            _shutdown(client)
            raise
        self._client = client
        return client

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
            raise PermanentFailure(f"The mail folder '{self._folder}' was not found on the server.") from None
        return info

    @staticmethod
    def _uidnext(client: IMAPClient, info: dict[bytes, Any]) -> int:
        """The UID the next message will get; servers must say it on SELECT, but a few old ones do not."""
        if b"UIDNEXT" in info:
            return int(info[b"UIDNEXT"])
        return max((int(uid) for uid in client.search(["ALL"])), default=0) + 1

    def _idle_once(self, client: IMAPClient, until: float) -> bool:
        """One IDLE command, looked at in short slices until `until`; True on news of a new message."""
        client.idle()
        try:
            while not self._closing.is_set():
                remaining = until - time.monotonic()
                if remaining <= 0:
                    return False
                for response in client.idle_check(timeout=min(_IDLE_SLICE_SECONDS, remaining)):
                    if isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT"):
                        return True
            return False
        finally:
            client.idle_done()

    def _logout(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            try:
                client.logout()
            except (IMAPClientError, OSError, EOFError):
                _shutdown(client)

    @contextmanager
    def _plain(self) -> Iterator[None]:
        """The ports' plain errors; after any failure the connection is dropped, so the next call starts a fresh
        one instead of talking into a half-broken conversation."""
        try:
            with plain_failures(imap_failure, self._account.imap_host, self._account.imap_port):
                yield
        except Exception:
            with self._lock:
                client, self._client = self._client, None
            if client is not None:
                _shutdown(client)
            raise


def imap_failure(error: Exception, host: str, port: int) -> UserError | None:
    """The plain-English error for what IMAPClient, ssl or socket raised, or None for a programming error."""
    if isinstance(error, LoginError):
        if "UNAVAILABLE" in str(error).upper():
            return TemporaryFailure("The mail server could not check the password just now. "
                                    "CareLink will try again later.")
        return LoginFailure("The email server did not accept the password. Many providers need an app password "
                            "for programs like CareLink; the setup screen says how to make one.")
    if isinstance(error, IMAPClientAbortError):
        return TemporaryFailure(f"No internet connection, or the mail server {host} is not answering. "
                                "CareLink will try again later.")
    if isinstance(error, IMAPClientError):
        return TemporaryFailure("The mail server gave an answer CareLink did not understand. "
                                "CareLink will try again later.")
    return network_failure(error, host, port)


def _shutdown(client: IMAPClient) -> None:
    with suppress(IMAPClientError, OSError, EOFError):  # already gone: nothing left to close
        client.shutdown()
