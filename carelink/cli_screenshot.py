"""`carelink screenshot SCREEN --out FILE.png`: a picture of a screen, made without showing a window.

Home is drawn the way the window first paints it: from a read-only glance at the database (storage/glance.py),
whenever that glance is all Home would show (no care line to add). `python -m carelink` tries that first, with a
parser of its own that knows only `screenshot` (so neither the other commands, nor SQLAlchemy, the models or the
services are imported); anything else it leaves to the whole command line (cli.py), which also says what is wrong
in plain words. Any other screen, or a Home with a care line, is drawn from the household's services.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

from carelink.paths import HouseholdPaths, household_paths, resolve_data_dir
from carelink.translation import sentence

if TYPE_CHECKING:
    from carelink.household import Household
    from carelink.services.first_look import FirstLook

log = logging.getLogger(__name__)

SCREENS = ("home", "wall", "calls", "concern", "checkin", "settings", "learn", "tutorial", "camera-check")
DEFAULT_SIZE = (1280, 800)


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or not (200 <= int(width) <= 8000) \
            or not (200 <= int(height) <= 8000):
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800")
    return int(width), int(height)


def add_screenshot_command(commands: argparse._SubParsersAction[argparse.ArgumentParser], **options: Any) -> None:
    shot = commands.add_parser("screenshot", help=sentence("save a picture of a screen"), **options)
    shot.add_argument("screen", choices=SCREENS)
    shot.add_argument("--out", required=True, type=Path)
    shot.add_argument("--size", type=_size, default=DEFAULT_SIZE, help=sentence("width x height, like 1280x800"))
    shot.add_argument("--text-size", type=int, choices=(100, 125, 150, 200),
                      help=sentence("render at this text size without changing the setting"))


class _NotForUsError(Exception):
    pass


class _FrontParser(argparse.ArgumentParser):
    """Knows `[--data-dir DIR] [--demo] screenshot …` only, and says nothing: what it does not know is the whole
    command line's to parse (and to explain)."""

    def error(self, message: str) -> NoReturn:
        raise _NotForUsError(message)


def _home_args(words: Sequence[str]) -> argparse.Namespace | None:
    front = _FrontParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    front.add_argument("--data-dir")
    front.add_argument("--demo", action="store_true")
    commands = cast("argparse._SubParsersAction[argparse.ArgumentParser]",
                    front.add_subparsers(dest="command", parser_class=_FrontParser))
    add_screenshot_command(commands, add_help=False, allow_abbrev=False, exit_on_error=False)
    try:
        args = front.parse_args(list(words))
    except (_NotForUsError, argparse.ArgumentError):
        return None
    return args if args.command == "screenshot" and args.screen == "home" else None


def quick_screenshot(words: Sequence[str]) -> int | None:
    """`screenshot home` drawn from Home's first look, when the words ask for that and the household allows it;
    None otherwise (and on any trouble: the whole command line then does it, or says what is wrong)."""
    args = _home_args(words)
    if args is None:
        return None
    try:
        paths = household_paths(resolve_data_dir(args.data_dir), args.demo)
        look = _quiet_home(args, paths)
    except Exception:  # (a data folder that cannot be used: the whole command line says so, in plain words)
        return None
    if look is None:
        return None
    from carelink.cli_log import start_logging

    old_umask = os.umask(0o077)  # what CareLink makes (its log, a picture) is for this user's eyes only
    try:
        start_logging(paths.log)
        return screenshot(args, look)
    except Exception:  # the usual way tries again, and says what is wrong in plain words
        log.warning("screenshot home from the first look did not work; the household is opened", exc_info=True)
        return None
    finally:
        os.umask(old_umask)


def _quiet_home(args: argparse.Namespace, paths: HouseholdPaths) -> FirstLook | None:
    """Home's first look when `screenshot home` can be drawn from it alone (a household set up, as it is stored
    now, with no care line on Home), else None: the household is then opened the usual way."""
    from carelink.services.first_look import first_look
    from carelink.storage.glance import home_is_quiet

    look = first_look(paths.database, args.demo)
    if look is None or not look.person_name or not home_is_quiet(paths.database, datetime.now(UTC)):
        return None  # (a demo household not seeded yet has no name: it is seeded first)
    return look


def screenshot(args: argparse.Namespace, household: Household | FirstLook) -> int:
    from carelink.ui.pictures import take_screenshot

    print(take_screenshot(household, args.screen, args.out, args.size, args.text_size))
    return 0
