"""The time, behind a port so that timers and dates can be tested without sleeping."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current local time, timezone-aware."""
        ...


class SystemClock:
    """The computer's own clock, in its local timezone."""

    def now(self) -> datetime:
        return datetime.now().astimezone()


class SettableClock:
    """A clock that only moves when told to: for tests and the tutorial sandbox."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("SettableClock needs a timezone-aware start time")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment

    def advance(self, delta: timedelta) -> None:
        self._now += delta
