"""Checking a lesson file as a facilitator writes it: every problem in plain words, with the line it is on, and the
nearest real name for a misspelt control ("There is no control 'tile_mesages'. Did you mean tile_messages?").

The controls and screens a lesson may name are read from CareLink's own screens' source (their object names), so the
check needs no window.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from carelink.services.tutorial.lessons import ACTIONS, lesson_text, plain_toml_error, read_lesson_file

_NAMED = re.compile(r"""setObjectName\((f?)["']([^"']+)["']""")
_SCREEN = re.compile(r"""(?:_add|open_requested\.emit|open_screen)\(\s*["']([a-z_-]+)["']""")
_SCREENS_DICT = re.compile(r"""["']([a-z_-]+)["']\s*:\s*self\.""")
_LESSON_CONTROL = re.compile(r"""^\s*control\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True)
class KnownNames:
    """The control names CareLink's screens use (`exact`, and `patterns` for names made from a template like
    tile_{kind}) and the screens' names."""

    exact: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    screens: frozenset[str]

    def has_control(self, name: str) -> bool:
        if name in self.exact:
            return True
        # A name made from a template (tile_{kind}) that is one slip away from a known name is that slip: only
        # numbered ones (wall_reply_2) are taken on trust.
        slip = difflib.get_close_matches(name, sorted(self.exact), n=1, cutoff=0.85)
        if slip and not any(character.isdigit() for character in name):
            return False
        return any(pattern.fullmatch(name) for pattern in self.patterns)

    def nearest_control(self, name: str) -> str | None:
        close = difflib.get_close_matches(name, sorted(self.exact), n=1, cutoff=0.6)
        return close[0] if close else None


def known_names(ui_folder: Path, lessons: Path | None = None) -> KnownNames:
    """Every control and screen name in the source under `ui_folder` (carelink/ui), and the controls the bundled
    lessons in `lessons` name (those made from templates, like tile_messages)."""
    exact: set[str] = set()
    for path in sorted(lessons.glob("*.toml")) if lessons is not None else []:
        exact.update(_LESSON_CONTROL.findall(path.read_text(encoding="utf-8")))
    patterns: list[re.Pattern[str]] = []
    screens: set[str] = {"home"}
    for path in sorted(ui_folder.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for is_template, name in _NAMED.findall(source):
            if is_template and "{" in name:
                parts = _PLACEHOLDER.split(name)
                patterns.append(re.compile("[A-Za-z0-9_-]+".join(re.escape(part) for part in parts)))
            else:
                exact.add(name)
        screens.update(_SCREEN.findall(source))
        if path.name in ("flow.py", "screens.py"):
            screens.update(_SCREENS_DICT.findall(source))
    return KnownNames(frozenset(exact), tuple(patterns), frozenset(screens))


def _line_of(lines: list[str], key: str, value: str, after: int = 0) -> int:
    """The line (from 1) where `key = "value"` is written, at or after line `after`; 0 if it cannot be found."""
    wanted = re.compile(rf"""^\s*{re.escape(key)}\s*=\s*["']{re.escape(value)}["']""")
    for number, line in enumerate(lines[after:], after + 1):
        if wanted.match(line):
            return number
    return 0


def _step_lines(lines: list[str]) -> list[int]:
    return [number for number, line in enumerate(lines, 1) if line.strip() == "[[steps]]"]


def check_lesson_file(path: Path, names: KnownNames) -> list[str]:
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
    if isinstance(start, str) and start not in names.screens:
        near = difflib.get_close_matches(start, sorted(names.screens), n=1)
        problems.append(f"Line {_line_of(lines, 'start', start)}: there is no screen '{start}'."
                        + (f" Did you mean {near[0]}?" if near else
                           f" The screens are: {', '.join(sorted(names.screens))}."))
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
        elif not names.has_control(control):
            nearest = names.nearest_control(control)
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
