"""CareLink's log file, started by every command (and the window) before the household is opened."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path


class _LogFile(logging.handlers.RotatingFileHandler):
    """CareLink's log: readable by its owner only, and quiet when it cannot be written (a full disk is said once,
    in plain words, by the command; a traceback about the log on top of it would only alarm)."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,  # noqa: SIM115
                      opener=lambda path, flags: os.open(path, flags, 0o600))
        assert isinstance(stream, io.TextIOWrapper)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        pass


def start_logging(log_file: Path) -> None:
    handler = _LogFile(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
