"""A practice window speaks its own household's language: the household's language is carried into the practice
household (a Welsh workshop practises on Welsh screens, as its lessons are Welsh), and a practice household in
another language shows that one, not the translation the household's own window installed. When the lesson ends,
the household's own window is as it was, in its own language. The shipped translations (assets/translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from pytestqt.qtbot import QtBot

from carelink.app import _practice_beside
from carelink.demo.household import MESSAGES
from carelink.household import Household
from carelink.speech import SilentSpeaker
from carelink.translation import Translations
from carelink.ui.main_window import MainWindow
from tests.ui.test_tutorial import start_lesson


def messages_tile(window: MainWindow) -> str:
    return window.home.tiles["wall"].text()


def test_a_practice_window_speaks_its_own_household_s_language(qtbot: QtBot, workshop_window: MainWindow,
                                                               household: Household) -> None:
    household.settings.set("locale", "cy-GB")
    welsh = QCoreApplication.translate("CareLink", "Messages")
    assert welsh != "Messages" and messages_tile(workshop_window).startswith(welsh)
    practice, overlay = start_lesson(qtbot, workshop_window, "checkin")
    assert isinstance(practice, MainWindow)
    assert practice.household.settings.locale == "cy-GB", "the household's language, carried in"
    assert messages_tile(practice).startswith(welsh)

    practice.household.settings.set("locale", "en-GB")  # a practice household that reads English
    assert messages_tile(practice).startswith("Messages"), messages_tile(practice)
    assert practice.concern.send.text() == "Send", "its words, not the Welsh the household's window installed"
    assert QLocale().name() == "en_GB"
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Copy", "Qt's own words are never blanked out"
    assert messages_tile(workshop_window).startswith(welsh), "the household's own window is left as it is"

    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(workshop_window.isVisible)
    assert messages_tile(workshop_window).startswith(welsh)
    assert QCoreApplication.translate("CareLink", "Messages") == welsh and QLocale().name() == "cy_GB"


def test_the_practice_family_beside_a_household_write_in_its_language(household: Household,
                                                                     speaker: SilentSpeaker) -> None:
    """The practice household CareLink makes beside a French household (as the window's workshop does) starts with
    the pretend family's messages in French."""
    household.settings.set("locale", "fr-FR")
    practice = _practice_beside(household, speaker)
    made = practice.household("Rose")
    try:
        french = Translations().for_locale("fr-FR")(MESSAGES[0][2])
        assert french != MESSAGES[0][2]
        assert made.settings.locale == "fr-FR"
        assert french in [card.text for card in made.wall.messages()]
    finally:
        made.close()
        practice.reset()
