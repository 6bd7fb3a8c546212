"""The tutorial's lesson strip: the step's words in large print and the learner's buttons, in a band that the
practice window lays out below the learner's screens (never over them), the same place and shape for every step."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from carelink.ui.theme import GAP_PX, Palette
from carelink.ui.widgets import BigButton, label, tr

BUTTON_COLUMNS = 2
MAX_SHARE_PERCENT = 50
FRAME_EDGE_PX = 6  # the practice frame's edge either side of the strip
DEFAULT_HINTS = ("Nearly! Tap the part with the yellow ring around it.",)  # room is kept for a hint this long


class InstructionBox(QFrame):
    """The lesson strip. Holds the step number, the step's words, a hint line, and the learner's buttons (Next,
    Show me again, Start again, Stop practising; at the end Practise it again and Back to the lessons).

    Its height is fixed for the whole lesson by `reserve` (room for the longest step's words and a hint), so the
    words and buttons never move between steps and the screens above never jump.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tutorial_box")
        # the window's width is the strip's: its buttons wrap their words rather than widen the window
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        row = self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(GAP_PX * 2)
        column = self._column = QVBoxLayout()
        column.setSpacing(GAP_PX // 2)
        self.counter = label(role="quiet")
        self.counter.setObjectName("tutorial_counter")
        self.words = label()
        self.words.setObjectName("tutorial_words")
        self.hint = label(role="error")
        self.hint.setObjectName("tutorial_hint")
        self.hint.setVisible(False)
        header = QHBoxLayout()
        header.setSpacing(GAP_PX * 2)
        header.addWidget(self.counter, 1)
        header.addWidget(self.hint, 1)  # a hint takes the place of the step number, so the words never move
        column.addLayout(header)
        column.addWidget(self.words)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.next = self._button(tr("Next"), "tutorial_next")
        self.again = self._button(tr("Show me again"), "tutorial_again")
        self.restart = self._button(tr("Start again"), "tutorial_restart")
        self.stop = self._button(tr("Stop practising"), "tutorial_stop")
        self.practise_again = self._button(tr("Practise it again"), "tutorial_practise_again")
        self.back = self._button(tr("Back to the lessons"), "tutorial_back")
        self._grid = QGridLayout()
        self._grid.setSpacing(GAP_PX)
        # Next first (where the eye ends the words), the rest always in the same places
        for index, button in enumerate((self.next, self.again, self.restart, self.stop)):
            self._grid.addWidget(button, index // BUTTON_COLUMNS, index % BUTTON_COLUMNS)
        self._grid.addWidget(self.practise_again, 0, 0)
        self._grid.addWidget(self.back, 0, 1)
        buttons = QVBoxLayout()
        buttons.addLayout(self._grid)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self._texts: list[str] = []
        self._hints: list[str] = []

    def use_palette(self, palette: Palette) -> None:
        """A band in the card's colours with a thick edge above it. Only the strip's own words take the card's text
        colour: the buttons keep theirs (a card's style would reach the words inside the buttons too)."""
        style = (
            f"QFrame#tutorial_box {{ background: {palette.card}; border: none; "
            f"border-top: 6px solid {palette.border}; }}\n"
            f"QFrame#tutorial_box QLabel {{ color: {palette.card_text}; background: transparent; }}\n"
            f"QFrame#tutorial_box QPushButton QLabel {{ color: {palette.button_text}; }}")
        if self.styleSheet() != style:  # a style set again restyles the children, the overlay among them
            self.setStyleSheet(style)

    def _buttons(self) -> tuple[BigButton, ...]:
        return self.next, self.again, self.restart, self.stop, self.practise_again, self.back

    def _button(self, text: str, name: str) -> BigButton:
        button = BigButton(text)
        button.setObjectName(name)
        button.text_label().setWordWrap(False)  # short words on one line keep the strip low
        return button

    def reserve(self, texts: Iterable[str], hints: Iterable[str] = ()) -> None:
        """Keep room for the longest of `texts` (every step's words, and the end's) and of `hints`, at the width
        the strip has now: called when a lesson starts and when the window or text size changes."""
        self._texts, self._hints = list(texts), [*hints, *(tr(hint) for hint in DEFAULT_HINTS)]
        self.fit()

    def fit(self) -> None:
        if not self._texts:
            return
        self.ensurePolished()
        for widget in (self.counter, self.words, self.hint):
            widget.ensurePolished()
        margins = self._row.contentsMargins()
        button_width = max((button.sizeHint().width() for button in self._buttons()), default=0)
        button_height = max(button.sizeHint().height() for button in self._buttons())
        # measured at the window's width: the strip may not have been laid out yet
        strip_width = self.window().width() - 2 * FRAME_EDGE_PX if self.window() is not self else self.width()
        inner = strip_width - margins.left() - margins.right()
        beside = inner - GAP_PX * 3 - button_width * BUTTON_COLUMNS
        # Large text on a small screen: the buttons go in one row under the words, which then have the full width.
        below = beside < inner * 11 // 20
        # under the words: one row of four if they fit, else two rows of two
        in_row = sum(button.sizeHint().width() for button in self._step_buttons()) + GAP_PX * 3 <= inner
        columns = 4 if below and in_row else BUTTON_COLUMNS
        self._lay_out(below, columns)
        width = max(inner if below else beside, 160)
        words = self._tallest(self.words, self._texts, width)
        hint = self._tallest(self.hint, self._hints, width)
        self.words.setMinimumHeight(words)  # the layout gives the words their room before any to spare
        self.counter.setMinimumHeight(max(self.counter.sizeHint().height(), 0))
        spacing = self._column.spacing()
        rows = (4 + columns - 1) // columns
        buttons = rows * button_height + GAP_PX * (rows - 1)
        # never more than this share of the window: the screens above keep room for what the step is about; where
        # room is short, a long hint may wrap out of sight rather than push the buttons out of the window
        limit = self.window().height() * MAX_SHARE_PERCENT // 100 if self.window() is not self else 1 << 20
        for top in (max(self.counter.sizeHint().height(), hint), self.counter.sizeHint().height()):
            column = top + words + spacing
            height = (column + self._row.spacing() + buttons if below else max(column, buttons)) + margins.top() \
                + margins.bottom()
            if height <= limit:
                break
        self.setFixedHeight(min(height, limit))

    def _step_buttons(self) -> tuple[BigButton, ...]:
        return self.next, self.again, self.restart, self.stop

    def _lay_out(self, below: bool, columns: int) -> None:
        """The buttons in `columns` columns, beside the words or under them."""
        self._row.setDirection(QBoxLayout.Direction.TopToBottom if below else QBoxLayout.Direction.LeftToRight)
        for index, button in enumerate(self._step_buttons()):
            self._grid.removeWidget(button)
            self._grid.addWidget(button, index // columns, index % columns)
        self._row.invalidate()

    @staticmethod
    def _tallest(widget: QLabel, texts: list[str], width: int) -> int:
        """The height of the tallest of `texts` in `widget` at `width` (the widget's own words are kept)."""
        kept, tallest = widget.text(), 0
        for text in texts:
            widget.setText(text)
            tallest = max(tallest, widget.heightForWidth(width))
        widget.setText(kept)
        return tallest

    def show_step(self, counter: str, words: str, reading: bool) -> None:
        self.counter.setText(counter)
        self.words.setText(words)
        self.setAccessibleName(words)
        self.hide_hint()
        self.hint.setText("")
        self.next.setVisible(reading)
        for button in (self.again, self.restart, self.stop):
            button.setVisible(True)
        for button in (self.practise_again, self.back):
            button.setVisible(False)

    def show_end(self, headline: str, words: str) -> None:
        self.counter.setText(headline)
        self.words.setText(words)
        self.setAccessibleName(words)
        self.hide_hint()
        for button in (self.next, self.again, self.restart, self.stop):
            button.setVisible(False)
        for button in (self.practise_again, self.back):
            button.setVisible(True)

    def show_hint(self, words: str) -> bool:
        """Show `words` as the hint; False if that hint was on show already (so it is not said again)."""
        if self.hint.isVisible() and self.hint.text() == words:
            return False
        self.hint.setText(words)
        self.hint.setVisible(True)
        self.counter.setVisible(False)
        return True

    def hide_hint(self) -> None:
        self.hint.setVisible(False)
        self.counter.setVisible(True)
