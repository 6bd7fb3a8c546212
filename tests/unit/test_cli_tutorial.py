"""The workshop's admin commands: tutorial list, reset, learners and forget."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from carelink.app import build_tutorial_household
from carelink.cli_tutorial import RESET_DONE
from carelink.paths import DATA_DIR_ENV
from carelink.services.tutorial import lessons
from carelink.services.tutorial.lessons import LessonError, lessons_dir, load_lessons
from tests.helpers import make_clock, make_household, memory_secrets, run_cli

pytestmark = pytest.mark.noqt

Capsys = pytest.CaptureFixture[str]



def plain(said: str) -> str:
    """French words with their non-breaking spaces (before : ? !, as French typography wants) read as plain
    spaces: the test is about the words."""
    return said.replace("\u00a0", " ")

def cli(data_dir: Path, capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    return run_cli(["--data-dir", str(data_dir), *argv], capsys)


@pytest.fixture(autouse=True)
def no_env_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)


def test_tutorial_list_as_json_gives_each_lesson_its_id_title_and_steps(tmp_path: Path, capsys: Capsys) -> None:
    code, out, err = cli(tmp_path, capsys, "tutorial", "list", "--json")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    lessons = load_lessons()
    assert listed == [{"id": lesson.id, "title": lesson.title, "steps": len(lesson.steps)} for lesson in lessons]
    assert listed and all(isinstance(item["steps"], int) and item["steps"] > 0 for item in listed)


def test_tutorial_list_is_one_readable_line_per_lesson(tmp_path: Path, capsys: Capsys) -> None:
    code, out, err = cli(tmp_path, capsys, "tutorial", "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    lessons = load_lessons()
    assert len(lines) == len(lessons)
    for line, lesson in zip(lines, lessons, strict=True):
        assert line.startswith(lesson.id) and lesson.title in line and f"{len(lesson.steps)} steps" in line


def test_tutorial_reset_removes_the_practice_household_and_keeps_the_real_one(tmp_path: Path,
                                                                              capsys: Capsys) -> None:
    real = make_household(tmp_path)
    real.contacts.add("Sarah Jones", "sarah@example.org")
    real.close()
    build_tutorial_household(tmp_path, "Rose", clock=make_clock(), secrets=memory_secrets()).close()
    assert (tmp_path / "tutorial").is_dir()

    code, out, err = cli(tmp_path, capsys, "tutorial", "reset")
    assert (code, err) == (0, "")
    assert out.strip() == RESET_DONE
    assert not (tmp_path / "tutorial").exists()
    code, out, _ = cli(tmp_path, capsys, "contacts", "list", "--json")
    assert code == 0 and [c["name"] for c in json.loads(out)] == ["Sarah Jones"]

    code, out, err = cli(tmp_path, capsys, "tutorial", "reset")  # nothing to reset: still fine
    assert (code, out.strip(), err) == (0, RESET_DONE, "")


def test_tutorial_reset_with_demo_clears_the_demo_s_practice_folder(tmp_path: Path, capsys: Capsys) -> None:
    build_tutorial_household(tmp_path, "Rose", clock=make_clock(), secrets=memory_secrets()).close()
    build_tutorial_household(tmp_path / "demo", "Rose", clock=make_clock(), secrets=memory_secrets()).close()
    code, _, err = cli(tmp_path, capsys, "--demo", "tutorial", "reset")
    assert (code, err) == (0, "")
    assert not (tmp_path / "demo" / "tutorial").exists()  # the demo's workshop practises beside the demo
    assert (tmp_path / "tutorial").exists()  # the real household's practice folder is its own
    assert (tmp_path / "demo" / "carelink.sqlite").exists()


def test_tutorial_reset_never_deletes_a_folder_that_is_not_the_practice_household(tmp_path: Path,
                                                                                  capsys: Capsys) -> None:
    mine = tmp_path / "tutorial"
    mine.mkdir()
    (mine / "letters.txt").write_text("my own letters", encoding="utf-8")
    code, _, err = cli(tmp_path, capsys, "tutorial", "reset")
    assert code == 1 and "not CareLink's practice household" in err
    assert (mine / "letters.txt").is_file()


def test_tutorial_learners_and_forget(tmp_path: Path, capsys: Capsys) -> None:
    real = make_household(tmp_path)
    record = real.learners.start("Rose", "reply", 9)
    real.learners.reached(record, 3)  # the lesson on show in `real`'s window
    code, out, err = cli(tmp_path, capsys, "tutorial", "learners", "--json")
    assert (code, err) == (0, "")
    [row] = json.loads(out)
    assert {k: row[k] for k in ("id", "learner", "lesson", "step", "steps", "status")} == {
        "id": record, "learner": "Rose", "lesson": "reply", "step": 3, "steps": 9, "status": "practising"}
    assert set(row) == {"id", "learner", "lesson", "step", "steps", "status", "updated"}
    code, out, _ = cli(tmp_path, capsys, "tutorial", "learners")
    assert code == 0 and "Rose" in out and "3 of 9 steps done" in out and "practising" in out
    real.close()  # the window is gone with its lesson on: stopped at the step reached
    code, out, _ = cli(tmp_path, capsys, "tutorial", "learners")
    assert code == 0 and "Rose" in out and "3 of 9 steps done  stopped" in out
    code, out, err = cli(tmp_path, capsys, "tutorial", "forget")
    assert (code, out.strip(), err) == (0, "Forgot 1 learner record.", "")
    code, out, _ = cli(tmp_path, capsys, "tutorial", "learners", "--json")
    assert (code, json.loads(out)) == (0, [])


@pytest.mark.parametrize("argv", [
    ("tutorial",),
    ("tutorial", "start"),
    ("tutorial", "list", "--bogus"),
    ("tutorial", "reset", "now"),
])
def test_bad_tutorial_usage_exits_2(tmp_path: Path, capsys: Capsys, argv: tuple[str, ...]) -> None:
    code, out, err = cli(tmp_path, capsys, *argv)
    assert code == 2
    assert out == "" and "usage:" in err


MISSPELT = """title = "Saying hello"
start = "hom"

