"""The speaker made on first use (carelink/speech/later.py): nothing is made (nor imported) before something is
said, and then it behaves as the real speaker would have from the start."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from carelink.speech import SilentSpeaker
from carelink.speech.later import SpeakerLater

ROOT = Path(__file__).resolve().parents[2]


class Maker:
    """Makes SilentSpeakers and keeps each one made."""

    def __init__(self) -> None:
        self.made: list[SilentSpeaker] = []

    def __call__(self) -> SilentSpeaker:
        self.made.append(SilentSpeaker())
        return self.made[-1]


def test_nothing_is_made_until_something_is_said_then_once() -> None:
    make = Maker()
    speaker = SpeakerLater(make)
    speaker.stop()  # the window's close, Read aloud's "a reading from elsewhere gives way"
    assert not speaker.is_speaking and speaker.problem is None
    speaker.configure("silent", "slow")  # the household's voice, set when the window is wired
    assert make.made == []
    speaker.say("Good morning, Mary.")
    assert len(make.made) == 1, "made the first time Read aloud is pressed"
    real = make.made[0]
    assert real.spoken == ["Good morning, Mary."] and speaker.is_speaking
    assert (real.voice_id, real.rate) == ("silent", "slow"), "the voice chosen before it was made"
    speaker.configure(None, "fast")
    speaker.stop()
    speaker.say("Again.")
    assert len(make.made) == 1 and real.spoken == ["Good morning, Mary.", "Again."]
    assert (real.voice_id, real.rate, real.stop_calls) == (None, "fast", 1)
    speaker.close()
    assert real.closed


def test_voices_and_saving_make_it_too(tmp_path: Path) -> None:
    make = Maker()
    speaker = SpeakerLater(make)
    assert [voice.id for voice in speaker.voices()] == ["silent"]
    assert speaker.save_to_file("Hello.", tmp_path / "hello.wav").result(timeout=20) == tmp_path / "hello.wav"
    assert len(make.made) == 1 and make.made[0].saved == [("Hello.", tmp_path / "hello.wav")]


def test_a_wrong_speed_is_refused_at_once_as_by_the_real_speaker() -> None:
    make = Maker()
    with pytest.raises(ValueError):
        SpeakerLater(make).configure(None, "very fast")  # type: ignore[arg-type]
    assert make.made == []


def test_closed_before_it_was_ever_used_it_says_nothing_afterwards() -> None:
    make = Maker()
    speaker = SpeakerLater(make)
    speaker.close()
    assert make.made == [], "closing at the end of a day with no reading aloud makes no engine"
    speaker.say("Too late.")
    assert make.made[0].closed and make.made[0].spoken == [], "as a closed real speaker: nothing said"


def test_asked_from_many_threads_at_once_it_is_made_once() -> None:
    make = Maker()
    speaker = SpeakerLater(make)
    start = threading.Barrier(8)

    def say(number: int) -> None:
        start.wait(timeout=20)
        speaker.say(f"Line {number}.")

    threads = [threading.Thread(target=say, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert len(make.made) == 1 and len(make.made[0].spoken) == 8


def test_the_speech_package_imports_no_speaker_until_one_is_asked_for() -> None:
    script = ("import sys, carelink.speech, carelink.speech.later; "
              "late = ('carelink.speech.pyttsx3_speaker', 'carelink.speech.silent', 'subprocess', 'wave'); "
              "print(sorted(m for m in late if m in sys.modules)); "
              "from carelink.speech import Pyttsx3Speaker; print(Pyttsx3Speaker.__name__)")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=True)
    assert result.stdout.split() == ["[]", "Pyttsx3Speaker"]
