"""The Qt binding itself must hold up to an app that runs all day: PySide6 6.12.0 drops a reference to True and
None on every signal emit and event-loop turn, and the interpreter aborts after about ten thousand of them (a few
hours of CareLink's timers). Run in a subprocess, since the failure is an abort, not an exception."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    ping = Signal(int)
source = Source()
source.ping.connect(lambda value: None)
before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(20_000):
    source.ping.emit(1)
    app.processEvents()
after = sys.getrefcount(True), sys.getrefcount(None)
print(after[0] - before[0], after[1] - before[1])
"""


def test_signals_and_the_event_loop_do_not_leak_references() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, f"the Qt binding crashed the interpreter: {result.stderr[-500:]}"
    true_drift, none_drift = (int(n) for n in result.stdout.split())
    assert abs(true_drift) < 100 and abs(none_drift) < 100, (true_drift, none_drift)
