"""Video calls: each contact's call link (a Jitsi Meet room made once for them and kept, their own https link, or a
phone number), the invite that tells them to join, and the call invites that come in by email.

Opening a link is the UI's job (its own call window, carelink/ui/calls/calling.py, with the rules of
call_pages.py) or the command line's (the browser port); this module only decides which link, and refuses anything
that is not a plain https link or a phone number. Which emails ring is call_invites.py's rule.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select, update

from carelink.clock import Clock
from carelink.events import Event
from carelink.services.call_invites import IncomingCall
from carelink.services.call_links import check_call_link, check_jitsi_server
from carelink.services.call_pages import JITSI_HOSTS, is_jitsi, jitsi_link
from carelink.services.contacts import Contact, ContactService
from carelink.services.mail_words import invite_mail
from carelink.services.outbox import OutboxService
from carelink.services.settings import SettingsService
from carelink.services.wall import WallService
from carelink.storage.database import Database
from carelink.storage.models import ContactRow
from carelink.translation import Translations

RING_WINDOW = timedelta(minutes=15)  # an invite older than this is a missed call, not a ringing one


class UrlOpener(Protocol):
    """Opens a call link with the computer's own handler (a browser, a video-call app, a phone app)."""

    def open(self, url: str) -> bool: ...


@dataclass(frozen=True)
class CallPlan:
    """Where a call to a contact goes: the link to open here, and the link their invite carries."""

    contact: Contact
    open_url: str
    invite_url: str
    sign_in: bool = False  # meet.jit.si lets a room start only once someone has signed in: the family member does
    jitsi: bool = False  # a Jitsi room (its page's state is watched): known here, so pressing Call reads nothing


class CallService:
    """Chooses each contact's call link, sends call invites, and follows invites that come in."""

    def __init__(self, database: Database, clock: Clock, contacts: ContactService, outbox: OutboxService,
                 settings: SettingsService, wall: WallService, translations: Translations | None = None) -> None:
        self._database, self._clock, self._contacts = database, clock, contacts
        self._outbox, self._settings, self._wall = outbox, settings, wall
        self._translations = translations or Translations()
        self.changed: Event[None] = Event()

    def set_call_link(self, contact_id: int, link: str | None, auto_answer: bool) -> Contact:
        """Their own link (checked), or None for the Jitsi room CareLink makes; and whether their calls answer by
        themselves. A bad link changes nothing."""
        clean = check_call_link(link) if link else None
        self._contacts.get(contact_id)
        with self._database.session() as session:
            row = session.get_one(ContactRow, contact_id)
            row.call_url, row.auto_answer = clean, auto_answer
        self._contacts.changed.emit(None)
        return self._contacts.get(contact_id)

    def _room(self, contact: Contact) -> str:
        """The contact's Jitsi room name: unguessable, made on first use and kept so the family can bookmark it."""
        made = "CareLink-" + secrets.token_urlsafe(18).replace("-", "x").replace("_", "y")
        with self._database.session() as session:
            # One statement, so two threads planning the same call at once (the call screen's worker and the
            # confirmation's look-ahead) keep the one room: the page and the invite must name the same room.
            session.execute(update(ContactRow).where(ContactRow.id == contact.id, ContactRow.call_room.is_(None))
                            .values(call_room=made))
            room = session.scalar(select(ContactRow.call_room).where(ContactRow.id == contact.id))
            assert room is not None
            return room

    def plan(self, contact_id: int) -> CallPlan:
        contact = self._contacts.get(contact_id)
        if contact.call_url:
            own = is_jitsi(contact.call_url, self._settings.get("calls.jitsi_server"))
            return CallPlan(contact, contact.call_url, contact.call_url, jitsi=own)
        server = check_jitsi_server(self._settings.get("calls.jitsi_server"))
        room = f"https://{server}/{self._room(contact)}"
        # The older adult's name is filled in and the pre-join page skipped, so the call opens straight in.
        open_url = jitsi_link(room, self._settings.person_name or "CareLink")
        return CallPlan(contact, open_url, room, sign_in=server in JITSI_HOSTS, jitsi=True)

    def start_call(self, contact_id: int) -> CallPlan:
        """Queue the invite (stored before it is sent) and return where the call goes."""
        plan = self.plan(contact_id)
        translate = self._translations.for_locale(plan.contact.language or self._settings.locale)
        subject, body = invite_mail(translate, self._settings.person_name, plan.invite_url, plan.sign_in)
        self._outbox.enqueue("invite", [plan.contact.email], subject, body)
        return plan

    def ringing(self) -> list[int]:
        """Call invites from the last 15 minutes that have not rung yet (wall message ids, newest first)."""
        return self._wall.fresh_call_invites(self._clock.now() - RING_WINDOW)

    def take_ringing(self) -> IncomingCall | None:
        """The newest fresh call invite, marked "rung" now so it never rings twice; older fresh ones become
        missed calls. Only mail that passed the invite rule (services/call_invites.py) is a call invite."""
        ids = self.ringing()
        if not ids:
            return None
        newest, *older = ids
        for wall_id in older:
            self.mark(wall_id, "missed")
        self.mark(newest, "rung")
        invite = self._wall.call_invite(newest)
        if invite is None:
            return None
        contact = self._contacts.get(invite.contact_id) if invite.contact_id is not None else None
        if contact is None:
            return IncomingCall(newest, invite.sender_email, None, False, invite.call_url)
        return IncomingCall(newest, contact.name, contact.photo, contact.auto_answer, invite.call_url)

    def mark(self, wall_id: int, state: str) -> None:
        """rung | answered | missed."""
        self._wall.set_call_state(wall_id, state)
        self.changed.emit(None)

    def invite_link(self, wall_id: int) -> str | None:
        invite = self._wall.call_invite(wall_id)
        return invite.call_url if invite else None

    def received_at(self, wall_id: int) -> datetime | None:
        invite = self._wall.call_invite(wall_id)
        return invite.received if invite else None
