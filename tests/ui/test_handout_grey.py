"""A handout printed on a black-and-white printer: the page is made grey, and the control to use is still marked
by a thick dark outline (the overlay's yellow alone turns a pale grey that vanishes), with the step's number."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from carelink.services.tutorial.lessons import find_lesson, load_lessons
from carelink.ui.tutorial import controls, handout_capture
from carelink.ui.tutorial.handout import HandoutStep, handout_printer, print_handout
from carelink.ui.tutorial.handout_capture import number_badge_rect, ring_control

DPI = 100
DARK = 90  # grey level (0 black, 255 white) counted as ink on a black-and-white printer
CONTROL = QRect(420, 300, 440, 160)  # where the control to use is in the 1280×800 screen


def screen(colour: str = "#F8F5EE") -> QImage:
    picture = QImage(1280, 800, QImage.Format.Format_RGB32)
    picture.fill(QColor(colour))
    return picture


def grey_page(path: Path, page: int) -> QImage:
    """The PDF's page as a printer in black and white would see it: grey levels, DPI dots per inch."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    try:
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
        rendered = document.render(page, size)
    finally:
        document.close()
    paper = QImage(size, QImage.Format.Format_RGB32)  # the page's ink on white paper
    paper.fill(QColor("#FFFFFF"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper.convertToFormat(QImage.Format.Format_Grayscale8)


def thick_dark_bands(image: QImage, least_mm: float = 25.0) -> list[tuple[int, int, int]]:
    """Horizontal dark lines at least `least_mm` long and a millimetre thick, as (top row, rows thick, length in
    dots): text (short runs) and a picture's hairline frame (a row or two) are not such lines."""
    least = round(least_mm * DPI / 25.4)
    dots = bytes(image.constBits())
    runs_by_row: list[int] = []
    for y in range(image.height()):
        row = dots[y * image.bytesPerLine(): y * image.bytesPerLine() + image.width()]
        ink = "".join("#" if level < DARK else "." for level in row)
        longest = max((len(run) for run in ink.split(".")), default=0)
        runs_by_row.append(longest if longest >= least else 0)
    bands, y = [], 0
    while y < len(runs_by_row):
        if runs_by_row[y]:
            top = y
            while y < len(runs_by_row) and runs_by_row[y]:
                y += 1
            if y - top >= round(1.0 * DPI / 25.4):  # at least a millimetre thick
                bands.append((top, y - top, min(runs_by_row[top:y])))
        y += 1
    return bands


def _two_step_handout(tmp_path: Path, ringed: bool) -> Path:
    lesson = find_lesson(load_lessons(), "checkin")
    pictures = [ring_control(screen(), CONTROL, number) if ringed else screen() for number in (1, 2)]
    steps = [HandoutStep(number, 3, f"Step {number}'s words.", picture, ring=CONTROL if ringed else None)
             for number, picture in zip((1, 2), pictures, strict=True)]
    printer = handout_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / ("ringed.pdf" if ringed else "plain.pdf")
    printer.setOutputFileName(str(out))
    print_handout(lesson, steps, printer, "Margaret")
    return out


def test_in_grey_the_control_s_thick_outline_is_found_on_the_page(qapp: QApplication, tmp_path: Path) -> None:
    ringed = thick_dark_bands(grey_page(_two_step_handout(tmp_path, ringed=True), 1))
    plain = thick_dark_bands(grey_page(_two_step_handout(tmp_path, ringed=False), 1))
    assert plain == []  # a page whose pictures have no outline has no thick dark line (the frame is a hairline)
    # each of the two steps' outlines has a top and a bottom edge, at least 1.5 mm thick, as wide as the control
    assert len(ringed) == 4, ringed
    assert all(rows >= round(1.5 * DPI / 25.4) for _top, rows, _length in ringed), ringed


def test_the_outline_is_dark_and_the_step_number_is_on_it(qapp: QApplication) -> None:
    ringed = ring_control(screen(), CONTROL, 7).convertToFormat(QImage.Format.Format_Grayscale8)
    above = CONTROL.top() - controls.RING_GAP_PX - handout_capture.OUTLINE_PX // 2
    dark = [ringed.pixelColor(x, above).red() < DARK for x in range(CONTROL.left() + 60, CONTROL.right() - 60)]
    assert all(dark), "the outline's top edge is not dark in grey"
    gap = controls.RING_GAP_PX + handout_capture.OUTLINE_PX / 2
    badge = number_badge_rect(QRectF(CONTROL).adjusted(-gap, -gap, gap, gap), QRectF(0, 0, 1280, 800)).toRect()
    inside = badge.adjusted(12, 12, -12, -12)
    levels = [ringed.pixelColor(x, y).red() for y in range(inside.top(), inside.bottom())
              for x in range(inside.left(), inside.right())]
    assert sum(level < DARK for level in levels) > len(levels) * 0.6  # a black disc…
    assert sum(level > 200 for level in levels) > 50  # …with a white number on it
    plain = ring_control(screen(), CONTROL).convertToFormat(QImage.Format.Format_Grayscale8)
    bare = [plain.pixelColor(x, y).red() for y in range(inside.top(), inside.bottom())
            for x in range(inside.left(), inside.right())]
    assert sum(level < DARK for level in bare) < len(bare) * 0.45  # no number asked for: only the outline's corner
