"""A voice message or a video clip on the card: what it is and how long in words ("A voice message from Emma,
half a minute"), one huge Play/Stop (in the card's row of buttons, never scrolled away), and a plain line when
this computer cannot play it.

QtMultimedia is imported when the first player is made, not at start-up. Where the computer has no speaker (or
none is found) Qt plays the recording silently to its end; the button still follows what the player does.
Play and Stop are asked of the player through the event loop, never called straight from Python: see
carelink/ui/queued.py for the freeze that prevents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Q_ARG, QMetaObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from carelink.services.attachments import WallAttachment
from carelink.ui.queued import ask_later
from carelink.ui.theme import GAP_PX
from carelink.ui.wall.attachment_words import heading
from carelink.ui.wall.words_view import ControlRow
from carelink.ui.widgets import BigButton, label, tr

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer

VIDEO_SMALLEST = 240  # a clip is never shown smaller than this tall
PLAY_TALLEST = 96  # Play/Stop is the one thing to press on a recording: bigger than the usual 64 px


class MediaPlayerView(QFrame):
    """One recording: holds its QMediaPlayer, QAudioOutput (at the read-aloud volume) and, for a clip, its
    QVideoWidget. `state` is "loading", "ready", "playing" or "cannot_play". Emits `state_changed(state)` and
    `length_known(seconds)` when the player finds a length the mail did not state."""

    state_changed = Signal(str)
    length_known = Signal(float)

    def __init__(self, attachment: WallAttachment, name: str, volume: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self.attachment, self._name = attachment, name
        self.seconds = attachment.seconds
        self.state = "loading"
        self.setObjectName("wall_media")
        self.setProperty("role", "card")
        column = QVBoxLayout(self)
        column.setContentsMargins(GAP_PX, GAP_PX, GAP_PX, GAP_PX)
        column.setSpacing(GAP_PX)
        self.heading = label(heading(attachment, name, self.seconds))
        self.heading.setObjectName("wall_media_heading")
        column.addWidget(self.heading)
        self.video: QWidget | None = None
        self._player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        self._audio.setVolume(max(0.0, min(1.0, volume)))
        self._player.setAudioOutput(self._audio)
        if attachment.kind == "video":
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = QVideoWidget()
            self.video.setObjectName("wall_video")
            self.video.setMinimumHeight(VIDEO_SMALLEST)
            self.video.setAccessibleName(heading(attachment, name, None))
            column.addWidget(self.video)
            self._player.setVideoOutput(self.video)
        # Play/Stop in the card's row of buttons (`controls`), under its words: in sight as the card opens.
        self.controls = ControlRow(self._shorten)
        self.button = BigButton(self._play_words())
        self.button.setObjectName("wall_play")
        self.button.setEnabled(False)
        self.button.clicked.connect(self.toggle)
        self.button.setMinimumHeight(PLAY_TALLEST)
        self.button.text_label().setWordWrap(False)  # on one line: the short form ("▶  Play") where room is short
        self.controls.row.addWidget(self.button)
        self.problem = label("", "big")
        self.problem.setObjectName("wall_media_problem")
        self.problem.setVisible(False)
        column.addWidget(self.problem)
        self._player.errorOccurred.connect(lambda _error, _words: self._cannot_play())
        self._player.mediaStatusChanged.connect(self._status)
        self._player.playbackStateChanged.connect(self._playback)
        self._player.durationChanged.connect(self._duration)
        if attachment.path is None or not attachment.path.is_file():
            self._cannot_play()
        else:
            # Queued like Play and Stop: opening the file starts the player's threads (carelink/ui/queued.py).
            QMetaObject.invokeMethod(self._player, "setSource", Qt.ConnectionType.QueuedConnection,
                                     Q_ARG(QUrl, QUrl.fromLocalFile(str(attachment.path))))

    def _play_words(self) -> str:
        if self.controls.compact:  # little room on the card: the words a button needs, its name says the rest
            return tr("▶  Play")
        return tr("▶  Play the voice message") if self.attachment.kind == "audio" else tr("▶  Play the video")

    def _shorten(self, _compact: bool) -> None:
        self._label_button()

    def player(self) -> QMediaPlayer:
        return self._player

    def toggle(self) -> None:
        """Play from the start, or stop. The button changes when the player says it has (`state_changed`)."""
        if self.state == "playing":
            self.stop()
        elif self.state == "ready":
            # (queued too, so it comes before the play)
            QMetaObject.invokeMethod(self._player, "setPosition", Qt.ConnectionType.QueuedConnection,
                                     Q_ARG("qint64", 0))
            ask_later(self._player, "play")

    def stop(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self._player.playbackState() != QMediaPlayer.PlaybackState.StoppedState:
            ask_later(self._player, "stop")

    def set_volume(self, volume: float) -> None:
        self._audio.setVolume(max(0.0, min(1.0, volume)))

    def _status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._cannot_play()
        elif status == QMediaPlayer.MediaStatus.LoadedMedia and self.state == "loading":
            self._set_state("ready")

    def _playback(self, playback: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self.state == "cannot_play":
            return
        self._set_state("playing" if playback == QMediaPlayer.PlaybackState.PlayingState else "ready")

    def _duration(self, milliseconds: int) -> None:
        if milliseconds > 0 and self.seconds is None:
            self.seconds = milliseconds / 1000
            self.heading.setText(heading(self.attachment, self._name, self.seconds))
            self.length_known.emit(self.seconds)

    def _cannot_play(self) -> None:
        if self.state == "cannot_play":
            return
        ask_later(self._player, "stop")
        words = (tr("This voice message can't be played on this computer.") if self.attachment.kind == "audio"
                 else tr("This video can't be played on this computer."))
        self.problem.setText(words + " " + tr("Ask the family to help."))
        self.problem.setVisible(True)
        if self.video is not None:
            self.video.setVisible(False)
        self._set_state("cannot_play")

    def _set_state(self, state: str) -> None:
        self.state = state
        self.button.setEnabled(state in ("ready", "playing"))
        self.button.setVisible(state != "cannot_play")
        self._label_button()
        self.state_changed.emit(state)

    def _label_button(self) -> None:
        playing = self.state == "playing"
        self.button.setText(tr("■  Stop") if playing else self._play_words())
        # Read by a screen reader without the drawn symbols, and saying whose recording it is.
        self.button.setAccessibleName(tr("Stop") if playing else heading(self.attachment, self._name, None)
                                      + ". " + tr("Play"))
