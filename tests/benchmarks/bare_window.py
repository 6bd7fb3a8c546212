"""The start-up baseline: a bare PySide6 window with one label, painted to a PNG.

It does the same kind of work as ``carelink --demo screenshot home`` (import PySide6.QtWidgets, create the
application, lay out a 1280x800 window off screen and save it as a PNG), so the start-up benchmark's ratio
measures what CareLink itself adds.

Usage: python tests/benchmarks/bare_window.py OUT.png
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: bare_window.py OUT.png", file=sys.stderr)
        return 2
    out_path = argv[1]

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication([argv[0]])
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Hello from a bare PySide6 window"))
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(1280, 800)
    window.show()
    QCoreApplication.processEvents()
    saved = window.grab().save(out_path, "PNG")
    window.close()
    del window, app
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
