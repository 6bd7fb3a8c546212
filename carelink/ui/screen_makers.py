"""How the main window builds each screen behind Home, the first time it is shown (see ScreenRegistry). Each maker
imports its screen's module only then, so Home is painted without loading them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from carelink.autostart import Autostart
    from carelink.ui.main_window import MainWindow
    from carelink.ui.tutorial.workshop import Practice


def register_screens(window: MainWindow, autostart: Autostart, practice: Practice | None) -> None:
    """Tell the window's registry how to build every screen but Home (and the first-run steps)."""
    household, runner, screens = window.household, window.runner, window.screens

    def tutorial() -> dict[str, QWidget]:
        from carelink.ui.tutorial.screens import TutorialScreens

        made = TutorialScreens(window, household, runner, window.speaker, practice)
        made.learn.home_requested.connect(window.go_home)
        window.made_tutorial(made)
        return made.screens

    def concern() -> dict[str, QWidget]:
        from carelink.ui.care.concern_screen import ConcernScreen

        screen = ConcernScreen(household, runner)
        screen.home_requested.connect(window.go_home)
        return {"concern": screen}

    def checkin() -> dict[str, QWidget]:
        from carelink.ui.care.checkin_screen import CheckinScreen

        screen = CheckinScreen(household, runner)
        screen.home_requested.connect(window.go_home)
        return {"checkin": screen}

    def wall() -> dict[str, QWidget]:
        from carelink.ui.wall.wall_screen import WallScreen

        screen = WallScreen(household, window.reading, runner)
        screen.home_requested.connect(window.go_home)
        screen.call_requested.connect(lambda contact_id: window.calls.ask(contact_id))  # Call back on an invite
        return {"wall": screen}

    def calls() -> dict[str, QWidget]:
        from carelink.ui.calls.flow import CallFlow
        from carelink.ui.calls.ports import PracticeOpener

        flow = CallFlow(household, runner, window.current_screen, parent=window,
                        opener=PracticeOpener() if household.sandbox else None)
        # A call's screens, and the screen it goes back to afterwards: that one was open already, PIN or not.
        flow.open_requested.connect(lambda name: window.open_screen(name, unlocked=True))
        flow.home_requested.connect(window.go_home)
        flow.notice.connect(window.home.show_call_line)
        # after the call rings (CallFlow's own connection comes first): a lesson ends so that the ring can be seen
        flow.incoming.incoming.connect(lambda _call: window.real_call_coming())
        window.mail_watch.synced.connect(flow.incoming.check)  # a call invite that just came in rings
        flow.incoming.listening = lambda: window.mail_watch.listening  # no looks on a timer while IDLE hears
        flow.incoming.incoming.connect(window.news.ringing)
        flow.incoming.looked.connect(window.news.synced)  # new messages said after the look for a call to ring
        window.made_calls(flow)
        return flow.screens

    def pin() -> dict[str, QWidget]:
        from carelink.ui.settings.pin_gate import PinGate

        gate = PinGate(household.pin, household.demo, runner)
        gate.home_requested.connect(window.pin_went_back)
        gate.unlocked.connect(window.pin_unlocked)
        return {"pin": gate}

    def settings() -> dict[str, QWidget]:
        from carelink.ui.settings.screen import SettingsScreen

        screen = SettingsScreen(household, window.speaker, runner, autostart)
        screen.home_requested.connect(window.go_home)
        screen.quit_requested.connect(window.kiosk.close_window)
        screen.calls.check_requested.connect(lambda: window.calls.check_camera())
        return {"settings": screen}

    tutorial_names = ("learn",) if household.sandbox or practice is None else ("learn", "tutorial")
    screens.maker(tutorial_names, tutorial)
    screens.maker(("concern",), concern)
    screens.maker(("checkin",), checkin)
    screens.maker(("wall",), wall)
    screens.maker(("calls", "calls-confirm", "calls-calling", "ringing"), calls)
    screens.maker(("pin",), pin)
    screens.maker(("settings",), settings)
