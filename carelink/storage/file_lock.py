"""A lock on a file that one holder at a time can have, across processes (the window and a `carelink sync` run by
cron on the same data folder). It is taken without waiting, and the operating system lets go of it when the holder
closes it or dies (even by kill -9), so a crash never leaves it stuck.

`fcntl.flock` on POSIX, `msvcrt.locking` (one byte) on Windows. The lock file itself stays (it is empty); only the
lock on it comes and goes. Each `acquire` opens the file and `release` closes it, so nothing is held open between
uses (a folder can be deleted on Windows while its household is not sending).
"""

from __future__ import annotations

import errno
import os
import sys
import threading
from pathlib import Path
from types import TracebackType


class FileLock:
    """`acquire()` takes the lock if nobody holds it (True) or says somebody does (False); `release()` lets it go.

    As a context manager: `with lock as ours:` gives acquire()'s answer and releases on leaving if it was taken.
    Not re-entrant: acquiring a lock this object already holds is a programming error (RuntimeError). Two FileLock
    objects on the same path exclude each other even within one process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._guard = threading.Lock()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting. Raises OSError if the lock file cannot be opened or created."""
        with self._guard:
            if self._fd is not None:
                raise RuntimeError(f"{self.path} is already locked by this FileLock")
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                taken = _lock(fd)
            except BaseException:
                os.close(fd)
                raise
            if not taken:
                os.close(fd)
                return False
            self._fd = fd
            return True

    def release(self) -> None:
        """Let the lock go (nothing happens if it is not held). Closing the file lets it go even if unlocking fails."""
        with self._guard:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            try:
                _unlock(fd)
            except OSError:
                pass
            finally:
                os.close(fd)

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    _HELD_ELSEWHERE = {errno.EACCES, errno.EDEADLOCK}

    def _lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in _HELD_ELSEWHERE:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
