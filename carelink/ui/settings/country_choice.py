"""Which country the person lives in, as big choices (never a dropdown), for first-run setup and Settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QWidget

from carelink.services.locales import COUNTRY_CHOICES
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, check_only, one_of_many, tr

OTHER = "other"
COLUMNS = 4


def country_names() -> dict[str, str]:
    names = {"GB": tr("United Kingdom"), "IE": tr("Ireland"), "US": tr("United States"), "CA": tr("Canada"),
             "AU": tr("Australia"), "NZ": tr("New Zealand")}
    return {**{code: names[code] for code in COUNTRY_CHOICES}, OTHER: tr("Elsewhere")}


class CountryChoice(QGroupBox):
    """The offered countries and "Elsewhere", four to a row; one is chosen. Emits `chosen(code)` (`OTHER`
    for another country) when the family picks one."""

    chosen = Signal(str)

    def __init__(self, name: str, columns: int = COLUMNS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setObjectName(f"{name}_choices")
        self.setAccessibleName(tr("Country"))
        self.setStyleSheet("QGroupBox { border: none; margin: 0; padding: 0; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(GAP_PX)
        self.buttons: dict[str, BigButton] = {}
        for index, (code, words) in enumerate(country_names().items()):
            button = BigButton(words)
            button.set_icon_beside(True)  # (no icon) the narrower margins: four across fit at 200% on 1280×800
            button.setObjectName(f"{name}_{code}")
            button.clicked.connect(lambda _=False, c=code: self._pick(c))
            grid.addWidget(button, index // columns, index % columns)
            self.buttons[code] = button
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        one_of_many(self.buttons.values())

    def _pick(self, code: str) -> None:
        self.select(code)
        self.chosen.emit(code)

    def select(self, code: str) -> None:
        """Choose `code` (a country not offered counts as another country; "" chooses nothing)."""
        if code and code not in self.buttons:
            code = OTHER
        check_only(self.buttons, code)
        names = country_names()
        for key, button in self.buttons.items():  # not colour alone: a tick marks the choice
            button.setText(f"✓ {names[key]}" if key == code else names[key])
            button.setAccessibleName(names[key])

    def value(self) -> str:
        """The chosen country's code, OTHER, or "" when none is chosen."""
        return next((code for code, button in self.buttons.items() if button.isChecked()), "")
