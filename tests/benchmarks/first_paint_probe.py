"""One launch for the first-paint benchmark: prints "painted" on stdout the moment Home is first painted in a real
window, then closes the window and lets the program end as it would.

Usage: python tests/benchmarks/first_paint_probe.py carelink DATA_DIR   (``carelink --demo`` on DATA_DIR)
       python tests/benchmarks/first_paint_probe.py bare                (a bare PySide6 window with one label)

Both make the QApplication here, first (CareLink joins a running one), and watch every event with the same
application-wide filter, so what the benchmark compares is what each program does before its first paint.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] not in ("carelink", "bare") or (argv[1] == "carelink") != (len(argv) == 3):
        print("usage: first_paint_probe.py carelink DATA_DIR | bare", file=sys.stderr)
        return 2
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    watched = "HomeScreen" if argv[1] == "carelink" else "QWidget"

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched_object: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint and _within(watched_object, watched):
                self.seen = True
                print("painted", flush=True)
                QTimer.singleShot(0, _close_all)
            return False

    app = QApplication([argv[0]])
    first_paint = FirstPaint()
    app.installEventFilter(first_paint)
    if argv[1] == "bare":
        window = QWidget()
        QVBoxLayout(window).addWidget(QLabel("Hello from a bare PySide6 window"))
        window.resize(1280, 800)
        window.show()
        return app.exec()
    from carelink.cli import main as carelink_main

    code = carelink_main(["--data-dir", argv[2], "--demo", "gui"])
    QCoreApplication.processEvents()
    return code


def _within(widget: object, class_name: str) -> bool:
    """Whether `widget` is (or is inside) a widget of the class named `class_name`."""
    from PySide6.QtWidgets import QWidget

    current = widget if isinstance(widget, QWidget) else None
    while current is not None:
        if type(current).__name__ == class_name:
            return True
        current = current.parentWidget()
    return False


def _close_all() -> None:
    from PySide6.QtWidgets import QApplication

    for window in QApplication.topLevelWidgets():
        if hasattr(window, "kiosk"):
            window.kiosk.allow_close()
        window.close()
    QApplication.quit()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
