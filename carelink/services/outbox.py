"""The durable outbox: everything CareLink sends is stored (with its Message-ID) before the first attempt, and
retried with back-off until the server takes it. Nothing is lost or silently dropped: a message the server refuses
for good is marked failed, with the reason, where the family can see it."""

from __future__ import annotations

import builtins
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from carelink.channels.ports import LoginFailure, MailSender, MailTransport, PermanentFailure
from carelink.clock import Clock
from carelink.errors import UserError, stored_error, stored_problem, stored_words
from carelink.events import Event
from carelink.storage.database import Database
from carelink.storage.file_lock import FileLock
from carelink.storage.models import OutboxRow
from carelink.translation import Translate, english, sentence

log = logging.getLogger(__name__)
FIRST_RETRY = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
# A concern or an alert never waits longer than this between tries: someone may need help.
URGENT_KINDS = frozenset({"concern", "alert"})
LONGEST_URGENT_WAIT = timedelta(minutes=5)
NOT_SET_UP = sentence("Email is not set up yet.")


@dataclass(frozen=True)
class OutboxItem:
    """One stored outgoing message and how its sending is going."""

    id: int
    kind: str
    to: tuple[str, ...]
    subject: str
    body: str
    message_id: str
    status: str  # queued | sent | failed
    attempts: int
    last_error: str | None  # in English (the command line's JSON); `problem` says it in any language
    created: datetime
    sent_at: datetime | None
    next_attempt: datetime | None = None
    problem: UserError | None = field(default=None, compare=False)

    def error_words(self, translate: Translate = english) -> str:
        """Why it has not gone (yet), in the reader's language; "" when nothing went wrong."""
        return self.problem.words(translate) if self.problem is not None else self.last_error or ""

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "to": list(self.to), "status": self.status,
                "attempts": self.attempts, "last_error": self.last_error}


@dataclass(frozen=True)
class DeliveryReport:
    sent: int
    waiting: int
    failed: int
    error: str | None  # the last temporary problem, in plain words, when something is still waiting
    # Another CareLink process on this household was sending just then, so this pass tried nothing (error is None:
    # nothing is wrong, and that process sends what is waiting, this pass's new items included).
    deferred: bool = False
    # Every item this pass tried, as it stood afterwards (sent, failed, or queued with its next try).
    tried: tuple[OutboxItem, ...] = ()
    # The mail server refused the account's user name or password (the error says so): waiting will not help,
    # the family must put the password right.
    login_refused: bool = False

    @property
    def offline(self) -> bool:
        return self.error is not None

    def then(self, later: DeliveryReport) -> DeliveryReport:
        """This pass and a later one as one report: what went in either, and how things stand after the later."""
        error = None if not later.waiting else later.error if later.tried else self.error
        refused = bool(later.waiting) and (later.login_refused if later.tried else self.login_refused)
        return DeliveryReport(sent=self.sent + later.sent, waiting=later.waiting, failed=self.failed + later.failed,
                              error=error, deferred=self.deferred and later.deferred, tried=self.tried + later.tried,
                              login_refused=refused)


def backoff(attempts: int, kind: str = "") -> timedelta:
    """30 s, 1 min, 2 min, … up to an hour between tries (5 minutes for concerns and alerts)."""
    wait: timedelta = FIRST_RETRY * (2 ** min(max(attempts - 1, 0), 16))
    return min(wait, LONGEST_URGENT_WAIT if kind in URGENT_KINDS else LONGEST_WAIT)


@dataclass
class _Run:
    """How one delivery pass is going."""

    everything: bool = False  # try every queued item, whatever its back-off
    also_due: frozenset[int] = frozenset()  # items due by the caller's own (monotonic) reckoning
    attempted: set[int] = field(default_factory=set)
    tried: list[OutboxItem] = field(default_factory=list)
    sender: MailSender | None = None
    asked_for_sender: bool = False
    took_part: bool = False
    sent: int = 0
    failed: int = 0
    error: str | None = None
    login_refused: bool = False


