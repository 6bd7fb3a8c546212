"""The family message wall: what is on it, how much of it is new, and mail arriving on it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from carelink.channels.email.mime import ParsedMail
from carelink.errors import UserError
from carelink.events import Event
from carelink.services.attachments import WallAttachment, attachment_rows, from_row
from carelink.services.photo_copies import KeptPhotos, photos_to_keep
from carelink.services.photo_files import count_saved, forget, save_photo
from carelink.services.wall_order import PAGE, WallKey, WallPage, keys_after, keys_newer
from carelink.storage.database import Database
from carelink.storage.models import AttachmentRow, ContactRow, MessageRow, PhotoRow, table_of


def can_return_many() -> bool:
    """Whether this computer's SQLite gives back the ids of many rows inserted at once (RETURNING: 3.35 on)."""
    return sqlite3.sqlite_version_info >= (3, 35, 0)


@dataclass(frozen=True)
class WallMessage:
    """One card on the wall: who sent it (their saved name), when it arrived, the text, its photos (their display
    copies), how many more came with it that could not be shown, and anything else it brought (attachments: voice
    notes, clips, PDFs, documents)."""

    id: int
    sender_email: str
    sender_name: str
    text: str
    received: datetime
    read: bool
    kind: str
    photos: tuple[Path, ...]
    message_id: str | None = None
    subject: str = ""
    references: tuple[str, ...] = ()
    call_url: str | None = None
    call_state: str = ""
    contact_id: int | None = None
    photos_not_shown: int = 0
    attachments: tuple[WallAttachment, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "from": self.sender_email, "from_name": self.sender_name, "text": self.text,
                "received": self.received.isoformat(), "read": self.read, "kind": self.kind,
                "photos": [str(p) for p in self.photos], "photos_not_shown": self.photos_not_shown,
                "attachments": [attachment.as_json() for attachment in self.attachments]}


@dataclass(frozen=True)
class WallEntry:
    """A mail for the wall in a sync's batch: from whom (contact id, address), when it was fetched (`received`)
    and arrived in the mailbox, and its display copies made before the transaction (WallService.photos_for)."""

    mail: ParsedMail
    contact_id: int | None
    sender_email: str
    received: datetime
    arrived: datetime | None = None
    photos: KeptPhotos | None = None


@dataclass(frozen=True)
class CallInviteOnWall:
    """A call invite's message as the calls service needs it."""

    contact_id: int | None
    sender_email: str
    call_url: str | None
    received: datetime


