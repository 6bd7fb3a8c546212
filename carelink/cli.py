"""The admin command line (DESIGN.md section 5). Thin: every command calls a service.

Exit codes: 0 success; 1 a user error, with one plain-English line on stderr; 2 bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from carelink import __version__
from carelink.app import build_household, run_gui, show_start_problem
from carelink.cli_care import CARE_COMMANDS, add_care_commands
from carelink.cli_log import start_logging
from carelink.cli_mail import MAIL_COMMANDS, add_mail_commands
from carelink.cli_photos import KEEP_ORIGINALS, keep_originals
from carelink.cli_pin import PIN_COMMANDS, add_pin_commands
from carelink.cli_screenshot import SCREENS as SCREENS
from carelink.cli_screenshot import add_screenshot_command, quick_screenshot, screenshot
from carelink.cli_tutorial import TUTORIAL_COMMANDS, add_tutorial_commands
from carelink.cli_words import SpeakingParser, language_before_parsing, speak
from carelink.errors import UserError
from carelink.household import Household
from carelink.paths import household_paths, resolve_data_dir
from carelink.services.first_look import first_look
from carelink.services.mail_words import say
from carelink.services.start_words import startup_notices
from carelink.storage.faults import storage_fault
from carelink.translation import Translate, Translations, english, sentence

# services/contacts.ROLES, written here so that building the parser loads no service (nor SQLAlchemy under it);
# tests/unit/test_cli.py checks they agree
ROLES = ("family", "carer")


def build_parser(words: Translate = english) -> argparse.ArgumentParser:
    """The whole command line, its help in the language `words` speaks."""
    parser = SpeakingParser(prog="carelink", description=sentence("CareLink: keep in touch with family."))
    parser.add_argument("--version", action="version", version=f"CareLink {__version__}")
    parser.add_argument("--data-dir", help=sentence("where the household's data lives (default: your user data folder; "
                                                    "or set CARELINK_DATA_DIR)"))
    parser.add_argument("--demo", action="store_true", help=sentence("use the demo household with a pretend family"))
    # (each command's parser is a SpeakingParser too, speaking the same language)
    commands = cast("argparse._SubParsersAction[argparse.ArgumentParser]",
                    parser.add_subparsers(dest="command", metavar="COMMAND"))

    gui = commands.add_parser("gui", help=sentence("start CareLink's window (the default)"))
    gui.add_argument("--fullscreen", action="store_true", help=sentence("fill the whole screen"))
    gui.add_argument("--tutorial", action="store_true", help=sentence("open the workshop tutorial"))

    contacts = commands.add_parser("contacts", help=sentence("add, list or remove contacts"))
    contact_commands = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    add = contact_commands.add_parser("add", help=sentence("add a contact"))
    add.add_argument("name")
    add.add_argument("--email", required=True)
    add.add_argument("--role", choices=ROLES, default="family")
    add.add_argument("--backup", action="store_true", help=sentence("this carer is the backup carer"))
    add.add_argument("--photo", type=Path, help=sentence("a JPEG, PNG or GIF picture of them"))
    add.add_argument("--call-url", help=sentence("their own video-call link (https://…) or phone number; "
                                        "without it, calls use a Jitsi Meet room made for them"))
    add.add_argument("--auto-answer", action="store_true", help=sentence("their calls answer by themselves after 10 s"))
    add.add_argument("--phone", help=sentence("their phone number (a carer's is shown when a concern cannot be sent)"))
    add.add_argument("--language", help=sentence("the language of the emails CareLink sends them, like cy or de "
                                                 "(default: the household's)"))
    listing = contact_commands.add_parser("list", help=sentence("list contacts"))
    listing.add_argument("--json", action="store_true")
    remove = contact_commands.add_parser("remove", help=sentence("remove a contact"))
    remove.add_argument("id", type=int)

    settings = commands.add_parser("settings", help=sentence("read or change a setting"))
    assert isinstance(settings, SpeakingParser)
    settings.epilog_later = lambda: _settings_epilog(words)  # the services' settings, loaded only for its help
    settings_commands = settings.add_subparsers(dest="settings_command", metavar="ACTION")
    get = settings_commands.add_parser("get", help=sentence("show a setting"))
    get.add_argument("key")
    put = settings_commands.add_parser("set", help=sentence("change a setting"))
    put.add_argument("key")
    put.add_argument("value")
    put.add_argument("--yes", action="store_true",
                     help=sentence("answer yes to its question (photos.keep_originals off: remove the originals "
                                   "kept so far)"))

    add_mail_commands(commands)
    add_care_commands(commands)
    add_tutorial_commands(commands)
    add_pin_commands(commands)

    add_screenshot_command(commands)
    speak(parser, words)
    return parser


def _settings_epilog(words: Translate) -> str:
    from carelink.services.settings import SPECS

    return say(words, "Settings: {settings}",
               settings="; ".join(f"{key} ({words(spec.meaning)})" for key, spec in SPECS.items()))


def _contacts(args: argparse.Namespace, household: Household) -> int:
    service, t = household.contacts, household.translate()
    if args.contacts_command == "add":
        contact = service.add(args.name, args.email, args.role, args.backup, args.photo, args.call_url,
                              args.auto_answer, args.phone, args.language)
        print(say(t, "Added {name} ({email}) as contact {id}.", name=contact.name, email=contact.email,
                  id=contact.id))
    elif args.contacts_command == "list":
        people = service.list()
        if args.json:
            print(json.dumps([c.as_json() for c in people], indent=2))
        else:
            roles = {"family": sentence("family"), "carer": sentence("carer")}
            for c in people:
                role = t(sentence("backup carer")) if c.backup else t(roles.get(c.role, c.role))
                phone = "  " + say(t, "phone {number}", number=c.phone) if c.phone else ""
                print(f"{c.id:>4}  {c.name}  <{c.email}>  {role}{phone}")
    else:
        gone = service.remove(args.id)
        print(say(t, "Removed {name}.", name=gone.name))
    return 0


def _settings(args: argparse.Namespace, household: Household) -> int:
    service = household.settings
    if args.settings_command == "get":
        print(service.get(args.key))
    elif args.settings_command == "set" and args.key == KEEP_ORIGINALS:
        return keep_originals(args, household)
    elif args.settings_command == "set":
        print(f"{args.key} = {service.set(args.key, args.value)}")
    else:
        for key, value in service.all().items():
            print(f"{key} = {value}")
    return 0


def _gui(args: argparse.Namespace, household: Household) -> int:
    return run_gui(household, fullscreen=bool(getattr(args, "fullscreen", False)),
                   tutorial=bool(getattr(args, "tutorial", False)))


COMMANDS: dict[str | None, Callable[[argparse.Namespace, Household], int]] = {
    None: _gui, "gui": _gui, "contacts": _contacts, "settings": _settings, "screenshot": screenshot,
    **MAIL_COMMANDS,
    **CARE_COMMANDS,
    **TUTORIAL_COMMANDS,
    **PIN_COMMANDS,
}


def _say(args: argparse.Namespace, household: Household | None, message: str) -> int:
    """A problem in one line on stderr (exit 1); when it stopped the window from opening at all (a full disk at
    start), in a plain window too, for someone who started CareLink from the desktop and sees no terminal."""
    print(message, file=sys.stderr)
    if args.command in (None, "gui") and household is None:
        show_start_problem(message)
    return 1


def _household_language(household: Household | None) -> Translate:
    """The household's language for a problem's words; English when the household could not even be opened."""
    if household is None:
        return english
    try:
        return household.translate()
    except Exception:  # a damaged settings table must never hide the problem itself
        return english


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """`[--data-dir DIR] [--demo] [gui [--fullscreen] [--tutorial]]` read without the whole parser (which loads
    the services, and SQLAlchemy, for its choices), so the window starts at once; None for anything else."""
    words = list(argv)
    cut = words.index("gui") if "gui" in words else len(words)
    front = argparse.ArgumentParser(add_help=False, exit_on_error=False, allow_abbrev=False)
    front.add_argument("--data-dir")
    front.add_argument("--demo", action="store_true")
    back = argparse.ArgumentParser(add_help=False, exit_on_error=False, allow_abbrev=False)
    back.add_argument("--fullscreen", action="store_true")
    back.add_argument("--tutorial", action="store_true")
    try:
        args, extra = front.parse_known_args(words[:cut])
        options, more = back.parse_known_args(words[cut + 1:])
    except argparse.ArgumentError:
        return None
    if extra or more:
        return None
    args.command = "gui" if cut < len(words) else None
    args.fullscreen, args.tutorial = options.fullscreen, options.tutorial
    return args


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    quick = quick_screenshot(words)  # `screenshot home` as the window first paints Home (__main__ tries it first)
    if quick is not None:
        return quick
    args = _window_args(words)
    if args is None:
        try:
            args = build_parser(language_before_parsing(words, Translations())).parse_args(words)
        except SystemExit as exit_:
            return int(exit_.code or 0)
    household: Household | None = None
    # Everything CareLink makes (the database, its log, photos, backups) is for this user's eyes only.
    old_umask = os.umask(0o077)
    try:
        paths = household_paths(resolve_data_dir(args.data_dir), args.demo)
        paths.create()
        start_logging(paths.log)  # first, so that what opening the household finds goes to the log
        if args.command in (None, "gui"):  # Home painted first, then the household opened (the damage check first)
            look = first_look(paths.database, args.demo)
            if look is not None:
                return run_gui(look, fullscreen=bool(getattr(args, "fullscreen", False)),
                               tutorial=bool(getattr(args, "tutorial", False)),
                               open_household=lambda: build_household(resolve_data_dir(args.data_dir), args.demo,
                                                                       backup_later=True))
        # The window takes today's backup once Home is on the screen; a command takes it before it runs.
        household = build_household(resolve_data_dir(args.data_dir), args.demo,
                                    backup_later=args.command in (None, "gui"))
        for notice in startup_notices(household.report, _household_language(household)):
            print(notice, file=sys.stderr)
        return COMMANDS[args.command](args, household)
    except UserError as error:
        return _say(args, household, error.words(_household_language(household)))
    except BrokenPipeError:
        # The reader went away (`carelink wall | head`): what it wanted it has; say nothing more.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115  # so that the interpreter's own flush at exit is quiet
        return 0
    except Exception as error:
        # A full disk (or another disk fault) anywhere in a command: one plain line, never a traceback.
        fault = storage_fault(error, household.paths.root if household else None)
        if fault is not None:
            logging.getLogger(__name__).warning("a command stopped on a disk fault: %r", error)
            return _say(args, household, fault.words(_household_language(household)))
        if isinstance(error, OSError):
            return _say(args, household, UserError("CareLink could not use its data folder: {problem}.",
                                                   {"problem": error.strerror or error})
                        .words(_household_language(household)))
        raise
    finally:
        os.umask(old_umask)
        if household is not None:
            household.close()
