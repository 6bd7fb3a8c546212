"""The home screen: the date, the tiles and where they lead, the status line and Read aloud."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.clock import SettableClock
from carelink.household import Household
from carelink.services.status import Connection
from carelink.speech import SilentSpeaker
from carelink.speech.later import SpeakerLater
from carelink.ui.main_window import MainWindow
from carelink.ui.widgets_screen import Screen
from tests.helpers import make_household
from tests.ui.conftest import WindowFactory

TILE_SCREENS = ["wall", "calls", "checkin", "concern", "learn"]


def test_home_shows_the_day_date_and_part_of_day(window: MainWindow) -> None:
    # FIXED_NOW is Saturday 21 November 2026, 09:14 in London.
    assert window.home.date_label.text() == "Saturday 21 November — morning"


def test_the_date_updates_by_itself(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    clock = household.clock
    assert isinstance(clock, SettableClock)
    clock.advance(timedelta(hours=5))
    window.home._timer.setInterval(10)  # the real interval is 30 s; the mechanism is what is tested
    qtbot.waitUntil(lambda: window.home.date_label.text() == "Saturday 21 November — afternoon")


def test_messages_tile_shows_the_unread_count(window: MainWindow, household: Household) -> None:
    unread = household.wall.unread_count()
    assert unread == 4
    assert window.home.tiles["wall"].text() == "Messages\n4 new"
    assert window.home.tiles["wall"].accessibleName() == "Messages 4 new"


@pytest.mark.parametrize("screen", TILE_SCREENS)
def test_every_tile_opens_a_screen_with_words_and_comes_back(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    qtbot.mouseClick(window.home.tiles[screen], Qt.MouseButton.LeftButton)
    assert window.current_screen() == screen
    opened = window.screens[screen]
    assert isinstance(opened, Screen)
    assert opened.title.text()
    sentences = [w.text() for w in opened.body.findChildren(type(opened.title)) if w.text()]
    assert sentences, "a screen must never be blank"
    qtbot.mouseClick(opened.home_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "home"


def test_escape_goes_home(qtbot: QtBot, window: MainWindow) -> None:
    window.open_screen("calls")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_screen() == "home"


def test_concern_screen_names_the_local_emergency_number(window: MainWindow, household: Household) -> None:
    household.settings.set("locale", "en-US")
    window.open_screen("concern")
    concern = window.screens["concern"]
    texts = [w.text() for w in concern.findChildren(type(window.home.date_label))]
    assert "If you are in danger now, call 911." in texts


def test_status_line_follows_the_connection(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    assert "up to date" in window.home.status_label.text()
    household.status.set(Connection.OFFLINE)
    qtbot.waitUntil(lambda: "Offline" in window.home.status_label.text())
    assert window.home.status_label.text() == "Offline — messages will go when the connection is back"


def test_read_aloud_says_the_date_and_what_is_new(qtbot: QtBot, window: MainWindow, speaker: SilentSpeaker) -> None:
    qtbot.mouseClick(window.home.read_aloud, Qt.MouseButton.LeftButton)
    assert len(speaker.spoken) == 1
    said = speaker.spoken[0]
    assert said.startswith("Good morning, Mary.")
    assert "Saturday 21 November" in said
    assert "4 new messages" in said


def test_read_aloud_shows_that_it_is_reading_and_stops(qtbot: QtBot, window: MainWindow,
                                                        speaker: SilentSpeaker) -> None:
    button = window.home.read_aloud
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.text() == "Reading… Stop" and button.accessibleName() == "Reading… Stop"
    speaker.finish()  # the speech ends by itself
    qtbot.waitUntil(lambda: button.text() == "Read aloud")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.text() == "Reading… Stop"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # pressed while reading: it stops
    assert button.text() == "Read aloud" and not speaker.is_speaking and speaker.stop_calls >= 1
    assert len(speaker.spoken) == 2


def test_read_aloud_works_the_first_time_with_a_speaker_made_on_first_use(qtbot: QtBot,
                                                                        household: Household) -> None:
    """CareLink's own speaker is made when Read aloud is first pressed (so Home is painted without it)."""
    from carelink.app import build_window

    made: list[SilentSpeaker] = []

    def make() -> SilentSpeaker:
        made.append(SilentSpeaker())
        return made[-1]

    speaker = SpeakerLater(make)
    window = build_window(household, speaker, None)
    qtbot.addWidget(window)
    window.show()
    if not window.painted:
        with qtbot.waitSignal(window.first_painted, timeout=20_000):
            pass
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    assert made == [], "painted and wired, and no speech engine made yet"
    qtbot.mouseClick(window.home.read_aloud, Qt.MouseButton.LeftButton)
    assert len(made) == 1 and len(made[0].spoken) == 1 and made[0].spoken[0].startswith("Good morning, Mary.")
    assert window.home.read_aloud.text() == "Reading… Stop"
    made[0].finish()
    qtbot.waitUntil(lambda: window.home.read_aloud.text() == "Read aloud", timeout=20_000)
    speaker.close()
    assert made[0].closed


