"""The pyttsx3 engine session, owned by `Pyttsx3Speaker`'s worker thread (see `carelink.speech.pyttsx3_speaker`
for the pyttsx3 and eSpeak quirks it works around)."""

from __future__ import annotations

import contextlib
import itertools
import logging
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from carelink.speech.port import (
    NO_SOUND_MESSAGE,
    NOT_ANSWERING_MESSAGE,
    WORDS_PER_MINUTE,
    Rate,
    SpeechUnavailable,
    Voice,
)

logger = logging.getLogger(__name__)

# eSpeak is one per process (see `carelink.speech.pyttsx3_speaker`); whoever holds this lock owns the pyttsx3 engine.
_ENGINE_OWNERSHIP: Final = threading.Lock()
_OWNERSHIP_WAIT_SECONDS: Final = 10.0
# eSpeak renders around a hundred times faster than speech; these bounds only catch an engine that is stuck.
_RENDER_SECONDS_BASE: Final = 15.0
_RENDER_SECONDS_PER_CHARACTER: Final = 0.01


def _log_driver_print(*args: object, **_kwargs: object) -> None:
    """Stands in for ``print`` inside pyttsx3's eSpeak driver, which prints "Audio saved to ..." on stdout."""
    logger.debug("pyttsx3: %s", " ".join(str(arg) for arg in args))


def _language_code(raw: object) -> str:
    text = raw.decode("utf-8", errors="ignore") if isinstance(raw, bytes) else str(raw)
    return text.strip("\x00 \t\r\n")


def _voice_from_pyttsx3(raw: Any) -> Voice:
    languages = (_language_code(code) for code in (getattr(raw, "languages", None) or ()))
    voice_id = str(raw.id)
    return Voice(id=voice_id, name=str(getattr(raw, "name", None) or voice_id),
                 languages=tuple(code for code in languages if code))


