"""The jobs that `Pyttsx3Speaker` queues for its worker thread, which runs them in order."""

from __future__ import annotations

import concurrent.futures
from dataclasses import dataclass
from pathlib import Path

from carelink.speech.port import Rate, Voice


@dataclass(frozen=True)
class SayJob:
    text: str
    generation: int  # the speaker's stop count when queued: a later stop() makes the job stale


@dataclass(frozen=True)
class SaveJob:
    text: str
    path: Path
    future: concurrent.futures.Future[Path]


@dataclass(frozen=True)
class VoicesJob:
    future: concurrent.futures.Future[list[Voice]]


@dataclass(frozen=True)
class ConfigureJob:
    voice_id: str | None
    rate: Rate


@dataclass(frozen=True)
class CloseJob:
    pass


Job = SayJob | SaveJob | VoicesJob | ConfigureJob | CloseJob
