"""One background runner: work runs on a thread pool and its result comes back on the GUI thread.

Widgets are never touched from a worker: `run_task(func, on_done)` calls `func()` on a pool thread and then
`on_done(result)` (or `on_error(exception)`) on the GUI thread, skipping it if the owning widget was deleted.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    owner: QObject | None


class _Job(QRunnable):
    def __init__(self, job_id: int, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._id, self._func, self._relay = job_id, func, relay

    def run(self) -> None:
        try:
            result = self._func()
        except BaseException as error:
            self._relay.finished.emit(self._id, None, error)
        else:
            self._relay.finished.emit(self._id, result, None)


class _Relay(QObject):
    """Lives on the GUI thread, so its queued `finished(job_id, result, error)` signal arrives there."""

    finished = Signal(int, object, object)


class BackgroundRunner(QObject):
    """Runs functions on a thread pool. Emits `idle()` when the last pending job has been handed back."""

    idle = Signal()

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._shut = False

    def run_task(self, func: Callable[[], T], on_done: Callable[[T], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None, owner: QObject | None = None) -> None:
        if self._shut:
            log.debug("a task after shut_down() was not run")
            return
        job_id = next(self._ids)
        self._pending[job_id] = _Pending(on_done, on_error, owner)
        self._pool.start(_Job(job_id, func, self._relay))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: object, error: BaseException | None) -> None:
        pending = self._pending.pop(job_id)
        try:
            if self._shut or (pending.owner is not None and not shiboken6.isValid(pending.owner)):
                return
            if error is not None:
                if pending.on_error is not None:
                    pending.on_error(error)
                else:
                    log.error("background task failed", exc_info=error)
            elif pending.on_done is not None:
                pending.on_done(result)
        finally:
            if not self._pending:
                self.idle.emit()

    def shut_down(self, msecs: int = 30_000) -> bool:
        """Finish the jobs running, and hand nothing more back: for a window closing for good, whose household is
        closed next (a result handed back later would open its database again)."""
        self._shut = True
        return self._pool.waitForDone(msecs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is empty (for shutdown and screenshots, never from a click)."""
        return self._pool.waitForDone(msecs)
