"""The running window's door for `carelink call ID`: when CareLink's window is already open on the same data
folder, the command asks it to open the call in its own call window instead of starting a web browser.

The door is a local socket (AF_UNIX) in a folder only this user may enter (0700, owned by them, checked before
use), named from the data folder, so each household has its own. It understands one request, "CALL <contact
id>", and answers "OK" (the window opens the call), "BUSY" (the window is in a call or ringing) or "NO". It never
takes a link from outside: the window works out the call's link from its own contacts. On a system without
local sockets there is no door, and the command opens the browser as before.

No Qt here: the window watches `CallDoor.fileno()` with its own event loop (carelink/ui/calls/door.py) and calls
`take()` when someone knocks.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import socket
import stat
import struct
import tempfile
from collections.abc import Callable
from enum import Enum
from pathlib import Path

log = logging.getLogger(__name__)

_REQUEST = re.compile(rb"^CALL ([1-9][0-9]{0,9})\n$")
_LONGEST_LINE = 32
_ANSWER_WITHIN_S = 1.0  # a knock that says nothing within this is turned away (the window never waits long)


class DoorAnswer(Enum):
    """What the window said to `carelink call`."""

    OPENED = "OK"  # the call opens in the window
    BUSY = "BUSY"  # the window is in a call (or ringing) already
    NO_WINDOW = "NO"  # no window runs for this data folder (or it could not take the call)


def door_path(data_root: Path) -> Path | None:
    """Where the door of the window for `data_root` is (None on a system without local sockets)."""
    if not hasattr(socket, "AF_UNIX") or not hasattr(os, "getuid"):
        return None
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    name = hashlib.sha256(str(data_root.resolve()).encode("utf-8")).hexdigest()[:24]
    # Short on purpose: a socket's path may be at most ~100 characters, whatever the data folder's length.
    return Path(base) / f"carelink-{os.getuid()}" / f"{name}.door"


def _private_folder(folder: Path, create: bool) -> bool:
    """The folder is a real folder (not a link), this user's own, and nobody else may enter it."""
    try:
        if create:
            folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or stat.S_IMODE(info.st_mode) != 0o700:
        log.warning("the folder %s is not this user's private folder; calls from the command line open the "
                    "browser instead", folder)
        return False
    return True


def knock(data_root: Path, contact_id: int, timeout_s: float = 5.0) -> DoorAnswer:
    """Ask the window for `data_root` (if one runs) to open the call to `contact_id`."""
    path = door_path(data_root)
    if path is None or not _private_folder(path.parent, create=False):
        return DoorAnswer.NO_WINDOW
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout_s)
        try:
            client.connect(str(path))
            client.sendall(f"CALL {int(contact_id)}\n".encode("ascii"))
            reply = _read_line(client)
        except OSError:  # nobody there (no file, a door left by a window that has gone), or no answer in time
            return DoorAnswer.NO_WINDOW
    for answer in DoorAnswer:
        if reply == f"{answer.value}\n".encode("ascii"):
            return answer
    return DoorAnswer.NO_WINDOW


def _read_line(connection: socket.socket) -> bytes:
    data = b""
    while not data.endswith(b"\n") and len(data) <= _LONGEST_LINE:
        chunk = connection.recv(_LONGEST_LINE + 1 - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _same_user(connection: socket.socket) -> bool:
    """Where the system can say who is on the other end (Linux), it must be this user (the folder already keeps
    others out; this is the second lock)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    size = struct.calcsize("3i")
    _pid, uid, _gid = struct.unpack("3i", connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, size))
    return bool(uid == os.getuid())


class CallDoor:
    """The window's end: `open()` it, watch `fileno()` for knocks, `take(answer)` each, `close()` at the end.

    `answer(contact_id)` is the window's: True when it opens that call, False when it is busy with another."""

    def __init__(self, data_root: Path) -> None:
        self.path = door_path(data_root)
        self._listening: socket.socket | None = None
        self._inode: int | None = None

    def open(self) -> bool:
        """Start listening. False (and no door) when the system has no local sockets, the folder is not private,
        or another window on the same data folder has the door already."""
        path = self.path
        if path is None or not _private_folder(path.parent, create=True):
            return False
        if knock_is_answered(path):
            log.info("another CareLink window has this household's door; this one has none")
            return False
        path.unlink(missing_ok=True)  # left by a window that has gone (it answers nobody)
        listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listening.bind(str(path))
            os.chmod(path, 0o600)
            listening.listen(4)
            listening.setblocking(False)
            self._inode = path.lstat().st_ino
        except OSError:
            log.exception("the door for calls from the command line could not open")
            listening.close()
            return False
        self._listening = listening
        return True

    def fileno(self) -> int:
        return self._listening.fileno() if self._listening is not None else -1

    def take(self, answer: Callable[[int], bool]) -> None:
        """Take every knock waiting now: read its one request, ask the window, and answer."""
        if self._listening is None:
            return
        while True:
            try:
                connection, _address = self._listening.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                log.exception("a knock at the call door could not be taken")
                return
            with connection:
                self._answer(connection, answer)

    def _answer(self, connection: socket.socket, answer: Callable[[int], bool]) -> None:
        connection.settimeout(_ANSWER_WITHIN_S)
        reply = DoorAnswer.NO_WINDOW
        try:
            line = _read_line(connection)
            if not line:
                return  # a knock to see whether anyone is in (another window starting), nothing asked
            request = _REQUEST.match(line) if _same_user(connection) else None
            if request is None:
                log.warning("a knock at the call door asked for something CareLink does not do; turned away")
            else:
                reply = DoorAnswer.OPENED if answer(int(request.group(1))) else DoorAnswer.BUSY
            connection.sendall(f"{reply.value}\n".encode("ascii"))
        except OSError:
            log.info("a knock at the call door went away before its answer")
        except Exception:  # the window could not take it: the command opens the browser instead
            log.exception("the window could not take a call from the command line")
            with contextlib.suppress(OSError):
                connection.sendall(b"NO\n")

    def close(self) -> None:
        """Stop listening and take the door away (only if it is still this window's)."""
        listening, self._listening = self._listening, None
        if listening is None or self.path is None:
            return
        listening.close()
        try:
            if self.path.lstat().st_ino == self._inode:
                self.path.unlink()
        except OSError:
            pass


def knock_is_answered(path: Path) -> bool:
    """Someone listens at `path` (a window that is running), as opposed to a file left behind."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True
