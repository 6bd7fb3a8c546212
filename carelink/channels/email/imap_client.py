"""The IMAP connection itself: IMAPClient over a socket that a conversation's deadline watches from the moment it
connects (TLS from the first byte when asked, the handshake inside the deadline too), and a quiet shutdown."""

from __future__ import annotations

import selectors
import socket
import ssl
from contextlib import suppress
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from imapclient.imap4 import IMAP4WithTimeout
from imapclient.imapclient import _parse_untagged_response as untagged  # IMAPClient's reading of one line

from carelink.channels.email.deadline import Conversation, secure_socket


def hung_up(sock: socket.socket) -> bool:
    """True if the server hung up (or the line broke): a look that takes nothing from the socket, TLS or not."""
    try:
        return socket.socket.recv(sock, 1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except (BlockingIOError, InterruptedError):
        return False  # open, and nothing to read just now
    except OSError:
        return True


def shutdown(client: IMAPClient) -> None:
    with suppress(IMAPClientError, OSError, EOFError):  # already gone: nothing left to close
        client.shutdown()


class WatchedIMAP4(IMAP4WithTimeout):  # type: ignore[misc]  # imapclient has no type information
    """imaplib's connection with its socket watched by the conversation's deadline from the moment it connects,
    and TLS from the first byte when given a context (the handshake too is inside the deadline)."""

    def __init__(self, host: str, port: int, timeout: float | None, conversation: Conversation,
                 tls: ssl.SSLContext | None) -> None:
        self._conversation, self._tls = conversation, tls
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        sock: socket.socket = super()._create_socket(timeout)
        self._conversation.watch(sock)
        return secure_socket(self._conversation, sock, self._tls, self.host)


class WatchedIMAPClient(IMAPClient):  # type: ignore[misc]  # imapclient has no type information
    """IMAPClient over WatchedIMAP4."""

    def __init__(self, conversation: Conversation, host: str, port: int, tls: ssl.SSLContext | None,
                 timeout: float) -> None:
        self._conversation, self._tls = conversation, tls
        super().__init__(host, port, ssl=tls is not None, ssl_context=tls, timeout=timeout)

    def _create_IMAP4(self) -> WatchedIMAP4:  # noqa: N802 (IMAPClient's own name)
        return WatchedIMAP4(self.host, self.port, self._timeout.connect, self._conversation, self._tls)

    def idle_check(self, timeout: float | None = None) -> list[Any]:
        """What the server said during IDLE within `timeout` seconds ([] if nothing, or if the line ended).

        IMAPClient's own reads without blocking, so a line that arrives in two pieces ("* 2 FETCH (" and then
        "FLAGS ())") is refused as unterminated, its start lost, and the IDLE's end then trips over the rest: the
        connection had to be dropped and signed in again. Here the wait for the first byte sleeps on the socket,
        and each line, once begun, is read whole (blocking, up to the connection's own read time limit)."""
        sock: socket.socket = self.socket()
        responses: list[Any] = []
        if not self._more_waiting(sock) and not _readable(sock, timeout):
            return responses
        try:
            while True:
                responses.append(untagged(self._imap._get_line()))
                if not self._more_waiting(sock):
                    return responses
        except IMAPClientAbortError as ended:
            if "EOF" not in str(ended):  # the line ended (hung up, or close() shut it down): what came is all
                raise
            return responses

    def _more_waiting(self, sock: socket.socket) -> bool:
        """True if a line (or its start) is already here: in the reader's buffer, TLS's, or the socket's."""
        previous = sock.gettimeout()
        sock.setblocking(False)
        try:
            return bool(self._imap.file.peek(1))  # takes nothing; reads the socket only if the buffer is empty
        except OSError:
            return False  # nothing to read just now (TLS says "want read" as an error)
        finally:
            sock.settimeout(previous)


def _readable(sock: socket.socket, timeout: float | None) -> bool:
    with selectors.DefaultSelector() as selector:
        selector.register(sock, selectors.EVENT_READ)
        return bool(selector.select(timeout))
