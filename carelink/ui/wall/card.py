"""One message as a big card: the sender's portrait and saved name, when it came, Read aloud, the words at the
chosen size and the photos large (`card_room`). Long words scroll inside the card, so the buttons below it never
move."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollBar, QSizePolicy, QVBoxLayout, QWidget

from carelink.ui.theme import GAP_PX, Palette
from carelink.ui.wall.attachment_views import AttachmentShelf
from carelink.ui.wall.card_room import CardBody, PhotoButton, PhotoShelf, broken_photo
from carelink.ui.wall.date_line import DateLine
from carelink.ui.wall.loading import CardData, When, not_shown_words
from carelink.ui.wall.words_view import WordsView
from carelink.ui.widgets import BigButton, label, tr
from carelink.ui.widgets_portrait import Avatar

__all__ = ["CardNavigation", "MessageCard", "PhotoButton"]

AVATAR_SIZE = 96  # at least; it grows with the name and time beside it


class CardAvatar(Avatar):
    """A portrait whose picture was decoded in the background (the plain Avatar reads its file itself)."""

    def __init__(self, name: str, image: QImage | None, size: int = AVATAR_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, None, size, parent)
        self._image = image


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
        self.date_line = DateLine()
        self.when, self.new_mark = self.date_line.when, self.date_line.new_mark
        who.addWidget(self.date_line)
        who.addStretch(1)
        header.addLayout(who, 1)
        self.read_button = BigButton(tr("Read aloud"), "speaker")
        self.read_button.setObjectName("wall_read_aloud")
        self.read_button.clicked.connect(self.read_aloud)
        header.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        self.words = WordsView()
        self.scroller = self.words.scroller
        self.text = label()
        self.text.setObjectName("wall_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.words.content.addWidget(self.text)
        self.attachments = AttachmentShelf(self.words)  # voice messages, clips, PDFs and the rest
        self.words.content.addLayout(self.attachments)
        self.attachments.changed = self.refit
        self.words.content.addStretch(1)
        # A document's page is as wide as the words' room, which narrows when ▲ ▼ appear beside a long card:
        # drawn again then, so that the page is never cut at the side.
        self.scroller.viewport().installEventFilter(self)
        self.photos = PhotoShelf()
        self.body = CardBody(self.words, self.photos)
        outer.addWidget(self.body, 1)
        self.call_back_button = BigButton(tr("Call back"), "calls")
        self.call_back_button.setObjectName("wall_call_back")
        self.call_back_button.clicked.connect(self.call_back)
        self.call_back_button.setVisible(False)
        outer.addWidget(self.call_back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.photo_buttons: list[PhotoButton] = []
        self.not_shown: QLabel | None = None  # "2 more photos could not be shown."
        self.avatar: Avatar | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self.attachments.fit(self.scroller.viewport().size())
        return super().eventFilter(watched, event)

    def show_card(self, card: CardData, when: When, new: bool) -> None:
        message = card.message
        if self.avatar is not None:
            self.avatar.hide()
            self.avatar.deleteLater()
        self.avatar = CardAvatar(message.sender_name, card.avatar, self._avatar_size())
        self._avatar_slot.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        self.avatar.show()  # at once (a layout would show it only when events are next handled)
        self.sender_label.setText(message.sender_name)
        self.date_line.show_when(when, new)
        invite = message.kind == "call_invite"
        # A call invite that did not ring (too old, or not answered) stays as a call card, with Call back.
        wanted = tr("{name} wanted a video call, {when}.").format(name=message.sender_name, when=when.spoken)
        self.text.setText(f"{wanted}\n\n{message.text}".strip() if invite else message.text)
        self.text.setVisible(bool(self.text.text().strip()))
        self.call_back_button.setVisible(invite and message.contact_id is not None)
        self._show_photos(card, message.sender_name)
        self.attachments.show_message(message)
        self.refit()
        self.scroller.verticalScrollBar().setValue(0)

    def _avatar_size(self) -> int:
        """The portrait as tall as the name and the time beside it (so it grows with the text), at least 96 px."""
        for words in (self.sender_label, self.when):
            words.ensurePolished()
        beside = (self.sender_label.fontMetrics().lineSpacing() + 4 + self.when.fontMetrics().lineSpacing())
        return max(AVATAR_SIZE, beside)

    def show_problem(self, words: str) -> None:
        """In place of a message that could not be read: the words, with no sender."""
        self.call_back_button.setVisible(False)
        if self.avatar is not None:
            self.avatar.hide()
            self.avatar.deleteLater()
            self.avatar = None
        self.sender_label.setText("")
        self.date_line.clear()
        self.text.setText(words)
        self.text.setVisible(True)
        self._clear_photos()
        self.attachments.clear()
        self.refit()

    def _clear_photos(self) -> None:
        self.photos.clear()
        self.photo_buttons = []
        self.not_shown = None

    def _show_photos(self, card: CardData, name: str) -> None:
        self._clear_photos()
        total = len(card.photos)
        for index, image in enumerate(card.photos):
            if image is None:
                self.photos.add(broken_photo())
                continue
            words = (tr("Photo from {name}. Tap to see it large.").format(name=name) if total == 1 else
                     tr("Photo {number} of {total} from {name}. Tap to see it large.").format(
                         number=index + 1, total=total, name=name))
            button = PhotoButton(image, words)
            button.setObjectName(f"wall_photo_{index}")
            button.clicked.connect(lambda _=False, i=index: self.photo_opened.emit(i))
            self.photos.add(button)
            self.photo_buttons.append(button)
        if missing := not_shown_words(card.message):  # nothing that came is left out without a word
            self.not_shown = label(missing)
            self.not_shown.setObjectName("wall_photos_not_shown")
            self.photos.set_note(self.not_shown)  # above the photos: seen without scrolling

    def fill_photos(self, card: CardData) -> None:
        """The card's photos decoded, in place of their stand-ins of the same shape (nothing moves); if one could
        not be decoded after all, the photos are laid out again with it said in words."""
        images = [image for image in card.photos if image is not None]
        if len(images) != len(self.photo_buttons):
            self._show_photos(card, card.message.sender_name)
            self.refit()
            return
        for button, image in zip(self.photo_buttons, images, strict=True):
            button.set_image(image)

    def refit(self) -> None:
        """Share the card's room out again between words and photos (new words, new photos, new text size)."""
        self.attachments.fit(self.scroller.viewport().size())
        self.body.updateGeometry()
        self.body.place()


