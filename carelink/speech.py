"""Text-to-speech: the `Speaker` port, the pyttsx3 adapter and a silent fake for tests.

Nothing here imports Qt (an import-linter contract forbids it); the UI calls a speaker through its background
runner, and `Speaker.say` never blocks, so it may also be called straight from the GUI thread.

How `Pyttsx3Speaker` keeps pyttsx3 safe:

- pyttsx3 and the eSpeak library beneath it crash when used from two threads at once, so ONE daemon thread
  owns the engine. The engine is created lazily on that thread, every call becomes a job on a `queue.Queue`
  run in order there, and results come back through `concurrent.futures.Future`.
- eSpeak is process-wide state (it is initialised once per process and has a single synthesis callback), so
  only one `Pyttsx3Speaker` may own an engine at a time: a second one waits for the first to close.
- pyttsx3 2.99's eSpeak driver speaks `say()` by writing a temporary WAV and running ``aplay`` through
  ``os.system``. Where there is no ``aplay`` (or no sound server) that fails without telling the caller, it
  cannot be interrupted by `stop()`, and it cannot be bounded in time. It also never forgets a previous
  ``save_to_file``: a later ``say()`` overwrites that file instead of speaking. So with eSpeak this adapter
  renders every utterance to a private WAV with ``save_to_file`` (which works headless) and plays it with an
  audio player of its own choosing (paplay, pw-play, aplay or afplay) in a child process that `stop()` can
  end and that is killed if it overruns the length of the audio. A missing or failing player is logged,
  never raised, and never stalls the worker. Other drivers (SAPI5, NSSpeechSynthesizer) speak natively.
- That driver also runs eSpeak in its asynchronous mode: the WAV is written on eSpeak's own thread, the first
  ``runAndWait()`` returns before the file exists, and each ``runAndWait()`` cancels whatever eSpeak is still
  busy with, so a rate set just before an utterance is silently lost. The adapter waits for the driver's
  "finished-utterance" event (with a time limit) and drains eSpeak after every change of settings.
- It prints "Audio saved to ..." on stdout for every file; that line goes to this module's debug log instead.

Never fork after speech has run: a forked child inherits eSpeak's state and the worker's locks but not the
worker thread, and hangs or crashes the first time it speaks. The application must use the "spawn" start
method for multiprocessing (``multiprocessing.set_start_method("spawn")`` in the composition root).
`subprocess`, which replaces the child with a new program straight away, is safe.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import itertools
import logging
import queue
import shutil
import subprocess
import tempfile
import threading
import wave
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final, Literal, Protocol, get_args

from carelink.services.errors import UserError

logger = logging.getLogger(__name__)

Rate = Literal["slow", "normal", "fast"]

# Gentler than eSpeak's default of 200 words per minute: many listeners are older and hard of hearing.
WORDS_PER_MINUTE: Final[Mapping[Rate, int]] = {"slow": 130, "normal": 165, "fast": 200}

NOT_AVAILABLE_MESSAGE: Final = (
    "Reading aloud is not available on this computer. "
    "Ask your family to install a speech voice (on Linux: the espeak-ng package)."
)
NOT_ANSWERING_MESSAGE: Final = "Reading aloud is not answering just now. Please try again in a moment."
NO_SOUND_MESSAGE: Final = "Reading aloud did not work this time. Please try again."

# Audio players tried in order for eSpeak's rendered speech; the WAV file's path is appended.
_PLAYERS: Final[tuple[tuple[str, ...], ...]] = (("paplay",), ("pw-play",), ("aplay", "-q"), ("afplay",))


@dataclass(frozen=True)
class Voice:
    """One installed speech voice: the id to pass to `Speaker.configure`, a readable name, language codes."""

    id: str
    name: str
    languages: tuple[str, ...]


class SpeechUnavailable(UserError):  # noqa: N818 (named for the state, like SecretsUnavailable)
    """Speech cannot be produced; the message says in plain words what the person (or family) can do."""

    def __init__(self, message: str = NOT_AVAILABLE_MESSAGE) -> None:
        super().__init__(message)


class Speaker(Protocol):
    """Reads text aloud. Every method may be called from any thread."""

    def say(self, text: str) -> None:
        """Queue `text` to be spoken after anything already queued; returns at once and never raises for a
        speech failure (that is logged). Blank text is ignored."""
        ...

    def stop(self) -> None:
        """Stop what is being said now and drop everything still queued to be said."""
        ...

    def save_to_file(self, text: str, path: Path) -> concurrent.futures.Future[Path]:
        """Render `text` as speech into the WAV file `path`; the future gives `path` back, or fails with
        `SpeechUnavailable` (or `OSError` when the file cannot be written). Blank text raises ValueError."""
        ...

    def voices(self) -> list[Voice]:
        """The installed voices. May block briefly, so callers run it in the background; raises
        `SpeechUnavailable` when there is no speech engine or it does not answer in time."""
        ...

    def configure(self, voice_id: str | None, rate: Rate) -> None:
        """Use this voice (None or blank: the computer's default) and speed from the next utterance on."""
        ...

    def close(self) -> None:
        """Stop speaking and release the engine. Calling it again does nothing."""
        ...


def _check_rate(rate: str) -> None:
    if rate not in get_args(Rate):
        raise ValueError(f"rate must be one of {get_args(Rate)}, not {rate!r}")


def _check_text(text: str) -> None:
    if not text.strip():
        raise ValueError("there is no text to turn into speech")


def _failed_future(error: BaseException) -> concurrent.futures.Future[Path]:
    future: concurrent.futures.Future[Path] = concurrent.futures.Future()
    future.set_exception(error)
    return future


# ---------------------------------------------------------------------------------------------------------
# The silent fake


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

    @property
    def is_speaking(self) -> bool:
        """True while something said has not been stopped: a silent utterance never ends by itself."""
        with self._lock:
            return bool(self.queued)

    def say(self, text: str) -> None:
        if not text.strip():
            return
        if not self._available:
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
        _check_text(text)
        with self._lock:
            if self.closed:
                return _failed_future(RuntimeError("the speaker has been closed"))
        if not self._available:
            return _failed_future(SpeechUnavailable())
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
            return _failed_future(error)
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
        _check_rate(rate)
        with self._lock:
            self.voice_id = (voice_id.strip() or None) if voice_id is not None else None
            self.rate = rate

    def close(self) -> None:
        with self._lock:
            self.closed = True
            self.queued.clear()


# ---------------------------------------------------------------------------------------------------------
# The pyttsx3 adapter


@dataclass(frozen=True)
class _SayJob:
    text: str
    generation: int  # the speaker's stop count when queued: a later stop() makes the job stale


@dataclass(frozen=True)
class _SaveJob:
    text: str
    path: Path
    future: concurrent.futures.Future[Path]


@dataclass(frozen=True)
class _VoicesJob:
    future: concurrent.futures.Future[list[Voice]]


@dataclass(frozen=True)
class _ConfigureJob:
    voice_id: str | None
    rate: Rate


@dataclass(frozen=True)
class _CloseJob:
    pass


_Job = _SayJob | _SaveJob | _VoicesJob | _ConfigureJob | _CloseJob

# eSpeak is one per process (see the module docstring); whoever holds this lock owns the pyttsx3 engine.
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


def _wav_seconds(path: Path) -> float:
    with open(path, "rb") as raw, wave.open(raw, "rb") as wav:  # see SilentSpeaker.save_to_file
        rate = wav.getframerate()
        return wav.getnframes() / rate if rate else 0.0


def _find_player() -> list[str] | None:
    for name, *arguments in _PLAYERS:
        found = shutil.which(name)
        if found:
            return [found, *arguments]
    return None


class _EngineSession:
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
    def open(cls, driver_name: str | None) -> _EngineSession:
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


class Pyttsx3Speaker:
    """The real speaker: pyttsx3 on one dedicated worker thread (see the module docstring for why).

    Holds the job queue and worker thread (started on first use), the stop count that makes queued speech
    stale, the audio player process of the utterance being heard (eSpeak only), and a cache of the voice
    list. Attributes under "worker only" are touched by the worker thread alone.

    ``driver_name`` picks a pyttsx3 driver (None: the platform's default). ``player`` is the command that
    plays a WAV file for eSpeak, the path being appended (None: the first of paplay, pw-play, aplay, afplay
    on PATH). A player still running ``playback_grace`` seconds after its audio should have ended is killed.
    """

    def __init__(self, *, driver_name: str | None = None, player: Sequence[str] | None = None,
                 voices_timeout: float = 10.0, playback_grace: float = 5.0,
                 close_timeout: float = 5.0) -> None:
        self._driver_name = driver_name
        self._voices_timeout = voices_timeout
        self._playback_grace = playback_grace
        self._close_timeout = close_timeout
        self._jobs: queue.Queue[_Job] = queue.Queue()
        self._lock = threading.Lock()  # guards the attributes below up to "worker only"
        self._thread: threading.Thread | None = None
        self._closed = False
        self._generation = 0
        self._player_process: subprocess.Popen[bytes] | None = None
        self._voices_cache: list[Voice] | None = None
        # worker only:
        self._session: _EngineSession | None = None
        self._init_failed = False
        self._player: list[str] | None = list(player) if player is not None else None
        self._player_searched = player is not None
        self._voice_id: str | None = None
        self._rate: Rate = "normal"

    @property
    def worker_thread_ident(self) -> int | None:
        """The identifier of the one thread that runs pyttsx3, or None before the first call."""
        with self._lock:
            return self._thread.ident if self._thread is not None else None

    # --- the port, called from any thread -------------------------------------------------------------

    def say(self, text: str) -> None:
        if not text.strip():
            return
        if not self._submit(lambda generation: _SayJob(text, generation)):
            logger.debug("Ignoring say() on a closed speaker")

    def stop(self) -> None:
        """Ends the player of the utterance being heard (eSpeak) or, for native drivers, stops at the next
        word; say jobs still queued are skipped."""
        with self._lock:
            # Queued say jobs carry the old count, so the worker drops them without a sound.
            self._generation += 1
            process = self._player_process
        if process is not None:
            process.terminate()

    def save_to_file(self, text: str, path: Path) -> concurrent.futures.Future[Path]:
        _check_text(text)
        future: concurrent.futures.Future[Path] = concurrent.futures.Future()
        if not self._submit(lambda _generation: _SaveJob(text, Path(path), future)):
            return _failed_future(RuntimeError("the speaker has been closed"))
        return future

    def voices(self) -> list[Voice]:
        with self._lock:
            if self._voices_cache is not None:
                return list(self._voices_cache)
        future: concurrent.futures.Future[list[Voice]] = concurrent.futures.Future()
        if not self._submit(lambda _generation: _VoicesJob(future)):
            raise RuntimeError("the speaker has been closed")
        try:
            return list(future.result(timeout=self._voices_timeout))
        except TimeoutError:
            future.cancel()  # still queued: the worker skips it; already running: its answer is cached
            raise SpeechUnavailable(NOT_ANSWERING_MESSAGE) from None

    def configure(self, voice_id: str | None, rate: Rate) -> None:
        _check_rate(rate)
        cleaned = (voice_id.strip() or None) if voice_id is not None else None
        if not self._submit(lambda _generation: _ConfigureJob(cleaned, rate)):
            logger.debug("Ignoring configure() on a closed speaker")

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._generation += 1
            process = self._player_process
            thread = self._thread
            if thread is not None:
                self._jobs.put(_CloseJob())
        if process is not None:
            process.terminate()
        if thread is None or thread is threading.current_thread():
            return
        # Jobs queued before close() still run (speech silently), so no caller's future is left hanging.
        thread.join(self._close_timeout)
        if thread.is_alive():
            logger.warning("The speech worker did not stop within %.1f s; leaving it to end with the program",
                           self._close_timeout)

    # --- caller side helpers --------------------------------------------------------------------------

    def _submit(self, make_job: Callable[[int], _Job]) -> bool:
        """Queue the job made from the current stop count; False when the speaker is closed."""
        with self._lock:
            # One critical section, so a say() racing a stop() is either dropped by it or queued after it.
            if self._closed:
                return False
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="carelink-speech", daemon=True)
                self._thread.start()
            self._jobs.put(make_job(self._generation))
            return True

    def _is_stale(self, generation: int) -> bool:
        with self._lock:
            return generation != self._generation

    # --- the worker thread ----------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not isinstance(job := self._jobs.get(), _CloseJob):
                try:
                    self._handle(job)
                except Exception:  # a bug in a handler must not take the worker, and every later job, down
                    logger.exception("The speech worker failed on %s", type(job).__name__)
        finally:
            if self._session is not None:
                self._session.close()
                self._session = None

    def _handle(self, job: _Job) -> None:
        # Every failure stays inside this method: the worker must outlive any one job.
        match job:
            case _ConfigureJob(voice_id, rate):
                self._voice_id, self._rate = voice_id, rate
            case _SayJob(text, generation):
                if self._is_stale(generation):
                    return
                try:
                    self._say(text, generation)
                except SpeechUnavailable as error:
                    logger.warning("Could not read aloud: %s", error.message)
                except Exception:
                    logger.exception("Could not read aloud")
            case _SaveJob(text, path, future):
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(self._save(text, path))
                    except Exception as error:
                        future.set_exception(error)
            case _VoicesJob(future):
                if future.set_running_or_notify_cancel():
                    try:
                        found = self._engine().voices()
                    except Exception as error:
                        future.set_exception(error)
                    else:
                        with self._lock:
                            self._voices_cache = found
                        future.set_result(found)
            case _CloseJob():
                pass

    def _engine(self) -> _EngineSession:
        if self._session is None:
            if self._init_failed:
                raise SpeechUnavailable()
            try:
                self._session = _EngineSession.open(self._driver_name)
            except Exception as error:
                self._init_failed = True  # installing a voice needs a restart anyway, so do not retry
                logger.warning("Text-to-speech could not start: %s: %s", type(error).__name__, error)
                raise SpeechUnavailable() from error
        return self._session

    def _save(self, text: str, path: Path) -> Path:
        session = self._engine()
        session.apply(self._voice_id, self._rate)
        rendered = session.new_temp_wav()
        try:
            # Render into our own folder first: a bad destination then fails here, in plain Python, rather
            # than inside pyttsx3's C callback where the error would be lost.
            session.render(text, rendered)
            shutil.move(rendered, path)
        finally:
            rendered.unlink(missing_ok=True)
        return path

    def _say(self, text: str, generation: int) -> None:
        session = self._engine()
        session.apply(self._voice_id, self._rate)
        if not session.renders_then_plays:
            session.speak_native(text, lambda: self._is_stale(generation))
            return
        rendered = session.new_temp_wav()
        try:
            session.render(text, rendered)
            self._play(rendered, generation)
        finally:
            rendered.unlink(missing_ok=True)

    def _play(self, wav: Path, generation: int) -> None:
        if not self._player_searched:
            self._player_searched = True
            self._player = _find_player()
            if self._player is None:
                logger.warning("No audio player was found (looked for %s), so text cannot be read aloud. "
                               "Install alsa-utils (aplay) or pulseaudio-utils (paplay).",
                               ", ".join(command[0] for command in _PLAYERS))
        seconds = _wav_seconds(wav)
        if self._player is None:
            logger.debug("No audio player: %.1f s of speech went unheard", seconds)
            return
        # The player's complaints go to a file, not a pipe: a pipe could fill up, or be held open by a
        # grandchild, and leave the worker waiting.
        complaints = wav.with_suffix(".log")
        try:
            with open(complaints, "w+b") as errors:
                returncode = self._run_player([*self._player, str(wav)], errors, seconds, generation)
                if returncode not in (None, 0) and not self._is_stale(generation):
                    errors.seek(0)
                    detail = errors.read()[-300:].decode("utf-8", errors="replace").strip()
                    logger.warning("The audio player %s failed (exit code %s): %s", self._player[0],
                                   returncode, detail or "no details")
        finally:
            complaints.unlink(missing_ok=True)

    def _run_player(self, command: list[str], errors: BinaryIO, seconds: float,
                    generation: int) -> int | None:
        """Play and wait; the exit code, or None when it never started or had to be killed."""
        with self._lock:
            if generation != self._generation:
                return None  # stop() came while the speech was being rendered
            try:
                process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                           stderr=errors)
            except OSError as error:
                logger.warning("Could not start the audio player %s: %s", command[0], error)
                return None
            self._player_process = process  # from here on stop() and close() can end it
        try:
            return process.wait(timeout=seconds + self._playback_grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            logger.warning("The audio player %s was still running %.1f s after its %.1f s of speech should "
                           "have ended, so it was stopped", command[0], self._playback_grace, seconds)
            return None
        finally:
            with self._lock:
                self._player_process = None
