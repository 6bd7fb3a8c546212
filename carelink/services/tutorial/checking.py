"""Checking a lesson file as a facilitator writes it: every problem in plain words, with the line it is on, and the
nearest real name for a misspelt control ("There is no control 'tile_mesages'. Did you mean tile_messages?").

The controls and screens a lesson may name are the one list the lessons engine uses too (`control_names`), so a
misspelt control is caught in a bundled lesson as in a facilitator's own, and the check needs no window.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from carelink.services.tutorial.control_names import CONTROLS, SCREENS, nearest_control, nearest_screen
from carelink.services.tutorial.lessons import ACTIONS, lesson_text, plain_toml_error, read_lesson_file


def _line_of(lines: list[str], key: str, value: str, after: int = 0) -> int:
    """The line (from 1) where `key = "value"` is written, at or after line `after`; 0 if it cannot be found."""
    wanted = re.compile(rf"""^\s*{re.escape(key)}\s*=\s*["']{re.escape(value)}["']""")
    for number, line in enumerate(lines[after:], after + 1):
        if wanted.match(line):
            return number
    return 0


def _step_lines(lines: list[str]) -> list[int]:
    return [number for number, line in enumerate(lines, 1) if line.strip() == "[[steps]]"]


def check_lesson_file(path: Path) -> list[str]:
    """Every problem in the lesson file at `path`, each a plain sentence starting with its line; [] if none."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return [f"The file {path} cannot be opened ({error.strerror})."]
    try:
        text = lesson_text(raw)
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        return ["The file is not saved as UTF-8 text (choose UTF-8 when saving it)."]
    except tomllib.TOMLDecodeError as error:
        return [plain_toml_error(error) + "."]
    lines = text.split("\n")
    problems: list[str] = []
    starts = _step_lines(lines)
    steps = data.get("steps")
    start = data.get("start", "home")
    if isinstance(start, str) and start not in SCREENS:
        near = nearest_screen(start)
        problems.append(f"Line {_line_of(lines, 'start', start)}: there is no screen '{start}'."
                        + (f" Did you mean {near}?" if near else f" The screens are: {', '.join(sorted(SCREENS))}."))
    for index, step in enumerate(steps if isinstance(steps, list) else [], 0):
        if not isinstance(step, dict):
            continue
        at = starts[index] if index < len(starts) else 0
        where = f"Line {at} (step {index + 1})"
        if not str(step.get("say", "")).strip():
            problems.append(f"{where}: the step has no 'say' (the words the learner reads and hears).")
        control = step.get("control")
        if not isinstance(control, str) or not control.strip():
            problems.append(f"{where}: the step does not name its 'control'.")
        elif control not in CONTROLS:
            nearest = nearest_control(control)
            line = _line_of(lines, "control", control, at) or at
            problems.append(f"Line {line}: there is no control '{control}'."
                            + (f" Did you mean {nearest}?" if nearest else ""))
        action = step.get("action", "tap")
        if isinstance(action, str) and action not in ACTIONS:
            line = _line_of(lines, "action", action, at) or at
            problems.append(f"Line {line}: there is no action '{action}'. "
                            f"The actions are: {', '.join(ACTIONS)}.")
    if not problems:
        try:
            read_lesson_file(path)
        except ValueError as error:
            problems.append(f"The lesson cannot be used: {error}.")
    return problems
