"""'I'm OK today': one tap tells the family; no check-in by the deadline sends them (and, if chosen, the carers)
one alert that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from carelink.clock import Clock
from carelink.events import Event
from carelink.services.contacts import ContactService
from carelink.services.errors import UserError
from carelink.services.outbox import OutboxService
from carelink.services.settings import SettingsService
from carelink.storage.database import Database
from carelink.storage.models import CheckinRow


@dataclass(frozen=True)
class CheckinToday:
    """Today's check-in (if any) and whether the missed-check-in alert went out."""

    checked_in: datetime | None
    alert_sent: datetime | None


class CheckinService:
    """Records check-ins, tells the family, and runs the missed-check-in timer. Emits `changed(None)`."""

    def __init__(self, database: Database, clock: Clock, contacts: ContactService, outbox: OutboxService,
                 settings: SettingsService) -> None:
        self._database, self._clock, self._contacts = database, clock, contacts
        self._outbox, self._settings = outbox, settings
        self.changed: Event[None] = Event()

    def _today(self) -> str:
        return f"{self._clock.now():%Y-%m-%d}"

    def today(self) -> CheckinToday:
        with self._database.session() as session:
            rows = list(session.scalars(select(CheckinRow).where(CheckinRow.day == self._today())))
        first = {kind: min((r.at for r in rows if r.kind == kind), default=None) for kind in ("checkin", "alert")}
        return CheckinToday(checked_in=first["checkin"], alert_sent=first["alert"])

    def _family(self) -> list[str]:
        return [c.email for c in self._contacts.list() if c.role == "family"]

    def check_in(self) -> datetime:
        """Record "I'm OK" and tell the family (stored first; the outbox sends it). Returns the time."""
        family = self._family()
        if not family:
            raise UserError("There is no family contact to tell yet. The family can add one in Settings → Contacts.")
        now = self._clock.now()
        name = self._settings.person_name or "Your family member"
        with self._database.session() as session:  # the check-in and its note commit together
            session.add(CheckinRow(day=self._today(), kind="checkin", at=now))
            email = self._outbox.add_to(session, "checkin", family, f"{name} is OK today",
                                        f"{name} says they're OK today ({now:%H:%M}).\n\n(sent with CareLink)\n")
            email_id = email.id
        self._outbox.notify(email_id)
        self.changed.emit(None)
        return now

    def run_timers(self) -> bool:
        """After the deadline with no check-in today, send the one alert for today. True if it was sent now."""
        deadline = self._settings.checkin_deadline
        now = self._clock.now()
        if deadline is None or now.time() < deadline:
            return False
        today = self.today()
        if today.checked_in or today.alert_sent:
            return False
        to = self._family()
        if self._settings.get("checkin.alert_carers") == "on":
            to += [c.email for c in self._contacts.list() if c.role == "carer"]
        if not to:
            return False
        name = self._settings.person_name or "Your family member"
        with self._database.session() as session:  # the alert's record and its email commit together
            session.add(CheckinRow(day=self._today(), kind="alert", at=now))
            email = self._outbox.add_to(
                session, "alert", to, f"{name} has not checked in today",
                f"{name} has not tapped \"I'm OK today\" in CareLink by {deadline:%H:%M} today.\n\n"
                f"It may be nothing — but please give {name} a call to check they are all right.\n\n"
                "(sent by CareLink)\n")
            email_id = email.id
        self._outbox.notify(email_id)
        self.changed.emit(None)
        return True
