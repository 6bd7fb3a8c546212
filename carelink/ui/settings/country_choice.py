"""Which country the person lives in, and which language CareLink speaks, as big choices (never a dropdown), for
first-run setup and Settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QWidget

from carelink.services.locales import COUNTRY_CHOICES, LANGUAGES
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, tr
from carelink.ui.widgets_choice import check_only, one_of_many

OTHER = "other"
COLUMNS = 4


def country_names() -> dict[str, str]:
    names = {"GB": tr("United Kingdom"), "IE": tr("Ireland"), "US": tr("United States"), "CA": tr("Canada"),
             "AU": tr("Australia"), "NZ": tr("New Zealand"), "FR": tr("France"), "ES": tr("Spain"),
             "DE": tr("Germany")}
    return {**{code: names[code] for code in COUNTRY_CHOICES}, OTHER: tr("Elsewhere")}


def language_names() -> dict[str, str]:
    """Each language by its own name ("Cymraeg", "Deutsch"): how a reader of it looks for it, so never
    translated."""
    return dict(LANGUAGES)


class BigChoices(QGroupBox):
    """Big one-of-many buttons, `columns` to a row; one is chosen (with a tick: not colour alone). Emits
    `chosen(code)` when one is picked."""

    chosen = Signal(str)

    def __init__(self, name: str, names: Callable[[], dict[str, str]], group_name: str, columns: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names, self._columns = names, columns
        self.setFlat(True)
        self.setObjectName(f"{name}_choices")
        self.setAccessibleName(group_name)
        self.setStyleSheet("QGroupBox { border: none; margin: 0; padding: 0; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(GAP_PX)
        self.buttons: dict[str, BigButton] = {}
        for index, (code, words) in enumerate(names().items()):
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

    def _known(self, code: str) -> str:
        return code

    def select(self, code: str) -> None:
        """Choose `code` ("" chooses nothing)."""
        code = self._known(code)
        check_only(self.buttons, code)
        names = self._names()
        for key, button in self.buttons.items():
            button.setText(f"✓ {names[key]}" if key == code else names[key])
            button.setAccessibleName(names[key])

    def value(self) -> str:
        """The chosen code, or "" when none is chosen."""
        return next((code for code, button in self.buttons.items() if button.isChecked()), "")


class CountryChoice(BigChoices):
    """The offered countries and "Elsewhere" (`OTHER`, for another country)."""

    def __init__(self, name: str, columns: int = COLUMNS, parent: QWidget | None = None) -> None:
        super().__init__(name, country_names, tr("Country"), columns, parent)

    def _known(self, code: str) -> str:
        return OTHER if code and code not in self.buttons else code  # a country not offered is another country

    def offer(self, countries: tuple[str, ...], also: str = "") -> None:
        """Show only these countries (and `also`, one chosen before), in this order, then Elsewhere."""
        shown = [code for code in countries if code in self.buttons]
        if also in self.buttons and also not in shown and also != OTHER:
            shown.append(also)
        shown.append(OTHER)
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        for code, button in self.buttons.items():
            grid.removeWidget(button)
            button.setVisible(code in shown)
        for index, code in enumerate(shown):
            grid.addWidget(self.buttons[code], index // self._columns, index % self._columns)


class LanguageChoice(BigChoices):
    """The languages CareLink is written in, each by its own name."""

    def __init__(self, name: str, columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(name, language_names, tr("Language"), columns, parent)
