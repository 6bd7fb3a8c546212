"""A whole screen: its title, a big Home button and a body that scrolls rather than clip at large text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from carelink.ui.access import SteadyScrollArea, focus_first_content, next_in_reading_order
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, label, tr


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
