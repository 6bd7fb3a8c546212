"""CareLink in a real X window (its own Xvfb), on its own D-Bus session with the AT-SPI bus, read by a screen reader.

The `desktop` fixture starts all of it and the demo household's window (`fresh_desktop`: a household never set
up); `desktop.read(steps)` runs
tests/accessibility/reader.py (python3-pyatspi, under the system python3) against it and returns what it read.
Skips only when Xvfb cannot run here; anything else missing is a failure that says what to install.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
READER = Path(__file__).with_name("reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
SETUP_HINT = "run ./scripts/setup.sh --test (xvfb, xdotool, at-spi2-core, python3-pyatspi)"
BUS_LAUNCHER = next((path for path in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
                     if Path(path).exists()), "")


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()


def _start_xvfb(started: list[subprocess.Popen[Any]]) -> str:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed, so no real window can be shown here; " + SETUP_HINT)
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started.append(xvfb)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()  # Xvfb picks a free display and writes its number here
    if not number:
        pytest.skip("Xvfb could not start here (no free display or no permission), so no real window can be shown")
    return f":{number}"


def _start_session_bus(started: list[subprocess.Popen[Any]]) -> str:
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    started.append(bus)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    assert address, "dbus-daemon gave no session bus address"
    return address


@dataclass
class Desktop:
    """The running app and the environment a reader needs to reach it."""

    env: dict[str, str]
    app: subprocess.Popen[Any]
    log: Path

    def read(self, steps: list[dict[str, Any]], timeout: float = 150) -> dict[str, Any]:
        """Runs the reader with these steps; fails if it fails or CareLink is no longer running afterwards."""
        done = subprocess.run([SYSTEM_PYTHON, str(READER), json.dumps(steps)], env=self.env, capture_output=True,
                              text=True, timeout=timeout)
        time.sleep(0.5)
        assert self.app.poll() is None, (f"CareLink died (exit {self.app.returncode}) while a screen reader read it:\n"
                                         + self.log.read_text()[-3000:])
        assert done.returncode == 0, f"the reader failed: {done.stderr[-3000:]}"
        result: dict[str, Any] = json.loads(done.stdout)
        return result


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    """The demo household's window."""
    with _desktop(tmp_path, demo=True) as running:
        yield running


@pytest.fixture
def fresh_desktop(tmp_path: Path) -> Iterator[Desktop]:
    """The window of a household never set up: the first-run steps."""
    with _desktop(tmp_path, demo=False) as running:
        yield running


@contextmanager
def _desktop(tmp_path: Path, demo: bool) -> Iterator[Desktop]:
    started: list[subprocess.Popen[Any]] = []
    log_file: IO[str] | None = None
    try:
        display = _start_xvfb(started)
        missing = [tool for tool in ("xdotool", "dbus-daemon") if shutil.which(tool) is None]
        assert not missing and BUS_LAUNCHER, f"{', '.join(missing) or 'at-spi-bus-launcher'} is missing: {SETUP_HINT}"
        pyatspi = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
        assert pyatspi.returncode == 0, f"{SYSTEM_PYTHON} cannot import pyatspi: {SETUP_HINT}"
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        env = {key: value for key, value in os.environ.items()
               if key not in ("QT_QPA_PLATFORM", "CARELINK_REQUIRE_KEYRING", "PYTEST_CURRENT_TEST")}
        # A practice call's moving picture keeps still, as it does for anyone whose computer asks for less motion:
        # drawn without a graphics card on a shared machine, it kept the window too busy to answer a reader.
        flags = (env.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " --force-prefers-reduced-motion").strip()
        env.update(DISPLAY=display, XDG_RUNTIME_DIR=str(runtime), PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="xcb",
                   QTWEBENGINE_CHROMIUM_FLAGS=flags,
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0")
        env["DBUS_SESSION_BUS_ADDRESS"] = _start_session_bus(started)
        started.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        log = tmp_path / "carelink.log"
        log_file = log.open("w")
        app = subprocess.Popen([sys.executable, "-X", "faulthandler", "-m", "carelink", *(["--demo"] if demo else []),
                                "--data-dir", str(tmp_path / "data")], env=env, stdout=log_file,
                               stderr=subprocess.STDOUT, cwd=ROOT)
        started.append(app)
        yield Desktop(env, app, log)
    finally:
        for process in reversed(started):
            _stop(process)
        if log_file is not None:
            log_file.close()