def test_with_no_voice_read_aloud_says_so_plainly(qtbot: QtBot,
                                                   household: Household) -> None:
    from carelink.app import build_window

    mute = SilentSpeaker(available=False)
    window = build_window(household, mute, None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    qtbot.mouseClick(window.home.read_aloud, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.notice.isVisible())
    assert window.home.notice.text().startswith("Reading aloud is not available on this computer.")
    assert window.home.read_aloud.text() == "Read aloud"
    mute.close()


def test_a_repair_notice_stays_on_home(window: MainWindow) -> None:
    window.show_notice("CareLink's data file was damaged, so it has been put back.")
    assert window.home.notice.isVisible()
    assert "damaged" in window.home.notice.text()


def test_an_empty_household_says_email_is_not_set_up(make_window: WindowFactory,
                                                     empty_household: Household) -> None:
    window = make_window(home=empty_household)
    assert window.home.status_label.text() == ("CareLink can't send messages yet — ask your family to set up "
                                               "email")
    assert window.home.tiles["wall"].text() == "Messages\nNothing new"


def test_the_window_title_says_carelink_once(make_window: WindowFactory, household: Household,
                                             empty_household: Household) -> None:
    """Qt adds the application's display name to any other title: the two are the same, so it is said once."""
    from PySide6.QtGui import QGuiApplication

    demo = make_window()
    assert demo.windowTitle() == QGuiApplication.applicationDisplayName() == "CareLink — demo"
    real = make_window(home=empty_household)
    assert real.windowTitle() == QGuiApplication.applicationDisplayName() == "CareLink"



def test_a_repair_notice_is_in_the_household_s_language(qtbot: QtBot, tmp_path: Path,
                                                        speaker: SilentSpeaker) -> None:
    """A French household whose data file was damaged: the window says so on Home in French, with a French date."""
    from carelink.app import run_gui

    home = make_household(tmp_path, demo=True)
    home.settings.set("locale", "fr-FR")
    paths = home.paths
    home.close()
    for backup in paths.backups.glob("*.sqlite"):  # taken before the language was chosen
        backup.unlink()
    make_household(tmp_path, demo=True).close()  # today's backup, in French
    [backup] = paths.backups.glob("*.sqlite")
    taken = datetime(2026, 12, 3, 14, 5).timestamp()  # a Thursday
    os.utime(backup, (taken, taken))
    with paths.database.open("r+b") as handle:
        handle.write(b"This is not SQLite")
    home = make_household(tmp_path, demo=True)
    seen: list[str] = []

    def look_and_close() -> None:
        for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]:
            seen.append(window.home.notice.text() if window.home.notice.isVisible() else "")
            window.close()

    try:
        QTimer.singleShot(300, look_and_close)
        assert run_gui(home, speaker=speaker) == 0
    finally:
        home.close()
    [notice] = seen
    assert notice.startswith("Le fichier de données de CareLink était abîmé, il a donc été remis tel qu'il était le "
                             "jeudi 3 décembre 2026 à 14:05.")
    assert "put back" not in notice and "damaged" not in notice
