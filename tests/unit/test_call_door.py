"""The window's door for `carelink call ID`, without Qt: a real local socket in a private folder, knocked on from
another thread the way the command line knocks from another process."""

from __future__ import annotations

import functools
import os
import select
import shutil
import socket
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from carelink.services.call_door import CallDoor, DoorAnswer, door_path, knock

pytestmark = [pytest.mark.noqt,
              pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no local sockets on this system")]


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short private base folder (a socket's path may be at most ~100 characters)."""
    base = Path(tempfile.mkdtemp(prefix="cl-", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    yield base
    shutil.rmtree(base, ignore_errors=True)


def knock_while_taking(door: CallDoor, send: Callable[[], object]) -> object:
    """Knock from another thread while this one answers, as the window's event loop does."""
    result: list[object] = []
    knocker = threading.Thread(target=lambda: result.append(send()))
    knocker.start()
    while knocker.is_alive():
        ready, _, _ = select.select([door.fileno()], [], [], 0.05)
        if ready:
            door.take(answers.append_and_say)
        knocker.join(0.01)
    return result[0]


class _Answers(list[int]):
    busy = False

    def append_and_say(self, contact_id: int) -> bool:
        self.append(contact_id)
        return not self.busy


answers = _Answers()


@pytest.fixture(autouse=True)
def fresh_answers() -> None:
    answers.clear()
    answers.busy = False


def test_a_knock_opens_the_call_in_the_window_of_the_same_household(runtime: Path, tmp_path: Path) -> None:
    door = CallDoor(tmp_path)
    assert door.open()
    try:
        assert knock_while_taking(door, lambda: knock(tmp_path, 3)) is DoorAnswer.OPENED
        assert answers == [3]
        answers.busy = True
        assert knock_while_taking(door, lambda: knock(tmp_path, 4)) is DoorAnswer.BUSY
        assert knock(tmp_path / "another", 3) is DoorAnswer.NO_WINDOW, "another household has no window"
    finally:
        door.close()
    assert knock(tmp_path, 3) is DoorAnswer.NO_WINDOW and door.path is not None and not door.path.exists()


def test_the_door_is_private_to_the_user(runtime: Path, tmp_path: Path) -> None:
    door = CallDoor(tmp_path)
    assert door.open() and door.path is not None
    try:
        assert stat.S_IMODE(door.path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(door.path.lstat().st_mode) == 0o600
        assert door.path.parent.stat().st_uid == os.getuid()
        assert len(str(door.path)) < 100
    finally:
        door.close()


def test_only_a_call_with_a_contact_number_is_understood(runtime: Path, tmp_path: Path) -> None:
    door = CallDoor(tmp_path)
    assert door.open() and door.path is not None
    path = door.path

    def say(line: bytes) -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(5)
            client.connect(str(path))
            client.sendall(line)
            return client.recv(64)

    try:
        for line in (b"CALL https://evil.test/\n", b"OPEN https://evil.test/\n", b"CALL 0\n", b"CALL -1\n",
                     b"CALL 3 https://evil.test\n", b"CALL " + b"9" * 40 + b"\n", b"\xff\xfe\n"):
            assert knock_while_taking(door, functools.partial(say, line)) == b"NO\n", line
        assert answers == [], "the window was never asked"
    finally:
        door.close()


def test_a_folder_others_may_enter_gets_no_door(runtime: Path, tmp_path: Path) -> None:
    path = door_path(tmp_path)
    assert path is not None
    path.parent.mkdir(mode=0o755)
    path.parent.chmod(0o755)
    assert not CallDoor(tmp_path).open()
    assert knock(tmp_path, 3) is DoorAnswer.NO_WINDOW


def test_a_door_left_by_a_window_that_has_gone_is_replaced_and_a_live_one_is_not(runtime: Path,
                                                                                 tmp_path: Path) -> None:
    path = door_path(tmp_path)
    assert path is not None
    path.parent.mkdir(mode=0o700)
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(path))
    left.close()  # the file stays, nobody listens
    assert knock(tmp_path, 3) is DoorAnswer.NO_WINDOW
    first = CallDoor(tmp_path)
    assert first.open()
    second = CallDoor(tmp_path)
    try:
        assert not second.open(), "one window per household has the door"
        assert knock_while_taking(first, lambda: knock(tmp_path, 5)) is DoorAnswer.OPENED
    finally:
        second.close()
        first.close()
