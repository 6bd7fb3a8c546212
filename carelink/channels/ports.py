"""The ports that services use to move mail, whatever carries it (real servers, or the demo's sandbox).

Errors carry one plain-English sentence (they are UserErrors), so a screen or a command can show them as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Protocol

from carelink.errors import UserError


class TemporaryFailure(UserError):  # noqa: N818 (named for what happened, like the other ports' errors)
    """The mail could not go or come now (no internet, server down, timeout): try again later."""


class PermanentFailure(UserError):  # noqa: N818
    """The server refused this message for good (for example, an address that does not exist)."""


class LoginFailure(UserError):  # noqa: N818
    """The server refused the user name or password."""


class CertificateFailure(UserError):  # noqa: N818
    """The server's certificate could not be trusted, so nothing was sent to it."""


class MailSender(Protocol):
    def send(self, message: EmailMessage) -> None:
        """Send one message, or raise TemporaryFailure / PermanentFailure / LoginFailure / CertificateFailure."""
        ...


@dataclass(frozen=True)
class MailboxState:
    """Where an incremental sync got to: the folder's UIDVALIDITY and the highest UID already fetched."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class FetchedMail:
    """One message as it came from the server: its UID, its raw bytes and when it arrived in the mailbox (IMAP's
    INTERNALDATE, timezone-aware; None when the server did not say)."""

    uid: int
    raw: bytes
    arrived: datetime | None = None


class Mailbox(Protocol):
    def fetch_new(self, state: MailboxState | None, since_days: int,
                  progress: Callable[[int, int], None] | None = None) -> Iterator[FetchedMail]:
        """The messages after `state` (all of the last `since_days` days when state is None or the UIDVALIDITY
        changed), oldest first. After the iterator is used up, `state()` says where the sync got to."""
        ...

    def state(self) -> MailboxState | None:
        ...

    def wait_for_news(self, timeout: float, since: MailboxState | None = None) -> bool:
        """Block up to `timeout` seconds (IMAP IDLE where offered, else a plain wait); True if new mail may be in.
        `since` is the position to wait after (the sync's saved one); None means this mailbox's own last fetch."""
        ...

    def listening(self) -> bool:
        """True while a wait_for_news() on this mailbox hears of new mail as it comes (an IMAP IDLE connection is
        held open), so a sync need not look for mail meanwhile; False where waiting is only a pause (polling)."""
        ...

    def close(self) -> None:
        ...


class MailTransport(Protocol):
    """The household's way of moving mail: real servers for a real account, the sandbox for the demo."""

    def from_address(self) -> str | None: ...

    def sender(self) -> MailSender | None: ...

    def mailbox(self) -> Mailbox | None: ...
