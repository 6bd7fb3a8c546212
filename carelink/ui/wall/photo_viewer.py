"""A photo as large as the screen allows. Tapping it, the big Close button or Escape closes it again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from carelink.ui.theme import GAP_PX, MIN_TARGET_PX
from carelink.ui.widgets import BigButton, label, tr

FOCUS_PEN_PX = 6


class FullPhoto(QAbstractButton):
    """The photo itself, scaled to fit and centred; a button, so a tap (or Enter, or Space) closes the view."""

    def __init__(self, focus_colour: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._focus_colour = focus_colour
        self._image = QImage()
        self._scaled: QPixmap | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._scaled = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_TARGET_PX * 2, MIN_TARGET_PX * 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scaled = None
        super().resizeEvent(event)

    def _picture(self) -> QPixmap | None:
        if self._image.isNull():
            return None
        if self._scaled is None:
            room = self.rect().adjusted(FOCUS_PEN_PX * 2, FOCUS_PEN_PX * 2, -FOCUS_PEN_PX * 2, -FOCUS_PEN_PX * 2)
            ratio = self.devicePixelRatioF()
            scaled = self._image.scaled(room.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation)
            self._scaled = QPixmap.fromImage(scaled)
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        picture = self._picture()
        if picture is not None:
            size = picture.deviceIndependentSize().toSize()
            box = QRect(0, 0, size.width(), size.height())
            box.moveCenter(self.rect().center())
            painter.drawPixmap(box.topLeft(), picture)
        if self.hasFocus():
            pen = QPen(QColor(self._focus_colour()))
            pen.setWidth(FOCUS_PEN_PX)
            painter.setPen(pen)
            half = FOCUS_PEN_PX // 2
            painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()


class PhotoViewer(QWidget):
    """A caption, a big Close button and the photo filling the rest. Emits `closed()`."""

    closed = Signal()

    def __init__(self, focus_colour: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall_photo_viewer")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GAP_PX)
        header = QHBoxLayout()
        header.setSpacing(GAP_PX)
        self.caption = label(role="title")
        self.caption.setObjectName("wall_photo_caption")
        header.addWidget(self.caption, 1)
        self.close_button = BigButton(tr("Close"))
        self.close_button.setObjectName("wall_photo_close")
        self.close_button.setAccessibleName(tr("Close the photo"))
        self.close_button.clicked.connect(self.closed)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(header)
        self.photo = FullPhoto(focus_colour)
        self.photo.setObjectName("wall_photo_full")
        self.photo.clicked.connect(self.closed)
        column.addWidget(self.photo, 1)

    def show_photo(self, image: QImage, sender_name: str) -> None:
        self.caption.setText(tr("Photo from {name}").format(name=sender_name))
        self.photo.set_image(image)
        self.photo.setAccessibleName(tr("Photo from {name}. Tap to close it.").format(name=sender_name))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            event.accept()
        else:
            super().keyPressEvent(event)
