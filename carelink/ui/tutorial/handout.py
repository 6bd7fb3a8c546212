"""Printed handouts for the workshop: a lesson's title page for the learner, then two steps to a page, each with
"Step 3 of 7", the step's words in large print and the real screen with the control marked by a thick black outline
and the step's number (pictures from handout_capture), which print as well in grey as in colour.

`print_handout` paints onto any QPrinter (a PDF file or a real printer) and shows no widget; `save_handout_pdf`
makes a lesson's handout as a PDF file; `handout_for_panel` is what the facilitator's panel calls.
"""

from __future__ import annotations

import importlib
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QMarginsF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtWidgets import QDialog, QWidget

from carelink.errors import UserError
from carelink.services.tutorial.lessons import Lesson
from carelink.ui.assets import load_fonts
from carelink.ui.theme import FONT_FAMILY
from carelink.ui.tutorial.handout_capture import HandoutStep, capture_lesson
from carelink.ui.widgets import tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

__all__ = ["HandoutStep", "capture_lesson", "check_writable", "choose_printer", "font_family", "handout_for_panel",
           "handout_pages", "handout_printer", "handouts_folder", "print_handout", "save_handout_pdf"]

log = logging.getLogger(__name__)
MARGIN_MM = 15
TITLE_PT = 40
SUBTITLE_PT = 20
SUMMARY_PT = 24
COUNTER_PT = 22
WORDS_PT = 26
EXAMPLE_PT = 22
FOOTER_PT = 14
STEPS_PER_PAGE = 2
HANDOUTS_FOLDER = "CareLink handouts"
DEFAULT_LEARNER = "Mary"
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _print_support() -> ModuleType:
    """Qt's printing module, imported only when a handout is made (CareLink starts without it)."""
    try:
        return importlib.import_module("PySide6.QtPrintSupport")
    except ImportError:
        log.warning("Qt's printing module (QtPrintSupport) is missing")
        raise UserError(tr("Handouts cannot be made on this computer: a part of CareLink is missing. "
                           "Please install CareLink again.")) from None


def handout_printer(printer: QPrinter | None = None) -> QPrinter:
    """A printer (a new high-resolution one when not given) set to A4 portrait with 15 mm margins."""
    if printer is None:
        printing = _print_support()
        printer = printing.QPrinter(printing.QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))
    return printer


def font_family() -> str:
    if not QFontDatabase.hasFamily(FONT_FAMILY):
        load_fonts()
    return FONT_FAMILY if QFontDatabase.hasFamily(FONT_FAMILY) else QFont().family()


class _Pages:
    """Paints text and pictures down the printer's pages, top to bottom, with a footer on each page."""

    def __init__(self, painter: QPainter, printer: QPrinter, footer: str, pages: int) -> None:
        self.painter, self.printer, self.footer, self.pages = painter, printer, footer, pages
        self.area = painter.window()  # the printable part of the page, in the printer's own dots
        self.page, self.y = 1, self.area.top()
        self.gap = self.mm(6)
        self.family = font_family()

    def mm(self, millimetres: float) -> int:
        return round(millimetres * self.printer.resolution() / 25.4)

    def font(self, points: int, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def text(self, words: str, points: int, bold: bool = False, colour: str = "#000000") -> None:
        if not words:
            return
        painter = self.painter
        painter.setFont(self.font(points, bold))
        painter.setPen(QColor(colour))
        box = QRect(self.area.left(), self.y, self.area.width(), self.area.bottom() - self.y)
        used = painter.boundingRect(box, _WRAP, words)
        painter.drawText(box, _WRAP, words)
        self.y = used.bottom() + self.gap

    def picture(self, step: HandoutStep, bottom: int) -> None:
        """The screen, as wide as the page (smaller if the words left too little room above `bottom`), with a thin
        frame."""
        painter, image = self.painter, step.image
        room = max(self.mm(20), bottom - self.y)
        size = image.deviceIndependentSize()
        scale = min(self.area.width() / size.width(), room / size.height())
        width, height = size.width() * scale, size.height() * scale
        target = QRectF(self.area.left() + (self.area.width() - width) / 2, self.y, width, height)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
        painter.setPen(QPen(QColor("#000000"), self.mm(0.3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)
        self.y = round(target.bottom()) + self.gap

    def footer_top(self) -> int:
        return self.area.bottom() - self.mm(8)

    def slot_bottom(self, slot: int) -> int:
        """The bottom of the room for the `slot`th step on a page (0: the top half, 1: the bottom half)."""
        half = (self.footer_top() - self.gap - self.area.top()) // STEPS_PER_PAGE
        return self.area.top() + half * (slot + 1) - self.gap

    def finish_page(self) -> None:
        painter = self.painter
        painter.setFont(self.font(FOOTER_PT))
        painter.setPen(QColor("#333333"))
        line = QRect(self.area.left(), self.footer_top(), self.area.width(), self.mm(8))
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), self.footer)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         tr("Page {page} of {pages}").format(page=self.page, pages=self.pages))

    def new_page(self) -> None:
        self.finish_page()
        if not self.printer.newPage():
            raise UserError(tr("CareLink could not start a new page of the handout."))
        self.page, self.y = self.page + 1, self.area.top()


