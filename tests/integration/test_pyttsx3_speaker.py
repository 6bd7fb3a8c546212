"""The real pyttsx3 speaker with Debian's espeak-ng, headless.

Speech is rendered to WAV files and checked with the standard `wave` module. Playback is checked with stand-in
audio players (small Python scripts) that record what they were given, hang or fail on purpose, because a test
machine has no sound card. Skips when libespeak-ng is not installed.
"""

from __future__ import annotations

import ctypes.util
import json
import logging
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from carelink.speech import NO_PLAYER_MESSAGE, NOT_AVAILABLE_MESSAGE, Pyttsx3Speaker, Rate, SpeechUnavailable

pytestmark = [
    pytest.mark.slow,
    pytest.mark.noqt,
    pytest.mark.skipif(ctypes.util.find_library("espeak-ng") is None,
                       reason="libespeak-ng is not installed (Debian: apt-get install espeak-ng)"),
]

RATES: tuple[Rate, ...] = ("slow", "normal", "fast")
SENTENCE = "Hello Mary, this is Sarah. We will call you on Sunday afternoon."
TIMEOUT = 20.0


@pytest.fixture
def speaker() -> Iterator[Pyttsx3Speaker]:
    speaker = Pyttsx3Speaker()
    yield speaker
    speaker.close()


