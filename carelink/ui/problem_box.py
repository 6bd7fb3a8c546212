"""A plain message in a window of its own, in large text with one big OK: for a problem that has no screen of its
own to be said on (a full disk at start, or one that a control met on the GUI thread)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from carelink.storage.faults import storage_fault
from carelink.ui.widgets import error_words, tr

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def plain_box(message: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, "CareLink", message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("problem_box")
    font = box.font()
    font.setPointSize(20)
    box.setFont(font)
    box.setAccessibleName(tr("CareLink has a problem"))
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 560px; } "
                      "QPushButton { min-width: 160px; min-height: 64px; font-size: 20pt; }")
    return box


class DiskFaultHook:
    """A sys.excepthook for the running window: a full disk (or another disk fault) that reaches the event loop
    from a control (a setting changed, say) is said in a plain box over the window, one box at a time, instead of
    a traceback nobody sees. Everything else goes on to the hook that was there before."""

    def __init__(self, previous: ExceptHook, window: Callable[[], QWidget | None]) -> None:
        self._previous, self._window = previous, window
        self.box: QMessageBox | None = None

    def __call__(self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
        fault = storage_fault(error) if isinstance(error, Exception) else None
        if fault is None:
            self._previous(kind, error, traceback)
            return
        log.warning("a disk fault reached the window: %r", error)
        if self.box is not None and self.box.isVisible():
            return
        self.box = plain_box(error_words(fault), self._window())
        self.box.open()
