"""Today's day and part of the day, as data; the screens put it into (translated) words."""

from __future__ import annotations

from datetime import datetime
from enum import Enum


class PartOfDay(Enum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


def part_of_day(moment: datetime) -> PartOfDay:
    hour = moment.hour
    if 5 <= hour < 12:
        return PartOfDay.MORNING
    if 12 <= hour < 18:
        return PartOfDay.AFTERNOON
    if 18 <= hour < 22:
        return PartOfDay.EVENING
    return PartOfDay.NIGHT
