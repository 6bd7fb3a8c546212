"""Household settings: documented defaults, validation that changes nothing on a bad value, typed views."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.settings import SPECS, SettingsService, parse_duration
from tests.helpers import make_household

pytestmark = pytest.mark.noqt

DOCUMENTED_DEFAULTS = {
    "person.name": "",
    "display.text_size": "100",
    "display.high_contrast": "off",
    "display.kiosk": "off",
    "speech.voice": "",
    "speech.rate": "normal",
    "speech.volume": "100",
    "locale": "",
    "emergency.number": "",
    "concern.escalate_after": "60m",
    "checkin.deadline": "11:00",
    "checkin.alert_carers": "off",
    "calls.jitsi_server": "meet.jit.si",
    "photos.keep_originals": "off",
}


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path)
    yield home
    home.close()


@pytest.fixture
def settings(household: Household) -> SettingsService:
    return household.settings


def stored_value(household: Household, key: str) -> str | None:
    """What the SQLite file itself holds for a key, read with a separate plain sqlite3 connection."""
    connection = sqlite3.connect(household.paths.database)
    try:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    finally:
        connection.close()
    return None if row is None else row[0]


def test_the_documented_keys_are_exactly_the_settings() -> None:
    assert set(SPECS) == set(DOCUMENTED_DEFAULTS)


@pytest.mark.parametrize(("key", "default"), sorted(DOCUMENTED_DEFAULTS.items()))
def test_every_setting_starts_at_its_documented_default(settings: SettingsService, key: str, default: str) -> None:
    assert settings.get(key) == default


def test_all_lists_every_setting_with_its_default(settings: SettingsService) -> None:
    assert settings.all() == DOCUMENTED_DEFAULTS


def test_typed_views_of_the_defaults(settings: SettingsService) -> None:
    assert settings.text_scale == 1.0
    assert settings.high_contrast is False
    assert settings.kiosk is False
    assert settings.speech_rate == "normal"
    assert settings.escalate_after == timedelta(hours=1)


@pytest.mark.parametrize(
    ("key", "value", "stored"),
    [
        ("person.name", "  Mary   Ann ", "Mary Ann"),
        ("display.text_size", "150", "150"),
        ("display.text_size", "200%", "200"),
        ("display.high_contrast", "on", "on"),
        ("display.high_contrast", "YES", "on"),
        ("display.high_contrast", "false", "off"),
        ("display.kiosk", "on", "on"),
        ("display.kiosk", "No", "off"),
        ("speech.voice", "english-uk", "english-uk"),
        ("speech.rate", "Slow", "slow"),
        ("speech.volume", "50", "50"),
        ("locale", "fr-FR", "fr-FR"),
        ("emergency.number", "999", "999"),
        ("concern.escalate_after", "2h", "2h"),
    ],
)
def test_set_then_get_round_trips_through_the_database(household: Household, key: str, value: str,
                                                       stored: str) -> None:
    assert household.settings.set(key, value) == stored
    assert household.settings.get(key) == stored
    assert stored_value(household, key) == stored


def test_a_setting_survives_reopening_the_household(tmp_path: Path) -> None:
    first = make_household(tmp_path)
    first.settings.set("display.text_size", "125")
    first.close()
    second = make_household(tmp_path)
    try:
        assert second.settings.get("display.text_size") == "125"
        assert second.settings.text_scale == 1.25
    finally:
        second.close()


def test_an_unknown_key_is_a_plain_user_error(household: Household) -> None:
    with pytest.raises(UserError) as caught:
        household.settings.set("display.colour", "blue")
    assert "display.colour" in caught.value.message
    assert "\n" not in caught.value.message
    assert stored_value(household, "display.colour") is None
    with pytest.raises(UserError):
        household.settings.get("display.colour")


@pytest.mark.parametrize(
    ("key", "good", "bad"),
    [
        ("display.text_size", "150", "300"),
        ("display.text_size", "150", "big"),
        ("display.high_contrast", "on", "maybe"),
        ("display.kiosk", "on", "always"),
        ("concern.escalate_after", "30m", "5 weeks"),
        ("concern.escalate_after", "30m", "0m"),
        ("concern.escalate_after", "30m", "-5m"),
        ("concern.escalate_after", "30m", "1.5h"),
        ("concern.escalate_after", "30m", ""),
        ("locale", "fr-FR", "english"),
        ("locale", "fr-FR", "en"),
        ("emergency.number", "999", "abc"),
        ("speech.rate", "fast", "ludicrous"),
        ("speech.volume", "100", "loud"),
        ("person.name", "Mary", "   "),
        ("person.name", "Mary", "x" * 61),
    ],
)
def test_a_bad_value_is_refused_in_plain_words_and_changes_nothing(household: Household, key: str, good: str,
                                                                  bad: str) -> None:
    household.settings.set(key, good)
    before = stored_value(household, key)
    seen: list[str] = []
    household.settings.changed.connect(seen.append)
    with pytest.raises(UserError) as caught:
        household.settings.set(key, bad)
    message = caught.value.message
    assert message and "\n" not in message and "Traceback" not in message
    assert stored_value(household, key) == before
    assert household.settings.get(key) == household.settings.validate(key, good)
    assert seen == []


def test_a_bad_value_on_a_fresh_household_stores_no_row(household: Household) -> None:
    with pytest.raises(UserError):
        household.settings.set("display.text_size", "300")
    assert stored_value(household, "display.text_size") is None
    assert household.settings.get("display.text_size") == "100"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90s", timedelta(seconds=90)),
        ("30m", timedelta(minutes=30)),
        ("2h", timedelta(hours=2)),
        (" 2H ", timedelta(hours=2)),
        ("45 m", timedelta(minutes=45)),
    ],
)
def test_durations_parse(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["5 weeks", "0m", "0s", "m", "30", "30d", "1h30m", "-1h", "1.5h"])
def test_nonsense_durations_are_user_errors(text: str) -> None:
    with pytest.raises(UserError):
        parse_duration(text)


@pytest.mark.parametrize(("text", "expected"), [("90s", timedelta(seconds=90)), ("30m", timedelta(minutes=30)),
                                                ("2h", timedelta(hours=2))])
def test_the_escalation_setting_reads_back_as_a_duration(settings: SettingsService, text: str,
                                                         expected: timedelta) -> None:
    settings.set("concern.escalate_after", text)
    assert settings.escalate_after == expected


@pytest.mark.parametrize(("typed", "stored"), [("en_gb", "en-GB"), ("EN-gb", "en-GB"), (" fr_fr ", "fr-FR"),
                                               ("en-US", "en-US")])
def test_locales_are_normalised(settings: SettingsService, typed: str, stored: str) -> None:
    assert settings.set("locale", typed) == stored
    assert settings.get("locale") == stored
    assert settings.locale == stored


@pytest.mark.parametrize(
    ("locale", "number"),
    [("en-GB", "999"), ("en-US", "911"), ("fr-FR", "112"), ("en-AU", "000"), ("en-NZ", "111"), ("de-DE", "112")],
)
def test_the_emergency_number_follows_the_locale(settings: SettingsService, locale: str, number: str) -> None:
    settings.set("locale", locale)
    assert settings.emergency_number == number


def test_ireland_offers_112(settings: SettingsService) -> None:
    settings.set("locale", "en-IE")
    assert "112" in settings.emergency_number


def test_an_explicit_emergency_number_wins_over_the_locale(settings: SettingsService) -> None:
    settings.set("locale", "en-US")
    settings.set("emergency.number", "999")
    assert settings.emergency_number == "999"
    settings.set("emergency.number", "")
    assert settings.emergency_number == "911"


def test_changed_fires_with_the_key_after_the_value_is_stored(household: Household) -> None:
    seen: list[tuple[str, str | None]] = []
    household.settings.changed.connect(lambda key: seen.append((key, stored_value(household, key))))
    household.settings.set("display.high_contrast", "on")
    household.settings.set("speech.rate", "fast")
    assert seen == [("display.high_contrast", "on"), ("speech.rate", "fast")]


@pytest.mark.parametrize("bad", ["25:00", "11", "11:5", "noon", "11:60"])
def test_a_bad_check_in_time_is_refused(settings: SettingsService, bad: str) -> None:
    with pytest.raises(UserError, match="time of day"):
        settings.set("checkin.deadline", bad)
    assert settings.get("checkin.deadline") == "11:00"


def test_the_check_in_deadline_can_be_turned_off(settings: SettingsService) -> None:
    assert settings.set("checkin.deadline", "9:30") == "09:30"
    assert str(settings.checkin_deadline) == "09:30:00"
    settings.set("checkin.deadline", "")
    assert settings.checkin_deadline is None


def test_choosing_a_country_sets_the_emergency_number(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        settings = home.settings
        settings.set("locale", "en-US")
        settings.choose_country("IE", "112 or 999")  # the country's own number, as first-run shows it
        assert (settings.get("locale"), settings.get("emergency.number")) == ("en-IE", "")
        assert settings.emergency_number == "112 or 999"
        settings.choose_country("AU", "000")
        assert settings.locale == "en-AU" and settings.emergency_number == "000"
        settings.choose_country("", "112")  # another country: the number typed is kept
        assert settings.locale == "en-AU" and settings.emergency_number == "112"
        with pytest.raises(UserError, match="type the number"):
            settings.choose_country("", "")
        with pytest.raises(UserError, match="not one of the countries"):
            settings.choose_country("JP", "")  # Japan is "Elsewhere" (its number typed), not a choice
        settings.choose_country("FR", "112")
        assert settings.locale == "en-FR" and settings.get("emergency.number") == ""
    finally:
        home.close()


@pytest.mark.parametrize(("typed", "stored"), [("45 minutes", "45m"), ("1 hour", "1h"), ("2 hours", "2h"),
                                               ("90s", "90s"), ("30 mins", "30m")])
def test_a_length_of_time_may_be_written_in_words(tmp_path: Path, typed: str, stored: str) -> None:
    home = make_household(tmp_path)
    try:
        assert home.settings.set("concern.escalate_after", typed) == stored
    finally:
        home.close()
