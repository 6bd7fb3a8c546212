"""Tutorial lessons: TOML files in assets/tutorials that facilitators can read, edit and translate.

A lesson names the screen it starts on and a list of steps. Each step names one control by its object name (the
same names the tests use), the action the learner is to do with it, and the words to show and read aloud. The
authoring guide is in README.md ("Writing a lesson").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carelink.errors import UserError
from carelink.resources import assets_dir
from carelink.services.tutorial.control_names import CONTROLS, nearest_control

ACTIONS = ("tap", "type", "wait", "read")
WAIT_UNTIL = ("visible", "message")
FAMILY_ACTIONS = ("call", "scam")
_LESSON_KEYS = {"title", "short", "summary", "learned", "order", "start", "steps"}
_STEP_KEYS = {"say", "control", "action", "hint", "example", "until", "family"}
_CONTROL = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,80}$")
_LESSON_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")


class LessonError(UserError):
    """A lesson file that cannot be used; the message names the file and what is wrong with it."""


@dataclass(frozen=True)
class Step:
    """One thing for the learner to do.

    `action` is "tap" (press the control), "type" (write in the box; `example` is what the handout shows),
    "wait" (until the control is on show, or until a message has come in) or "read" (read the words and press
    Next). `family` is what the pretend family does when the step starts: "call tom@example.org" rings the screen;
    "scam" has a stranger send a pretend scam message, which CareLink holds back.
    """

    say: str
    control: str
    action: str = "tap"
    hint: str = ""
    example: str = ""
    until: str = "visible"
    family: str = ""

    def words(self, learner: str) -> str:
        return _fill(self.say, learner)

    def hint_words(self, learner: str) -> str:
        return _fill(self.hint, learner) if self.hint else ""


@dataclass(frozen=True)
class Lesson:
    """A lesson: its id (the file's name), title, a sentence saying what it teaches, the screen it starts on,
    `short`, a few words for its button when the writing is too large for the title (the title if none given), and
    `learned`, what the learner can do after it, for their certificate ("read a message and hear it aloud")."""

    id: str
    title: str
    summary: str
    order: int
    start: str
    steps: tuple[Step, ...]
    short: str = ""
    learned: str = ""


def _fill(text: str, learner: str) -> str:
    # replace, not str.format: a translator's stray brace must never break a lesson
    return text.replace("{name}", learner or "")


def lessons_dir() -> Path:
    return assets_dir() / "tutorials"


def _text(table: dict[str, Any], key: str, where: str, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{where} needs '{key}' as some words in quotes")
    return value.strip()


def _step(table: object, number: int) -> Step:
    where = f"step {number}"
    if not isinstance(table, dict):
        raise ValueError(f"{where} is not a [[steps]] table")
    unknown = sorted(set(table) - _STEP_KEYS)
    if unknown:
        raise ValueError(f"{where} has '{unknown[0]}', which a step does not use (check the spelling)")
    control = _text(table, "control", where)
    if not _CONTROL.match(control):
        raise ValueError(f"{where}'s control '{control}' is not a control's name")
    action = _text(table, "action", where, required=False) or "tap"
    if action not in ACTIONS:
        raise ValueError(f"{where}'s action '{action}' must be one of: {', '.join(ACTIONS)}")
    until = _text(table, "until", where, required=False) or "visible"
    if until not in WAIT_UNTIL:
        raise ValueError(f"{where}'s until '{until}' must be one of: {', '.join(WAIT_UNTIL)}")
    example = _text(table, "example", where, required=action == "type")
    family = _text(table, "family", where, required=False)
    verb = family.split()[0] if family else ""
    if family and verb not in FAMILY_ACTIONS:
        raise ValueError(f"{where}'s family '{family}' must start with one of: {', '.join(FAMILY_ACTIONS)}")
    if verb == "call" and len(family.split()) != 2:
        raise ValueError(f"{where}'s family '{family}' must name one address, like: call tom@example.org")
    if verb == "scam" and family != "scam":
        raise ValueError(f"{where}'s family '{family}' must be the one word: scam")
    if control not in CONTROLS:
        nearest = nearest_control(control)
        raise ValueError(f"{where}'s control '{control}' is on no screen" + (f" (did you mean {nearest}?)" if nearest
                                                                               else ""))
    return Step(say=_text(table, "say", where), control=control, action=action,
                hint=_text(table, "hint", where, required=False), example=example, until=until, family=family)


def parse_lesson(lesson_id: str, data: dict[str, Any]) -> Lesson:
    """A lesson from a TOML file's contents; ValueError (saying what is wrong, in plain words) if it is not one."""
    unknown = sorted(set(data) - _LESSON_KEYS - {"language"})
    if unknown:
        raise ValueError(f"it has '{unknown[0]}', which a lesson does not use (check the spelling)")
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        raise ValueError("it has no [[steps]]")
    order = data.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        raise ValueError("'order' must be a whole number")
    start = _text(data, "start", "the lesson", required=False) or "home"
    title = _text(data, "title", "the lesson")
    return Lesson(id=lesson_id, title=title,
                  summary=_text(data, "summary", "the lesson", required=False), order=order, start=start,
                  steps=tuple(_step(table, number) for number, table in enumerate(steps, 1)),
                  short=_text(data, "short", "the lesson", required=False) or title,
                  learned=_text(data, "learned", "the lesson", required=False))


_CURLY_LINE = re.compile(r'^(\s*[A-Za-z0-9_-]+\s*=\s*)[\u201c"](.*)[\u201d"]\s*$')


def lesson_text(raw: bytes) -> str:
    """A lesson file's words as TOML can read them: a byte-order mark (Windows Notepad) dropped, Windows line endings
    made plain, and a word processor's curly double quotes made straight where they open and close a line's words
    (curly quotes within the words stay: a title may quote “I'm OK today”)."""
    text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_CURLY_LINE.sub(r'\1"\2"', line) if "\u201c" in line or "\u201d" in line else line
                     for line in text.split("\n"))


