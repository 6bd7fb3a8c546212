"""The photos of a message as CareLink keeps them: one display copy each (see channels/email/pictures.py) with its
thumbnail, the photo as it came too while the family wants originals (the setting photos.keep_originals), and a
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
class KeptPhoto:
    """One photo to keep: its display copy (and thumbnail); the photo as it came when the family keeps originals
    (None otherwise); its kind ("jpeg", "heif", ...) and size in bytes (0 when the display copy is the photo as
    it came: there is no other original to keep)."""

    copy: DisplayCopy
    original: bytes | None
    original_kind: str
    original_size: int

    @property
    def saved(self) -> int:
        """The bytes keeping display copies only saves on this photo: its original's, when that is not kept."""
        return self.original_size if self.original is None else 0


@dataclass(frozen=True)
class KeptPhotos:
    """A message's photos to keep, in the order they came, and how many of its photos could not be shown (refused
    by the parser, too big, or unreadable)."""

    photos: tuple[KeptPhoto, ...]
    not_shown: int

    @property
    def saved(self) -> int:
        return sum(photo.saved for photo in self.photos)


def photos_to_keep(mail: ParsedMail, keep_originals: bool = False) -> KeptPhotos:
    """Every photo of `mail` as a display copy (with the original when `keep_originals`), or counted as not shown
    (with the parser's own count)."""
    photos: list[KeptPhoto] = []
    not_shown = mail.dropped_images
    for image in mail.images:
        try:
            copy = display_copy(image.data)
        except PictureRefused as refused:
            log.info("a %s photo of %d bytes could not be shown: %s", image.info.kind, len(image.data), refused)
            not_shown += 1
            continue
        if copy.data == image.data:  # kept as it came: the display copy is the original
            photos.append(KeptPhoto(copy, None, image.info.kind, 0))
        else:
            photos.append(KeptPhoto(copy, image.data if keep_originals else None, image.info.kind, len(image.data)))
    return KeptPhotos(tuple(photos), not_shown)
