"""The cards page's two arrangements, chosen for the room the screen has, so that nothing needs scrolling: the card,
Previous/Next, the one-tap replies and the status line one below the other ("full"); or, where large words on a
small screen leave the card too little height for that, a Reply button between Previous and Next that opens the
replies on a page of their own ("compact"). Measured from the widgets' own size hints at the text size on show,
never from assumed pixels."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carelink.ui.theme import GAP_PX
from carelink.ui.wall.card import CardNavigation, MessageCard
from carelink.ui.wall.reply_panel import QuickReplies
from carelink.ui.widgets import BigButton, label, tr

FULL, COMPACT = "full", "compact"
CARD_SHARE = 0.5  # the replies stay under the card while that leaves its words and photos half the room


class ReplyChooser(QWidget):
    """The replies on a page of their own: "Your reply to Emma:", the one-tap replies and Write a reply, and
    Cancel. Emits `cancelled()`."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall_reply_chooser")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(GAP_PX)
        self.heading = label(role="big")
        self.heading.setObjectName("wall_reply_chooser_heading")
        self._column.addWidget(self.heading)
        self.cancel = BigButton(tr("Cancel"))
        self.cancel.setObjectName("wall_reply_chooser_cancel")
        self.cancel.clicked.connect(self.cancelled)
        self._column.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        self._column.addStretch(1)

    def hold(self, replies: QuickReplies) -> None:
        self._column.insertWidget(1, replies)
        replies.setVisible(True)

    def open_for(self, sender_name: str) -> None:
        self.heading.setText(tr("Your reply to {name}:").format(name=sender_name))


class CardsPage(QWidget):
    """The card, Previous/Next, the replies (here, or on `chooser`'s page) and the status line, in the arrangement
    `choose(room)` picks."""

    def __init__(self, card: MessageCard, nav: CardNavigation, replies: QuickReplies, status: QLabel,
                 chooser: ReplyChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card, self.nav, self.replies, self.status, self.chooser = card, nav, replies, status, chooser
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GAP_PX)
        column.addWidget(card, 1)
        column.addWidget(nav)
        self._slot = QVBoxLayout()
        self._slot.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._slot)
        column.addWidget(status)
        self.arrangement = ""
        self.arrange(FULL)

    def arrange(self, arrangement: str) -> None:
        if arrangement == self.arrangement:
            return
        if arrangement == FULL:
            self._slot.addWidget(self.replies)
            self.replies.setVisible(True)
        else:
            self._slot.removeWidget(self.replies)
            self.chooser.hold(self.replies)
        self.nav.offer_reply(arrangement == COMPACT)
        self.arrangement = arrangement

    def _around_body(self) -> int:
        """The height of everything but the card's words and photos: its edges, the sender's line, Previous and
        Next, the status line, and the gaps between."""
        card = self.card.minimumSizeHint().height() - self.card.body.minimumSizeHint().height()
        self.status.ensurePolished()
        status = max(self.status.minimumHeight(), self.status.fontMetrics().lineSpacing())
        return max(0, card) + self.nav.sizeHint().height() + status + 2 * GAP_PX

    def rooms(self, room: QSize) -> dict[str, int]:
        """How tall the card's words and photos would be in each arrangement, in `room`."""
        compact = room.height() - self._around_body()
        return {FULL: compact - self.replies.height_at(room.width()) - GAP_PX, COMPACT: compact}

    def choose(self, room: QSize) -> None:
        """The replies under the card while that leaves the card enough room; behind a Reply button otherwise."""
        rooms = self.rooms(room)
        least = self.card.body.minimumSizeHint().height()
        self.arrange(FULL if rooms[FULL] >= max(least, CARD_SHARE * rooms[COMPACT]) else COMPACT)


def empty_wall_page() -> tuple[QWidget, QLabel]:
    """The page shown while the wall has no messages, and its words."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, GAP_PX, 0, 0)
    words = label(tr("No messages yet. When your family writes, their messages will appear here."), "big")
    words.setObjectName("wall_empty")
    column.addWidget(words)
    column.addStretch(1)
    return page, words
