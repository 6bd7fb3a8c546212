"""Real recordings made with Qt's own FFmpeg (QMediaRecorder fed by QAudioBufferInput and QVideoFrameInput), for
tests that need an M4A voice note or an MP4 clip where no ffmpeg program is installed."""

from __future__ import annotations

import math
import struct
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QColor, QImage


def record(path: Path, seconds: float, video: bool) -> bytes:
    """An MPEG-4 file at `path` (AAC audio, and MPEG-4 video when `video`), `seconds` long; its bytes."""
    from PySide6.QtMultimedia import (
        QAudioBuffer,
        QAudioBufferInput,
        QAudioFormat,
        QMediaCaptureSession,
        QMediaFormat,
        QMediaRecorder,
        QVideoFrame,
        QVideoFrameInput,
    )

    session = QMediaCaptureSession()
    audio_in = QAudioBufferInput()
    session.setAudioBufferInput(audio_in)
    video_in = QVideoFrameInput() if video else None
    if video_in is not None:
        session.setVideoFrameInput(video_in)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    media.setAudioCodec(QMediaFormat.AudioCodec.AAC)
    recorder.setMediaFormat(media)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    sound = QAudioFormat()
    sound.setSampleRate(16000)
    sound.setChannelCount(1)
    sound.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    steps = round(seconds * 10)  # a tenth of a second each
    sent = {"audio": 0, "video": 0 if video else steps}

    def send_audio() -> None:
        while sent["audio"] < steps:
            start = sent["audio"] * 1600
            data = b"".join(struct.pack("<h", int(4000 * math.sin((start + i) / 8))) for i in range(1600))
            if not audio_in.sendAudioBuffer(QAudioBuffer(data, sound, sent["audio"] * 100_000)):
                return
            sent["audio"] += 1

    def send_video() -> None:
        while video_in is not None and sent["video"] < steps:
            image = QImage(160, 120, QImage.Format.Format_RGB32)
            image.fill(QColor.fromHsv(sent["video"] * 9 % 360, 160, 220))
            frame = QVideoFrame(image)
            frame.setStreamFrameRate(10.0)  # ten frames a second (else the recorder warns and guesses)
            frame.setStartTime(sent["video"] * 100_000)
            frame.setEndTime((sent["video"] + 1) * 100_000)
            if not video_in.sendVideoFrame(frame):
                return
            sent["video"] += 1

    audio_in.readyToSendAudioBuffer.connect(send_audio)
    if video_in is not None:
        video_in.readyToSendVideoFrame.connect(send_video)
    recorder.record()
    _turn_until(lambda: sent["audio"] >= steps and sent["video"] >= steps)
    recorder.stop()
    _turn_until(lambda: recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState)
    return path.read_bytes()


def _turn_until(done: Callable[[], bool], limit_s: float = 30.0) -> None:
    deadline = time.monotonic() + limit_s
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    if not done():
        raise TimeoutError("Qt's recorder did not finish")
