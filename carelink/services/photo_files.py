"""The wall's photo files in the household's photos folder, and the family's choice to keep the originals.

For each photo: its display copy (mail-<token>.jpeg, the name the database holds), its thumbnail beside it
(mail-<token>.thumb.jpeg) and, while the family keeps originals (the setting photos.keep_originals; off unless the
family admin turns it on), the photo as it came (mail-<token>.original.<kind>). The thumbnail and the original are
found by the display copy's name, so no column of the database names them.

What keeping display copies only saves is counted as photos arrive (the bytes of each original not kept) and as
kept originals are removed, in one row of the settings table (photos.saved_bytes: a count, not a setting), written
in the same transaction as the photos' messages.
"""

from __future__ import annotations

import logging
import secrets
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Integer, Text, cast
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from carelink.channels.email.pictures import THUMBNAIL_LONGEST, display_copy
from carelink.services.attachments import write_private
from carelink.services.mail_words import say
from carelink.services.photo_copies import KeptPhoto
from carelink.services.settings import SettingsService
from carelink.storage.database import Database
from carelink.storage.models import SettingRow
from carelink.translation import Translate

log = logging.getLogger(__name__)

KEEP_ORIGINALS = "photos.keep_originals"  # (cli_photos names it too, so as not to load this at start)
SAVED_KEY = "photos.saved_bytes"
ORIGINAL_MARK = ".original."
THUMBNAIL_SUFFIX = ".thumb.jpeg"


def save_photo(folder: Path, photo: KeptPhoto, prefix: str = "mail") -> list[str]:
    """The photo's files, each private and written whole or not at all: the display copy's name first, then the
    thumbnail's and the original's. If one cannot be written (a full disk), those already written are removed."""
    stem = f"{prefix}-{secrets.token_hex(8)}"
    files = [(f"{stem}.{photo.copy.kind}", photo.copy.data, True)]
    if photo.copy.thumbnail:  # no fsync wait: one a power cut left empty counts as none (see thumbnail_of)
        files.append((stem + THUMBNAIL_SUFFIX, photo.copy.thumbnail, False))
    if photo.original is not None:
        files.append((f"{stem}{ORIGINAL_MARK}{photo.original_kind}", photo.original, True))
    written: list[str] = []
    try:
        for name, data, durable in files:
            write_private(folder, name, data, durable)
            written.append(name)
    except BaseException:
        forget(folder, written)
        raise
    return written


def save_contact_photo(folder: Path, data: bytes) -> str:
    """A contact's photo kept as a mail's photo is: a display copy (upright, at most 1600 px, saying nowhere where
    it was taken) with its thumbnail beside it, never the photo as it came; the display copy's name.
    PictureRefused for bytes that are no photo CareLink can show."""
    copy = display_copy(data)
    return save_photo(folder, KeptPhoto(copy, None, copy.kind, 0), prefix="contact")[0]


def small_copy(display: Path, longest: int) -> Path:
    """The file to show a photo from at no more than `longest` px on its longer side: its thumbnail when that is
    enough (a thumbnail has THUMBNAIL_LONGEST px, or the display copy's own size when that is smaller), else the
    display copy."""
    small = thumbnail_of(display) if longest <= THUMBNAIL_LONGEST else None
    return small if small is not None else display


def thumbnail_of(display: Path) -> Path | None:
    """The thumbnail made with a display copy, None when there is none (a photo kept before thumbnails were, or
    one a power cut left empty: it is written without waiting for the disk)."""
    thumbnail = display.with_name(display.name.split(".", 1)[0] + THUMBNAIL_SUFFIX)
    try:
        return thumbnail if thumbnail.stat().st_size > 0 else None
    except OSError:
        return None


def original_of(display: Path) -> Path | None:
    """The photo as it came, kept beside its display copy while the family keeps originals; None when not kept."""
    stem = display.name.split(".", 1)[0]
    return next(iter(sorted(display.parent.glob(f"{stem}{ORIGINAL_MARK}*"))), None) if stem else None


