"""A learner's certificate at the end of the lessons, from the command line and from the facilitator's panel: one
large-print page, in the bundled font, naming the learner and what they learned today."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.clock import SystemClock
from carelink.household import Household
from carelink.paths import DATA_DIR_ENV
from carelink.services.tutorial.certificate import Certificate
from carelink.ui.main_window import MainWindow
from carelink.ui.tutorial.certificate_page import save_certificate_pdf
from tests.helpers import make_household, run_cli


def pdf_text(path: Path) -> tuple[int, str]:
    """How many pages the PDF has, and all its words (read back with Qt's own PDF reader)."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    try:
        words = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
        return document.pageCount(), " ".join(words.split())
    finally:
        document.close()


def test_the_certificate_is_one_page_with_the_learner_s_name_and_what_they_learned(qapp: QApplication,
                                                                                  tmp_path: Path) -> None:
    certificate = Certificate("Margaret", datetime(2026, 12, 3, tzinfo=UTC).date(),
                              ("read a message and hear it read aloud", "make a video call to the family"))
    out = save_certificate_pdf(certificate, tmp_path / "new folder" / "margaret.pdf")
    pages, words = pdf_text(out)
    assert pages == 1
    assert "Well done, Margaret!" in words and "Today you learned to:" in words
    assert "read a message and hear it read aloud" in words and "make a video call to the family" in words
    assert "2026" in words
    assert b"AtkinsonHyperlegible" in out.read_bytes()


def test_tutorial_certificate_saves_a_pdf_of_today_s_finished_lessons(qapp: QApplication, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    real = make_household(tmp_path, clock=SystemClock())
    real.learners.finish(real.learners.start("Margaret", "reply", 8))
    real.learners.start("Margaret", "concern", 8)  # not finished: not on the certificate
    real.close()
    out = tmp_path / "certificates" / "margaret.pdf"
    code, printed, err = run_cli(["--data-dir", str(tmp_path), "tutorial", "certificate", "Margaret", "--out",
                                  str(out)], capsys)
    assert (code, printed.strip(), err) == (0, str(out), "")
    pages, words = pdf_text(out)
    assert pages == 1 and "answer a message with one tap" in words and "carer" not in words
    code, _, err = run_cli(["--data-dir", str(tmp_path), "tutorial", "certificate", "Bob", "--out",
                            str(tmp_path / "bob.pdf")], capsys)
    assert code == 1 and "Bob has not finished a lesson today" in err and not (tmp_path / "bob.pdf").exists()


def test_the_panel_s_certificate_button_saves_it_beside_the_handouts(qtbot: QtBot, window: MainWindow,
                                                                     household: Household, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "Documents"
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    window.open_screen("tutorial", unlocked=True)
    panel = window.tutorial.panel
    assert panel is not None
    qtbot.mouseClick(panel.certificate_button, Qt.MouseButton.LeftButton)
    assert "first name" in panel.message.text()  # no name typed yet
    qtbot.keyClicks(panel.learner, "Margaret")
    qtbot.mouseClick(panel.certificate_button, Qt.MouseButton.LeftButton)
    assert "Margaret has not finished a lesson today" in panel.message.text()
    household.learners.finish(household.learners.start("Margaret", "checkin", 3))
    qtbot.mouseClick(panel.certificate_button, Qt.MouseButton.LeftButton)
    saved = documents / "CareLink handouts" / "certificate-Margaret.pdf"
    assert saved.is_file() and str(saved) in panel.message.text()
    assert re.search("tell the family", pdf_text(saved)[1])
    assert panel.certificate_button.height() >= 64 and panel.certificate_button.isVisible()