def _seconds(path: Path) -> float:
    with open(path, "rb") as raw, wave.open(raw, "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        return wav.getnframes() / wav.getframerate()


def _wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def _player(script: str) -> list[str]:
    """A stand-in audio player: Python running `script`, with the WAV's path in sys.argv[1]."""
    return [sys.executable, "-c", script]


def _recording_player(log: Path, then: str = "") -> list[str]:
    """A player that notes the WAV it was given (path and length) in `log`, then runs `then`."""
    return _player(
        "import json, sys, time, wave\n"
        "with open(sys.argv[1], 'rb') as raw, wave.open(raw) as w:\n"
        "    seconds = w.getnframes() / w.getframerate()\n"
        f"with open({str(log)!r}, 'a') as log:\n"
        "    log.write(json.dumps([sys.argv[1], seconds]) + '\\n')\n"
        + then
    )


def _played(log: Path) -> list[tuple[str, float]]:
    if not log.exists():
        return []
    return [tuple(json.loads(line)) for line in log.read_text().splitlines()]


def test_save_to_file_renders_a_sentence_to_wav(speaker: Pyttsx3Speaker, tmp_path: Path,
                                                capfd: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sentence.wav"

    assert speaker.save_to_file(SENTENCE, target).result(timeout=TIMEOUT) == target

    assert _seconds(target) > 0.3
    # pyttsx3's driver prints "Audio saved to ..." on stdout; the speaker sends that to the log instead.
    assert "Audio saved" not in capfd.readouterr().out


def test_a_long_text_is_complete_when_the_future_resolves(speaker: Pyttsx3Speaker, tmp_path: Path) -> None:
    # pyttsx3 2.99 returns from its first runAndWait() before eSpeak has written a long text's WAV.
    target = tmp_path / "long.wav"

    speaker.save_to_file("This is a long letter from your family. " * 40, target).result(timeout=TIMEOUT)

    assert _seconds(target) > 60


def test_voices_lists_the_installed_voices(speaker: Pyttsx3Speaker) -> None:
    voices = speaker.voices()

    assert voices
    assert all(voice.id and voice.name for voice in voices)
    assert any(code.startswith("en") for voice in voices for code in voice.languages)
    assert speaker.voices() == voices  # the second answer comes from the cache


def test_a_slow_rate_renders_longer_speech_than_a_fast_one(speaker: Pyttsx3Speaker, tmp_path: Path) -> None:
    lengths: dict[str, float] = {}
    for rate in RATES:
        speaker.configure(None, rate)
        lengths[rate] = _seconds(speaker.save_to_file(SENTENCE, tmp_path / f"{rate}.wav").result(TIMEOUT))

    assert lengths["slow"] > lengths["normal"] > lengths["fast"]
    assert lengths["slow"] > 1.3 * lengths["fast"]


def test_a_chosen_voice_is_used_and_an_unknown_one_falls_back(speaker: Pyttsx3Speaker, tmp_path: Path,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    ids = {voice.id for voice in speaker.voices()}
    other = next(candidate for candidate in ("gmw/en-us", "gmw/en-gb-scotland", "roa/fr") if candidate in ids)
    default = speaker.save_to_file(SENTENCE, tmp_path / "default.wav").result(TIMEOUT).read_bytes()

    speaker.configure(other, "normal")
    chosen = speaker.save_to_file(SENTENCE, tmp_path / "other.wav").result(TIMEOUT).read_bytes()
    speaker.configure("no/such-voice", "normal")
    fallback = speaker.save_to_file(SENTENCE, tmp_path / "fallback.wav").result(TIMEOUT)

    assert chosen != default
    assert _seconds(fallback) > 0.3
    assert "'no/such-voice' is not installed" in caplog.text


def test_calls_from_many_threads_all_run_on_the_one_worker_thread(
        speaker: Pyttsx3Speaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pyttsx3.engine import Engine

    engine_threads: set[int] = set()

    def on_calling_thread(name: str) -> None:
        original = getattr(Engine, name)

        def recorded(self: Any, *args: Any, **kwargs: Any) -> Any:
            engine_threads.add(threading.get_ident())
            return original(self, *args, **kwargs)

        monkeypatch.setattr(Engine, name, recorded)

    for name in ("__init__", "say", "save_to_file", "runAndWait", "getProperty", "setProperty", "connect"):
        on_calling_thread(name)

    callers = 8
    start = threading.Barrier(callers)
    caller_threads: set[int] = set()
    results: dict[int, float] = {}
    failures: list[BaseException] = []

    def caller(number: int) -> None:
        try:
            caller_threads.add(threading.get_ident())
            start.wait(TIMEOUT)
            speaker.configure(None, RATES[number % 3])
            speaker.say(f"Caller {number}.")
            future = speaker.save_to_file(f"Caller number {number} says hello.", tmp_path / f"{number}.wav")
            assert speaker.voices()
            results[number] = _seconds(future.result(TIMEOUT))
        except BaseException as error:  # handed to the test thread, which fails with it
            failures.append(error)

    threads = [threading.Thread(target=caller, args=(number,)) for number in range(callers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT * 2)

    assert not failures, failures
    assert sorted(results) == list(range(callers))
    assert all(seconds > 0.3 for seconds in results.values())
    assert engine_threads == {speaker.worker_thread_ident}
    assert speaker.worker_thread_ident not in caller_threads | {threading.get_ident()}


def test_close_is_idempotent_and_ends_the_worker(tmp_path: Path) -> None:
    speaker = Pyttsx3Speaker()
    speaker.save_to_file(SENTENCE, tmp_path / "first.wav").result(TIMEOUT)
    worker = next(thread for thread in threading.enumerate() if thread.ident == speaker.worker_thread_ident)

    speaker.close()
    speaker.close()

    assert not worker.is_alive()
    assert isinstance(speaker.save_to_file(SENTENCE, tmp_path / "late.wav").exception(TIMEOUT), RuntimeError)
    speaker.say("Nobody hears this.")
    speaker.close()


def test_a_second_speaker_takes_over_the_engine_once_the_first_closes(tmp_path: Path) -> None:
    first = Pyttsx3Speaker()
    second = Pyttsx3Speaker()
    try:
        first.save_to_file(SENTENCE, tmp_path / "first.wav").result(TIMEOUT)
        waiting = second.save_to_file(SENTENCE, tmp_path / "second.wav")
        time.sleep(0.3)
        assert not waiting.done()  # eSpeak is one per process: the second waits for the first

        first.close()

        assert _seconds(waiting.result(TIMEOUT)) > 0.3
    finally:
        first.close()
        second.close()


def test_say_then_close_never_hangs_headless(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # With the computer's own players, whatever they are: none here; a real one elsewhere.
    speaker = Pyttsx3Speaker()
    started = time.monotonic()
    speaker.say(SENTENCE)
    speaker.save_to_file("Done.", tmp_path / "done.wav").result(TIMEOUT)  # queued after, so say() has run
    speaker.say(SENTENCE)
    speaker.close()

    assert time.monotonic() - started < 15
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def test_say_plays_a_rendered_wav_and_stop_cuts_it_off(tmp_path: Path) -> None:
    log = tmp_path / "played.log"
    speaker = Pyttsx3Speaker(player=_recording_player(log, then="time.sleep(60)\n"))
    try:
        speaker.say(SENTENCE)
        speaker.say("This should never be heard.")
        speaker.say("Nor this.")
        _wait_until(lambda: len(_played(log)) == 1)
        assert speaker.is_speaking and speaker.problem is None

        started = time.monotonic()
        speaker.stop()
        speaker.save_to_file("Still working.", tmp_path / "after.wav").result(TIMEOUT)
        assert not speaker.is_speaking, "stopped, and the two still queued were dropped"

        assert time.monotonic() - started < 5  # the hour-long "playback" was ended at once
        speaker.say("Heard after the stop.")
        _wait_until(lambda: len(_played(log)) == 2)
    finally:
        speaker.close()

    (first_path, first_seconds), (_, second_seconds) = _played(log)
    assert first_seconds > 0.3 and second_seconds > 0.3
    assert not Path(first_path).exists()  # the rendered speech is cleaned up


def test_a_player_that_hangs_is_killed_after_its_audio_should_have_ended(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    speaker = Pyttsx3Speaker(player=_player("import time; time.sleep(60)"), playback_grace=0.5)
    try:
        started = time.monotonic()
        speaker.say("Hi.")
        speaker.save_to_file("Done.", tmp_path / "done.wav").result(TIMEOUT)
        elapsed = time.monotonic() - started
    finally:
        speaker.close()

    assert 0.5 < elapsed < 10
    assert "was still running" in caplog.text


def test_a_player_that_fails_is_logged_and_the_worker_carries_on(tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    failing = _player("import sys; print('no sound card here', file=sys.stderr); sys.exit(3)")
    speaker = Pyttsx3Speaker(player=failing)
    try:
        speaker.say(SENTENCE)
        assert _seconds(speaker.save_to_file("Done.", tmp_path / "done.wav").result(TIMEOUT)) > 0
    finally:
        speaker.close()

    assert "failed (exit code 3): no sound card here" in caplog.text


def test_a_missing_player_program_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    speaker = Pyttsx3Speaker(player=[str(tmp_path / "no-such-player")])
    try:
        speaker.say(SENTENCE)
        speaker.save_to_file("Done.", tmp_path / "done.wav").result(TIMEOUT)
        assert speaker.problem == NO_PLAYER_MESSAGE and not speaker.is_speaking
    finally:
        speaker.close()

    assert "Could not start the audio player" in caplog.text


def test_save_to_a_missing_folder_fails_the_future_only(speaker: Pyttsx3Speaker, tmp_path: Path) -> None:
    failed = speaker.save_to_file(SENTENCE, tmp_path / "no such folder" / "x.wav")

    assert isinstance(failed.exception(TIMEOUT), FileNotFoundError)
    assert _seconds(speaker.save_to_file(SENTENCE, tmp_path / "ok.wav").result(TIMEOUT)) > 0.3


_NO_ESPEAK = f"""
import ctypes, logging, sys, tempfile
from pathlib import Path

real_load = ctypes.cdll.LoadLibrary
def load_library(name, *args, **kwargs):
    if "espeak" in str(name):
        raise OSError("pretending " + str(name) + " is not installed")
    return real_load(name, *args, **kwargs)
ctypes.cdll.LoadLibrary = load_library

logging.basicConfig(level=logging.WARNING, stream=sys.stdout, format="%(levelname)s %(message)s")
from carelink.speech import Pyttsx3Speaker, SpeechUnavailable

speaker = Pyttsx3Speaker()
speaker.say("Hello.")
error = speaker.save_to_file("Hello.", Path(tempfile.mkdtemp()) / "x.wav").exception({TIMEOUT})
print("FUTURE", type(error).__name__, error)
print("PROBLEM", speaker.problem, speaker.is_speaking)
try:
    speaker.voices()
except SpeechUnavailable as raised:
    print("VOICES", raised.message)
speaker.close()
"""


def test_a_computer_without_espeak_gets_a_plain_message() -> None:
    # A fresh interpreter, because eSpeak is already loaded into this one.
    result = subprocess.run([sys.executable, "-W", "error", "-c", _NO_ESPEAK], capture_output=True,
                            text=True, timeout=60, check=True)

    assert f"FUTURE {SpeechUnavailable.__name__} {NOT_AVAILABLE_MESSAGE}" in result.stdout
    assert f"VOICES {NOT_AVAILABLE_MESSAGE}" in result.stdout
    assert f"PROBLEM {NOT_AVAILABLE_MESSAGE} False" in result.stdout, "Read aloud can say why, and that it ended"
    assert "Text-to-speech could not start: RuntimeError" in result.stdout
    assert f"Could not read aloud: {NOT_AVAILABLE_MESSAGE}" in result.stdout
    assert result.stderr == ""


def test_emoji_are_read_aloud_in_words(speaker: Pyttsx3Speaker, tmp_path: Path) -> None:
    """eSpeak NG knows the emoji by their Unicode (CLDR) names: "Happy birthday ❤️🎂" is read as "happy birthday,
    red heart, birthday cake", not as "happy birthday" with the pictures skipped."""
    plain, with_emoji = tmp_path / "plain.wav", tmp_path / "emoji.wav"
    speaker.save_to_file("Happy birthday Mum", plain).result(timeout=TIMEOUT)
    speaker.save_to_file("Happy birthday Mum ❤️🎂", with_emoji).result(timeout=TIMEOUT)
    assert _seconds(with_emoji) - _seconds(plain) > 0.4, "the words for the two emoji (0.6 s here; skipped: 0)"
