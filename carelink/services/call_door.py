"""The running window's door for `carelink call ID`: when CareLink's window is already open on the same data
folder, the command asks it to open the call in its own call window instead of starting a web browser.

The door understands one request, "CALL <contact id>", and answers "OK" (the window opens the call), or why it
did not: "BUSY" (a call on the window, or ringing), "LESSON" (a lesson or workshop mode), "SETUP" (the window is
still on its first-run setup), "DEMO" (the window shows the demo household instead), or "NO". It never takes a
link from outside: the window works out the call's link from its own contacts. How the request travels is a
`DoorTransport`'s (call_door_transports.py): a local socket in a private folder where the system has them, a
loopback TCP port with a random token kept in a 0600 file in the data folder otherwise (Windows). Where no door
can open, the command opens the browser as before.

No Qt here: the window watches `CallDoor.fileno()` with its own event loop (carelink/ui/calls/door.py) and calls
`take()` when someone knocks.
"""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Protocol

from carelink.services.call_door_transports import default_transport

log = logging.getLogger(__name__)

_LONGEST_LINE = 96
_ANSWER_WITHIN_S = 1.0  # a knock that says nothing within this is turned away (the window never waits long)


class DoorAnswer(Enum):
    """What the window said to `carelink call`."""

    OPENED = "OK"  # the call opens in the window
    BUSY = "BUSY"  # the window is in a call (or ringing, or checking the camera) already
    LESSON = "LESSON"  # a lesson runs, or workshop mode is on
    SETTING_UP = "SETUP"  # the window is still on its first-run setup: no call opens there
    DEMO = "DEMO"  # the window shows the demo household, not this one
    NO_WINDOW = "NO"  # no window runs for this data folder (or it could not take the call)

    @property
    def refused(self) -> bool:
        """A window runs for this household but did not open the call (nothing opened, nobody invited)."""
        return self not in (DoorAnswer.OPENED, DoorAnswer.NO_WINDOW)


class DoorTransport(Protocol):
    """How knocks reach one household's window: `serve()` the window's listening socket (None: no door here, or
    another window has it), `dial()` it from the command, the `request` line each knock sends and the contact a
    line asks for (None: not a request of this door), and `remove()` what `serve()` left on disk."""

    def serve(self) -> socket.socket | None: ...

    def dial(self, timeout_s: float) -> socket.socket | None: ...

    def request(self, contact_id: int) -> bytes: ...

    def contact_asked(self, line: bytes, connection: socket.socket) -> int | None: ...

    def remove(self) -> None: ...


def knock(data_root: Path, contact_id: int, timeout_s: float = 5.0,
          transport: DoorTransport | None = None) -> DoorAnswer:
    """Ask the window for `data_root` (if one runs) to open the call to `contact_id`."""
    way = transport or default_transport(data_root)
    client = way.dial(timeout_s)
    if client is None:
        return DoorAnswer.NO_WINDOW
    with client:
        try:
            client.sendall(way.request(contact_id))
            reply = _read_line(client)
        except OSError:  # the window went away, or gave no answer in time
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


class CallDoor:
    """The window's end: `open()` it, watch `fileno()` for knocks, `take(answer)` each, `close()` at the end.

    `answer(contact_id)` is the window's: OPENED when it opens that call, else why not (BUSY, LESSON, SETTING_UP,
    DEMO)."""

    def __init__(self, data_root: Path, transport: DoorTransport | None = None) -> None:
        self.transport = transport or default_transport(data_root)
        self._listening: socket.socket | None = None

    def open(self) -> bool:
        """Start listening. False (and no door) when this computer can have none here, or another window on the
        same data folder has the door already."""
        listening = self.transport.serve()
        if listening is None:
            log.info("no door for calls from the command line (another window may have it)")
            return False
        listening.setblocking(False)
        self._listening = listening
        return True

    def fileno(self) -> int:
        return self._listening.fileno() if self._listening is not None else -1

    def take(self, answer: Callable[[int], DoorAnswer]) -> None:
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

    def _answer(self, connection: socket.socket, answer: Callable[[int], DoorAnswer]) -> None:
        connection.settimeout(_ANSWER_WITHIN_S)
        reply = DoorAnswer.NO_WINDOW
        try:
            line = _read_line(connection)
            if not line:
                return  # a knock to see whether anyone is in (another window starting), nothing asked
            contact_id = self.transport.contact_asked(line, connection)
            if contact_id is None:
                log.warning("a knock at the call door asked for something CareLink does not do; turned away")
            else:
                reply = answer(contact_id)
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
        if listening is None:
            return
        listening.close()
        self.transport.remove()