class CardNavigation(QWidget):
    """Previous, "3 of 12" (Reply, where the replies have a page of their own) and Next. At either end the button
    stays where it is, disabled and drawn with a dashed outline (told apart by more than colour), and is left out of
    the Tab order. Emits `previous()`, `next()` and `reply()`."""

    previous = Signal()
    next = Signal()
    reply = Signal()

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
        self.reply_button = BigButton(tr("Reply"))  # where the replies wait on a page of their own (little room)
        self.reply_button.setObjectName("wall_reply")
        self.reply_button.setAccessibleName(tr("Reply to this message"))
        self.reply_button.clicked.connect(self.reply)
        self.reply_button.setVisible(False)
        row.addWidget(self.reply_button, 1)
        self.next_button = BigButton(tr("Next  ▶"))
        self.next_button.setObjectName("wall_next")
        self.next_button.setAccessibleName(tr("Next message"))
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.next_button, 1)

    def offer_reply(self, offered: bool) -> None:
        """Reply between the position and Next (the replies on a page of their own); then each button is as wide
        as its words, and the position takes what is left."""
        self.reply_button.setVisible(offered)
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        for button in (self.previous_button, self.reply_button, self.next_button):
            row.setStretchFactor(button, 0 if offered else 1)

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


def card_keys(screen: QWidget, bar: QScrollBar, previous: Callable[[], None],
              next_card: Callable[[], None]) -> list[QShortcut]:
    """The wall's keys: the arrows left and right move between cards, up and down (and the page keys) through a
    card's long words."""
    keys = ((Qt.Key.Key_Left, previous), (Qt.Key.Key_Right, next_card),
            (Qt.Key.Key_Up, lambda: bar.triggerAction(bar.SliderAction.SliderSingleStepSub)),
            (Qt.Key.Key_Down, lambda: bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)),
            (Qt.Key.Key_PageUp, lambda: bar.triggerAction(bar.SliderAction.SliderPageStepSub)),
            (Qt.Key.Key_PageDown, lambda: bar.triggerAction(bar.SliderAction.SliderPageStepAdd)))
    return [QShortcut(QKeySequence(key), screen, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for key, slot in keys]
