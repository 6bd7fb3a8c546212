"""Report a concern: what is wrong reaches the nominated carer by email, reliably.

The concern is stored, with its email in the outbox, before anything is sent; the courier retries until the server
takes it, and tells this service what happened (`note_outbox`). A concern is "sent" only once a server accepted the
carer's email. A reply from a carer (threaded to it, or naming its reference) marks it acknowledged. With no
acknowledgement within `concern.escalate_after`, it goes to the backup carer(s) too, and is "escalated" once their
email was accepted. When every address was refused for good it is "failed": the person is told to phone instead.

With no carer set up at all, a concern goes to the family instead (and says so, to them and on screen): a concern
must never reach nobody. With nobody at all to tell, raising one is refused with words that say who can fix it.
"""

from __future__ import annotations

import builtins
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from carelink.channels.email.mime import ParsedMail
from carelink.clock import Clock
from carelink.errors import UserError, stored_words
from carelink.events import Event
from carelink.services.contacts import Contact, ContactService
from carelink.services.mail_words import CATEGORIES, concern_body, concern_subject
from carelink.services.outbox import OutboxItem, OutboxService
from carelink.services.settings import SettingsService
from carelink.storage.database import Database
from carelink.storage.models import ConcernRow, OutboxRow
from carelink.translation import Translate, Translations, join_names, names_apart, sentence, stored_names

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
    status: str  # queued | sent | acknowledged | escalated | failed
    created: datetime
    carers: tuple[str, ...]  # whom it went to first (the carer, or the family), joined by each reader's language
    sent: datetime | None
    acknowledged: datetime | None
    acknowledged_by: str | None
    escalated: datetime | None
    escalated_to: tuple[str, ...]

    @property
    def reference(self) -> str:
        return f"C-{self.id}"

    def as_json(self) -> dict[str, object]:
        def when(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        return {"id": self.id, "category": self.category, "note": self.note, "status": self.status,
                "created": when(self.created), "sent": when(self.sent), "acknowledged": when(self.acknowledged),
                "acknowledged_by": self.acknowledged_by}


@dataclass(frozen=True)
class Recipients:
    """Who hears about a concern: the carer, or (`to_family`) the family because no carer is set up."""

    people: tuple[Contact, ...]
    to_family: bool

    @property
    def names(self) -> tuple[str, ...]:
        """("Jane Wilson",), or ("Sarah Jones", "Tom Jones"): each reader joins them in their own language
        (carelink.translation.join_names)."""
        return tuple(person.name for person in self.people)


NOBODY_TO_TELL = sentence("Nobody is set up to hear about a concern yet, so it cannot be sent. Please phone your "
                          "family or someone you trust. (Whoever set up CareLink can add a carer in Settings → "
                          "Contacts, or with 'carelink contacts add NAME --email ADDRESS --role carer'.)")


class ConcernService:
    """Raises concerns, follows their emails, and runs the escalation timer. Emits `changed(concern_id)`."""

    def __init__(self, database: Database, clock: Clock, contacts: ContactService, outbox: OutboxService,
                 settings: SettingsService, translations: Translations | None = None) -> None:
        self._database, self._clock, self._contacts = database, clock, contacts
        self._outbox, self._settings = outbox, settings
        self._translations = translations or Translations()
        self.changed: Event[int] = Event()

    def carers(self) -> tuple[list[Contact], list[Contact]]:
        """(main carers, backup carers)."""
        carers = [c for c in self._contacts.list() if c.role == "carer"]
        return [c for c in carers if not c.backup], [c for c in carers if c.backup]

    def main_carer(self) -> Contact | None:
        main, backup = self.carers()
        return next(iter(main or backup), None)

    def recipients(self) -> Recipients:
        """Whom a concern raised now would go to: the main carer, or with no carer set up, the whole family."""
        carer = self.main_carer()
        if carer is not None:
            return Recipients((carer,), to_family=False)
        return Recipients(tuple(c for c in self._contacts.list() if c.role == "family"), to_family=True)

    @staticmethod
    def _concern(row: ConcernRow) -> Concern:
        return Concern(id=row.id, category=row.category, note=row.note, call_back=row.call_back, status=row.status,
                       created=row.created, carers=stored_names(row.carer_name), sent=row.sent,
                       acknowledged=row.acknowledged, acknowledged_by=row.acknowledged_by, escalated=row.escalated,
                       escalated_to=stored_names(row.escalated_to))

    def raise_concern(self, category: str, note: str = "", call_back: bool = False) -> Concern:
        """Store the concern and its email (committed before this returns); sending is the outbox's job."""
        if category not in CATEGORIES:
            raise UserError("'{category}' is not a kind of concern. Choose one of: {kinds}.",
                            {"category": category, "kinds": ", ".join(CATEGORIES)})
        words = note.strip()
        if len(words) > MAX_NOTE_CHARS:
            raise UserError("That is too long to send: {most} letters at most.", {"most": MAX_NOTE_CHARS})
        to = self.recipients()
        if not to.people:
            raise UserError(NOBODY_TO_TELL)
        with self._database.session() as session:
            row = ConcernRow(category=category, note=words, call_back=call_back, status="queued",
                             created=self._clock.now(), carer_name=names_apart(to.names),
                             escalation_outbox_ids="", escalated_to="")
            session.add(row)
            session.flush()
            concern = self._concern(row)
            # The concern and its email commit together: never one without the other, never a second email.
            translate = self._language(to.people)
            email = self._outbox.add_to(session, "concern", [c.email for c in to.people],
                                        self._subject(concern, translate),
                                        self._body(concern, translate, "to_family" if to.to_family else ""))
            row.outbox_id = email.id
            email_id = email.id
        self._outbox.notify(email_id)
        self.changed.emit(concern.id)
        return self.get(concern.id)

    def _language(self, people: tuple[Contact, ...] | builtins.list[Contact]) -> Translate:
        """The language of the people an email goes to: their own (set per contact), when they all share one,
        else the household's."""
        own = {c.language for c in people if c.language} if all(c.language for c in people) else set()
        return self._translations.for_locale(own.pop() if len(own) == 1 else self._settings.locale)

    def _subject(self, concern: Concern, translate: Translate) -> str:
        return concern_subject(translate, self._settings.person_name, concern.category, concern.reference)

    def _body(self, concern: Concern, translate: Translate, opening: str) -> str:
        facts = {"category": concern.category, "created": concern.created, "note": concern.note,
                 "call_back": concern.call_back, "carer_name": join_names(concern.carers, translate),
                 "reference": concern.reference,
                 "emergency_number": self._settings.emergency_number}
        return concern_body(translate, self._settings.person_name, facts, opening)

    def _others(self, first_to: set[str]) -> list[Contact]:
        """Whom to tell when the carer does not answer or cannot be reached: the backup carer(s) not already
        told, or with none, the family (not already told: a concern that went to the family for want of a carer is
        not sent to them again)."""
        _, backups = self.carers()
        return [c for c in backups if c.email not in first_to] or \
            [c for c in self._contacts.list() if c.role == "family" and c.email not in first_to]

    def _queue_escalation(self, session: Session, row: ConcernRow, others: list[Contact],
                          refused: bool = False) -> int:
        """Add the escalation email inside the caller's (deciding) transaction."""
        concern = self._concern(row)
        translate = self._language(others)
        email = self._outbox.add_to(session, "concern", [c.email for c in others], self._subject(concern, translate),
                                    self._body(concern, translate, "refused" if refused else "escalation"))
        row.escalation_outbox_ids = f"{row.escalation_outbox_ids} {email.id}".strip()
        row.escalated_to = names_apart([c.name for c in others])
        return email.id

    def settle(self, concern_id: int) -> None:
        """Bring a concern's status into line with what the mail server did with its emails, deciding and
        recording in one transaction that holds the database's write lock (so two processes never both decide to
        send the backup carer a copy). Idempotent: the courier's events call it, and so do the timers.

        queued → sent (the carer's email was accepted) → escalated (a backup carer's email was accepted).
        The carer's address refused for good → the backup carer(s) are sent it at once (still queued: nothing has
        reached anyone yet); every address refused for good → failed."""
        queued_email: int | None = None
        with self._database.decision() as session:
            row = session.get(ConcernRow, concern_id)
            if row is None or row.status in ("acknowledged", "failed") or row.outbox_id is None:
                return
            before = row.status
            first = session.get_one(OutboxRow, row.outbox_id)
            escalations = [session.get_one(OutboxRow, int(i)) for i in row.escalation_outbox_ids.split()]
            accepted = [e.sent_at for e in escalations if e.status == "sent" and e.sent_at is not None]
            if first.status == "sent" and row.sent is None:
                row.sent = first.sent_at
            if accepted:
                row.status, row.escalated = "escalated", row.escalated or min(accepted)
                row.sent = row.sent or min(accepted)
            elif first.status == "sent":
                row.status = "sent"
            elif first.status == "failed" and not escalations:
                others = self._others({a for a in first.to_addrs.split(",") if a})
                if others:
                    queued_email = self._queue_escalation(session, row, others, refused=True)
                    log.warning("concern %s: the carer's address was refused (%s); sending it to %s",
                                concern_id, stored_words(first.last_error), ", ".join(c.name for c in others))
                else:
                    row.status = "failed"
            elif first.status == "failed" and all(e.status == "failed" for e in escalations):
                row.status = "failed"
            changed = row.status != before or queued_email is not None
        if queued_email is not None:
            self._outbox.notify(queued_email)
        if changed:
            self.changed.emit(concern_id)

    def note_outbox(self, item: OutboxItem) -> None:
        """The courier's `sent` and `failed` events: settle the concern that email belongs to, if any."""
        if item.kind != "concern":
            return
        for concern_id, first, escalations in self._open_emails():
            if item.id == first or item.id in escalations:
                self.settle(concern_id)

    def _open_emails(self) -> builtins.list[tuple[int, int | None, set[int]]]:
        with self._database.session() as session:
            return [(r.id, r.outbox_id, {int(i) for i in r.escalation_outbox_ids.split()})
                    for r in session.scalars(select(ConcernRow).where(
                        ConcernRow.status.in_(("queued", "sent", "escalated"))))]

    def _unsettled(self) -> builtins.list[int]:
        """Open concerns whose emails moved on without them (a crash between an email going and its event): read
        only, so that a sync takes the write lock for these alone."""
        with self._database.session() as session:
            rows = list(session.scalars(select(ConcernRow).where(ConcernRow.status.in_(("queued", "sent")))))
            ids = {i for r in rows for i in (r.outbox_id, *(int(e) for e in r.escalation_outbox_ids.split()))
                   if i is not None}
            status = dict(session.execute(select(OutboxRow.id, OutboxRow.status).where(OutboxRow.id.in_(ids))).all())
        found: builtins.list[int] = []
        for row in rows:
            first = status.get(row.outbox_id) if row.outbox_id is not None else None
            escalations = [status.get(int(e)) for e in row.escalation_outbox_ids.split()]
            carer_settled = first == "sent" or (first == "failed" and (
                not escalations or all(e == "failed" for e in escalations)))
            if "sent" in escalations or (row.status == "queued" and carer_settled):
                found.append(row.id)
        return found

    def get(self, concern_id: int) -> Concern:
        """Read only: what the concern says now."""
        with self._database.session() as session:
            row = session.get(ConcernRow, concern_id)
            if row is None:
                raise UserError("There is no concern number {number}.", {"number": concern_id})
            return self._concern(row)

    def list(self) -> builtins.list[Concern]:
        """Read only: every concern, newest first."""
        with self._database.session() as session:
            return [self._concern(r) for r in session.scalars(select(ConcernRow).order_by(ConcernRow.id.desc()))]

    def latest(self) -> Concern | None:
        with self._database.session() as session:
            row = session.scalars(select(ConcernRow).order_by(ConcernRow.id.desc()).limit(1)).first()
            return None if row is None else self._concern(row)

    def carer_phone(self, concern: Concern) -> str | None:
        """The phone number of the carer a concern was for (by name), or of the main carer."""
        main, backups = self.carers()
        named = [c.phone for c in main + backups if c.name in concern.carers and c.phone]
        others = [c.phone for c in main + backups if c.phone]
        return next(iter(named + others), None)

    def note_mail(self, mail: ParsedMail, sender: Contact) -> int | None:
        """A carer's reply to a concern marks it acknowledged; returns the concern's id, or None. So does a reply from
        someone the concern itself went to (the family, when no carer was set up)."""
        found = self.note_mails([(mail, sender)])
        return found[0] if found else None

    def note_mails(self, mails: Sequence[tuple[ParsedMail, Contact]]) -> builtins.list[int]:
        """note_mail for a sync's batch of mail from contacts in one look at the open concerns (usually none, so a
        thousand messages cost one query, not a thousand); returns the concerns acknowledged, in order."""
        found: builtins.list[int] = []
        with self._database.session() as session:
            open_rows = list(session.scalars(select(ConcernRow).where(ConcernRow.acknowledged.is_(None))))
            emails = {row.id: [self._outbox.get(i) for i in (row.outbox_id, *(int(n) for n in
                               row.escalation_outbox_ids.split())) if i is not None] for row in open_rows}
            for mail, sender in mails if open_rows else ():
                threads = {mail.in_reply_to, *mail.references} - {None}
                by_reference = {int(n) for n in _REFERENCE.findall(mail.subject)}
                for row in open_rows:
                    sent = emails[row.id]
                    told = {a.lower() for a in sent[0].to} if sent and row.outbox_id is not None else set()
                    if sender.role != "carer" and sender.email.lower() not in told:
                        continue
                    if row.id in by_reference or threads & {email.message_id for email in sent}:
                        row.acknowledged, row.acknowledged_by = self._clock.now(), sender.name
                        row.status = "acknowledged"
                        if row.sent is None:
                            row.sent = row.acknowledged
                        found.append(row.id)
                        open_rows.remove(row)
                        break
        for concern_id in found:
            self.changed.emit(concern_id)
        return found

    def run_timers(self) -> builtins.list[int]:
        """Settle every open concern with its emails (after a crash between an email going and its event), then
        escalate each sent, unacknowledged concern older than `concern.escalate_after`; returns those escalated
        now. Each escalation is decided and recorded in one transaction holding the write lock, which looks again
        inside it, so two processes never both send the backup carer a copy.

        A `sent` time ahead of the clock (stored while the clock was fast, since put right) is taken as now: the
        wait is never longer than the escalation time itself."""
        for concern_id in self._unsettled():
            self.settle(concern_id)
        limit = self._settings.escalate_after
        with self._database.session() as session:
            waiting = [r.id for r in session.scalars(select(ConcernRow).where(
                ConcernRow.status == "sent", ConcernRow.escalation_outbox_ids == ""))]
        escalated: builtins.list[int] = []
        for concern_id in waiting:
            if self._escalate_if_due(concern_id, limit):
                escalated.append(concern_id)
        return escalated

    def _escalate_if_due(self, concern_id: int, limit: timedelta) -> bool:
        now = self._clock.now()
        queued_email: int | None = None
        with self._database.decision() as session:
            row = session.get_one(ConcernRow, concern_id)
            if row.status != "sent" or row.escalation_outbox_ids or row.sent is None:
                return False  # acknowledged, or another process escalated it meanwhile
            if row.sent > now:
                log.info("concern %s was marked sent at %s, ahead of the clock; counting from now", concern_id,
                         row.sent)
                row.sent = now
                return False
            if now - row.sent < limit:
                return False
            first_to: set[str] = set()
            if row.outbox_id is not None:
                first_to = {a for a in session.get_one(OutboxRow, row.outbox_id).to_addrs.split(",") if a}
            others = self._others(first_to)
            if not others:
                log.warning("concern %s: no answer in time, and there is nobody else to tell", concern_id)
                return False
            queued_email = self._queue_escalation(session, row, others)
        self._outbox.notify(queued_email)
        self.changed.emit(concern_id)
        return True
