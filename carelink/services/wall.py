"""The family message wall, read side: what is on the wall and how much of it is new."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from carelink.events import Event
from carelink.storage.database import Database
from carelink.storage.models import ContactRow, MessageRow, PhotoRow


@dataclass(frozen=True)
class WallMessage:
    """One card on the wall: who sent it (their saved name), when, the text and any photos."""

    id: int
    sender_email: str
    sender_name: str
    text: str
    received: datetime
    read: bool
    kind: str
    photos: tuple[Path, ...]


class WallService:
    """Lists the wall's messages and counts the unread ones. Emits `changed(None)` when the wall changes."""

    def __init__(self, database: Database, photos_folder: Path) -> None:
        self._database = database
        self._photos = photos_folder
        self.changed: Event[None] = Event()

    def unread_count(self) -> int:
        with self._database.session() as session:
            query = select(func.count()).select_from(MessageRow).where(MessageRow.read.is_(False))
            return session.scalar(query) or 0

    def messages(self) -> list[WallMessage]:
        """Newest unread first, then the read ones newest first."""
        with self._database.session() as session:
            query = (
                select(MessageRow, ContactRow.name)
                .outerjoin(ContactRow, MessageRow.contact_id == ContactRow.id)
                .options(selectinload(MessageRow.photos))
                .order_by(MessageRow.read, MessageRow.received.desc())
            )
            return [self._to_message(row, name) for row, name in session.execute(query)]

    def _to_message(self, row: MessageRow, name: str | None) -> WallMessage:
        return WallMessage(id=row.id, sender_email=row.sender_email, sender_name=name or row.sender_email,
                           text=row.text, received=row.received, read=row.read, kind=row.kind,
                           photos=tuple(self._photos / photo.path for photo in row.photos))

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
