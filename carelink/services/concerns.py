"""Report a concern: what is wrong reaches the nominated carer by email, reliably.

The concern is stored, with its email in the outbox, before anything is sent; the outbox retries until the server
takes it. A reply from a carer (threaded to it, or naming its reference) marks it acknowledged. With no
acknowledgement within `concern.escalate_after`, it goes to the backup carer(s) too and is marked escalated.
"""

from __future__ import annotations

import builtins
import logging
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from carelink.channels.email.mime import ParsedMail
from carelink.clock import Clock
from carelink.events import Event
from carelink.services.contacts import Contact, ContactService
from carelink.services.errors import UserError
from carelink.services.outbox import OutboxService
from carelink.services.settings import SettingsService
from carelink.storage.database import Database
from carelink.storage.models import ConcernRow

CATEGORIES: dict[str, str] = {
    "unwell": "I feel unwell",
    "lonely": "I feel lonely or low",
    "care": "A problem with my care",
    "safety": "Someone is worrying me",
    "home": "Something at home is broken",
    "other": "Something else",
}
MAX_NOTE_CHARS = 2000
_REFERENCE = re.compile(r"\[C-(\d+)\]")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Concern:
    """A concern as screens and commands see it."""

    id: int
    category: str
    note: str
    call_back: bool
    status: str  # queued | sent | acknowledged | escalated
    created: datetime
    carer_name: str
    sent: datetime | None
    acknowledged: datetime | None
    acknowledged_by: str | None
    escalated: datetime | None
    escalated_to: str

    @property
    def reference(self) -> str:
        return f"C-{self.id}"

    def as_json(self) -> dict[str, object]:
        def when(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        return {"id": self.id, "category": self.category, "note": self.note, "status": self.status,
                "created": when(self.created), "sent": when(self.sent), "acknowledged": when(self.acknowledged),
                "acknowledged_by": self.acknowledged_by}


class ConcernService:
    """Raises concerns, follows their emails, and runs the escalation timer. Emits `changed(concern_id)`."""

    def __init__(self, database: Database, clock: Clock, contacts: ContactService, outbox: OutboxService,
                 settings: SettingsService) -> None:
        self._database, self._clock, self._contacts = database, clock, contacts
        self._outbox, self._settings = outbox, settings
        self.changed: Event[int] = Event()

    def carers(self) -> tuple[list[Contact], list[Contact]]:
        """(main carers, backup carers)."""
        carers = [c for c in self._contacts.list() if c.role == "carer"]
        return [c for c in carers if not c.backup], [c for c in carers if c.backup]

    def main_carer(self) -> Contact | None:
        main, backup = self.carers()
        return next(iter(main or backup), None)

    @staticmethod
    def _concern(row: ConcernRow) -> Concern:
        return Concern(id=row.id, category=row.category, note=row.note, call_back=row.call_back, status=row.status,
                       created=row.created, carer_name=row.carer_name, sent=row.sent, acknowledged=row.acknowledged,
                       acknowledged_by=row.acknowledged_by, escalated=row.escalated,
                       escalated_to=row.escalated_to)

    def raise_concern(self, category: str, note: str = "", call_back: bool = False) -> Concern:
        """Store the concern and its email (committed before this returns); sending is the outbox's job."""
        if category not in CATEGORIES:
            raise UserError(f"'{category}' is not a kind of concern. Choose one of: {', '.join(CATEGORIES)}.")
        words = note.strip()
        if len(words) > MAX_NOTE_CHARS:
            raise UserError(f"That is too long to send: {MAX_NOTE_CHARS} letters at most.")
        carer = self.main_carer()
        if carer is None:
            raise UserError("No carer is set up yet, so the concern cannot be sent. Please phone your carer or "
                            "your family. (The family can add a carer in Settings → Contacts.)")
        with self._database.session() as session:
            row = ConcernRow(category=category, note=words, call_back=call_back, status="queued",
                             created=self._clock.now(), carer_name=carer.name,
                             escalation_outbox_ids="", escalated_to="")
            session.add(row)
            session.flush()
            concern = self._concern(row)
            # The concern and its email commit together: never one without the other, never a second email.
            email = self._outbox.add_to(session, "concern", [carer.email], self._subject(concern),
                                        self._body(concern, escalation=False))
            row.outbox_id = email.id
            email_id = email.id
        self._outbox.notify(email_id)
        self.changed.emit(concern.id)
        return self.get(concern.id)

    def _subject(self, concern: Concern) -> str:
        name = self._settings.person_name or "someone you care for"
        return f"CareLink concern from {name}: {CATEGORIES[concern.category]} [{concern.reference}]"

    def _body(self, concern: Concern, escalation: bool) -> str:
        name = self._settings.person_name or "The person you care for"
        words = f'"{concern.note}"' if concern.note else f"{name} did not add any words."
        opening = (f"{concern.carer_name} has not answered this concern yet, so CareLink is sending it to you "
                   "too.\n\n" if escalation else "")
        return (f"{opening}{name} has reported a concern with CareLink.\n\n"
                f"What is wrong: {CATEGORIES[concern.category]}\n"
                f"When: {concern.created.astimezone():%A %d %B %Y at %H:%M}\n"
                f"In {name}'s own words: {words}\n"
                f"Would like a call back: {'Yes' if concern.call_back else 'No'}\n\n"
                f"Please reply to this email to let {name} know you have seen it. Any reply will do.\n\n"
                f"CareLink is not an emergency service. If {name} may be in danger, call "
                f"{self._settings.emergency_number}.\n\nReference: CareLink concern {concern.reference}\n")

    def _escalate(self, concern: Concern, why: str) -> bool:
        """Send the concern to the backup carer(s) (or, with none, the family), in the same transaction that marks
        it escalated. False when there is nobody else to tell (it then stays as it was, and says so in the log)."""
        with self._database.session() as session:
            first_email = session.get_one(ConcernRow, concern.id).outbox_id
        original = set(self._outbox.get(first_email).to) if first_email is not None else set()
        _, backups = self.carers()
        others = [c for c in backups if c.email not in original] or \
            [c for c in self._contacts.list() if c.role == "family"]
        if not others:
            log.warning("concern %s: %s, and there is nobody else to tell", concern.id, why)
            return False
        with self._database.session() as session:
            email = self._outbox.add_to(session, "concern", [c.email for c in others], self._subject(concern),
                                        self._body(concern, escalation=True))
            row = session.get_one(ConcernRow, concern.id)
            row.escalation_outbox_ids = f"{row.escalation_outbox_ids} {email.id}".strip()
            row.status, row.escalated = "escalated", self._clock.now()
            row.escalated_to = ", ".join(c.name for c in others)
            email_id = email.id
        self._outbox.notify(email_id)
        self.changed.emit(concern.id)
        return True

    def get(self, concern_id: int) -> Concern:
        self._follow_outbox()
        with self._database.session() as session:
            row = session.get(ConcernRow, concern_id)
            if row is None:
                raise UserError(f"There is no concern number {concern_id}.")
            return self._concern(row)

    def list(self) -> list[Concern]:
        self._follow_outbox()
        with self._database.session() as session:
            return [self._concern(r) for r in session.scalars(select(ConcernRow).order_by(ConcernRow.id.desc()))]

    def latest(self) -> Concern | None:
        concerns = self.list()
        return concerns[0] if concerns else None

    def _follow_outbox(self) -> None:
        """Queued concerns whose email has gone become 'sent'. One whose carer's address was refused for good is
        passed on at once: a concern must never sit quietly where nobody will read it."""
        with self._database.session() as session:
            waiting = [(r.id, r.outbox_id) for r in session.scalars(
                select(ConcernRow).where(ConcernRow.status == "queued"))]
        for concern_id, outbox_id in waiting:
            if outbox_id is None:
                continue
            item = self._outbox.get(outbox_id)
            if item.status == "sent":
                with self._database.session() as session:
                    row = session.get_one(ConcernRow, concern_id)
                    row.status, row.sent = "sent", item.sent_at
                self.changed.emit(concern_id)
            elif item.status == "failed":
                with self._database.session() as session:
                    concern = self._concern(session.get_one(ConcernRow, concern_id))
                self._escalate(concern, f"the carer's address was refused ({item.last_error})")

    def note_mail(self, mail: ParsedMail, sender: Contact) -> int | None:
        """A carer's reply to a concern marks it acknowledged; returns the concern's id, or None."""
        if sender.role != "carer":
            return None
        threads = {mail.in_reply_to, *mail.references} - {None}
        with self._database.session() as session:
            open_rows = list(session.scalars(select(ConcernRow).where(ConcernRow.acknowledged.is_(None))))
            by_reference = {int(n) for n in _REFERENCE.findall(mail.subject)}
            for row in open_rows:
                ids = [row.outbox_id, *(int(i) for i in row.escalation_outbox_ids.split())]
                message_ids = {self._outbox.get(i).message_id for i in ids if i is not None}
                if row.id in by_reference or threads & message_ids:
                    row.acknowledged, row.acknowledged_by = self._clock.now(), sender.name
                    row.status = "acknowledged"
                    if row.sent is None:
                        row.sent = row.acknowledged
                    found = row.id
                    break
            else:
                return None
        self.changed.emit(found)
        return found

    def run_timers(self) -> builtins.list[int]:
        """Escalate every sent, unacknowledged concern older than `concern.escalate_after`; returns their ids."""
        self._follow_outbox()
        now = self._clock.now()
        limit = self._settings.escalate_after
        with self._database.session() as session:
            due = [self._concern(r) for r in session.scalars(select(ConcernRow).where(ConcernRow.status == "sent"))
                   if r.sent is not None and now - r.sent >= limit]
        escalated: builtins.list[int] = []
        for concern in due:
            if self._escalate(concern, "no answer in time"):
                escalated.append(concern.id)
        return escalated