class WallService:
    """Lists the wall's messages and counts the unread ones. Emits `changed(None)` when the wall changes."""

    def __init__(self, database: Database, photos_folder: Path,
                 invite_rule: Callable[[ParsedMail, int | None], str | None] | None = None,
                 keep_originals: Callable[[], bool] = lambda: False) -> None:
        """`invite_rule(mail, contact_id)` gives the meeting link of a mail that is a ringing call invite (the
        calls service's CallInviteRule.link_for); without one, no mail is filed as a call invite.
        `keep_originals()`: whether the family keeps the originals of photos (the setting photos.keep_originals)."""
        self._database = database
        self._photos = photos_folder
        self._invite_rule = invite_rule
        self._keep_originals = keep_originals
        self.changed: Event[None] = Event()

    def photos_for(self, mail: ParsedMail, keep_originals: bool | None = None) -> KeptPhotos:
        """The photos of a mail as they will be kept: display copies, and the originals while the family wants
        them (`keep_originals`, when the caller has read the setting for a whole batch). Made before the wall's
        transaction, which must not wait on a big picture."""
        if keep_originals is None:
            keep_originals = bool(mail.images) and self._keep_originals()
        return photos_to_keep(mail, keep_originals)

    def keeps_originals(self) -> bool:
        """Whether the family keeps the originals of photos just now (read once for a sync's batch)."""
        return self._keep_originals()

    def unread_count(self) -> int:
        with self._database.session() as session:
            query = select(func.count()).select_from(MessageRow).where(MessageRow.read.is_(False))
            return session.scalar(query) or 0

    def ids(self) -> list[int]:
        """The wall's order (newest unread first, then read newest first), as ids only: cheap for 10,000."""
        with self._database.session() as session:
            query = select(MessageRow.id).order_by(MessageRow.read, MessageRow.received.desc(), MessageRow.id.desc())
            return list(session.scalars(query))

    def page(self, after: WallKey | None = None, limit: int = PAGE) -> WallPage:
        """The wall's order a page at a time: the `limit` messages after `after` (None: the first page), read
        from the wall's index, and how many there are in all (see services.wall_order.WallOrder)."""
        with self._database.session() as session:
            return keys_after(session, after, limit)

    def arrived_since(self, newest_id: int) -> WallPage:
        """Messages stored since `newest_id` was the newest one, in the wall's order."""
        with self._database.session() as session:
            return keys_newer(session, newest_id)

    def messages(self) -> list[WallMessage]:
        """Newest unread first, then the read ones newest first."""
        with self._database.session() as session:
            query = (
                select(MessageRow, ContactRow.name)
                .outerjoin(ContactRow, MessageRow.contact_id == ContactRow.id)
                .options(selectinload(MessageRow.photos), selectinload(MessageRow.attachments))
                .order_by(MessageRow.read, MessageRow.received.desc(), MessageRow.id.desc())
            )
            return [self._to_message(row, name) for row, name in session.execute(query)]

    def _to_message(self, row: MessageRow, name: str | None) -> WallMessage:
        return WallMessage(id=row.id, sender_email=row.sender_email, sender_name=name or row.sender_email,
                           text=row.text, received=row.received, read=row.read, kind=row.kind,
                           photos=tuple(self._photos / photo.path for photo in row.photos if photo.path),
                           message_id=row.message_id, subject=row.subject,
                           references=tuple(row.references.split()), call_url=row.call_url,
                           call_state=row.call_state, contact_id=row.contact_id,
                           photos_not_shown=sum(1 for photo in row.photos if not photo.path),
                           attachments=tuple(from_row(attachment, self._photos) for attachment in row.attachments))

    def get(self, message_id: int) -> WallMessage:
        with self._database.session() as session:
            query = (select(MessageRow, ContactRow.name)
                     .outerjoin(ContactRow, MessageRow.contact_id == ContactRow.id)
                     .options(selectinload(MessageRow.photos), selectinload(MessageRow.attachments))
                     .where(MessageRow.id == message_id))
            found = session.execute(query).first()
            if found is None:
                raise UserError("There is no message number {number} on the wall.", {"number": message_id})
            return self._to_message(found[0], found[1])

    def mark_read(self, message_id: int) -> None:
        with self._database.session() as session:
            row = session.get(MessageRow, message_id)
            if row is None or row.read:
                return
            row.read = True
        self.changed.emit(None)

    # --- call invites on the wall (the calls service decides; the wall keeps the message table) ---------------

    def fresh_call_invites(self, since: datetime) -> list[int]:
        """Call invites received since `since` that have not rung yet, newest first."""
        with self._database.session() as session:
            query = select(MessageRow.id).where(MessageRow.kind == "call_invite", MessageRow.call_state == "",
                                                MessageRow.received >= since).order_by(MessageRow.received.desc())
            return list(session.scalars(query))

    def set_call_state(self, message_id: int, state: str) -> None:
        """rung | answered | missed. UserError for a message that is not there."""
        with self._database.session() as session:
            row = session.get(MessageRow, message_id)
            if row is None:
                raise UserError("There is no message number {number} on the wall.", {"number": message_id})
            row.call_state = state

    def call_invite(self, message_id: int) -> CallInviteOnWall | None:
        """Who sent a call invite, its link and when it came (None if there is no such message)."""
        with self._database.session() as session:
            row = session.get(MessageRow, message_id)
            if row is None:
                return None
            return CallInviteOnWall(row.contact_id, row.sender_email, row.call_url, row.received)

    @staticmethod
    def known_in(session: Session, message_ids: list[str]) -> set[str]:
        """Which of these Message-IDs are on the wall already (inside the caller's transaction)."""
        return set(session.scalars(select(MessageRow.message_id).where(MessageRow.message_id.in_(message_ids))))

    def store_batch(self, session: Session, entries: list[WallEntry], files: list[str]) -> None:
        """Put a sync's batch on the wall inside the caller's transaction (filed with its position in the mailbox,
        in one commit), one INSERT of many rows a table rather than an object a row. The photos and recordings
        are written as files first, their names appended to `files` as they are (files_kept_only_if_stored
        removes them if the transaction fails). Emit `changed` after the commit."""
        values: list[dict[str, object]] = []
        saved = 0
        pictures: list[list[str]] = []
        extras: list[list[AttachmentRow]] = []
        for entry in entries:
            values.append(self._row_values(entry.mail, entry.contact_id, entry.sender_email, entry.received,
                                           entry.arrived))
            kept = entry.photos if entry.photos is not None else self.photos_for(entry.mail)
            names: list[str] = []
            for photo in kept.photos:
                written = save_photo(self._photos, photo)
                files.extend(written)
                names.append(written[0])  # the display copy; its thumbnail and original are found by its name
            saved += kept.saved
            extras.append(attachment_rows(self._photos, entry.mail.attachments, files))
            pictures.append(names + [""] * kept.not_shown)  # a photo that could not be shown: a row, no file
        if not values:
            return
        # Core statements on the tables: the ORM's bulk insert builds a statement context each call (~17 ms).
        connection, messages = session.connection(), table_of(MessageRow)
        if can_return_many():
            ids = list(connection.execute(insert(messages).returning(messages.c.id, sort_by_parameter_order=True),
                                          values).scalars().all())
        else:  # an SQLite older than 3.35 has no RETURNING: a row at a time, each telling its new id
            ids = []
            for row in values:
                key = connection.execute(insert(messages), row).inserted_primary_key
                assert key is not None  # (an INSERT always has one)
                ids.append(key[0])
        photo_values = [{"message_id": number, "path": name} for number, names in zip(ids, pictures, strict=True)
                        for name in names]
        if photo_values:
            connection.execute(insert(table_of(PhotoRow)), photo_values)
        extra_values = [{"message_id": number, "kind": row.kind, "name": row.name, "content_type": row.content_type,
                         "size": row.size, "path": row.path, "seconds": row.seconds}
                        for number, rows in zip(ids, extras, strict=True) for row in rows]
        if extra_values:
            connection.execute(insert(table_of(AttachmentRow)), extra_values)
        count_saved(session, saved)

    def has_message_id(self, message_id: str) -> bool:
        with self._database.session() as session:
            return session.scalar(select(MessageRow.id).where(MessageRow.message_id == message_id)) is not None

    def add_mail(self, mail: ParsedMail, contact_id: int | None, sender_email: str, received: datetime,
                 arrived: datetime | None = None) -> int | None:
        """Put a parsed email on the wall, its photos saved as files. None if it is already there."""
        if mail.message_id and self.has_message_id(mail.message_id):
            return None
        photos = self.photos_for(mail)  # decoded before the transaction, which must not wait on a big picture
        added: list[MessageRow] = []
        with self.photos_kept_only_if_stored(added), self._database.session() as session:
            row = self.mail_row(mail, contact_id, sender_email, received, arrived, photos)
            added.append(row)
            session.add(row)
            session.flush()
            count_saved(session, photos.saved)
            new_id = row.id
        self.changed.emit(None)
        return new_id

    def mail_row(self, mail: ParsedMail, contact_id: int | None, sender_email: str, received: datetime,
                 arrived: datetime | None = None, photos: KeptPhotos | None = None) -> MessageRow:
        """The wall row for an email, its photos' display copies already saved as files (for one message or a
        sync's batch). It is dated when it `arrived` in the mailbox (IMAP's INTERNALDATE), which orders the wall;
        without that, the sender's Date when it is plausible, else `received`. A photo that could not be shown
        is a row with no file, so the card can count it."""
        row = MessageRow(**self._row_values(mail, contact_id, sender_email, received, arrived))
        kept = photos if photos is not None else self.photos_for(mail)
        saved: list[str] = []
        photo_names: list[str] = []
        try:
            for photo in kept.photos:
                written = save_photo(self._photos, photo)
                saved.extend(written)
                photo_names.append(written[0])
            row.attachments = attachment_rows(self._photos, mail.attachments, saved)
        except BaseException:
            self.forget_photos(saved)  # none of this mail's pictures (or recordings) without the mail
            raise
        row.photos = ([PhotoRow(path=name) for name in photo_names]
                      + [PhotoRow(path="") for _ in range(kept.not_shown)])
        return row

    def _row_values(self, mail: ParsedMail, contact_id: int | None, sender_email: str, received: datetime,
                    arrived: datetime | None) -> dict[str, object]:
        """The columns of a mail's wall row (see mail_row)."""
        # Only a real call invite from an approved contact rings (a stranger's mail is held before this).
        invite = self._invite_rule(mail, contact_id) if self._invite_rule else None
        return {"contact_id": contact_id, "sender_email": sender_email, "text": mail.text,
                "received": arrived or mail.date or received, "read": False,
                "kind": "call_invite" if invite else "message", "message_id": mail.message_id,
                "subject": mail.subject, "references": " ".join(mail.references), "call_url": invite,
                "call_state": ""}

    def forget_photos(self, names: list[str]) -> None:
        """Remove photo files whose message was never stored (its transaction failed), so they take no space (a
        display copy's thumbnail and original go with it)."""
        forget(self._photos, names)

    @contextmanager
    def photos_kept_only_if_stored(self, rows: list[MessageRow]) -> Iterator[None]:
        """Around a transaction that stores `rows` (made by mail_row, appended as they are made): if it fails,
        their photo files go too, so a full disk is not filled further by pictures of mail that was not stored."""
        try:
            yield
        except BaseException:
            self.forget_photos([photo.path for row in rows for photo in row.photos if photo.path]
                               + [kept.path for row in rows for kept in row.attachments if kept.path])
            raise

    @contextmanager
    def files_kept_only_if_stored(self, files: list[str]) -> Iterator[None]:
        """Around a transaction that stores a batch (store_batch): if it fails, the files named in `files` go."""
        try:
            yield
        except BaseException:
            self.forget_photos(files)
            raise

    def add(self, contact_id: int | None, sender_email: str, text: str, received: datetime,
            photos: tuple[str, ...] = (), read: bool = False) -> int:
        """Put a message on the wall (photos are file names already inside the photos folder)."""
        with self._database.session() as session:
            row = MessageRow(contact_id=contact_id, sender_email=sender_email, text=text, received=received,
                             read=read, kind="message")
            row.photos = [PhotoRow(path=name) for name in photos]
            session.add(row)
            session.flush()
            message_id = row.id
        self.changed.emit(None)
        return message_id
