"""Read aloud that shows it is reading: the button says "Reading… Stop" while the speaker speaks (pressing it
then stops), and "Read aloud" again when it is done; when the computer has no voice, it says so in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from carelink.speech import Speaker, voices_speaking
from carelink.ui.runner import BackgroundRunner
from carelink.ui.widgets import BigButton, tr

if TYPE_CHECKING:
    from carelink.services.settings import SettingsService

POLL_MS = 200  # how often the button looks whether the speech has ended (the speaker has no Qt signal)


def apply_speech_settings(settings: SettingsService, speaker: Speaker, runner: BackgroundRunner | None = None,
                          owner: QObject | None = None) -> None:
    """Give the speaker the household's chosen voice and speed (at start, and whenever they change). With no
    voice chosen, one that speaks the household's language when it is not English (looked for in the background,
    with `runner`), or the computer's usual voice when none does."""
    chosen = settings.get("speech.voice") or None
    speaker.configure(chosen, settings.speech_rate)
    language = settings.locale.partition("-")[0]
    if chosen or runner is None or language in ("en", ""):  # the computer's usual voice speaks English
        return

    def use(voices: object) -> None:
        if isinstance(voices, list) and voices and not settings.get("speech.voice"):
            speaker.configure(voices[0].id, settings.speech_rate)

    runner.run_task(lambda: voices_speaking(speaker.voices(), language), use, lambda _error: None, owner=owner)


class ReadAloud(QObject):
    """Drives one Read aloud button over the speaker: `press()` reads `words()` or, while reading, stops.
    Holds whether it is `reading`. Emits `problem(str)` when nothing could be heard (no voice, no sound player)."""

    problem = Signal(str)

    def __init__(self, button: BigButton, speaker: Speaker, words: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent or button)
        self._button, self._speaker, self._words = button, speaker, words
        self._idle_text = button.text()
        self.reading = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        button.clicked.connect(self.press)

    def press(self) -> None:
        if self.reading:
            self._speaker.stop()
            self._done()
            return
        text = self._words()
        if not text.strip():
            return
        self._speaker.stop()  # a reading still going from elsewhere gives way to this one
        self._speaker.say(text)
        self.reading = True
        self._button.setText(tr("Reading… Stop"))
        self._timer.start()

    def stop(self) -> None:
        """Stop reading (the screen is left)."""
        if self.reading:
            self._speaker.stop()
            self._done()

    def _look(self) -> None:
        if self._speaker.is_speaking:
            return
        self._done()
        problem = self._speaker.problem
        if problem:
            self.problem.emit(tr(problem))

    def _done(self) -> None:
        self._timer.stop()
        self.reading = False
        self._button.setText(self._idle_text)
