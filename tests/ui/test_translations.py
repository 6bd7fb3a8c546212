"""The user interface in the household's language: a translator's .ts file, compiled with Qt's own lrelease, is
loaded for a household in that language and not for others; the template holds the interface's sentences."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.resources import assets_dir
from carelink.ui.translations import install_translation, translation_file
from carelink.ui.widgets import tr

WELSH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>CareLink</name>
    <message>
        <source>Messages</source>
        <translation>Negeseuon</translation>
    </message>
</context>
</TS>
"""


def compiled(tmp_path: Path) -> Path:
    source = tmp_path / "carelink_cy.ts"
    source.write_text(WELSH, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(source), "-qm", str(tmp_path / "carelink_cy.qm")], check=True,
                   capture_output=True, timeout=60)
    return tmp_path


def test_a_welsh_household_sees_the_welsh_words(qtbot: QtBot, tmp_path: Path) -> None:
    folder = compiled(tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    assert translation_file("cy-GB", folder) == folder / "carelink_cy.qm"
    assert install_translation(app, "en-GB", folder) is None  # English needs no file
    translator = install_translation(app, "cy-GB", folder)
    assert translator is not None
    try:
        assert tr("Messages") == "Negeseuon"
        assert tr("Call family") == "Call family"  # not translated yet: the English words, never a blank
    finally:
        app.removeTranslator(translator)
    assert tr("Messages") == "Messages"


def test_the_template_holds_the_interface_s_sentences_in_the_carelink_context() -> None:
    template = (assets_dir() / "translations" / "carelink.ts").read_text(encoding="utf-8")
    assert "<name>CareLink</name>" in template and "<name></name>" not in template
    for sentence in ("Report a concern", "Show me again", "Leave workshop mode", "Close CareLink"):
        assert f"<source>{sentence}</source>" in template, f"{sentence!r}: run scripts/update-translations.sh"
