"""Held mail: what came from someone not on the contact list, or failed its sender check, waits here for the
family. The older adult never sees it; approving puts it on the wall (and can add the sender as a contact)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from carelink.channels.email.mime import ParsedMail, parse_message
from carelink.errors import UserError
from carelink.events import Event
from carelink.services.contacts import ContactService
from carelink.services.wall import WallService
from carelink.storage.database import Database
from carelink.storage.models import HeldRow
from carelink.translation import sentence

UNKNOWN_SENDER = "unknown_sender"
FAILED_CHECK = "failed_check"
AUTOMATIC = "automatic"  # a read receipt, delivery report or out-of-office reply: no person wrote it
REASON_WORDS = {
    UNKNOWN_SENDER: sentence("not on the contact list"),
    FAILED_CHECK: sentence("the sender's email server says it may not really be from them"),
    AUTOMATIC: sentence("an automatic message (a read receipt, a delivery report or an out-of-office reply)"),
}
OTHER_REASON = sentence("held for the family to look at")


@dataclass(frozen=True)
class HeldMessage:
    """A held email as the family's Settings and the `held` command see it."""

    id: int
    sender_email: str
    sender_name: str
    subject: str
    text: str
    received: datetime
    reason: str

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "from": self.sender_email, "from_name": self.sender_name, "subject": self.subject,
                "text": self.text, "received": self.received.isoformat(), "reason": self.reason}


def held_row(mail: ParsedMail, raw: bytes, reason: str, received: datetime, arrived: datetime | None = None
             ) -> HeldRow:
    """The held row for an email, dated as the wall would date it."""
    return HeldRow(**held_values(mail, raw, reason, received, arrived))


def held_values(mail: ParsedMail, raw: bytes, reason: str, received: datetime, arrived: datetime | None = None
                ) -> dict[str, object]:
    """The held row's columns (a sync's batch inserts many at once)."""
    return {"sender_email": mail.sender or "(no sender)", "sender_name": mail.sender_name, "subject": mail.subject,
            "text": mail.text, "received": arrived or mail.date or received, "reason": reason,
            "message_id": mail.message_id, "raw": raw}


class HeldService:
    """Holds, lists, approves and rejects mail. Emits `changed(None)` when the list changes."""

    def __init__(self, database: Database, wall: WallService, contacts: ContactService) -> None:
        self._database, self._wall, self._contacts = database, wall, contacts
        self.changed: Event[None] = Event()

    @staticmethod
    def _held(row: HeldRow) -> HeldMessage:
        return HeldMessage(id=row.id, sender_email=row.sender_email, sender_name=row.sender_name,
                           subject=row.subject, text=row.text, received=row.received, reason=row.reason)

    def hold(self, mail: ParsedMail, raw: bytes, reason: str, received: datetime) -> int | None:
        """Keep a message for the family; None if the same message is already held."""
        with self._database.session() as session:
            if mail.message_id and session.scalar(select(HeldRow.id).where(HeldRow.message_id == mail.message_id)):
                return None
            row = held_row(mail, raw, reason, received)
            session.add(row)
            session.flush()
            held_id = row.id
        self.changed.emit(None)
        return held_id

    def list(self) -> list[HeldMessage]:
        with self._database.session() as session:
            return [self._held(r) for r in session.scalars(select(HeldRow).order_by(HeldRow.received.desc()))]

    def count(self) -> int:
        return len(self.list())

    def _row(self, held_id: int) -> tuple[HeldMessage, bytes]:
        with self._database.session() as session:
            row = session.get(HeldRow, held_id)
            if row is None:
                raise UserError("There is no held message number {number}. 'carelink held' lists them.",
                                {"number": held_id})
            return self._held(row), row.raw

    def approve(self, held_id: int, add_as: str | None = None) -> int:
        """Put a held message on the wall; with `add_as` (a name) its sender becomes a family contact first.
        Returns the wall message's id."""
        held, raw = self._row(held_id)
        contact = self._contacts.find_by_email(held.sender_email)
        if add_as is not None and contact is None:
            contact = self._contacts.add(add_as, held.sender_email, "family")
        mail = parse_message(raw, held.received)
        mail = mail.for_contact(contact.name) if contact else mail
        # Without a contact the wall shows the address itself: never the stranger's own display name. The held
        # message's date is already the wall's (when it arrived, as held_row chose it).
        new_id = self._wall.add_mail(mail, contact.id if contact else None, held.sender_email, held.received,
                                     arrived=held.received)
        with self._database.session() as session:
            session.delete(session.get_one(HeldRow, held_id))
        self.changed.emit(None)
        if new_id is None:
            raise UserError("That message is already on the wall.")
        return new_id

    def reject(self, held_id: int) -> None:
        self._row(held_id)
        with self._database.session() as session:
            session.delete(session.get_one(HeldRow, held_id))
        self.changed.emit(None)
