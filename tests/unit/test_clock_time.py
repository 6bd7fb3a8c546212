"""One time format everywhere in a locale (services.locales.clock_time): "09:14", or "9:14 AM" where the clock is
read in twelve hours; a stored UTC time comes out on the household's clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carelink.services.locales import clock_time
from tests.helpers import FIXED_NOW, LONDON

pytestmark = pytest.mark.noqt


@pytest.mark.parametrize("hour, minute, locale, words", [
    (9, 14, "en-GB", "09:14"), (18, 2, "en-GB", "18:02"), (0, 5, "fr-FR", "00:05"), (6, 42, "de-DE", "06:42"),
    (9, 14, "en-US", "9:14 AM"), (12, 0, "en-US", "12:00 PM"), (0, 5, "en-AU", "12:05 AM"),
    (17, 40, "en-CA", "5:40 PM"), (17, 40, "fr-CA", "17:40"),
])
def test_one_format_per_locale(hour: int, minute: int, locale: str, words: str) -> None:
    assert clock_time(FIXED_NOW.replace(hour=hour, minute=minute), locale, LONDON) == words


def test_a_stored_utc_time_is_shown_on_the_households_clock() -> None:
    summer = datetime(2026, 7, 1, 8, 14, tzinfo=UTC)
    assert clock_time(summer, "en-GB", LONDON) == "09:14"
    assert clock_time(summer.replace(tzinfo=None), "en-GB") == "08:14", "a naive time is shown as it is"
