"""The call window's own pages, shown instead of the web page: "Calling Sarah…" while she is on her way, a
failure in plain words with Try again and Home, and a call that went to another program, with a big Home."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from carelink.ui.calls.call_confirm import huge_button
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import label, tr


class _Page(QWidget):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("screen")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(24, 24, 24, 24)
        self.column.setSpacing(GAP_PX)
        self.column.addStretch(1)
        self.headline = label(role="huge")
        self.headline.setObjectName(f"{name}_headline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.headline)
        self.words = label(role="big")
        self.words.setObjectName(f"{name}_words")
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.words)

    def _finish(self) -> None:
        self.column.addStretch(2)


class WaitingPage(_Page):
    """CareLink's calm screen in front of the call page until the other person is there."""

    def __init__(self) -> None:
        super().__init__("calling")
        self._finish()

    def show_words(self, headline: str, words: str) -> None:
        self.headline.setText(headline)
        self.words.setText(words)


class FailedPage(_Page):
    """The call did not open: what happened, in plain words; Try again (when it may help) and Home."""

    def __init__(self) -> None:
        super().__init__("call_failed")
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP_PX * 2)
        self.try_again = huge_button(tr("Try again"), "call_failed_try_again", "calls")
        self.home = huge_button(tr("Home"), "call_failed_home", None, "home")
        buttons.addWidget(self.try_again, 1)
        buttons.addWidget(self.home, 1)
        self.column.addLayout(buttons)
        self._finish()

    def show_words(self, headline: str, words: str, can_retry: bool) -> None:
        self.headline.setText(headline)
        self.words.setText(words)
        self.try_again.setVisible(can_retry)
        (self.try_again if can_retry else self.home).setFocus()


class SystemPage(_Page):
    """A phone number or an app's own link went to the computer's own program: what happens, and Home."""

    def __init__(self) -> None:
        super().__init__("call_elsewhere")
        self.link = label(role="huge")
        self.link.setObjectName("call_elsewhere_link")
        self.link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.link)
        self.home = huge_button(tr("Home"), "call_elsewhere_home", "checkin", "home")
        self.column.addWidget(self.home)
        self._finish()

    def show_words(self, headline: str, words: str, link: str = "") -> None:
        self.headline.setText(headline)
        self.words.setText(words)
        self.link.setText(link)
        self.link.setVisible(bool(link))
        self.link.setAccessibleName(link)
