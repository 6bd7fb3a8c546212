"""The pretend family's drawn portraits: what is committed in assets/portraits is what carelink/demo/portraits.py
draws (drawn again here and compared pixel by pixel), each person looks different, and the demo family wears them."""

from __future__ import annotations

import io
from pathlib import Path
from typing import cast

import pytest
from PIL import Image, ImageChops

from carelink.demo.household import FAMILY
from carelink.demo.portraits import LOOKS, SIZE, draw_portrait, portrait_for, portraits_dir, write_portraits
from tests.helpers import make_household

pytestmark = pytest.mark.noqt


def worst_difference(one: Image.Image, other: Image.Image) -> float:
    """The largest difference of any colour of any pixel (0 to 255)."""
    extrema = cast(tuple[tuple[float, float], ...], ImageChops.difference(one, other).getextrema())
    return max(high for _low, high in extrema)


@pytest.mark.parametrize("key", sorted(LOOKS))
def test_the_committed_portrait_is_what_the_code_draws(key: str) -> None:
    with Image.open(portraits_dir() / f"{key}.png") as stored:
        committed = stored.convert("RGB")
    drawn = draw_portrait(key)
    assert committed.size == drawn.size == (SIZE, SIZE)
    assert worst_difference(committed, drawn) <= 8, \
        f"assets/portraits/{key}.png is out of date: run python -m carelink.demo.portraits"


def test_every_person_of_the_pretend_family_has_a_portrait_of_their_own(tmp_path: Path) -> None:
    written = write_portraits(tmp_path)
    assert {path.name for path in written} == {f"{email.partition('@')[0]}.png" for _n, email, _r in FAMILY}
    pictures = [Image.open(io.BytesIO(path.read_bytes())).convert("RGB") for path in written]
    for index, one in enumerate(pictures):
        assert one.getcolors(maxcolors=SIZE * SIZE) is not None and len(one.getcolors(SIZE * SIZE) or []) > 50  # drawn
        for other in pictures[index + 1:]:
            assert worst_difference(one, other) > 100
    assert all(portrait_for(email) is not None for _name, email, _role in FAMILY)
    assert portrait_for("stranger@example.net") is None


def test_the_demo_family_wear_their_portraits(tmp_path: Path) -> None:
    household = make_household(tmp_path, demo=True)
    try:
        contacts = household.contacts.list()
        assert len(contacts) == len(FAMILY)
        for contact in contacts:
            assert contact.photo is not None and contact.photo.is_file()
            with Image.open(contact.photo) as photo:
                assert photo.size == (SIZE, SIZE)
    finally:
        household.close()
