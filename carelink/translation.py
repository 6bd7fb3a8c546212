"""CareLink's own words in the household's language, for the parts that have no Qt: plain-language errors
(`UserError`) and the emails CareLink sends.

One source of truth: the same assets/translations/carelink_<language>.ts files a translator writes for the screens
(scripts/update-translations.sh puts every core sentence into them, in the "Core" context, and compiles the .qm
files the screens load). The .ts file is XML, so the core reads it with the standard library alone.

A sentence is marked for the translators by `sentence("...")` (or by being the first argument of `UserError`);
scripts/core_sentences.py finds them all. Placeholders are written {name}; a translator's stray brace never breaks a
message: the English is used instead.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from carelink.resources import assets_dir

Translate = Callable[[str], str]
CORE_CONTEXT = "Core"
log = logging.getLogger(__name__)


def english(text: str) -> str:
    """The translation for an English household: the words as the code says them."""
    return text


def sentence(text: str) -> str:
    """Mark an English sentence for translation where it is written (it is looked up later, in the reader's
    language): returns it unchanged."""
    return text


def fill(template: str, values: Mapping[str, object], fallback: str | None = None) -> str:
    """`template` with its {placeholders} filled in; a template a translator broke falls back to `fallback`."""
    try:
        return template.format_map(dict(values))
    except (KeyError, IndexError, ValueError, AttributeError):
        if fallback is not None and fallback != template:
            log.warning("a translation of %r has placeholders that do not fit; using the English", fallback)
            return fill(fallback, values)
        return template


def language_of(locale_name: str) -> str:
    """'cy-GB' → 'cy'; '' → ''."""
    return locale_name.replace("_", "-").partition("-")[0].lower()


def language_file(locale_name: str, suffix: str, folder: Path | None = None) -> Path | None:
    """carelink_cy_GB<suffix> or else carelink_cy<suffix> for "cy-GB"; None for English or a language not
    translated yet."""
    folder = folder or assets_dir() / "translations"
    language, _, country = locale_name.replace("_", "-").partition("-")
    names = [f"carelink_{language.lower()}_{country.upper()}{suffix}"] if country else []
    names.append(f"carelink_{language.lower()}{suffix}")
    return next((folder / name for name in names if language and (folder / name).is_file()), None)


def catalog_file(locale_name: str, folder: Path | None = None) -> Path | None:
    """The translator's .ts file for a locale (the core reads it; the screens read the .qm made from it)."""
    return language_file(locale_name, ".ts", folder)


def read_catalog(path: Path, context: str = CORE_CONTEXT) -> dict[str, str]:
    """English sentence → translation, for the messages of `context` a translator has written (as lrelease does:
    finished or not, but never an empty, obsolete or vanished one)."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        log.warning("the translation %s could not be read (%s); CareLink writes in English", path.name, error)
        return {}
    found: dict[str, str] = {}
    for block in root.iter("context"):
        if (block.findtext("name") or "") != context:
            continue
        for message in block.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is None or translation is None or not (translation.text or "").strip():
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found[source] = translation.text or ""
    return found


@dataclass(frozen=True)
class Catalog:
    """One language's core sentences."""

    language: str
    sentences: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, text: str) -> str:
        return self.sentences.get(text, text)


class Translations:
    """The catalogs in a folder, read once each (and again when the file changes): `for_locale("cy-GB")` is the
    Translate function for Welsh, `english` where there is no translation."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._read: dict[Path, tuple[float, Catalog]] = {}

    def for_locale(self, locale_name: str) -> Translate:
        path = catalog_file(locale_name, self._folder)
        if path is None:
            return english
        try:
            stamp = path.stat().st_mtime
        except OSError:
            return english
        cached = self._read.get(path)
        if cached is None or cached[0] != stamp:
            cached = (stamp, Catalog(language_of(locale_name), read_catalog(path)))
            self._read[path] = cached
        return cached[1]


AND = sentence("{names} and {last}")
# Where a language's "and" changes with the sound after it: language → (the word, the word before such a sound,
# whether a name starts with that sound). Welsh "a" is "ac" before a vowel; Spanish "y" is "e" before an "i" sound
# (Isabel, Hilda; not Yolanda, nor the "ie"/"hie" of Hierro).
_VOWELS = "aeiouwyâêîôûŵŷáéíóúàèìòùäëïöü"


def _welsh_vowel(name: str) -> bool:
    return name[:1].lower() in _VOWELS


def _spanish_i(name: str) -> bool:
    low = name.lower()
    low = low[1:] if low.startswith("h") else low
    return low[:1] in ("i", "í") and low[1:2] not in tuple("aeiouáéó")


_AND_BEFORE: dict[str, tuple[str, str, Callable[[str], bool]]] = {
    "cy": ("a", "ac", _welsh_vowel),
    "es": ("y", "e", _spanish_i),
}


def join_names(names: Sequence[str], translate: Translate = english, language: str = "") -> str:
    """"Jane", "Jane and Tom", "Jane, Tom and Sarah" as the reader's language says it (each name once, in order):
    "Siân ac Ifan", "Tomás e Isabel", "Jeanne et Tom", "Jana und Tom". `language` ('cy', 'es-ES') defaults to the
    language of `translate` (a Catalog knows its own)."""
    unique = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    if len(unique) <= 1:
        return "".join(unique)
    template = translate(AND)
    rule = _AND_BEFORE.get(language_of(language or getattr(translate, "language", "")))
    if rule is not None and rule[2](unique[-1]):
        word, before, _ = rule
        template = template.replace(f" {word} {{last}}", f" {before} {{last}}")
    return fill(template, {"names": ", ".join(unique[:-1]), "last": unique[-1]}, fallback=AND)


NAMES_APART = "\n"


def names_apart(names: Sequence[str]) -> str:
    """Names as they are stored (one text column): apart, so each reader's language can join them."""
    return NAMES_APART.join(name.strip() for name in names if name.strip())


def stored_names(text: str) -> tuple[str, ...]:
    """The names stored by `names_apart`; a row from before (names joined in English) reads as one name."""
    return tuple(name for name in text.split(NAMES_APART) if name) if text else ()
