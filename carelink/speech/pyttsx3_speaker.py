"""The pyttsx3 adapter: `Pyttsx3Speaker`, which runs pyttsx3 on one worker thread of its own.

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

Never fork after speech has run (see `carelink.speech` for why, and what to use instead).
"""

from __future__ import annotations

import concurrent.futures
import logging
import queue
import shutil
import subprocess
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from carelink.speech.engine import EngineSession
from carelink.speech.jobs import CloseJob, ConfigureJob, Job, SaveJob, SayJob, VoicesJob
from carelink.speech.playback import PLAYERS, find_player, wav_seconds
from carelink.speech.port import (
    NO_PLAYER_MESSAGE,
    NOT_ANSWERING_MESSAGE,
    Rate,
    SpeechUnavailable,
    Voice,
    check_rate,
    check_text,
    failed_future,
)

logger = logging.getLogger(__name__)


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
        self._jobs: queue.Queue[Job] = queue.Queue()
        self._lock = threading.Lock()  # guards the attributes below up to "worker only"
        self._thread: threading.Thread | None = None
        self._closed = False
        self._generation = 0
        self._player_process: subprocess.Popen[bytes] | None = None
        self._voices_cache: list[Voice] | None = None
        self._saying = 0  # say jobs queued or being heard (stale ones included, until the worker drops them)
        self._problem: str | None = None  # why nothing could be heard, once a say found out
        # worker only:
        self._session: EngineSession | None = None
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
        if not self._submit(lambda generation: SayJob(text, generation), saying=True):
            logger.debug("Ignoring say() on a closed speaker")

    @property
    def is_speaking(self) -> bool:
        with self._lock:
            return self._saying > 0 and not self._closed

    @property
    def problem(self) -> str | None:
        with self._lock:
            return self._problem

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
        check_text(text)
        future: concurrent.futures.Future[Path] = concurrent.futures.Future()
        if not self._submit(lambda _generation: SaveJob(text, Path(path), future)):
            return failed_future(RuntimeError("the speaker has been closed"))
        return future

    def voices(self) -> list[Voice]:
        with self._lock:
            if self._voices_cache is not None:
                return list(self._voices_cache)
        future: concurrent.futures.Future[list[Voice]] = concurrent.futures.Future()
        if not self._submit(lambda _generation: VoicesJob(future)):
            raise RuntimeError("the speaker has been closed")
        try:
            return list(future.result(timeout=self._voices_timeout))
        except TimeoutError:
            future.cancel()  # still queued: the worker skips it; already running: its answer is cached
            raise SpeechUnavailable(NOT_ANSWERING_MESSAGE) from None

    def configure(self, voice_id: str | None, rate: Rate) -> None:
        check_rate(rate)
        cleaned = (voice_id.strip() or None) if voice_id is not None else None
        if not self._submit(lambda _generation: ConfigureJob(cleaned, rate)):
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
                self._jobs.put(CloseJob())
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

    def _submit(self, make_job: Callable[[int], Job], saying: bool = False) -> bool:
        """Queue the job made from the current stop count (a say job counts as speaking until the worker is done
        with it); False when the speaker is closed."""
        with self._lock:
            # One critical section, so a say() racing a stop() is either dropped by it or queued after it.
            if self._closed:
                return False
            self._saying += saying
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
            while not isinstance(job := self._jobs.get(), CloseJob):
                try:
                    self._handle(job)
                except Exception:  # a bug in a handler must not take the worker, and every later job, down
                    logger.exception("The speech worker failed on %s", type(job).__name__)
        finally:
            if self._session is not None:
                self._session.close()
                self._session = None

    def _handle(self, job: Job) -> None:
        # Every failure stays inside this method: the worker must outlive any one job.
        match job:
            case ConfigureJob(voice_id, rate):
                self._voice_id, self._rate = voice_id, rate
            case SayJob(text, generation):
                try:
                    if not self._is_stale(generation):
                        self._say(text, generation)
                except SpeechUnavailable as error:
                    self._set_problem(error.message)
                    logger.warning("Could not read aloud: %s", error.message)
                except Exception:
                    logger.exception("Could not read aloud")
                finally:
                    with self._lock:
                        self._saying -= 1
            case SaveJob(text, path, future):
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(self._save(text, path))
                    except Exception as error:
                        future.set_exception(error)
            case VoicesJob(future):
                if future.set_running_or_notify_cancel():
                    try:
                        found = self._engine().voices()
                    except Exception as error:
                        future.set_exception(error)
                    else:
                        with self._lock:
                            self._voices_cache = found
                        future.set_result(found)
            case CloseJob():
                pass

    def _set_problem(self, problem: str | None) -> None:
        with self._lock:
            self._problem = problem

    def _engine(self) -> EngineSession:
        if self._session is None:
            if self._init_failed:
                raise SpeechUnavailable()
            try:
                self._session = EngineSession.open(self._driver_name)
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
            self._set_problem(None)
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
            self._player = find_player()
            if self._player is None:
                logger.warning("No audio player was found (looked for %s), so text cannot be read aloud. "
                               "Install alsa-utils (aplay) or pulseaudio-utils (paplay).",
                               ", ".join(command[0] for command in PLAYERS))
        seconds = wav_seconds(wav)
        if self._player is None:
            self._set_problem(NO_PLAYER_MESSAGE)
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
                self._problem = NO_PLAYER_MESSAGE
                logger.warning("Could not start the audio player %s: %s", command[0], error)
                return None
            self._player_process = process  # from here on stop() and close() can end it
            self._problem = None
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
