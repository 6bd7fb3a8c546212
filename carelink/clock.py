"""The time, behind a port so that timers and dates can be tested without sleeping."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current local time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that only ever moves forward at a steady pace (never set, never put right)."""
        ...


class SystemClock:
    """The computer's own clock, in its local timezone."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return time.monotonic()


class SettableClock:
    """A clock that only moves when told to: for tests and the tutorial sandbox.

    `advance` is time passing (its monotonic clock moves too); `set` is someone changing the computer's clock (its
    monotonic clock stays where it was)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("SettableClock needs a timezone-aware start time")
        self._now = start
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def set(self, moment: datetime) -> None:
        self._now = moment

    def advance(self, delta: timedelta) -> None:
        self._now += delta
        self._monotonic += delta.total_seconds()