class EngineSession:
    """The pyttsx3 engine and what belongs with it. Created, used and closed on the worker thread only.

    Holds the engine, whether it renders then plays (eSpeak) or speaks natively, the driver's own default
    voice (used when no voice is configured) and a private temporary folder for rendered speech.
    """

    def __init__(self, engine: Any, espeak: Any) -> None:
        self._engine = engine
        self._espeak = espeak  # pyttsx3's binding of libespeak-ng when the driver is eSpeak, else None
        self._counter = itertools.count(1)
        self.renders_then_plays = espeak is not None
        self._default_voice: object = engine.getProperty("voice")
        self._requested_voice: str | None = None  # what configure() last asked for, None meaning the default
        # pyttsx3 swallows errors from queued commands (such as an unknown voice id) unless someone listens.
        engine.connect("error", self._on_error)
        self._temp_dir = Path(tempfile.mkdtemp(prefix="carelink-speech-"))
        if espeak is not None:
            # pyttsx3 runs eSpeak in its asynchronous mode, where a setting is a command queued for eSpeak's
            # own thread, and every runAndWait() begins by cancelling whatever eSpeak is still busy with:
            # settings made just before an utterance are silently lost (the rate, typically). So eSpeak is
            # drained after each change (`_settle`). A first, throw-away rendering gets pyttsx3 out of its
            # initial "busy" state, in which it would hold settings back and send them inside the next loop.
            try:
                self._settle()
                warm_up = self.new_temp_wav()
                self.render(".", warm_up)
                warm_up.unlink()
            except BaseException:
                shutil.rmtree(self._temp_dir, ignore_errors=True)
                raise

    @classmethod
    def open(cls, driver_name: str | None) -> EngineSession:
        if not _ENGINE_OWNERSHIP.acquire(timeout=_OWNERSHIP_WAIT_SECONDS):
            raise RuntimeError("another Pyttsx3Speaker still owns the speech engine; only one may be open")
        try:
            import pyttsx3  # imported here so that loading this module never loads the speech library

            engine = pyttsx3.init(driver_name)
            espeak: Any = None
            if str(engine.driver_name) == "espeak":
                import pyttsx3.drivers.espeak as espeak_driver
                from pyttsx3.drivers import _espeak

                espeak_driver.print = _log_driver_print
                espeak = _espeak
            return cls(engine, espeak)
        except BaseException:
            _ENGINE_OWNERSHIP.release()
            raise

    def close(self) -> None:
        shutil.rmtree(self._temp_dir, ignore_errors=True)
        # Drop the engine before handing ownership on: pyttsx3 caches live engines, and the next owner must
        # get either this same engine or a fresh one, never two at once.
        self._engine = None
        _ENGINE_OWNERSHIP.release()

    def new_temp_wav(self) -> Path:
        """A path for one rendering, unique within this session's private folder (the file is not created)."""
        return self._temp_dir / f"utterance-{next(self._counter)}.wav"

    def apply(self, voice_id: str | None, rate: Rate) -> None:
        """Make the next utterance use this voice (None: the driver's default) and speed."""
        if voice_id != self._requested_voice:
            self._requested_voice = voice_id
            voice: object = self._default_voice
            if voice_id is not None:
                if voice_id in {known.id for known in self.voices()}:
                    voice = voice_id
                else:
                    logger.warning("The voice %r is not installed; using the default voice", voice_id)
            self._engine.setProperty("voice", voice)
        # After the voice, which may bring its own speed.
        self._engine.setProperty("rate", WORDS_PER_MINUTE[rate])
        self._settle()

    def render(self, text: str, path: Path) -> None:
        path.unlink(missing_ok=True)
        finished = threading.Event()
        # Called on eSpeak's own thread once the WAV is written; setting an Event is all it may do there.
        token = self._engine.connect("finished-utterance", lambda **_event: finished.set())
        try:
            self._engine.save_to_file(text, str(path))
            self._run_loop()
            if self._espeak is not None:
                self._wait_for_espeak(finished, len(text))
        finally:
            self._engine.disconnect(token)
        if not path.is_file() or path.stat().st_size == 0:
            logger.warning("The speech engine wrote no audio for a %d-character text", len(text))
            raise SpeechUnavailable(NO_SOUND_MESSAGE)

    def _wait_for_espeak(self, finished: threading.Event, characters: int) -> None:
        """Wait until eSpeak has written the WAV and left its callback.

        In eSpeak's asynchronous mode, synthesis and the callback that writes the WAV run on eSpeak's own
        thread, and runAndWait() can return before the file exists (it always does the first time). The
        finished-utterance event bounds the wait; `_settle` then makes sure the callback has returned, so the
        next job cannot race the tail of this one inside pyttsx3's driver.
        """
        if not finished.wait(_RENDER_SECONDS_BASE + characters * _RENDER_SECONDS_PER_CHARACTER):
            logger.error("eSpeak did not finish rendering %d characters; cancelling it", characters)
            with contextlib.suppress(Exception):
                self._espeak.Cancel()
            raise SpeechUnavailable(NOT_ANSWERING_MESSAGE)
        self._settle()

    def _settle(self) -> None:
        """Wait until eSpeak's own thread has nothing left to do (espeak_Synchronize); no-op for other drivers."""
        if self._espeak is not None:
            self._espeak.Synchronize()

    def speak_native(self, text: str, should_stop: Callable[[], bool]) -> None:
        def on_word(**_event: object) -> None:
            # The only safe place to interrupt a native driver is its own callback, on this thread.
            if should_stop():
                self._engine.stop()

        token = self._engine.connect("started-word", on_word)
        try:
            self._engine.say(text)
            self._run_loop()
        finally:
            self._engine.disconnect(token)

    def voices(self) -> list[Voice]:
        return [_voice_from_pyttsx3(raw) for raw in self._engine.getProperty("voices") or ()]

    def _run_loop(self) -> None:
        try:
            self._engine.runAndWait()
        except Exception:
            # A loop that died leaves pyttsx3 sure it is still running ("run loop already started" for ever
            # after); ending it lets the next job use the engine again.
            with contextlib.suppress(Exception):
                self._engine.endLoop()
            raise

    @staticmethod
    def _on_error(exception: object = None, **_event: object) -> None:
        logger.warning("The speech engine reported an error: %r", exception)
