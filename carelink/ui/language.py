"""The household's language on screen, switched at once without a restart.

`LanguageSwitch.use(locale)` installs the household's translation (assets/translations/carelink_<xx>.qm), sets the
layout direction of that language (right to left for Arabic, Hebrew, Urdu…) and the QLocale dates are written in,
and, when a language was on screen already, retranslates every open window in place: each word a widget shows
that came from a translated sentence (its text, accessible name, placeholder, tool tip) is looked up in the old
language and put in the new one. Screens with words built from values ("Step 2 of 7") say them again through
their `retranslate()` hook, when they have one. Qt sends each widget a LanguageChange event too, as usual.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from carelink.resources import assets_dir
from carelink.translation import CORE_CONTEXT
from carelink.ui.translations import translation_file

log = logging.getLogger(__name__)
CONTEXTS = ("CareLink", CORE_CONTEXT)
TICK = "✓ "
CURRENT = "carelink_language"  # the application's property: which window's translation was installed last


def _sources(template: Path) -> list[tuple[str, str]]:
    """(context, English sentence) for every sentence the translators are given."""
    try:
        root = ElementTree.parse(template).getroot()
    except (OSError, ElementTree.ParseError):
        log.warning("the translation template %s could not be read; open screens keep their words", template)
        return []
    return [(name, message.findtext("source") or "") for block in root.iter("context")
            if (name := block.findtext("name") or "") in CONTEXTS for message in block.iter("message")]


def _locale(locale_name: str) -> QLocale:
    return QLocale(locale_name.replace("-", "_")) if locale_name else QLocale.system()


class AsWritten(QTranslator):
    """CareLink's sentences as the code writes them (English), for a window whose household reads English while
    another window's translation is installed too (a practice window over a Welsh household's own): Qt asks the
    translator installed last first, so each window's words are its own household's."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (Qt's null string) for anything not CareLink's own: Qt then asks the next translator (an empty
        # string would be taken as the translation, and blank out Qt's own words)
        return source if context in CONTEXTS else None

    def isEmpty(self) -> bool:
        return False


class LanguageSwitch(QObject):
    """Owns the installed translator of one window's household."""

    def __init__(self, parent: QObject | None = None, template: Path | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._template = template or assets_dir() / "translations" / "carelink.ts"
        self.locale_name = ""
        self._before: tuple[QLocale, Qt.LayoutDirection] | None = None  # put back when the window goes

    def use(self, locale_name: str) -> None:
        """Show the screens in this locale's language from now on (retranslating the open ones)."""
        app = QCoreApplication.instance()
        if app is None or locale_name == self.locale_name:
            return
        before = self._shown_words() if self.locale_name else {}
        if self._before is None:
            direction = app.layoutDirection() if isinstance(app, QApplication) else Qt.LayoutDirection.LeftToRight
            self._before = (QLocale(), direction)
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        path = translation_file(locale_name)
        translator: QTranslator = AsWritten(self)  # English: over any other window's translation (see AsWritten)
        if path is not None:
            loaded = QTranslator(self)
            if loaded.load(str(path)):
                translator = loaded
            else:
                log.warning("the translation %s could not be read; CareLink stays in English", path.name)
        app.installTranslator(translator)
        app.setProperty(CURRENT, id(self))
        self._translator = translator
        self.locale_name = locale_name
        locale = _locale(locale_name)
        QLocale.setDefault(locale)
        if isinstance(app, QApplication):
            app.setLayoutDirection(locale.textDirection())
            if before:
                self._retranslate(self._widgets(app), before)

    def bring_forward(self) -> None:
        """Make this window's language the one new words are looked up in again (its window is back on show after
        another window's, a practice window's, installed its own)."""
        app = QCoreApplication.instance()
        if app is None or self._translator is None or app.property(CURRENT) == id(self):
            return
        app.removeTranslator(self._translator)
        app.installTranslator(self._translator)
        app.setProperty(CURRENT, id(self))
        locale = _locale(self.locale_name)
        QLocale.setDefault(locale)
        if isinstance(app, QApplication):
            app.setLayoutDirection(locale.textDirection())

    def remove(self) -> None:
        """Take this window's translation away again (the window is closing)."""
        app = QCoreApplication.instance()
        if app is not None and self._translator is not None:
            app.removeTranslator(self._translator)
            if app.property(CURRENT) == id(self):
                app.setProperty(CURRENT, None)
        self._translator = None
        if self._before is not None:
            QLocale.setDefault(self._before[0])
            if isinstance(app, QApplication):
                app.setLayoutDirection(self._before[1])
            self._before = None
        self.locale_name = ""

    def _shown_words(self) -> dict[str, tuple[str, str]]:
        """What each sentence reads as now → (context, English)."""
        words: dict[str, tuple[str, str]] = {}
        for context, source in _sources(self._template):
            words.setdefault(QCoreApplication.translate(context, source), (context, source))
        return words

    def _widgets(self, app: QApplication) -> list[QWidget]:
        """The widgets of this switch's own window (a practice window's switch leaves the household's window as
        it is); every widget when the switch belongs to no window."""
        owner = self.parent()
        if isinstance(owner, QWidget):
            return [owner, *owner.findChildren(QWidget)]
        return list(app.allWidgets())

    @staticmethod
    def _retranslate(widgets: list[QWidget], before: dict[str, tuple[str, str]]) -> None:
        def again(text: str) -> str:
            tick = text.startswith(TICK)
            found = before.get(text[len(TICK):] if tick else text)
            if found is None:
                return "\n".join(again(line) for line in text.split("\n")) if "\n" in text else text
            return (TICK if tick else "") + QCoreApplication.translate(*found)

        def redo(read: Callable[[], str], write: Callable[[str], None]) -> None:
            text = read()
            if text:
                new = again(text)
                if new != text:
                    write(new)

        for widget in widgets:
            if isinstance(widget, QLabel | QAbstractButton):
                redo(widget.text, widget.setText)
            if isinstance(widget, QLineEdit):
                redo(widget.placeholderText, widget.setPlaceholderText)
            if isinstance(widget, QGroupBox):
                redo(widget.title, widget.setTitle)
            redo(widget.accessibleName, widget.setAccessibleName)
            redo(widget.toolTip, widget.setToolTip)
            if widget.isWindow():
                redo(widget.windowTitle, widget.setWindowTitle)
        for widget in widgets:
            hook = getattr(widget, "retranslate", None)
            if callable(hook):
                hook()
