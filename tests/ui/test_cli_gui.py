"""The command line's GUI side: `gui` joins a running QApplication, `screenshot` paints every screen to PNG, and
a computer with no password store still starts and says what to install."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.app import build_household
from carelink.cli import SCREENS, main
from carelink.errors import UserError
from carelink.household import Household
from carelink.secrets import KeyringSecretStore
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.pages import EmailPage
from tests.helpers import make_clock
from tests.ui.conftest import WindowFactory


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("screen", SCREENS)
def test_screenshot_paints_every_screen(qtbot: QtBot, tmp_path: Path, screen: str) -> None:
    out = tmp_path / f"{screen}.png"
    code = main(["--data-dir", str(tmp_path / "data"), "--demo", "screenshot", screen, "--out", str(out),
                 "--size", "1024x700", "--text-size", "200"])
    assert code == 0
    assert png_size(out) == (1024, 700)


def test_screenshot_with_a_bad_size_is_bad_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path), "screenshot", "home", "--out", str(tmp_path / "x.png"),
                 "--size", "huge"])
    assert code == 2
    assert "not a size" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_gui_joins_the_running_application(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[str] = []

    def look_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(w.current_screen() for w in windows)
        for window in windows:
            window.close()

    QTimer.singleShot(300, look_and_close)
    code = main(["--data-dir", str(tmp_path), "--demo", "gui", "--tutorial"])
    assert code == 0
    assert seen == ["tutorial"]


def test_no_password_store_is_explained_and_the_app_still_starts(make_window: WindowFactory, qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    household = build_household(tmp_path / "nokeyring", demo=True, clock=make_clock(),
                                secrets=KeyringSecretStore(keyring.backends.fail.Keyring()))
    try:
        window = make_window(home=household)
        window.open_screen("settings", unlocked=True)
        window.settings.show_page("email")
        page = window.settings.pages["email"]
        assert isinstance(page, EmailPage)
        qtbot.waitUntil(lambda: "gnome-keyring" in page.keyring.text())
    finally:
        household.close()


def _after_open(check: Callable[[MainWindow], None]) -> None:
    """Call `check` with the shown window once its household is opened, then close it."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows or not windows[0].attached:
        QTimer.singleShot(100, lambda: _after_open(check))
        return
    check(windows[0])
    windows[0].close()


def test_a_second_start_paints_home_before_the_household_is_opened(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Home is painted from a first look at the database (its unread count too); the household (services,
    SQLAlchemy, the damage check) is opened just after, and the window carries on with it."""
    data = ["--data-dir", str(tmp_path), "--demo"]
    assert main([*data, "screenshot", "home", "--out", str(tmp_path / "home.png")]) == 0  # the demo is made
    opening: list[tuple[bool, bool, str]] = []

    def build(data_dir: Path, demo: bool, backup_later: bool = False) -> Household:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        opening.append((window.painted, window.attached, window.home.tiles["wall"].text()))
        return build_household(data_dir, demo, backup_later=backup_later)

    seen: list[str] = []
    monkeypatch.setattr("carelink.cli.build_household", build)
    QTimer.singleShot(0, lambda: _after_open(lambda window: seen.append(window.current_screen())))
    assert main([*data, "gui", "--tutorial"]) == 0
    home = build_household(tmp_path, demo=True, clock=make_clock())
    try:
        unread = home.wall.unread_count()
    finally:
        home.close()
    assert unread > 0
    assert opening == [(True, False, f"Messages\n{unread} new")], "painted, with its figures, before opening"
    assert seen == ["tutorial"], "then opened, and on with what was asked for"


def test_a_household_that_cannot_be_opened_after_the_first_paint_is_said(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path), "--demo"]
    assert main([*data, "screenshot", "home", "--out", str(tmp_path / "home.png")]) == 0
    capsys.readouterr()

    def build(data_dir: Path, demo: bool, backup_later: bool = False) -> Household:
        raise UserError("CareLink could not open its data just now.")

    shown: list[str] = []
    monkeypatch.setattr("carelink.cli.build_household", build)
    monkeypatch.setattr("carelink.cli.show_start_problem", shown.append)
    assert main([*data, "gui"]) == 1
    assert capsys.readouterr().err.strip() == "CareLink could not open its data just now."
    assert shown == ["CareLink could not open its data just now."], "in a plain window too"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
