"""The one list of controls a lesson may ring is true to CareLink's screens: every name in it is a control's object
name in the screens' source (spelt out, or made from a template like tile_{kind}), and every bundled lesson names
only controls on it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import carelink
from carelink.services.tutorial.control_names import CONTROLS, MADE, NAMED, SCREENS, nearest_control
from carelink.services.tutorial.lessons import lessons_dir

pytestmark = pytest.mark.noqt

PACKAGE = Path(carelink.__file__).parent
UI_SOURCE = "\n".join(path.read_text(encoding="utf-8") for path in sorted((PACKAGE / "ui").rglob("*.py")))
ALL_SOURCE = "\n".join(path.read_text(encoding="utf-8") for path in sorted(PACKAGE.rglob("*.py")))


def _quoted(name: str, source: str) -> bool:
    return re.search(rf"""["']{re.escape(name)}["']""", source) is not None


@pytest.mark.parametrize("name", sorted(NAMED))
def test_every_named_control_is_an_object_name_in_the_screens_source(name: str) -> None:
    assert _quoted(name, UI_SOURCE), f"no screen names a control '{name}'"


@pytest.mark.parametrize(("stem", "ends"), MADE, ids=[stem for stem, _ in MADE])
def test_every_made_name_comes_from_a_template_and_real_values(stem: str, ends: tuple[str, ...]) -> None:
    templated = f'f"{stem}_{{' in UI_SOURCE or ('f"{name}_{' in UI_SOURCE and _quoted(stem, UI_SOURCE))
    assert templated, f"no screen makes names like {stem}_..."
    for end in ends:
        assert end.isdigit() or _quoted(end, ALL_SOURCE), f"{stem}_{end}: '{end}' is not a value CareLink uses"


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_screen_is_named_in_the_source(screen: str) -> None:
    assert _quoted(screen, UI_SOURCE)


def test_every_bundled_lesson_names_controls_on_the_list() -> None:
    named = {name for path in lessons_dir().glob("*.toml")
             for name in re.findall(r'^control = "([^"]+)"', path.read_text(encoding="utf-8"), re.MULTILINE)}
    assert named and named <= CONTROLS, sorted(named - CONTROLS)


def test_a_slip_finds_the_real_name() -> None:
    assert nearest_control("tile_mesages") == "tile_messages"
    assert nearest_control("wall_sned") == "wall_send"
    assert nearest_control("zzzzzzzz") is None