class OutboxService:
    """Stores and sends outgoing mail. Emits `changed(item_id)` when an item is added or its status moves.

    `lock_file` is the household's lock file (HouseholdPaths.outbox_lock), shared by every process on the data
    folder: with it, only one of them delivers at a time, so no item is picked up and sent by two. Without it
    (None), delivery is exclusive within this process only."""

    def __init__(self, database: Database, clock: Clock, transport: MailTransport,
                 sender_name: Callable[[], str], lock_file: Path | None = None) -> None:
        self._database, self._clock, self._transport = database, clock, transport
        self._sender_name = sender_name
        self._sending = threading.Lock()  # one delivery run at a time in this process
        self._lock = FileLock(lock_file) if lock_file is not None else None  # … and across processes
        self.changed: Event[int] = Event()

    @staticmethod
    def _item(row: OutboxRow) -> OutboxItem:
        problem = stored_error(row.last_error)
        return OutboxItem(id=row.id, kind=row.kind, to=tuple(a for a in row.to_addrs.split(",") if a),
                          subject=row.subject, body=row.body, message_id=row.message_id, status=row.status,
                          attempts=row.attempts, last_error=stored_words(row.last_error) or None,
                          created=row.created, sent_at=row.sent_at, next_attempt=row.next_attempt, problem=problem)

    def enqueue(self, kind: str, to: Sequence[str], subject: str, body: str, in_reply_to: str | None = None,
                references: Sequence[str] = ()) -> OutboxItem:
        """Store a message to send; it is committed (synchronous=FULL) before this returns."""
        with self._database.session() as session:
            item = self._item(self.add_to(session, kind, to, subject, body, in_reply_to, references))
        self.changed.emit(item.id)
        return item

    def add_to(self, session: Session, kind: str, to: Sequence[str], subject: str, body: str,
               in_reply_to: str | None = None, references: Sequence[str] = ()) -> OutboxRow:
        """Add a message to send inside the caller's transaction, so that what it belongs to (a concern, a
        check-in) and its email are committed together or not at all. Call `notify(row.id)` after the commit."""
        if not to:
            raise UserError("There is nobody to send this to.")
        address = self._transport.from_address() or "carelink@carelink.invalid"
        now = self._clock.now()
        row = OutboxRow(kind=kind, to_addrs=",".join(to), subject=subject, body=body,
                        message_id=make_msgid(domain=address.rpartition("@")[2]), in_reply_to=in_reply_to,
                        references=" ".join(references), status="queued", attempts=0, created=now, next_attempt=now)
        session.add(row)
        session.flush()
        return row

    def notify(self, item_id: int) -> None:
        self.changed.emit(item_id)

    def get(self, item_id: int) -> OutboxItem:
        with self._database.session() as session:
            row = session.get(OutboxRow, item_id)
            if row is None:
                raise UserError("There is nothing in the outbox with number {number}.", {"number": item_id})
            return self._item(row)

    def list(self) -> list[OutboxItem]:
        with self._database.session() as session:
            return [self._item(r) for r in session.scalars(select(OutboxRow).order_by(OutboxRow.id.desc()))]

    def settled_since(self, kinds: Sequence[str], since: datetime) -> builtins.list[OutboxItem]:
        """Items of these kinds sent or refused for good, created since `since`, newest first."""
        with self._database.session() as session:
            rows = session.scalars(select(OutboxRow).where(
                OutboxRow.status.in_(("sent", "failed")), OutboxRow.kind.in_(kinds), OutboxRow.created >= since)
                .order_by(OutboxRow.id.desc()))
            return [self._item(r) for r in rows]

    def build(self, item_id: int) -> EmailMessage:
        """The email for a stored item: the same headers, Message-ID included, on every attempt."""
        with self._database.session() as session:
            row = session.get_one(OutboxRow, item_id)
            message = EmailMessage()
            address = self._transport.from_address() or "carelink@carelink.invalid"
            message["From"] = formataddr((self._sender_name(), address))
            message["To"] = ", ".join(a for a in row.to_addrs.split(",") if a)
            message["Subject"] = row.subject
            message["Date"] = format_datetime(row.created)
            message["Message-ID"] = row.message_id
            if row.in_reply_to:
                message["In-Reply-To"] = row.in_reply_to
            if row.references:
                message["References"] = row.references
            message["X-Mailer"] = "CareLink"
            message.set_content(row.body)
            return message

    def deliver_due(self, everything: bool = False, also_due: frozenset[int] = frozenset()) -> DeliveryReport:
        """Try every queued item whose time has come (every queued item with `everything`, and those in
        `also_due`). Safe to call from any thread; never raises for mail. Only the Courier calls this: screens and
        commands ask the Courier to send.

        An item whose next try lies further ahead than its own back-off was scheduled by a clock that has since
        been put right: it is due now. Once one item goes, the server is answering, so the rest of the pass tries
        everything queued, whatever its back-off.

        One delivery at a time: across threads of this process (they wait their turn), and across processes on the
        household by the lock file, which is taken without waiting. If another process holds it, this pass sends
        nothing and says so (`deferred`, waiting counted, no error); the items stay queued for that process. The
        holder looks again after letting the lock go and goes round once more if anything new has become due, so an
        item queued by a process that found the lock taken is sent by the holder (or by whoever took the lock next)
        rather than left until the next pass."""
        with self._sending:
            run = _Run(everything=everything, also_due=also_due)
            while True:
                with self._exclusive() as ours:
                    if not ours:
                        break
                    run.took_part = True
                    self._drain(run)
                if not self._due(run):
                    break
            if not run.took_part:
                log.info("another CareLink is sending this household's mail just now; leaving the outbox to it")
            return DeliveryReport(sent=run.sent, waiting=self._waiting(), failed=run.failed, error=run.error,
                                  deferred=not run.took_part, tried=tuple(run.tried),
                                  login_refused=run.login_refused and run.error is not None)

    @contextmanager
    def _exclusive(self) -> Iterator[bool]:
        """Hold the household's lock file if it is free (True) or not (False). A lock file that cannot be used at all
        (an unwritable folder) does not stop delivery: a message sent twice is better than a concern never sent."""
        if self._lock is None:
            yield True
            return
        try:
            ours = self._lock.acquire()
        except OSError:
            log.warning("could not use the outbox lock file %s; sending without it", self._lock.path, exc_info=True)
            yield True
            return
        try:
            yield ours
        finally:
            if ours:
                self._lock.release()

    def _drain(self, run: _Run) -> None:
        """Send what is due, then anything that became due meanwhile, each item at most once per pass."""
        while due := self._due(run):
            if not run.asked_for_sender:
                run.sender, run.asked_for_sender = self._transport.sender(), True
            for item_id in due:
                run.attempted.add(item_id)
                outcome = self._attempt(item_id, run.sender, run)
                run.tried.append(self.get(item_id))
                if outcome == "sent":
                    run.sent += 1
                elif outcome == "failed":
                    run.failed += 1
                else:
                    run.error = outcome

    def _due(self, run: _Run) -> tuple[int, ...]:
        now = self._clock.now()
        everything = run.everything or run.sent > 0
        with self._database.session() as session:
            queued = session.execute(select(OutboxRow.id, OutboxRow.kind, OutboxRow.attempts, OutboxRow.next_attempt)
                                     .where(OutboxRow.status == "queued").order_by(OutboxRow.id))
            return tuple(item_id for item_id, kind, attempts, next_attempt in queued
                         if item_id not in run.attempted
                         and (everything or item_id in run.also_due or next_attempt <= now
                              or next_attempt - now > backoff(max(attempts, 1), kind)))

    def _waiting(self) -> int:
        with self._database.session() as session:
            return len(list(session.scalars(select(OutboxRow.id).where(OutboxRow.status == "queued"))))

    def _attempt(self, item_id: int, sender: MailSender | None, run: _Run) -> str:
        """'sent', 'failed', or the plain reason it must wait (and `run.login_refused` says whether that reason is
        a refused user name or password)."""
        now = self._clock.now()
        problem: UserError | None = UserError(NOT_SET_UP) if sender is None else None
        permanent = False
        if sender is not None:
            try:
                sender.send(self.build(item_id))
            except PermanentFailure as refusal:
                problem, permanent = refusal, True
            except LoginFailure as refused:
                problem, run.login_refused = refused, True
            except UserError as trouble:
                problem, run.login_refused = trouble, False
            except Exception as unexpected:
                log.exception("sending outbox item %s failed unexpectedly", item_id)
                problem = UserError("Something went wrong while sending ({kind}).",
                                    {"kind": type(unexpected).__name__})
        kept = None if problem is None else stored_problem(problem)
        with self._database.session() as session:
            row = session.get_one(OutboxRow, item_id)
            row.attempts += 1
            if problem is None:
                row.status, row.sent_at, row.last_error = "sent", now, None
            elif permanent:
                row.status, row.last_error = "failed", kept
            else:
                row.last_error, row.next_attempt = kept, now + backoff(row.attempts, row.kind)
        self.changed.emit(item_id)
        if problem is None:
            return "sent"
        log.warning("outbox item %s not sent: %s", item_id, problem.message)
        return "failed" if permanent else problem.message
