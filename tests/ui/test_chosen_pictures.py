"""A chosen pictured choice (Report a concern's "What is wrong?") shows its picture the way it shows its words: in
high contrast white like the chosen words, never the yellow of the choices not chosen; in the usual colours dark on
the light chosen button (it was drawn white on white, so the picture vanished). Looked at as drawn on screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.access import DecorativePicture
from carelink.ui.theme import HIGH_CONTRAST, STANDARD, Palette
from carelink.ui.widgets import BigButton
from tests.ui.conftest import WindowFactory


def _picture_colours(button: BigButton, palette: Palette) -> tuple[int, int]:
    """(pixels in the chosen words' colour, pixels in the usual button words' colour) where the picture is drawn."""
    picture = button.findChild(DecorativePicture)
    assert picture is not None and picture.isVisible()
    image = button.grab().toImage()
    chosen, usual = QColor(palette.card_text), QColor(palette.button_text)
    counts = [0, 0]
    area = picture.geometry()
    for x in range(area.left(), area.right() + 1):
        for y in range(area.top(), area.bottom() + 1):
            seen = image.pixelColor(x, y)
            for index, colour in enumerate((chosen, usual)):
                if max(abs(seen.red() - colour.red()), abs(seen.green() - colour.green()),
                       abs(seen.blue() - colour.blue())) < 24:
                    counts[index] += 1
    return counts[0], counts[1]


@pytest.mark.parametrize("contrast", [True, False], ids=["high-contrast", "usual-colours"])
def test_a_chosen_choice_draws_its_picture_like_its_words(make_window: WindowFactory, qtbot: QtBot,
                                                          household: Household, contrast: bool) -> None:
    household.settings.set("display.high_contrast", "on" if contrast else "off")
    palette = HIGH_CONTRAST if contrast else STANDARD
    window = make_window()
    window.open_screen("concern")
    concern = window.concern
    concern.choices.buttons["unwell"].click()
    qtbot.waitUntil(lambda: concern.step() == "words")
    concern.show_step("choose")  # back to the choices: the one chosen is shown chosen
    chosen, other = concern.choices.buttons["unwell"], concern.choices.buttons["lonely"]
    qtbot.waitUntil(lambda: chosen.isChecked() and chosen.isVisible())
    in_chosen_words, in_usual_words = _picture_colours(chosen, palette)
    assert in_chosen_words > 20, "the chosen choice's picture is drawn in its words' colour"
    if contrast:
        assert in_usual_words == 0, "no yellow left on the chosen choice"
    assert _picture_colours(other, palette)[1] > 20, "the others keep their usual colour"

    concern.show_step("words")
    concern.show_step("choose")
    concern.choices.buttons["lonely"].click()  # another choice: the first is drawn as usual again
    concern.show_step("choose")
    qtbot.waitUntil(lambda: not chosen.isChecked())
    assert _picture_colours(chosen, palette)[1] > 20
