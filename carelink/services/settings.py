"""Household settings: a fixed, documented set of keys, each validated before it is stored."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import cast

from sqlalchemy import select

from carelink.clock import Clock, SystemClock
from carelink.errors import UserError
from carelink.events import Event
from carelink.services.call_links import check_jitsi_server
from carelink.services.locales import (
    COUNTRY_CHOICES,
    emergency_number_for,
    locale_for_country,
    normalise_locale,
    system_locale,
)
from carelink.speech import Rate
from carelink.storage.database import Database
from carelink.storage.models import SettingRow

TEXT_SIZES = ("100", "125", "150", "200")
RATES = ("slow", "normal", "fast")
VOLUMES = ("25", "50", "75", "100")
_DURATION = re.compile(r"^\s*(\d+)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\s*$")
SET_UP_KEY = "household.set_up_at"  # when the person's name was first given (ISO time): not a setting one changes
_PHONE = re.compile(r"^[0-9][0-9 +()-]{1,30}$")


def duration_parts(text: str) -> tuple[int, str]:
    """'90s', '30m', '2h', '45 minutes', '1 hour' → (amount, 's' | 'm' | 'h'); anything else is a UserError."""
    match = _DURATION.match(text.lower())
    if not match or int(match.group(1)) == 0:
        raise UserError("'{text}' is not a length of time. Write it like 30 minutes or 2 hours (or 90s, 30m, 2h).",
                        {"text": text})
    return int(match.group(1)), match.group(2)[0]


def parse_duration(text: str) -> timedelta:
    """'90s', '30m', '2h' (or in words: '30 minutes', '2 hours') → timedelta; anything else is a UserError."""
    amount, unit = duration_parts(text)
    return timedelta(seconds=amount * {"s": 1, "m": 60, "h": 3600}[unit])


def _choice(options: tuple[str, ...], what: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        cleaned = value.strip().lower().rstrip("%")
        if cleaned not in options:
            raise UserError("{what} must be one of: {options}.", {"what": what, "options": ", ".join(options)})
        return cleaned

    return parse


def _on_off(value: str) -> str:
    cleaned = value.strip().lower()
    if cleaned in ("on", "yes", "true", "1"):
        return "on"
    if cleaned in ("off", "no", "false", "0"):
        return "off"
    raise UserError("Write on or off.")


def _name(value: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned or len(cleaned) > 60 or any(not ch.isprintable() for ch in cleaned):
        raise UserError("The name must be between 1 and 60 ordinary letters long.")
    return cleaned


def _voice(value: str) -> str:
    cleaned = value.strip()
    if len(cleaned) > 200 or any(not ch.isprintable() for ch in cleaned):
        raise UserError("That is not the name of a voice.")
    return cleaned


def _phone_or_empty(value: str) -> str:
    cleaned = value.strip()
    if cleaned and not _PHONE.match(cleaned):
        raise UserError("'{value}' is not a phone number. Use digits, like 999 or 112.", {"value": value})
    return cleaned


def _time_of_day_or_empty(value: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        return ""
    hours, sep, minutes = cleaned.partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2
            and 0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
        raise UserError("'{value}' is not a time of day. Write it like 11:00 (or leave it empty to turn it off).",
                        {"value": value})
    return f"{int(hours):02d}:{minutes}"


def _duration(value: str) -> str:
    amount, unit = duration_parts(value)
    return f"{amount}{unit}"


@dataclass(frozen=True)
class SettingSpec:
    """A documented setting: its key, default, what it means, and how a typed value is checked."""

    key: str
    default: str
    meaning: str
    parse: Callable[[str], str]


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("person.name", "", "the older adult's first name, used on screens and in emails", _name),
        SettingSpec("display.text_size", "100", "text size in percent: 100, 125, 150 or 200",
                    _choice(TEXT_SIZES, "The text size")),
        SettingSpec("display.high_contrast", "off", "high-contrast colours: on or off", _on_off),
        SettingSpec("display.kiosk", "off",
                    "full screen, always, with no window controls; closing CareLink needs the PIN: on or off",
                    _on_off),
        SettingSpec("speech.voice", "", "the read-aloud voice's id (empty: the computer's default)", _voice),
        SettingSpec("speech.rate", "normal", "read-aloud speed: slow, normal or fast",
                    _choice(RATES, "The reading speed")),
        SettingSpec("speech.volume", "100", "how loud voice messages and videos play on the wall, in percent: "
                    "25, 50, 75 or 100", _choice(VOLUMES, "The loudness")),
        SettingSpec("locale", "", "language and country, like en-GB (empty: the computer's own)",
                    lambda v: normalise_locale(v) if v.strip() else ""),
        SettingSpec("emergency.number", "", "the number to call in danger (empty: the locale's own)",
                    _phone_or_empty),
        SettingSpec("concern.escalate_after", "60m",
                    "how long a carer has to answer a concern before the backup carer is told (90s, 30m, 2h)",
                    _duration),
        SettingSpec("checkin.deadline", "11:00",
                    "the time of day by which 'I'm OK today' is expected (HH:MM; empty turns the alert off)",
                    _time_of_day_or_empty),
        SettingSpec("checkin.alert_carers", "off", "also tell the carers about a missed check-in: on or off",
                    _on_off),
        SettingSpec("calls.jitsi_server", "meet.jit.si", "the Jitsi Meet server for video calls",
                    check_jitsi_server),
        SettingSpec("photos.keep_originals", "off",
                    "keep each photo as it came beside its display copy (about ten times the room; turning it off "
                    "asks before removing the originals kept): on or off", _on_off),
    )
}


class SettingsService:
    """Reads and writes the documented settings. Emits `changed(key)` after a value is stored."""

    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self._database, self._clock = database, clock or SystemClock()
        self.changed: Event[str] = Event()

    def _spec(self, key: str) -> SettingSpec:
        spec = SPECS.get(key)
        if spec is None:
            raise UserError("There is no setting called '{key}'. The settings are: {keys}.",
                            {"key": key, "keys": ", ".join(SPECS)})
        return spec

    def get(self, key: str) -> str:
        spec = self._spec(key)
        with self._database.session() as session:
            row = session.get(SettingRow, key)
            return spec.default if row is None else row.value

    def validate(self, key: str, value: str) -> str:
        """The value as it would be stored, or a UserError saying what is wrong with it."""
        return self._spec(key).parse(value)

    def set(self, key: str, value: str) -> str:
        """Validate and store; returns the value as stored. A bad value changes nothing."""
        stored = self.validate(key, value)
        with self._database.session() as session:
            if key == "person.name" and session.get(SettingRow, key) is None:  # set up now: first-run, demo, lesson
                session.merge(SettingRow(key=SET_UP_KEY, value=self._clock.now().isoformat()))
            session.merge(SettingRow(key=key, value=stored))
        self.changed.emit(key)
        return stored

    def all(self) -> dict[str, str]:
        with self._database.session() as session:
            rows = {row.key: row.value for row in session.scalars(select(SettingRow))}
        return {key: rows.get(key, spec.default) for key, spec in SPECS.items()}

    # Typed views for the screens, so no widget parses strings.
    @property
    def person_name(self) -> str:
        return self.get("person.name")

    @property
    def text_scale(self) -> float:
        return int(self.get("display.text_size")) / 100

    @property
    def high_contrast(self) -> bool:
        return self.get("display.high_contrast") == "on"

    @property
    def kiosk(self) -> bool:
        return self.get("display.kiosk") == "on"

    @property
    def keep_originals(self) -> bool:
        """Whether the originals of photos that arrive are kept beside their display copies."""
        return self.get("photos.keep_originals") == "on"

    @property
    def speech_rate(self) -> Rate:
        return cast(Rate, self.get("speech.rate"))

    @property
    def speech_volume(self) -> float:
        """0.25 to 1.0: how loud voice messages and videos play on the wall."""
        return int(self.get("speech.volume")) / 100

    @property
    def locale(self) -> str:
        return self.get("locale") or system_locale()

    @property
    def emergency_number(self) -> str:
        return self.get("emergency.number") or emergency_number_for(self.locale)

    def choose_country(self, country: str, number: str = "") -> None:
        """The country the person lives in (one of COUNTRY_CHOICES), which sets the emergency number shown on Report
        a concern; a typed `number` is kept only where it differs from that country's own. `country` "" is another
        country (Elsewhere): the computer's own language and country stay, and the typed number is needed."""
        if country:
            if country not in COUNTRY_CHOICES:
                raise UserError("'{country}' is not one of the countries offered: {countries}.",
                                {"country": country, "countries": ", ".join(COUNTRY_CHOICES)})
            locale = locale_for_country(self.locale, country)
            own = emergency_number_for(locale)
            typed = "" if number.strip() in ("", own) else _phone_or_empty(number)
            self.set("locale", locale)
            self.set("emergency.number", typed)
            return
        typed = _phone_or_empty(number)
        if not typed:
            raise UserError("Please type the number to call in an emergency there, like 112.")
        else:
            self.set("emergency.number", typed)

    @property
    def escalate_after(self) -> timedelta:
        return parse_duration(self.get("concern.escalate_after"))

    @property
    def set_up_at(self) -> datetime | None:
        """When this household was set up; None for one set up before this was kept (long ago)."""
        with self._database.session() as session:
            row = session.get(SettingRow, SET_UP_KEY)
            return None if row is None else datetime.fromisoformat(row.value)

    @property
    def checkin_deadline(self) -> time | None:
        value = self.get("checkin.deadline")
        if not value:
            return None
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))
