"""Sending mail through the household's SMTP server (the MailSender port), with every failure in plain words.

TLS is used whenever the account asks for it (SSL from the first byte, or STARTTLS), always with the certificate
checked; a plain connection happens only with security "none", which account.py allows only for this computer.
The password is asked for at the last moment and never appears in a log line or an error message.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Callable
from contextlib import AbstractContextManager
from email.message import EmailMessage

from carelink.channels.email.account import EmailAccount
from carelink.channels.email.deadline import Conversation, ConversationLimits, plain_failures, secure_socket
from carelink.channels.ports import CertificateFailure, LoginFailure, PermanentFailure, TemporaryFailure
from carelink.errors import UserError

# The name CareLink gives itself in EHLO. Python's default is this computer's full name, which can take seconds
# to look up and tells every server the household's machine name; an address literal is what Thunderbird sends.
_EHLO_NAME = "[127.0.0.1]"


class SmtpSender:
    """Sends messages for one account. Holds the account, a function that fetches its password (from the keyring,
    when a message is actually sent), how long the server may send nothing (`timeout`, seconds) and how long one
    send may take in all (`conversation_limit`); no connection is kept between sends. A conversation past either
    limit is cut and reported as a temporary problem (see deadline.py)."""

    def __init__(self, account: EmailAccount, password: Callable[[], str | None], timeout: float = 30,
                 conversation_limit: float = 120) -> None:
        self._account = account
        self._password = password
        self._limits = ConversationLimits(timeout, conversation_limit)

    def send(self, message: EmailMessage) -> None:
        """Send one message as it is (its Message-ID included), or raise TemporaryFailure / PermanentFailure /
        LoginFailure / CertificateFailure. When only some recipients are refused the others have it already,
        and PermanentFailure names the refused ones."""
        conversation = Conversation(self._limits.total)
        with self._failures_in_plain_words(conversation), conversation:
            smtp = self._connect(conversation)
            try:
                refused = smtp.send_message(message)
            finally:
                _quit(smtp)
        if refused:
            addresses = ", ".join(sorted(refused))
            raise PermanentFailure("The mail server would not deliver to {addresses}; the other people got it. "
                                   "Check that address.", {"addresses": addresses})

    def check_login(self) -> None:
        """Connect, sign in and leave (for "Test connection"); raises the same errors as send()."""
        conversation = Conversation(self._limits.total)
        with self._failures_in_plain_words(conversation), conversation:
            _quit(self._connect(conversation))

    def _connect(self, conversation: Conversation) -> smtplib.SMTP:
        """An open connection, secured as the account asks and signed in when there is a password."""
        account = self._account
        context = ssl.create_default_context() if account.smtp_implicit_tls else None
        smtp = _WatchedSMTP(conversation, context, account.smtp_host, account.smtp_port,
                            local_hostname=_EHLO_NAME, timeout=self._limits.stall)
        try:
            smtp.ehlo()
            if account.tls_required and not account.smtp_implicit_tls:
                # Never fall back to plain text: a server (or something in between) that hides STARTTLS would
                # otherwise see the password.
                if not smtp.has_extn("starttls"):
                    raise PermanentFailure("The mail server {host} does not offer a secure connection on port "
                                           "{port}. Check the port and security setting.",
                                           {"host": account.smtp_host, "port": account.smtp_port})
                smtp.starttls(context=ssl.create_default_context())
                if smtp.sock is not None:
                    conversation.watch(smtp.sock)  # the TLS socket that took the plain one's place
                smtp.ehlo()
            password = self._password()
            if password:
                _login(smtp, account.login, password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _failures_in_plain_words(self, conversation: Conversation) -> AbstractContextManager[None]:
        return plain_failures(smtp_failure, self._account.smtp_host, self._account.smtp_port, conversation)


class _WatchedSMTP(smtplib.SMTP):
    """smtplib's SMTP with its socket(s) watched by the conversation's deadline from the moment they connect, and
    TLS from the first byte when given a context (the handshake too is inside the deadline)."""

    def __init__(self, conversation: Conversation, context: ssl.SSLContext | None, host: str, port: int,
                 local_hostname: str, timeout: float) -> None:
        self._conversation, self._context = conversation, context
        super().__init__(host, port, local_hostname=local_hostname, timeout=timeout)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = socket.create_connection((host, port), timeout, self.source_address)
        self._conversation.watch(sock)
        return secure_socket(self._conversation, sock, self._context, host)


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH with the usual mechanisms; a password with non-English letters goes as UTF-8 in AUTH PLAIN
    (RFC 4616), because smtplib would only encode it as ASCII and fail."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    if not smtp.has_extn("auth") or "PLAIN" not in smtp.esmtp_features.get("auth", "").upper().split():
        raise LoginFailure("The email server cannot take a password with letters like é or ü. "
                           "Make an app password for CareLink instead.")
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _quit(smtp: smtplib.SMTP) -> None:
    """Say goodbye politely; the message is already with the server, so a failure here does not matter."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def smtp_failure(error: Exception, host: str, port: int) -> UserError | None:
    """The plain-English error for what smtplib, ssl or socket raised, or None for a programming error."""
    if isinstance(error, smtplib.SMTPAuthenticationError):
        if 400 <= error.smtp_code < 500:
            return TemporaryFailure("The mail server could not check the password just now. "
                                    "CareLink will try again later.")
        return LoginFailure("The email server did not accept the password. Many providers need an app password "
                            "for programs like CareLink; the setup screen says how to make one.")
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code == 530:  # "Authentication required"
        return LoginFailure("The email server wants a password, and CareLink has none saved. "
                            "Type it again in the email settings.")
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return PermanentFailure("The mail server {host} does not offer what CareLink needs to send (a way to sign "
                                "in, or addresses with non-English letters). Check the server settings.",
                                {"host": host})
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _reply in error.recipients.values()]
        addresses = ", ".join(sorted(error.recipients))
        if codes and all(400 <= code < 500 for code in codes):
            return TemporaryFailure("The mail server cannot take mail for {addresses} just now. "
                                    "CareLink will try again later.", {"addresses": addresses})
        return PermanentFailure("The mail server would not deliver to {addresses}. Check that address.",
                                {"addresses": addresses})
    if isinstance(error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return _no_connection(host)
    if isinstance(error, smtplib.SMTPResponseException):
        if 400 <= error.smtp_code < 500:
            return TemporaryFailure("The mail server is busy and could not take the message just now. "
                                    "CareLink will try again later.")
        return PermanentFailure("The mail server refused this message. It may be too large, or the server "
                                "does not allow this sender.")
    if isinstance(error, smtplib.SMTPException):
        return TemporaryFailure("The mail server gave an answer CareLink did not understand. "
                                "CareLink will try again later.")
    return network_failure(error, host, port)


def network_failure(error: Exception, host: str, port: int) -> UserError | None:
    """The plain-English error for a failed connection (shared by SMTP and IMAP), or None if it is not one."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return CertificateFailure("The mail server {host} could not prove who it is (its certificate is not "
                                  "trusted), so CareLink did not send it anything. Check the server name.",
                                  {"host": host})
    if isinstance(error, ssl.SSLError):
        return TemporaryFailure("CareLink could not make a secure connection to {host} on port {port}. Check "
                                "the port and security setting, or try again later.", {"host": host, "port": port})
    if isinstance(error, socket.gaierror):
        return TemporaryFailure("CareLink could not find the mail server {host}. Check the server name, "
                                "or the internet connection.", {"host": host})
    if isinstance(error, OSError | EOFError):
        return _no_connection(host)
    return None


def _no_connection(host: str) -> TemporaryFailure:
    return TemporaryFailure("No internet connection, or the mail server {host} is not answering. "
                            "CareLink will try again later.", {"host": host})
