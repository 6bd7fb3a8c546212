"""Bringing mail in and sending mail out: each run has the courier send the outbox and runs the timers first (so
they never wait behind a slow mail server), then fetches what is new, puts mail from approved contacts on the wall
and holds the rest for the family."""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import insert as insert_rows
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import Insert, insert

from carelink.channels.email.automatic import plausible
from carelink.channels.email.mime import ParsedMail, parse_message
from carelink.channels.ports import FetchedMail, LoginFailure, Mailbox, MailboxState, MailTransport
from carelink.clock import Clock
from carelink.errors import UserError
from carelink.services.contacts import Contact, ContactService
from carelink.services.delivery import Courier
from carelink.services.held import AUTOMATIC, FAILED_CHECK, UNKNOWN_SENDER, HeldService, held_values
from carelink.services.outbox import DeliveryReport
from carelink.services.status import Connection, ConnectionStatus
from carelink.services.wall import WallEntry, WallService
from carelink.storage.database import Database
from carelink.storage.faults import StorageFault
from carelink.storage.models import HeldRow, MailboxStateRow, table_of

log = logging.getLogger(__name__)
FOLDER = "INBOX"
FIRST_SYNC_DAYS = 30  # a first sync of a big mailbox takes recent mail only
BATCH = 100


@dataclass(frozen=True)
class SyncReport:
    """What one sync did, and the plain reason if it could not reach the mail server."""

    new_messages: int
    held: int
    skipped: int
    delivery: DeliveryReport
    error: str | None
    senders: tuple[str, ...] = ()  # who wrote the messages that reached the wall, one name a message, in order


