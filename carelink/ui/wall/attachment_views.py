"""Everything else a message brought, on its card, below the photos: a player for each voice message and clip,
the pages of each PDF, and one plain line for anything CareLink cannot show (nothing is left out unsaid)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from carelink.services.attachments import WallAttachment
from carelink.services.wall import WallMessage
from carelink.ui.theme import GAP_PX
from carelink.ui.wall.attachment_words import cannot_show, spoken_attachment
from carelink.ui.wall.media_player import MediaPlayerView
from carelink.ui.wall.pdf_pages import PdfPages
from carelink.ui.widgets import label


def attachment_view(attachment: WallAttachment, name: str, volume: float) -> QWidget:
    """A player, the pages, or the plain line, for one attachment."""
    if attachment.kept and attachment.kind in ("audio", "video"):
        return MediaPlayerView(attachment, name, volume)
    if attachment.kept and attachment.kind == "pdf":
        return PdfPages(attachment, name)
    line = label(cannot_show(attachment, name), "big")
    line.setObjectName("wall_attachment_line")
    return line


class AttachmentShelf(QVBoxLayout):
    """The card's attachments, in the order they came. Holds `views` (one per attachment) and the volume that
    players start at (the read-aloud volume)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSpacing(GAP_PX)
        self.views: list[QWidget] = []
        self.volume = 1.0
        self._message: WallMessage | None = None

    def show_message(self, message: WallMessage) -> None:
        self.clear()
        self._message = message
        for attachment in message.attachments:
            view = attachment_view(attachment, message.sender_name, self.volume)
            self.addWidget(view, 0, Qt.AlignmentFlag.AlignLeft if isinstance(view, PdfPages) else
                           Qt.AlignmentFlag(0))
            view.show()
            self.views.append(view)

    def clear(self) -> None:
        """Stop any recording playing, and take every view away."""
        self._message = None
        for view in self.views:
            if isinstance(view, MediaPlayerView):
                view.stop()
            view.hide()
            view.deleteLater()
        self.views = []
        while self.count():
            self.takeAt(0)

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        for view in self.views:
            if isinstance(view, MediaPlayerView):
                view.set_volume(volume)

    def fit(self, room: QSize) -> None:
        for view in self.views:
            if isinstance(view, PdfPages):
                view.fit(room)

    def smallest_height(self) -> int:
        """Room the card keeps for the first attachment, so that a page or a player shows whole without scrolling
        where the screen allows."""
        return self.views[0].minimumSizeHint().height() if self.views else 0

    def spoken(self) -> str:
        """What Read aloud says about the attachments, with each recording's length as its player knows it."""
        message = self._message
        if message is None:
            return ""
        seconds = [view.seconds if isinstance(view, MediaPlayerView) else None for view in self.views]
        return " ".join(spoken_attachment(attachment, message.sender_name, length)
                        for attachment, length in zip(message.attachments, seconds, strict=False))
