"""Live announcements: what happens without a tap ("Sarah is calling", "A new message from Tom", "Sent to Jane",
"Reading aloud"), said to a screen reader without moving the focus.

Qt 6.8 and later have `QAccessibleAnnouncementEvent`, which the platform bridges pass on as the screen reader's own
announcement (AT-SPI's `object:announcement` on Linux, UI Automation's notification event on Windows, an
NSAccessibility announcement on macOS). With an older Qt, the words go to a status bar line instead, which a screen
reader reads with its "read the status bar" command, and which sighted people can see too.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QMainWindow

from carelink.speech import Speaker
from carelink.speech.port import Rate, Voice
from carelink.translation import join_names
from carelink.ui.widgets import core_tr, tr

if TYPE_CHECKING:
    from carelink.household import Household
    from carelink.services.call_invites import IncomingCall
    from carelink.services.mail_sync import SyncReport
    from carelink.services.outbox import OutboxItem

log = logging.getLogger(__name__)


def can_announce() -> bool:
    """True when the installed Qt can hand an announcement to the screen reader itself (Qt 6.8 and later)."""
    return hasattr(QtGui, "QAccessibleAnnouncementEvent")


class Announcer(QObject):
    """Says short sentences to whoever reads the screen aloud, from `window` (the main window).

    Holds `last`, the last sentence said, and a status line (`fallback`, only when Qt cannot announce).
    Emits `announced(text)` after each announcement.
    """

    announced = Signal(str)

    def __init__(self, window: QMainWindow, native: bool | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.native = can_announce() if native is None else native
        self.last = ""
        self.fallback: QLabel | None = None
        if not self.native:
            self.fallback = QLabel()
            self.fallback.setObjectName("announcement_line")
            self.fallback.setAccessibleName(tr("Latest news"))
            window.statusBar().addWidget(self.fallback, 1)

    def say(self, text: str, urgent: bool = False) -> None:
        """Announce `text`; `urgent` interrupts what the reader is saying (a call ringing), otherwise it waits."""
        if not text:
            return
        self.last = text
        if self.fallback is not None:
            self.fallback.setText(text)
        elif self._window.isVisible():  # a window never shown (a screenshot) has nobody listening
            event = QtGui.QAccessibleAnnouncementEvent(self._window, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                                else QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
        log.debug("announced: %s", text)
        self.announced.emit(text)


def joined_names(names: Sequence[str]) -> str:
    """"Jane", "Jane and Tom", "Jane, Tom and Sarah": names as one says them in the household's language (each
    once, in order; "Siân ac Ifan" in Welsh), the one way the core joins them too (carelink.translation)."""
    return join_names(names, core_tr, QLocale().name())


def new_messages_words(senders: Sequence[str]) -> str:
    """"A new message from Tom", or "New messages from Tom and Sarah" when there are several."""
    if not senders:
        return ""
    names = joined_names(senders)
    if len(senders) == 1:
        return tr("A new message from {name}").format(name=names)
    return tr("New messages from {names}").format(names=names)


class HouseholdNews(QObject):
    """Announces the household's news as it happens: a call ringing, new messages on the wall (after each sync),
    and each reply, invite, concern or check-in the courier really handed to the mail server ("Sent to Jane").
    Holds the announcer; emits `_sent(names)` from the courier's thread to itself on the GUI thread."""

    _sent = Signal(list)

    def __init__(self, announcer: Announcer, household: Household) -> None:
        super().__init__(announcer)
        self.announcer, self._household = announcer, household
        self._sent.connect(self._say_sent)
        household.courier.sent.connect(self._item_sent)

    def _item_sent(self, item: OutboxItem) -> None:
        # On the courier's thread (a name lookup is a database read, kept off the GUI thread)
        if not shiboken6.isValid(self):  # the window closed (the practice window at a lesson's end)
            self._household.courier.sent.disconnect(self._item_sent)
            return
        from carelink.services.news import reached  # after start-up: the services are built by then

        names = reached(item, self._household.contacts)
        if names:
            self._sent.emit(names)

    def _say_sent(self, names: list[str]) -> None:
        self.announcer.say(tr("Sent to {names}").format(names=joined_names(names)))

    def synced(self, report: SyncReport, calling: IncomingCall | None = None) -> None:
        """New messages from a sync, leaving out the invites of whoever is `calling` (their ring says it)."""
        self.announcer.say(new_messages_words([name for name in report.senders
                                               if calling is None or name != calling.name]))

    def ringing(self, call: IncomingCall) -> None:
        self.announcer.say(tr("{name} is calling").format(name=call.name), urgent=True)


class ReadingAloud:
    """A speaker that also announces "Reading aloud" when it is asked to read (a screen-reader user then knows
    that CareLink's own voice is about to speak). Every other call goes straight to the speaker it wraps."""

    def __init__(self, speaker: Speaker, announcer: Announcer) -> None:
        self._speaker, self._announcer = speaker, announcer

    def say(self, text: str) -> None:
        self._speaker.say(text)
        if text.strip():
            self._announcer.say(tr("Reading aloud"))

    def stop(self) -> None:
        self._speaker.stop()

    @property
    def is_speaking(self) -> bool:
        return self._speaker.is_speaking

    @property
    def problem(self) -> str | None:
        return self._speaker.problem

    def save_to_file(self, text: str, path: Path) -> concurrent.futures.Future[Path]:
        return self._speaker.save_to_file(text, path)

    def voices(self) -> list[Voice]:
        return self._speaker.voices()

    def configure(self, voice_id: str | None, rate: Rate) -> None:
        self._speaker.configure(voice_id, rate)

    def close(self) -> None:
        self._speaker.close()
