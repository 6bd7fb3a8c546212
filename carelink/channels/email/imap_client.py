"""The IMAP connection itself: IMAPClient over a socket that a conversation's deadline watches from the moment it
connects (TLS from the first byte when asked, the handshake inside the deadline too), and a quiet shutdown."""

from __future__ import annotations

import socket
import ssl
from contextlib import suppress

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.imap4 import IMAP4WithTimeout

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
