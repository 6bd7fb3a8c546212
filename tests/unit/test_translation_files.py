"""The translations CareLink ships (assets/translations/carelink_<language>.ts and .qm, assets/tutorials/<lesson>.
<language>.toml): every sentence of the template is translated in its own context, each keeps the placeholders the
code fills in, each .qm is what its .ts compiles to, and each translated lesson asks for the same steps on the same
controls as the lesson it translates."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from carelink.services.tutorial.lessons import load_lessons

pytestmark = pytest.mark.noqt

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "assets" / "translations"
TUTORIALS = ROOT / "assets" / "tutorials"
LANGUAGES = ("cy", "de", "es", "fr")  # issue #17: Welsh, German, Spanish and French
# what code fills into a sentence: {name} (str.format), %1 and %n (Qt)
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d|%n")


def sentences(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <message> element, for every message of a .ts file."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def finished(message: ET.Element) -> bool:
    """A translation a translator has written and not left marked unfinished (or obsolete, or vanished)."""
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None and bool((translation.text or "").strip())


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("pyside6-lrelease is missing: it comes with PySide6 (scripts/setup.sh installs it in .venv)")
    return found


TEMPLATE = sentences(TRANSLATIONS / "carelink.ts")


def test_each_language_is_shipped_as_a_ts_and_a_qm_file() -> None:
    for language in LANGUAGES:
        assert (TRANSLATIONS / f"carelink_{language}.ts").is_file(), language
        assert (TRANSLATIONS / f"carelink_{language}.qm").is_file(), language
    assert len(TEMPLATE) > 300, "the template carelink.ts lost its sentences"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_of_the_template_is_translated_in_its_context(language: str) -> None:
    path = TRANSLATIONS / f"carelink_{language}.ts"
    assert ET.parse(path).getroot().get("language") == language
    translated = sentences(path)
    missing = sorted(source for key in TEMPLATE if key not in translated for source in [key[1]])
    assert not missing, f"{len(missing)} sentences of carelink.ts are not in {path.name}, like {missing[:3]}"
    # (a sentence the code no longer says may stay behind as "vanished", for a translator to reuse: not checked)
    unfinished = [source for key in TEMPLATE if not finished(translated[key]) for source in [key[1]]]
    assert not unfinished, f"{len(unfinished)} sentences are not finished in {path.name}, like {unfinished[:3]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_keeps_the_placeholders_of_its_sentence(language: str) -> None:
    wrong = [(source, message.findtext("translation"))
             for (_, source), message in sentences(TRANSLATIONS / f"carelink_{language}.ts").items()
             if placeholders(message.findtext("translation") or "") != placeholders(source)]
    assert not wrong, f"placeholders lost or changed in carelink_{language}.ts: {wrong[:3]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_qm_file_is_what_its_ts_file_compiles_to(language: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"carelink_{language}.ts"
    compiled = tmp_path / f"carelink_{language}.qm"
    done = subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(compiled)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert compiled.read_bytes() == (TRANSLATIONS / compiled.name).read_bytes(), (
        f"{compiled.name} is older than {ts.name}: run scripts/update-translations.sh")


def test_the_placeholder_check_catches_a_lost_or_renamed_placeholder() -> None:
    assert placeholders("Sent to {name} at {time} ✓") == placeholders("Envoyé à {name} à {time} ✓")
    assert placeholders("Sent to {name} at {time}") != placeholders("Envoyé à {nom} à {time}")
    assert placeholders("Page %1 of %2") != placeholders("Page %1")


ORIGINALS = sorted(path for path in TUTORIALS.glob("*.toml") if path.name.count(".") == 1)


def lesson_shape(path: Path) -> list[tuple[str, str, str, str, list[str]]]:
    """What a translation must not change: each step's control, action, until and family, and its placeholders."""
    with path.open("rb") as file:
        data = tomllib.load(file)
    return [(step["control"], step.get("action", "tap"), step.get("until", "visible"), step.get("family", ""),
             placeholders(step["say"] + step.get("hint", ""))) for step in data["steps"]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_lesson_is_translated_with_the_same_steps_on_the_same_controls(language: str) -> None:
    assert ORIGINALS, "no lessons in assets/tutorials"
    for original in ORIGINALS:
        translation = original.with_name(f"{original.stem}.{language}.toml")
        assert translation.is_file(), f"{original.name} has no {language} translation"
        assert lesson_shape(translation) == lesson_shape(original), translation.name
        with translation.open("rb") as file:
            data = tomllib.load(file)
        with original.open("rb") as file:
            source = tomllib.load(file)
        assert data.get("language") == language, translation.name
        assert (data.get("order"), data.get("start", "home")) == (source.get("order"), source.get("start", "home"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_lesson_checker_accepts_every_translation_and_uses_it(language: str) -> None:
    english = {lesson.id: lesson for lesson in load_lessons()}
    translated = {lesson.id: lesson for lesson in load_lessons(language=f"{language}-GB")}
    assert translated.keys() == english.keys()
    for lesson_id, lesson in translated.items():
        assert lesson.title != english[lesson_id].title, f"{lesson_id} is still in English in {language}"
        assert [step.say for step in lesson.steps] != [step.say for step in english[lesson_id].steps]
