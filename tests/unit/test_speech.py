"""The speech port without a speech engine: the silent fake, and the pyttsx3 adapter's behaviour when the
engine cannot start, when it is closed and when it is given bad arguments. No Qt, no sound."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import wave
from pathlib import Path
from typing import NoReturn

import pytest

from carelink.errors import UserError
from carelink.speech import (
    NOT_AVAILABLE_MESSAGE,
    WORDS_PER_MINUTE,
    Pyttsx3Speaker,
    SilentSpeaker,
    Speaker,
    SpeechUnavailable,
    Voice,
)

pytestmark = pytest.mark.noqt


def test_speech_unavailable_is_a_user_error_with_plain_words() -> None:
    error = SpeechUnavailable()

    assert isinstance(error, UserError)
    assert error.message == NOT_AVAILABLE_MESSAGE == str(error)
    assert "espeak-ng" in error.message
    assert SpeechUnavailable("Something else.").message == "Something else."


def test_reading_speeds_suit_older_listeners() -> None:
    assert dict(WORDS_PER_MINUTE) == {"slow": 130, "normal": 165, "fast": 200}


def test_both_speakers_satisfy_the_port() -> None:
    speakers: list[Speaker] = [SilentSpeaker(), Pyttsx3Speaker()]  # checked by mypy as well

    for speaker in speakers:
        speaker.close()


def test_importing_speech_loads_neither_qt_nor_the_speech_library() -> None:
    # In a fresh interpreter: pytest-qt may already have imported Qt into this one.
    probe = ("import sys, carelink.speech; "
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'pyttsx3'}))")
    result = subprocess.run([sys.executable, "-W", "error", "-c", probe], capture_output=True, text=True,
                            check=True, timeout=60)

    assert result.stdout.strip() == "[]"


# --- SilentSpeaker ------------------------------------------------------------------------------------


def test_silent_speaker_records_what_it_says_and_ignores_blank_text() -> None:
    speaker = SilentSpeaker()

    speaker.say("Hello Mary.")
    speaker.say("   ")
    speaker.say("Sarah sent a photo.")

    assert speaker.spoken == ["Hello Mary.", "Sarah sent a photo."]
    assert speaker.queued == ["Hello Mary.", "Sarah sent a photo."]
    assert speaker.is_speaking


def test_silent_speaker_stop_drops_what_is_queued_but_keeps_the_record() -> None:
    speaker = SilentSpeaker()
    speaker.say("One.")
    speaker.say("Two.")

    speaker.stop()
    speaker.stop()

    assert speaker.queued == []
    assert not speaker.is_speaking
    assert speaker.spoken == ["One.", "Two."]
    assert speaker.stop_calls == 2
    speaker.say("Three.")
    assert speaker.queued == ["Three."]


def test_silent_speaker_writes_a_tiny_valid_silent_wav(tmp_path: Path) -> None:
    speaker = SilentSpeaker(wav_seconds=0.25)
    target = tmp_path / "hello.wav"

    future = speaker.save_to_file("Hello Mary.", target)

    assert future.done()
    assert future.result() == target
    with wave.open(str(target), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        assert wav.getnframes() / wav.getframerate() == pytest.approx(0.25)
        assert set(wav.readframes(wav.getnframes())) == {0}
    assert speaker.saved == [("Hello Mary.", target)]
    assert speaker.spoken == []


def test_silent_speaker_fails_the_future_when_the_file_cannot_be_written(tmp_path: Path) -> None:
    speaker = SilentSpeaker()

    future = speaker.save_to_file("Hello.", tmp_path / "no such folder" / "hello.wav")

    assert isinstance(future.exception(timeout=0), FileNotFoundError)
    assert speaker.saved == []


def test_silent_speaker_refuses_to_save_blank_text(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no text"):
        SilentSpeaker().save_to_file("  \n", tmp_path / "blank.wav")


def test_silent_speaker_lists_its_voices() -> None:
    chosen = [Voice("gmw/en", "English", ("en",)), Voice("roa/fr", "French", ("fr",))]
    speaker = SilentSpeaker(chosen)

    listed = speaker.voices()
    listed.clear()

    assert speaker.voices() == chosen
    assert len(SilentSpeaker().voices()) == 1


def test_silent_speaker_remembers_the_configuration() -> None:
    speaker = SilentSpeaker()
    assert (speaker.voice_id, speaker.rate) == (None, "normal")

    speaker.configure("gmw/en-us", "slow")
    assert (speaker.voice_id, speaker.rate) == ("gmw/en-us", "slow")

    speaker.configure("  ", "fast")
    assert (speaker.voice_id, speaker.rate) == (None, "fast")

    with pytest.raises(ValueError, match="rate"):
        speaker.configure(None, "medium")  # type: ignore[arg-type]


def test_silent_speaker_close_is_idempotent_and_final(tmp_path: Path) -> None:
    speaker = SilentSpeaker()
    speaker.say("Before.")

    speaker.close()
    speaker.close()
    speaker.say("After.")

    assert speaker.closed
    assert speaker.spoken == ["Before."]
    assert speaker.queued == []
    assert isinstance(speaker.save_to_file("After.", tmp_path / "after.wav").exception(timeout=0), RuntimeError)
    with pytest.raises(RuntimeError, match="closed"):
        speaker.voices()


def test_silent_speaker_can_play_a_computer_without_speech(tmp_path: Path,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    speaker = SilentSpeaker(available=False)

    speaker.say("Hello.")
    saved = speaker.save_to_file("Hello.", tmp_path / "hello.wav")

    assert speaker.spoken == []
    assert NOT_AVAILABLE_MESSAGE in caplog.text
    error = saved.exception(timeout=0)
    assert isinstance(error, SpeechUnavailable)
    assert error.message == NOT_AVAILABLE_MESSAGE
    assert not (tmp_path / "hello.wav").exists()
    with pytest.raises(SpeechUnavailable):
        speaker.voices()


def test_silent_speaker_is_safe_from_many_threads() -> None:
    speaker = SilentSpeaker()

    def chatter(number: int) -> None:
        for line in range(50):
            speaker.say(f"{number}:{line}")

    threads = [threading.Thread(target=chatter, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(speaker.spoken) == 400
    assert len(set(speaker.spoken)) == 400


# --- Pyttsx3Speaker without an engine ------------------------------------------------------------------


def _speech_threads() -> set[threading.Thread]:
    return {thread for thread in threading.enumerate() if thread.name == "carelink-speech"}


def test_pyttsx3_speaker_starts_no_thread_until_first_used() -> None:
    before = _speech_threads()
    speaker = Pyttsx3Speaker()

    assert speaker.worker_thread_ident is None
    assert _speech_threads() == before
    speaker.close()
    speaker.close()
    assert speaker.worker_thread_ident is None


def test_pyttsx3_speaker_checks_its_arguments_in_the_caller(tmp_path: Path) -> None:
    speaker = Pyttsx3Speaker()
    try:
        with pytest.raises(ValueError, match="rate"):
            speaker.configure(None, "quick")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="no text"):
            speaker.save_to_file(" ", tmp_path / "blank.wav")
        speaker.say("   ")
        assert speaker.worker_thread_ident is None  # nothing was queued
    finally:
        speaker.close()


def test_pyttsx3_speaker_refuses_work_once_closed(tmp_path: Path) -> None:
    speaker = Pyttsx3Speaker()
    speaker.close()

    speaker.say("Hello.")
    speaker.configure(None, "slow")
    future = speaker.save_to_file("Hello.", tmp_path / "hello.wav")

    assert isinstance(future.exception(timeout=0), RuntimeError)
    with pytest.raises(RuntimeError, match="closed"):
        speaker.voices()
    assert speaker.worker_thread_ident is None


def test_pyttsx3_speaker_without_a_speech_engine_reports_it_plainly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import pyttsx3  # importing pyttsx3 itself does not load eSpeak

    attempts: list[object] = []

    def no_espeak(driver_name: object = None, debug: bool = False) -> NoReturn:
        attempts.append(driver_name)
        # What pyttsx3's eSpeak driver raises when libespeak-ng is not installed.
        raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")

    monkeypatch.setattr(pyttsx3, "init", no_espeak)
    caplog.set_level(logging.WARNING, logger="carelink.speech")
    speaker = Pyttsx3Speaker()
    try:
        speaker.say("Hello Mary.")  # must not raise in the caller
        future = speaker.save_to_file("Hello Mary.", tmp_path / "hello.wav")
        error = future.exception(timeout=10)
        assert isinstance(error, SpeechUnavailable)
        assert error.message == NOT_AVAILABLE_MESSAGE
        with pytest.raises(SpeechUnavailable) as raised:
            speaker.voices()
        assert raised.value.message == NOT_AVAILABLE_MESSAGE
    finally:
        speaker.close()

    assert attempts == [None]  # tried once, not again for every job
    assert "do not have eSpeak" in caplog.text
    assert f"Could not read aloud: {NOT_AVAILABLE_MESSAGE}" in caplog.text
    assert not (tmp_path / "hello.wav").exists()
