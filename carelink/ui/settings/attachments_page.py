"""Settings → Attached files: whether the originals of photos are kept (photo_keeping.py), and every file that came
with a message on the wall, for the family admin: who sent it, when, what kind, its name and size, and whether
CareLink kept it to play or show (read in the background)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from carelink.services.attachments import AttachmentList, MessageAttachments, WallAttachment
from carelink.services.photo_files import PhotoKeeping
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.pages import Page
from carelink.ui.settings.photo_keeping import PhotoKeepingBox, size_words
from carelink.ui.theme import GAP_PX
from carelink.ui.wall.attachment_words import length_words, thing_words
from carelink.ui.widgets import label, tr


def attachment_line(message: MessageAttachments, attachment: WallAttachment, locale: QLocale) -> str:
    """One line of the list: "Sunday 22 November, Emma Jones: a voice message, Song.m4a, 0.4 MB, half a
    minute. Kept: plays on the wall.\""""
    received = message.received
    day = locale.toString(QDate(received.year, received.month, received.day), "dddd d MMMM yyyy")
    details = ", ".join(filter(None, [thing_words(attachment.kind), attachment.name, size_words(attachment.size),
                                      length_words(attachment.seconds)]))
    if attachment.kept:
        kept = tr("Kept: shown on the wall.")
    elif attachment.too_big:
        kept = tr("Not kept: too big, or damaged. The wall says so.")
    else:
        kept = tr("Not kept: CareLink can't show this kind. The wall says so.")
    return f"{day}, {message.sender_name}: {details}. {kept}"


class AttachmentsPage(Page):
    """The list of every message's attachments, newest first; refreshed each time the page is shown."""

    def __init__(self, attachments: AttachmentList, runner: BackgroundRunner, locale: QLocale | None = None,
                 photos: PhotoKeeping | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Attached files"), "attachments", parent)
        self._attachments, self._runner = attachments, runner
        self._locale = locale or QLocale()
        self.photos = PhotoKeepingBox(photos, runner) if photos is not None else None
        if self.photos is not None:
            self.column.addWidget(self.photos)
            self.column.addSpacing(GAP_PX)  # a little more room between the photos and the other files
        self.column.addWidget(label(tr("Everything the family attached to their messages besides photos. Voice "
                                       "messages, videos and PDF documents play or show on the wall; for anything "
                                       "else the wall says it came."), "quiet"))
        self.items = QListWidget()
        self.items.setObjectName("attachments_list")
        self.items.setAccessibleName(tr("Attached files"))
        self.items.setWordWrap(True)
        self.items.setMinimumHeight(240)
        self.column.addWidget(self.items, 1)
        self.note = label(role="quiet")
        self.note.setObjectName("attachments_note")
        self.column.addWidget(self.note)

    def entered(self) -> None:
        if self.photos is not None:
            self.photos.refresh()
        self.note.setText(tr("Looking…"))
        self._runner.run_task(self._attachments.listing, self._show, lambda _error: self.note.setText(
            tr("The list could not be read.")), owner=self)

    def _show(self, listing: list[MessageAttachments]) -> None:
        self.items.clear()
        for message in listing:
            for attachment in message.attachments:
                self.items.addItem(QListWidgetItem(attachment_line(message, attachment, self._locale)))
        self.note.setText("" if self.items.count() else tr("No attachments yet."))
