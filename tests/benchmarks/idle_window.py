"""A window left alone, for the idle wakeups benchmark: CareLink's real window on a household whose mail server
is a real IMAP server on loopback (so the thread that waits for news holds its IDLE connection), or a bare
PySide6 window. It prints "ready" once shown (and, for CareLink, once the first sync is done and the connection
listens), then runs its event loop until it is killed.

Usage: python tests/benchmarks/idle_window.py bare
       python tests/benchmarks/idle_window.py carelink DATA_DIR IMAP_PORT
"""

from __future__ import annotations

import sys
from pathlib import Path


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication([sys.argv[0]])
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("Hello from a bare PySide6 window"))
    window.resize(1280, 800)
    window.show()
    print("ready", flush=True)
    return app.exec()


def carelink(data_dir: Path, imap_port: int) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from carelink.app import build_household, build_window
    from carelink.autostart import PretendAutostart
    from carelink.channels.email.account import make_account
    from carelink.speech.silent import SilentSpeaker
    from tests.helpers import memory_secrets
    from tests.helpers.mail_servers import LOOPBACK, PASSWORD, USER, free_port

    app = QApplication([sys.argv[0]])
    household = build_household(data_dir, demo=False, secrets=memory_secrets())
    household.settings.set("person.name", "Mary")
    household.email.save(make_account(USER, LOOPBACK, LOOPBACK, "none", imap_port, free_port()), PASSWORD)
    household.contacts.add("Sarah Jones", "sarah@example.org")
    window = build_window(household, SilentSpeaker(), autostart=PretendAutostart())
    window.resize(1280, 800)
    window.show()

    def ready() -> None:
        if window.mail_watch.syncing or window.runner.busy or not window.mail_watch.listening:
            QTimer.singleShot(200, ready)
            return
        print("ready", flush=True)

    ready()
    return app.exec()


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        sys.exit(bare())
    sys.exit(carelink(Path(sys.argv[2]), int(sys.argv[3])))
