"""SIGTERM (a logout or shutdown, `kill`, a service manager stopping CareLink) closes CareLink as Close does: the
windows close (a lesson on show is written down as stopped at the step reached), the event loop ends, and
run_gui's tidying up runs. Python's own answer to SIGTERM would end the process on the spot, mid-write.

Qt's event loop runs in C++, where Python cannot see a signal; so the signal's number is written to a socket
(`signal.set_wakeup_fd`) that the event loop watches: no timer, nothing wakes CareLink while all is quiet.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QSocketNotifier


@contextlib.contextmanager
def closing_on_terminate(close: Callable[[], None]) -> Iterator[None]:
    """While inside, SIGTERM calls `close()` on the GUI thread (from the event loop). Outside the main thread, or
    where the system has no SIGTERM, nothing changes."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    try:
        previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # (no wakeup here: the default stays)
        reader.close()
        writer.close()
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda _number, _frame: None)  # the event loop answers it, below
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def woken() -> None:
        try:
            numbers = reader.recv(64)
        except OSError:
            return
        if signal.SIGTERM in numbers:
            close()

    notifier.activated.connect(woken)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        notifier.deleteLater()
        signal.signal(signal.SIGTERM, previous)
        signal.set_wakeup_fd(previous_fd)
        reader.close()
        writer.close()
