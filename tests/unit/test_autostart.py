"""Starting CareLink at sign-in: the XDG autostart entry (real files), the macOS LaunchAgent and the Windows Run
key (against a stand-in for winreg), and the command that starts CareLink."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from carelink.autostart import (
    APP_ID,
    RUN_KEY,
    MacLoginItem,
    WindowsRunKey,
    XdgAutostart,
    autostart_for_platform,
    desktop_entry,
    desktop_exec,
    launch_agent,
    launch_command,
)

pytestmark = pytest.mark.noqt

PROGRAM = "/home/mary/.local/share/carelink/carelink"


def _values(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


# --- XDG -------------------------------------------------------------------------------------------------------

def test_enable_writes_the_entry_under_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    autostart = XdgAutostart()
    assert autostart.path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert not autostart.is_enabled()

    autostart.enable([PROGRAM, "gui", "--fullscreen"])

    assert autostart.is_enabled()
    values = _values(autostart.path.read_text(encoding="utf-8"))
    assert values["Type"] == "Application"
    assert values["Name"] == "CareLink"
    assert values["Exec"] == f"{PROGRAM} gui --fullscreen"
    assert values["Icon"] == APP_ID
    assert values["X-GNOME-Autostart-enabled"] == "true"
    assert [p.name for p in autostart.path.parent.iterdir()] == [autostart.path.name]  # no temporary file left


def test_enable_again_replaces_the_command_and_disable_removes_the_entry(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    autostart = XdgAutostart()
    autostart.enable([PROGRAM])
    autostart.enable([PROGRAM, "gui", "--fullscreen"])
    assert _values(autostart.path.read_text(encoding="utf-8"))["Exec"].endswith("--fullscreen")

    autostart.disable()
    assert not autostart.path.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # no error when already off


def test_without_xdg_config_home_it_uses_dot_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert XdgAutostart().path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")  # invalid by the specification: ignored
    assert XdgAutostart().path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"


@pytest.mark.parametrize("text", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_the_desktop_turned_off_counts_as_off(tmp_path: Path, text: str) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable([PROGRAM])
    autostart.path.write_text(autostart.path.read_text(encoding="utf-8").replace(
        "X-GNOME-Autostart-enabled=true", text), encoding="utf-8")
    assert not autostart.is_enabled()


def test_exec_quotes_paths_with_spaces_quotes_dollars_and_percents() -> None:
    command = ["/home/Mary Smith/Care$Link/carelink", 'say "hi"', "100%", "back\\slash"]
    # Exec quoting (\\ before " ` $ \\ inside double quotes, %% for %), then the desktop-entry string escape,
    # which doubles every backslash.
    assert desktop_exec(command) == (
        r'"/home/Mary Smith/Care\\$Link/carelink" "say \\"hi\\"" 100%% "back\\\\slash"')
    assert desktop_exec(["carelink", "gui"]) == "carelink gui"
    with pytest.raises(ValueError):
        desktop_exec([])


def test_the_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (tests/installers checks it is, in CI)")
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(desktop_entry(["/opt/Care Link/carelink", "gui", "--fullscreen"]), encoding="utf-8")
    done = subprocess.run([validator, str(entry)], capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


# --- macOS -----------------------------------------------------------------------------------------------------

def test_the_launch_agent_starts_carelink_at_sign_in(tmp_path: Path) -> None:
    item = MacLoginItem(home=tmp_path)
    assert item.path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert not item.is_enabled()
    command = ["/Applications/CareLink.app/Contents/MacOS/CareLink", "gui", "--fullscreen"]

    item.enable(command)

    agent = plistlib.loads(item.path.read_bytes())
    assert agent == {"Label": APP_ID, "ProgramArguments": command, "RunAtLoad": True,
                     "ProcessType": "Interactive", "LimitLoadToSessionType": "Aqua"}
    assert item.is_enabled()
    item.disable()
    assert not item.is_enabled() and not item.path.exists()
    item.disable()


def test_a_plist_that_is_not_carelinks_counts_as_off(tmp_path: Path) -> None:
    item = MacLoginItem(home=tmp_path)
    item.path.parent.mkdir(parents=True)
    item.path.write_bytes(b"not a plist")
    assert not item.is_enabled()
    item.path.write_bytes(plistlib.dumps({"Label": "com.example.other", "ProgramArguments": ["x"]}))
    assert not item.is_enabled()
    assert plistlib.loads(launch_agent(["x"]))["Label"] == APP_ID


# --- Windows (a stand-in registry) -----------------------------------------------------------------------------

class FakeWinreg:
    """Enough of winreg for WindowsRunKey: keys are dicts of value name -> (data, type)."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 1
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, tuple[Any, int]]] = {}

    class _Key:
        def __init__(self, values: dict[str, tuple[Any, int]]) -> None:
            self.values = values

        def __enter__(self) -> FakeWinreg._Key:
            return self

        def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
            return None

    def OpenKey(self, root: str, path: str, _reserved: int, _access: int) -> FakeWinreg._Key:
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        return self._Key(self.keys[(root, path)])

    def CreateKeyEx(self, root: str, path: str, _reserved: int, _access: int) -> FakeWinreg._Key:
        return self._Key(self.keys.setdefault((root, path), {}))

    def QueryValueEx(self, key: FakeWinreg._Key, name: str) -> tuple[Any, int]:
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name]

    def SetValueEx(self, key: FakeWinreg._Key, name: str, _reserved: int, kind: int, value: Any) -> None:
        key.values[name] = (value, kind)

    def DeleteValue(self, key: FakeWinreg._Key, name: str) -> None:
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_the_run_key_value_holds_the_quoted_command() -> None:
    registry = FakeWinreg()
    run_key = WindowsRunKey(registry)
    assert not run_key.is_enabled()  # no Run key at all
    run_key.disable()

    run_key.enable([r"C:\Program Files\CareLink\CareLink.exe", "gui", "--fullscreen"])

    value, kind = registry.keys[("HKCU", RUN_KEY)]["CareLink"]
    assert value == r'"C:\Program Files\CareLink\CareLink.exe" gui --fullscreen'
    assert kind == FakeWinreg.REG_SZ
    assert run_key.is_enabled()
    run_key.disable()
    assert not run_key.is_enabled()
    assert registry.keys[("HKCU", RUN_KEY)] == {}  # other programs' values would stay


