"""The core's own words in the household's language, with no Qt: the .ts reader, filling in placeholders (a
translator's broken braces never break a message), UserError.words, and the script that keeps every core sentence
in assets/translations/carelink.ts."""

from __future__ import annotations

import importlib.util
import os
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest

from carelink.errors import UserError
from carelink.services.locales import clean_language, locale_for_language
from carelink.translation import (
    Translations,
    catalog_file,
    english,
    fill,
    join_names,
    names_apart,
    read_catalog,
    stored_names,
)
from tests.helpers import run_cli
from tests.helpers.pseudo_language import TEMPLATE, make_ts, marked

pytestmark = pytest.mark.noqt
ROOT = Path(__file__).resolve().parents[2]


def core_sentences_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("core_sentences", ROOT / "scripts" / "core_sentences.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["core_sentences"] = module
    spec.loader.exec_module(module)
    return module


def write_ts(folder: Path, name: str, messages: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="cy">\n'
                    f"<context>\n    <name>Core</name>\n{messages}</context>\n</TS>\n", encoding="utf-8")
    return path


def message(source: str, translation: str, kind: str | None = None) -> str:
    attribute = f' type="{kind}"' if kind else ""
    return (f"    <message>\n        <source>{source}</source>\n"
            f"        <translation{attribute}>{translation}</translation>\n    </message>\n")


def test_a_catalog_gives_translations_and_leaves_the_rest_in_english(tmp_path: Path) -> None:
    write_ts(tmp_path, "carelink_cy.ts", message("Yes", "Ie") + message("No", "", "unfinished")
             + message("Old words", "Hen eiriau", "vanished") + message("Maybe", "Efallai", "unfinished"))
    translate = Translations(tmp_path).for_locale("cy-GB")
    assert [translate(w) for w in ("Yes", "No", "Old words", "Maybe", "Never seen")] == \
        ["Ie", "No", "Old words", "Efallai", "Never seen"]
    assert Translations(tmp_path).for_locale("en-GB") is english
    assert Translations(tmp_path).for_locale("de-DE") is english, "no German file: English, not an error"


def test_a_country_s_own_file_comes_first(tmp_path: Path) -> None:
    write_ts(tmp_path, "carelink_es.ts", message("Yes", "Sí"))
    write_ts(tmp_path, "carelink_es_MX.ts", message("Yes", "Sí (MX)"))
    assert catalog_file("es-MX", tmp_path) == tmp_path / "carelink_es_MX.ts"
    assert Translations(tmp_path).for_locale("es-ES")("Yes") == "Sí"


def test_a_damaged_file_means_english_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "carelink_fr.ts").write_text("<TS><context>", encoding="utf-8")
    assert read_catalog(tmp_path / "carelink_fr.ts") == {}
    assert Translations(tmp_path).for_locale("fr-FR")("Yes") == "Yes"


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    path = write_ts(tmp_path, "carelink_de.ts", message("Yes", "Ja"))
    translations = Translations(tmp_path)
    assert translations.for_locale("de-DE")("Yes") == "Ja"
    write_ts(tmp_path, "carelink_de.ts", message("Yes", "Jawohl"))
    stamp = path.stat().st_mtime + 5
    os.utime(path, (stamp, stamp))
    assert translations.for_locale("de-DE")("Yes") == "Jawohl"


def test_broken_braces_in_a_translation_fall_back_to_the_english() -> None:
    assert fill("Hello {name}", {"name": "Mary"}) == "Hello Mary"
    assert fill("Helo {enw}", {"name": "Mary"}, fallback="Hello {name}") == "Hello Mary"
    assert fill("Helo {name", {"name": "Mary"}, fallback="Hello {name}") == "Hello Mary"


def test_a_user_error_speaks_the_household_s_language(tmp_path: Path) -> None:
    write_ts(tmp_path, "carelink_cy.ts",
             message("There is no contact number {number}. &apos;carelink contacts list&apos; shows them.",
                     "Does dim cyswllt rhif {number}.")
             + message("{problem} Nothing was lost: CareLink will try again.", "{problem} Ni chollwyd dim.")
             + message("Email is not set up yet.", "Nid yw e-bost wedi'i osod eto."))
    translate = Translations(tmp_path).for_locale("cy-GB")
    error = UserError("There is no contact number {number}. 'carelink contacts list' shows them.", {"number": 7})
    assert error.message == "There is no contact number 7. 'carelink contacts list' shows them."
    assert str(error) == error.message
    assert error.words(translate) == "Does dim cyswllt rhif 7."
    nested = UserError("{problem} Nothing was lost: CareLink will try again.",
                       {"problem": UserError("Email is not set up yet.")})
    assert nested.words(translate) == "Nid yw e-bost wedi'i osod eto. Ni chollwyd dim."
    assert UserError("A {brace} with no values").words() == "A {brace} with no values"


