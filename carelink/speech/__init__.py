"""Text-to-speech: the `Speaker` port, the pyttsx3 adapter and a silent fake for tests.

Nothing here imports Qt (an import-linter contract forbids it); the UI calls a speaker through its background
runner, and `Speaker.say` never blocks, so it may also be called straight from the GUI thread.

The package is split by purpose: `port` (the `Speaker` protocol, `Voice`, `Rate`, speeds and messages),
`silent` (the fake), and the pyttsx3 adapter: `pyttsx3_speaker` (the speaker and its worker thread, and how
it keeps pyttsx3 and eSpeak safe), `engine` (the engine session on that thread), `jobs` (what the worker is
asked to do) and `playback` (the audio player for eSpeak's rendered speech). Import from `carelink.speech`.

Never fork after speech has run: a forked child inherits eSpeak's state and the worker's locks but not the
worker thread, and hangs or crashes the first time it speaks. The application must use the "spawn" start
method for multiprocessing (``multiprocessing.set_start_method("spawn")`` in the composition root).
`subprocess`, which replaces the child with a new program straight away, is safe.

The two speakers are imported the first time they are asked for (`carelink.speech.Pyttsx3Speaker`), not with the
package: the port is all that Home's first paint needs, and the pyttsx3 adapter brings subprocess, queue, wave and
tempfile with it.
"""

from typing import TYPE_CHECKING

from carelink.speech.port import (
    NO_PLAYER_MESSAGE,
    NO_SOUND_MESSAGE,
    NOT_ANSWERING_MESSAGE,
    NOT_AVAILABLE_MESSAGE,
    WORDS_PER_MINUTE,
    Rate,
    Speaker,
    SpeechUnavailable,
    Voice,
    speaks,
    voices_speaking,
)

if TYPE_CHECKING:
    from carelink.speech.pyttsx3_speaker import Pyttsx3Speaker
    from carelink.speech.silent import SilentSpeaker

__all__ = [
    "NOT_ANSWERING_MESSAGE",
    "NOT_AVAILABLE_MESSAGE",
    "NO_PLAYER_MESSAGE",
    "NO_SOUND_MESSAGE",
    "WORDS_PER_MINUTE",
    "Pyttsx3Speaker",
    "Rate",
    "SilentSpeaker",
    "Speaker",
    "SpeechUnavailable",
    "Voice",
    "speaks",
    "voices_speaking",
]


def __getattr__(name: str) -> object:
    """The speakers, imported when first asked for (see the module docstring)."""
    if name == "Pyttsx3Speaker":
        from carelink.speech.pyttsx3_speaker import Pyttsx3Speaker

        return Pyttsx3Speaker
    if name == "SilentSpeaker":
        from carelink.speech.silent import SilentSpeaker

        return SilentSpeaker
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
