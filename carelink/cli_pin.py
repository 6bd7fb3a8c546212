"""The admin command for the Settings PIN: `carelink pin set`, reading the new PIN from standard input (one line),
so it is never in the shell's history or the list of running programs, and never printed back."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TextIO

from carelink.errors import UserError
from carelink.household import Household
from carelink.translation import Translate, english, sentence

NO_PIN_YET = sentence("Settings has no PIN yet, so anyone at this computer can open it. Choose one with: "
                      "echo 2580 | carelink pin set (with your own 4 digits).")
PIN_SET = sentence("The Settings PIN is set. Keep it somewhere safe.")
ASK_PIN = sentence("New PIN (4 digits, not shown): ")


def add_pin_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pin = commands.add_parser("pin", help=sentence("set the 4-digit PIN that keeps Settings safe"))
    what = pin.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    what.add_parser("set", help=sentence("set the PIN, read from standard input (one line, 4 digits)"),
                    description=sentence("Reads the new PIN from standard input, e.g. echo 2580 | carelink pin set. "
                                         "Typed at a terminal, it is asked for without showing it."))


def read_pin(stream: TextIO | None = None, translate: Translate = english) -> str:
    """One line from standard input (asked for without echo at a terminal, in the household's language), checked:
    4 digits."""
    stream = stream or sys.stdin
    asked = stream.isatty()
    typed = getpass.getpass(translate(ASK_PIN)) if asked else stream.readline().rstrip("\r\n")
    if not typed:
        raise UserError("No PIN was given on standard input. Type it like this: echo 2580 | carelink pin set")
    from carelink.services.admin_pin import validate_pin

    return validate_pin(typed.strip())


def pin(args: argparse.Namespace, household: Household) -> int:
    household.pin.set(read_pin(translate=household.translate()))
    print(household.translate()(PIN_SET))
    return 0


PIN_COMMANDS: dict[str | None, Callable[[argparse.Namespace, Household], int]] = {"pin": pin}
