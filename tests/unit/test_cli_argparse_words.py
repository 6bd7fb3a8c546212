"""argparse's own words in the household's language: "usage:", the headings, the placeholders it shows for what is
to be typed (COMMAND, ACTION, id, EMAIL), and its usage errors (arguments missing, an invalid choice, a word that is
not a number, an option cut short, a value given to a switch). `--help` of every command and each usage error, in a
household in each language, shows none of argparse's English words (only where the language's own word is the same,
like the French "options"). The shipped translations (assets/translations)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from carelink.cli import build_parser
from carelink.cli_words import ERROR, HEADINGS, HELP_WORDS, PLACEHOLDERS, USAGE, placeholder, usage_error
from carelink.translation import Catalog, Translate, Translations, english
from tests.helpers import run_cli

pytestmark = pytest.mark.noqt

Capsys = pytest.CaptureFixture[str]
LOCALES = ("cy-GB", "de-DE", "es-ES", "fr-FR")

# argparse's English words as it prints them, each with the sentence its translation comes from (None: a sentence
# that is never printed in the household's language, only a part of argparse's English error the pattern replaces)
ARGPARSE_WORDS = (
    ("usage:", USAGE), ("positional arguments", HEADINGS["positional arguments"]), ("options:", HEADINGS["options"]),
    ("show this help message", HELP_WORDS[0]), ("error:", ERROR),
    ("the following arguments are required", None), ("invalid choice", None), ("choose from", None),
    ("invalid int value", None), ("could match", None), ("ignored explicit argument", None),
    ("unrecognized arguments", None), ("expected one argument", None), ("argument ", None),
)
USAGE_ERRORS = (
    ["contacts", "remove"],  # a positional argument missing (named by its placeholder)
    ["contacts", "add", "Sarah"],  # a required option missing
    ["frobnicate"],  # not a command (named COMMAND)
    ["contacts", "remove", "two"],  # not a whole number
    ["--d", "wall"],  # an option cut short: --data-dir or --demo?
    ["contacts", "list", "--json=yes"],  # a value given to a switch
    ["wall", "extra"],  # a word too many
    ["concern", "raise", "--note"],  # an option with no value after it
    ["settings", "frobnicate"],  # not an action (named ACTION)
)


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The words that lead to each command's parser: (), ("contacts",), ("contacts", "add"), …"""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, below in action.choices.items():
                yield from commands(below, (*path, name))


def placeholders(parser: argparse.ArgumentParser) -> Iterator[str]:
    for action in parser._actions:
        shown = placeholder(action)
        if shown is not None:
            yield shown
        if isinstance(action, argparse._SubParsersAction):
            for below in action.choices.values():
                yield from placeholders(below)


def english_left(text: str, words: Translate) -> list[str]:
    """argparse's English words (and placeholders) in `text`, but for those the language says the same way."""
    left = [english for english, source in ARGPARSE_WORDS
            if english in text and (source is None or english.rstrip(":") not in words(source))]
    return left + [name for name in PLACEHOLDERS
                   if words(name) != name and re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text)]


def test_every_placeholder_argparse_shows_is_marked_for_the_translators() -> None:
    shown = set(placeholders(build_parser()))
    assert {"COMMAND", "ACTION", "id", "EMAIL"} <= shown
    assert shown <= set(PLACEHOLDERS), f"not in cli_words.PLACEHOLDERS: {sorted(shown - set(PLACEHOLDERS))}"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_placeholder_is_translated_as_one_word(locale: str) -> None:
    words = Translations().for_locale(locale)
    assert isinstance(words, Catalog)
    missing = [name for name in PLACEHOLDERS if not words.sentences.get(name, "").strip()]
    assert not missing, f"placeholders not translated in {locale}: {missing}"
    spaced = [words(name) for name in PLACEHOLDERS if len(words(name).split()) != 1]
    assert not spaced, f"a usage error names an argument by its placeholder, one word: {spaced}"
    translated = set(placeholders(build_parser(words)))
    assert translated == {words(name) for name in placeholders(build_parser())}


def household_in(folder: Path, locale: str, capsys: Capsys) -> list[str]:
    assert run_cli(["--data-dir", str(folder), "settings", "set", "locale", locale], capsys)[0] == 0
    return ["--data-dir", str(folder)]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_command_s_help_has_none_of_argparse_s_english(tmp_path: Path, locale: str, capsys: Capsys) -> None:
    front, words = household_in(tmp_path, locale, capsys), Translations().for_locale(locale)
    paths = list(commands(build_parser()))
    assert len(paths) > 30
    for path in paths:
        code, out, err = run_cli([*front, *path, "--help"], capsys)
        assert (code, err) == (0, "")
        assert out.startswith(words(USAGE)), out
        assert not english_left(out, words), f"carelink {' '.join(path)} --help in {locale}: {english_left(out, words)}"


@pytest.mark.parametrize("locale", LOCALES)
def test_usage_errors_have_none_of_argparse_s_english(tmp_path: Path, locale: str, capsys: Capsys) -> None:
    front, words = household_in(tmp_path, locale, capsys), Translations().for_locale(locale)
    for argv in USAGE_ERRORS:
        code, out, err = run_cli([*front, *argv], capsys)
        assert (code, out) == (2, ""), argv
        assert err.startswith(words(USAGE)) and err.count("\n") >= 2, err
        assert not english_left(err, words), f"carelink {' '.join(argv)} in {locale}: {english_left(err, words)}"


def test_an_english_household_reads_argparse_s_own_words(tmp_path: Path, capsys: Capsys) -> None:
    front = household_in(tmp_path, "en-GB", capsys)
    code, _, err = run_cli([*front, "contacts", "remove"], capsys)
    assert code == 2 and err.endswith("carelink contacts remove: error: the following arguments are required: id\n")
    code, _, err = run_cli([*front, "--d", "wall"], capsys)
    assert code == 2 and err.endswith("carelink: error: ambiguous option: --d could match --data-dir, --demo\n")
    code, out, _ = run_cli([*front, "--help"], capsys)
    assert code == 0 and "COMMAND ..." in out and "[--data-dir DATA_DIR]" in out


# argparse's rarer usage errors as it words them in English (some this command line cannot meet today)
RARE_ERRORS = (
    "ambiguous option: --d could match --data-dir, --demo",
    "argument --json: ignored explicit argument 'yes'",
    "argument --names: expected at most one argument",
    "argument --names: expected at least one argument",
    "argument --pair: expected 2 arguments",
    "argument --ratio: invalid float value: 'half'",
    "argument --json: not allowed with argument --quiet",
    "one of the arguments --json --quiet is required",
    "unexpected option string: --json",
    "argument --when: 'noon' is not a time",  # (a type function's own words)
)


@pytest.mark.parametrize("locale", LOCALES)
def test_argparse_s_rarer_usage_errors_are_said_in_the_household_s_language(locale: str) -> None:
    words = Translations().for_locale(locale)
    for message in RARE_ERRORS:
        said = usage_error(message, words)
        assert said != message and not english_left(said, words), (message, said)
        assert not re.search(r"could match|ignored|expected|invalid|not allowed|one of the|unexpected", said), said


def test_an_english_household_reads_argparse_s_rarer_errors_as_argparse_says_them() -> None:
    assert [usage_error(message, english) for message in RARE_ERRORS] == list(RARE_ERRORS)
