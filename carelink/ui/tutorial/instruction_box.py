"""The tutorial's lesson strip: the step's words in large print and the learner's buttons, in a band that the
practice window lays out below the learner's screens (never over them), the same place and shape for every step."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from carelink.ui.theme import GAP_PX, Palette
from carelink.ui.widgets import BigButton, label, tr

BUTTON_COLUMNS = 2
MAX_SHARE_PERCENT = 42  # the screens above keep the rest for what the step is about
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
        # the step number goes up beside "Practice" (PracticeFrame puts it there): the strip keeps its room for words
        self.counter = label(role="quiet", wrap=False)
        self.counter.setObjectName("tutorial_counter")
        self.words = label()
        self.words.setObjectName("tutorial_words")
        self.hint = label(role="error")
        self.hint.setObjectName("tutorial_hint")
        self.hint.setVisible(False)
        column.addWidget(self.words)
        column.addWidget(self.hint)  # under the words, so they never move (or, where room is short, in their place)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.next = self._button(tr("Next"), "tutorial_next")
        self.again = self._button(tr("Show me again"), "tutorial_again")
        self.restart = self._button(tr("Start again"), "tutorial_restart")
        self.stop = self._button(tr("Stop practising"), "tutorial_stop")
        self.practise_again = self._button(tr("Practise it again"), "tutorial_practise_again")
        self.back = self._button(tr("Back to the lessons"), "tutorial_back")
        self.next_lesson = self._button(tr("Next lesson"), "tutorial_next_lesson")  # the same learner goes on
        self.next_lesson.setVisible(False)
        self._grid = QGridLayout()
        self._grid.setSpacing(GAP_PX)
        # Next first (where the eye ends the words), the rest always in the same places
        for index, button in enumerate((self.next, self.again, self.restart, self.stop)):
            self._grid.addWidget(button, index // BUTTON_COLUMNS, index % BUTTON_COLUMNS)
        for index, button in enumerate(self._end_buttons()):
            self._grid.addWidget(button, index // BUTTON_COLUMNS, index % BUTTON_COLUMNS)
        buttons = QVBoxLayout()
        buttons.addLayout(self._grid)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self._texts: list[str] = []
        self._hints: list[str] = []
        self._words_height, self._spacing, self._hint_in_words = 0, GAP_PX // 2, False

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
        return (*self._step_buttons(), *self._end_buttons())

    def _end_buttons(self) -> tuple[BigButton, ...]:
        """At the end: Next lesson first (where Next was), then Practise it again and Back to the lessons."""
        return self.next_lesson, self.practise_again, self.back

    def _button(self, text: str, name: str) -> BigButton:
        button = BigButton(text)
        button.setObjectName(name)
        button.text_label().setWordWrap(False)  # short words on one line keep the strip low
        layout = button.layout()
        if layout is not None:  # a little less room round the words, so that four go in a row at large text
            layout.setContentsMargins(10, 8, 10, 8)
        return button

    def reserve(self, texts: Iterable[str], hints: Iterable[str] = ()) -> None:
        """Keep room for the longest of `texts` (every step's words, and the end's) and of `hints`, at the width
        the strip has now: called when a lesson starts and when the window or text size changes."""
        self._texts, self._hints = list(texts), [*hints, *(tr(hint) for hint in DEFAULT_HINTS)]
        self.fit()

    def fit(self) -> None:
        """Choose the lowest of the strip's arrangements for the room it has: the buttons in two columns beside the
        words, or in one row (else two) under them. Where even that is more than MAX_SHARE_PERCENT of the window (large
        text on a small screen), the space round the words shrinks: never the buttons, never the words."""
        if not self._texts:
            return
        self.ensurePolished()
        for widget in (self.counter, self.words, self.hint, *self._buttons()):
            widget.ensurePolished()
        widths = [button.sizeHint().width() for button in self._step_buttons()]
        row_width = max(sum(widths), sum(button.sizeHint().width() for button in self._end_buttons()))
        column = max(button.sizeHint().width() for button in self._buttons())
        button_height = max(button.sizeHint().height() for button in self._buttons())
        # measured at the window's width: the strip may not have been laid out yet
        strip_width = self.window().width() - 2 * FRAME_EDGE_PX if self.window() is not self else self.width()
        limit = self.window().height() * MAX_SHARE_PERCENT // 100 if self.window() is not self else 1 << 20
        best: tuple[int, bool, int, int, bool] | None = None
        # roomy: a hint takes the step number's place; tight: the words' place (till Show me again, or the next step)
        for margin, spacing, tight in ((12, GAP_PX // 2, False), (8, GAP_PX // 2, True), (4, 0, True)):
            inner = strip_width - 2 * 20
            choices: list[tuple[bool, int, int]] = []  # (below, columns, width of the words)
            beside = inner - GAP_PX - column * BUTTON_COLUMNS - GAP_PX
            if beside >= inner * 2 // 5:
                choices.append((False, BUTTON_COLUMNS, beside))
            if row_width + GAP_PX * 3 <= inner:
                choices.append((True, 4, inner))
            choices.append((True, BUTTON_COLUMNS, inner))
            for below, columns, width in choices:
                words = self._tallest(self.words, self._texts, width)
                hint = self._tallest(self.hint, self._hints, width)
                rows = (4 + columns - 1) // columns
                buttons = rows * button_height + GAP_PX * (rows - 1)
                text = max(words, hint) if tight else words + spacing + hint
                height = (text + GAP_PX + buttons if below else max(text, buttons)) + 2 * margin
                if best is None or height < best[0]:
                    best = (height, below, columns, margin, tight)
                    self._words_height, self._spacing = words, spacing
            if best is not None and best[0] <= limit:
                break
        assert best is not None
        height, below, columns, margin, self._hint_in_words = best
        self._row.setContentsMargins(20, margin, 20, margin)
        self._column.setSpacing(self._spacing)
        self._row.setSpacing(GAP_PX)
        self._lay_out(below, columns)
        self.words.setMinimumHeight(self._words_height)  # the layout gives the words their room before any to spare
        self.setFixedHeight(height)

    def _step_buttons(self) -> tuple[BigButton, ...]:
        return self.next, self.again, self.restart, self.stop

    def _lay_out(self, below: bool, columns: int) -> None:
        """The buttons in `columns` columns, beside the words or under them."""
        self._row.setDirection(QBoxLayout.Direction.TopToBottom if below else QBoxLayout.Direction.LeftToRight)
        for buttons in (self._step_buttons(), self._end_buttons()):
            for index, button in enumerate(buttons):
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
        for button in self._end_buttons():
            button.setVisible(False)

    def show_end(self, headline: str, words: str, next_lesson: bool = False) -> None:
        """The end of the lesson; `next_lesson`: there is a lesson after this one."""
        self.counter.setText("")
        self.words.setText(f"{headline} {words}")
        self.setAccessibleName(self.words.text())
        self.hide_hint()
        for button in (self.next, self.again, self.restart, self.stop):
            button.setVisible(False)
        for button in (self.practise_again, self.back):
            button.setVisible(True)
        self.next_lesson.setVisible(next_lesson)

    def show_hint(self, words: str) -> bool:
        """Show `words` as the hint; False if that hint was on show already (so it is not said again)."""
        if self.hint.isVisible() and self.hint.text() == words:
            return False
        self.hint.setText(words)
        self.hint.setVisible(True)
        if self._hint_in_words:  # no room kept for both: the hint has the words' place for a moment
            self.words.setVisible(False)
            self.words.setMinimumHeight(0)
        return True

    def hide_hint(self) -> None:
        self.hint.setVisible(False)
        self.words.setVisible(True)
        self.words.setMinimumHeight(self._words_height)
