"""Photos and emoji on the wall's card, as families send them: an iPhone's sideways HEIC shown upright, photos that
could not be shown counted in one plain line (on the card and in Read aloud), 25 photos on one card decoded smaller
so that memory stays bounded, and emoji drawn in colour from the bundled Noto Color Emoji, never as boxes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from carelink.channels.email.mime import parse_message
from carelink.household import Household
from carelink.speech import SilentSpeaker
from carelink.ui.main_window import MainWindow
from carelink.ui.wall.loading import CardData, card_photo_longest, with_photos
from carelink.ui.wall.wall_screen import WallScreen
from tests.helpers import FIXED_NOW
from tests.helpers.photos import photo, photo_mail
from tests.ui.conftest import WindowFactory
from tests.ui.test_responsiveness import SLOW_S
from tests.unit.test_pictures import png_claiming

HEART_WORDS = "Happy birthday Mum ❤️🎂 love from all of us 👨‍👩‍👧‍👦"


def add(household: Household, words: str, photos: list[tuple[str, bytes]]) -> int:
    sarah = household.contacts.find_by_email("sarah@example.org")
    assert sarah is not None
    wall_id = household.wall.add_mail(parse_message(photo_mail(sarah.email, words, photos), FIXED_NOW), sarah.id,
                                      sarah.email, FIXED_NOW)
    assert wall_id is not None
    return wall_id


def open_card(qtbot: QtBot, window: MainWindow, wall_id: int) -> WallScreen:
    window.open_screen("wall")
    wall = window.wall
    qtbot.waitUntil(lambda: wall.current_id() == wall_id and wall.current_card() is not None
                    and not window.runner.busy)
    return wall


def not_shown_line(wall: WallScreen) -> str:
    lines = [w for w in wall.card.findChildren(QLabel, "wall_photos_not_shown") if w.isVisible()]
    return lines[0].text() if len(lines) == 1 else f"{len(lines)} lines"


def red_pixels(image: QImage) -> int:
    """Pixels of a strong red (the heart and the cake's candles in colour; black or grey in a text font)."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            count += colour.red() > 180 and colour.green() < 90 and colour.blue() < 90
    return count


def test_an_iphone_heic_shows_upright_and_a_bomb_beside_it_is_counted_in_words(
        qtbot: QtBot, window: MainWindow, household: Household, speaker: SilentSpeaker, tmp_path: Path) -> None:
    wall_id = add(household, HEART_WORDS, [("IMG_4032.HEIC", photo("heic")), ("bomb.png", png_claiming(60000, 60000))])
    wall = open_card(qtbot, window, wall_id)
    [button] = wall.card.photo_buttons
    assert button.image.height() > button.image.width(), "turned upright: the phone was held upright"
    assert button.accessibleName() == "Photo from Sarah Jones. Tap to see it large."
    assert not_shown_line(wall) == "1 of the 2 photos could not be shown."
    wall.read_aloud()
    assert speaker.spoken[-1].endswith("There is a photo with this message. 1 of the 2 photos could not be shown.")
    window.grab().save(str(tmp_path / "heic-card.png"))


def test_emoji_are_drawn_in_colour_not_as_boxes(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    wall_id = add(household, HEART_WORDS, [])
    wall = open_card(qtbot, window, wall_id)
    assert wall.card.text.text() == HEART_WORDS, "the family of four stays one emoji (its joiners kept)"
    words = wall.card.text.grab().toImage()
    assert red_pixels(words) > 50, "a red heart and a cake with candles, drawn from the colour emoji font"


def test_twenty_five_photos_all_show_and_are_decoded_smaller(qtbot: QtBot, window: MainWindow,
                                                             household: Household) -> None:
    party = [(f"IMG_{n:04}.JPG", photo("jpeg", 1600, 1200, orientation=1)) for n in range(25)]
    wall = open_card(qtbot, window, add(household, "The party", party))
    assert len(wall.card.photo_buttons) == 25
    assert not_shown_line(wall) == "0 lines"
    longest = card_photo_longest(25)
    assert 640 <= longest < 1600
    assert all(max(b.image.width(), b.image.height()) <= longest for b in wall.card.photo_buttons)


@pytest.mark.parametrize(("bombs", "line"), [
    (1, "A photo came with this message but could not be shown."),
    (2, "2 photos came with this message but could not be shown."),
])
def test_when_no_photo_could_be_shown_the_card_still_says_they_came(
        qtbot: QtBot, make_window: WindowFactory, household: Household, bombs: int, line: str) -> None:
    wall_id = add(household, "Look at these", [(f"bomb{n}.png", png_claiming(60000, 60000)) for n in range(bombs)])
    wall = open_card(qtbot, make_window(), wall_id)
    assert wall.card.photo_buttons == []
    assert not_shown_line(wall) == line


def test_a_photo_card_shows_its_words_at_once_and_the_photo_in_its_place_when_decoded(
        qtbot: QtBot, window: MainWindow, household: Household, monkeypatch: pytest.MonkeyPatch) -> None:
    """Decoding the photo is made slow on purpose (a slow old PC): the card's words are on show before it is
    decoded, with a plain stand-in of the photo's own shape, which the photo then takes without anything moving."""
    wall_id = add(household, "A photo of the garden", [("garden.jpg", photo("jpeg", 1600, 1200, orientation=1))])
    decoded: list[int] = []

    def slow_photos(card: CardData) -> CardData:
        time.sleep(SLOW_S)
        decoded.append(card.message.id)
        return with_photos(card)

    monkeypatch.setattr("carelink.ui.wall.card_loader.with_photos", slow_photos)
    window.open_screen("wall")
    wall = window.wall
    qtbot.waitUntil(lambda: wall.current_card() is not None and wall.card.text.text() == "A photo of the garden")
    card = wall.current_card()
    assert card is not None and card.photos_pending and not decoded, "the words came before the photo"
    [button] = wall.card.photo_buttons
    stand_in, shown_at = button.image, button.iconSize()
    assert stand_in.width() * 3 == stand_in.height() * 4, "the stand-in has the photo's shape"
    qtbot.waitUntil(lambda: wall_id in decoded and not window.runner.busy, timeout=30_000)  # and its neighbours
    [button] = wall.card.photo_buttons
    assert (button.image.width(), button.image.height()) == (1600, 1200) and button.iconSize() == shown_at
    card = wall.current_card()
    assert card is not None and not card.photos_pending and card.photos[0] is button.image
