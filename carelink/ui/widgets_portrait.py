"""A round portrait of a person: their photo, read with size limits, or their initials on a colour."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from carelink.ui.widgets import tr

# Dark enough for white initials at over 7:1, and told apart by more than hue alone (the initials differ too).
AVATAR_COLOURS = ("#1F4E79", "#5B2C6F", "#1E5C2E", "#8B1A1A", "#7A3E00", "#124A5C", "#4A4A4A")
MAX_PHOTO_PIXELS = 40_000_000


class Avatar(QLabel):
    """A round portrait: the contact's photo if it can be read safely, else their initials on a colour.

    A label holding a picture, so that a screen reader meets an image called "Photo of Sarah" (a plain widget
    is a filler, which readers skip); it paints itself.
    """

    def __init__(self, name: str, photo: Path | None = None, size: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(size, size)
        placeholder = QPixmap(1, 1)
        placeholder.fill(QColor(0, 0, 0, 0))
        self.setPixmap(placeholder)  # Qt's role for a label with a picture: an image
        self._name = name
        self._image = self._read(photo, math.ceil(size * self.devicePixelRatioF())) if photo else None
        self.setAccessibleName(tr("Photo of {name}").format(name=name))
        self.setAccessibleDescription(tr("Their photo") if self._image is not None
                                      else tr("Their initials, {initials}").format(initials=self.initials()))

    @staticmethod
    def _read(photo: Path, pixels: int) -> QImage | None:
        """The photo, from its thumbnail when that fills `pixels` across (a portrait is cut round from the shorter
        side): decoding a 1600-px display copy for a small portrait is work thrown away."""
        from carelink.services.photo_files import thumbnail_of  # (not on Home: once a portrait is drawn)

        small = thumbnail_of(photo)
        reader = QImageReader(str(small)) if small is not None else None
        if reader is None or min(reader.size().width(), reader.size().height()) < pixels:
            reader = QImageReader(str(photo))
        declared = reader.size()
        if not declared.isValid() or declared.width() * declared.height() > MAX_PHOTO_PIXELS:
            return None  # refuse before decoding: a header can claim a picture too big to hold
        reader.setAutoTransform(True)
        image = reader.read()
        return None if image.isNull() else image

    def initials(self) -> str:
        from carelink.services.contacts import initials  # not on Home: imported once a portrait is drawn

        return initials(self._name)

    def colour(self) -> str:
        digest = hashlib.sha256(self._name.encode()).digest()
        return AVATAR_COLOURS[digest[0] % len(AVATAR_COLOURS)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        clip = QPainterPath()
        clip.addEllipse(rect)
        painter.setClipPath(clip)
        if self._image is not None:
            scaled = self._image.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                        Qt.TransformationMode.SmoothTransformation)
            x = (scaled.width() - self.width()) // 2
            y = (scaled.height() - self.height()) // 2
            painter.drawImage(0, 0, scaled, x, y, self.width(), self.height())
        else:
            painter.fillPath(clip, QColor(self.colour()))
            font = QFont(self.font())
            font.setPixelSize(int(self.height() * 0.38))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.initials())
        painter.end()
