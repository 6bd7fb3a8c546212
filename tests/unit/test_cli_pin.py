"""`carelink pin set` and the command-line first run, as a family admin runs them: a real process, the PIN on
standard input, never printed back."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from carelink.cli_pin import NO_PIN_YET
from tests.helpers import make_household

pytestmark = [pytest.mark.noqt, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def carelink(data_dir: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CARELINK_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "carelink", "--data-dir", str(data_dir), *argv], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False, env=env, cwd=ROOT)


def pin_opens(data_dir: Path, pin: str) -> bool | None:
    """None when no PIN is set; else whether `pin` opens Settings."""
    home = make_household(data_dir)
    try:
        return home.pin.check(pin) if home.pin.is_set() else None
    finally:
        home.close()


def test_pin_set_reads_the_pin_from_standard_input_and_never_prints_it(tmp_path: Path) -> None:
    done = carelink(tmp_path, "pin", "set", stdin="4826\n")
    assert (done.returncode, done.stderr) == (0, "")
    assert "PIN is set" in done.stdout
    assert "4826" not in done.stdout
    assert pin_opens(tmp_path, "4826") is True
    again = carelink(tmp_path, "pin", "set", stdin="1357\n")
    assert again.returncode == 0
    assert pin_opens(tmp_path, "1357") is True


@pytest.mark.parametrize("typed", ["12a4\n", "12345\n", "１２３４\n", "12\n"])
def test_a_bad_pin_is_refused_in_one_plain_line_and_nothing_changes(tmp_path: Path, typed: str) -> None:
    done = carelink(tmp_path, "pin", "set", stdin=typed)
    assert done.returncode == 1
    assert done.stderr == "The PIN must be exactly 4 digits, like 2580.\n"
    assert typed.strip() not in done.stderr + done.stdout, "the PIN is never printed back"
    assert pin_opens(tmp_path, "1234") is None


def test_no_pin_on_standard_input_says_how_to_give_one(tmp_path: Path) -> None:
    done = carelink(tmp_path, "pin", "set", stdin="")
    assert done.returncode == 1
    assert done.stderr.startswith("No PIN was given on standard input.") and done.stderr.count("\n") == 1
    assert pin_opens(tmp_path, "1234") is None


def test_pin_without_an_action_is_bad_usage(tmp_path: Path) -> None:
    assert carelink(tmp_path, "pin").returncode == 2


SETUP = ("setup", "email", "--address", "mary@example.org", "--imap-host", "127.0.0.1", "--smtp-host",
         "127.0.0.1", "--security", "none")


def test_setting_up_email_on_a_household_with_no_pin_says_to_set_one(tmp_path: Path) -> None:
    done = carelink(tmp_path, *SETUP)
    assert done.returncode == 0
    assert NO_PIN_YET in done.stdout
    assert pin_opens(tmp_path, "1234") is None
    carelink(tmp_path, "pin", "set", stdin="2580\n")
    assert NO_PIN_YET not in carelink(tmp_path, *SETUP).stdout, "said only while there is no PIN"


def test_setting_up_email_can_set_the_pin_too(tmp_path: Path) -> None:
    done = carelink(tmp_path, *SETUP, "--pin-stdin", stdin="9173\n")
    assert done.returncode == 0
    assert "PIN is set" in done.stdout and NO_PIN_YET not in done.stdout and "9173" not in done.stdout
    assert pin_opens(tmp_path, "9173") is True


def test_a_bad_pin_while_setting_up_email_saves_nothing(tmp_path: Path) -> None:
    done = carelink(tmp_path, *SETUP, "--pin-stdin", stdin="99\n")
    assert (done.returncode, done.stderr) == (1, "The PIN must be exactly 4 digits, like 2580.\n")
    home = make_household(tmp_path)
    try:
        assert home.email.account() is None and not home.pin.is_set()
    finally:
        home.close()


def test_at_a_terminal_the_pin_is_asked_for_in_the_household_s_language_without_showing_it(tmp_path: Path) -> None:
    """A real terminal (a pseudo-terminal that is the process's own): the prompt is French in a French household,
    the PIN typed after it is not echoed, and it is set."""
    home = make_household(tmp_path)
    home.settings.set("locale", "fr-FR")
    home.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CARELINK_DATA_DIR", None)
    # the child takes the terminal as its own (as a login shell does), so that getpass opens /dev/tty
    own_terminal = ("import fcntl, os, sys, termios; os.setsid(); fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
                    "os.execv(sys.executable, [sys.executable, '-m', 'carelink', *sys.argv[1:]])")
    leader, follower = pty.openpty()
    child = subprocess.Popen([sys.executable, "-c", own_terminal, "--data-dir", str(tmp_path), "pin", "set"],
                             stdin=follower, stdout=follower, stderr=follower, env=env, cwd=ROOT)
    os.close(follower)
    prompt = "Nouveau code PIN (4 chiffres, il ne s'affiche pas) : "
    said = b""
    try:
        said = _read_until(leader, prompt.encode())
        os.write(leader, b"4826\n")
        said += _read_until(leader, b"")
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        os.close(leader)
    text = said.decode()
    assert prompt in text
    assert "4826" not in text, "the PIN is not shown"
    assert "Le code PIN des Réglages est choisi." in text
    assert pin_opens(tmp_path, "4826") is True


def _read_until(fd: int, wanted: bytes, limit_s: float = 60) -> bytes:
    """What the terminal shows until `wanted` (b"": until the program has closed it)."""
    got, deadline = b"", time.monotonic() + limit_s
    while (not wanted or wanted not in got) and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the program closed the terminal
            break
        if not chunk:
            break
        got += chunk
    assert not wanted or wanted in got, got
    return got
