"""Locales and the emergency number that goes with each: never hard-coded in a screen."""

from __future__ import annotations

import locale as _locale
import re
from datetime import datetime, tzinfo

from carelink.errors import UserError

LOCALE_PATTERN = re.compile(r"^[a-z]{2,3}-[A-Z]{2}$")

# The number a person dials for an ambulance or the police, by country. Where two work, both are given.
EMERGENCY_BY_COUNTRY: dict[str, str] = {
    "GB": "999",
    "IE": "112 or 999",
    "US": "911",
    "CA": "911",
    "MX": "911",
    "AU": "000",
    "NZ": "111",
    "IN": "112",
    "JP": "119",
    "ZA": "112",
    "CH": "112",
    "NO": "112",
    "IS": "112",
}
EU_COUNTRIES = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})
DEFAULT_EMERGENCY = "112"  # the GSM standard number: it connects from any mobile phone in most of the world
DEFAULT_LOCALE = "en-GB"
# Where the clock is read in twelve hours ("9:14 AM"); everywhere else it is "09:14".
TWELVE_HOUR_COUNTRIES = frozenset({"US", "AU", "NZ", "IN", "PH", "PK", "BD", "EG", "SA", "MY"})
TWELVE_HOUR_LOCALES = frozenset({"en-CA"})


# The languages CareLink is written in, each by its own name (how a reader of it looks for it), English first.
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg", "es": "Español", "fr": "Français", "de": "Deutsch"}
# The country a language is most often spoken in, for a household that chooses the language before the country.
HOME_COUNTRY = {"en": "GB", "cy": "GB", "es": "ES", "fr": "FR", "de": "DE"}


def clean_language(value: str | None) -> str | None:
    """'CY' → 'cy'; None or '' → None (the household's language); a language CareLink is not written in is a
    UserError."""
    text = (value or "").strip().lower().replace("_", "-").partition("-")[0]
    if not text:
        return None
    if text not in LANGUAGES:
        raise UserError("'{value}' is not a language CareLink is written in. Choose one of: {languages}.",
                        {"value": value, "languages": ", ".join(LANGUAGES)})
    return text


def locale_for_language(current_locale: str, language: str) -> str:
    """The household's country in another language: 'en-GB' and 'cy' → 'cy-GB'."""
    country = current_locale.rpartition("-")[2] or HOME_COUNTRY.get(language, "GB")
    return normalise_locale(f"{language}-{country}")


def normalise_locale(value: str) -> str:
    """'en_gb' or 'en-GB' → 'en-GB'; anything else is a UserError."""
    text = value.strip().replace("_", "-")
    language, _, country = text.partition("-")
    candidate = f"{language.lower()}-{country.upper()}"
    if not LOCALE_PATTERN.match(candidate):
        raise UserError("'{value}' is not a locale. Write it as language-COUNTRY, for example en-GB or fr-FR.",
                        {"value": value})
    return candidate


def system_locale() -> str:
    """The computer's own locale, or en-GB when it has none that we understand."""
    name = _locale.getlocale()[0] or ""
    try:
        return normalise_locale(name.split(".")[0])
    except UserError:
        return DEFAULT_LOCALE


def emergency_number_for(locale_name: str) -> str:
    country = locale_name.rpartition("-")[2].upper()
    if country in EMERGENCY_BY_COUNTRY:
        return EMERGENCY_BY_COUNTRY[country]
    if country in EU_COUNTRIES:
        return "112"
    return DEFAULT_EMERGENCY


def clock_time(moment: datetime, locale_name: str, zone: tzinfo | None = None) -> str:
    """A time of day, written one way for a locale on every screen and in every command: "09:14", or "9:14 AM"
    where the clock is read in twelve hours. An aware time is shown in `zone` (default: the computer's own), so a
    time stored in UTC comes out as the local clock showed it."""
    local = moment.astimezone(zone) if moment.tzinfo else moment
    if locale_name in TWELVE_HOUR_LOCALES or locale_name.rpartition("-")[2].upper() in TWELVE_HOUR_COUNTRIES:
        return f"{(local.hour + 11) % 12 + 1}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"
    return f"{local.hour:02d}:{local.minute:02d}"


# The countries first-run setup and Settings offer as big choices (no dropdowns), in this order. Anywhere else is
# "Elsewhere": the computer's own language and country stay, and the family types the emergency number.
COUNTRY_CHOICES = ("GB", "IE", "US", "CA", "AU", "NZ", "FR", "ES", "DE")  # where its languages are read most
_ENGLISH_SPEAKING = COUNTRY_CHOICES[:6]


def offered_countries(language: str) -> tuple[str, ...]:
    """The countries first-run setup offers a household in `language`: its language's own country first (France for
    French), then the English-speaking ones. Seven at most, so that with Elsewhere they fill two rows of four and
    the emergency number still shows below them on a small screen with large text."""
    home = HOME_COUNTRY.get(language, "GB")
    return _ENGLISH_SPEAKING if home in _ENGLISH_SPEAKING else (home, *_ENGLISH_SPEAKING)


def country_of(locale_name: str) -> str:
    """'en-GB' → 'GB'."""
    return locale_name.rpartition("-")[2].upper()


def locale_for_country(current_locale: str, country: str) -> str:
    """The household's language in `country`: 'en-US' and 'GB' → 'en-GB' (the words stay, the country changes)."""
    language = current_locale.partition("-")[0] or DEFAULT_LOCALE.partition("-")[0]
    return normalise_locale(f"{language}-{country}")
