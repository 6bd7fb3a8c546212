"""The command line's help and usage errors in the household's language: every help line of every command is
translated (none is left unmarked), `--help` and a usage error read in French in a French household (found before
the command is parsed, without opening the household), and an English household reads as before."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from carelink.cli import build_parser
from carelink.translation import Translations
from tests.helpers import run_cli

pytestmark = pytest.mark.noqt

Capsys = pytest.CaptureFixture[str]


def help_lines(parser: argparse.ArgumentParser, name: str = "carelink") -> Iterator[tuple[str, str]]:
    """(where, words) for the description and every help line of `parser` and its commands."""
    if parser.description:
        yield name, parser.description
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            yield f"{name} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{name} {choice.dest}", choice.help or ""
            for command, below in action.choices.items():
                yield from help_lines(below, f"{name} {command}")


@pytest.mark.parametrize("locale", ["fr-FR", "cy-GB", "de-DE", "es-ES"])
def test_every_help_line_of_every_command_is_translated(locale: str) -> None:
    english = dict(help_lines(build_parser()))
    translated = dict(help_lines(build_parser(Translations().for_locale(locale))))
    assert len(english) > 60 and english.keys() == translated.keys()
    same = [where for where, words in english.items() if translated[where] == words]
    assert not same, f"help still in English in {locale}: {same[:3]}"


def french_household(folder: Path, capsys: Capsys) -> None:
    assert run_cli(["--data-dir", str(folder), "settings", "set", "locale", "fr-FR"], capsys)[0] == 0


def test_help_is_in_the_household_s_language(tmp_path: Path, capsys: Capsys) -> None:
    french_household(tmp_path, capsys)
    code, out, err = run_cli(["--data-dir", str(tmp_path), "--help"], capsys)
    assert (code, err) == (0, "")
    assert out.startswith("utilisation : carelink [-h]")
    assert "CareLink : gardez le contact avec votre famille." in out
    assert "\noptions:\n" in out and "afficher cette aide et s'arrêter" in out
    assert "dire à la famille « Je vais bien »" in out
    assert "usage:" not in out and "show this help" not in out and "the family" not in out
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "tutorial", "check", "--help"], capsys)
    assert code == 0 and "le fichier .toml de la leçon" in out


def test_a_usage_error_is_in_the_household_s_language(tmp_path: Path, capsys: Capsys) -> None:
    french_household(tmp_path, capsys)
    code, out, err = run_cli(["--data-dir", str(tmp_path), "contacts", "add", "Sarah"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("utilisation : carelink contacts add")
    assert err.endswith("carelink contacts add : erreur : il manque aussi : --email\n")
    code, _, err = run_cli(["--data-dir", str(tmp_path), "concern", "raise", "--category", "bored"], capsys)
    assert code == 2 and err.splitlines()[-1].startswith(
        "carelink concern raise : erreur : --category ne peut pas être 'bored' : choisissez parmi 'unwell'")


def test_an_english_household_reads_as_before(tmp_path: Path, capsys: Capsys) -> None:
    assert run_cli(["--data-dir", str(tmp_path), "settings", "set", "locale", "en-GB"], capsys)[0] == 0
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "--help"], capsys)
    assert code == 0 and out.startswith("usage: carelink [-h]")
    assert "show this help message and exit" in out and "tell the family \"I'm OK today\"" in out
    code, _, err = run_cli(["--data-dir", str(tmp_path), "contacts", "add", "Sarah"], capsys)
    assert code == 2 and err.endswith("carelink contacts add: error: the following arguments are required: --email\n")
