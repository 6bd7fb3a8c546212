"""The QApplication CareLink makes (or joins) and the plain window for a problem that stopped CareLink's own
window from opening. Used by the composition root (carelink/app.py); Qt is imported only when they are called, so
the admin commands never load it."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from carelink.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def _send_qt_messages_to_the_log() -> None:
    """Qt's own warnings go to CareLink's log file, not to the terminal of someone running a command.

    Only when CareLink creates the QApplication itself: under pytest-qt, Qt warnings must reach the test.
    """
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def share_gl_contexts() -> None:
    """Qt WebEngine (the call window, loaded only when a call starts) needs this before the QApplication exists."""
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def _qt_application(needs_screen: bool) -> tuple[QApplication, bool]:
    """The running QApplication (so tests can drive the GUI in-process), or a new one."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing, False
    no_screen = sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_screen and needs_screen:
        raise UserError("CareLink needs a screen to show its window, and this session has none. Start it from the "
                        "desktop (or use 'carelink screenshot' to save a picture instead).")
    if no_screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot on a machine with no screen
    _send_qt_messages_to_the_log()
    share_gl_contexts()
    app = QApplication([sys.argv[0] if sys.argv else "carelink"])
    app.setApplicationName("CareLink")
    app.setApplicationDisplayName("CareLink")
    app.setDesktopFileName("org.carelink.CareLink")  # so docks match the window to the installed menu entry
    return app, True


def show_start_problem(message: str) -> None:
    """What stopped CareLink's window from opening (a full disk, say), in a plain window with one OK button, in large
    text. Nothing is shown when there is no screen (the command line has said it already)."""
    try:
        _app, _created = _qt_application(needs_screen=True)
    except UserError:
        return
    from carelink.ui.problem_box import plain_box

    plain_box(message).exec()
