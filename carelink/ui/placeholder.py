"""A screen that a later release fills: its title, a plain sentence of what will be there, and Home."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from carelink.services.settings import SettingsService
from carelink.ui.widgets import Screen, label, tr


class PlaceholderScreen(Screen):
    """Title, a few sentences in large type (worked out each time the screen opens), and Home."""

    def __init__(self, title: str, name: str, sentences: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, name, parent=parent)
        self._sentences = sentences
        self._labels = [label(role="big") for _ in sentences()]
        for index, text in enumerate(self._labels):
            text.setObjectName(f"{name}_sentence_{index}")
            self.body_layout.addWidget(text)
        self.body_layout.addStretch(1)
        self.entered()

    def entered(self) -> None:
        for text, sentence in zip(self._labels, self._sentences(), strict=True):
            text.setText(sentence)


def placeholder_screens(settings: SettingsService) -> list[PlaceholderScreen]:
    return [
        PlaceholderScreen(tr("Learn"), "tutorial", lambda: [
            tr("Here you will practise using CareLink step by step, with a pretend family."),
            tr("Nothing you do while practising reaches a real person.")]),
    ]
