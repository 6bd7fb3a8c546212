"""Big pictured choices in a grid: three across when the words are small, two when they are large."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QSizePolicy, QWidget

from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton

EMS_PER_COLUMN = 11  # about "Something at home" on one line


class PicturedChoice(BigButton):
    """A big button with a picture: above its words when there is room for three across, beside them when the
    words are large (two across), so that all six still fit the screen."""

    def __init__(self, text: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(text, icon_name, vertical=True, parent=parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # The words take the whole width left to them (centred within it), so they wrap only when they must.
        self._box().setAlignment(self.text_label(), Qt.AlignmentFlag(0))

    def _box(self) -> QBoxLayout:
        box = self.layout()
        assert isinstance(box, QBoxLayout)
        return box

    def set_beside(self, beside: bool) -> None:
        self.set_icon_beside(beside)


class ChoiceGrid(QWidget):
    """(value, words, icon name) choices as big buttons, icon above words. Emits `chosen(value)` on a tap."""

    chosen = Signal(str)

    def __init__(self, name: str, options: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(GAP_PX * 2)
        self._grid.setVerticalSpacing(GAP_PX)
        self.buttons: dict[str, PicturedChoice] = {}
        for value, words, icon_name in options:
            button = PicturedChoice(words, icon_name)
            button.setObjectName(f"{name}_{value}")
            button.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
            self.buttons[value] = button
        self._columns = 0
        self._place(3)

    def columns(self) -> int:
        return self._columns

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons.values():
            self._grid.removeWidget(button)
        for index, button in enumerate(self.buttons.values()):
            button.set_beside(columns < 3)
            self._grid.addWidget(button, index // columns, index % columns)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        # Tab follows reading order: along each row, then down.
        buttons = list(self.buttons.values())
        for first, second in itertools.pairwise(buttons):
            QWidget.setTabOrder(first, second)

    def fit(self, width: int) -> None:
        """Three columns if each would be wide enough for about eleven letters of the current text size."""
        em = self.fontMetrics().horizontalAdvance("M")
        needed = 3 * EMS_PER_COLUMN * em + 2 * self._grid.horizontalSpacing()
        self._place(3 if width >= needed else 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit(self.width())
