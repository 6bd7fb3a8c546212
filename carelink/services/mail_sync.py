"""Bringing mail in and sending mail out: each run delivers the outbox, then fetches what is new, puts mail from
approved contacts on the wall and holds the rest for the family."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from carelink.channels.email.mime import parse_message
from carelink.channels.ports import MailboxState, MailTransport
from carelink.clock import Clock
from carelink.services.contacts import ContactService
from carelink.services.errors import UserError
from carelink.services.held import FAILED_CHECK, UNKNOWN_SENDER, HeldService
from carelink.services.outbox import DeliveryReport, OutboxService
from carelink.services.status import Connection, ConnectionStatus
from carelink.services.wall import WallService
from carelink.storage.database import Database
from carelink.storage.models import MailboxStateRow

log = logging.getLogger(__name__)
FOLDER = "INBOX"
FIRST_SYNC_DAYS = 30  # a first sync of a big mailbox takes recent mail only


@dataclass(frozen=True)
class SyncReport:
    """What one sync did, and the plain reason if it could not reach the mail server."""

    new_messages: int
    held: int
    skipped: int
    delivery: DeliveryReport
    error: str | None


class MailSync:
    """Runs sync passes (one at a time) and keeps the household's ConnectionStatus up to date."""

    def __init__(self, database: Database, transport: MailTransport, contacts: ContactService, wall: WallService,
                 held: HeldService, outbox: OutboxService, status: ConnectionStatus, clock: Clock) -> None:
        self._database, self._transport, self._contacts = database, transport, contacts
        self._wall, self._held, self._outbox = wall, held, outbox
        self._status, self._clock = status, clock
        self._running = threading.Lock()

    def _load_state(self) -> MailboxState | None:
        with self._database.session() as session:
            row = session.get(MailboxStateRow, FOLDER)
            return MailboxState(row.uidvalidity, row.last_uid) if row else None

    def _save_state(self, state: MailboxState | None) -> None:
        if state is None:
            return
        with self._database.session() as session:
            session.merge(MailboxStateRow(folder=FOLDER, uidvalidity=state.uidvalidity, last_uid=state.last_uid))

    def _file(self, raw: bytes) -> str:
        """Put one message on the wall or in held mail: 'wall', 'held' or 'skipped'."""
        mail = parse_message(raw)
        now = self._clock.now()
        contact = self._contacts.find_by_email(mail.sender) if mail.sender else None
        if contact is None or mail.auth_failed:
            reason = UNKNOWN_SENDER if contact is None else FAILED_CHECK
            return "held" if self._held.hold(mail, raw, reason, now) is not None else "skipped"
        added = self._wall.add_mail(mail, contact.id, contact.email, now)
        return "wall" if added is not None else "skipped"

    def sync_once(self, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        with self._running:
            delivery = self._outbox.deliver_due()
            counts = {"wall": 0, "held": 0, "skipped": 0}
            mailbox = self._transport.mailbox()
            error = delivery.error
            if mailbox is None:
                if self._status.state is not Connection.DEMO:
                    self._status.set(Connection.NOT_SET_UP)
                return SyncReport(0, 0, 0, delivery, None if self._status.state is Connection.DEMO else error)
            try:
                for fetched in mailbox.fetch_new(self._load_state(), FIRST_SYNC_DAYS, progress):
                    try:
                        counts[self._file(fetched.raw)] += 1
                    except Exception:
                        log.exception("could not file message uid %s; skipping it", fetched.uid)
                        counts["skipped"] += 1
                    self._save_state(mailbox.state())
            except UserError as trouble:
                error = trouble.message
                self._save_state(mailbox.state())
            finally:
                mailbox.close()
            self._status.set(Connection.OFFLINE if error else Connection.UP_TO_DATE)
            return SyncReport(counts["wall"], counts["held"], counts["skipped"], delivery, error)
