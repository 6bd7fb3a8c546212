"""Replies from the older adult: one tap or typed, threaded to the message they answer, sent through the outbox."""

from __future__ import annotations

from collections.abc import Callable

from carelink.errors import UserError
from carelink.services.outbox import OutboxItem, OutboxService
from carelink.services.wall import WallService

MAX_REPLY_CHARS = 5000


class ReplyService:
    """Turns a reply to a wall message into a stored outbox item (stored before anything is sent)."""

    def __init__(self, wall: WallService, outbox: OutboxService, person_name: Callable[[], str]) -> None:
        self._wall, self._outbox, self._person_name = wall, outbox, person_name

    def reply(self, wall_id: int, text: str) -> OutboxItem:
        words = text.strip()
        if not words:
            raise UserError("Please write something to send.")
        if len(words) > MAX_REPLY_CHARS:
            raise UserError(f"That reply is too long to send: {MAX_REPLY_CHARS} letters at most.")
        message = self._wall.get(wall_id)
        name = self._person_name() or "Your family member"
        subject = message.subject.strip() or f"A message from {name}"
        if not subject.lower().startswith("re:"):
            subject = f"Re: {subject}"
        references = (*message.references, message.message_id) if message.message_id else message.references
        body = f"{words}\n\n— {name}\n(sent with CareLink)\n"
        return self._outbox.enqueue("reply", [message.sender_email], subject, body,
                                    in_reply_to=message.message_id, references=references)
