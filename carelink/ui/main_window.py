"""The main window: one screen at a time in a stack, Home always one big button away."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from carelink import APP_NAME
from carelink.autostart import Autostart
from carelink.household import Household
from carelink.services.mail_sync import SyncReport
from carelink.speech import Speaker
from carelink.storage.faults import OUT_OF_SPACE
from carelink.ui.access import next_in_reading_order
from carelink.ui.announce import Announcer, HouseholdNews, ReadingAloud
from carelink.ui.calls.flow import CallFlow
from carelink.ui.calls.ports import PracticeOpener
from carelink.ui.care.checkin_screen import CheckinScreen
from carelink.ui.care.concern_screen import ConcernScreen
from carelink.ui.first_run import FirstRunScreen, needs_first_run
from carelink.ui.home import HomeScreen
from carelink.ui.kiosk import KioskMode
from carelink.ui.language import LanguageSwitch
from carelink.ui.mail_watch import MailWatcher, SoundEffectChime
from carelink.ui.network_watch import NetworkWatch
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.pages import apply_speech_settings
from carelink.ui.settings.pin_gate import PinGate
from carelink.ui.settings.screen import SettingsScreen
from carelink.ui.theme import Theme, theme_for
from carelink.ui.tutorial.screens import TutorialScreens
from carelink.ui.tutorial.workshop import Practice
from carelink.ui.wall.wall_screen import WallScreen
from carelink.ui.widgets import BigButton, Screen, tr


class _ModelBridge(QObject):
    """Carries the Qt-free models' events onto the GUI thread, whichever thread emitted them."""

    setting_changed = Signal(str)
    connection_changed = Signal(object)
    wall_changed = Signal()
    concern_changed = Signal()
    checkin_changed = Signal()


