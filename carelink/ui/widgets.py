"""The words and buttons every screen is built from: tr(), labels whose symbols are not spelt out, buttons at
least 64 px square whose words wrap, and Home's tiles. A person's portrait is in `widgets_portrait`, a whole screen
in `widgets_screen`, one-of-many choices in `widgets_choice`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from carelink.errors import UserError
from carelink.ui.access import DecorativePicture
from carelink.ui.assets import icon
from carelink.ui.theme import GAP_PX, MIN_TARGET_PX, Theme


def tr(text: str) -> str:
    """Translate a sentence in the "CareLink" context (the .ts files are built from these calls)."""
    return QCoreApplication.translate("CareLink", text)


def core_tr(text: str) -> str:
    """Translate a sentence of the core (errors, concern kinds: scripts/core_sentences.py) in the "Core" context."""
    return QCoreApplication.translate("Core", text)


def error_words(error: UserError) -> str:
    """A plain-language problem in the household's language."""
    return error.words(core_tr)


def spoken(text: str) -> str:
    """Words for a screen reader: the tick drawn beside a done thing is not read out as "check mark" (the words
    around it already say "Sent", "has seen", the chosen state says "selected")."""
    return " ".join(text.replace("✓", " ").split())


class Label(QLabel):
    """A label whose accessible name is its words without symbols a screen reader would spell out."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(spoken(text) if "✓" in text else "")  # empty: Qt reads the text itself


def label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    widget = Label()
    widget.setText(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # nothing typed by a stranger is ever read as markup
    if role:
        widget.setProperty("role", role)
    return widget


def labelled_field(column: QBoxLayout, words: str, name: str) -> QLineEdit:
    """A text box with its words above it (the words are its accessible name too)."""
    column.addWidget(label(words))
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(words)
    column.addWidget(edit)
    return edit


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Big buttons side by side from the left, the usual gap between them."""
    row = QHBoxLayout()
    row.setSpacing(GAP_PX)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class LayoutButton(QPushButton):
    """A push button sized by the layout inside it (pictures, words that wrap), never under 64 px square.
    Subclasses set `self._layout` in their constructor."""

    _layout: QBoxLayout

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()  # Return and Enter press the focused button, as Space does
            return
        super().keyPressEvent(event)

    # The style sheet's min-height is for the words' box inside the padding and border, so a button is never
    # shorter than its own minimum height: the hints say so too, or a layout that adds them up comes out short.
    def sizeHint(self) -> QSize:
        hint = self._layout.sizeHint()
        return QSize(max(hint.width(), MIN_TARGET_PX), max(hint.height(), MIN_TARGET_PX, self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        hint = self._layout.minimumSize()
        return QSize(max(hint.width(), MIN_TARGET_PX), max(hint.height(), MIN_TARGET_PX, self.minimumHeight()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._layout.totalHeightForWidth(width), MIN_TARGET_PX, self.minimumHeight())


class BigButton(LayoutButton):
    """A push button at least 64 px square whose words wrap instead of being cut off.

    Holds an optional icon and a text label laid out inside it; the accessible name follows the text.
    """

    def __init__(self, text: str, icon_name: str | None = None, vertical: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        direction = QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight
        self._layout = QBoxLayout(direction, self)
        self._layout.setContentsMargins(16, 10, 16, 10)
        self._layout.setSpacing(12)
        self._icon_name = icon_name
        # Made inside the button: a widget shown before it has a parent is a window of its own, and on a window
        # already on screen (a screen built the first time it is opened) it would take the keyboard focus away.
        self._icon = DecorativePicture(self)
        self._icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._icon.setVisible(icon_name is not None)
        self._text = label(text)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        align = Qt.AlignmentFlag.AlignCenter
        self._layout.addStretch(1)
        self._layout.addWidget(self._icon, 0, align)
        self._layout.addWidget(self._text, 0, align)
        self._layout.addStretch(1)
        self._icon_px = 56 if vertical else 36  # at 100% text: Theme.px grows it with the words
        self._icon_size = self._icon_px
        self._colours = ("", "")  # the picture's colour, and its colour while the button is chosen
        self.setText(text)
        self.toggled.connect(self._show_chosen)

    def _show_chosen(self, chosen: bool) -> None:
        # A chosen button turns light with dark words; its label (and its picture) must be re-styled to follow.
        self._text.setProperty("chosen", chosen)
        self._text.style().unpolish(self._text)
        self._text.style().polish(self._text)
        self.set_icon_colour(self._colours[0])

    def setText(self, text: str) -> None:  # keeps the accessible name in step with what is shown
        self._text.setText(text)
        self.setAccessibleName(spoken(text))
        super().setText("")
        self._layout.invalidate()  # new words ("✓ No") may need a wider button: the row must ask again
        self.updateGeometry()

    def text(self) -> str:
        return self._text.text()

    def widest_word_px(self) -> int:
        """The width this button needs for its longest word (never broken) beside its picture, inside its margins."""
        words = self._text.text().split() or [""]
        widest = max(self._text.fontMetrics().horizontalAdvance(word) for word in words)
        margins = self._layout.contentsMargins()
        need = widest + margins.left() + margins.right() + self.contentsMargins().left() * 2 + 8
        if self._icon.isVisibleTo(self) and self._layout.direction() == QBoxLayout.Direction.LeftToRight:
            need += self._icon.sizeHint().width() + self._layout.spacing()
        return need

    def text_label(self) -> QLabel:
        return self._text

    def set_icon_beside(self, beside: bool) -> None:
        """The picture beside the words (large text, little room) or above them."""
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)
        # Beside, the words need the width: a little less margin round them (still well inside the border).
        self._layout.setContentsMargins(*((10, 10, 10, 10) if beside else (16, 10, 16, 10)))
        self._layout.setSpacing(8 if beside else 12)
        self._icon_px = 40 if beside else 56  # beside the words, a picture no taller than about a line of them
        self.updateGeometry()

    def set_icon_shown(self, shown: bool) -> None:
        """The picture beside the words, or the words alone (where large words need the room)."""
        self._icon.setVisible(shown and self._icon_name is not None)
        self.updateGeometry()

    def set_icon_colour(self, colour: str, theme: Theme | None = None) -> None:
        """Draw the icon in `colour` (while chosen, in the chosen words' colour), at the theme's size for its text
        size (the size it has, when none given)."""
        if theme is not None:
            self._icon_size = theme.px(self._icon_px)
        self._colours = (colour, theme.palette.card_text if theme is not None else self._colours[1] or colour)
        if self._icon_name and colour:
            size = self._icon_size
            shown = self._colours[self.isChecked()]
            self._icon.setPixmap(icon(self._icon_name, shown, size).pixmap(size, size))


class Tile(BigButton):
    """A large coloured home-screen tile (icon above words); `kind` picks its colour from the theme."""

    def __init__(self, text: str, kind: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(text, icon_name, vertical=True, parent=parent)
        self.setProperty("tile", kind)
        self.setObjectName(f"tile_{kind}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