def test_the_installer_task_and_the_adapter_use_the_same_run_value() -> None:
    iss = (Path(__file__).resolve().parents[2] / "installers" / "windows" / "carelink.iss").read_text("utf-8")
    assert f'Subkey: "{RUN_KEY}"' in iss
    assert 'ValueName: "CareLink"' in iss


# --- choosing, and the command -----------------------------------------------------------------------------------

def test_each_platform_gets_its_own_adapter() -> None:
    assert isinstance(autostart_for_platform("linux"), XdgAutostart)
    assert isinstance(autostart_for_platform("freebsd14"), XdgAutostart)
    assert isinstance(autostart_for_platform("darwin"), MacLoginItem)
    assert isinstance(autostart_for_platform("win32"), WindowsRunKey)  # winreg is only imported on first use


def test_the_launch_command_is_the_bundle_when_frozen_else_python_dash_m() -> None:
    assert launch_command(frozen=False) == [sys.executable, "-m", "carelink"]
    assert launch_command(fullscreen=True, frozen=True) == [sys.executable, "gui", "--fullscreen"]


def test_importing_the_module_loads_no_windows_registry() -> None:
    code = "import sys, carelink.autostart; print('winreg' in sys.modules, 'PySide6' in sys.modules)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                          env=env)
    assert done.stdout.split() == ["False", "False"]


def test_the_demo_s_switch_remembers_and_changes_nothing_on_the_computer(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from carelink.autostart import PretendAutostart

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    pretend = PretendAutostart()
    assert not pretend.is_enabled()
    pretend.enable(["carelink", "gui"])
    assert pretend.is_enabled() and pretend.command == ["carelink", "gui"]
    assert not XdgAutostart().is_enabled() and not any(tmp_path.iterdir())
    pretend.disable()
    assert not pretend.is_enabled()
