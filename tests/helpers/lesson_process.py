"""CareLink's window in a process of its own, run as `carelink --demo gui --tutorial` runs it (`run_gui`), whose
facilitator starts a lesson for Ann; Ann does its first step. Prints "READY" once that step is saved, then runs
until it is ended: the test ends it with SIGTERM or SIGKILL (tests/ui/test_tutorial_killed.py).

Usage: python -m tests.helpers.lesson_process DATA_DIR LESSON_ID
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    data, lesson_id = Path(argv[1]), argv[2]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from carelink.app import _qt_application, build_household, run_gui
    from carelink.speech import SilentSpeaker
    from carelink.ui.main_window import MainWindow
    from tests.helpers import memory_secrets

    app, _created = _qt_application(needs_screen=True)
    household = build_household(data, demo=True, secrets=memory_secrets())
    said: list[str] = []

    def look() -> None:  # the facilitator and Ann, a little at a time, as the event loop turns
        window = next((shown for shown in app.topLevelWidgets()
                       if isinstance(shown, MainWindow) and shown.household is household), None)
        if window is None or said:
            return
        panel, workshop = window.tutorial.panel, window.tutorial.workshop
        if panel is None or workshop is None:
            return
        if workshop.current is None and not workshop.starting:
            panel.learner.setText("Ann")
            panel.choose(lesson_id)
            panel.start()
        elif workshop.current is not None and workshop.current.run.index == 0:
            run = workshop.current.run
            run.done(run.step.control)  # step 1 done: step 2 on show
        elif any(record.step_reached == 1 for record in household.learners.records()):
            said.append("READY")
            print("READY", flush=True)

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(look)
    timer.start()
    speaker = SilentSpeaker()
    try:
        return run_gui(household, tutorial=True, speaker=speaker)
    finally:
        timer.stop()
        speaker.close()
        household.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
