"""The big, reusable pieces every screen is built from: buttons whose words wrap, tiles, portraits, screens."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from carelink.errors import UserError
from carelink.ui.access import DecorativePicture, SteadyScrollArea, focus_first_content, next_in_reading_order
from carelink.ui.assets import icon
from carelink.ui.theme import GAP_PX, MIN_TARGET_PX, Theme

# Dark enough for white initials at over 7:1, and told apart by more than hue alone (the initials differ too).
AVATAR_COLOURS = ("#1F4E79", "#5B2C6F", "#1E5C2E", "#8B1A1A", "#7A3E00", "#124A5C", "#4A4A4A")
MAX_PHOTO_PIXELS = 40_000_000


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


class Avatar(QLabel):
    """A round portrait: the contact's photo if it can be read safely, else their initials on a colour.

    A label holding a picture, so that a screen reader meets an image called "Photo of Sarah" (a plain widget
    is a filler, which readers skip); it paints itself.
    """

    def __init__(self, name: str, photo: Path | None = None, size: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(size, size)
        placeholder = QPixmap(1, 1)
        placeholder.fill(QColor(0, 0, 0, 0))
        self.setPixmap(placeholder)  # Qt's role for a label with a picture: an image
        self._name = name
        self._image = self._read(photo) if photo else None
        self.setAccessibleName(tr("Photo of {name}").format(name=name))
        self.setAccessibleDescription(tr("Their photo") if self._image is not None
                                      else tr("Their initials, {initials}").format(initials=self.initials()))

    @staticmethod
    def _read(photo: Path) -> QImage | None:
        reader = QImageReader(str(photo))
        declared = reader.size()
        if not declared.isValid() or declared.width() * declared.height() > MAX_PHOTO_PIXELS:
            return None  # refuse before decoding: a header can claim a picture too big to hold
        reader.setAutoTransform(True)
        image = reader.read()
        return None if image.isNull() else image

    def initials(self) -> str:
        from carelink.services.contacts import initials  # not on Home: imported once a portrait is drawn

        return initials(self._name)

    def colour(self) -> str:
        digest = hashlib.sha256(self._name.encode()).digest()
        return AVATAR_COLOURS[digest[0] % len(AVATAR_COLOURS)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        clip = QPainterPath()
        clip.addEllipse(rect)
        painter.setClipPath(clip)
        if self._image is not None:
            scaled = self._image.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                        Qt.TransformationMode.SmoothTransformation)
            x = (scaled.width() - self.width()) // 2
            y = (scaled.height() - self.height()) // 2
            painter.drawImage(0, 0, scaled, x, y, self.width(), self.height())
        else:
            painter.fillPath(clip, QColor(self.colour()))
            font = QFont(self.font())
            font.setPixelSize(int(self.height() * 0.38))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.initials())
        painter.end()


class Screen(QWidget):
    """A whole screen: a title, a big Home button and a body that scrolls rather than clip at large text.

    Emits `home_requested()` when the Home button is pressed, and `title_changed()` when what `spoken_title()`
    says changes while the screen is open (the window's name for a screen reader follows it).
    """

    home_requested = Signal()
    title_changed = Signal()

    def __init__(self, title: str, name: str, home_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.screen_name = name
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(GAP_PX)
        header = self.header = QHBoxLayout()
        header.setSpacing(GAP_PX)
        self.title = label(title, "title")
        self.title.setAccessibleName(title)
        header.addWidget(self.title, 1)
        self.home_button = BigButton(home_text or tr("Home"), "home")
        self.home_button.setObjectName(f"{name}_home")
        self.home_button.clicked.connect(self.home_requested)
        header.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        self.scroller = SteadyScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.body.setObjectName("screen")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(GAP_PX)
        self.scroller.setWidget(self.body)
        outer.addWidget(self.scroller, 1)

    def entered(self) -> None:
        """Called each time the screen is shown; screens refresh what they show here."""

    def spoken_title(self) -> str:
        """The screen's name as a screen reader announces it (with where one is, on a screen that has places)."""
        return self.title.text()

    def settle_focus(self) -> None:
        """After `entered()`, once the screen is on show: the focus on the first content (never on Home) unless the
        screen put it somewhere itself."""
        focus_first_content(self, (self.home_button,))

    def focusNextPrevChild(self, next: bool) -> bool:
        return next_in_reading_order(self, next) or super().focusNextPrevChild(next)


def one_of_many(buttons: Iterable[QAbstractButton]) -> None:
    """Checkable buttons of which one is chosen: a screen reader calls each a radio button ("150%, selected"),
    not a check box (Qt's role for a checkable button that is auto-exclusive), and the arrow keys move the choice."""
    for button in buttons:
        button.setCheckable(True)
        button.setAutoExclusive(True)


def check_only(buttons: dict[str, QAbstractButton] | dict[str, BigButton], chosen: str) -> None:
    """Checks the button for `chosen` and unchecks the others (all of them when `chosen` is none of them, which an
    auto-exclusive group would refuse). Call it whenever the choice changes, clicks included."""
    for key, button in buttons.items():
        button.setAutoExclusive(False)
        button.setChecked(key == chosen)
        button.setAutoExclusive(True)


class ChoiceRow(QGroupBox):
    """A row of big buttons of which exactly one is chosen: the older adult's screens never use dropdowns.

    Holds (value, words) pairs; emits `chosen(value)` when the person picks one. A screen reader hears a group
    called `group` ("Text size") of radio buttons named by their words ("150%, selected"); the tick shown on the
    chosen one is not read out as "check mark".
    """

    chosen = Signal(str)

    def __init__(self, name: str, options: list[tuple[str, str]], group: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setObjectName(f"{name}_choices")
        self.setStyleSheet("QGroupBox { border: none; margin: 0; padding: 0; }")
        if group:
            self.setAccessibleName(group)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(GAP_PX)
        self.buttons: dict[str, BigButton] = {}
        for value, words in options:
            button = BigButton(words)
            button.setObjectName(f"{name}_{value}")
            button.clicked.connect(lambda _=False, v=value: self._pick(v))
            row.addWidget(button)
            self.buttons[value] = button
        one_of_many(self.buttons.values())
        row.addStretch(1)

    def _pick(self, value: str) -> None:
        self.select(value)
        self.chosen.emit(value)

    def select(self, value: str) -> None:
        check_only(self.buttons, value)
        for key, button in self.buttons.items():
            words = button.text().removeprefix("✓ ")
            button.setText(f"✓ {words}" if key == value else words)  # not colour alone: a tick marks the choice
            button.setAccessibleName(words.replace("\n", " "))  # the state says "selected"; no "check mark"
