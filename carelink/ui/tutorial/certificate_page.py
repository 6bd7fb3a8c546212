"""A learner's certificate as one large-print page: a thick frame, "Well done, Margaret!", "Today you learned to:"
and a line for each lesson finished, then the date. Painted onto any QPrinter (a PDF file or a real printer) in
black on white, so it prints as well in grey as in colour."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from carelink.errors import UserError
from carelink.services.tutorial.certificate import Certificate
from carelink.ui.tutorial import handout
from carelink.ui.tutorial.handout import check_writable, font_family, handout_printer
from carelink.ui.widgets import tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

HEADING_PT = 28
NAME_PT = 48
WORDS_PT = 26
DATE_PT = 20
FRAME_MM = 2.5


def _mm(printer: QPrinter, millimetres: float) -> int:
    return round(millimetres * printer.resolution() / 25.4)


def print_certificate(certificate: Certificate, printer: QPrinter) -> None:
    """Paint the certificate onto `printer` (one page)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(tr("CareLink could not start printing the certificate. Check the printer (or the folder "
                           "for the PDF file) and try again."))
    try:
        area = painter.window()
        family = font_family()
        painter.setPen(QPen(QColor("#000000"), _mm(printer, FRAME_MM)))
        painter.drawRoundedRect(area.adjusted(*(_mm(printer, 2),) * 2, *(-_mm(printer, 2),) * 2),
                                _mm(printer, 6), _mm(printer, 6))
        inner = area.adjusted(_mm(printer, 16), _mm(printer, 20), -_mm(printer, 16), -_mm(printer, 16))
        y = inner.top()

        def line(words: str, points: int, bold: bool = False, gap_mm: float = 8) -> None:
            nonlocal y
            font = QFont(family)
            font.setPointSizeF(points)
            font.setBold(bold)
            painter.setFont(font)
            flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
            box = QRect(inner.left(), y, inner.width(), inner.bottom() - y)
            used = painter.boundingRect(box, flags, words)
            painter.drawText(box, flags, words)
            y = used.bottom() + _mm(printer, gap_mm)

        painter.setPen(QColor("#000000"))
        line(tr("CareLink — certificate"), HEADING_PT)
        line(tr("Well done, {name}!").format(name=certificate.learner), NAME_PT, bold=True, gap_mm=14)
        line(tr("Today you learned to:"), WORDS_PT, gap_mm=6)
        for learned in certificate.learned:
            line(f"• {learned}", WORDS_PT, gap_mm=4)
        y += _mm(printer, 10)
        day = QDate(certificate.day.year, certificate.day.month, certificate.day.day)
        line(QLocale().toString(day, QLocale.FormatType.LongFormat), DATE_PT)
    finally:
        painter.end()


def print_certificate_on_paper(certificate: Certificate, parent: QWidget) -> None:
    """The printer dialog (the same as for handouts), then the certificate on the printer chosen; UserError if
    printing was cancelled or could not start."""
    printer = handout_printer()
    printer.setDocName(tr("Certificate for {name}").format(name=certificate.learner))
    handout.choose_printer(printer, parent, tr("Print the certificate"))
    print_certificate(certificate, printer)


def save_certificate_pdf(certificate: Certificate, out: Path) -> Path:
    """The certificate as a PDF file at `out` (its folder is made if need be). Needs a QApplication."""
    check_writable(out)
    printer = handout_printer()
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setDocName(tr("Certificate for {name}").format(name=certificate.learner))
    print_certificate(certificate, printer)
    if not out.is_file() or out.stat().st_size == 0:
        raise UserError(tr("CareLink could not save the certificate as {path}.").format(path=out))
    return out