def originals_json(photos: tuple[Path, ...]) -> list[dict[str, object]]:
    """The kept originals of a card's photos, for `carelink wall --json`: each one's display copy, path and size."""
    found: list[dict[str, object]] = []
    for photo in photos:
        original = original_of(photo)
        with suppress(OSError):
            if original is not None:
                found.append({"photo": str(photo), "path": str(original), "size": original.stat().st_size})
    return found


def forget(folder: Path, names: list[str]) -> None:
    """Remove these files and, for a display copy, its thumbnail and original (a message that was not stored after
    all must take no space)."""
    for name in names:
        paths = [folder / name]
        stem, _, rest = name.partition(".")
        if stem.startswith(("mail-", "contact-")) and ORIGINAL_MARK[1:] not in rest and THUMBNAIL_SUFFIX[1:] != rest:
            paths += [folder / (stem + THUMBNAIL_SUFFIX), *folder.glob(f"{stem}{ORIGINAL_MARK}*")]
        for path in paths:
            with suppress(OSError):
                path.unlink(missing_ok=True)


def count_saved(session: Session, saved: int) -> None:
    """Add `saved` bytes to what keeping display copies only has saved, inside the caller's transaction."""
    if saved <= 0:
        return
    session.execute(insert(SettingRow).values(key=SAVED_KEY, value=str(saved)).on_conflict_do_update(
        index_elements=[SettingRow.key], set_={"value": cast(cast(SettingRow.value, Integer) + saved, Text)}))


def size_words(translate: Translate, size: int) -> str:
    """A file's size, or an amount of disk, as people say it: "640 bytes", "420 KB", "3.4 MB", "1.9 GB" (for the
    screens and the command line alike)."""
    if size < 1000:
        return say(translate, "{count} bytes", count=size)
    if size < 1_000_000:
        return say(translate, "{count} KB", count=round(size / 1000))
    if size < 1_000_000_000:
        return say(translate, "{count} MB", count=f"{size / 1_000_000:.1f}")
    return say(translate, "{count} GB", count=f"{size / 1_000_000_000:.1f}")


@dataclass(frozen=True)
class PhotoStorage:
    """Whether originals are kept, how many are kept now and their bytes, and what keeping display copies only has
    saved so far (originals not kept, or removed)."""

    keep_originals: bool
    originals: int
    originals_bytes: int
    saved_bytes: int

    def as_json(self) -> dict[str, object]:
        return {"keep_originals": self.keep_originals, "originals": self.originals,
                "originals_bytes": self.originals_bytes, "saved_bytes": self.saved_bytes}


class PhotoKeeping:
    """The family admin's choice to keep the originals of photos (Settings → Attached files, and
    `carelink settings set photos.keep_originals on|off`), what it costs, and removing originals already kept."""

    def __init__(self, database: Database, folder: Path, settings: SettingsService) -> None:
        self._database, self._folder, self._settings = database, folder, settings

    @property
    def keep_originals(self) -> bool:
        return self._settings.get(KEEP_ORIGINALS) == "on"

    def set_keep_originals(self, on: bool) -> None:
        """From now on, keep the originals of photos that arrive, or not. Originals already kept stay until
        remove_originals (the family is asked first)."""
        self._settings.set(KEEP_ORIGINALS, "on" if on else "off")

    def _originals(self) -> list[tuple[Path, int]]:
        found = []
        for path in self._folder.glob(f"mail-*{ORIGINAL_MARK}*"):
            with suppress(OSError):
                found.append((path, path.stat().st_size))
        return found

    def storage(self) -> PhotoStorage:
        originals = self._originals()
        with self._database.session() as session:
            row = session.get(SettingRow, SAVED_KEY)
            saved = int(row.value) if row is not None and row.value.isdigit() else 0
        return PhotoStorage(self.keep_originals, len(originals), sum(size for _, size in originals), saved)

    def remove_originals(self) -> PhotoStorage:
        """Remove every original kept (the display copies stay, so the wall is unchanged), count their bytes as
        saved, and say what is kept now."""
        removed = 0
        for path, size in self._originals():
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            removed += size
        with self._database.session() as session:
            count_saved(session, removed)
        log.info("removed the originals of photos: %d bytes", removed)
        return self.storage()
