"""'I'm OK today': one tap tells the family; no check-in by the deadline sends them (and, if chosen, the carers)
one alert that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from carelink.clock import Clock
from carelink.errors import UserError
from carelink.events import Event
from carelink.services.contacts import ContactService
from carelink.services.mail_words import checkin_mail, missed_checkin_mail
from carelink.services.outbox import OutboxItem, OutboxService
from carelink.services.settings import SettingsService
from carelink.storage.database import Database
from carelink.storage.models import CheckinRow, OutboxRow
from carelink.translation import Translations


@dataclass(frozen=True)
class CheckinToday:
    """Today's check-in (if any) and whether the missed-check-in alert went out."""

    checked_in: datetime | None
    alert_sent: datetime | None
    told: bool = False  # a check-in's email today was taken by the mail server (only then is the family told)


class CheckinService:
    """Records check-ins, tells the family, and runs the missed-check-in timer. Emits `changed(None)`."""

    def __init__(self, database: Database, clock: Clock, contacts: ContactService, outbox: OutboxService,
                 settings: SettingsService, translations: Translations | None = None) -> None:
        self._database, self._clock, self._contacts = database, clock, contacts
        self._outbox, self._settings = outbox, settings
        self._translations = translations or Translations()
        self.changed: Event[None] = Event()

    def _today(self) -> str:
        return f"{self._clock.now():%Y-%m-%d}"

    def today(self) -> CheckinToday:
        with self._database.session() as session:
            return self._today_in(session)

    def _today_in(self, session: Session) -> CheckinToday:
        """Today's check-in and alert. A record for a later day, or at a time still to come, was made while the
        clock was fast (and has been put right since): it counts as today's, so a clock moved back never makes
        CareLink think today went without a check-in."""
        now, day = self._clock.now(), self._today()
        rows = list(session.scalars(select(CheckinRow).where(
            or_(CheckinRow.day >= day, CheckinRow.at > now))))
        first = {kind: min((r.at for r in rows if r.kind == kind), default=None) for kind in ("checkin", "alert")}
        told = first["checkin"] is not None and session.scalars(select(OutboxRow.id).where(
            OutboxRow.kind == "checkin", OutboxRow.status == "sent", OutboxRow.created >= first["checkin"])
            .limit(1)).first() is not None
        return CheckinToday(checked_in=first["checkin"], alert_sent=first["alert"], told=told)

    def _family(self) -> list[str]:
        return [c.email for c in self._contacts.list() if c.role == "family"]

    def check_in(self) -> datetime:
        """Record "I'm OK" and tell the family (stored first; the outbox sends it). Returns the time."""
        family = self._family()
        if not family:
            raise UserError("There is no family contact to tell yet. The family can add one in Settings → Contacts.")
        now = self._clock.now()
        subject, body = checkin_mail(self._translations.for_locale(self._settings.locale),
                                     self._settings.person_name, now)
        with self._database.session() as session:  # the check-in and its note commit together
            session.add(CheckinRow(day=self._today(), kind="checkin", at=now))
            email = self._outbox.add_to(session, "checkin", family, subject, body)
            email_id = email.id
        self._outbox.notify(email_id)
        self.changed.emit(None)
        return now

    def note_outbox(self, item: OutboxItem) -> None:
        """The courier sent an item: a check-in's email sent means the family is told now (`changed`)."""
        if item.kind == "checkin" and item.status == "sent":
            self.changed.emit(None)

    def run_timers(self) -> bool:
        """After the deadline with no check-in today, send the one alert for today. True if it was queued now.

        Decided and recorded in one transaction that holds the database's write lock and looks again inside it,
        so two processes (two sync loops, the window and a command) never both send the alert."""
        self._reanchor()
        deadline = self._settings.checkin_deadline
        now = self._clock.now()
        if deadline is None or now.time() < deadline:
            return False
        set_up = self._settings.set_up_at  # today's deadline counts only for a household set up before it
        if set_up is not None and set_up >= datetime.combine(now.date(), deadline, now.tzinfo):
            return False
        if self._already(self.today()):
            return False
        to = self._family()
        if self._settings.get("checkin.alert_carers") == "on":
            to += [c.email for c in self._contacts.list() if c.role == "carer"]
        if not to:
            return False
        subject, body = missed_checkin_mail(self._translations.for_locale(self._settings.locale),
                                            self._settings.person_name, f"{deadline:%H:%M}")
        with self._database.decision() as session:  # decided, recorded and its email stored: all or nothing
            if self._already(self._today_in(session)):
                return False
            session.add(CheckinRow(day=self._today(), kind="alert", at=now))
            email = self._outbox.add_to(session, "alert", to, subject, body)
            email_id = email.id
        self._outbox.notify(email_id)
        self.changed.emit(None)
        return True

    def _reanchor(self) -> None:
        """Check-ins and alerts recorded at a time still to come were stamped by a clock that was fast: once it
        is put right they belong to now (today), not to a later day that would then seem already checked in."""
        now = self._clock.now()
        with self._database.session() as session:
            if session.scalars(select(CheckinRow.id).where(CheckinRow.at > now).limit(1)).first() is None:
                return
        with self._database.decision() as session:
            for row in session.scalars(select(CheckinRow).where(CheckinRow.at > now)):
                row.at, row.day = now, self._today()
        self.changed.emit(None)

    @staticmethod
    def _already(today: CheckinToday) -> bool:
        return today.checked_in is not None or today.alert_sent is not None
