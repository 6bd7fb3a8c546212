"""The home screen: today's date in large type, five big tiles, a calm status line and Read aloud."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from carelink.clock import Clock
from carelink.services.status import Connection, ConnectionStatus
from carelink.services.today import PartOfDay, part_of_day
from carelink.speech import Speaker
from carelink.ui.access import SteadyScrollArea
from carelink.ui.care.words import checkin_words, concern_words
from carelink.ui.fitting import Refit, fits_unscrolled
from carelink.ui.reading import ReadAloud
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, Tile, label, tr

if TYPE_CHECKING:
    from carelink.services.checkin import CheckinService, CheckinToday
    from carelink.services.concerns import Concern, ConcernService
    from carelink.services.delivery import Courier
    from carelink.services.first_look import ShownSettings, UnreadCount

TILES = (
    ("wall", "messages", "messages"),
    ("calls", "calls", "calls"),
    ("checkin", "checkin", "checkin"),
    ("concern", "concern", "concern"),
    ("learn", "learn", "learn"),
    ("settings", "settings", "settings"),
)


def part_words(part: PartOfDay) -> str:
    return {PartOfDay.MORNING: tr("morning"), PartOfDay.AFTERNOON: tr("afternoon"),
            PartOfDay.EVENING: tr("evening"), PartOfDay.NIGHT: tr("night")}[part]


def greeting(part: PartOfDay, name: str) -> str:
    hello = {PartOfDay.MORNING: tr("Good morning"), PartOfDay.AFTERNOON: tr("Good afternoon"),
             PartOfDay.EVENING: tr("Good evening"), PartOfDay.NIGHT: tr("Hello")}[part]
    return f"{hello}, {name}" if name else hello


def status_words(state: Connection) -> str:
    return {
        Connection.UP_TO_DATE: tr("Everything is up to date"),
        Connection.DEMO: tr("Demo household — everything is up to date"),
        Connection.OFFLINE: tr("Offline — messages will go when the connection is back"),
        Connection.NOT_SET_UP: tr("CareLink can't send messages yet — ask your family to set up email"),
        Connection.LOGIN_REFUSED: tr("Your family needs to check the email password"),
    }[state]


def day_words(locale: QLocale, day: QDate) -> str:
    """The day and month, as the household's language writes them: its own long date without the year
    ("Mittwoch, 2. Dezember", "miércoles, 2 de diciembre" → "Miércoles, …"); English keeps "Wednesday 2 December"."""
    pattern = "dddd d MMMM" if locale.language() == QLocale.Language.English else \
        re.sub(r"(\s*'[^']*')?[,\s]*y+[.\s]*", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    words = locale.toString(day, pattern)
    return words[:1].upper() + words[1:]


class HomeScreen(QWidget):
    """Shows the date, the tiles (Messages with its unread count) and the status line.

    Emits `open_requested(screen_name)` when a tile or the Settings button is pressed.
    """

    open_requested = Signal(str)

    def __init__(self, clock: Clock, settings: ShownSettings, wall: UnreadCount, status: ConnectionStatus,
                 speaker: Speaker, runner: BackgroundRunner, parent: QWidget | None = None,
                 concerns: ConcernService | None = None, checkin: CheckinService | None = None,
                 courier: Courier | None = None) -> None:
        super().__init__(parent)
        self.screen_name = "home"
        self.setObjectName("screen")
        self._clock, self._settings, self._wall, self._status = clock, settings, wall, status
        self._speaker, self._runner = speaker, runner
        self._concerns, self._checkin, self._courier = concerns, checkin, courier
        self._failed = 0  # concerns and alerts the mail server refused for good lately: never "up to date" then
        self._unread = 0
        self._care_lines: list[str] = []  # the latest concern's progress and today's check-in, above the status
        self._newest_care = ""  # the newest of them: all that is shown when the screen has no room for both
        self._last_call: tuple[datetime, str] | None = None  # when the last call ended, and its line
        self._checked_in = False

        scroll = SteadyScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("screen")
        scroll.setWidget(body)
        self._scroll = scroll
        Refit(scroll, self._fit_status)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setSpacing(GAP_PX)
        layout.setContentsMargins(0, 0, 0, 0)

        # Read aloud sits beside the date (where other screens have Home), so the status lines below the tiles
        # have the whole width and wrap as little as they can.
        header = QHBoxLayout()
        header.setSpacing(GAP_PX)
        self.date_label = label(role="huge")
        self.date_label.setObjectName("home_date")
        header.addWidget(self.date_label, 1)
        self.read_aloud = BigButton(tr("Read aloud"), "speaker")
        self.read_aloud.setObjectName("home_read_aloud")
        self.reader = ReadAloud(self.read_aloud, speaker, self.summary)  # "Reading… Stop" while it reads
        self.reader.problem.connect(self.show_notice)  # no voice on this computer: said in words, and it stays
        header.addWidget(self.read_aloud, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.notice = label(role="big")
        self.notice.setObjectName("home_notice")
        self.notice.setVisible(False)
        layout.addWidget(self.notice)

        grid = self._grid = QGridLayout()
        grid.setSpacing(GAP_PX * 2)
        self.tiles: dict[str, Tile] = {}
        for index, (screen, kind, icon_name) in enumerate(TILES):
            tile = Tile("", kind, icon_name)
            tile.clicked.connect(lambda _=False, s=screen: self.open_requested.emit(s))
            grid.addWidget(tile, index // 3, index % 3)
            grid.setColumnStretch(index % 3, 1)
            self.tiles[screen] = tile
        layout.addLayout(grid, 1)

        self.status_label = label(role="quiet")
        self.status_label.setObjectName("home_status")
        layout.addWidget(self.status_label)
        self.settings_button = self.tiles["settings"]

        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh_date)
        self._timer.start()
        self.refresh_date()
        self._show_tiles()
        self.show_status(status.state)

    def use_services(self, settings: ShownSettings, wall: UnreadCount, status: ConnectionStatus,
                     concerns: ConcernService, checkin: CheckinService, courier: Courier) -> None:
        """The household's services, once built (Home was first painted from a first look at the database)."""
        self._settings, self._wall, self._status = settings, wall, status
        self._concerns, self._checkin, self._courier = concerns, checkin, courier

    def _locale(self) -> QLocale:
        return QLocale(self._settings.locale.replace("-", "_"))

    def date_text(self) -> str:
        now = self._clock.now()
        return f"{day_words(self._locale(), QDate(now.year, now.month, now.day))} — {part_words(part_of_day(now))}"

    def retranslate(self) -> None:
        """The household's language changed: the words made from values again (the date, the care lines)."""
        self.refresh_date()
        self._show_tiles()
        self._fit_status()
        self.refresh_care()

    def refresh_date(self) -> None:
        self.date_label.setText(self.date_text())

    def _show_tiles(self) -> None:
        unread = tr("{count} new").format(count=self._unread) if self._unread else tr("Nothing new")
        ok = tr("I'm OK today") + (" ✓" if self._checked_in else "")  # the time is in the status line
        texts = {"wall": f"{tr('Messages')}\n{unread}", "calls": tr("Call family"), "checkin": ok,
                 "concern": tr("Report a concern"), "learn": tr("Learn"), "settings": tr("Settings")}
        for screen, tile in self.tiles.items():
            tile.setText(texts[screen])
        if self._checked_in:  # said in words: a screen reader would read the tick as "check mark"
            self.tiles["checkin"].setAccessibleName(tr("I'm OK today, done"))

    def status_text(self, state: Connection) -> str:
        """The connection's words, unless something important could not be sent: then never "up to date", nor
        "will go when the connection is back" (it will not)."""
        if self._failed and state not in (Connection.NOT_SET_UP, Connection.LOGIN_REFUSED):
            return tr("Something important could not be sent — your family can see why in Settings")
        return status_words(state)

    def show_status(self, state: Connection) -> None:
        self._fit_status()

    def _fit_status(self) -> None:
        """The care lines and the connection's line, as many of them as Home shows without scrolling: all, else
        the newest care line, else the connection's line alone (Read aloud still says them all)."""
        status = self.status_text(self._status.state)
        choices = ["\n".join([*self._care_lines, status])]
        if len(self._care_lines) > 1:
            choices.append("\n".join([self._newest_care, status]))
        if self._care_lines:
            choices.append(status)
        for text in choices:
            self.status_label.setText(text)
            if not self.isVisible() or fits_unscrolled(self._scroll):
                break

    def refresh_care(self) -> None:
        """Look up the latest concern and today's check-in (in the background) for the status line."""
        concerns, checkin, courier = self._concerns, self._checkin, self._courier
        if concerns is None or checkin is None:
            return

        def look() -> tuple[Concern | None, CheckinToday, str | None, int]:
            concern = concerns.latest()
            phone = concerns.carer_phone(concern) if concern is not None and concern.status == "failed" else None
            failed = len(courier.failed_important()) if courier is not None else 0
            return concern, checkin.today(), phone, failed

        self._runner.run_task(look, self._care_known, owner=self)

    def _care_known(self, known: tuple[Concern | None, CheckinToday, str | None, int]) -> None:
        concern, today, phone, self._failed = known
        locale = self._settings.locale
        lines: list[tuple[datetime, str]] = []
        now = self._clock.now().astimezone()
        if concern is not None and (concern.status != "acknowledged"
                                    or concern.created.astimezone().date() == now.date()):
            state = self._status.state
            latest = max(moment for moment in (concern.created, concern.sent, concern.acknowledged) if moment)
            lines.append((latest, concern_words(concern, state is Connection.OFFLINE, locale, phone, state)))
        if today.checked_in is not None:
            lines.append((today.checked_in, checkin_words(today.checked_in, locale, today.told)))
        if self._last_call is not None and self._last_call[0].astimezone().date() == now.date():
            lines.append(self._last_call)
        self._care_lines = [words for _, words in lines]
        self._newest_care = max(lines, key=lambda line: line[0])[1] if lines else ""
        self._checked_in = today.told  # the tick says the family was told, so only once they were
        self._show_tiles()
        self.show_status(self._status.state)

    def fit_text_scale(self, scale: float) -> None:
        """At large text the tiles put their pictures beside the words, so that Home still fits the screen with
        Report a concern and the status lines in view."""
        large = scale >= 1.5
        for tile in self.tiles.values():
            tile.set_icon_beside(large)
        self._grid.setSpacing(GAP_PX if large else GAP_PX * 2)  # still well apart (12 px at least)

    def show_call_line(self, text: str) -> None:
        """The line after a call ("You talked with Sarah for 12 minutes"; "" takes it away): a care line of today,
        so on a small screen it gives way to a newer one, as the others do, instead of pushing Home off it."""
        self._last_call = (self._clock.now(), text) if text else None
        self.refresh_care()

    def call_line(self) -> str:
        return self._last_call[1] if self._last_call is not None else ""

    def show_notice(self, text: str) -> None:
        """A message that stays on Home until CareLink is restarted (for example, a repaired data file)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self._fit_status()

    def entered(self) -> None:
        self.refresh_date()
        self._runner.run_task(self._wall.unread_count, self._unread_counted, owner=self)
        self.refresh_care()

    def _unread_counted(self, count: int) -> None:
        self._unread = count
        self._show_tiles()

    def summary(self) -> str:
        news = (tr("You have 1 new message.") if self._unread == 1
                else tr("You have {count} new messages.").format(count=self._unread) if self._unread
                else tr("There are no new messages."))
        now = self._clock.now()
        care = "".join(f"{line.replace(' ✓', '').replace('✓ ', '')}. " for line in self._care_lines)
        today = tr("It is {date}.").format(date=self.date_text().replace(" — ", ", "))
        return (f"{greeting(part_of_day(now), self._settings.person_name)}. {today} {news} {care}"
                f"{self.status_text(self._status.state)}.")

    def speak_summary(self) -> None:
        """Read the summary aloud (or, while reading, stop): what the Read aloud button does."""
        self.reader.press()
