"""`carelink screenshot SCREEN --out FILE.png`: a picture of a screen, made without showing a window.

Home is drawn the way the window first paints it: from a read-only glance at the database (storage/glance.py),
before SQLAlchemy, the models or the services are imported, whenever that glance is all Home would show (no care
line to add). Any other screen, or a Home with a care line, is drawn from the household's services.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from carelink.translation import sentence

if TYPE_CHECKING:
    from carelink.household import Household
    from carelink.paths import HouseholdPaths
    from carelink.services.first_look import FirstLook

SCREENS = ("home", "wall", "calls", "concern", "checkin", "settings", "learn", "tutorial", "camera-check")
DEFAULT_SIZE = (1280, 800)


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or not (200 <= int(width) <= 8000) \
            or not (200 <= int(height) <= 8000):
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800")
    return int(width), int(height)


def add_screenshot_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    shot = commands.add_parser("screenshot", help=sentence("save a picture of a screen"))
    shot.add_argument("screen", choices=SCREENS)
    shot.add_argument("--out", required=True, type=Path)
    shot.add_argument("--size", type=_size, default=DEFAULT_SIZE, help=sentence("width x height, like 1280x800"))
    shot.add_argument("--text-size", type=int, choices=(100, 125, 150, 200),
                      help=sentence("render at this text size without changing the setting"))


def quiet_home(args: argparse.Namespace, paths: HouseholdPaths) -> FirstLook | None:
    """Home's first look when `screenshot home` can be drawn from it alone (a household set up, as it is stored
    now, with no care line on Home), else None: the household is then opened the usual way."""
    from carelink.services.first_look import first_look
    from carelink.storage.glance import home_is_quiet

    if args.command != "screenshot" or args.screen != "home":
        return None
    look = first_look(paths.database, args.demo)
    if look is None or not look.person_name or not home_is_quiet(paths.database, datetime.now(UTC)):
        return None  # (a demo household not seeded yet has no name: it is seeded first)
    return look


def screenshot(args: argparse.Namespace, household: Household | FirstLook) -> int:
    from carelink.ui.pictures import take_screenshot

    print(take_screenshot(household, args.screen, args.out, args.size, args.text_size))
    return 0
