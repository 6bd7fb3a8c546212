"""The call window's own pages, shown instead of the web page: "Calling Sarah…" while she is on her way, a
failure in plain words with Try again and Home, and a call that went to another program, with a big Home; the
bar above a call (who, and Hang up); and Home's line after a call."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from carelink.ui.calls.call_confirm import huge_button
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import label, tr
from carelink.ui.widgets_portrait import Avatar

HANG_UP_PX = 110  # at least 96 px tall, always
HANG_UP_WIDE_PX = 340
PHOTO_PX = 96


class CallerBar(QWidget):
    """Above the call: who it is with (photo and name), and one huge red Hang up, never covered by the page."""

    def __init__(self) -> None:
        super().__init__()
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(GAP_PX * 2)
        self.avatar_slot = QHBoxLayout()
        top.addLayout(self.avatar_slot)
        self.avatar: Avatar | None = None
        self._shown: tuple[str, Path | None] | None = None  # whose photo the avatar is
        self.who = label(role="big")
        self.who.setObjectName("calling_who")
        top.addWidget(self.who, 1)
        self.hang_up = huge_button(tr("Hang up"), "calling_finished", "concern")
        # Its own style sheet: the theme's min-height and min-width for buttons would win over setMinimum…()
        self.hang_up.setStyleSheet(f"min-height: {HANG_UP_PX}px; min-width: {HANG_UP_WIDE_PX}px;")
        self.hang_up.text_label().setMinimumHeight(HANG_UP_PX - 24)
        top.addWidget(self.hang_up, 0, Qt.AlignmentFlag.AlignVCenter)

    def person(self, name: str, photo: Path | None) -> None:
        """Their photo (made once for the same person: it is often made while "Call Sarah?" is read) and name."""
        if self.avatar is None or self._shown != (name, photo):
            if self.avatar is not None:
                self.avatar.hide()
                self.avatar.deleteLater()
            self.avatar = Avatar(name, photo, PHOTO_PX)
            self.avatar_slot.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignVCenter)
            self._shown = (name, photo)
        self.avatar.show()
        self.who.setText(name)
        self.finish_words(tr("Hang up"), red=True)

    def finish_words(self, words: str, red: bool = False) -> None:
        """The button's words: Hang up (red, a call's own colour for ending it), or Finished or Done (a camera
        check: nothing to hang up, so not red)."""
        self.hang_up.setText(words)
        tile = "concern" if red else "calls"
        if self.hang_up.property("tile") != tile:
            self.hang_up.setProperty("tile", tile)
            self.hang_up.style().unpolish(self.hang_up)
            self.hang_up.style().polish(self.hang_up)


class _Page(QWidget):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # opaque: the call's page may lie under it
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

    def show_not_loaded(self) -> None:
        self.show_words(tr("The call could not be opened"),
                        tr("The call's page did not open. The computer may not be connected to the internet just "
                           "now. You can try again, or go back Home."), can_retry=True)

    def show_camera_busy(self) -> None:
        self.show_words(tr("The camera is busy"),
                        tr("Another program on this computer is using the camera, perhaps another video call. "
                           "Close that program, then press Try again."), can_retry=True)


class SystemPage(_Page):
    """A phone number or an app's own link went to the computer's own program: what happens, and Home.

    Where the page is short (200% text on a 1024×600 screen) its headline and words take smaller sizes and the
    margins narrow, roomiest first, so that all of it shows; the number to phone stays huge."""

    _LOOKS = (("huge", "big", 24), ("big", "big", 12), ("big", "", 12))  # headline, words, top and bottom margin

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
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() <= 0 or self.height() <= 0:
            return
        for headline, words, margin in self._LOOKS:
            self._look(headline, words, margin)
            if self.column.totalHeightForWidth(self.width()) <= self.height():
                return

    def _look(self, headline: str, words: str, margin: int) -> None:
        for shown, role in ((self.headline, headline), (self.words, words)):
            if shown.property("role") != role:
                shown.setProperty("role", role)
                shown.style().unpolish(shown)
                shown.style().polish(shown)
                shown.updateGeometry()
        self.column.setContentsMargins(24, margin, 24, margin)
        self.column.invalidate()

    def show_outcome(self, name: str, url: str, opened: bool) -> None:
        """What became of `name`'s call link `url` (a phone number, or an app's own link): `opened` or not."""
        phone = url.startswith("tel:")
        if opened and phone:
            self.show_words(tr("Your phone is calling {name}").format(name=name),
                            tr("The call goes through this computer's own phone program. When you have "
                               "finished, press Home."))
        elif opened:
            self.show_words(tr("{name}'s call opens in another program").format(name=name),
                            tr("The call opens in this computer's own program for it. When you have "
                               "finished, press Home."))
        elif phone:
            self.show_words(tr("Please phone {name}").format(name=name),
                            tr("The call could not start by itself. Please phone this number:"),
                            url.removeprefix("tel:"))
        else:
            self.show_words(tr("This call could not be opened"),
                            tr("This computer has no program for this kind of call link. The family "
                               "administrator can give {name} a different link in Settings.").format(name=name))


def care_words(name: str, minutes: int, talked: bool) -> str:
    """Home's line after a call: "You talked with Sarah for 12 minutes" when CareLink saw her there (`talked`),
    "Your call with Sarah lasted 12 minutes" when it could not tell."""
    if minutes == 0:
        text = tr("You talked with {name} for less than a minute") if talked else \
            tr("Your call with {name} lasted less than a minute")
    elif minutes == 1:
        text = tr("You talked with {name} for 1 minute") if talked else tr("Your call with {name} lasted 1 minute")
    else:
        text = tr("You talked with {name} for {minutes} minutes") if talked else \
            tr("Your call with {name} lasted {minutes} minutes")
    return text.format(name=name, minutes=minutes)
