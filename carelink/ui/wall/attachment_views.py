"""Everything else a message brought, on its card, below the photos: a player for each voice message and clip,
the pages of each PDF, and one plain line for anything CareLink cannot show (nothing is left out unsaid)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from carelink.services.attachments import WallAttachment
from carelink.services.wall import WallMessage
from carelink.ui.theme import GAP_PX, STANDARD, Palette
from carelink.ui.wall.attachment_words import cannot_show, spoken_attachment
from carelink.ui.wall.media_player import MediaPlayerView
from carelink.ui.wall.pdf_pages import PdfPages
from carelink.ui.wall.words_view import WordsView
from carelink.ui.widgets import BigButton, label


def attachment_view(attachment: WallAttachment, name: str, volume: float) -> QWidget:
    """A player, the pages, or the plain line, for one attachment."""
    if attachment.kept and attachment.kind in ("audio", "video"):
        return MediaPlayerView(attachment, name, volume)
    if attachment.kept and attachment.kind == "pdf":
        return PdfPages(attachment, name)
    line = label(cannot_show(attachment, name), "big")
    line.setObjectName("wall_attachment_line")
    return line


def button_style(p: Palette) -> str:
    """A button's light words on the card (whose own words are dark), and a page button at either end of a
    document drawn dashed on the page colour (as the wall's Previous and Next are)."""
    return (f"QLabel {{ color: {p.button_text}; }}"
            f" QPushButton:disabled {{ background: {p.page}; border: 3px dashed {p.border}; }}"
            f' QLabel[ended="true"] {{ color: {p.quiet_text}; }}')


class AttachmentShelf(QVBoxLayout):
    """The card's attachments, in the order they came, in the card's scrolling words; their buttons (Play, the page
    buttons) in the words' row of buttons, in sight as the card opens. Holds `views` (one per attachment), the
    volume that players start at (the household's speech.volume), the palette their buttons are drawn in, and
    `changed`, which the card gives to share its room out again when a row of buttons changes (a page turned, a
    recording that cannot be played)."""

    def __init__(self, words: WordsView) -> None:
        super().__init__()
        self.setSpacing(GAP_PX)
        self.words = words
        self.views: list[QWidget] = []
        self.volume = 1.0
        self.palette = STANDARD
        self.changed: Callable[[], None] = lambda: None
        self._message: WallMessage | None = None

    def show_message(self, message: WallMessage) -> None:
        self.clear()
        self._message = message
        for attachment in message.attachments:
            view = attachment_view(attachment, message.sender_name, self.volume)
            self.addWidget(view, 0, Qt.AlignmentFlag.AlignLeft if isinstance(view, PdfPages) else
                           Qt.AlignmentFlag(0))
            if isinstance(view, PdfPages):
                view.page_turned.connect(lambda pages=view: self._turned(pages))
            if isinstance(view, MediaPlayerView):
                view.state_changed.connect(lambda _state: self.changed())
            if isinstance(view, (PdfPages, MediaPlayerView)):
                self.words.add_controls(view.controls)
            self._style(view)
            view.show()
            self.views.append(view)

    def _turned(self, pages: PdfPages) -> None:
        self.changed()  # "Page 10 of 12" may be wider than "Page 9 of 12"
        self.words.reveal(pages)  # the new page from its top

    def apply_palette(self, p: Palette) -> None:
        self.palette = p
        for view in self.views:
            self._style(view)

    def _style(self, view: QWidget) -> None:
        controls = [view.controls] if isinstance(view, (PdfPages, MediaPlayerView)) else []
        for button in [found for holder in (view, *controls) for found in holder.findChildren(BigButton)]:
            button.setStyleSheet(button_style(self.palette))

    def clear(self) -> None:
        """Stop any recording playing, and take every view away."""
        self._message = None
        for view in self.views:
            if isinstance(view, MediaPlayerView):
                view.stop()
            view.hide()
            view.deleteLater()
        self.views = []
        self.words.clear_controls()
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

    def spoken(self) -> str:
        """What Read aloud says about the attachments, with each recording's length as its player knows it."""
        message = self._message
        if message is None:
            return ""
        seconds = [view.seconds if isinstance(view, MediaPlayerView) else None for view in self.views]
        return " ".join(spoken_attachment(attachment, message.sender_name, length)
                        for attachment, length in zip(message.attachments, seconds, strict=False))