class MainWindow(QMainWindow):
    """Holds every screen in a stack and moves between them. Settings are behind the PIN gate each time.

    `text_scale` overrides the household's text size (for screenshots) without changing the setting.
    `autostart` is the system's "start with the computer" switch, for Settings → This computer.
    A household that was never set up shows the first-run steps instead of Home; their "Try the demo instead"
    emits `demo_requested()`, which `app.run_gui` answers by opening a window on the demo household.
    """

    demo_requested = Signal()

    def __init__(self, household: Household, speaker: Speaker, runner: BackgroundRunner, autostart: Autostart,
                 text_scale: float | None = None, practice: Practice | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.household, self.speaker, self.runner = household, speaker, runner
        self.language = LanguageSwitch(self)  # first: the screens are built with the household's words
        self.language.use(household.settings.locale)
        self._text_scale = text_scale
        # Qt adds " — <application display name>" to any other title, so the display name is the title itself:
        # "CareLink", or "CareLink — demo", never "CareLink — demo — CareLink".
        # (Set again whenever this window is shown: the practice window of a workshop has a title of its own.)
        self.setWindowTitle(tr("{app} — demo").format(app=APP_NAME) if household.demo else APP_NAME)
        QGuiApplication.setApplicationDisplayName(self.windowTitle())
        self.setObjectName("main_window")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.screens: dict[str, QWidget] = {}
        self.kiosk = KioskMode(self, household.settings)  # applied by app.run_gui, then when the setting changes
        self.announcer = Announcer(self)  # what happens without a tap, said to a screen reader
        reading = ReadingAloud(speaker, self.announcer)

        self.home = HomeScreen(household.clock, household.settings, household.wall, household.status, reading,
                               runner, concerns=household.concerns, checkin=household.checkin,
                               courier=household.courier)
        self.home.open_requested.connect(self.open_screen)
        self._add("home", self.home)
        # Learn, and workshop mode (whose own "Leave" asks for the PIN)
        self.tutorial = TutorialScreens(self, household, runner, speaker, practice)
        self.tutorial.learn.home_requested.connect(self.go_home)
        for name, tutorial_screen in self.tutorial.screens.items():
            self._add(name, tutorial_screen)
        self.concern = ConcernScreen(household, runner)
        self.concern.home_requested.connect(self.go_home)
        self._add("concern", self.concern)
        self.checkin = CheckinScreen(household, runner)
        self.checkin.home_requested.connect(self.go_home)
        self._add("checkin", self.checkin)
        self.home.tiles["checkin"].clicked.connect(self.checkin.check_in_once)  # one tap on Home tells the family
        self.wall = WallScreen(household, reading, runner)
        self.wall.home_requested.connect(self.go_home)
        self._add("wall", self.wall)
        self.calls = CallFlow(household, runner, self.current_screen, parent=self,
                              opener=PracticeOpener() if household.sandbox else None)
        # A call's screens, and the screen it goes back to afterwards: that one was open already, PIN or not.
        self.calls.open_requested.connect(lambda name: self.open_screen(name, unlocked=True))
        self.calls.home_requested.connect(self.go_home)
        self.calls.notice.connect(self.show_notice)
        for name, call_screen in self.calls.screens.items():
            self._add(name, call_screen)
        # after the call rings (CallFlow's own connection comes first): a lesson ends so that the ring can be seen
        self.calls.incoming.incoming.connect(lambda _call: self.tutorial.real_call_coming())
        # New mail while the window is open; started when the window is first shown on screen.
        self.mail_watch = MailWatcher(household.sync, household.transport, runner, SoundEffectChime(), parent=self)
        self.mail_watch.synced.connect(self.calls.incoming.check)  # a call invite that just came in rings
        self.news = HouseholdNews(self.announcer, household)
        self.calls.incoming.looked.connect(self.news.synced)  # after the sync's look for a call to ring
        self.calls.incoming.incoming.connect(self.news.ringing)
        # The network coming back sends everything queued at once (the demo and practice households send nothing).
        self.network_watch = None if household.demo else NetworkWatch(household.courier, runner, parent=self)
        self.mail_watch.synced.connect(self._say_if_out_of_space)
        self._notice, self._out_of_space = "", False
        self.wall.call_requested.connect(self.calls.ask)  # Call back on a call invite's card
        self.pin_gate = PinGate(household.pin, household.demo, runner)
        self._after_pin, self._before_pin = "settings", "home"
        self.pin_gate.home_requested.connect(lambda: self.open_screen(self._before_pin, unlocked=True))
        self.pin_gate.unlocked.connect(lambda: self.open_screen(self._after_pin, unlocked=True))
        self._add("pin", self.pin_gate)
        self.settings = SettingsScreen(household, speaker, runner, autostart)
        self.settings.home_requested.connect(self.go_home)
        self.settings.quit_requested.connect(self.kiosk.close_window)
        self.settings.calls.check_requested.connect(self.calls.check_camera)
        self._add("settings", self.settings)

        self._bridge = _ModelBridge(self)
        self._bridge.setting_changed.connect(self._setting_changed)
        self._bridge.connection_changed.connect(self.home.show_status)
        self._bridge.wall_changed.connect(self.home.entered)
        self._bridge.wall_changed.connect(self.wall.wall_changed)
        household.settings.changed.connect(self._bridge.setting_changed.emit)
        household.status.changed.connect(self._bridge.connection_changed.emit)
        household.wall.changed.connect(lambda _: self._bridge.wall_changed.emit())
        household.calls.changed.connect(lambda _: self._bridge.wall_changed.emit())  # a call card's state
        self._bridge.concern_changed.connect(self.home.refresh_care)
        self._bridge.concern_changed.connect(self.concern.refresh_progress)  # its "how it went" line follows too
        self._bridge.checkin_changed.connect(self.home.refresh_care)
        household.concerns.changed.connect(lambda _: self._bridge.concern_changed.emit())
        household.checkin.changed.connect(lambda _: self._bridge.checkin_changed.emit())
        household.courier.failed.connect(lambda _: self._bridge.checkin_changed.emit())  # Home's status line
        self.first_run: FirstRunScreen | None = None
        if needs_first_run(household):
            self.first_run = FirstRunScreen(household, runner)
            self.first_run.finished.connect(self.go_home)
            self.first_run.demo_requested.connect(self.try_demo)
            self._add("first_run", self.first_run)
        self.apply_theme()
        apply_speech_settings(household.settings, speaker, runner, self)
        self.open_screen("first_run" if self.first_run else "home")

    def try_demo(self) -> None:
        """Ask for the demo household instead of setting this one up (app.run_gui opens it)."""
        self.kiosk.allow_close()  # no PIN yet to guard it; app.switch_to_demo closes this window
        self.demo_requested.emit()

    def _add(self, name: str, screen: QWidget) -> None:
        self.screens[name] = screen
        self.stack.addWidget(screen)
        if isinstance(screen, Screen):
            screen.title_changed.connect(lambda: self._name_window() if self.stack.currentWidget() is screen
                                         else None)

    def _name_window(self) -> None:
        """The window's name says the screen ("CareLink — Messages, 1 of 12"), so a screen reader announces it."""
        screen = self.stack.currentWidget()
        words = {self.home: tr("Home"), self.calls.ringing: tr("A call for you"),
                 self.calls.calling: tr("Video call")}.get(screen, "") if screen is not None else ""
        if isinstance(screen, Screen):
            words = screen.spoken_title()
        self.setAccessibleName(tr("{app} — {screen}").format(app=APP_NAME, screen=words) if words else APP_NAME)

    def theme(self) -> Theme:
        settings = self.household.settings
        return theme_for(settings.high_contrast, self._text_scale or settings.text_scale)

    def apply_theme(self) -> None:
        theme = self.theme()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app)
        colours = theme.palette
        self.home.fit_text_scale(theme.scale)  # first: it chooses the tiles' icon sizes, drawn just below
        for button in self.findChildren(BigButton):
            button.set_icon_colour(colours.tile_text if button.property("tile") else colours.button_text, theme)
        for widget in self.findChildren(QLabel):
            widget.updateGeometry()

    def _setting_changed(self, key: str) -> None:
        if key == "locale":
            self.language.use(self.household.settings.locale)  # every screen in the new language, at once
            self._name_window()
            apply_speech_settings(self.household.settings, self.speaker, self.runner, self)  # and a voice of it
        elif key == "display.kiosk":
            self.kiosk.apply()
        elif key.startswith("display."):
            self.apply_theme()

    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, screen in self.screens.items() if screen is current)

    def open_screen(self, name: str, unlocked: bool = False) -> None:
        """Show a screen by name; Settings and workshop mode go through the PIN gate unless `unlocked`."""
        if name in ("settings", "tutorial") and not unlocked:
            self.ask_pin(name, "home")
            return
        screen = self.screens[name]
        if name != "calls-calling" and self.stack.currentWidget() is self.calls.calling:
            self.calls.end_now()  # whatever takes the call's place, the call (and the camera) ends
        elif name not in ("calls-confirm", "calls-calling", "ringing"):
            self.calls.calling.ready.drop()  # no call after all: the page made ready for it goes
        self.stack.setCurrentWidget(screen)
        entered = getattr(screen, "entered", None)
        if callable(entered):
            entered()
        self._name_window()
        if isinstance(screen, Screen):
            screen.settle_focus()  # focus on the content, for the keyboard and for a screen reader

    def ask_pin(self, then: str, back: str) -> None:
        """The PIN gate, opening `then` when the PIN is right; its Home button goes back to `back`."""
        self._after_pin, self._before_pin = then, back
        self.open_screen("pin", unlocked=True)

    def in_workshop_mode(self) -> bool:
        """On the facilitator's panel, or at the PIN on the way out of it."""
        current = self.current_screen()
        return current == "tutorial" or (current == "pin" and self._before_pin == "tutorial")

    def show_notice(self, text: str) -> None:
        self._notice = text
        if not self._out_of_space:
            self.home.show_notice(text)

    def _say_if_out_of_space(self, report: SyncReport) -> None:
        """A sync that could not save what came (the disk is full) says so on Home until one can again."""
        full = report.error == OUT_OF_SPACE
        if full:
            self.home.show_notice(tr("This computer is out of space, so CareLink cannot save new messages just now. "
                                     "Nothing has been lost: please free some space (or ask your family to help), "
                                     "and CareLink will carry on."))
        elif self._out_of_space:
            self.home.show_notice(self._notice)
        self._out_of_space = full

    def go_home(self) -> None:
        self.open_screen("home")

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab in drawing order on whichever screen is open (Qt's own order skips the unchosen one-of-many choices)
        current = self.stack.currentWidget()
        return (current is not None and next_in_reading_order(current, next)) or super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is not self.first_run \
                and not self.in_workshop_mode():  # leaving workshop mode needs the PIN
            self.go_home()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        QGuiApplication.setApplicationDisplayName(self.windowTitle())  # Qt adds it to any title not the same
        super().showEvent(event)
        if not self.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen) and not self.mail_watch.started:
            self.mail_watch.start()  # never for a screenshot
            self.calls.incoming.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.kiosk.may_close():
            event.ignore()  # kiosk mode: only Settings → This computer → Close CareLink closes the window
            return
        if self.tutorial.workshop is not None:
            self.tutorial.workshop.finish(show_own=False)  # a lesson's window never outlives the household's
        self.calls.end_now()  # closing the window ends a call under way, asking nothing
        self.mail_watch.stop()
        self.calls.incoming.stop()
        self.speaker.stop()
        self.language.remove()
        super().closeEvent(event)

