"""The photos of a message as CareLink keeps them: one display copy each (see channels/email/pictures.py), and a
count of those that could not be shown, so that the card can say so in one plain line.

The copies are made before the wall's transaction opens (a 48-megapixel HEIC takes a few seconds to decode, and
the database must not wait on it), one photo at a time, so at most one full-size picture is in memory at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from carelink.channels.email.mime import ParsedMail
from carelink.channels.email.pictures import DisplayCopy, PictureRefused, display_copy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeptPhotos:
    """A message's display copies, in the order they came, and how many of its photos could not be shown (refused
    by the parser, too big, or unreadable)."""

    copies: tuple[DisplayCopy, ...]
    not_shown: int


def photos_to_keep(mail: ParsedMail) -> KeptPhotos:
    """Every photo of `mail` as a display copy, or counted as not shown (with the parser's own count)."""
    copies: list[DisplayCopy] = []
    not_shown = mail.dropped_images
    for image in mail.images:
        try:
            copies.append(display_copy(image.data))
        except PictureRefused as refused:
            log.info("a %s photo of %d bytes could not be shown: %s", image.info.kind, len(image.data), refused)
            not_shown += 1
    return KeptPhotos(tuple(copies), not_shown)
