"""Choosing one of a few: big checkable buttons of which one is chosen (the older adult's screens never use
dropdowns)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QHBoxLayout, QWidget

from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton


def one_of_many(buttons: Iterable[QAbstractButton]) -> None:
    """Checkable buttons of which one is chosen: a screen reader calls each a radio button ("150%, selected"),
    not a check box (Qt's role for a checkable button that is auto-exclusive), and the arrow keys move the choice."""
    for button in buttons:
        button.setCheckable(True)
        button.setAutoExclusive(True)


def check_only(buttons: dict[str, QAbstractButton] | dict[str, BigButton], chosen: str) -> None:
    """Checks the button for `chosen` and unchecks the others (all of them when `chosen` is none of them, which an
    auto-exclusive group would refuse). Call it whenever the choice changes, clicks included."""
    for key, button in buttons.items():
        button.setAutoExclusive(False)
        button.setChecked(key == chosen)
        button.setAutoExclusive(True)


class ChoiceRow(QGroupBox):
    """A row of big buttons of which exactly one is chosen: the older adult's screens never use dropdowns.

    Holds (value, words) pairs; emits `chosen(value)` when the person picks one. A screen reader hears a group
    called `group` ("Text size") of radio buttons named by their words ("150%, selected"); the tick shown on the
    chosen one is not read out as "check mark".
    """

    chosen = Signal(str)

    def __init__(self, name: str, options: list[tuple[str, str]], group: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setObjectName(f"{name}_choices")
        self.setStyleSheet("QGroupBox { border: none; margin: 0; padding: 0; }")
        if group:
            self.setAccessibleName(group)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(GAP_PX)
        self.buttons: dict[str, BigButton] = {}
        for value, words in options:
            button = BigButton(words)
            button.setObjectName(f"{name}_{value}")
            button.clicked.connect(lambda _=False, v=value: self._pick(v))
            row.addWidget(button)
            self.buttons[value] = button
        one_of_many(self.buttons.values())
        row.addStretch(1)

    def _pick(self, value: str) -> None:
        self.select(value)
        self.chosen.emit(value)

    def select(self, value: str) -> None:
        check_only(self.buttons, value)
        for key, button in self.buttons.items():
            words = button.text().removeprefix("✓ ")
            button.setText(f"✓ {words}" if key == value else words)  # not colour alone: a tick marks the choice
            button.setAccessibleName(words.replace("\n", " "))  # the state says "selected"; no "check mark"
