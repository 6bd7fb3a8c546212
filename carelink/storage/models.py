"""The household's tables, as SQLAlchemy 2.0 typed models.

Widgets and commands never see these: services turn rows into plain dataclasses before handing them on.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and hands them back aware, since SQLite has no timezone type."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: pass a timezone-aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class SettingRow(Base):
    """One household setting, stored as text and validated by the settings service."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ContactRow(Base):
    """A person the older adult knows: family (messages and calls) or a carer (concerns)."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="family")
    backup: Mapped[bool] = mapped_column(Boolean, default=False)
    photo: Mapped[str | None] = mapped_column(String(255), default=None)
    call_url: Mapped[str | None] = mapped_column(Text, default=None)
    call_room: Mapped[str | None] = mapped_column(String(100), default=None)  # their Jitsi room, made once, kept
    auto_answer: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(UtcDateTime)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)  # whom to phone when a concern fails
    language: Mapped[str | None] = mapped_column(String(16), default=None)  # their emails' language, or the household's


class MessageRow(Base):
    """A message on the family wall, from an approved contact."""

    __tablename__ = "messages"
    # The wall's own order, served by one index (ix_messages_wall, below: unread first, newest first, ties by id).

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    sender_email: Mapped[str] = mapped_column(String(254))
    text: Mapped[str] = mapped_column(Text, default="")
    received: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(16), default="message")
    message_id: Mapped[str | None] = mapped_column(String(998), unique=True, default=None)
    subject: Mapped[str] = mapped_column(Text, default="")
    references: Mapped[str] = mapped_column(Text, default="")  # space-separated Message-IDs, for threaded replies
    call_url: Mapped[str | None] = mapped_column(Text, default=None)  # the meeting link of a call invite
    call_state: Mapped[str] = mapped_column(String(16), default="")  # call invites: "" | rung | answered | missed

    photos: Mapped[list[PhotoRow]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="PhotoRow.id"
    )
    attachments: Mapped[list[AttachmentRow]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="AttachmentRow.id"
    )


Index("ix_messages_wall", MessageRow.read, MessageRow.received.desc(), MessageRow.id.desc())


class PhotoRow(Base):
    """A picture that came with a message, kept as a file in the household's photos folder."""

    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(String(255))

    message: Mapped[MessageRow] = relationship(back_populates="photos")


class AttachmentRow(Base):
    """Something else that came with a message (a voice note, a video clip, a PDF, a document): its kind, a safe
    name, its size, and for the kinds CareLink plays or shows the file kept in the photos folder (path; None when
    only recorded: another kind, or too big to keep)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    path: Mapped[str | None] = mapped_column(String(255), default=None)
    seconds: Mapped[float | None] = mapped_column(Float, default=None)  # a recording's length, when known

    message: Mapped[MessageRow] = relationship(back_populates="attachments")


class HeldRow(Base):
    """Mail kept away from the older adult (an unknown sender, or a failed DMARC/SPF check) until the family
    approves or rejects it. The raw message is kept so that an approved one arrives with its photos."""

    __tablename__ = "held_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_email: Mapped[str] = mapped_column(String(254))
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    received: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    reason: Mapped[str] = mapped_column(String(32))
    message_id: Mapped[str | None] = mapped_column(String(998), unique=True, default=None)
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class OutboxRow(Base):
    """Something to send (a reply, an invite, a concern, an alert), stored before any attempt to send it and kept
    with the same Message-ID through every retry."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    to_addrs: Mapped[str] = mapped_column(Text)  # comma-separated
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998), default=None)
    references: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created: Mapped[datetime] = mapped_column(UtcDateTime)
    next_attempt: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class MailboxStateRow(Base):
    """How far the incremental IMAP sync got in one folder."""

    __tablename__ = "mailbox_state"

    folder: Mapped[str] = mapped_column(String(200), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer)


class ConcernRow(Base):
    """A concern the older adult reported, and how far it has got: sent to the carer, seen, or passed on to the
    backup carer. Stored before anything is sent."""

    __tablename__ = "concerns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    call_back: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    created: Mapped[datetime] = mapped_column(UtcDateTime)
    carer_name: Mapped[str] = mapped_column(String(100), default="")
    outbox_id: Mapped[int | None] = mapped_column(Integer, default=None)
    sent: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    acknowledged: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    acknowledged_by: Mapped[str | None] = mapped_column(String(100), default=None)
    escalated: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    escalated_to: Mapped[str] = mapped_column(String(300), default="")  # names, for "we have told Bob too"
    escalation_outbox_ids: Mapped[str] = mapped_column(Text, default="")  # space-separated outbox ids


class CheckinRow(Base):
    """An "I'm OK today" check-in, or the alert sent because one did not come by the deadline."""

    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[str] = mapped_column(String(10), index=True)  # the local date, YYYY-MM-DD
    kind: Mapped[str] = mapped_column(String(16))  # checkin | alert
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class LearnerRow(Base):
    """One learner's go at one tutorial lesson, and how far they got. Kept in the real household's database, so
    the facilitator's record outlives every reset of the practice household."""

    __tablename__ = "learner_progress"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner: Mapped[str] = mapped_column(String(30))
    lesson_id: Mapped[str] = mapped_column(String(100))
    steps: Mapped[int] = mapped_column(Integer)
    step_reached: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="practising")  # practising | stopped | done
    started: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    updated: Mapped[datetime] = mapped_column(UtcDateTime)
