"""Real mail servers on loopback for the email channel's tests (a pytest plugin; see tests/conftest.py).

- ``smtp_server``: aiosmtpd in a thread, AUTH (PLAIN/LOGIN) required, every message kept in ``messages``;
  ``refuse(reply, at=...)`` makes it answer e.g. "550 ..." or "451 ..." and ``stop()`` takes it away.
- ``imap_server``: pymap's in-memory ``dict`` backend in a subprocess, starting with an empty INBOX;
  ``deliver(raw, when)`` APPENDs a message, ``flags(uid)`` reads its flags back, ``stop()`` takes it away.
- ``account_for(imap_server, smtp_server)``: the EmailAccount (security "none", loopback) that reaches them.

Both servers take the same user and password, because an EmailAccount signs in to both with one login.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any, Literal, TypeVar

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from carelink.channels.email.account import EmailAccount, make_account

USER = "mary@example.org"
PASSWORD = "correct horse battery staple"
LOOPBACK = "127.0.0.1"
_START_TIMEOUT = 60.0  # pymap starts in about a second; on a busy CI machine it once took more than 15


def free_port() -> int:
    """A TCP port nothing listens on just now (the kernel's pick for port 0). aiosmtpd's Controller cannot take
    port 0 itself: it connects to its own port to check it started."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class ReceivedMail:
    """One message as the SMTP server got it: the envelope sender and recipients and the raw bytes."""

    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    def message(self) -> EmailMessage:
        parsed = BytesParser(policy=policy.default).parsebytes(self.raw)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class SmtpServer:
    """An aiosmtpd server on loopback. Holds its address, the one user and password it accepts (change
    ``password`` to try others), the messages it received, and a refusal to give instead of "250 OK"."""

    host: str
    port: int
    user: str = USER
    password: str = PASSWORD
    messages: list[ReceivedMail] = field(default_factory=list)
    refusals: dict[str, str] = field(default_factory=dict)
    refused_addresses: dict[str, str] = field(default_factory=dict)  # address → its RCPT reply (like "550 …")
    controller: Controller | None = None

    def refuse(self, reply: str, at: Literal["RCPT", "DATA"] = "DATA") -> None:
        """Answer `reply` (like "550 5.1.1 No such user") to the RCPT or DATA command from now on."""
        self.refusals[at] = reply

    def stop(self) -> None:
        """Stop listening: the port refuses connections afterwards."""
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    # aiosmtpd's hooks (called in the server's thread). AUTH is enforced here instead of with auth_required=True,
    # which warns on every connection when TLS is not required (and pytest turns warnings into errors).
    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if "RCPT" in self.refusals:
            return self.refusals["RCPT"]
        if address.lower() in self.refused_addresses:
            return self.refused_addresses[address.lower()]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if "DATA" in self.refusals:
            return self.refusals["DATA"]
        self.messages.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 Message accepted for delivery"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == self.user.encode()
              and auth_data.password == self.password.encode())
        return AuthResult(success=ok, handled=False)


AnySmtpServer = TypeVar("AnySmtpServer", bound=SmtpServer)


def start_smtp(server: AnySmtpServer) -> AnySmtpServer:
    """Serve `server` (or a subclass of it) on loopback with AUTH; stop it with server.stop()."""
    controller = Controller(server, hostname=LOOPBACK, port=server.port, server_hostname="smtp.carelink.test",
                            authenticator=server.authenticate, auth_require_tls=False)
    controller.start()
    server.controller = controller
    return server


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = start_smtp(SmtpServer(LOOPBACK, free_port()))
    yield server
    server.stop()


@dataclass
class ImapServer:
    """A pymap (in-memory) IMAP server in a subprocess. Holds its address, user and password, the process and
    the file its output goes to (shown when it fails to start), and the test's own connection for deliveries."""

    host: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path
    user: str = USER
    password: str = PASSWORD
    admin: IMAPClient | None = None

    def client(self) -> IMAPClient:
        """A fresh, signed-in connection for the test's own look at the mailbox (close it with logout())."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        client.login(self.user, self.password)
        return client

    def deliver(self, raw: bytes, when: datetime | None = None, folder: str = "INBOX") -> int:
        """APPEND a message (its internal date `when`, default now) and return the UID the server gave it."""
        reply: bytes = self._admin_client().append(folder, raw, msg_time=when)
        # "[APPENDUID <uidvalidity> <uid>] APPEND completed." (pymap offers UIDPLUS)
        return int(reply.split(b"]")[0].split()[-1])

    def flags(self, uid: int, folder: str = "INBOX") -> tuple[bytes, ...]:
        admin = self._admin_client()
        admin.select_folder(folder, readonly=True)  # left selected: pymap answers NO to CLOSE when read-only
        found: dict[int, Any] = admin.get_flags([uid])
        return tuple(found[uid])

    def _admin_client(self) -> IMAPClient:
        # One connection for all of the test's deliveries: signing in to pymap takes about a tenth of a second.
        if self.admin is None:
            self.admin = self.client()
        return self.admin

    def stop(self) -> None:
        admin, self.admin = self.admin, None
        if admin is not None:
            with suppress(IMAPClientError, OSError):
                admin.logout()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def _wait_until_listening(server: ImapServer) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"pymap stopped at start (exit {server.process.returncode}):\n"
                               f"{server.log.read_text(errors='replace')}")
        try:
            socket.create_connection((server.host, server.port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise RuntimeError(f"pymap did not listen on {server.host}:{server.port} within {_START_TIMEOUT:.0f} s:\n"
                       f"{server.log.read_text(errors='replace')}")


@pytest.fixture
def imap_server(tmp_path: Path) -> Iterator[ImapServer]:
    port, log = free_port(), tmp_path / "pymap.log"
    # pymap has no __main__ module, so `python -m pymap` fails; its console script just calls pymap.main.main.
    # Without --demo-data the dict backend starts with the demo user and an empty INBOX.
    command = [sys.executable, "-c", "import sys; from pymap.main import main; sys.exit(main())",
               "--host", LOOPBACK, "--port", str(port), "--no-tls",
               "dict", "--demo-user", USER, "--demo-password", PASSWORD]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
    server = ImapServer(LOOPBACK, port, process, log)
    try:
        _wait_until_listening(server)
        yield server
    finally:
        server.stop()


def account_for(imap_server: ImapServer | None = None, smtp_server: SmtpServer | None = None,
                security: str = "none") -> EmailAccount:
    """The account that reaches these servers; a missing one gets a port where nothing listens."""
    imap_port = imap_server.port if imap_server else free_port()
    smtp_port = smtp_server.port if smtp_server else free_port()
    return make_account(USER, LOOPBACK, LOOPBACK, security, imap_port, smtp_port)