[[steps]]
say = "Tap Messages."
control = "tile_mesages"

[[steps]]
control = "wall_home"
action = "jump"
"""


def test_tutorial_check_names_every_problem_with_its_line(tmp_path: Path, capsys: Capsys) -> None:
    lesson = tmp_path / "hello.toml"
    lesson.write_text(MISSPELT, encoding="utf-8")
    code, out, err = cli(tmp_path, capsys, "tutorial", "check", str(lesson))
    assert code == 1 and out == ""
    assert "hello.toml: Line 2: there is no screen 'hom'. Did you mean home?" in err
    assert "Line 6: there is no control 'tile_mesages'. Did you mean tile_messages?" in err
    assert "Line 8 (step 2): the step has no 'say'" in err
    assert "Line 10: there is no action 'jump'." in err


def test_tutorial_check_reads_notepad_files_and_says_toml_errors_plainly(tmp_path: Path, capsys: Capsys) -> None:
    lesson = tmp_path / "hello.toml"
    written = MISSPELT.replace('"hom"', '"home"').replace("tile_mesages", "tile_messages").replace(
        'action = "jump"', 'say = "Tap Home."').replace('"Saying hello"', "\u201cSaying hello\u201d")
    lesson.write_bytes(b"\xef\xbb\xbf" + written.replace("\n", "\r\n").encode("utf-8"))
    code, out, err = cli(tmp_path, capsys, "tutorial", "check", str(lesson))
    assert (code, err) == (0, "") and "no problems found" in out
    lesson.write_text('title = "Saying hello\n', encoding="utf-8")
    code, _, err = cli(tmp_path, capsys, "tutorial", "check", str(lesson))
    assert code == 1 and "Line 1: the words are not closed with a quote mark" in err and "Illegal" not in err


def test_a_lessons_folder_in_the_data_folder_adds_lessons_and_list_checks_them(tmp_path: Path,
                                                                                capsys: Capsys) -> None:
    own = tmp_path / "lessons"
    own.mkdir(parents=True)
    (own / "hello.toml").write_text(MISSPELT.replace('"hom"', '"home"').replace("tile_mesages", "tile_messages")
                                    .replace('action = "jump"', 'say = "Tap Home."'), encoding="utf-8")
    code, out, err = cli(tmp_path, capsys, "tutorial", "list", "--json")
    assert (code, err) == (0, "") and "hello" in [item["id"] for item in json.loads(out)]
    (own / "hello.toml").write_text(MISSPELT, encoding="utf-8")
    code, _, err = cli(tmp_path, capsys, "tutorial", "list")
    assert code == 1 and "Did you mean tile_messages?" in err


def test_a_misspelt_control_in_a_bundled_lesson_is_caught_by_check_and_list(
        tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "bundled"
    shutil.copytree(lessons_dir(), bundled)
    reply = bundled / "reply.toml"
    reply.write_text(reply.read_text(encoding="utf-8").replace('"wall_send"', '"wall_sned"'), encoding="utf-8")
    monkeypatch.setattr(lessons, "lessons_dir", lambda: bundled)
    line = reply.read_text(encoding="utf-8").split("\n").index('control = "wall_sned"') + 1
    code, out, err = cli(tmp_path / "data", capsys, "tutorial", "check", str(reply))
    assert (code, out) == (1, "")
    assert err == f"reply.toml: Line {line}: there is no control 'wall_sned'. Did you mean wall_send?\n"
    code, _, err = cli(tmp_path / "data", capsys, "tutorial", "list")
    assert code == 1 and "there is no control 'wall_sned'. Did you mean wall_send?" in err
    with pytest.raises(LessonError, match=r"'wall_sned' is on no screen \(did you mean wall_send\?\)"):
        load_lessons(bundled)  # the lessons engine holds lessons to the same list: the app never strands a learner


def test_the_workshop_commands_speak_the_household_s_language(tmp_path: Path, capsys: Capsys) -> None:
    """A French household: `tutorial check` names each problem in French (with its line), says a good file is fine
    and a TOML slip plainly; `tutorial learners` gives the date and the state in French."""
    real = make_household(tmp_path)
    real.settings.set("locale", "fr-FR")
    real.learners.stop(real.learners.start("Rose", "reply", 9), 3)
    real.close()
    lesson = tmp_path / "hello.toml"
    lesson.write_text(MISSPELT, encoding="utf-8")
    code, out, err = cli(tmp_path, capsys, "tutorial", "check", str(lesson))
    assert code == 1 and out == ""
    assert plain(err).splitlines() == [
        "hello.toml : Ligne 2 : il n'y a pas d'écran 'hom'. Vouliez-vous dire home ?",
        "hello.toml : Ligne 6 : il n'y a pas de commande 'tile_mesages'. Vouliez-vous dire tile_messages ?",
        "hello.toml : Ligne 8 (étape 2) : l'étape n'a pas de 'say' (les mots que l'apprenant lit et entend).",
        "hello.toml : Ligne 10 : il n'y a pas d'action 'jump'. Les actions sont : tap, type, wait, read.",
    ]
    good = MISSPELT.replace('"hom"', '"home"').replace("tile_mesages", "tile_messages").replace(
        'action = "jump"', 'say = "Touchez Accueil."')
    lesson.write_text(good, encoding="utf-8")
    assert cli(tmp_path, capsys, "tutorial", "check", str(lesson)) == (0, "hello.toml : aucun problème trouvé.\n",
                                                                        "")
    lesson.write_text('colour = "blue"\n' + good, encoding="utf-8")
    assert plain(cli(tmp_path, capsys, "tutorial", "check", str(lesson))[2]) == (
        "hello.toml : La leçon ne peut pas être utilisée : le fichier contient 'colour', qu'une leçon n'utilise pas "
        "(vérifiez l'orthographe).\n")
    lesson.write_text('title = "Saying hello\n', encoding="utf-8")
    assert plain(cli(tmp_path, capsys, "tutorial", "check", str(lesson))[2]) == (
        "hello.toml : Ligne 1 : les mots ne sont pas fermés par un guillemet en fin de ligne.\n")
    code, out, err = cli(tmp_path, capsys, "tutorial", "learners")
    assert (code, err) == (0, "")
    [line] = out.splitlines()
    assert "21 nov.  09:14  Rose" in line and line.endswith("3 étapes faites sur 9  arrêtée"), line
