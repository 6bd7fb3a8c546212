"""What a card needs, gathered off the GUI thread: the message, the sender's portrait, its photos decoded safely
at a size the screen can use; and the words for when it came ("Today 9:14")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from carelink.services.contacts import ContactService
from carelink.services.locales import clock_time
from carelink.services.wall import WallMessage, WallService
from carelink.ui.widgets import MAX_PHOTO_PIXELS, tr

PHOTO_LONGEST_PX = 1600  # big enough to fill a screen, small enough to keep a few cards' photos in memory
AVATAR_PX = 192


@dataclass(frozen=True)
class CardData:
    """One card, ready to show: the message, the sender's portrait (None: initials) and each photo (None: it
    could not be shown)."""

    message: WallMessage
    avatar: QImage | None
    photos: tuple[QImage | None, ...]

    def marked_read(self) -> CardData:
        return replace(self, message=replace(self.message, read=True))


def read_image(path: Path, longest: int) -> QImage | None:
    """Decode a picture file no bigger than `longest` px on its longer side; None if it cannot be shown. The
    declared size is checked before anything is decoded (a header can claim a picture too big to hold)."""
    reader = QImageReader(str(path))
    declared = reader.size()
    if not declared.isValid() or declared.isEmpty() or declared.width() * declared.height() > MAX_PHOTO_PIXELS:
        return None
    if max(declared.width(), declared.height()) > longest:
        reader.setScaledSize(declared.scaled(QSize(longest, longest), Qt.AspectRatioMode.KeepAspectRatio))
    reader.setAutoTransform(True)
    image = reader.read()
    return None if image.isNull() else image


def load_card(wall: WallService, contacts: ContactService, message_id: int) -> CardData:
    """Everything one card shows (runs on the background runner: database reads and picture decoding)."""
    message = wall.get(message_id)
    contact = contacts.find_by_email(message.sender_email)
    avatar = read_image(contact.photo, AVATAR_PX) if contact and contact.photo else None
    photos = tuple(read_image(path, PHOTO_LONGEST_PX) for path in message.photos)
    return CardData(message, avatar, photos)


@dataclass(frozen=True)
class When:
    """When a message came, for the eye ("Yesterday 18:02") and for the ear ("yesterday at 18:02"), its time in
    the one format of the locale (services.locales.clock_time)."""

    shown: str
    spoken: str


def when_words(received: datetime, now: datetime, locale_name: str) -> When:
    """Today and Yesterday by name, older days by weekday and date (with the year when it is not this year)."""
    locale = QLocale(locale_name.replace("-", "_"))
    local = received.astimezone(now.tzinfo) if received.tzinfo and now.tzinfo else received
    time = clock_time(local, locale_name, local.tzinfo)
    days = (now.date() - local.date()).days
    if days == 0:
        return When(tr("Today {time}").format(time=time), tr("today at {time}").format(time=time))
    if days == 1:
        return When(tr("Yesterday {time}").format(time=time), tr("yesterday at {time}").format(time=time))
    pattern = "dddd d MMMM" if local.year == now.year else "dddd d MMMM yyyy"
    day = locale.toString(QDate(local.year, local.month, local.day), pattern)
    return When(day, tr("on {day}").format(day=day))


def spoken_card(message: WallMessage, when: When) -> str:
    """What Read aloud says: who, when, the words, and how many photos there are."""
    photos = len(message.photos)
    count = ("" if not photos else " " + tr("There is a photo with this message.") if photos == 1
             else " " + tr("There are {count} photos with this message.").format(count=photos))
    text = message.text.strip()
    return (tr("From {name}, {when}.").format(name=message.sender_name, when=when.spoken)
            + (f" {text}" if text else "") + count)


def within(ids: list[int], centre: int, reach: int) -> set[int]:
    """The ids at most `reach` places either side of position `centre` (the cards worth keeping loaded)."""
    return set(ids[max(0, centre - reach):centre + reach + 1])

