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
from carelink.translation import Translate, english, sentence

ACTIONS = ("tap", "type", "wait", "read")
WAIT_UNTIL = ("visible", "message")
FAMILY_ACTIONS = ("call", "scam")
_LESSON_KEYS = {"title", "short", "summary", "learned", "order", "start", "steps"}
_STEP_KEYS = {"say", "control", "action", "hint", "example", "until", "family"}
_CONTROL = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,80}$")
_LESSON_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")


class LessonError(UserError):
    """A lesson file that cannot be used; the message names the file and what is wrong with it."""


class LessonFileError(UserError, ValueError):
    """What is wrong with a lesson file, as its sentence and values (said in the reader's language by `words`)."""


def _problem(template: str, **values: object) -> LessonFileError:
    return LessonFileError(template, values)


def _choices(names: tuple[str, ...]) -> str:
    return ", ".join(names)


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


def _text(table: dict[str, Any], key: str, step: int = 0, required: bool = True) -> str:
    """The words under `key` of step number `step` (0: of the lesson itself)."""
    value = table.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        if step:
            raise _problem(sentence("step {number} needs '{key}' as some words in quotes"), number=step, key=key)
        raise _problem(sentence("the lesson needs '{key}' as some words in quotes"), key=key)
    return value.strip()


def _step(table: object, number: int) -> Step:
    if not isinstance(table, dict):
        raise _problem(sentence("step {number} is not a [[steps]] table"), number=number)
    unknown = sorted(set(table) - _STEP_KEYS)
    if unknown:
        raise _problem(sentence("step {number} has '{key}', which a step does not use (check the spelling)"),
                       number=number, key=unknown[0])
    control = _text(table, "control", number)
    if not _CONTROL.match(control):
        raise _problem(sentence("step {number}'s control '{control}' is not a control's name"), number=number,
                       control=control)
    action = _text(table, "action", number, required=False) or "tap"
    if action not in ACTIONS:
        raise _problem(sentence("step {number}'s action '{action}' must be one of: {choices}"), number=number,
                       action=action, choices=_choices(ACTIONS))
    until = _text(table, "until", number, required=False) or "visible"
    if until not in WAIT_UNTIL:
        raise _problem(sentence("step {number}'s until '{until}' must be one of: {choices}"), number=number,
                       until=until, choices=_choices(WAIT_UNTIL))
    example = _text(table, "example", number, required=action == "type")
    family = _text(table, "family", number, required=False)
    verb = family.split()[0] if family else ""
    if family and verb not in FAMILY_ACTIONS:
        raise _problem(sentence("step {number}'s family '{family}' must start with one of: {choices}"),
                       number=number, family=family, choices=_choices(FAMILY_ACTIONS))
    if verb == "call" and len(family.split()) != 2:
        raise _problem(sentence("step {number}'s family '{family}' must name one address, like: call "
                                "tom@example.org"), number=number, family=family)
    if verb == "scam" and family != "scam":
        raise _problem(sentence("step {number}'s family '{family}' must be the one word: scam"), number=number,
                       family=family)
    if control not in CONTROLS:
        nearest = nearest_control(control)
        if nearest:
            raise _problem(sentence("step {number}'s control '{control}' is on no screen (did you mean {nearest}?)"),
                           number=number, control=control, nearest=nearest)
        raise _problem(sentence("step {number}'s control '{control}' is on no screen"), number=number,
                       control=control)
    return Step(say=_text(table, "say", number), control=control, action=action,
                hint=_text(table, "hint", number, required=False), example=example, until=until, family=family)


def parse_lesson(lesson_id: str, data: dict[str, Any]) -> Lesson:
    """A lesson from a TOML file's contents; LessonFileError (a ValueError saying what is wrong, in plain words) if it
    is not one."""
    unknown = sorted(set(data) - _LESSON_KEYS - {"language"})
    if unknown:
        raise _problem(sentence("it has '{key}', which a lesson does not use (check the spelling)"), key=unknown[0])
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        raise _problem(sentence("it has no [[steps]]"))
    order = data.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        raise _problem(sentence("'order' must be a whole number"))
    start = _text(data, "start", required=False) or "home"
    title = _text(data, "title")
    return Lesson(id=lesson_id, title=title,
                  summary=_text(data, "summary", required=False), order=order, start=start,
                  steps=tuple(_step(table, number) for number, table in enumerate(steps, 1)),
                  short=_text(data, "short", required=False) or title,
                  learned=_text(data, "learned", required=False))


