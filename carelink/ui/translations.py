"""The user interface in the household's language: assets/translations/carelink_<language>.qm, made from the .ts
files a translator writes (scripts/update-translations.sh). English needs no file: it is what the code says."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from carelink.translation import language_file

log = logging.getLogger(__name__)


def translation_file(locale_name: str, folder: Path | None = None) -> Path | None:
    """carelink_cy_GB.qm or else carelink_cy.qm for "cy-GB"; None when there is none (English, or not yet)."""
    return language_file(locale_name, ".qm", folder)


def install_translation(app: QCoreApplication, locale_name: str, folder: Path | None = None) -> QTranslator | None:
    """Load and install the household's translation; the caller keeps the returned translator (and removes it
    with `app.removeTranslator` when the household changes). None when CareLink speaks English to this household."""
    path = translation_file(locale_name, folder)
    if path is None:
        return None
    translator = QTranslator(app)
    if not translator.load(str(path)):
        log.warning("the translation %s could not be read; CareLink stays in English", path.name)
        return None
    app.installTranslator(translator)
    return translator
