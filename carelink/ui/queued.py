"""Asking a Qt object to run one of its own slots from the event loop, rather than calling it from Python.

Qt's FFmpeg media player (and its sound effects) wait for their audio thread inside play() and stop(), and that
thread, while it tidies up the last playing, disconnects from objects we made in Python, which needs Python's
interpreter lock. Called from Python, which holds that lock, the window freezes for good (a voice message's Stop
froze the test run in CI). Called by the event loop, the lock is free and the audio thread finishes.
"""

from __future__ import annotations

from PySide6.QtCore import QMetaObject, QObject, Qt


def ask_later(target: QObject, slot: str) -> None:
    """Have the event loop call `target`'s own slot (with no arguments), without Python's lock held."""
    QMetaObject.invokeMethod(target, slot, Qt.ConnectionType.QueuedConnection)
