"""The silent fake speaker, for tests, demos and computers where speech is switched off."""

from __future__ import annotations

import concurrent.futures
import logging
import threading
import wave
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from carelink.speech.port import (
    NOT_AVAILABLE_MESSAGE,
    Rate,
    SpeechUnavailable,
    Voice,
    check_rate,
    check_text,
    failed_future,
)

logger = logging.getLogger(__name__)

_SILENT_RATE: Final = 16_000


class SilentSpeaker:
    """A speaker that makes no sound: for tests, demos and computers where speech is switched off.

    Holds a record of what it was asked to do: `spoken` (every text passed to `say`, in order; `stop` keeps
    it), `queued` (texts still "being read"; `stop` empties it), `saved` ((text, path) for each WAV written),
    `stop_calls`, `voice_id` and `rate` (from `configure`) and `closed`. With ``available=False`` it behaves
    like a computer without a speech engine. Safe to call from any thread.
    """

    def __init__(self, voices: Sequence[Voice] | None = None, *, available: bool = True,
                 wav_seconds: float = 0.1) -> None:
        self._voices = list(voices) if voices is not None else [Voice("silent", "Silent voice", ("en",))]
        self._available = available
        self._wav_frames = max(1, round(wav_seconds * _SILENT_RATE))
        self._lock = threading.Lock()
        self.spoken: list[str] = []
        self.queued: list[str] = []
        self.saved: list[tuple[str, Path]] = []
        self.stop_calls = 0
        self.voice_id: str | None = None
        self.rate: Rate = "normal"
        self.closed = False
        self.spoken_tried = False  # say() was called while unavailable: `problem` says so from then on

    @property
    def is_speaking(self) -> bool:
        """True while something said has not been stopped or `finish`ed: a silent utterance never ends by
        itself."""
        with self._lock:
            return bool(self.queued)

    @property
    def problem(self) -> str | None:
        return None if self._available or not self.spoken_tried else NOT_AVAILABLE_MESSAGE

    def finish(self) -> None:
        """Everything queued has "been heard" (what the end of real speech does)."""
        with self._lock:
            self.queued.clear()

    def say(self, text: str) -> None:
        if not text.strip():
            return
        if not self._available:
            self.spoken_tried = True
            logger.warning("Could not read aloud: %s", NOT_AVAILABLE_MESSAGE)
            return
        with self._lock:
            if self.closed:
                logger.debug("Ignoring say() on a closed speaker")
                return
            self.spoken.append(text)
            self.queued.append(text)

    def stop(self) -> None:
        with self._lock:
            self.stop_calls += 1
            self.queued.clear()

    def save_to_file(self, text: str, path: Path) -> concurrent.futures.Future[Path]:
        check_text(text)
        with self._lock:
            if self.closed:
                return failed_future(RuntimeError("the speaker has been closed"))
        if not self._available:
            return failed_future(SpeechUnavailable())
        try:
            # Open the file first: wave.open() given a path it cannot create leaves a half-built object
            # whose __del__ raises (an "unraisable" exception, a test failure under -W error).
            with open(path, "wb") as raw, wave.open(raw, "wb") as wav:
                wav.setnchannels(1)
                wav.setsampwidth(2)
                wav.setframerate(_SILENT_RATE)
                wav.writeframes(b"\x00\x00" * self._wav_frames)
        except OSError as error:
            # Like the real speaker, a file that cannot be written fails the future, not the caller.
            return failed_future(error)
        with self._lock:
            self.saved.append((text, path))
        future: concurrent.futures.Future[Path] = concurrent.futures.Future()
        future.set_result(path)
        return future

    def voices(self) -> list[Voice]:
        with self._lock:
            if self.closed:
                raise RuntimeError("the speaker has been closed")
        if not self._available:
            raise SpeechUnavailable()
        return list(self._voices)

    def configure(self, voice_id: str | None, rate: Rate) -> None:
        check_rate(rate)
        with self._lock:
            self.voice_id = (voice_id.strip() or None) if voice_id is not None else None
            self.rate = rate

    def close(self) -> None:
        with self._lock:
            self.closed = True
            self.queued.clear()

