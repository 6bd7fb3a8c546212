"""One message as a big card: the sender's portrait and saved name, when it came, Read aloud, the words at the
chosen size and the photos large. Long words scroll inside the card, so the buttons below it never move."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from carelink.ui.access import SteadyScrollArea
from carelink.ui.theme import GAP_PX, Palette
from carelink.ui.wall.attachment_views import AttachmentShelf
from carelink.ui.wall.loading import CardData, When, not_shown_words
from carelink.ui.widgets import Avatar, BigButton, label, tr

AVATAR_SIZE = 96
PHOTO_SMALLEST = 170  # a photo is never shown smaller than this tall on the card; tapping it shows it large
PHOTO_TALLEST = 640
PHOTO_MARGIN = 48  # room for the photo button's border and padding, and the card's scroll bar
SHORTEST_VIEW = 240  # the card's words-and-photos area never gets shorter than this (or than what it holds)


class CardAvatar(Avatar):
    """A portrait whose picture was decoded in the background (the plain Avatar reads its file itself)."""

    def __init__(self, name: str, image: QImage | None, size: int = AVATAR_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, None, size, parent)
        self._image = image


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
        self.fit(QSize(PHOTO_SMALLEST * 2, PHOTO_SMALLEST))

    def fit(self, room: QSize) -> None:
        size = photo_size(self.image, room)
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
    column.setContentsMargins(24, 24, 24, 24)
    words = label(tr("This photo could not be shown"), "quiet")
    words.setObjectName("wall_broken_photo_words")
    words.setAlignment(Qt.AlignmentFlag.AlignCenter)
    column.addWidget(words)
    box.setMinimumHeight(PHOTO_SMALLEST)
    return box


class MessageCard(QFrame):
    """A card for one message. Emits `read_aloud()`, `photo_opened(index)` (which photo was tapped) and, on a
    call invite's card, `call_back()`."""

    read_aloud = Signal()
    photo_opened = Signal(int)
    call_back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall_card")
        self.setProperty("role", "card")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(GAP_PX + 4, GAP_PX, GAP_PX + 4, GAP_PX)
        outer.setSpacing(GAP_PX)

        header = QHBoxLayout()
        header.setSpacing(GAP_PX)
        self._avatar_slot = QHBoxLayout()
        header.addLayout(self._avatar_slot)
        who = QVBoxLayout()
        who.setSpacing(4)
        self.sender_label = label(role="big")
        self.sender_label.setObjectName("wall_sender")
        who.addWidget(self.sender_label)
        self.when = label(role="quiet")
        self.when.setObjectName("wall_when")
        who.addWidget(self.when)
        who.addStretch(1)
        header.addLayout(who, 1)
        self.read_button = BigButton(tr("Read aloud"), "speaker")
        self.read_button.setObjectName("wall_read_aloud")
        self.read_button.clicked.connect(self.read_aloud)
        header.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        self.scroller = SteadyScrollArea()
        self.scroller.setObjectName("wall_card_scroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setStyleSheet("QScrollArea#wall_card_scroll, QWidget#wall_card_content "
                                    "{ background: transparent; }")
        self.scroller.viewport().setAutoFillBackground(False)
        content = QWidget()
        content.setObjectName("wall_card_content")
        self._content = QVBoxLayout(content)
        self._content.setContentsMargins(0, 0, 0, 0)
        self._content.setSpacing(GAP_PX)
        self.text = label()
        self.text.setObjectName("wall_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._content.addWidget(self.text)
        self.call_back_button = BigButton(tr("Call back"), "calls")
        self.call_back_button.setObjectName("wall_call_back")
        self.call_back_button.clicked.connect(self.call_back)
        self.call_back_button.setVisible(False)
        self._content.addWidget(self.call_back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._photos = QVBoxLayout()
        self._photos.setSpacing(GAP_PX)
        self._content.addLayout(self._photos)
        self.attachments = AttachmentShelf()  # voice messages, clips, PDFs and the rest
        self._content.addLayout(self.attachments)
        self.attachments.reveal = lambda widget: self.scroller.ensureWidgetVisible(widget, 0, GAP_PX)
        self._content.addStretch(1)
        self.scroller.setWidget(content)
        self.scroller.viewport().installEventFilter(self)
        outer.addWidget(self.scroller, 1)
        self.photo_buttons: list[PhotoButton] = []
        self.not_shown: QLabel | None = None  # "2 more photos could not be shown."
        self.avatar: Avatar | None = None

    def show_card(self, card: CardData, when: When, new: bool) -> None:
        message = card.message
        if self.avatar is not None:
            self.avatar.hide()
            self.avatar.deleteLater()
        self.avatar = CardAvatar(message.sender_name, card.avatar)
        self._avatar_slot.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        self.avatar.show()  # at once (a layout would show it only when events are next handled)
        self.sender_label.setText(message.sender_name)
        self.when.setText(tr("{when} — New").format(when=when.shown) if new else when.shown)
        invite = message.kind == "call_invite"
        # A call invite that did not ring (too old, or not answered) stays as a call card, with Call back.
        wanted = tr("{name} wanted a video call, {when}.").format(name=message.sender_name, when=when.spoken)
        self.text.setText(f"{wanted}\n\n{message.text}".strip() if invite else message.text)
        self.text.setVisible(bool(self.text.text().strip()))
        self.call_back_button.setVisible(invite and message.contact_id is not None)
        self._show_photos(card, message.sender_name)
        self.attachments.show_message(message)
        self._fit()
        self.scroller.verticalScrollBar().setValue(0)

    def show_problem(self, words: str) -> None:
        """In place of a message that could not be read: the words, with no sender."""
        self.call_back_button.setVisible(False)
        if self.avatar is not None:
            self.avatar.hide()
            self.avatar.deleteLater()
            self.avatar = None
        self.sender_label.setText("")
        self.when.setText("")
        self.text.setText(words)
        self.text.setVisible(True)
        self._clear_photos()
        self.attachments.clear()

    def _clear_photos(self) -> None:
        while self._photos.count():
            item = self._photos.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.photo_buttons = []
        self.not_shown = None

    def _show_photos(self, card: CardData, name: str) -> None:
        self._clear_photos()
        total = len(card.photos)
        for index, image in enumerate(card.photos):
            if image is None:
                box = broken_photo()
                self._photos.addWidget(box)
                box.show()
                continue
            words = (tr("Photo from {name}. Tap to see it large.").format(name=name) if total == 1 else
                     tr("Photo {number} of {total} from {name}. Tap to see it large.").format(
                         number=index + 1, total=total, name=name))
            button = PhotoButton(image, words)
            button.setObjectName(f"wall_photo_{index}")
            button.clicked.connect(lambda _=False, i=index: self.photo_opened.emit(i))
            self._photos.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.show()
            self.photo_buttons.append(button)
        if missing := not_shown_words(card.message):  # nothing that came is left out without a word
            self.not_shown = label(missing)
            self.not_shown.setObjectName("wall_photos_not_shown")
            self._photos.insertWidget(0, self.not_shown)  # above the photos: seen without scrolling
            self.not_shown.show()
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """Photos as large as the card shows without scrolling (never below PHOTO_SMALLEST tall); and the card
        at least tall enough for a few lines of words and a whole photo, so that only long words ever scroll
        inside it (with very large text the screen scrolls as a whole instead)."""
        viewport = self.scroller.viewport()
        words = self.text.heightForWidth(viewport.width()) + GAP_PX if self.text.isVisibleTo(self) else 0
        line = self.not_shown.heightForWidth(viewport.width()) + GAP_PX if self.not_shown is not None else 0
        tall = max(PHOTO_SMALLEST, min(PHOTO_TALLEST, viewport.height() - words - line - PHOTO_MARGIN // 2))
        room = QSize(max(PHOTO_SMALLEST, viewport.width() - PHOTO_MARGIN), tall)
        for button in self.photo_buttons:
            button.fit(room)
        self.attachments.fit(room)
        photo_room = PHOTO_SMALLEST + PHOTO_MARGIN // 2
        pictures = max(photo_room if self._photos.count() else 0,
                       min(PHOTO_TALLEST, self.attachments.room_wanted(photo_room)))
        self.scroller.setMinimumHeight(min(words, SHORTEST_VIEW) + pictures)


class CardNavigation(QWidget):
    """Previous, "3 of 12" and Next. At either end the button stays where it is, disabled and drawn with a dashed
    outline (told apart by more than colour), and is left out of the Tab order. Emits `previous()` and `next()`."""

    previous = Signal()
    next = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(GAP_PX)
        self.previous_button = BigButton(tr("◀  Previous"))
        self.previous_button.setObjectName("wall_previous")
        self.previous_button.setAccessibleName(tr("Previous message"))
        self.previous_button.clicked.connect(self.previous)
        row.addWidget(self.previous_button, 1)
        self.position = label(role="big")
        self.position.setObjectName("wall_position")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.position, 1)
        self.next_button = BigButton(tr("Next  ▶"))
        self.next_button.setObjectName("wall_next")
        self.next_button.setAccessibleName(tr("Next message"))
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.next_button, 1)

    def show_position(self, index: int, total: int) -> None:
        number = index + 1
        self.position.setText(tr("{number} of {total}").format(number=number, total=total) if total else "")
        self.position.setAccessibleName(tr("Message {number} of {total}").format(number=number, total=total))
        for button, usable in ((self.previous_button, index > 0), (self.next_button, index < total - 1)):
            button.setEnabled(usable)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if usable else Qt.FocusPolicy.NoFocus)
            words = button.text_label()
            words.setProperty("ended", not usable)
            words.style().unpolish(words)
            words.style().polish(words)

    def apply_palette(self, p: Palette) -> None:
        ended = (f"QPushButton:disabled {{ background: {p.page}; border: 3px dashed {p.border}; }}"
                 f' QLabel[ended="true"] {{ color: {p.quiet_text}; }}')
        self.previous_button.setStyleSheet(ended)
        self.next_button.setStyleSheet(ended)
