"""A speaker made the first time it is needed, so the window can paint Home before the speech engine's adapter
(and subprocess, queue, wave and tempfile under it) is even imported."""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from pathlib import Path

from carelink.speech.port import Rate, Speaker, Voice, check_rate


class SpeakerLater:
    """A `Speaker` that makes the real one with `make` on the first call that needs it (say, save_to_file,
    voices), from any thread, once. Until then nothing is being said: stop does nothing, is_speaking is False and
    problem is None; a configure is kept and given to the real speaker when it is made."""

    def __init__(self, make: Callable[[], Speaker]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._speaker: Speaker | None = None
        self._configured: tuple[str | None, Rate] | None = None
        self._closed = False

    def _real(self) -> Speaker:
        with self._lock:
            if self._speaker is None:
                self._speaker = self._make()
                if self._configured is not None:
                    self._speaker.configure(*self._configured)
                if self._closed:  # used after close: as the real speaker is once closed
                    self._speaker.close()
            return self._speaker

    def _made(self) -> Speaker | None:
        with self._lock:
            return self._speaker

    def say(self, text: str) -> None:
        self._real().say(text)

    def stop(self) -> None:
        speaker = self._made()
        if speaker is not None:
            speaker.stop()

    @property
    def is_speaking(self) -> bool:
        speaker = self._made()
        return speaker is not None and speaker.is_speaking

    @property
    def problem(self) -> str | None:
        speaker = self._made()
        return speaker.problem if speaker is not None else None

    def save_to_file(self, text: str, path: Path) -> concurrent.futures.Future[Path]:
        return self._real().save_to_file(text, path)

    def voices(self) -> list[Voice]:
        return self._real().voices()

    def configure(self, voice_id: str | None, rate: Rate) -> None:
        check_rate(rate)  # a wrong speed is said at once, as by the real speaker
        with self._lock:
            if self._speaker is None:
                self._configured = (voice_id, rate)
                return
            speaker = self._speaker
        speaker.configure(voice_id, rate)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            speaker = self._speaker
        if speaker is not None:
            speaker.close()
