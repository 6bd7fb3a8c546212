"""A fault-injecting TCP proxy on loopback, in front of a real mail server (pymap or aiosmtpd): what the client
sends goes straight through; what the server answers is passed on as its `mode` says at that moment:

- ``"normal"``: at once;
- ``"trickle"``: one byte every `every` seconds (a crawling server: each byte resets a socket timeout);
- ``"silent"``: never (a server that accepted the connection and then hangs);
- ``"late"``: each answer `delay` seconds after the server gave it (a slow but working server): the first bytes
  after the client last spoke wait, the rest of that answer follows at once;
- ``"halves"``: each piece the server sends goes on in two halves, `every` seconds apart (a line cut in two on
  its way, as mobile networks and TLS records do: "* 2 FETCH (" and then "FLAGS ())").

The mode can be changed while connections are open, e.g. back to "normal" to show that a later sync works.
``said`` counts the commands the clients sent by name (an IMAP line "A1 LOGIN …" counts as "LOGIN", an SMTP line
"AUTH PLAIN …" as "AUTH"), so a test can tell how often CareLink signed in.
A pytest plugin (see tests/conftest.py): the ``slow_proxies`` fixture stops every proxy put in it.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import suppress
from typing import Literal

import pytest

from tests.helpers.mail_servers import LOOPBACK

Mode = Literal["normal", "trickle", "silent", "late", "halves"]


class SlowProxy:
    """Listens on a free loopback port (`port`) and forwards to `upstream_port`. Holds the mode and its timings,
    the listening socket, every connection's sockets and threads, and the event that stops them all."""

    def __init__(self, upstream_port: int, mode: Mode = "normal", every: float = 0.3, delay: float = 2.0) -> None:
        self.upstream_port = upstream_port
        self.mode: Mode = mode
        self.every, self.delay = every, delay
        self.connections = 0
        self.said: Counter[str] = Counter()
        self._stop = threading.Event()
        self._listener = socket.create_server((LOOPBACK, 0))
        self._listener.settimeout(0.1)  # so that accept() sees stop() soon
        self.port: int = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._spawn(self._accept)

    def stop(self) -> None:
        self._stop.set()
        with suppress(OSError):
            self._listener.close()
        with self._lock:
            sockets, threads = list(self._sockets), list(self._threads)
        for sock in sockets:
            _close(sock)
        for thread in threads:
            thread.join(5)

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            try:
                server = socket.create_connection((LOOPBACK, self.upstream_port), timeout=5)
            except OSError:
                _close(client)
                continue
            server.settimeout(None)
            with self._lock:
                self._sockets += [client, server]
                self.connections += 1
            asked = threading.Event()
            asked.set()  # the greeting is an answer too
            self._spawn(self._pump_up, client, server, asked)
            self._spawn(self._pump_down, server, client, asked)

    def _pump_up(self, client: socket.socket, server: socket.socket, asked: threading.Event) -> None:
        """The client's words, straight to the server (each command counted in `said`); when either side hangs
        up, both are closed."""
        pending = b""
        try:
            while data := client.recv(65536):
                asked.set()
                *lines, pending = (pending + data).split(b"\r\n")
                with self._lock:
                    self.said.update(_command(line) for line in lines if line)
                server.sendall(data)
        except OSError:
            pass
        finally:
            _close(client)
            _close(server)

    def _pump_down(self, server: socket.socket, client: socket.socket, asked: threading.Event) -> None:
        """The server's answers, passed on as the mode says."""
        try:
            while not self._stop.is_set() and (data := server.recv(65536)):
                mode = self.mode
                if mode == "silent":
                    continue
                if mode == "late" and asked.is_set():
                    asked.clear()
                    if self._stop.wait(self.delay):
                        return
                if mode == "halves" and len(data) > 1:
                    client.sendall(data[:len(data) // 2])
                    if self._stop.wait(self.every):
                        return
                    data = data[len(data) // 2:]
                if mode != "trickle":
                    client.sendall(data)
                    continue
                for byte in data:
                    client.sendall(bytes([byte]))
                    if self._stop.wait(self.every):
                        return
        except OSError:
            pass
        finally:
            _close(client)
            _close(server)


class TrickleServer:
    """A server of its own on a free loopback port that sends `first` at once to each connection, then one more
    byte every `every` seconds, for ever (e.g. the start of a TLS record that never ends)."""

    def __init__(self, first: bytes, every: float = 0.3) -> None:
        self.first, self.every = first, every
        self._stop = threading.Event()
        self._listener = socket.create_server((LOOPBACK, 0))
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def stop(self) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(5)
        _close(self._listener)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._trickle, args=(client,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _trickle(self, client: socket.socket) -> None:
        try:
            client.sendall(self.first)
            while not self._stop.wait(self.every):
                client.sendall(b"\x00")
        except OSError:
            pass
        finally:
            _close(client)


def _command(line: bytes) -> str:
    """The command a client's line gives: IMAP's second word ("A1 LOGIN …"), SMTP's first ("AUTH PLAIN …")."""
    words = line.split(maxsplit=2)
    imap = len(words) > 1 and not words[0].isalpha()  # an IMAP tag like "A001" or "HNCD3" has digits
    return (words[1] if imap else words[0]).decode("ascii", "replace").upper()


def _close(sock: socket.socket) -> None:
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with suppress(OSError):
        sock.close()


@pytest.fixture
def slow_proxies() -> Iterator[list[SlowProxy]]:
    """A list to put SlowProxy objects in; each is stopped after the test."""
    made: list[SlowProxy] = []
    yield made
    for proxy in made:
        proxy.stop()
