"""The main window: one screen at a time in a stack, Home always one big button away."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from carelink import APP_NAME
from carelink.clock import Clock, SystemClock
from carelink.household import Household
from carelink.speech import Speaker
from carelink.storage.faults import OUT_OF_SPACE
from carelink.ui.access import next_in_reading_order
from carelink.ui.announce import Announcer, HouseholdNews, ReadingAloud
from carelink.ui.bridge import ModelBridge
from carelink.ui.fitting import ScreenStack
from carelink.ui.home import HomeScreen
from carelink.ui.kiosk import KioskMode
from carelink.ui.language import LanguageSwitch
from carelink.ui.reading import apply_speech_settings
from carelink.ui.runner import BackgroundRunner
from carelink.ui.screen_makers import register_screens
from carelink.ui.screen_registry import ScreenRegistry
from carelink.ui.theme import Theme, theme_for
from carelink.ui.widgets import BigButton, tr
from carelink.ui.widgets_screen import Screen

if TYPE_CHECKING:
    from carelink.autostart import Autostart
    from carelink.services.first_look import FirstLook, ShownSettings
    from carelink.services.mail_sync import SyncReport
    from carelink.ui.calls.flow import CallFlow
    from carelink.ui.care.checkin_screen import CheckinScreen
    from carelink.ui.care.concern_screen import ConcernScreen
    from carelink.ui.first_run import FirstRunScreen
    from carelink.ui.network_watch import NetworkWatch
    from carelink.ui.settings.pin_gate import PinGate
    from carelink.ui.settings.screen import SettingsScreen
    from carelink.ui.tutorial.screens import TutorialScreens
    from carelink.ui.tutorial.workshop import Practice
    from carelink.ui.wall.wall_screen import WallScreen


def needs_first_run(household: Household) -> bool:
    """A real household with neither the person's name nor an admin PIN has never been set up."""
    return not household.demo and not household.settings.person_name and not household.pin.is_set()