_CURLY_LINE = re.compile(r'^(\s*[A-Za-z0-9_-]+\s*=\s*)[\u201c"](.*)[\u201d"]\s*$')


def lesson_text(raw: bytes) -> str:
    """A lesson file's words as TOML can read them: a byte-order mark (Windows Notepad) dropped, Windows line endings
    made plain, and a word processor's curly double quotes made straight where they open and close a line's words
    (curly quotes within the words stay: a title may quote “I'm OK today”)."""
    text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_CURLY_LINE.sub(r'\1"\2"', line) if "\u201c" in line or "\u201d" in line else line
                     for line in text.split("\n"))


def plain_toml_error(error: tomllib.TOMLDecodeError) -> LessonFileError:
    """What a TOML error means, in plain words, with the line it is on."""
    text = str(error)
    found = re.search(r"\(at line (\d+), column \d+\)", text)
    where = _problem(sentence("Line {line}"), line=int(found.group(1))) if found else _problem(sentence("The file"))
    if "Illegal character '\\n'" in text or "Unterminated string" in text:
        return _problem(sentence("{where}: the words are not closed with a quote mark at the end of the line"),
                        where=where)
    if "Expected '=' after a key" in text or "Invalid statement" in text:
        return _problem(sentence("{where}: each line should be a name, an = sign and words in quotes, like: say = "
                                 "\"Tap Messages\""), where=where)
    if "Cannot overwrite a value" in text or "Cannot declare" in text:
        return _problem(sentence("{where}: this name is given twice in the same step"), where=where)
    problem = text.split(" (at line")[0]
    if found:
        return _problem(sentence("Line {line} cannot be read ({problem}); check its quote marks and = sign"),
                        line=int(found.group(1)), problem=problem)
    return _problem(sentence("The file cannot be read ({problem}); check its quote marks and = sign"),
                    problem=problem)


def read_lesson_file(path: Path) -> Lesson:
    """One lesson file; LessonFileError (a ValueError) in plain words if it cannot be used."""
    lesson_id, _ = _file_language(path)
    if not _LESSON_ID.match(lesson_id):
        raise _problem(sentence("its name must be small letters, numbers and dashes, like reply.toml"))
    try:
        data = tomllib.loads(lesson_text(path.read_bytes()))
    except UnicodeDecodeError as error:
        raise _problem(sentence("it is not saved as UTF-8 text (choose UTF-8 when saving it)")) from error
    except tomllib.TOMLDecodeError as error:
        raise plain_toml_error(error) from error
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


CANNOT_USE = sentence("The lesson file {name} cannot be used: {problem}.")


def read_lessons(folder: Path | None = None, language: str = "", own: Path | None = None,
                 translate: Translate = english) -> tuple[list[Lesson], list[str]]:
    """Every lesson that can be used, in order, and a plain sentence for each file that cannot (in the language
    `translate` speaks). Lessons in `own` (the facilitator's `lessons` folder in the data folder) are added, and
    replace bundled ones of the same name."""
    folder = folder or lessons_dir()
    found: dict[str, Lesson] = {}
    problems: list[str] = []
    if not folder.is_dir():
        return [], [_problem(sentence("There is no lessons folder at {folder}."), folder=folder).words(translate)]
    for where in (folder, own):
        if where is None or not where.is_dir():
            continue
        for path in _chosen_files(where, language):
            try:
                lesson = read_lesson_file(path)
                found[lesson.id] = lesson
            except (ValueError, OSError) as error:
                why: object = error if isinstance(error, UserError) else str(error)
                problems.append(_problem(CANNOT_USE, name=path.name, problem=why).words(translate))
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
