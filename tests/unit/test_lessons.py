"""The lesson files and the Qt-free lesson engine: every shipped lesson loads, broken files are named in plain words,
translations replace the lesson they translate, and a run moves only when the learner does the step asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from carelink.errors import UserError
from carelink.services.tutorial.engine import LessonRun
from carelink.services.tutorial.lessons import (
    ACTIONS,
    LessonError,
    find_lesson,
    lesson_text,
    load_lessons,
    read_lessons,
)

pytestmark = pytest.mark.noqt

# The lessons issue #6 asks for, by what they teach.
REQUIRED = {"read-message", "reply", "video-call", "answer-call", "concern", "checkin", "text-size", "mouse-touch",
            "typing", "photos", "previous", "text-smaller", "call-back", "staying-safe"}

GOOD = """
title = "Say hello"
summary = "A tiny lesson."
order = 3

[[steps]]
say = "Tap Messages, {name}."
control = "tile_messages"

[[steps]]
say = "Type something."
control = "wall_reply_text"
action = "type"
example = "Hello"
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_lessons_all_load_in_order() -> None:
    lessons = load_lessons()
    assert {lesson.id for lesson in lessons} >= REQUIRED
    assert [lesson.order for lesson in lessons] == sorted(lesson.order for lesson in lessons)
    assert len(lessons) >= 13
    for lesson in lessons:
        assert lesson.title and lesson.summary and lesson.steps
        assert lesson.learned and "\n" not in lesson.learned, f"{lesson.id} needs a one-line 'learned'"
        # the lesson strip keeps room for a lesson's longest words: longer ones push it off a 1024×600 screen
        assert all(len(step.say) <= 130 for step in lesson.steps), f"{lesson.id} has a step too long to show"
        assert all(step.action in ACTIONS and step.say for step in lesson.steps)


def test_a_good_file_becomes_a_lesson(tmp_path: Path) -> None:
    write(tmp_path, "hello.toml", GOOD)
    (lesson,) = load_lessons(tmp_path)
    assert (lesson.id, lesson.title, lesson.order, lesson.start) == ("hello", "Say hello", 3, "home")
    assert lesson.steps[0].words("Ann") == "Tap Messages, Ann."
    assert lesson.steps[1].example == "Hello"


@pytest.mark.parametrize(("text", "words"), [
    ("title = 'x'", "it has no [[steps]]"),
    ("title = 'x'\n[[steps]]\nsay = 'a'\n", "step 1 needs 'control'"),
    ("title = 'x'\n[[steps]]\nsay = 'a'\ncontrol = 'b'\naction = 'swipe'\n", "step 1's action 'swipe'"),
    ("title = 'x'\n[[steps]]\nsay = 'a'\ncontrol = 'b'\nsya = 'c'\n", "'sya', which a step does not use"),
    ("title = 'x'\n[[steps]]\nsay = 'a'\ncontrol = 'b'\naction = 'type'\n", "step 1 needs 'example'"),
    ("title = 'x'\n[[steps]]\nsay = 'a'\ncontrol = 'b'\nfamily = 'dance'\n", "family 'dance'"),
    ("title = 'x'\n[[steps]]\nsay = 'a'\ncontrol = 'b'\nfamily = 'scam tom'\n", "the one word: scam"),
    ("title = 'x'\n[[steps]]\nsay = 'a'\ncontrol = 'b c'\n", "is not a control's name"),
    ("title = 'x'\n[[steps]]\nsay = 'a'\ncontrol = 'tile_mesages'\n", "on no screen (did you mean tile_messages?)"),
    ("tittle = 'x'\n[[steps]]\nsay = 'a'\ncontrol = 'b'\n", "'tittle'"),
    ("title = \n", "cannot be read"),
])
def test_a_broken_file_is_named_with_what_is_wrong(tmp_path: Path, text: str, words: str) -> None:
    write(tmp_path, "broken.toml", text)
    write(tmp_path, "fine.toml", GOOD)
    lessons, problems = read_lessons(tmp_path)
    assert [lesson.id for lesson in lessons] == ["fine"]  # one broken file never hides the others
    assert len(problems) == 1 and "broken.toml" in problems[0] and words in problems[0]
    with pytest.raises(LessonError, match=r"broken\.toml"):
        load_lessons(tmp_path)


def test_a_translation_replaces_its_lesson_for_that_language_only(tmp_path: Path) -> None:
    write(tmp_path, "hello.toml", GOOD)
    write(tmp_path, "hello.cy.toml", GOOD.replace("Say hello", "Dweud helo"))
    assert [lesson.title for lesson in load_lessons(tmp_path, "cy-GB")] == ["Dweud helo"]
    assert [lesson.title for lesson in load_lessons(tmp_path, "en-GB")] == ["Say hello"]
    assert [lesson.title for lesson in load_lessons(tmp_path)] == ["Say hello"]


def test_an_unknown_lesson_is_a_plain_error() -> None:
    with pytest.raises(UserError, match=r"no lesson called 'juggling'.*reply"):
        find_lesson(load_lessons(), "juggling")


def test_a_run_moves_only_when_the_step_asked_for_is_done(tmp_path: Path) -> None:
    write(tmp_path, "hello.toml", GOOD)
    (lesson,) = load_lessons(tmp_path)
    run = LessonRun(lesson, "Ann")
    moves: list[int] = []
    run.moved.connect(lambda r: moves.append(r.index))
    assert run.view().words == "Tap Messages, Ann." and (run.view().number, run.view().total) == (1, 2)
    assert not run.done("tile_calls")  # a different control never moves the lesson
    assert run.wrong_tap() == "" and run.wrong_taps == 1
    assert run.done("tile_messages") and run.index == 1 and run.steps_done == 1
    assert run.done("wall_reply_text") and run.finished and run.steps_done == 2
    assert not run.done("wall_reply_text")  # over is over
    run.restart()
    assert (run.index, run.finished) == (0, False)
    run.stop()
    assert run.stopped and run.over and moves == [1, 1, 0, 0]


def test_curly_quotes_open_and_close_words_and_may_quote_within_them(tmp_path: Path) -> None:
    written = "title = \u201cTelling the family \u201cI'm OK today\u201d\u201d\r\nsay = \"Tap \u201cMessages\u201d\"\n"
    assert lesson_text(written.encode()) == "title = \"Telling the family \u201cI'm OK today\u201d\"\n" \
                                            "say = \"Tap \u201cMessages\u201d\"\n"
    welsh = find_lesson(load_lessons(language="cy"), "checkin")
    assert welsh.title == "Dweud wrth y teulu \u201cRwy'n iawn heddiw\u201d", "proper quotes in the Welsh title"