class MainWindow(QMainWindow):
    """Holds the screens in a stack and moves between them. Settings are behind the PIN gate each time.

    `text_scale` overrides the household's text size (for screenshots) without changing the setting.
    `autostart` is the system's "start with the computer" switch, for Settings → This computer (None from a FirstLook:
    `attach` brings it).
    A household that was never set up shows the first-run steps instead of Home; their "Try the demo instead"
    emits `demo_requested()`, which `app.run_gui` answers by opening a window on the demo household.

    Only Home (or the first-run steps) is built before the window is first painted: every other screen is built
    the first time it is shown (`screens`, a ScreenRegistry). `first_painted()` is emitted once, just after the
    first paint; then the call screens are built (a call may ring), and, in a window on screen, new mail is
    watched for. Built from a FirstLook (the database glanced at with sqlite3) instead of a Household, the window
    shows Home only until `attach(household)` wires the services (app.run_gui does, just after the first paint);
    a screen asked for meanwhile opens then.
    """

    demo_requested = Signal()
    first_painted = Signal()

    def __init__(self, household: Household | FirstLook, speaker: Speaker, runner: BackgroundRunner,
                 autostart: Autostart | None, text_scale: float | None = None, practice: Practice | None = None,
                 parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.speaker, self.runner = speaker, runner
        self.attached = False  # True once the household's services are wired (attach)
        self._settings: ShownSettings = household.settings if isinstance(household, Household) else household
        self.language = LanguageSwitch(self)  # first: the screens are built with the household's words
        self.language.use(self._settings.locale)
        self._text_scale = text_scale
        # Qt adds " — <application display name>" to any other title, so the display name is the title itself:
        # "CareLink", or "CareLink — demo", never "CareLink — demo — CareLink".
        # (Set again whenever this window is shown: the practice window of a workshop has a title of its own.)
        self.setWindowTitle(tr("{app} — demo").format(app=APP_NAME) if household.demo else APP_NAME)
        QGuiApplication.setApplicationDisplayName(self.windowTitle())
        self.setObjectName("main_window")
        self._apply_look()  # the application's font, before any widget is made (a made one would keep Qt's own)
        # Sized to the screen on show: a stack that counted every built screen's minimum would hold the window
        # at the tallest one's (the call screen's), so Home would not fit 600 px at 200%.
        self.stack = ScreenStack()
        self.setCentralWidget(self.stack)
        self.screens = ScreenRegistry(self.stack, self._added)
        self.painted = False  # True once first_painted() has been emitted
        self._paint_seen = False
        self._tutorial: TutorialScreens | None = None
        self._calls: CallFlow | None = None
        self._asked: tuple[str, bool] | None = None  # a screen asked for before the services were wired
        # The network coming back sends everything queued at once (the demo and practice households send nothing);
        # watched from just after the first paint.
        self.network_watch: NetworkWatch | None = None
        self._notice, self._out_of_space = "", False
        self._after_pin, self._before_pin = "settings", "home"
        self.first_run: FirstRunScreen | None = None
        self.kiosk = KioskMode(self, self._settings)  # applied by app.run_gui, then when the setting changes
        self.announcer = Announcer(self)  # what happens without a tap, said to a screen reader
        self.reading = ReadingAloud(speaker, self.announcer)

        if isinstance(household, Household):
            self.home = HomeScreen(household.clock, household.settings, household.wall, household.status,
                                   self.reading, runner, concerns=household.concerns, checkin=household.checkin,
                                   courier=household.courier)
        else:  # painted from a first look at the database; attach() brings the services
            self.home = HomeScreen(clock or SystemClock(), household, household, household.status, self.reading,
                                   runner)
        self.home.open_requested.connect(self.open_screen)
        self.screens.add("home", self.home)
        # one tap on Home tells the family
        self.home.tiles["checkin"].clicked.connect(lambda: self.checkin.check_in_once() if self.attached else None)
        if isinstance(household, Household):
            assert autostart is not None, "a window on a household has the computer's start-up switch"
            self.attach(household, autostart, practice)
        else:
            self.apply_theme()
            self.open_screen("home")

    def attach(self, household: Household, autostart: Autostart, practice: Practice | None = None) -> None:
        """Wire the household's services: the watches, the screens behind Home, and Home's own figures."""
        self.household, self._settings = household, household.settings
        runner, speaker = self.runner, self.speaker
        self.kiosk.use(household.settings)
        self.home.use_services(household.settings, household.wall, household.status, household.concerns,
                               household.checkin, household.courier)
        # New mail while the window is open; started just after the window is first painted on screen.
        from carelink.ui.mail_watch import MailWatcher, SoundEffectChime

        self.mail_watch = MailWatcher(household.sync, household.transport, runner, SoundEffectChime(), parent=self)
        self.news = HouseholdNews(self.announcer, household)
        self.mail_watch.synced.connect(self._say_if_out_of_space)
        register_screens(self, autostart, practice)

        self._bridge = ModelBridge(self, household)
        if needs_first_run(household):
            from carelink.ui.first_run import FirstRunScreen

            self.first_run = FirstRunScreen(household, runner)
            self.first_run.finished.connect(self.go_home)
            self.first_run.demo_requested.connect(self.try_demo)
            self.screens.add("first_run", self.first_run)
        self.attached = True
        self.apply_theme()
        apply_speech_settings(household.settings, speaker, runner, self)
        asked, self._asked = self._asked, None
        if self.first_run is not None:
            self.open_screen("first_run")
        elif asked is not None and asked[0] != "home":
            self.open_screen(*asked)  # a tile pressed while the household was being opened
        else:
            self.open_screen("home")
        if self.painted:
            self._watch()  # the window was painted before the services were built

    # The screens behind Home, each built the first time it is asked for
    @property
    def wall(self) -> WallScreen:
        return cast("WallScreen", self.screens["wall"])

    @property
    def concern(self) -> ConcernScreen:
        return cast("ConcernScreen", self.screens["concern"])

    @property
    def checkin(self) -> CheckinScreen:
        return cast("CheckinScreen", self.screens["checkin"])

    @property
    def pin_gate(self) -> PinGate:
        return cast("PinGate", self.screens["pin"])

    @property
    def settings(self) -> SettingsScreen:
        return cast("SettingsScreen", self.screens["settings"])

    @property
    def calls(self) -> CallFlow:
        """A call's screens (the list of people, "Call Sarah?", the call, the ringing) and what runs them."""
        if self._calls is None:
            self.screens["calls"]
        assert self._calls is not None
        return self._calls

    @property
    def tutorial(self) -> TutorialScreens:
        """The Learn screen, workshop mode's panel and the workshop."""
        if self._tutorial is None:
            self.screens["learn"]
        assert self._tutorial is not None
        return self._tutorial

    def made_calls(self, flow: CallFlow) -> None:
        self._calls = flow

    def made_tutorial(self, tutorial: TutorialScreens) -> None:
        self._tutorial = tutorial

    def real_call_coming(self) -> None:
        if self._tutorial is not None:
            self._tutorial.real_call_coming()

    def pin_went_back(self) -> None:
        self.open_screen(self._before_pin, unlocked=True)

    def pin_unlocked(self) -> None:
        self.open_screen(self._after_pin, unlocked=True)

    def try_demo(self) -> None:
        """Ask for the demo household instead of setting this one up (app.run_gui opens it)."""
        self.kiosk.allow_close()  # no PIN yet to guard it; app.switch_to_demo closes this window
        self.demo_requested.emit()

    def _added(self, _name: str, screen: QWidget) -> None:
        """A screen just built: it takes the theme's icon colours, and names the window while it is shown."""
        self._colour_icons(screen, self.theme())
        if isinstance(screen, Screen):
            screen.title_changed.connect(lambda: self._name_window() if self.stack.currentWidget() is screen
                                         else None)

    def _name_window(self) -> None:
        """The window's name says the screen ("CareLink — Messages, 1 of 12"), so a screen reader announces it."""
        screen = self.stack.currentWidget()
        words = {self.home: tr("Home"), self.screens.built("ringing"): tr("A call for you"),
                 self.screens.built("calls-calling"): tr("Video call")}.get(screen, "") if screen is not None else ""
        if isinstance(screen, Screen):
            words = screen.spoken_title()
        self.setAccessibleName(tr("{app} — {screen}").format(app=APP_NAME, screen=words) if words else APP_NAME)

    def theme(self) -> Theme:
        settings = self._settings
        return theme_for(settings.high_contrast, self._text_scale or settings.text_scale)

    def _apply_look(self) -> Theme:
        theme = self.theme()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app)
        return theme

    def apply_theme(self) -> None:
        theme = self._apply_look()
        self.home.fit_text_scale(theme.scale)  # first: it chooses the tiles' icon sizes, drawn just below
        self._colour_icons(self, theme)
        for widget in self.findChildren(QLabel):
            widget.updateGeometry()

    @staticmethod
    def _colour_icons(within: QWidget, theme: Theme) -> None:
        colours = theme.palette
        for button in within.findChildren(BigButton):
            button.set_icon_colour(colours.tile_text if button.property("tile") else colours.button_text, theme)

    def setting_changed(self, key: str) -> None:
        """A household setting changed (on the GUI thread, through the bridge)."""
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
        if not self.attached and name != "home":
            self._asked = (name, unlocked)  # opened once the household is (a moment after the first paint)
            return
        if name in ("settings", "tutorial") and not unlocked:
            self.ask_pin(name, "home")
            return
        screen = self.screens[name]
        calls = self._calls
        if calls is None:
            pass  # no call screens yet, so no call
        elif name != "calls-calling" and self.stack.currentWidget() is calls.calling:
            calls.end_now()  # whatever takes the call's place, the call (and the camera) ends
        elif name not in ("calls-confirm", "calls-calling", "ringing"):
            calls.calling.ready.drop()  # no call after all: the page made ready for it goes
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

    def in_lesson(self) -> bool:
        """A lesson runs (in its practice window), or is starting."""
        workshop = self._tutorial.workshop if self._tutorial is not None else None
        return workshop is not None and (workshop.current is not None or workshop.starting)

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
        self.language.bring_forward()  # back from a lesson: its own household's words again, not the practice's
        super().showEvent(event)
        if self.painted and self.attached:
            self._watch()  # shown again after it was closed

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete:
            # The runner's thread pool, deleted with the window, waits for its tasks; waited for here (where the
            # Python lock is let go while waiting) and not in Qt's destructor, which would hold it: a task still
            # running Python could then never finish.
            self.runner.shut_down()
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._paint_seen:
            self._paint_seen = True
            QTimer.singleShot(0, self._after_first_paint)  # once this paint is on the screen
        return handled

    def _after_first_paint(self) -> None:
        """What Home does not need for its first paint: the call screens (a call may ring) and the watches."""
        if self.attached:
            self._watch()
        self.painted = True
        self.first_painted.emit()

    def _watch(self) -> None:
        """In a window on screen (never a screenshot): the watch for new mail and calls, and for the network."""
        if self.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen) or self.mail_watch.started:
            return
        self.mail_watch.start()
        self.calls.incoming.start()
        if self.network_watch is None and not self.household.demo:
            from carelink.ui.network_watch import NetworkWatch

            self.network_watch = NetworkWatch(self.household.courier, self.runner, parent=self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.kiosk.may_close():
            event.ignore()  # kiosk mode: only Settings → This computer → Close CareLink closes the window
            return
        if self._tutorial is not None and self._tutorial.workshop is not None:
            self._tutorial.workshop.finish(show_own=False)  # a lesson's window never outlives the household's
        if self._calls is not None:
            self._calls.end_now()  # closing the window ends a call under way, asking nothing
            self._calls.incoming.stop()
        if self.attached:
            self.mail_watch.stop()
        self.speaker.stop()
        self.language.remove()
        super().closeEvent(event)

