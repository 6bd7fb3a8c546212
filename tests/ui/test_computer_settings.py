"""Settings → This computer: starting with the computer (a real XDG autostart file), kiosk mode (full screen, no
window controls, closed only from Settings) and Close CareLink."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from carelink.app import build_window, switch_to_demo
from carelink.autostart import Autostart, XdgAutostart
from carelink.cli import main
from carelink.household import Household
from carelink.speech import SilentSpeaker
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.computer_page import ComputerPage
from carelink.ui.switch import Switch
from tests.helpers import memory_secrets, run_cli

FRAMELESS = Qt.WindowType.FramelessWindowHint


@pytest.fixture
def autostart(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(config_home=tmp_path / "config")


class BrokenAutostart:
    """An adapter whose system refuses every change; `readable=False` makes even asking fail."""

    def __init__(self, readable: bool = True) -> None:
        self.readable = readable

    def is_enabled(self) -> bool:
        if not self.readable:
            raise PermissionError(13, "Permission denied", "/home/mary/.config/autostart")
        return False

    def enable(self, command: Sequence[str]) -> None:
        raise PermissionError(13, "Permission denied", "/home/mary/.config/autostart/org.carelink.CareLink.desktop")

    def disable(self) -> None:
        raise PermissionError(13, "Permission denied", "/home/mary/.config/autostart/org.carelink.CareLink.desktop")


Opener = Callable[[Autostart], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, household: Household, speaker: SilentSpeaker) -> Iterator[Opener]:
    windows: list[MainWindow] = []

    def make(adapter: Autostart) -> MainWindow:
        window = build_window(household, speaker, autostart=adapter)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.runner.busy)
        windows.append(window)
        return window

    yield make
    for window in windows:  # a window left in kiosk mode would refuse pytest-qt's own close
        window.kiosk.close_window()


def open_page(qtbot: QtBot, window: MainWindow) -> ComputerPage:
    window.open_screen("settings", unlocked=True)
    qtbot.mouseClick(window.settings.nav_buttons["computer"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["computer"]
    assert isinstance(page, ComputerPage)
    assert page.isVisible()
    qtbot.waitUntil(lambda: not window.runner.busy)
    return page


def click(qtbot: QtBot, window: MainWindow, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy)


def state(switch: Switch) -> str:
    """What the switch shows, checked against what a screen reader hears (its checked state)."""
    words = {"✓ On (tap to turn off)": "on", "Off (tap to turn on)": "off",
             "Not known (tap to turn on)": "not known"}[switch.text()]
    assert switch.isChecked() == (words == "on")
    return words


def switch(qtbot: QtBot, window: MainWindow, control: Switch, on: bool) -> None:
    """Tap the switch to turn it on (or off): one tap, from the other state."""
    assert control.isChecked() != on
    click(qtbot, window, control)


def exec_line(autostart: XdgAutostart) -> str:
    lines = autostart.path.read_text(encoding="utf-8").splitlines()
    return next(line for line in lines if line.startswith("Exec="))


def test_the_choice_shows_what_the_computer_really_does(qtbot: QtBot, open_window: Opener,
                                                        autostart: XdgAutostart) -> None:
    window = open_window(autostart)
    page = open_page(qtbot, window)
    assert state(page.autostart) == "off"
    assert "Mary" in page.autostart_note.text(), "the demo person's name"

    autostart.enable(["/opt/carelink/carelink"])  # the installer's "Start CareLink when I sign in"
    window.settings.show_page("display")
    page = open_page(qtbot, window)
    assert state(page.autostart) == "on"
    assert page.autostart.accessibleName() == "Start CareLink when the computer starts", "says what, not “On”"
    assert not page.message.isVisible()


def test_turning_it_on_and_off_writes_and_removes_the_autostart_file(qtbot: QtBot, open_window: Opener,
                                                                      autostart: XdgAutostart,
                                                                      household: Household) -> None:
    window = open_window(autostart)
    page = open_page(qtbot, window)

    switch(qtbot, window, page.autostart, True)
    assert autostart.path.is_file()
    assert autostart.is_enabled()
    assert "--fullscreen" not in exec_line(autostart)
    assert f"--data-dir {household.paths.root}" in exec_line(autostart)  # at sign-in, this household opens
    assert state(page.autostart) == "on"

    switch(qtbot, window, page.kiosk, True)  # kiosk mode: the next start opens full screen too
    assert household.settings.kiosk
    assert exec_line(autostart).endswith("gui --fullscreen")

    switch(qtbot, window, page.kiosk, False)
    assert "--fullscreen" not in exec_line(autostart)

    switch(qtbot, window, page.autostart, False)
    assert not autostart.path.exists()
    assert state(page.autostart) == "off"
    assert not page.message.isVisible()


def test_starting_in_kiosk_mode_is_written_with_fullscreen(qtbot: QtBot, open_window: Opener,
                                                           autostart: XdgAutostart, household: Household) -> None:
    window = open_window(autostart)
    page = open_page(qtbot, window)
    switch(qtbot, window, page.kiosk, True)
    assert not autostart.path.exists(), "kiosk mode alone does not make CareLink start with the computer"
    switch(qtbot, window, page.autostart, True)
    assert exec_line(autostart).endswith("gui --fullscreen")


def test_a_refused_change_is_explained_and_the_true_state_shown(qtbot: QtBot, open_window: Opener) -> None:
    window = open_window(BrokenAutostart())
    page = open_page(qtbot, window)
    assert state(page.autostart) == "off"
    switch(qtbot, window, page.autostart, True)
    qtbot.waitUntil(lambda: state(page.autostart) == "off")
    assert page.message.isVisible()
    assert page.message.text() == ("CareLink could not change whether it starts with the computer. "
                                   "Please try again.")
    assert "Errno" not in page.message.text() and "/" not in page.message.text()
    assert page.autostart.isEnabled()
    assert window.current_screen() == "settings"
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window], "no dialog"


def test_a_system_that_cannot_be_asked_is_explained(qtbot: QtBot, open_window: Opener) -> None:
    window = open_window(BrokenAutostart(readable=False))
    page = open_page(qtbot, window)
    assert state(page.autostart) == "not known", "neither on nor off: CareLink cannot tell"
    assert page.autostart.accessibleDescription() == "CareLink cannot tell whether this is on"
    assert page.message.text() == "CareLink could not find out whether it starts with the computer."


def test_kiosk_mode_fills_the_screen_and_refuses_to_close(qtbot: QtBot, open_window: Opener,
                                                          autostart: XdgAutostart, household: Household) -> None:
    window = open_window(autostart)
    page = open_page(qtbot, window)
    assert not window.isFullScreen()

    switch(qtbot, window, page.kiosk, True)
    qtbot.waitUntil(window.isFullScreen)
    assert window.windowFlags() & FRAMELESS, "no window controls"
    assert household.settings.get("display.kiosk") == "on"
    assert not window.close(), "Alt+F4 or the window manager's close is refused"
    assert window.isVisible()

    switch(qtbot, window, page.kiosk, False)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.windowFlags() & FRAMELESS
    assert window.isVisible()
    assert window.size() == QSize(1280, 800)
    assert window.close(), "a normal window closes as usual"


def test_close_carelink_closes_even_in_kiosk_mode(qtbot: QtBot, open_window: Opener,
                                                  autostart: XdgAutostart) -> None:
    window = open_window(autostart)
    page = open_page(qtbot, window)
    switch(qtbot, window, page.kiosk, True)
    qtbot.waitUntil(window.isFullScreen)
    assert page.quit.objectName() == "computer_quit"
    assert page.quit.accessibleName() == "Close CareLink"
    qtbot.mouseClick(page.quit, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_close_carelink_closes_a_normal_window(qtbot: QtBot, open_window: Opener, autostart: XdgAutostart) -> None:
    window = open_window(autostart)
    page = open_page(qtbot, window)
    qtbot.mouseClick(page.quit, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_kiosk_setting_is_on_or_off_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert run_cli([*data, "settings", "get", "display.kiosk"], capsys) == (0, "off\n", "")
    code, _, err = run_cli([*data, "settings", "set", "display.kiosk", "on"], capsys)
    assert (code, err) == (0, "")
    assert run_cli([*data, "settings", "get", "display.kiosk"], capsys) == (0, "on\n", "")
    code, out, err = run_cli([*data, "settings", "set", "display.kiosk", "sometimes"], capsys)
    assert (code, out) == (1, "")
    assert "on or off" in err and err.count("\n") == 1
    assert run_cli([*data, "settings", "get", "display.kiosk"], capsys)[1] == "on\n"


def test_the_gui_starts_in_kiosk_mode_when_the_setting_is_on(qtbot: QtBot, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = ["--data-dir", str(tmp_path), "--demo"]
    assert run_cli([*data, "settings", "set", "display.kiosk", "on"], capsys)[0] == 0
    seen: list[tuple[bool, bool, bool]] = []

    def look_then_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or not all(w.attached for w in windows):  # Home is painted before the household opens
            QTimer.singleShot(100, look_then_close)
            return
        try:
            for window in windows:
                refused = not window.close()
                seen.append((window.isFullScreen(), bool(window.windowFlags() & FRAMELESS), refused))
                window.open_screen("settings", unlocked=True)
                window.settings.show_page("computer")
                window.settings.computer.quit.click()
        finally:
            if any(w.isVisible() for w in windows):  # never leave the test waiting on a window that will not close
                QTimer.singleShot(0, QApplication.quit)

    QTimer.singleShot(300, look_then_close)
    assert main([*data, "gui"]) == 0
    assert seen == [(True, True, True)]


def test_trying_the_demo_replaces_a_kiosk_window_that_was_never_set_up(
        qtbot: QtBot, empty_household: Household, speaker: SilentSpeaker, autostart: XdgAutostart) -> None:
    empty_household.settings.set("display.kiosk", "on")  # set on the command line before the first run
    window = build_window(empty_household, speaker, autostart=autostart)
    qtbot.addWidget(window)
    window.kiosk.enter()  # as app.run_gui does
    qtbot.waitExposed(window)
    assert window.first_run is not None
    qtbot.mouseClick(window.first_run.demo, Qt.MouseButton.LeftButton)
    demo_window = switch_to_demo(window, speaker, secrets=memory_secrets())
    qtbot.addWidget(demo_window)
    try:
        assert demo_window.isVisible() and demo_window.isFullScreen()
        assert not window.isVisible(), "no PIN guards a household never set up: the old window goes"
    finally:
        qtbot.waitUntil(lambda: not demo_window.runner.busy)
        demo_window.household.close()
