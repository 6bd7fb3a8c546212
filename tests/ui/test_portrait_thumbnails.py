"""Small pictures are drawn from the 320-px thumbnail made with each display copy (a portrait on a card, in the
calls grid, on the call screens), the display copy only when the thumbnail has too few pixels.

To see which file was read, each is painted over in a plain colour of its own: the display copy blue, the
thumbnail green (each keeping its size)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.services.photo_files import thumbnail_of
from carelink.ui.wall.loading import AVATAR_PX, read_image
from carelink.ui.widgets_portrait import Avatar
from tests.helpers import make_household
from tests.helpers.photos import photo

BLUE, GREEN = (0, 0, 220), (0, 220, 0)


@pytest.fixture
def family(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path / "home")
    yield home
    home.close()


def sarah_painted(family: Household, tmp_path: Path) -> Path:
    """Sarah's photo (a 4:3 phone photo: a 1600x1200 display copy, painted blue) and its thumbnail (320x240,
    painted green)."""
    taken = tmp_path / "sarah.jpg"
    taken.write_bytes(photo("jpeg", 4032, 3024, orientation=1))
    display = family.contacts.add("Sarah", "sarah@example.org", photo=taken).photo
    assert display is not None
    small = thumbnail_of(display)
    assert small is not None
    with Image.open(small) as thumbnail:
        size = thumbnail.size
    assert size == (320, 240)
    Image.new("RGB", size, GREEN).save(small, "JPEG", quality=95)
    Image.new("RGB", (1600, 1200), BLUE).save(display, "JPEG", quality=95)
    return display


def green(colour: QColor) -> bool:
    """Green as the thumbnail was painted (blue is the display copy)."""
    assert max(colour.green(), colour.blue()) > 180 and colour.red() < 60, "one of the two files"
    return colour.green() > colour.blue()


def test_a_card_s_portrait_is_read_from_the_thumbnail(family: Household, tmp_path: Path) -> None:
    display = sarah_painted(family, tmp_path)
    portrait = read_image(display, AVATAR_PX)
    assert portrait is not None and max(portrait.width(), portrait.height()) == AVATAR_PX
    assert green(portrait.pixelColor(portrait.width() // 2, portrait.height() // 2))
    big = read_image(display, 1600)
    assert big is not None and big.width() == 1600
    assert not green(big.pixelColor(big.width() // 2, big.height() // 2)), "a photo on a card: the display copy"


@pytest.mark.parametrize(("size", "from_thumbnail"), [(96, True), (220, True), (300, False)])
def test_a_portrait_is_drawn_from_the_thumbnail_when_it_has_the_pixels(
        qtbot: QtBot, family: Household, tmp_path: Path, size: int, from_thumbnail: bool) -> None:
    display = sarah_painted(family, tmp_path)
    avatar = Avatar("Sarah", display, size)
    qtbot.addWidget(avatar)
    picture = avatar.grab().toImage()
    centre = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert green(centre) == from_thumbnail, "the thumbnail's 240 px across fill a portrait up to 240 px"
