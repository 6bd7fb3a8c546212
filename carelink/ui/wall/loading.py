"""What a card needs, gathered off the GUI thread: the message, the sender's portrait, its photos decoded safely
at a size the screen can use; and the words for when it came ("Today 9:14")."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader
from PySide6.QtWidgets import QWidget

from carelink.services.contacts import ContactService
from carelink.services.locales import clock_time
from carelink.services.photo_files import small_copy
from carelink.services.wall import WallMessage, WallService
from carelink.ui.widgets import tr
from carelink.ui.widgets_portrait import MAX_PHOTO_PIXELS

PHOTO_LONGEST_PX = 1600  # big enough to fill a screen, small enough to keep a few cards' photos in memory
FULL_SIZE_PHOTOS = 6  # a card decodes this many photos at full size; with more, each is smaller (memory bounded)
AVATAR_PX = 192
PLACEHOLDER_PX = 32  # a photo's stand-in until it is decoded: its shape only, so the card does not move after
PLACEHOLDER_COLOUR = "#d9d9d9"
SEEN_OUT_OF_SIGHT = "seen_out_of_sight"  # a window property: what it shows is seen, though it is not on screen


def seen_by_the_person(widget: QWidget) -> bool:
    """What `widget` shows is seen by the person: its window is on screen, or it is a lesson brought to where the
    learner stopped (they saw those steps); never a screenshot nor a handout's picture."""
    window = widget.window()
    return not window.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen) or bool(window.property(SEEN_OUT_OF_SIGHT))


@dataclass(frozen=True)
class CardData:
    """One card, ready to show: the message, the sender's portrait (None: initials) and each photo (None: it
    could not be shown). `photos_pending`: the photos are stand-ins of the right shape (photo_shape) until
    with_photos has decoded them."""

    message: WallMessage
    avatar: QImage | None
    photos: tuple[QImage | None, ...]
    photos_pending: bool = False

    def marked_read(self) -> CardData:
        return replace(self, message=replace(self.message, read=True))


def read_image(path: Path, longest: int) -> QImage | None:
    """Decode a picture file no bigger than `longest` px on its longer side (from its thumbnail when that is
    enough: a portrait); None if it cannot be shown. The declared size is checked before anything is decoded (a
    header can claim a picture too big to hold)."""
    reader = QImageReader(str(small_copy(path, longest)))
    declared = reader.size()
    if not declared.isValid() or declared.isEmpty() or declared.width() * declared.height() > MAX_PHOTO_PIXELS:
        return None
    if max(declared.width(), declared.height()) > longest:
        reader.setScaledSize(declared.scaled(QSize(longest, longest), Qt.AspectRatioMode.KeepAspectRatio))
    reader.setAutoTransform(True)
    image = reader.read()
    return None if image.isNull() else image


def photo_shape(path: Path) -> QImage | None:
    """A small plain stand-in with the photo's shape, read from its header (nothing decoded); None if the photo
    cannot be shown."""
    reader = QImageReader(str(path))
    declared = reader.size()
    if not declared.isValid() or declared.isEmpty() or declared.width() * declared.height() > MAX_PHOTO_PIXELS:
        return None
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        declared.transpose()  # shown upright, as read_image turns it
    size = declared.scaled(QSize(PLACEHOLDER_PX, PLACEHOLDER_PX), Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size.expandedTo(QSize(1, 1)), QImage.Format.Format_RGB32)
    image.fill(QColor(PLACEHOLDER_COLOUR))
    return image


def load_card(wall: WallService, contacts: ContactService, message_id: int, photos_later: bool = False) -> CardData:
    """Everything one card shows (runs on the background runner: database reads and picture decoding). With
    `photos_later`, the photos are stand-ins of their shape (so the card's words are shown at once) for
    with_photos to decode next."""
    message = wall.get(message_id)
    contact = contacts.find_by_email(message.sender_email)
    avatar = read_image(contact.photo, AVATAR_PX) if contact and contact.photo else None
    if photos_later and message.photos:
        return CardData(message, avatar, tuple(photo_shape(path) for path in message.photos), photos_pending=True)
    return with_photos(CardData(message, avatar, ()))


def with_photos(card: CardData) -> CardData:
    """The card with its photos decoded at the size the screen can use (runs on the background runner)."""
    longest = card_photo_longest(len(card.message.photos))
    return replace(card, photos=tuple(read_image(path, longest) for path in card.message.photos),
                   photos_pending=False)


def card_photo_longest(count: int) -> int:
    """How large a card's photos are decoded: PHOTO_LONGEST_PX for a few, smaller for many, so that a card of 25
    photos holds about as many pixels as one of FULL_SIZE_PHOTOS (about 46 MB) and never less than 640 px (the
    tallest a photo is drawn on the card)."""
    if count <= FULL_SIZE_PHOTOS:
        return PHOTO_LONGEST_PX
    return max(640, int(PHOTO_LONGEST_PX * math.sqrt(FULL_SIZE_PHOTOS / count)))


def not_shown_words(message: WallMessage) -> str:
    """The plain line for photos that came but could not be shown ("" when there are none)."""
    missing = message.photos_not_shown
    if not missing:
        return ""
    if message.photos:
        return tr("{count} of the {total} photos could not be shown.").format(
            count=missing, total=missing + len(message.photos))
    return (tr("A photo came with this message but could not be shown.") if missing == 1 else
            tr("{count} photos came with this message but could not be shown.").format(count=missing))


@dataclass(frozen=True)
class When:
    """When a message came, for the eye ("Yesterday 18:02") and for the ear ("yesterday at 18:02"), its time in
    the one format of the locale (services.locales.clock_time); `short` for a narrow line ("Sat 21 Nov", in the
    household's language), the same as `shown` for today and yesterday."""

    shown: str
    spoken: str
    short: str = ""

    def __post_init__(self) -> None:
        if not self.short:
            object.__setattr__(self, "short", self.shown)


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
    date = QDate(local.year, local.month, local.day)
    year = "" if local.year == now.year else " yyyy"
    day = locale.toString(date, "dddd d MMMM" + year)
    return When(day, tr("on {day}").format(day=day), locale.toString(date, "ddd d MMM" + year))


def spoken_card(message: WallMessage, when: When) -> str:
    """What Read aloud says: who, when, the words, and how many photos there are."""
    photos = len(message.photos)
    count = ("" if not photos else " " + tr("There is a photo with this message.") if photos == 1
             else " " + tr("There are {count} photos with this message.").format(count=photos))
    text = message.text.strip()
    missing = not_shown_words(message)
    return (tr("From {name}, {when}.").format(name=message.sender_name, when=when.spoken)
            + (f" {text}" if text else "") + count + (f" {missing}" if missing else ""))


def within(ids: list[int], centre: int, reach: int) -> set[int]:
    """The ids at most `reach` places either side of position `centre` (the cards worth keeping loaded)."""
    return set(ids[max(0, centre - reach):centre + reach + 1])

