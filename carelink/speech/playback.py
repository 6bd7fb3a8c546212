"""Playing eSpeak's rendered speech: which audio player to use, and how long a WAV file lasts.

`Pyttsx3Speaker` runs the player in a child process that `stop()` can end and that is killed if it overruns
the length of the audio (see `carelink.speech.pyttsx3_speaker`).
"""

from __future__ import annotations

import shutil
import wave
from pathlib import Path
from typing import Final

# Audio players tried in order for eSpeak's rendered speech; the WAV file's path is appended.
PLAYERS: Final[tuple[tuple[str, ...], ...]] = (("paplay",), ("pw-play",), ("aplay", "-q"), ("afplay",))


def wav_seconds(path: Path) -> float:
    with open(path, "rb") as raw, wave.open(raw, "rb") as wav:  # see SilentSpeaker.save_to_file
        rate = wav.getframerate()
        return wav.getnframes() / rate if rate else 0.0


def find_player() -> list[str] | None:
    for name, *arguments in PLAYERS:
        found = shutil.which(name)
        if found:
            return [found, *arguments]
    return None

