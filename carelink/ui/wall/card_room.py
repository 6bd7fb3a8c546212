"""The room inside a message card, shared between its words and its photos, measured from what is really on show
(the words' own height at the width they get, a photo button's own border and padding), never from assumed pixels.

`WordsView`: the message's words (and any attachments); only they ever scroll, inside the card, with big ▲ and ▼
buttons beside them when they are longer than their room. `PhotoShelf`: the card's photos, as large as the room
left to them allows. `CardBody` puts the photos below the words or beside them, whichever shows the photo larger
without the words needing to scroll (or scrolling least).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from carelink.ui.access import SteadyScrollArea
from carelink.ui.theme import GAP_PX, MIN_TARGET_PX
from carelink.ui.widgets import BigButton, label, tr

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


def _size(widget: QWidget) -> QSize:
    """The size a widget will really take: what it asks for, and never less than its style's least."""
    widget.ensurePolished()
    return widget.sizeHint().expandedTo(widget.minimumSize())


class WordsView(QWidget):
    """The message's words in a scroll area of their own (marked `may_scroll`), and ▲ ▼ beside them, shown only
    while the words are longer than their room. `content` is the column inside the scroll area. Placed by hand,
    so the arrows are where they should be the moment they appear."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scroller = SteadyScrollArea(self)
        self.scroller.setObjectName("wall_card_scroll")
        self.scroller.setProperty("may_scroll", True)  # a long message's own words, and only they, may scroll
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setStyleSheet("QScrollArea#wall_card_scroll, QWidget#wall_card_content "
                                    "{ background: transparent; }")
        self.scroller.viewport().setAutoFillBackground(False)
        inside = QWidget()
        inside.setObjectName("wall_card_content")
        self.content = QVBoxLayout(inside)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(GAP_PX)
        self.scroller.setWidget(inside)
        bar = self.scroller.verticalScrollBar()
        self.up = BigButton("▲", parent=self)
        self.up.setObjectName("wall_words_up")
        self.up.setAccessibleName(tr("Scroll the message up"))
        self.up.clicked.connect(lambda: self.step(down=False))
        self.down = BigButton("▼", parent=self)
        self.down.setObjectName("wall_words_down")
        self.down.setAccessibleName(tr("Scroll the message down"))
        self.down.clicked.connect(lambda: self.step(down=True))
        self.scrolls = False
        for button in (self.up, self.down):
            button.setVisible(False)
        # Never disabled at either end: a button that went dead under the finger would throw the focus elsewhere.
        bar.rangeChanged.connect(lambda low, high: self._show_arrows(high > low))

    def step(self, down: bool) -> None:
        """A page on (▼) or back (▲); where that would leave a button (a voice note's Play, a document's page
        buttons) cut at the edge the words move in from, only as far as shows it whole."""
        bar = self.scroller.verticalScrollBar()
        now, room = bar.value(), self.scroller.viewport().height()
        target = max(bar.minimum(), min(bar.maximum(), now + (bar.pageStep() if down else -bar.pageStep())))
        inside = self.scroller.widget()
        assert inside is not None
        for button in inside.findChildren(QAbstractButton):
            if not button.isVisible() or button.height() > room:
                continue
            top = button.mapTo(inside, QPoint(0, 0)).y()
            bottom = top + button.height()
            if down and top < target < bottom and top > now:
                target = top  # cut at the top of the new view: shown from its top instead
            elif not down and top < target + room < bottom and bottom - room < now:
                target = bottom - room  # cut at the foot of the new view: shown to its foot instead
        bar.setValue(target)

    def _show_arrows(self, shown: bool) -> None:
        if shown != self.scrolls:
            self.scrolls = shown
            self.place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        """The words across the whole width, or beside ▲ (at the top) and ▼ (at the bottom) while they scroll; where
        the room is too short for one above the other, ▲ and ▼ side by side at the bottom."""
        width, height = self.width(), self.height()
        arrows = self.arrows_width(height) if self.scrolls else 0
        self.scroller.setGeometry(0, 0, max(1, width - arrows), height)
        for button in (self.up, self.down):
            button.setVisible(self.scrolls)
        if not self.scrolls:
            return
        up, down = _size(self.up), _size(self.down)
        column = max(up.width(), down.width())
        if self._stacked(height):
            self.up.setGeometry(width - column, 0, column, up.height())
            self.down.setGeometry(width - column, height - down.height(), column, down.height())
        else:
            self.up.setGeometry(width - 2 * column - GAP_PX, max(0, height - up.height()), column, up.height())
            self.down.setGeometry(width - column, max(0, height - down.height()), column, down.height())

    def _stacked(self, height: int) -> bool:
        return height >= _size(self.up).height() + GAP_PX + _size(self.down).height()

    def needed(self, width: int) -> int:
        """How tall the words are at `width`, shown whole."""
        return max(0, self.content.totalHeightForWidth(max(1, width)))

    def smallest(self) -> int:
        """The least height to show them in: a line of words, or ▲ and ▼ when they scroll."""
        return max(self.fontMetrics().lineSpacing(), _size(self.up).height(), _size(self.down).height())

    def arrows_width(self, height: int | None = None) -> int:
        """The width ▲ and ▼ take beside the words (with the gap before them) in a room `height` tall."""
        column = max(_size(self.up).width(), _size(self.down).width())
        across = 1 if self._stacked(self.height() if height is None else height) else 2
        return across * (column + GAP_PX)


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
