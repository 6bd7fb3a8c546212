"""The tutorial's instruction box: the step's words in large print, the learner's buttons, and where the box goes
so that it never hides the ringed control."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QFrame, QVBoxLayout, QWidget

from carelink.ui.theme import GAP_PX, Palette
from carelink.ui.widgets import BigButton, button_row, label, tr

MIN_BOX_WIDTH_PX = 320


class InstructionBox(QFrame):
    """The step's words in large print, the step number, a hint line, and the learner's buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tutorial_box")
        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(GAP_PX)
        self.counter = label(role="quiet")
        self.counter.setObjectName("tutorial_counter")
        self.words = label(role="big")
        self.words.setObjectName("tutorial_words")
        self.hint = label(role="big")
        self.hint.setObjectName("tutorial_hint")
        self.hint.setVisible(False)
        for widget in (self.counter, self.words, self.hint):
            column.addWidget(widget)
        self.next = self._button(tr("Next"), "tutorial_next")
        self.again = self._button(tr("Show me again"), "tutorial_again")
        self.restart = self._button(tr("Start again"), "tutorial_restart")
        self.stop = self._button(tr("Stop practising"), "tutorial_stop")
        self.practise_again = self._button(tr("Practise it again"), "tutorial_practise_again")
        self.back = self._button(tr("Back to the lessons"), "tutorial_back")
        self.row = button_row(self.next, self.again, self.restart, self.stop, self.practise_again, self.back)
        column.addLayout(self.row)

    def use_palette(self, palette: Palette) -> None:
        """A card in the theme's colours. Only the box's own words take the card's text colour: the buttons keep
        theirs (a card's style would reach the words inside the buttons too)."""
        self.setStyleSheet(
            f"QFrame#tutorial_box {{ background: {palette.card}; border: 3px solid {palette.border}; "
            f"border-radius: 16px; }}\n"
            f"QFrame#tutorial_box > QLabel {{ color: {palette.card_text}; background: transparent; }}")

    def set_stacked(self, stacked: bool, width: int = 0) -> None:
        """The buttons one above another (the box beside the ring, on a small screen) or side by side; side by side,
        their words wrap when one line each would not fit in `width`."""
        self.row.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)
        self._wrap(False)
        if not stacked and width and self.needed_width() > width:
            self._wrap(True)
        self.row.invalidate()
        self._column.invalidate()  # heights for widths are measured again, the new way round

    def _wrap(self, wrap: bool) -> None:
        for button in self._buttons():
            button.text_label().setWordWrap(wrap)
            button.updateGeometry()

    def needed_width(self) -> int:
        """The narrowest the box can be with its buttons at their natural size."""
        shown = [button for button in self._buttons() if not button.isHidden()]
        margins = self._column.contentsMargins()
        widths = [button.sizeHint().width() for button in shown]
        if self.row.direction() == QBoxLayout.Direction.TopToBottom:
            return max(widths, default=0) + margins.left() + margins.right()
        return sum(widths) + GAP_PX * max(len(shown) - 1, 0) + margins.left() + margins.right()

    def _buttons(self) -> tuple[BigButton, ...]:
        return self.next, self.again, self.restart, self.stop, self.practise_again, self.back

    def _button(self, text: str, name: str) -> BigButton:
        button = BigButton(text)
        button.setObjectName(name)
        button.text_label().setWordWrap(False)  # short words on one line keep the box low, away from the ring
        return button

    def show_step(self, counter: str, words: str, reading: bool) -> None:
        self.counter.setText(counter)
        self.words.setText(words)
        self.setAccessibleName(words)
        self.hint.setVisible(False)
        self.next.setVisible(reading)
        for button in (self.again, self.restart, self.stop):
            button.setVisible(True)
        for button in (self.practise_again, self.back):
            button.setVisible(False)

    def show_end(self, headline: str, words: str) -> None:
        self.counter.setText(headline)
        self.words.setText(words)
        self.setAccessibleName(words)
        self.hint.setVisible(False)
        for button in (self.next, self.again, self.restart, self.stop):
            button.setVisible(False)
        for button in (self.practise_again, self.back):
            button.setVisible(True)

    def show_hint(self, words: str) -> None:
        self.hint.setText(words)
        self.hint.setVisible(True)

    def key(self) -> tuple[str, bool, float]:
        """What the box's size depends on besides the ring: its words, the hint, and the text size."""
        return self.words.text(), self.hint.isVisible(), self.words.font().pointSizeF()

    def height_for(self, width: int, limit: int | None = None) -> int:
        """The box's height at `width` (at most `limit`)."""
        wanted = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        wanted = max(wanted, self.minimumSizeHint().height())
        return min(wanted, limit) if limit is not None else wanted

    def place(self, area: QSize, hole: QRect, edge: int) -> QRect:
        """Where the box goes in `area`: below or above the ringed `hole` (its ring `edge` pixels round it), or
        beside it on a small screen. Where it fits nowhere (a small screen at large text), the roomier side, whole,
        as far from the ring as it goes: it may reach over the ring's edge, and the rest can still be pressed."""
        margin = GAP_PX * 2
        width, height_limit = max(area.width() - 2 * margin, 200), area.height() * 2 // 3
        if hole.isEmpty():
            self.set_stacked(False, width)
            height = self.height_for(width, height_limit)
            return QRect(margin, area.height() - height - margin, width, height)
        ring = hole.adjusted(-edge, -edge, edge, edge)
        full_height = area.height() - 2 * margin
        below = QRect(margin, ring.bottom() + margin, width, area.height() - ring.bottom() - 2 * margin)
        above = QRect(margin, margin, width, ring.top() - 2 * margin)
        left = QRect(margin, margin, ring.left() - 2 * margin, full_height)
        right = QRect(ring.right() + margin, margin, area.width() - ring.right() - 2 * margin, full_height)
        for space in [*sorted((below, above), key=lambda space: -space.height()), left, right]:
            beside = space is left or space is right
            self.set_stacked(beside, space.width())
            narrowest = max(MIN_BOX_WIDTH_PX, self.needed_width() if beside else 0)
            wanted = self.height_for(space.width())
            if space.width() >= narrowest and space.height() >= wanted:
                return QRect(space.topLeft(), QSize(space.width(), wanted))
        self.set_stacked(False, width)
        height = min(self.height_for(width, height_limit), full_height)
        at_top = QRect(margin, margin, width, height)
        at_bottom = QRect(margin, area.height() - height - margin, width, height)
        return min((at_bottom, at_top), key=lambda place: place.intersected(hole).height())