def test_the_command_line_says_a_problem_in_the_household_s_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assets = tmp_path / "assets"
    make_ts(assets / "translations", "de", marked("⟦de⟧"))
    monkeypatch.setattr("carelink.translation.assets_dir", lambda: assets)
    data = str(tmp_path / "home")
    assert run_cli(["--data-dir", data, "settings", "set", "locale", "de-DE"], capsys)[0] == 0
    code, _, err = run_cli(["--data-dir", data, "contacts", "remove", "42"], capsys)
    assert code == 1
    assert err.strip() == "⟦de⟧ There is no contact number 42. 'carelink contacts list' shows them."


def test_languages_are_chosen_by_their_code() -> None:
    assert clean_language("CY") == "cy"
    assert clean_language("") is None and clean_language(None) is None
    with pytest.raises(UserError, match="not a language CareLink is written in"):
        clean_language("xx")
    assert locale_for_language("en-GB", "cy") == "cy-GB"


def test_the_template_holds_every_core_sentence() -> None:
    """scripts/update-translations.sh was run after the last core sentence was added (else translators miss it)."""
    script = core_sentences_script()
    written = set(read_catalog_all(TEMPLATE))
    missing = [s for s in script.core_sentences() if s not in written]
    assert not missing, f"run scripts/update-translations.sh; not in carelink.ts yet: {missing[:5]}"
    assert len(script.core_sentences()) > 100


def read_catalog_all(path: Path) -> list[str]:
    root = ElementTree.parse(path).getroot()
    return [m.findtext("source") or "" for c in root.iter("context") if c.findtext("name") == "Core"
            for m in c.iter("message")]


def test_core_sentences_keeps_translations_and_is_stable(tmp_path: Path) -> None:
    script = core_sentences_script()
    ts = write_ts(tmp_path, "carelink_cy.ts", message("Yes", "Ie") + message("Gone for good", "Wedi mynd")
                  + message("Gone, never translated", "", "unfinished"))
    script.update(ts, ["Yes", "No"])
    first = ts.read_text(encoding="utf-8")
    assert read_catalog(ts) == {"Yes": "Ie"}, "kept; the vanished one is not used"
    assert '<translation type="vanished">Wedi mynd</translation>' in first, "kept for the translator to reuse"
    assert "Gone, never translated" not in first
    assert '<source>No</source>\n        <translation type="unfinished"></translation>' in first
    script.update(ts, ["Yes", "No"])
    assert ts.read_text(encoding="utf-8") == first, "running it again changes nothing"
    assert first.count("<name>Core</name>") == 1


def test_names_are_joined_the_way_each_language_says_and() -> None:
    shipped = Translations()  # the translations CareLink ships
    two = ["Sarah Jones", "Tom Jones"]
    assert join_names(two) == "Sarah Jones and Tom Jones"
    assert join_names(["Ann", *two, "Ann"]) == "Ann, Sarah Jones and Tom Jones", "each once, in order"
    assert join_names(["Ann"], shipped.for_locale("cy-GB")) == "Ann" and join_names([]) == ""
    assert join_names(two, shipped.for_locale("cy-GB")) == "Sarah Jones a Tom Jones"
    assert join_names(["Siân", "Ifan"], shipped.for_locale("cy-GB")) == "Siân ac Ifan", "'ac' before a vowel"
    assert join_names(["Siân", "Owen", "Eleri"], shipped.for_locale("cy")) == "Siân, Owen ac Eleri"
    assert join_names(two, shipped.for_locale("es-ES")) == "Sarah Jones y Tom Jones"
    assert join_names(["Tomás", "Isabel"], shipped.for_locale("es-MX")) == "Tomás e Isabel", "'e' before an i sound"
    assert join_names(["Tomás", "Hilda"], shipped.for_locale("es")) == "Tomás e Hilda"
    assert join_names(["Tomás", "Yolanda"], shipped.for_locale("es")) == "Tomás y Yolanda"
    assert join_names(["Tomás", "Hierro"], shipped.for_locale("es")) == "Tomás y Hierro"
    assert join_names(two, shipped.for_locale("fr-FR")) == "Sarah Jones et Tom Jones"
    assert join_names(["Jeanne", "Isabelle"], shipped.for_locale("fr")) == "Jeanne et Isabelle"
    assert join_names(two, shipped.for_locale("de-DE")) == "Sarah Jones und Tom Jones"
    assert join_names(["Ann", "Isabel"], english, "es") == "Ann and Isabel", "a rule never changes another word"


def test_names_are_stored_apart_and_a_row_from_before_still_reads() -> None:
    assert stored_names(names_apart(["Sarah Jones", " Tom Jones ", ""])) == ("Sarah Jones", "Tom Jones")
    assert stored_names("Sarah Jones and Tom Jones") == ("Sarah Jones and Tom Jones",), "as it was written"
    assert stored_names("") == ()
