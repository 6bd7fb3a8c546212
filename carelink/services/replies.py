"""Replies from the older adult: one tap or typed, threaded to the message they answer, sent through the outbox."""

from __future__ import annotations

from collections.abc import Callable

from carelink.errors import UserError
from carelink.services.mail_words import reply_mail
from carelink.services.outbox import OutboxItem, OutboxService
from carelink.services.wall import WallService
from carelink.translation import Translate, english

MAX_REPLY_CHARS = 5000


class ReplyService:
    """Turns a reply to a wall message into a stored outbox item (stored before anything is sent)."""

    def __init__(self, wall: WallService, outbox: OutboxService, person_name: Callable[[], str],
                 language: Callable[[], Translate] = lambda: english) -> None:
        self._wall, self._outbox, self._person_name, self._language = wall, outbox, person_name, language

    def reply(self, wall_id: int, text: str) -> OutboxItem:
        words = text.strip()
        if not words:
            raise UserError("Please write something to send.")
        if len(words) > MAX_REPLY_CHARS:
            raise UserError("That reply is too long to send: {most} letters at most.", {"most": MAX_REPLY_CHARS})
        message = self._wall.get(wall_id)
        subject, body = reply_mail(self._language(), self._person_name(), message.subject, words)
        references = (*message.references, message.message_id) if message.message_id else message.references
        return self._outbox.enqueue("reply", [message.sender_email], subject, body,
                                    in_reply_to=message.message_id, references=references)
