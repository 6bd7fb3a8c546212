"""The bundled Atkinson Hyperlegible draws the ordinary letters, plain and bold, in the window and so in
`carelink screenshot` pictures (a latin-ext subset registered as the same font once left plain text in DejaVu Sans)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontInfo, QRawFont

from carelink.ui.main_window import MainWindow
from carelink.ui.theme import FONT_FAMILY


@pytest.mark.parametrize("weight", [QFont.Weight.Normal, QFont.Weight.Bold])
def test_the_bundled_font_has_the_ordinary_letters(window: MainWindow, weight: QFont.Weight) -> None:
    font = QFont(FONT_FAMILY)
    font.setWeight(weight)
    raw = QRawFont.fromFont(font)
    assert raw.familyName() == FONT_FAMILY
    assert all(raw.supportsCharacter(ord(char)) for char in "Read aloud — everything is up to date")


def test_the_status_line_and_read_aloud_are_in_the_bundled_font(window: MainWindow) -> None:
    for widget in (window.home.status_label, window.home.read_aloud.text_label()):
        font = widget.font()
        assert QFontInfo(font).family() == FONT_FAMILY
        assert QRawFont.fromFont(font).supportsCharacter(ord("a"))
