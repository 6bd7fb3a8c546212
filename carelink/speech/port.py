"""The speech port: what a `Speaker` does, the words it uses, and the checks every speaker shares."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal, Protocol, get_args

from carelink.errors import UserError
from carelink.translation import sentence

Rate = Literal["slow", "normal", "fast"]

# Gentler than eSpeak's default of 200 words per minute: many listeners are older and hard of hearing.
WORDS_PER_MINUTE: Final[Mapping[Rate, int]] = {"slow": 130, "normal": 165, "fast": 200}

NOT_AVAILABLE_MESSAGE: Final = sentence(
    "Reading aloud is not available on this computer. "
    "Ask your family to install a speech voice (on Linux: the espeak-ng package)."
)
NOT_ANSWERING_MESSAGE: Final = sentence("Reading aloud is not answering just now. Please try again in a moment.")
NO_SOUND_MESSAGE: Final = sentence("Reading aloud did not work this time. Please try again.")
NO_PLAYER_MESSAGE: Final = sentence(
    "This computer cannot play sound, so nothing can be read aloud. "
    "Ask your family to install a sound player (on Linux: the alsa-utils package)."
)


@dataclass(frozen=True)
class Voice:
    """One installed speech voice: the id to pass to `Speaker.configure`, a readable name, language codes."""

    id: str
    name: str
    languages: tuple[str, ...]


def speaks(voice: Voice, language: str) -> bool:
    """True when the voice speaks `language` ("cy"; any country's: "en" matches "en-gb" and "en-us")."""
    wanted = language.lower()
    return any(code.lower().replace("_", "-").partition("-")[0] == wanted for code in voice.languages)


def voices_speaking(voices: list[Voice], language: str) -> list[Voice]:
    """The voices that speak `language`, in the engine's order (its best first)."""
    return [voice for voice in voices if speaks(voice, language)]


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

    @property
    def is_speaking(self) -> bool:
        """True from `say` until everything said has been heard (or stopped): a screen shows "Reading… Stop"."""
        ...

    @property
    def problem(self) -> str | None:
        """Why nothing could be heard, in plain words for the person (no speech voice, no audio player), once a
        `say` found out; None while speech works (or before it was tried)."""
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


# Checks and helpers shared by the speakers in this package.


def check_rate(rate: str) -> None:
    if rate not in get_args(Rate):
        raise ValueError(f"rate must be one of {get_args(Rate)}, not {rate!r}")


def check_text(text: str) -> None:
    if not text.strip():
        raise ValueError("there is no text to turn into speech")


def failed_future(error: BaseException) -> concurrent.futures.Future[Path]:
    future: concurrent.futures.Future[Path] = concurrent.futures.Future()
    future.set_exception(error)
    return future

