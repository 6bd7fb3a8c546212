"""A PDF on the card, one large page at a time, with big Previous page / Next page buttons and "Page 1 of 3" (in
the card's row of buttons, never scrolled away).

QtPdf is imported when the first one is made. A page is drawn at the size the card gives it (on white, as on
paper), so a page of small print can be read at the card's width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from carelink.services.attachments import WallAttachment
from carelink.ui.theme import GAP_PX
from carelink.ui.wall.words_view import ControlRow
from carelink.ui.widgets import BigButton, label, tr

PAGE_SMALLEST = 240  # a page is never drawn narrower than this
PAGE_WIDEST = 900  # an A4 page this wide shows 12 pt print at about 18 px: read without glasses on a screen


class PdfPages(QFrame):
    """One PDF: holds its QPdfDocument and the page on show (`index`, from 0; `count` pages). `readable` is
    False when QtPdf could not open it (then a plain line says so). Sized by `fit(room)`: the page as wide as
    the card (up to PAGE_WIDEST), scrolling with the card's words; the page buttons are in `controls`, which the
    card keeps in sight under its words. Emits `page_turned()` when another page is shown (the card scrolls back to
    the top of the document)."""

    page_turned = Signal()

    def __init__(self, attachment: WallAttachment, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument

        self.attachment = attachment
        self.index = 0
        self._room = QSize(PAGE_SMALLEST * 2, PAGE_SMALLEST * 2)
        self.setObjectName("wall_pdf")
        self.setProperty("role", "card")
        column = QVBoxLayout(self)
        column.setContentsMargins(GAP_PX, GAP_PX, GAP_PX, GAP_PX)
        column.setSpacing(GAP_PX)
        # The page buttons in the card's row of buttons (`controls`), under its words: in sight as the card opens.
        # Arrows beside "Page 1 of 3" (their names say "Previous page", "Next page"): page buttons with words
        # would leave the card's words no room at large text.
        self.controls = ControlRow(lambda _compact: self._say_position())
        row = self.controls.row
        self.previous_button = BigButton("◀")
        self.previous_button.setObjectName("wall_pdf_previous")
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        row.addWidget(self.previous_button)
        self.position = label(role="big", wrap=False)
        self.position.setObjectName("wall_pdf_position")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.position)
        self.next_button = BigButton("▶")
        self.next_button.setObjectName("wall_pdf_next")
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        row.addWidget(self.next_button)
        row.addStretch(1)  # the page buttons together at the left, ▲ ▼ (the words' own) apart at the right
        self.page = QLabel()
        self.page.setObjectName("wall_pdf_page")
        self.page.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        column.addWidget(self.page, 0, Qt.AlignmentFlag.AlignLeft)
        # Below the page, so that on a short card the page itself is in sight at once.
        self.heading = label(tr("A document from {name}: {file}").format(name=name, file=attachment.name))
        self.heading.setObjectName("wall_pdf_heading")
        column.addWidget(self.heading)
        self.problem = label(tr("This document can't be shown on this computer. Ask the family to help."), "big")
        self.problem.setObjectName("wall_pdf_problem")
        column.addWidget(self.problem)
        self._document = QPdfDocument(self)
        opened = (attachment.path is not None and attachment.path.is_file()
                  and self._document.load(str(attachment.path)) == QPdfDocument.Error.None_)
        self.count = self._document.pageCount() if opened else 0
        self.readable = self.count > 0
        self.problem.setVisible(not self.readable)
        for widget in (self.page, self.previous_button, self.position, self.next_button):
            widget.setVisible(self.readable)
        if self.readable:
            self._show(0)

    def show_page(self, index: int) -> None:
        if self.readable and index != self.index:
            self._show(index)
            self.page_turned.emit()

    def _show(self, index: int) -> None:
        self.index = max(0, min(index, self.count - 1))
        number, total = self.index + 1, self.count
        self._say_position()
        self.page.setAccessibleName(tr("Page {number} of {total} of the document {file}").format(
            number=number, total=total, file=self.attachment.name))
        for button, usable, words in ((self.previous_button, self.index > 0, tr("Previous page")),
                                      (self.next_button, self.index < total - 1, tr("Next page"))):
            button.setEnabled(usable)
            button.setAccessibleName(words)
            ended = button.text_label()  # at either end: drawn dashed and quiet (told apart by more than colour)
            ended.setProperty("ended", not usable)
            ended.style().unpolish(ended)
            ended.style().polish(ended)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if usable else Qt.FocusPolicy.NoFocus)
        self._draw()

    def _say_position(self) -> None:
        if not self.readable:
            return
        number, total = self.index + 1, self.count
        # Where the card has little room, "1 of 3" (its name says "Page 1 of 3").
        words = tr("{number} of {total}") if self.controls.compact else tr("Page {number} of {total}")
        self.position.setText(words.format(number=number, total=total))
        self.position.setAccessibleName(tr("Page {number} of {total}").format(number=number, total=total))
        # As wide as the widest page number needs, so that ▶ never moves from under the finger as the pages turn.
        self.position.ensurePolished()
        metrics = self.position.fontMetrics()
        self.position.setMinimumWidth(max(metrics.horizontalAdvance(words.format(number=n, total=total))
                                          for n in range(1, min(total, 999) + 1)) + 2)

    def fit(self, room: QSize) -> None:
        """Draw the page as wide as `room` (the card's width) allows, up to PAGE_WIDEST."""
        wanted = QSize(min(PAGE_WIDEST, room.width() - 2 * GAP_PX), room.height())
        if wanted != self._room:
            self._room = wanted
            self._draw()

    def _draw(self) -> None:
        if not self.readable:
            return
        points = self._document.pagePointSize(self.index)
        shape = QSize(max(1, round(points.width())), max(1, round(points.height())))
        width = max(PAGE_SMALLEST, self._room.width())
        size = QSize(width, max(1, round(width * shape.height() / shape.width())))
        ratio = self.devicePixelRatioF()
        drawn = self._document.render(self.index, size * ratio)
        paper = QImage(drawn.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))  # a PDF page has no background of its own: paper is white
        painter = QPainter(paper)
        painter.drawImage(0, 0, drawn)
        painter.end()
        pixmap = QPixmap.fromImage(paper)
        pixmap.setDevicePixelRatio(ratio)
        self.page.setPixmap(pixmap)
        self.page.setFixedSize(size)
