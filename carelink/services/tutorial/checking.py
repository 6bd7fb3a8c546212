"""Checking a lesson file as a facilitator writes it: every problem in plain words, with the line it is on, and the
nearest real name for a misspelt control ("There is no control 'tile_mesages'. Did you mean tile_messages?").

The controls and screens a lesson may name are the one list the lessons engine uses too (`control_names`), so a
misspelt control is caught in a bundled lesson as in a facilitator's own, and the check needs no window.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from carelink.errors import UserError
from carelink.services.tutorial.control_names import CONTROLS, SCREENS, nearest_control, nearest_screen
from carelink.services.tutorial.lessons import (
    ACTIONS,
    lesson_text,
    plain_toml_error,
    read_lesson_file,
)
from carelink.translation import Translate, english, sentence


def _line_of(lines: list[str], key: str, value: str, after: int = 0) -> int:
    """The line (from 1) where `key = "value"` is written, at or after line `after`; 0 if it cannot be found."""
    wanted = re.compile(rf"""^\s*{re.escape(key)}\s*=\s*["']{re.escape(value)}["']""")
    for number, line in enumerate(lines[after:], after + 1):
        if wanted.match(line):
            return number
    return 0


def _step_lines(lines: list[str]) -> list[int]:
    return [number for number, line in enumerate(lines, 1) if line.strip() == "[[steps]]"]


def _problem(template: str, **values: object) -> UserError:
    return UserError(template, values)


def check_lesson_file(path: Path, translate: Translate = english) -> list[str]:
    """Every problem in the lesson file at `path`, each a plain sentence starting with its line, in the language
    `translate` speaks; [] if none."""
    return [problem.words(translate) for problem in _problems(path)]


def _problems(path: Path) -> list[UserError]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        return [_problem(sentence("The file {path} cannot be opened ({problem})."), path=path,
                         problem=error.strerror)]
    try:
        text = lesson_text(raw)
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        return [_problem(sentence("The file is not saved as UTF-8 text (choose UTF-8 when saving it)."))]
    except tomllib.TOMLDecodeError as error:
        return [_problem(sentence("{problem}."), problem=plain_toml_error(error))]
    lines = text.split("\n")
    problems: list[UserError] = []
    starts = _step_lines(lines)
    steps = data.get("steps")
    start = data.get("start", "home")
    if isinstance(start, str) and start not in SCREENS:
        near, line = nearest_screen(start), _line_of(lines, "start", start)
        problems.append(
            _problem(sentence("Line {line}: there is no screen '{screen}'. Did you mean {near}?"), line=line,
                     screen=start, near=near) if near else
            _problem(sentence("Line {line}: there is no screen '{screen}'. The screens are: {screens}."), line=line,
                     screen=start, screens=", ".join(sorted(SCREENS))))
    for index, step in enumerate(steps if isinstance(steps, list) else [], 0):
        if not isinstance(step, dict):
            continue
        at = starts[index] if index < len(starts) else 0
        where = _problem(sentence("Line {line} (step {step})"), line=at, step=index + 1)
        if not str(step.get("say", "")).strip():
            problems.append(_problem(sentence("{where}: the step has no 'say' (the words the learner reads and "
                                              "hears)."), where=where))
        control = step.get("control")
        if not isinstance(control, str) or not control.strip():
            problems.append(_problem(sentence("{where}: the step does not name its 'control'."), where=where))
        elif control not in CONTROLS:
            nearest, line = nearest_control(control), _line_of(lines, "control", control, at) or at
            problems.append(
                _problem(sentence("Line {line}: there is no control '{control}'. Did you mean {nearest}?"),
                         line=line, control=control, nearest=nearest) if nearest else
                _problem(sentence("Line {line}: there is no control '{control}'."), line=line, control=control))
        action = step.get("action", "tap")
        if isinstance(action, str) and action not in ACTIONS:
            line = _line_of(lines, "action", action, at) or at
            problems.append(_problem(sentence("Line {line}: there is no action '{action}'. The actions are: "
                                              "{actions}."), line=line, action=action, actions=", ".join(ACTIONS)))
    if not problems:
        try:
            read_lesson_file(path)
        except ValueError as error:
            why: object = error if isinstance(error, UserError) else str(error)
            problems.append(_problem(sentence("The lesson cannot be used: {problem}."), problem=why))
    return problems
