"""Start CareLink when the person signs in: one small adapter per operating system, no Qt.

- Linux and other freedesktop systems: ``XdgAutostart`` writes ``org.carelink.CareLink.desktop`` into
  ``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``), as the XDG Autostart specification says.
- Windows: ``WindowsRunKey`` sets the ``CareLink`` value under
  ``HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` (the same value the installer's
  "Start CareLink when I sign in" task writes, so either can turn it off).
- macOS: ``MacLoginItem`` writes a LaunchAgent, ``~/Library/LaunchAgents/org.carelink.CareLink.plist``, which
  launchd runs at the next sign-in.

``autostart_for_platform()`` picks the right one; ``launch_command()`` is the command that starts this CareLink
(the bundled program when frozen by PyInstaller, else ``python -m carelink``). Every call touches only the
current user's own files or registry, needs no administrator, and may raise ``OSError``.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

APP_ID = "org.carelink.CareLink"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "CareLink"


class Autostart(Protocol):
    """Whether CareLink starts when the person signs in, and the switch to change it."""

    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None:
        """Start ``command`` (a program and its arguments) at every sign-in, replacing any earlier command."""
        ...

    def disable(self) -> None:
        """Stop starting CareLink at sign-in; no error when it was not set up."""
        ...


def launch_command(fullscreen: bool = False, frozen: bool | None = None, data_dir: Path | None = None) -> list[str]:
    """The command that starts this CareLink's window, for ``Autostart.enable``: on the household in `data_dir`
    (at sign-in, no CARELINK_DATA_DIR from a terminal is there to find it)."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    command = [sys.executable] if frozen else [sys.executable, "-m", "carelink"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return [*command, "gui", "--fullscreen"] if fullscreen else command


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


# --- Linux and other freedesktop desktops ----------------------------------------------------------------------

_EXEC_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def desktop_exec(command: Sequence[str]) -> str:
    """A command as a desktop entry's Exec value (Desktop Entry Specification, "The Exec key")."""
    if not command:
        raise ValueError("an autostart command needs a program")
    words = []
    for argument in command:
        if argument and not (set(argument) & _EXEC_RESERVED):
            word = argument
        else:
            quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument)
            word = f'"{quoted}"'
        words.append(word.replace("%", "%%"))
    # The value is then a desktop entry string, whose own escapes double every backslash.
    return " ".join(words).replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The autostart entry's text."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=CareLink\n"
        "Comment=Keep in touch with your family\n"
        f"Exec={desktop_exec(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _entry_values(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    group = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/org.carelink.CareLink.desktop`` (``~/.config`` when the variable is unset)."""

    def __init__(self, config_home: Path | None = None) -> None:
        self._config_home = config_home

    @property
    def path(self) -> Path:
        config_home = self._config_home
        if config_home is None:
            env = os.environ.get("XDG_CONFIG_HOME", "")
            # The specification says a relative value is invalid and must be ignored.
            config_home = Path(env) if env and Path(env).is_absolute() else Path.home() / ".config"
        return config_home / "autostart" / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        try:
            values = _entry_values(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return False
        return (values.get("Hidden", "false").lower() != "true"
                and values.get("X-GNOME-Autostart-enabled", "true").lower() != "false")

    def enable(self, command: Sequence[str]) -> None:
        _write_atomically(self.path, desktop_entry(command).encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- Windows ---------------------------------------------------------------------------------------------------

class WindowsRunKey:
    """The ``CareLink`` value of the current user's Run key. ``registry`` is the ``winreg`` module (imported on
    first use, so this module loads anywhere); tests pass a stand-in."""

    def __init__(self, registry: Any = None, value_name: str = RUN_VALUE) -> None:
        self._registry = registry
        self.value_name = value_name

    def _winreg(self) -> Any:
        if self._registry is None:
            self._registry = importlib.import_module("winreg")
        return self._registry

    def is_enabled(self) -> bool:
        reg = self._winreg()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ) as key:
                value, _kind = reg.QueryValueEx(key, self.value_name)
        except FileNotFoundError:
            return False
        return bool(value)

    def enable(self, command: Sequence[str]) -> None:
        if not command:
            raise ValueError("an autostart command needs a program")
        reg = self._winreg()
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, self.value_name, 0, reg.REG_SZ, subprocess.list2cmdline(list(command)))

    def disable(self) -> None:
        reg = self._winreg()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, self.value_name)
        except FileNotFoundError:
            pass


# --- macOS -----------------------------------------------------------------------------------------------------

def launch_agent(command: Sequence[str]) -> bytes:
    """The LaunchAgent property list that starts ``command`` once at each sign-in, in the person's session."""
    if not command:
        raise ValueError("an autostart command needs a program")
    return plistlib.dumps({
        "Label": APP_ID,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    })


class MacLoginItem:
    """``~/Library/LaunchAgents/org.carelink.CareLink.plist``."""

    def __init__(self, home: Path | None = None) -> None:
        self._home = home

    @property
    def path(self) -> Path:
        return (self._home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def is_enabled(self) -> bool:
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except FileNotFoundError:
            return False
        except (plistlib.InvalidFileException, ValueError):
            return False  # not a plist CareLink wrote
        return (isinstance(agent, dict) and agent.get("Label") == APP_ID and not agent.get("Disabled", False)
                and bool(agent.get("ProgramArguments")))

    def enable(self, command: Sequence[str]) -> None:
        _write_atomically(self.path, launch_agent(command))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def autostart_for_platform(platform: str | None = None) -> Autostart:
    """The adapter for this operating system (or for ``platform``, a ``sys.platform`` value)."""
    platform = platform or sys.platform
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return MacLoginItem()
    return XdgAutostart()


class PretendAutostart:
    """The switch for the demo and practice households: it remembers its state and changes nothing on the computer
    (trying the demo must never make the real CareLink start at sign-in)."""

    def __init__(self) -> None:
        self.command: list[str] | None = None

    def is_enabled(self) -> bool:
        return self.command is not None

    def enable(self, command: Sequence[str]) -> None:
        self.command = list(command)

    def disable(self) -> None:
        self.command = None