def plain_toml_error(error: tomllib.TOMLDecodeError) -> str:
    """What a TOML error means, in plain words, with the line it is on."""
    text = str(error)
    found = re.search(r"\(at line (\d+), column \d+\)", text)
    line = f"Line {found.group(1)}" if found else "The file"
    if "Illegal character '\\n'" in text or "Unterminated string" in text:
        return f"{line}: the words are not closed with a quote mark at the end of the line"
    if "Expected '=' after a key" in text or "Invalid statement" in text:
        return f"{line}: each line should be a name, an = sign and words in quotes, like: say = \"Tap Messages\""
    if "Cannot overwrite a value" in text or "Cannot declare" in text:
        return f"{line}: this name is given twice in the same step"
    return f"{line} cannot be read ({text.split(' (at line')[0]}); check its quote marks and = sign"


def read_lesson_file(path: Path) -> Lesson:
    """One lesson file; ValueError in plain words if it cannot be used."""
    lesson_id, _ = _file_language(path)
    if not _LESSON_ID.match(lesson_id):
        raise ValueError("its name must be small letters, numbers and dashes, like reply.toml")
    try:
        data = tomllib.loads(lesson_text(path.read_bytes()))
    except UnicodeDecodeError as error:
        raise ValueError("it is not saved as UTF-8 text (choose UTF-8 when saving it)") from error
    except tomllib.TOMLDecodeError as error:
        raise ValueError(plain_toml_error(error)) from error
    return parse_lesson(lesson_id, data)


def _file_language(path: Path) -> tuple[str, str]:
    """'reply.toml' → ('reply', ''); 'reply.cy.toml' → ('reply', 'cy')."""
    lesson_id, _, language = path.name.removesuffix(".toml").partition(".")
    return lesson_id, language


def _chosen_files(folder: Path, language: str) -> list[Path]:
    """One file per lesson: the translation into `language` where there is one, else the lesson as written."""
    chosen: dict[str, Path] = {}
    wanted = language.lower().split("-")[0]
    for path in sorted(folder.glob("*.toml")):
        lesson_id, file_language = _file_language(path)
        translated = bool(wanted) and file_language.lower() == wanted
        if translated or (not file_language and lesson_id not in chosen):
            chosen[lesson_id] = path
    return list(chosen.values())


def read_lessons(folder: Path | None = None, language: str = "", own: Path | None = None
                 ) -> tuple[list[Lesson], list[str]]:
    """Every lesson that can be used, in order, and a plain sentence for each file that cannot. Lessons in `own`
    (the facilitator's `lessons` folder in the data folder) are added, and replace bundled ones of the same name."""
    folder = folder or lessons_dir()
    found: dict[str, Lesson] = {}
    problems: list[str] = []
    if not folder.is_dir():
        return [], [f"There is no lessons folder at {folder}."]
    for where in (folder, own):
        if where is None or not where.is_dir():
            continue
        for path in _chosen_files(where, language):
            try:
                lesson = read_lesson_file(path)
                found[lesson.id] = lesson
            except (ValueError, OSError) as error:
                problems.append(f"The lesson file {path.name} cannot be used: {error}.")
    lessons = list(found.values())
    lessons.sort(key=lambda lesson: (lesson.order, lesson.title))
    return lessons, problems


def load_lessons(folder: Path | None = None, language: str = "") -> list[Lesson]:
    """Every lesson, in order; LessonError for the first file that cannot be used (for the command line and tests,
    where a broken file must be noticed)."""
    lessons, problems = read_lessons(folder, language)
    if problems:
        raise LessonError(problems[0])
    return lessons


def find_lesson(lessons: list[Lesson], lesson_id: str) -> Lesson:
    for lesson in lessons:
        if lesson.id == lesson_id:
            return lesson
    known = ", ".join(lesson.id for lesson in lessons)
    raise UserError("There is no lesson called '{lesson}'. The lessons are: {known}.",
                    {"lesson": lesson_id, "known": known})