def handout_pages(steps: int) -> int:
    """How many pages a handout of `steps` steps has: the title page, then two steps to a page."""
    return 1 + -(-steps // STEPS_PER_PAGE)


def print_handout(lesson: Lesson, steps: list[HandoutStep], printer: QPrinter, learner: str = "") -> None:
    """Paint the handout onto `printer` (a PDF file or a real printer, on its own page size; handout_printer()
    makes an A4 portrait one): a title page (for `learner`, when given), then two steps to a page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(tr("CareLink could not start printing the handout. Check the printer (or the folder for "
                           "the PDF file) and try again."))
    try:
        pages = _Pages(painter, printer, tr("CareLink — {title}").format(title=lesson.title),
                       handout_pages(len(steps)))
        pages.text(tr("CareLink — practice handout for {name}").format(name=learner) if learner else
                   tr("CareLink — practice handout"), SUBTITLE_PT, colour="#333333")
        pages.y += pages.gap
        pages.text(lesson.title, TITLE_PT, bold=True)
        pages.text(lesson.summary, SUMMARY_PT)
        pages.y += pages.gap
        pages.text(tr("This lesson has {count} steps, two on each page. In each picture, the part of the screen to "
                      "use has a thick black ring round it, with the step's number on its corner.").format(
                          count=len(steps)), SUMMARY_PT)
        for index, step in enumerate(steps):
            slot = index % STEPS_PER_PAGE
            if slot == 0:
                pages.new_page()
            pages.text(tr("Step {number} of {total}").format(number=step.number, total=step.total), COUNTER_PT,
                       bold=True)
            pages.text(step.words, WORDS_PT)
            if step.example:
                pages.text(tr("For example: “{words}”").format(words=step.example), EXAMPLE_PT)
            pages.picture(step, pages.slot_bottom(slot))
            pages.y = max(pages.y, pages.slot_bottom(slot) + 2 * pages.gap)
        pages.finish_page()
    finally:
        painter.end()


def check_writable(out: Path) -> None:
    """UserError now, in plain words, if `out` cannot be written (before the pictures take their seconds)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        existed = out.exists()
        with out.open("ab"):
            pass
        if not existed:
            out.unlink()
    except OSError as error:
        raise UserError(tr("CareLink could not save the handout as {path} ({reason}). Please choose another "
                           "folder.").format(path=out, reason=error.strerror or error)) from None


def _steps_for(lesson: Lesson, learner: str, locale: str = "") -> list[HandoutStep]:
    """The lesson's steps as `learner` sees them (the pretend family call someone with no name given Mary), on
    screens in the language of `locale` (the household's: the lesson's words are in it too)."""
    with tempfile.TemporaryDirectory(prefix="carelink-handout-") as work:
        return capture_lesson(lesson, learner or DEFAULT_LEARNER, Path(work), locale=locale)


def save_handout_pdf(lesson: Lesson, out: Path, learner: str = "", locale: str = "") -> Path:
    """Make the lesson's handout for `learner` (their name on it and in its words; none: a handout for anyone) as a
    PDF file at `out` (its folder is made if need be), its screens in the language of `locale`. Needs a
    QApplication (with the household's translation installed, for the handout's own words)."""
    check_writable(out)
    printer = handout_printer()
    steps = _steps_for(lesson, learner, locale)
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setDocName(lesson.title)
    print_handout(lesson, steps, printer, learner)
    if not out.is_file() or out.stat().st_size == 0:
        raise UserError(tr("CareLink could not save the handout as {path}.").format(path=out))
    return out


def handouts_folder(documents: Path | None = None) -> Path:
    """Where the panel saves handouts and certificates: "CareLink handouts" in the documents folder (`documents`,
    else the computer's own)."""
    return (documents or Path(platformdirs.user_documents_dir())) / HANDOUTS_FOLDER


def choose_printer(printer: QPrinter, parent: QWidget, title: str) -> None:
    """The computer's printer dialog (titled `title`) for `printer`; UserError if the facilitator cancels it."""
    dialog = _print_support().QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        raise UserError(tr("Printing was cancelled."))


def handout_for_panel(parent: QWidget, documents: Path | None = None, learner: Callable[[], str] = lambda: "",
                      locale: Callable[[], str] = lambda: "") -> Callable[[Lesson, bool], Path | None]:
    """What the facilitator's panel calls: `(lesson, to_printer)`, for the learner `learner()` names (the name typed
    on the panel; "" for anyone). A PDF goes into "CareLink handouts" in the documents folder (`documents`, else the
    computer's own) and its path is returned; for the printer, the printer dialog comes first, and None is returned
    once printed. Problems come as UserError, in plain words."""
    making: list[bool] = []

    def make(lesson: Lesson, to_printer: bool) -> Path | None:
        if making:
            raise UserError(tr("A handout is being made already. Please wait a moment."))
        making.append(True)
        try:
            if not to_printer:
                name = learner()
                file_name = "-".join([lesson.id, *name.split()])
                return save_handout_pdf(lesson, handouts_folder(documents) / f"{file_name}.pdf", name, locale())
            _to_printer(lesson)
            return None
        except UserError:
            raise
        except Exception as error:
            log.error("the handout could not be made", exc_info=error)
            raise UserError(tr("The handout could not be made. Please try again.")) from None
        finally:
            making.clear()

    def _to_printer(lesson: Lesson) -> None:
        printer = handout_printer()
        choose_printer(printer, parent, tr("Print the handout"))
        name = learner()
        print_handout(lesson, _steps_for(lesson, name, locale()), printer, name)

    return make
