"""pytest-qt's QtBot with more patience: every wait for a condition, a signal or a window allows 20 s unless the
test says otherwise (pytest-qt's own default is 5 s).

CI runs the suite on a busy 2-core machine, where a worker, a loopback server, a media player or a web page can be
slower than 5 s for a moment; a wait that gives up then is a flaky failure, not a finding. A wait returns as soon
as its condition holds, so the patience costs nothing when all is well, and no test asserts that a wait times out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot, WaitSignalsOrder
from pytestqt.wait_signal import CallbackBlocker, CheckParamsCb, MultiSignalBlocker, SignalBlocker

PATIENCE_MS = 20_000


class PatientQtBot(QtBot):
    """QtBot whose waits default to PATIENCE_MS."""

    def waitUntil(self, callback: Callable[[], bool | None], *, timeout: int = PATIENCE_MS) -> None:
        super().waitUntil(callback, timeout=timeout)

    def waitSignal(self, signal: Any, *, timeout: int = PATIENCE_MS, raising: bool | None = None,
                   check_params_cb: CheckParamsCb | None = None) -> SignalBlocker:
        return super().waitSignal(signal, timeout=timeout, raising=raising, check_params_cb=check_params_cb)

    def waitSignals(self, signals: list[Any], *, timeout: int = PATIENCE_MS, raising: bool | None = None,
                    check_params_cbs: list[CheckParamsCb] | None = None,
                    order: WaitSignalsOrder = "none") -> MultiSignalBlocker:
        return super().waitSignals(signals, timeout=timeout, raising=raising, check_params_cbs=check_params_cbs,
                                   order=order)

    def waitCallback(self, *, timeout: int = PATIENCE_MS, raising: bool | None = None) -> CallbackBlocker:
        return super().waitCallback(timeout=timeout, raising=raising)

    def waitExposed(self, widget: Any, *, timeout: int = PATIENCE_MS) -> Any:
        return super().waitExposed(widget, timeout=timeout)

    def waitActive(self, widget: Any, *, timeout: int = PATIENCE_MS) -> Any:
        return super().waitActive(widget, timeout=timeout)