class MailSync:
    """Runs sync passes (one at a time) and keeps the household's ConnectionStatus up to date."""

    def __init__(self, database: Database, transport: MailTransport, contacts: ContactService, wall: WallService,
                 held: HeldService, courier: Courier, status: ConnectionStatus, clock: Clock,
                 on_contact_mail: Sequence[Callable[[Sequence[tuple[ParsedMail, Contact]]], object]] = (),
                 timers: Sequence[Callable[[], object]] = ()) -> None:
        self._database, self._transport, self._contacts = database, transport, contacts
        self._wall, self._held, self._courier = wall, held, courier
        self._status, self._clock = status, clock
        self._on_contact_mail, self._timers = on_contact_mail, timers
        self._running = threading.Lock()
        self._last_fetch: tuple[str | None, bool] = (None, False)  # the last fetch's trouble (reason, refused)

    def position(self) -> MailboxState | None:
        """Where the sync got to in the folder (to wait for mail after it)."""
        return self._load_state()

    def _load_state(self) -> MailboxState | None:
        with self._database.session() as session:
            row = session.get(MailboxStateRow, FOLDER)
            return MailboxState(row.uidvalidity, row.last_uid) if row else None

    def _save_state(self, state: MailboxState | None) -> None:
        if state is None:
            return
        with self._database.session() as session:
            session.execute(_position(state))

    def _file_batch(self, batch: list[FetchedMail], contacts: dict[str, Contact], state: MailboxState | None,
                    counts: Counter[str], senders: list[str]) -> None:
        """File a batch in one transaction, with the sync position saved in it too: a crash files all of the batch
        or none of it, and one commit (one fsync) per batch instead of several per message; one INSERT of many
        rows a table (the wall's, the held mail's) rather than an ORM object a message."""
        now = self._clock.now()
        parsed = [(fetched, parse_message(fetched.raw, now)) for fetched in batch]
        # Display copies are made before the transaction opens: the database never waits on a big photo.
        shown = [(fetched, mail) for fetched, mail in parsed if _for_the_wall(mail, contacts)]
        keep = any(mail.images for _, mail in shown) and self._wall.keeps_originals()  # the setting read once
        photos = {fetched.uid: self._wall.photos_for(mail, keep) for fetched, mail in shown}
        ids = [mail.message_id for _, mail in parsed if mail.message_id]
        filed: Counter[str] = Counter()
        from_contacts: list[tuple[ParsedMail, Contact]] = []
        wall: list[WallEntry] = []
        held: list[dict[str, object]] = []
        files: list[str] = []
        with self._wall.files_kept_only_if_stored(files), self._database.session() as session:
            known = self._wall.known_in(session, ids)
            known |= set(session.scalars(select(HeldRow.message_id).where(HeldRow.message_id.in_(ids))))
            for fetched, mail in parsed:
                if mail.message_id and mail.message_id in known:
                    filed["skipped"] += 1
                    continue
                contact = contacts.get(mail.sender.lower()) if mail.sender else None
                arrived = _arrival(fetched, now)
                if contact is None or mail.auth_failed or mail.automatic:
                    reason = UNKNOWN_SENDER if contact is None else FAILED_CHECK if mail.auth_failed else AUTOMATIC
                    held.append(held_values(mail, fetched.raw, reason, now, arrived))
                    filed["held"] += 1
                else:
                    mail = mail.for_contact(contact.name)  # "Sarah sent an invitation…" in the family's words
                    wall.append(WallEntry(mail, contact.id, contact.email, now, arrived, photos.get(fetched.uid)))
                    filed["wall"] += 1
                    from_contacts.append((mail, contact))
                if mail.message_id:
                    known.add(mail.message_id)
            self._wall.store_batch(session, wall, files)
            if held:
                session.connection().execute(insert_rows(table_of(HeldRow)), held)
            if state is not None:
                session.execute(_position(state))
        counts.update(filed)
        senders.extend(contact.name for _, contact in from_contacts)
        for listener in self._on_contact_mail if from_contacts else ():  # after the commit, once per batch:
            try:                                                         # a carer's reply acknowledges a concern
                listener(from_contacts)
            except Exception:
                log.exception("a listener failed on %d messages from contacts", len(from_contacts))
        if filed["wall"]:
            self._wall.changed.emit(None)
        if filed["held"]:
            self._held.changed.emit(None)

    def _file_each(self, batch: list[FetchedMail], contacts: dict[str, Contact], state: MailboxState | None,
                   counts: Counter[str], senders: list[str]) -> None:
        """One message at a time, for a batch whose transaction failed: one bad message must not stop the rest.
        A full disk (or another disk fault) is no bad message: it stops the filing there, with the position left
        before that message, so it and the rest are fetched again on a later sync (StorageFault raised)."""
        for fetched in batch:
            try:
                self._file_batch([fetched], contacts, None, counts, senders)
            except StorageFault:
                raise
            except Exception:
                log.exception("could not file message uid %s; skipping it", fetched.uid)
                counts["skipped"] += 1
        self._save_state(state)

    def sync_once(self, progress: Callable[[int, int], None] | None = None, everything: bool = False,
                  mailbox: Mailbox | None = None, fetch: bool = True) -> SyncReport:
        """Send and run the timers first, so that a concern or an alert never waits behind a slow fetch: the
        courier sends what is due (everything queued with `everything`), the timers queue what is due (escalations,
        the missed-check-in alert) and the courier sends that. Then fetch; a fetch that reached the mail server
        means the network is there, so the courier tries everything still queued, whatever its back-off.

        `mailbox`: an open mailbox to fetch from (the one held for news, already signed in), left open after;
        without it a mailbox is made for this sync and closed after. `fetch=False` sends and runs the timers only
        (while a held connection hears of new mail as it comes): the status then stays as the last fetch left it,
        unless sending fails now."""
        with self._running:
            counts: Counter[str] = Counter()
            senders: list[str] = []
            first = self._courier.send_now(everything=everything)
            self._run_timers()
            delivery = first.then(self._courier.send_now())
            if not fetch:
                return self._sent_only(delivery)
            given = mailbox is not None
            mailbox = mailbox if given else self._transport.mailbox()
            error, refused = (self._fetch(mailbox, progress, counts, senders, close=not given)
                               if mailbox is not None else (None, False))
            self._last_fetch = (error, refused)
            if mailbox is not None and error is None:
                self._courier.server_answered()
                self._run_timers()  # a carer's reply just fetched is seen before anything more is escalated
                delivery = delivery.then(self._courier.send_now())
            if mailbox is None and self._status.state is not Connection.DEMO:
                self._status.set(Connection.NOT_SET_UP)
                return SyncReport(0, 0, 0, delivery, None)
            if error is None and mailbox is not None and delivery.error:
                error, refused = delivery.error, delivery.login_refused
            self._show(error, refused)
            return SyncReport(counts["wall"], counts["held"], counts["skipped"], delivery, error, tuple(senders))

    def _sent_only(self, delivery: DeliveryReport) -> SyncReport:
        """The report and status of a sync that only sent: the last fetch's trouble if it had some, else this
        sending's."""
        error, refused = self._last_fetch
        if error is None:
            error, refused = delivery.error, delivery.login_refused
        if self._status.state is not Connection.NOT_SET_UP:
            self._show(error, refused)
        return SyncReport(0, 0, 0, delivery, error)

    def _show(self, error: str | None, refused: bool) -> None:
        if self._status.state is not Connection.DEMO:
            self._status.set(Connection.LOGIN_REFUSED if refused else Connection.OFFLINE if error
                             else Connection.UP_TO_DATE)

    def _run_timers(self) -> None:
        for timer in self._timers:
            try:
                timer()
            except Exception:
                log.exception("a timer failed; the sync goes on")

    def _fetch(self, mailbox: Mailbox, progress: Callable[[int, int], None] | None, counts: Counter[str],
               senders: list[str], close: bool = True) -> tuple[str | None, bool]:
        """Fetch and file what is new (the names of whoever wrote are added to `senders`); the plain reason if the
        server could not be reached, and whether that reason is a refused user name or password. The mailbox is
        closed after unless `close` is False (a held one)."""
        contacts = {c.email.lower(): c for c in self._contacts.list()}
        batch: list[FetchedMail] = []
        batch_state: MailboxState | None = None
        error: str | None = None
        refused = False

        def file(batch: list[FetchedMail], state: MailboxState | None) -> None:
            try:
                self._file_batch(batch, contacts, state, counts, senders)
            except StorageFault:
                raise  # the disk, not the mail: nothing is skipped, the position stays before this batch
            except Exception:
                log.exception("could not file a batch of %d messages; filing them one by one", len(batch))
                self._file_each(batch, contacts, state, counts, senders)

        try:
            try:
                for fetched, batch_state in _fetch_ahead(mailbox, self._load_state(), progress):
                    batch.append(fetched)
                    if len(batch) >= BATCH:
                        full, batch = batch, []
                        file(full, batch_state)
            except StorageFault:
                raise
            except UserError as trouble:
                error, refused = trouble.message, isinstance(trouble, LoginFailure)
            if batch:
                file(batch, batch_state)
            if error is None:
                self._save_state(mailbox.state())  # the end of the folder, past any messages outside the window
        except StorageFault as fault:
            log.warning("sync stopped: %s", fault.message)
            return fault.message, False  # said plainly; what could not be saved is fetched again next time
        finally:
            if close:
                mailbox.close()
        return error, refused


