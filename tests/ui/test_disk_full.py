"""A disk that fills while the window is open: the window stays, says plainly that the computer is out of space,
keeps what the person chose, and works again once there is space (a real tmpfs, filled; needs root as in CI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from carelink.app import build_window
from carelink.channels.sandbox import SandboxMailbox, SandboxTransport
from carelink.household import Household
from carelink.speech import SilentSpeaker
from carelink.ui.main_window import MainWindow
from carelink.ui.problem_box import DiskFaultHook
from tests.helpers import make_household, run_cli
from tests.helpers.disk import fill, tmpfs
from tests.helpers.fakes import family_mail


class FullDisk:
    """A demo household on a small tmpfs (`data`), and its window once asked for. The window is this fixture's
    own, not qtbot's: it is gone (deleted, its timers with it) before the tmpfs is unmounted."""

    def __init__(self, qtbot: QtBot, household: Household, data: Path) -> None:
        self.qtbot, self.household, self.data = qtbot, household, data
        self.speaker = SilentSpeaker()
        self.shown: MainWindow | None = None

    def window(self) -> MainWindow:
        if self.shown is None:
            self.shown = build_window(self.household, self.speaker)
            self.shown.resize(1280, 800)
            self.shown.show()
            self.qtbot.waitExposed(self.shown)
            self.qtbot.waitUntil(lambda: self.shown is not None and not self.shown.runner.busy)
        return self.shown

    def close(self) -> None:
        window, self.shown = self.shown, None
        if window is not None:
            window.mail_watch.stop()
            for _ in range(50):  # results on their way are delivered while the data is still there
                window.runner.wait()
                QApplication.processEvents()
                if not window.runner.busy:
                    break
            window.close()
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.speaker.close()
        self.household.close()


@pytest.fixture
def full(qtbot: QtBot, tmp_path: Path) -> Iterator[FullDisk]:
    with tmpfs(tmp_path / "data", "3m") as data:
        disk = FullDisk(qtbot, make_household(data, demo=True), data)
        try:
            yield disk
        finally:
            disk.close()


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_concern_on_a_full_disk_is_said_plainly_and_sent_once_there_is_space(
        qtbot: QtBot, full: FullDisk) -> None:
    household, data, window = full.household, full.data, full.window()
    before = len(household.concerns.list())
    _click(qtbot, window.home.tiles["concern"])
    concern = window.concern
    _click(qtbot, concern.choices.buttons["unwell"])
    _click(qtbot, concern.words_next)
    _click(qtbot, concern.call_back.buttons["no"])
    filler = fill(data)

    _click(qtbot, concern.send)
    qtbot.waitUntil(lambda: concern.problem.isVisible())
    assert "out of space" in concern.problem.text()
    assert concern.step() == "send" and concern.send.isEnabled(), "still there to send again"
    assert window.isVisible()

    filler.unlink()
    _click(qtbot, concern.send)
    qtbot.waitUntil(lambda: concern.step() == "sent")
    assert len(household.concerns.list()) == before + 1


def test_an_i_am_ok_on_a_full_disk_is_said_plainly(qtbot: QtBot, full: FullDisk) -> None:
    data, window = full.data, full.window()
    window.open_screen("checkin")
    checkin = window.checkin
    filler = fill(data)
    _click(qtbot, checkin.button)
    qtbot.waitUntil(lambda: not checkin.busy)
    assert "out of space" in checkin.words.text()
    assert window.isVisible()
    filler.unlink()


def test_mail_that_could_not_be_saved_is_said_on_home_and_comes_once_there_is_space(
        qtbot: QtBot, full: FullDisk) -> None:
    household, data = full.household, full.data
    transport = household.transport
    assert isinstance(transport, SandboxTransport)
    transport.incoming = SandboxMailbox()  # the demo's family, writing in
    window = full.window()
    window.show_notice("A notice from start-up")
    sender = household.contacts.list()[0].email
    transport.incoming.add(family_mail(sender, "A photo of the garden", photo=True))
    filler = fill(data)

    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: "out of space" in window.home.notice.text())
    assert window.home.notice.isVisible() and window.isVisible()
    assert not any(m.text == "A photo of the garden" for m in household.wall.messages())
    syncs: list[object] = []
    window.mail_watch.synced.connect(syncs.append)
    qtbot.wait(3000)  # the unsaved news is still waiting on the server: no sync after sync meanwhile
    assert len(syncs) <= 1

    filler.unlink()
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: window.home.notice.text() == "A notice from start-up")
    [card] = [m for m in household.wall.messages() if m.text == "A photo of the garden"]
    assert len(card.photos) == 1 and card.photos[0].stat().st_size > 0


def test_a_window_that_cannot_open_on_a_full_disk_says_why_on_screen(tmp_path: Path, qtbot: QtBot,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    with tmpfs(tmp_path / "data", "2m") as data:
        make_household(data).close()
        filler = fill(data)
        seen: list[str] = []

        def read_and_close() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(50, read_and_close)
                return
            seen.append(box.text())
            box.accept()

        QTimer.singleShot(50, read_and_close)
        code, _out, err = run_cli(["--data-dir", str(data), "gui"], capsys)
        filler.unlink()
    assert code == 1
    assert len(seen) == 1 and "out of space" in seen[0]
    assert "out of space" in err


def test_a_disk_fault_from_a_control_is_said_in_a_plain_box_over_the_window(
        qtbot: QtBot, full: FullDisk) -> None:
    household, data, window = full.household, full.data, full.window()
    passed_on: list[BaseException] = []
    hook = DiskFaultHook(lambda _kind, error, _tb: passed_on.append(error), lambda: window)
    filler = fill(data)
    try:
        household.settings.set("display.text_size", "150")  # as the Settings page does, on the GUI thread
    except Exception as error:  # what the event loop would hand to sys.excepthook
        hook(type(error), error, error.__traceback__)
        hook(type(error), error, error.__traceback__)  # again: still one box
    filler.unlink()
    assert hook.box is not None and hook.box.isVisible() and hook.box.parent() is window
    assert "out of space" in hook.box.text()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()] == [hook.box]
    hook.box.accept()
    bug = ValueError("a programming error")
    hook(ValueError, bug, None)
    assert passed_on == [bug], "anything else goes on to the hook that was there"
