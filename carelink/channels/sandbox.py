"""The sandbox channel for the demo household (and the tutorial): it looks like email to the services, but
nothing ever leaves the computer."""

from __future__ import annotations

import logging
import threading
from email.message import EmailMessage

from carelink.channels.ports import Mailbox, MailSender

log = logging.getLogger(__name__)


class SandboxSender:
    """Keeps what would have been sent, in memory. Holds `sent`, a list of the messages."""

    def __init__(self) -> None:
        self.sent: list[EmailMessage] = []
        self._lock = threading.Lock()

    def send(self, message: EmailMessage) -> None:
        with self._lock:
            self.sent.append(message)
        log.info("sandbox: kept %s to %s (nothing leaves the computer)", message["Message-ID"], message["To"])


class SandboxTransport:
    """The demo's transport: a sandbox sender and no incoming mailbox."""

    def __init__(self, address: str) -> None:
        self._address = address
        self.outgoing = SandboxSender()

    def from_address(self) -> str | None:
        return self._address

    def sender(self) -> MailSender | None:
        return self.outgoing

    def mailbox(self) -> Mailbox | None:
        return None
