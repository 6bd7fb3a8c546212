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
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from carelink.clock import SystemClock
from carelink.errors import UserError
from carelink.household import Household
from carelink.paths import DATA_DIR_ENV
from carelink.services.tutorial.certificate import Certificate
from carelink.ui.main_window import MainWindow
from carelink.ui.tutorial import handout
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
    qtbot.mouseClick(panel.part_buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.certificate_button, Qt.MouseButton.LeftButton)
    assert "first name" in panel.message.text()  # no name typed yet: the name's box, on Start a lesson
    assert panel.part() == "start" and panel.learner.hasFocus()
    qtbot.keyClicks(panel.learner, "Margaret")
    qtbot.mouseClick(panel.part_buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.certificate_button, Qt.MouseButton.LeftButton)
    assert "Margaret has not finished a lesson today" in panel.message.text()
    household.learners.finish(household.learners.start("Margaret", "checkin", 3))
    qtbot.mouseClick(panel.certificate_button, Qt.MouseButton.LeftButton)
    saved = documents / "CareLink handouts" / "certificate-Margaret.pdf"
    assert saved.is_file() and str(saved) in panel.message.text()
    assert re.search("tell the family", pdf_text(saved)[1])
    assert panel.certificate_button.height() >= 64 and panel.certificate_button.isVisible()


def test_the_panel_prints_the_certificate_through_the_printer_dialog(qtbot: QtBot, window: MainWindow,
                                                                   household: Household, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Print the certificate: the same printer dialog as the handouts, then the page on the printer chosen there (here
    the dialog's "print to file", as a facilitator with no printer would choose)."""
    asked: list[str] = []
    paper = tmp_path / "printed.pdf"

    def dialog(printer: QPrinter, parent: QWidget, title: str) -> None:
        asked.append(title)
        assert parent is window  # the dialog belongs to the window
        if len(asked) == 1:
            raise UserError("Printing was cancelled.")
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(paper))

    monkeypatch.setattr(handout, "choose_printer", dialog)
    window.open_screen("tutorial", unlocked=True)
    panel = window.tutorial.panel
    assert panel is not None
    qtbot.mouseClick(panel.part_buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.certificate_print_button, Qt.MouseButton.LeftButton)
    assert "first name, then tap Print the certificate" in panel.message.text() and not asked
    qtbot.keyClicks(panel.learner, "Margaret")
    qtbot.mouseClick(panel.part_buttons["print"], Qt.MouseButton.LeftButton)
    household.learners.finish(household.learners.start("Margaret", "checkin", 3))
    qtbot.mouseClick(panel.certificate_print_button, Qt.MouseButton.LeftButton)
    assert asked == ["Print the certificate"] and panel.message.text() == "Printing was cancelled."
    assert not paper.exists()
    qtbot.mouseClick(panel.certificate_print_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "The certificate went to the printer."
    pages, words = pdf_text(paper)
    assert pages == 1 and "Well done, Margaret!" in words and "tell the family" in words
    assert panel.certificate_print_button.height() >= 64 and panel.certificate_print_button.isVisible()