def _position(state: MailboxState) -> Insert:
    """The sync position as one upsert: no read first (as merge() does), one statement per batch."""
    values = {"uidvalidity": state.uidvalidity, "last_uid": state.last_uid}
    return insert(MailboxStateRow).values(folder=FOLDER, **values).on_conflict_do_update(
        index_elements=[MailboxStateRow.folder], set_=values)


def _for_the_wall(mail: ParsedMail, contacts: dict[str, Contact]) -> bool:
    """Whether a mail goes on the wall rather than being held (the same test as in _file_batch)."""
    return bool(mail.sender and mail.sender.lower() in contacts and not mail.auth_failed and not mail.automatic)


def _arrival(fetched: FetchedMail, now: datetime) -> datetime | None:
    """When the mail arrived in the mailbox, as the server says; a time ahead of now (a server's clock far wrong)
    is taken as now, so that no message sits at the top of the wall for ever."""
    if fetched.arrived is None:
        return None
    return plausible(fetched.arrived, now) or now


_END = object()


def _fetch_ahead(mailbox: Mailbox, state: MailboxState | None, progress: Callable[[int, int], None] | None
                 ) -> Iterator[tuple[FetchedMail, MailboxState | None]]:
    """The mailbox's new messages, each with the sync position just after it, fetched on a thread of their own
    so that the network wait overlaps the parsing and filing here. A mailbox error comes out of this iterator."""
    ahead: queue.Queue[object] = queue.Queue(maxsize=2 * BATCH)  # bounded: memory stays small on a huge mailbox
    stop = threading.Event()

    def put(item: object) -> None:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.2)
                return
            except queue.Full:
                continue
        raise _StopFetchingError

    def fetch() -> None:
        try:
            for fetched in mailbox.fetch_new(state, FIRST_SYNC_DAYS, progress):
                put((fetched, mailbox.state()))
            put(_END)
        except _StopFetchingError:
            pass
        except BaseException as error:  # handed to the consumer, which raises it
            with contextlib.suppress(_StopFetchingError):
                put(error)

    worker = threading.Thread(target=fetch, name="carelink-fetch", daemon=True)
    worker.start()
    try:
        while (item := ahead.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield cast(tuple[FetchedMail, MailboxState | None], item)
    finally:
        stop.set()  # the consumer is done (or failed): the fetcher must not wait on a full queue for ever
        worker.join()


class _StopFetchingError(Exception):
    pass
