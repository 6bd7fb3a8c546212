"""Printed handouts: every lesson is done for real in a throwaway practice household, each step's screen is grabbed
with the control ringed, and the pages go to a PDF file (or a printer) in large print."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import platformdirs
import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.app import build_window
from carelink.errors import UserError
from carelink.household import Household
from carelink.services.tutorial.lessons import Lesson, Step, find_lesson, load_lessons
from carelink.ui.main_window import MainWindow
from carelink.ui.pictures import save_handout
from carelink.ui.tutorial import controls, handout, handout_capture
from carelink.ui.tutorial.controls import RING_COLOUR
from carelink.ui.tutorial.handout import (
    HandoutStep,
    capture_lesson,
    handout_for_panel,
    handout_pages,
    handout_printer,
    print_handout,
    save_handout_pdf,
)
from tests.ui.test_tutorial import show_lesson_button

LESSONS = load_lessons()
IDS = [lesson.id for lesson in LESSONS]


def yellow_pixels(image: QImage, area: QRect) -> int:
    """How many pixels in `area` are (close to) the ring's yellow."""
    area = area.intersected(image.rect())
    count = 0
    for y in range(area.top(), area.bottom() + 1, 2):
        for x in range(area.left(), area.right() + 1, 2):
            colour = image.pixelColor(x, y)
            if abs(colour.red() - RING_COLOUR.red()) < 40 and abs(colour.green() - RING_COLOUR.green()) < 40 \
                    and colour.blue() < 80:
                count += 4  # every other pixel, both ways
    return count


