"""First-run setup and every Settings page in each language CareLink ships (Welsh, German, Spanish, French), at
200% text on 1280×800 and 150% on 1024×600 (German words are long): each step of first-run shows everything whole
without scrolling; a Settings page (the family's) may scroll up and down, but nothing on it is cut or past its
side; and no sentence on either is left in English. The shipped translations (assets/translations), the bundled font."""

from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.resources import assets_dir
from carelink.ui.first_run import (
    ADDRESS,
    CARER,
    COUNTRY,
    FAMILY,
    INCOMING,
    LANGUAGE,
    NAME,
    OUTGOING,
    PASSWORD,
    PIN,
    PROVIDER,
)
from carelink.ui.main_window import MainWindow
from tests.helpers.fit import cut_on_page, out_of_sight, words_cut_on_buttons
from tests.ui.conftest import WindowFactory

LOCALES = ("cy-GB", "de-DE", "es-ES", "fr-FR")
LONG_WORDS = ("cy-GB", "de-DE", "fr-FR")
SIZES = [(2.0, (1280, 800)), (1.5, (1024, 600))]
SIZE_IDS = [f"{round(s * 100)}%-{w}x{h}" for s, (w, h) in SIZES]


@pytest.fixture(autouse=True, scope="module")
def bundled_font(qapp: QApplication) -> Iterator[None]:
    loaded = [QFontDatabase.addApplicationFont(str(path)) for path in sorted((assets_dir() / "fonts").glob("*.woff"))]
    assert all(font >= 0 for font in loaded)
    yield
    for font in loaded:
        QFontDatabase.removeApplicationFont(font)


def _english_sentences() -> dict[str, tuple[str, str]]:
    """English sentence (as a screen shows it: no {placeholder}) → (context, sentence), for each sentence of the
    template that has at least two words."""
    root = ElementTree.parse(assets_dir() / "translations" / "carelink.ts").getroot()
    found: dict[str, tuple[str, str]] = {}
    for block in root.iter("context"):
        context = block.findtext("name") or ""
        for message in block.iter("message"):
            source = message.findtext("source") or ""
            if "{" not in source and "%" not in source and len(source.split()) >= 2:
                found[source] = (context, source)
    return found


ENGLISH = _english_sentences()


def english_left(window: QWidget) -> list[str]:
    """The words on show that are an English sentence of CareLink's that the language translates otherwise."""
    left = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text().removeprefix("✓ ").strip()
        found = ENGLISH.get(text)
        if found is not None and QCoreApplication.translate(*found) != text:
            left.append(f"{type(widget).__name__} {text!r}")
    return left


def look(qtbot: QtBot, window: MainWindow, where: str, eyes: Callable[[QWidget], list[str]] = out_of_sight
         ) -> list[str]:
    QApplication.processEvents()
    with contextlib.suppress(qtbot.TimeoutError):  # a changed word is laid out again on a later turn
        qtbot.waitUntil(lambda: not eyes(window) and not window.runner.busy, timeout=2000)
    return [f"{where}: {problem}" for problem in eyes(window) + english_left(window)]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("scale", "size"), SIZES, ids=SIZE_IDS)
def test_first_run_fits_in_each_language(make_window: WindowFactory, qtbot: QtBot, empty_household: Household,
                                         locale: str, scale: float, size: tuple[int, int]) -> None:
    empty_household.settings.set("locale", locale)
    window = make_window(scale, home=empty_household, size=size)
    steps = window.first_run
    assert steps is not None
    problems: list[str] = []
    for step, provider in ((NAME, ""), (LANGUAGE, ""), (COUNTRY, ""), (PIN, ""), (PROVIDER, "other"),
                           (ADDRESS, "other"), (PASSWORD, "gmail"), (PASSWORD, "other"), (INCOMING, "other"),
                           (OUTGOING, "other"), (FAMILY, ""), (CARER, "")):
        steps.show_step(step)
        if step == COUNTRY:
            steps.country.buttons["other"].click()  # the longest choice chosen, with its tick
        if provider:
            steps.email.choose_preset(provider)  # chosen, with its tick and the provider's note on app passwords
        if step in (ADDRESS, PASSWORD, INCOMING, OUTGOING):
            steps.next.click()  # nothing typed: a plain message above the step, which must fit too
        problems += look(qtbot, window, f"step {step + 1} ({provider or 'as it is'})")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("scale", "size"), SIZES, ids=SIZE_IDS)
def test_every_settings_page_fits_in_each_language(make_window: WindowFactory, qtbot: QtBot, household: Household,
                                                   locale: str, scale: float, size: tuple[int, int]) -> None:
    household.settings.set("locale", locale)
    window = make_window(scale, size=size)
    window.open_screen("settings", unlocked=True)
    problems: list[str] = []
    for name in window.settings.pages:
        window.settings.show_page(name)
        problems += look(qtbot, window, name, cut_on_page)  # the family's pages may scroll up and down
    assert not problems, "\n".join(problems)


def whole_and_uncut(window: QWidget) -> list[str]:
    return out_of_sight(window) + words_cut_on_buttons(window)


@pytest.mark.parametrize("locale", LONG_WORDS)
@pytest.mark.parametrize(("scale", "size"), SIZES, ids=SIZE_IDS)
def test_call_someone_shows_each_button_s_words_whole_in_each_language(
        make_window: WindowFactory, qtbot: QtBot, household: Household, locale: str, scale: float,
        size: tuple[int, int]) -> None:
    """"Call Sarah?": Call, Check my camera and Not now side by side, or on two rows when their words need it;
    never "Pas maintenant" cut to "naintenan"."""
    household.settings.set("locale", locale)
    window = make_window(scale, size=size)
    window.home.tiles["calls"].click()
    window.calls.grid.people[0].click()
    problems = look(qtbot, window, "Call someone?", whole_and_uncut)
    assert not problems, "\n".join(problems)


def test_the_eyes_see_english_left_and_a_page_cut_at_its_side(qtbot: QtBot, make_window: WindowFactory,
                                                               household: Household) -> None:
    household.settings.set("locale", "de-DE")
    window = make_window(2.0, size=(1280, 800))
    window.open_screen("settings", unlocked=True)
    window.settings.show_page("person")
    column = window.settings.pages["person"].layout()
    assert column is not None
    column.addWidget(QLabel("Add another person"))  # a sentence German says otherwise
    column.addWidget(QLabel("Ein sehr langes Wort" * 20))
    QApplication.processEvents()
    assert english_left(window) == ["QLabel 'Add another person'"]
    assert any("goes past the page's side" in problem or "is cut" in problem for problem in cut_on_page(window)), \
        cut_on_page(window)
