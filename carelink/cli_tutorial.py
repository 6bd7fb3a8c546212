"""The admin commands for workshops (DESIGN.md section 5): tutorial list, reset, learners, forget. Thin, over the
services."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from carelink.app import reset_tutorial
from carelink.household import Household
from carelink.services.mail_words import say, short_date
from carelink.translation import Translate, sentence

# A learner's go at a lesson, as the learners listing says it
LEARNER_STATUS = {"practising": sentence("practising"), "stopped": sentence("stopped"), "done": sentence("finished")}
RESET_DONE = sentence("The practice household is fresh again: the pretend family's messages are back as they were.")


def add_tutorial_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    tutorial = commands.add_parser("tutorial", help=sentence("workshop lessons with a pretend family"))
    what = tutorial.add_subparsers(dest="tutorial_command", metavar="ACTION", required=True)
    listing = what.add_parser("list", help=sentence("list the lessons"))
    listing.add_argument("--json", action="store_true")
    check = what.add_parser("check", help=sentence("check a lesson file you wrote, naming every problem with its line"))
    check.add_argument("file", type=Path, help=sentence("the lesson's .toml file"))
    what.add_parser("reset", help=sentence("make the practice household fresh again, for the next learner"))
    learners = what.add_parser("learners", help=sentence("list the learners and how far each got"))
    learners.add_argument("--json", action="store_true")
    what.add_parser("forget", help=sentence("forget every learner's progress"))
    handout = what.add_parser("handout", help=sentence("save a lesson's handout as a PDF, to print"))
    handout.add_argument("lesson", help=sentence("the lesson's id (see tutorial list)"))
    handout.add_argument("--out", required=True, type=Path, help=sentence("the PDF file to write"))
    handout.add_argument("--learner", default="",
                         help=sentence("the learner's name, put on the handout and in its words"))
    certificate = what.add_parser("certificate",
                                  help=sentence("save a learner's certificate for today's lessons as a PDF"))
    certificate.add_argument("learner", help=sentence("the learner's name, as typed in workshop mode"))
    certificate.add_argument("--out", required=True, type=Path, help=sentence("the PDF file to write"))


def tutorial(args: argparse.Namespace, household: Household) -> int:
    from carelink.services.tutorial.lessons import lessons_dir, read_lessons
    from carelink.services.tutorial.progress import check_learner_name
    from carelink.ui.pictures import save_certificate, save_handout

    t = household.translate()
    if args.tutorial_command == "check":
        return _check([args.file], t)
    if args.tutorial_command == "list":
        own = own_lessons(household)
        lessons, _problems = read_lessons(language=household.settings.locale, own=own)
        if _check([*sorted(lessons_dir().glob("*.toml")), *sorted(own.glob("*.toml"))], t, quiet=True):
            return 1
        if args.json:
            print(json.dumps([{"id": lesson.id, "title": lesson.title, "steps": len(lesson.steps)}
                              for lesson in lessons], indent=2))
        else:
            for lesson in lessons:
                print(f"{lesson.id:<16} " + say(t, "{count} steps", count=f"{len(lesson.steps):>2}")
                      + f"  {lesson.title}")
    elif args.tutorial_command == "reset":
        reset_tutorial(household.paths.root)  # beside the household the command is for (--demo: the demo's)
        print(t(RESET_DONE))
    elif args.tutorial_command == "learners":
        records = household.learners.records()
        if args.json:
            print(json.dumps([record.as_json() for record in records], indent=2))
        else:
            for r in records:
                print(f"{r.id:>4}  {short_date(r.updated, t)}  {r.learner:<30} {r.lesson_id:<16} "
                      + say(t, "{done} of {count} steps done", done=r.step_reached, count=r.steps)
                      + f"  {t(LEARNER_STATUS.get(r.status, r.status))}")
    elif args.tutorial_command == "handout":
        learner = check_learner_name(args.learner) if args.learner.strip() else ""
        print(save_handout(household, args.lesson, args.out, learner))
    elif args.tutorial_command == "certificate":
        print(save_certificate(household, args.learner, args.out))
    else:
        forgotten = household.learners.forget_all()
        print(say(t, "Forgot 1 learner record.") if forgotten == 1
              else say(t, "Forgot {count} learner records.", count=forgotten))
    return 0


def own_lessons(household: Household) -> Path:
    """The facilitator's own lessons: a `lessons` folder in the data folder (adds to or replaces bundled ones)."""
    return household.paths.root / "lessons"


def _check(files: list[Path], t: Translate, quiet: bool = False) -> int:
    """Print every problem in `files` (to stderr), each with its file and line, in the household's language; 1 if
    there were any."""
    from carelink.services.tutorial.checking import check_lesson_file

    problems = [(path, problem) for path in files for problem in check_lesson_file(path, t)]
    for path, problem in problems:
        print(say(t, "{file}: {problem}", file=path.name, problem=problem), file=sys.stderr)
    if not problems and not quiet:
        for path in files:
            print(say(t, "{file}: no problems found.", file=path.name))
    return 1 if problems else 0


TUTORIAL_COMMANDS: dict[str | None, Callable[[argparse.Namespace, Household], int]] = {"tutorial": tutorial}