def pdf_words(path: Path) -> str:
    """Every word of a PDF, read back with Qt's own PDF reader."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    try:
        return " ".join(" ".join(document.getAllText(page).text() for page in range(document.pageCount())).split())
    finally:
        document.close()


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_each_step_is_a_picture_of_the_real_screen_with_the_control_ringed(qapp: QApplication, tmp_path: Path,
                                                                            lesson: Lesson) -> None:
    work = tmp_path / "work"
    work.mkdir()
    steps = capture_lesson(lesson, "Ann", work)
    assert [(s.number, s.total) for s in steps] == [(n, len(lesson.steps)) for n in range(1, len(lesson.steps) + 1)]
    assert [s.words for s in steps] == [step.words("Ann") for step in lesson.steps]
    for shown, step in zip(steps, lesson.steps, strict=True):
        assert (shown.image.width(), shown.image.height()) == (1280, 800)
        if step.action == "wait":  # nothing to press while waiting: no ring
            assert shown.ring is None and yellow_pixels(shown.image, shown.image.rect()) < 100
            continue
        assert shown.ring is not None and shown.image.rect().intersects(shown.ring)
        grow = controls.RING_GAP_PX + 2 * handout_capture.PRINT_RING_PX
        around = shown.ring.adjusted(-grow, -grow, grow, grow)
        assert yellow_pixels(shown.image, around) >= shown.ring.width() + shown.ring.height(), \
            f"step {shown.number} ({step.control}) is not ringed"
        assert shown.example == (step.example if step.action == "type" else "")
    assert [p.name for p in tmp_path.iterdir()] == ["work"]  # nothing left outside the work folder


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_the_pdf_has_a_title_page_and_a_page_per_step(qapp: QApplication, tmp_path: Path, lesson: Lesson) -> None:
    out = save_handout_pdf(lesson, tmp_path / "new folder" / f"{lesson.id}.pdf")
    assert out == tmp_path / "new folder" / f"{lesson.id}.pdf"
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(out) == handout_pages(len(lesson.steps)) == 1 + (len(lesson.steps) + 1) // 2
    assert b"AtkinsonHyperlegible" in data  # the bundled large-print font


def test_the_practice_household_never_touches_the_computer_s_keyring(qapp: QApplication, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def no_keyring() -> fail.Keyring:
        asked.append("keyring")
        return fail.Keyring()

    monkeypatch.setattr(keyring, "get_keyring", no_keyring)
    steps = capture_lesson(find_lesson(LESSONS, "checkin"), "Ann", tmp_path)
    assert len(steps) == 3 and not asked


def test_the_text_size_lesson_leaves_the_facilitator_s_text_size_alone(qtbot: QtBot, window: MainWindow,
                                                                     tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    capture_lesson(find_lesson(LESSONS, "text-size"), "Ann", tmp_path)  # the practice chooses 150%
    assert app.styleSheet() == before
    assert window.isVisible()


def test_a_control_that_never_comes_is_named_in_plain_words(qapp: QApplication, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handout_capture, "WAIT_S", 0.3)
    broken = Lesson(id="broken", title="A broken lesson", summary="", order=1, start="home",
                    steps=(Step(say="Tap Messages.", control="tile_messages"),
                           Step(say="Tap the missing button.", control="no_such_button")))
    with pytest.raises(UserError) as raised:
        capture_lesson(broken, "Ann", tmp_path)
    message = raised.value.message
    assert "A broken lesson" in message and "step 2" in message and "no_such_button" in message
    assert "Traceback" not in message


def test_an_unwritable_place_for_the_pdf_is_a_plain_error(qapp: QApplication, tmp_path: Path) -> None:
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("not a folder")
    with pytest.raises(UserError) as raised:
        save_handout_pdf(LESSONS[0], in_the_way / "handout.pdf")
    assert "could not save the handout" in raised.value.message and "another folder" in raised.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file"]


def test_print_handout_paints_a4_portrait_pages_in_large_print(qapp: QApplication, tmp_path: Path) -> None:
    lesson = LESSONS[0]
    picture = QImage(1280, 800, QImage.Format.Format_RGB32)
    picture.fill(QColor("#F8F5EE"))
    steps = [HandoutStep(1, 2, "Tap Messages to see them. " * 6, picture),
             HandoutStep(2, 2, "Type a few words.", picture, example="See you on Sunday")]
    printer = handout_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    print_handout(lesson, steps, printer)
    assert pdf_pages(tmp_path / "two.pdf") == 2  # the title page, then both steps on one page
    assert min(handout.COUNTER_PT, handout.WORDS_PT, handout.EXAMPLE_PT, handout.SUMMARY_PT) >= 20


def test_the_panel_saves_the_handout_in_the_documents_folder_and_says_where(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "Documents"
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    window.open_screen("tutorial", unlocked=True)
    panel = window.tutorial.panel
    assert panel is not None
    show_lesson_button(qtbot, panel, "checkin")
    qtbot.mouseClick(panel.lesson_buttons["checkin"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.part_buttons["print"], Qt.MouseButton.LeftButton)
    assert panel.handout_for.text() == 'Handout: Telling the family "I\'m OK today"'
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    saved = documents / "CareLink handouts" / "checkin.pdf"
    assert saved.is_file() and pdf_pages(saved) == 3
    assert str(saved) in panel.message.text() and "saved" in panel.message.text()
    assert window.current_screen() == "tutorial"
    show_lesson_button(qtbot, panel, "reply")
    qtbot.keyClicks(panel.learner, "Margaret")  # the learner's own handout, with their name
    qtbot.mouseClick(panel.lesson_buttons["reply"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.part_buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    theirs = documents / "CareLink handouts" / "reply-Margaret.pdf"
    assert theirs.is_file() and str(theirs) in panel.message.text()
    words = pdf_words(theirs)
    assert "practice handout for Margaret" in words and "Wait a moment, Margaret" in words and "Mary" not in words


def test_a_handout_for_the_panel_can_go_to_a_chosen_folder(qapp: QApplication, window: MainWindow,
                                                           tmp_path: Path) -> None:
    make = handout_for_panel(window, documents=tmp_path)
    saved = make(find_lesson(LESSONS, "answer-call"), False)
    assert saved == tmp_path / "CareLink handouts" / "answer-call.pdf" and saved.is_file()


def test_a_tap_on_a_control_that_is_not_a_button_is_a_plain_press(qapp: QApplication, tmp_path: Path) -> None:
    lesson = Lesson(id="card", title="Tapping a card", summary="", order=1, start="home",
                    steps=(Step(say="Tap Messages.", control="tile_messages"),
                           Step(say="Tap the message.", control="wall_card"),
                           Step(say="Read this.", control="wall_home", action="read")))
    steps = capture_lesson(lesson, "Ann", tmp_path)
    assert [s.ring is not None for s in steps] == [True, True, True]


def test_without_qt_s_printing_module_carelink_starts_and_handouts_say_why_not(
        qapp: QApplication, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The installed app is trimmed: it must start without QtPrintSupport or QtTest, and explain a handout."""
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; import carelink.ui.main_window; "
                               "print(sorted(m for m in sys.modules if m in ('PySide6.QtPrintSupport', "
                               "'PySide6.QtTest', 'PySide6.QtPdf')))"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2])
    assert loaded.stdout.strip() == "[]"
    real_import = importlib.import_module

    def no_printing(name: str, package: str | None = None) -> object:
        if name == "PySide6.QtPrintSupport":
            raise ImportError(name)
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", no_printing)
    with pytest.raises(UserError, match="Handouts cannot be made on this computer"):
        handout_for_panel(window, documents=tmp_path)(LESSONS[0], False)


def test_a_welsh_household_s_handout_is_welsh_words_and_screens(qapp: QApplication, tmp_path: Path,
                                                                 household: Household,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """`carelink tutorial handout` (no window of its own): the lesson's words, the handout's own words and the
    screens in its pictures all in the household's language, and nothing left installed after."""
    shown: list[str] = []

    def watched(practice: Household, *args: Any, **kwargs: Any) -> MainWindow:
        window = build_window(practice, *args, **kwargs)
        shown.append(window.home.tiles["wall"].text())
        return window

    monkeypatch.setattr(handout_capture, "build_window", watched)
    household.settings.set("locale", "cy-GB")
    out = save_handout(household, "checkin", tmp_path / "checkin.pdf")
    words = pdf_words(out)
    assert "Cam 1 o" in words and "Tudalen 1 o" in words, words
    assert "Step 1 of" not in words and "Page 1 of" not in words
    assert [tile.split("\n")[0] for tile in shown] == ["Negeseuon"], "the screens in the pictures are Welsh too"
    assert QCoreApplication.translate("CareLink", "Messages") == "Messages", "the Welsh is taken away after"
