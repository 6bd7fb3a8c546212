"""The command line's help, usage and usage errors in the household's language.

Every help line of the commands is marked with sentence() where it is written (so it is in the translation files);
`speak` translates a whole parser tree once it is built. argparse's own words (the "usage:" prefix, the headings,
-h's help line, the placeholders it shows for what to type (COMMAND, ACTION, id) and its usage errors) are said
through the same core translation path. The household's language is found before the command is parsed, by a
read-only glance at its stored settings (no SQLAlchemy, no Qt).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NoReturn

from carelink.paths import household_paths, resolve_data_dir
from carelink.services.locales import system_locale
from carelink.services.mail_words import say
from carelink.storage.glance import glance
from carelink.translation import Translate, Translations, english, sentence

USAGE = sentence("usage: ")
HEADINGS = {"positional arguments": sentence("positional arguments"), "options": sentence("options")}
HELP_WORDS = (sentence("show this help message and exit"), sentence("show program's version number and exit"))
ERROR = sentence("{prog}: error: {message}")
# argparse's commonest usage errors (its English words as the pattern) → the sentence to say instead
ARGPARSE_ERRORS = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"),
     sentence("these are needed too: {names}")),
    (re.compile(r"unrecognized arguments: (?P<words>.+)"), sentence("these words are not understood: {words}")),
    (re.compile(r"argument (?P<argument>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"),
     sentence("{argument} cannot be {value}: choose from {choices}")),
    (re.compile(r"argument (?P<argument>\S+): expected one argument"),
     sentence("{argument} needs a value after it")),
    (re.compile(r"argument (?P<argument>\S+): invalid int value: (?P<value>.+)"),
     sentence("{argument} needs a whole number, not {value}")),
    (re.compile(r"argument (?P<argument>\S+): (?P<value>'.*') is not a size like 1280x800"),  # (cli.py's _size)
     sentence("{argument} needs a size like 1280x800, not {value}")),
    # the rarer ones (argparse's other gettext sentences that this command line can meet)
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
     sentence("{option} could mean {matches}: please write it in full")),
    (re.compile(r"argument (?P<argument>\S+): ignored explicit argument (?P<value>.+)"),
     sentence("{argument} takes no value, so not {value}")),
    (re.compile(r"argument (?P<argument>\S+): expected at most one argument"),
     sentence("{argument} takes one value at most")),
    (re.compile(r"argument (?P<argument>\S+): expected at least one argument"),
     sentence("{argument} needs at least one value after it")),
    (re.compile(r"argument (?P<argument>\S+): expected (?P<count>\d+) arguments?"),
     sentence("{argument} needs {count} values after it")),
    (re.compile(r"argument (?P<argument>\S+): invalid \S+ value: (?P<value>.+)"),
     sentence("{argument} cannot be {value}")),
    (re.compile(r"argument (?P<argument>\S+): not allowed with argument (?P<other>\S+)"),
     sentence("{argument} cannot be used together with {other}")),
    (re.compile(r"one of the arguments (?P<names>.+) is required"), sentence("one of these is needed: {names}")),
    (re.compile(r"unexpected option string: (?P<option>\S+)"), sentence("{option} is not expected here")),
    # last: any other problem with one argument (its message as argparse or a type function said it)
    (re.compile(r"argument (?P<argument>\S+): (?P<message>.+)", re.DOTALL), sentence("{argument}: {message}")),
)
# What argparse shows where something is to be typed (an option's value, a command's own words): each in the
# reader's language, one word (the usage errors above name an argument by it).
PLACEHOLDERS = (
    sentence("COMMAND"), sentence("ACTION"), sentence("WHAT"), sentence("DATA_DIR"), sentence("name"),
    sentence("NAME"), sentence("EMAIL"), sentence("PHOTO"), sentence("CALL_URL"), sentence("PHONE"),
    sentence("LANGUAGE"), sentence("id"), sentence("CONTACT_ID"), sentence("key"), sentence("value"),
    sentence("ADDRESS"), sentence("IMAP_HOST"), sentence("IMAP_PORT"), sentence("SMTP_HOST"),
    sentence("SMTP_PORT"), sentence("USERNAME"), sentence("text"), sentence("NOTE"), sentence("file"),
    sentence("lesson"), sentence("OUT"), sentence("LEARNER"), sentence("learner"), sentence("SIZE"),
)


def usage_error(message: str, words: Translate) -> str:
    """One of argparse's usage errors in the language `words` speaks (as argparse said it for English, or if it is
    not known). A translation may read as the English does (Spanish "{argument}: {message}"): it is still said."""
    if words is english:
        return message
    for pattern, template in ARGPARSE_ERRORS:
        found = pattern.fullmatch(message)
        if found is not None:
            return say(words, template, **found.groupdict())
    return message


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, words: Translate) -> None:
        super().__init__(prog)
        self._words = words

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, self._words(USAGE) if prefix is None else prefix)


class SpeakingParser(argparse.ArgumentParser):
    """An argument parser whose help, usage and error lines are in the household's language (`words`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.words: Translate = english  # (before argparse's own __init__, which formats the help option)
        self.epilog_later: Callable[[], str] | None = None  # an epilog made only when the help is shown
        super().__init__(*args, **kwargs)

    def format_help(self) -> str:
        if self.epilog_later is not None:
            self.epilog, self.epilog_later = self.epilog_later(), None
        return super().format_help()

    def _get_formatter(self) -> argparse.HelpFormatter:
        return _Formatter(self.prog, self.words)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, say(self.words, ERROR, prog=self.prog, message=usage_error(message, self.words)) + "\n")


def placeholder(action: argparse.Action) -> str | None:
    """What argparse shows for what is to be typed for `action` (None: nothing, or its choices)."""
    if action.metavar is not None:
        return action.metavar if isinstance(action.metavar, str) else None
    if action.nargs == 0 or action.choices is not None:
        return None
    return action.dest.upper() if action.option_strings else action.dest


def speak(parser: argparse.ArgumentParser, words: Translate) -> None:
    """Every help line, heading, placeholder and description of `parser` and its commands in the language `words`
    speaks (each was marked with sentence())."""
    if isinstance(parser, SpeakingParser):
        parser.words = words
    parser.description = words(parser.description) if parser.description else parser.description
    for group in parser._action_groups:
        group.title = words(HEADINGS.get(group.title or "", group.title or "")) or group.title
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            action.help = words(action.help)
        shown = placeholder(action)
        if shown is not None and shown != argparse.SUPPRESS and words(shown) != shown:
            action.metavar = words(shown)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = words(choice.help) if choice.help else choice.help
            for command in set(action.choices.values()):
                speak(command, words)


def language_before_parsing(argv: Sequence[str], translations: Translations) -> Translate:
    """The household's language for the command line's help and usage lines, found before the command is parsed:
    its stored choice read at a glance (sqlite3, read-only, as the window's first paint does), else the
    computer's."""
    front = argparse.ArgumentParser(add_help=False, exit_on_error=False, allow_abbrev=False)
    front.add_argument("--data-dir")
    front.add_argument("--demo", action="store_true")
    try:
        known, _ = front.parse_known_args(argv)
        seen = glance(household_paths(resolve_data_dir(known.data_dir), known.demo).database)
    except (argparse.ArgumentError, OSError):
        return english
    return translations.for_locale((seen.settings.get("locale", "") if seen is not None else "") or system_locale())
