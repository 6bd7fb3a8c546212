"""The two ways `carelink call ID` reaches the running window's door (carelink/services/call_door.py):

- `LocalSocketTransport` (Linux, macOS, BSD): a local socket (AF_UNIX) in a folder only this user may enter
  (0700, owned by them, checked before use), named from the data folder; on Linux the peer's user is checked too.
- `LoopbackTransport` (Windows, or wherever local sockets are missing): a TCP socket on 127.0.0.1 with a port the
  system chooses, and a random token that each request must carry. The port and token are kept in the file
  `call-door` in the household's data folder, written 0600 (on Windows the data folder under the user's own
  AppData is private to them already), so only someone who may read the household's own files can knock.

Each is made for one data folder; `default_transport` picks the one this computer can use. The environment
variable CARELINK_CALL_DOOR=loopback chooses the loopback door on any system.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import re
import secrets
import socket
import stat
import struct
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

_REQUEST = re.compile(rb"^CALL ([1-9][0-9]{0,9})\n$")
_KEYED_REQUEST = re.compile(rb"^CALL ([1-9][0-9]{0,9}) ([0-9a-f]{64})\n$")
DOOR_FILE = "call-door"


def _probe(client: socket.socket, address: str | tuple[str, int]) -> bool:
    """Someone listens at `address` (a window that is running), as opposed to a door left behind."""
    with client:
        client.settimeout(1.0)
        try:
            client.connect(address)
        except OSError:
            return False
    return True


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


def _same_user(connection: socket.socket) -> bool:
    """Where the system can say who is on the other end (Linux), it must be this user (the folder already keeps
    others out; this is the second lock)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    size = struct.calcsize("3i")
    _pid, uid, _gid = struct.unpack("3i", connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, size))
    return bool(uid == os.getuid())


class LocalSocketTransport:
    """A local socket in this user's private runtime folder."""

    def __init__(self, data_root: Path) -> None:
        base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
        name = hashlib.sha256(str(data_root.resolve()).encode("utf-8")).hexdigest()[:24]
        # Short on purpose: a socket's path may be at most ~100 characters, whatever the data folder's length.
        self.path = Path(base) / f"carelink-{os.getuid()}" / f"{name}.door"
        self._inode: int | None = None

    def serve(self) -> socket.socket | None:
        path = self.path
        if not _private_folder(path.parent, create=True):
            return None
        if self.someone_there():
            return None
        path.unlink(missing_ok=True)  # left by a window that has gone (it answers nobody)
        listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listening.bind(str(path))
            os.chmod(path, 0o600)
            listening.listen(4)
            self._inode = path.lstat().st_ino
        except OSError:
            log.exception("the door for calls from the command line could not open")
            listening.close()
            return None
        return listening

    def someone_there(self) -> bool:
        return _probe(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM), str(self.path))

    def dial(self, timeout_s: float) -> socket.socket | None:
        if not _private_folder(self.path.parent, create=False):
            return None
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.settimeout(timeout_s)
        try:
            client.connect(str(self.path))
        except OSError:  # nobody there (no file, a door left by a window that has gone)
            client.close()
            return None
        return client

    def request(self, contact_id: int) -> bytes:
        return f"CALL {int(contact_id)}\n".encode("ascii")

    def contact_asked(self, line: bytes, connection: socket.socket) -> int | None:
        request = _REQUEST.match(line) if _same_user(connection) else None
        return int(request.group(1)) if request else None

    def remove(self) -> None:
        """The door's file goes, if it is still this window's."""
        with contextlib.suppress(OSError):
            if self.path.lstat().st_ino == self._inode:
                self.path.unlink()


class LoopbackTransport:
    """A TCP socket on 127.0.0.1, its port and a random token in the data folder's `call-door` file (0600)."""

    def __init__(self, data_root: Path) -> None:
        self.path = data_root / DOOR_FILE
        self._token = ""

    def _read(self) -> tuple[int, str] | None:
        """The port and token a running window wrote (None: no file, or one that is not private or not right)."""
        try:
            info = self.path.lstat()
            text = self.path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            return None
        if hasattr(os, "getuid") and (not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid()
                                      or stat.S_IMODE(info.st_mode) & 0o077):
            log.warning("%s is not private to this user; it is not used", self.path)
            return None
        match = re.fullmatch(r"([0-9]{1,5}) ([0-9a-f]{64})\n", text)
        return (int(match.group(1)), match.group(2)) if match else None

    def serve(self) -> socket.socket | None:
        if self.someone_there():
            return None
        listening = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        token = secrets.token_hex(32)
        try:
            listening.bind(("127.0.0.1", 0))
            listening.listen(4)
            self._write(f"{listening.getsockname()[1]} {token}\n")
        except OSError:
            log.exception("the door for calls from the command line could not open")
            listening.close()
            return None
        self._token = token
        return listening

    def _write(self, text: str) -> None:
        """Written whole (a new file moved into place), private to this user from its first byte."""
        fresh = self.path.with_name(f".{DOOR_FILE}-{secrets.token_hex(6)}")
        handle = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(handle, "w", encoding="ascii") as file:
                file.write(text)
            os.replace(fresh, self.path)
        except OSError:
            fresh.unlink(missing_ok=True)
            raise

    def someone_there(self) -> bool:
        door = self._read()
        return door is not None and _probe(socket.socket(socket.AF_INET, socket.SOCK_STREAM),
                                           ("127.0.0.1", door[0]))

    def dial(self, timeout_s: float) -> socket.socket | None:
        door = self._read()
        if door is None:
            return None
        self._token = door[1]
        try:
            return socket.create_connection(("127.0.0.1", door[0]), timeout=timeout_s)
        except OSError:  # a file left by a window that has gone
            return None

    def request(self, contact_id: int) -> bytes:
        return f"CALL {int(contact_id)} {self._token}\n".encode("ascii")

    def contact_asked(self, line: bytes, _connection: socket.socket) -> int | None:
        request = _KEYED_REQUEST.match(line)
        if request is None or not self._token:
            return None
        if not hmac.compare_digest(request.group(2), self._token.encode("ascii")):
            return None
        return int(request.group(1))

    def remove(self) -> None:
        """The file goes, if it is still this window's (another window may have written its own since)."""
        door = self._read()
        if door is not None and self._token and hmac.compare_digest(door[1], self._token):
            self.path.unlink(missing_ok=True)


def default_transport(data_root: Path) -> LocalSocketTransport | LoopbackTransport:
    """The local socket where the system has them (and users); the loopback door otherwise (Windows)."""
    local = hasattr(socket, "AF_UNIX") and hasattr(os, "getuid")
    if local and os.environ.get("CARELINK_CALL_DOOR", "") != "loopback":
        return LocalSocketTransport(data_root)
    return LoopbackTransport(data_root)
