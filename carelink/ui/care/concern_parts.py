"""The pieces of the concern steps: the emergency line, the chosen problem with its picture, and the two answers
to "Would you like a call?" that stay the same size whichever is chosen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from carelink.ui.access import DecorativePicture
from carelink.ui.assets import icon
from carelink.ui.theme import GAP_PX, Palette
from carelink.ui.widgets import BigButton, label
from carelink.ui.widgets_choice import check_only, one_of_many


class EmergencyLine(QFrame):
    """"If you are in danger now, call 999." in a card, on every step: one line of bold body text where it fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 6, 16, 6)
        self.text = label(role="error")
        self.text.setObjectName("concern_emergency")
        column.addWidget(self.text)


class ChosenProblem(QWidget):
    """What the person chose on the first step, with its picture, shown on the later steps."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(GAP_PX)
        self.picture = DecorativePicture()
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        self.words = label(role="big")
        self.words.setObjectName(name)
        row.addWidget(self.words, 1)

    def show_problem(self, words: str, icon_name: str, colour: str) -> None:
        self.words.setText(words)
        self.ensurePolished()
        self.words.ensurePolished()
        size = round(self.words.fontMetrics().height() * 1.2)  # the picture grows with the words
        self.picture.setPixmap(icon(icon_name, colour, size).pixmap(size, size))


class ChoiceMark(QWidget):
    """A ring, with a tick inside when chosen: how a chosen answer is marked without its words changing size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour, self._chosen = "#FFFFFF", False

    def set_state(self, chosen: bool, colour: str) -> None:
        self._chosen, self._colour = chosen, colour
        self.update()

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height()
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(self._colour), max(3.0, side / 10))
        painter.setPen(pen)
        ring = QRectF(pen.widthF(), pen.widthF(), side - 2 * pen.widthF(), side - 2 * pen.widthF())
        ring.moveCenter(QPointF(self.width() / 2, self.height() / 2))
        painter.drawEllipse(ring)
        if self._chosen:
            left, top, w, h = ring.left(), ring.top(), ring.width(), ring.height()
            painter.drawPolyline([QPointF(left + w * 0.25, top + h * 0.52), QPointF(left + w * 0.43, top + h * 0.7),
                                  QPointF(left + w * 0.75, top + h * 0.32)])
        painter.end()


class AnswerButton(BigButton):
    """One of two answers: a mark (ring or tick) before words that are bold whether chosen or not, so choosing
    never changes its size. The arrow keys only move the focus: choosing is a deliberate press."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent=parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.mark = ChoiceMark()
        self._layout.insertWidget(1, self.mark, 0, Qt.AlignmentFlag.AlignVCenter)
        self.text_label().setStyleSheet("font-weight: bold;")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        forward = {Qt.Key.Key_Right: True, Qt.Key.Key_Down: True, Qt.Key.Key_Left: False, Qt.Key.Key_Up: False}
        if event.key() in forward:
            window = self.window()
            window.focusNextPrevChild(forward[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)


class AnswerPair(QGroupBox):
    """Two equal answers side by side, each half the width. Emits `chosen(value)` when one is pressed."""

    chosen = Signal(str)

    def __init__(self, name: str, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setObjectName(f"{name}_choices")
        self.setStyleSheet("QGroupBox { border: none; margin: 0; padding: 0; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(GAP_PX * 2)
        self.buttons: dict[str, BigButton] = {}
        self.marks: dict[str, ChoiceMark] = {}
        for column, (value, words) in enumerate(options):
            button = AnswerButton(words)
            button.setObjectName(f"{name}_{value}")
            button.clicked.connect(lambda _=False, v=value: self._pick(v))
            grid.addWidget(button, 0, column)
            grid.setColumnStretch(column, 1)
            self.buttons[value] = button
            self.marks[value] = button.mark
        one_of_many(self.buttons.values())
        self._palette: Palette | None = None

    def _pick(self, value: str) -> None:
        self.select(value)
        self.chosen.emit(value)

    def value(self) -> str:
        return next((key for key, button in self.buttons.items() if button.isChecked()), "")

    def select(self, value: str) -> None:
        check_only(self.buttons, value)
        self._mark()

    def use_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._mark()

    def _mark(self) -> None:
        if self._palette is None:
            return
        for value, button in self.buttons.items():
            chosen = button.isChecked()
            self.marks[value].set_state(chosen, self._palette.card_text if chosen else self._palette.button_text)
