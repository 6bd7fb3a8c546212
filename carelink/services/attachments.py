"""What came with the wall's messages besides photos: voice notes, video clips, PDFs and other files.

The kinds CareLink plays or shows are kept as files beside the photos (private to the user, written whole or not
at all); every other kind is recorded by name and size, so the card can say it came and the family admin can see
it (`carelink wall --json`, Settings → Attachments).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from carelink.channels.email.attachments import PLAYABLE, MailAttachment
from carelink.storage.database import Database
from carelink.storage.faults import storage_fault
from carelink.storage.models import AttachmentRow, ContactRow, MessageRow

_STORED_SUFFIXES = frozenset({".m4a", ".aac", ".mp3", ".ogg", ".oga", ".opus", ".wav", ".amr", ".3ga", ".flac",
                              ".mp4", ".mov", ".m4v", ".3gp", ".webm", ".mkv", ".avi", ".pdf"})


@dataclass(frozen=True)
class WallAttachment:
    """One attachment of a wall message. kind: audio, video, pdf, document, contact, spreadsheet, presentation,
    archive or file (carelink.channels.email.attachments). path: the kept file, None when only recorded. seconds:
    a recording's length when its header stated it."""

    kind: str
    name: str
    content_type: str
    size: int
    path: Path | None = None
    seconds: float | None = None

    @property
    def kept(self) -> bool:
        return self.path is not None

    @property
    def too_big(self) -> bool:
        """A kind CareLink plays or shows, that was too big to keep (or broken)."""
        return self.kind in PLAYABLE and self.path is None

    def as_json(self) -> dict[str, object]:
        return {"kind": self.kind, "name": self.name, "content_type": self.content_type, "size": self.size,
                "kept": self.kept, "seconds": self.seconds}


def from_row(row: AttachmentRow, folder: Path) -> WallAttachment:
    return WallAttachment(kind=row.kind, name=row.name, content_type=row.content_type, size=row.size,
                          path=folder / row.path if row.path else None, seconds=row.seconds)


def attachment_rows(folder: Path, attachments: tuple[MailAttachment, ...], saved: list[str]) -> list[AttachmentRow]:
    """Rows for a message's attachments, the playable ones saved as files first (their names are appended to
    `saved`, so that the caller can remove them if the message is not stored after all)."""
    rows = []
    for attachment in attachments:
        path = None
        if attachment.data is not None and attachment.kind in PLAYABLE:
            path = f"attachment-{secrets.token_hex(8)}{_suffix(attachment.filename, attachment.kind)}"
            write_private(folder, path, attachment.data)
            saved.append(path)
        rows.append(AttachmentRow(kind=attachment.kind, name=attachment.filename,
                                  content_type=attachment.content_type[:255], size=attachment.size, path=path,
                                  seconds=attachment.seconds))
    return rows


def _suffix(name: str, kind: str) -> str:
    """The kept file's suffix: its own when it is a known media suffix (players go by it), else the kind's."""
    suffix = Path(name).suffix.lower()
    return suffix if suffix in _STORED_SUFFIXES else {"audio": ".m4a", "video": ".mp4"}.get(kind, ".pdf")


def write_private(folder: Path, name: str, data: bytes, durable: bool = True) -> None:
    """`data` as folder/name, a file only its owner can read, written under a temporary name and renamed when
    whole: a full disk leaves no cut-short file behind, and says so (OutOfSpace) so the mail is fetched again.
    `durable`: on the disk before it is renamed (fsync), so a power cut leaves it whole or absent; a file that
    can do without that (a thumbnail: the display copy stands in for it) skips the wait."""
    partial = folder / f".{name}.partial"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with open(fd, "wb") as out:
            out.write(data)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(partial, folder / name)
    except OSError as error:
        partial.unlink(missing_ok=True)
        fault = storage_fault(error, folder)
        if fault is None:
            raise
        raise fault from error


@dataclass(frozen=True)
class MessageAttachments:
    """One message's attachments, for the family admin's list: which message, from whom, when."""

    message_id: int
    sender_name: str
    received: datetime
    attachments: tuple[WallAttachment, ...]


class AttachmentList:
    """Every attachment on the wall, newest message first, for Settings → Attachments."""

    def __init__(self, database: Database, folder: Path) -> None:
        self._database = database
        self._folder = folder

    def listing(self) -> list[MessageAttachments]:
        with self._database.session() as session:
            with_attachments = select(AttachmentRow.message_id).distinct()
            query = (select(MessageRow, ContactRow.name)
                     .outerjoin(ContactRow, MessageRow.contact_id == ContactRow.id)
                     .where(MessageRow.id.in_(with_attachments))
                     .options(selectinload(MessageRow.attachments))
                     .order_by(MessageRow.received.desc(), MessageRow.id.desc()))
            return [MessageAttachments(row.id, name or row.sender_email, row.received,
                                       tuple(from_row(a, self._folder) for a in row.attachments))
                    for row, name in session.execute(query)]
