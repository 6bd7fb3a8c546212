"""Every conversation with a mail server has a deadline, so a crawling server cannot hold a sync for minutes.

Two limits, both cutting the conversation and reporting a plain temporary problem ("The mail server is answering
too slowly; CareLink will try again."), after which the next sync simply tries again:
- **no progress**: no byte for `stall` seconds (the socket's own timeout);
- **too long in all**: the whole conversation past `total` seconds. A socket timeout cannot catch this, because a
  server that trickles one byte every few seconds resets it with each byte; so a watchdog timer shuts down every
  socket the conversation uses when its time is up, which wakes a blocked read or write at once (TLS too).

Waiting for news with IMAP IDLE is not a conversation: it legitimately waits, with its own timeout and renewal.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from types import TracebackType

from carelink.channels.ports import TemporaryFailure
from carelink.errors import UserError
from carelink.translation import sentence

SLOW_MESSAGE = sentence("The mail server is answering too slowly; CareLink will try again.")


@dataclass(frozen=True)
class ConversationLimits:
    """How long a mail server may go without sending a byte, and how long one conversation may last in all."""

    stall: float = 30.0
    total: float = 120.0


class Conversation:
    """One exchange with a mail server (connect, sign in, a command and its answer…). Holds its time limit, the
    sockets it uses (added with watch(), from whichever thread opens them) and whether it was cut.

    Use it as a context manager around the exchange; when `total` seconds pass first, every watched socket is shut
    down and `cut` becomes True. After the block ends nothing is cut any more, even a socket kept for later."""

    def __init__(self, total: float) -> None:
        self._total = total
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._active = False
        self._timer: threading.Timer | None = None
        self.cut = False
        self.connected = False  # once a socket was watched, a timeout is a slow server, not one that is not there

    def watch(self, sock: socket.socket) -> None:
        """Include `sock` in the conversation: shut down at once if the time is already up."""
        with self._lock:
            self._sockets.append(sock)
            self.connected = True
            if self.cut:
                _shut(sock)

    def __enter__(self) -> Conversation:
        with self._lock:
            self._active, self.cut = True, False
        timer = threading.Timer(self._total, self._time_up)
        timer.daemon = True
        timer.name = "carelink-mail-deadline"
        self._timer = timer
        timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        with self._lock:
            self._active = False
            self._sockets.clear()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def end(self) -> None:
        """Cut the conversation now (from any thread), as if its time were up."""
        self._time_up()

    def _time_up(self) -> None:
        with self._lock:
            if not self._active:
                return
            self.cut = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Shut the connection down without closing the socket object (its owner closes it): a read or write blocked
    in another thread returns at once. The plain socket method is used even for a TLS socket, so the TLS object
    is left as it is for its owner."""
    if sock.fileno() == -1:  # closed, or handed over to a TLS socket that is watched too
        return
    with suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def timed_out(error: BaseException) -> bool:
    """True if `error`, or what caused it, is a socket timeout (a library may wrap it in its own error)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, TimeoutError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


@contextmanager
def plain_failures(classify: Callable[[Exception, str, int], UserError | None], host: str, port: int,
                   conversation: Conversation | None = None) -> Iterator[None]:
    """Turn what the mail libraries, ssl and socket raise into the ports' plain-English errors (the original
    stays as __cause__ for the log; it never holds the password). A conversation that was cut, or that timed out
    after connecting, is "answering too slowly". Programming errors pass through unchanged."""
    try:
        yield
    except UserError as error:
        if conversation is not None and conversation.cut and not isinstance(error, TemporaryFailure):
            raise TemporaryFailure(SLOW_MESSAGE) from error
        raise
    except Exception as error:
        if conversation is not None and (conversation.cut or (conversation.connected and timed_out(error))):
            raise TemporaryFailure(SLOW_MESSAGE) from error
        plain = classify(error, host, port)
        if plain is None:
            raise
        raise plain from error


def secure_socket(conversation: Conversation, sock: socket.socket, context: ssl.SSLContext | None,
                  host: str) -> socket.socket:
    """`sock` (already watched) as the conversation will use it: wrapped in TLS when there is a context, with the
    handshake inside the conversation's time limit too. A socket that fails on the way is closed, never leaked."""
    if context is None:
        return sock
    try:
        secure = context.wrap_socket(sock, server_hostname=host, do_handshake_on_connect=False)
    except BaseException:
        sock.close()
        raise
    conversation.watch(secure)
    try:
        secure.do_handshake()
    except BaseException:
        secure.close()  # nobody else holds it yet
        raise
    return secure
