"""The room inside a message card, shared between its words and its photos, measured from what is really on show
(the words' own height at the width they get, a photo button's own border and padding), never from assumed pixels.

`WordsView` (words_view.py): the message's words (and any attachments); only they ever scroll, inside the card,
with big ▲ and ▼ buttons beside them when they are longer than their room. `PhotoShelf`: the card's photos, as
large as the room left to them allows. `CardBody` puts the photos below the words or beside them, whichever shows
the photo larger without the words needing to scroll (or scrolling least).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from carelink.ui.theme import GAP_PX, MIN_TARGET_PX
from carelink.ui.wall.words_view import WordsView
from carelink.ui.widgets import label, tr

PHOTO_SMALLEST = 120  # a photo on the card (its frame included) is never smaller; tapping it shows it large
PHOTO_TALLEST = 640
WORDS_SHARE_BESIDE = 0.55  # beside a photo, the words take this much of the card's width


def photo_size(image: QImage, room: QSize) -> QSize:
    """The largest size of the photo that fits `room`, keeping its shape."""
    return image.size().scaled(room, Qt.AspectRatioMode.KeepAspectRatio).expandedTo(QSize(1, 1))


class PhotoButton(QPushButton):
    """A photo on the card, as a button: tap (or Enter) to see it full screen. Sized by `fit(room)`."""

    def __init__(self, image: QImage, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.setAccessibleName(words)
        self.setToolTip(words)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.show_at(QSize(PHOTO_SMALLEST * 2, PHOTO_SMALLEST))

    def chrome(self) -> QSize:
        """The button's own border and padding round the picture, as its style draws them."""
        self.ensurePolished()
        return (self.sizeHint() - self.iconSize()).expandedTo(QSize(0, 0))

    def fit(self, room: QSize) -> QSize:
        """The photo as large as fits `room` (the whole button, border included); returns the button's size."""
        chrome = self.chrome()
        inner = QSize(max(1, room.width() - chrome.width()), max(1, room.height() - chrome.height()))
        self.show_at(photo_size(self.image, inner))
        return self.sizeHint()

    def set_image(self, image: QImage) -> None:
        """Another picture of the same shape (the decoded photo in place of its stand-in), at the same size."""
        self.image = image
        size = self.iconSize()
        self.setIcon(QIcon())
        self.show_at(size)

    def show_at(self, size: QSize) -> None:
        if size == self.iconSize() and not self.icon().isNull():
            return
        ratio = self.devicePixelRatioF()
        scaled = self.image.scaled(size * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self.setIcon(QIcon(pixmap))
        self.setIconSize(size)


def broken_photo() -> QFrame:
    """In place of a photo that could not be read: a bordered box that says so in words."""
    box = QFrame()
    box.setObjectName("wall_broken_photo")
    box.setProperty("role", "card")
    column = QVBoxLayout(box)
    column.setContentsMargins(12, 12, 12, 12)
    words = label(tr("This photo could not be shown"), "quiet")
    words.setObjectName("wall_broken_photo_words")
    words.setAlignment(Qt.AlignmentFlag.AlignCenter)
    column.addWidget(words)
    return box


class PhotoShelf(QWidget):
    """The card's photos (and a line for any that could not be shown), as large as the shelf's room allows: in as
    many columns as make each photo largest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[QWidget] = []  # photo buttons and broken-photo boxes, in order
        self.note: QLabel | None = None  # "2 more photos could not be shown."

    def clear(self) -> None:
        for widget in [*self.items, *([self.note] if self.note is not None else [])]:
            widget.hide()
            widget.deleteLater()
        self.items, self.note = [], None

    def add(self, widget: QWidget) -> None:
        widget.setParent(self)
        self.items.append(widget)
        widget.show()

    def set_note(self, note: QLabel) -> None:
        note.setParent(self)
        self.note = note
        note.show()

    def empty(self) -> bool:
        return not self.items and self.note is None

    def _note_height(self, width: int) -> int:
        return self.note.heightForWidth(width) + GAP_PX if self.note is not None else 0

    def smallest(self, width: int) -> int:
        if self.empty():
            return 0
        return self._note_height(width) + (PHOTO_SMALLEST if self.items else 0)

    def largest(self, room: QSize) -> int:
        """The height of the largest photo the shelf would show in `room` (how good a room is for it)."""
        return self._layout(room, place=False)[0]

    def width_used(self, room: QSize) -> int:
        """How much of `room`'s width the photos would really take (the rest can go to the words)."""
        return self._layout(room, place=False)[1]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout(event.size(), place=True)

    def relayout(self) -> None:
        self._layout(self.size(), place=True)

    def _layout(self, room: QSize, place: bool) -> tuple[int, int]:
        """(the smallest photo's height, the width taken) in `room`; placed there too when `place`."""
        top = 0
        if self.note is not None:
            height = self.note.heightForWidth(room.width())
            if place:
                self.note.setGeometry(0, 0, room.width(), height)
            top = height + GAP_PX
        count = len(self.items)
        if not count:
            return 0, room.width() if self.note is not None else 0
        left = QSize(room.width(), max(1, room.height() - top))
        best, best_columns = -1, 1
        for columns in range(1, count + 1):
            rows = math.ceil(count / columns)
            cell = QSize((left.width() - GAP_PX * (columns - 1)) // columns,
                         (left.height() - GAP_PX * (rows - 1)) // rows)
            shown = min(self._shown_height(item, cell) for item in self.items)
            if shown > best:
                best, best_columns = shown, columns
        rows = math.ceil(count / best_columns)
        cell = QSize((left.width() - GAP_PX * (best_columns - 1)) // best_columns,
                     (left.height() - GAP_PX * (rows - 1)) // rows)
        used = room.width() if self.note is not None else 0
        for index, item in enumerate(self.items):
            row, column = divmod(index, best_columns)
            size = self._shown_size(item, cell)
            used = max(used, column * (cell.width() + GAP_PX) + size.width())
            if place:
                size = item.fit(cell) if isinstance(item, PhotoButton) else cell
                item.setGeometry(column * (cell.width() + GAP_PX), top + row * (cell.height() + GAP_PX),
                                 size.width(), size.height())
        return best, used

    @staticmethod
    def _shown_size(item: QWidget, cell: QSize) -> QSize:
        if isinstance(item, PhotoButton):
            chrome = item.chrome()
            inner = QSize(max(1, cell.width() - chrome.width()), max(1, cell.height() - chrome.height()))
            return photo_size(item.image, inner) + chrome
        return cell

    @staticmethod
    def _shown_height(item: QWidget, cell: QSize) -> int:
        if isinstance(item, PhotoButton):
            chrome = item.chrome()
            inner = QSize(max(1, cell.width() - chrome.width()), max(1, cell.height() - chrome.height()))
            return min(photo_size(item.image, inner).height(), PHOTO_TALLEST)
        return min(cell.height(), cell.width())


class CardBody(QWidget):
    """The words and the photos, placed by hand: photos below the words or beside them, whichever shows the photo
    larger with the words whole (or scrolling least). `beside` says which was chosen."""

    def __init__(self, words: WordsView, photos: PhotoShelf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words, self.photos = words, photos
        words.setParent(self)
        photos.setParent(self)
        self.beside = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def minimumSizeHint(self) -> QSize:
        width = max(self.width(), MIN_TARGET_PX * 4)
        if self.photos.empty():
            return QSize(MIN_TARGET_PX * 2, self.words.smallest())
        # Beside each other, the taller of the two; below each other, both.
        beside = max(self.words.smallest(), self.photos.smallest(int(width * (1 - WORDS_SHARE_BESIDE))))
        return QSize(MIN_TARGET_PX * 2, beside)

    def sizeHint(self) -> QSize:
        # No more than it must have: it takes whatever room the screen has left (its policy is to expand), and a
        # larger wish would make the screen around it scroll.
        return self.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        width, height = self.width(), self.height()
        if self.photos.empty():
            self.words.setGeometry(0, 0, width, height)
        else:
            below, beside = self._below(width, height), self._beside(width, height)
            self.beside = beside[0] > below[0]
            _score, words_rect, photos_rect = beside if self.beside else below
            self.words.setGeometry(*words_rect)
            self.photos.setGeometry(*photos_rect)
            self.photos.relayout()
        self.words.place()  # at once, even where its size did not change (no resize event then)

    def _score(self, words_room: QSize, photos_room: QSize) -> tuple[int, int]:
        """(the words' height left unseen, negated; the photo's height): whole words first, then a larger photo."""
        needed = self.words.needed(words_room.width())
        unseen = max(0, needed - words_room.height())
        if unseen:
            needed = self.words.needed(words_room.width() - self.words.arrows_width(words_room.height()))
            unseen = max(0, needed - words_room.height())
        return -unseen, self.photos.largest(photos_room)

    def _below(self, width: int, height: int) -> tuple[tuple[int, int], tuple[int, int, int, int],
                                                        tuple[int, int, int, int]]:
        photo_least = self.photos.smallest(width)
        words_height = min(self.words.needed(width), height - photo_least - GAP_PX)
        if self.words.needed(width) > words_height:  # scrolling: the arrows take some of the width
            words_height = min(self.words.needed(width - self.words.arrows_width(words_height)), words_height)
        words_height = max(words_height, 0)
        photos_top = words_height + GAP_PX
        photos = QSize(width, max(1, height - photos_top))
        score = self._score(QSize(width, words_height), photos)
        if words_height < min(self.words.smallest(), self.words.needed(width)):
            score = (-(1 << 30), 0)  # no room for the words and a photo one above the other
        return score, (0, 0, width, words_height), (0, photos_top, photos.width(), photos.height())

    def _beside(self, width: int, height: int) -> tuple[tuple[int, int], tuple[int, int, int, int],
                                                         tuple[int, int, int, int]]:
        photos = QSize(max(1, width - int(width * WORDS_SHARE_BESIDE) - GAP_PX), height)
        photos.setWidth(min(photos.width(), self.photos.width_used(photos)))  # the words take what is left
        photos_left = width - photos.width()
        words_width = photos_left - GAP_PX
        score = self._score(QSize(words_width, height), photos)
        return score, (0, 0, words_width, height), (photos_left, 0, photos.width(), photos.height())
