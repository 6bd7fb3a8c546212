"""The window's door for `carelink call ID`, without Qt, by both ways a knock can travel: a real local socket in a
private folder (Linux, macOS) and a real loopback TCP port with a token in a 0600 file in the data folder (Windows;
tested here on Linux), knocked on from another thread the way the command line knocks from another process."""

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

from carelink.services.call_door import CallDoor, DoorAnswer, DoorTransport, knock
from carelink.services.call_door_transports import DOOR_FILE, LocalSocketTransport, LoopbackTransport

pytestmark = pytest.mark.noqt
local_sockets = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no local sockets on this system")
TRANSPORTS = [pytest.param(LocalSocketTransport, id="local-socket", marks=local_sockets),
              pytest.param(LoopbackTransport, id="loopback")]
Way = Callable[[Path], DoorTransport]


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
    said = DoorAnswer.OPENED  # what the window says to each knock

    def append_and_say(self, contact_id: int) -> DoorAnswer:
        self.append(contact_id)
        return self.said


answers = _Answers()


@pytest.fixture(autouse=True)
def fresh_answers() -> None:
    answers.clear()
    answers.said = DoorAnswer.OPENED


@pytest.mark.parametrize("way", TRANSPORTS)
def test_a_knock_opens_the_call_in_the_window_of_the_same_household(runtime: Path, tmp_path: Path, way: Way
                                                                    ) -> None:
    door = CallDoor(tmp_path, way(tmp_path))
    assert door.open()
    try:
        assert knock_while_taking(door, lambda: knock(tmp_path, 3, transport=way(tmp_path))) is DoorAnswer.OPENED
        assert answers == [3]
        for why in (DoorAnswer.BUSY, DoorAnswer.LESSON, DoorAnswer.SETTING_UP, DoorAnswer.DEMO):
            answers.said = why  # the window's reason it did not open the call reaches the command as it is
            assert knock_while_taking(door, lambda: knock(tmp_path, 4, transport=way(tmp_path))) is why
            assert why.refused
        assert answers == [3, 4, 4, 4, 4]
        assert not DoorAnswer.OPENED.refused and not DoorAnswer.NO_WINDOW.refused
        another = tmp_path / "another"
        another.mkdir()
        assert knock(another, 3, transport=way(another)) is DoorAnswer.NO_WINDOW, "another household has none"
    finally:
        door.close()
    assert knock(tmp_path, 3, transport=way(tmp_path)) is DoorAnswer.NO_WINDOW
    left = way(tmp_path)
    assert isinstance(left, (LocalSocketTransport, LoopbackTransport)) and not left.path.exists()


@local_sockets
def test_the_local_door_is_private_to_the_user(runtime: Path, tmp_path: Path) -> None:
    way = LocalSocketTransport(tmp_path)
    door = CallDoor(tmp_path, way)
    assert door.open()
    try:
        assert stat.S_IMODE(way.path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(way.path.lstat().st_mode) == 0o600
        assert way.path.parent.stat().st_uid == os.getuid()
        assert len(str(way.path)) < 100
    finally:
        door.close()


def test_the_loopback_door_listens_on_loopback_only_with_its_token_in_a_private_file(tmp_path: Path) -> None:
    door = CallDoor(tmp_path, LoopbackTransport(tmp_path))
    assert door.open()
    kept = tmp_path / DOOR_FILE
    try:
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        port, token = kept.read_text(encoding="ascii").split()
        assert len(token) == 64 and int(port) > 0
        assert [p.name for p in tmp_path.iterdir()] == [DOOR_FILE], "nothing else left in the data folder"
        with socket.socket(fileno=os.dup(door.fileno())) as listening:
            assert listening.getsockname() == ("127.0.0.1", int(port))
        assert not CallDoor(tmp_path, LoopbackTransport(tmp_path)).open(), "one window per household has it"
    finally:
        door.close()
    assert not kept.exists()
    again = CallDoor(tmp_path, LoopbackTransport(tmp_path))
    assert again.open()
    try:
        assert kept.read_text(encoding="ascii").split()[1] != token, "a new token each time a door opens"
    finally:
        again.close()


def test_a_loopback_door_file_others_may_read_is_not_used(tmp_path: Path) -> None:
    door = CallDoor(tmp_path, LoopbackTransport(tmp_path))
    assert door.open()
    try:
        (tmp_path / DOOR_FILE).chmod(0o644)
        assert knock(tmp_path, 3, transport=LoopbackTransport(tmp_path)) is DoorAnswer.NO_WINDOW
        assert answers == []
    finally:
        door.close()


def test_a_loopback_door_file_left_by_a_window_that_has_gone_means_no_window(tmp_path: Path) -> None:
    door = CallDoor(tmp_path, LoopbackTransport(tmp_path))
    assert door.open()
    kept = (tmp_path / DOOR_FILE).read_bytes()
    door.close()
    (tmp_path / DOOR_FILE).write_bytes(kept)
    (tmp_path / DOOR_FILE).chmod(0o600)
    assert knock(tmp_path, 3, transport=LoopbackTransport(tmp_path)) is DoorAnswer.NO_WINDOW
    replaced = CallDoor(tmp_path, LoopbackTransport(tmp_path))
    assert replaced.open(), "a door left behind is replaced"
    try:
        assert knock_while_taking(replaced, lambda: knock(tmp_path, 5, transport=LoopbackTransport(tmp_path))
                                  ) is DoorAnswer.OPENED
    finally:
        replaced.close()


def _say_to(way: DoorTransport) -> Callable[[bytes], bytes]:
    def say(line: bytes) -> bytes:
        client = way.dial(5)
        assert client is not None
        with client:
            client.sendall(line)
            return client.recv(64)

    return say


@pytest.mark.parametrize("way", TRANSPORTS)
def test_only_a_call_with_a_contact_number_is_understood(runtime: Path, tmp_path: Path, way: Way) -> None:
    door = CallDoor(tmp_path, way(tmp_path))
    assert door.open()
    say = _say_to(way(tmp_path))
    try:
        for line in (b"CALL https://evil.test/\n", b"OPEN https://evil.test/\n", b"CALL 0\n", b"CALL -1\n",
                     b"CALL 3 https://evil.test\n", b"CALL " + b"9" * 40 + b"\n", b"\xff\xfe\n"):
            assert knock_while_taking(door, functools.partial(say, line)) == b"NO\n", line
        assert answers == [], "the window was never asked"
    finally:
        door.close()


def test_a_loopback_knock_without_the_right_token_is_turned_away(tmp_path: Path) -> None:
    door = CallDoor(tmp_path, LoopbackTransport(tmp_path))
    assert door.open()
    say = _say_to(LoopbackTransport(tmp_path))
    try:
        for line in (b"CALL 3\n", b"CALL 3 " + b"0" * 64 + b"\n", b"CALL 3 " + b"A" * 64 + b"\n"):
            assert knock_while_taking(door, functools.partial(say, line)) == b"NO\n", line
        assert answers == []
    finally:
        door.close()


@local_sockets
def test_a_folder_others_may_enter_gets_no_door(runtime: Path, tmp_path: Path) -> None:
    path = LocalSocketTransport(tmp_path).path
    path.parent.mkdir(mode=0o755)
    path.parent.chmod(0o755)
    assert not CallDoor(tmp_path).open()
    assert knock(tmp_path, 3) is DoorAnswer.NO_WINDOW


@local_sockets
def test_a_door_left_by_a_window_that_has_gone_is_replaced_and_a_live_one_is_not(runtime: Path,
                                                                                 tmp_path: Path) -> None:
    path = LocalSocketTransport(tmp_path).path
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
