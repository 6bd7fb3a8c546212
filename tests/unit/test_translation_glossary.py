"""One word for each thing, in each language (issue #17): a thing the person meets in several places (a screen,
Settings, a lesson, an email, the command line, a handout) is called the same in all of them, by the word the older
adult's own screens use. For each language, every translated sentence (screens and core, and every translated lesson)
whose English names one of these things says the chosen word. The README's translators' guide lists the glossary."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.noqt

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "assets" / "translations"
TUTORIALS = ROOT / "assets" / "tutorials"
# what code fills in ({carer}, {learner}) is not a word the sentence says
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")

# the carer told when the first has not answered ("backup" alone is also the data file's copy)
BACKUP = "backup carers?|the backup too"
# English (a whole word or phrase, any case) → what the translation must contain (any case; Welsh words mutate, so
# their stems). Only things whose word holds in every sentence: "Settings" also names other programs' settings, and
# "message" argparse's help message, so they are checked by eye (README), not here.
GLOSSARY: dict[str, dict[str, str]] = {
    "cy": {"concerns?": "ryder", "carers?": "ofal", "I'm OK today|check-in": "iawn heddiw",
           "hang up": "gorffen yr alwad", "lessons?": "wers", "learners?": "dysgw", BACKUP: "ofalwr wrth gefn"},
    "de": {"concerns?": "meld", "carers?": "pflegekr", "I'm OK today|check-in": "mir geht es gut",
           "hang up": "aufleg", "read aloud|reading aloud": "vorles|vorgeles", "lessons?": "lektion",
           "learners?": "teilnehm|person", BACKUP: "ersatz-pflegekr"},
    "es": {"concerns?": "problema", "carers?": "cuidador", "I'm OK today|check-in": "estoy bien",
           "hang up": "colgar", "read aloud|reading aloud": "voz alta", "lessons?": "lecci", "learners?": "alumn",
           BACKUP: "suplente"},
    "fr": {"concerns?": "souci", "carers?": "aidant", "I'm OK today|check-in": "je vais bien",
           "hang up": "raccroch", "read aloud|reading aloud": "voix haute", "lessons?": "leçon",
           "learners?": "apprenant", BACKUP: "de secours"},
}


def pairs(language: str) -> list[tuple[str, str]]:
    """(English, translation) of every sentence the language's .ts file gives (not those marked vanished or obsolete:
    the code no longer says them)."""
    found = []
    for message in ET.parse(TRANSLATIONS / f"carelink_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            found.append((message.findtext("source") or "", translation.text or ""))
    return found


def misses(language: str, sentences: list[tuple[str, str]]) -> list[str]:
    out = []
    for english, translated in sentences:
        said = PLACEHOLDER.sub("", english)
        for term, word in GLOSSARY[language].items():
            if re.search(rf"\b(?:{term})\b", said, re.IGNORECASE) and not re.search(word, translated, re.IGNORECASE):
                out.append(f"{term!r} should be {word!r}: {english!r} → {translated!r}")
    return out


@pytest.mark.parametrize("language", sorted(GLOSSARY))
def test_every_translated_sentence_calls_each_thing_by_its_one_word(language: str) -> None:
    assert misses(language, pairs(language)) == []


@pytest.mark.parametrize("language", sorted(GLOSSARY))
def test_every_translated_lesson_calls_each_thing_by_its_one_word(language: str) -> None:
    sentences = []
    for lesson in sorted(TUTORIALS.glob(f"*.{language}.toml")):
        english = tomllib.loads((TUTORIALS / f"{lesson.name.split('.')[0]}.toml").read_text(encoding="utf-8"))
        translated = tomllib.loads(lesson.read_text(encoding="utf-8"))
        for key in ("title", "short", "summary", "learned"):
            sentences.append((str(english.get(key, "")), str(translated.get(key, ""))))
        for step, step_translated in zip(english["steps"], translated["steps"], strict=True):
            sentences.append((str(step.get("say", "")), str(step_translated.get("say", ""))))
    assert sentences
    assert misses(language, sentences) == []


def test_the_check_finds_a_thing_called_by_another_word() -> None:
    """The check is not empty: the word the command line once used for a German learner is found."""
    assert misses("de", [("list the learners and how far each got", "die Lernenden auflisten")])
    assert misses("es", [("send a concern to the carer", "enviar un aviso al cuidador")])
    assert not misses("es", [("send a concern to the carer", "contar un problema al cuidador")])
    assert misses("fr", [("sent to the backup too", "envoyé aussi au secours")])
