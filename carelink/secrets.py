"""The password port: passwords live only in the operating system's keyring.

Never in the database, the logs, an exception message or a screenshot. Every call here may talk to D-Bus or
the OS keychain and may block, so the GUI calls it through the background runner.

``KeyringSecretStore`` refuses backends that would not keep a password safe: keyring's fail and null
backends, a chainer with nothing usable behind it, and anything from ``keyrings.alt`` (plaintext files).
Without a usable store, ``status()`` says so in plain words, ``get_password`` finds nothing and
``set_password`` raises ``SecretsUnavailable``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from carelink.errors import UserError

if TYPE_CHECKING:  # keyring itself is imported when a password is first needed: not at every start
    from keyring.backend import KeyringBackend

SERVICE = "CareLink"

NO_KEYRING_MESSAGE = (
    "CareLink cannot save passwords on this computer because no password store (keyring) is available. "
    "On Linux, install GNOME Keyring (the gnome-keyring package) or KWallet and sign in again; "
    "on Windows and macOS this works out of the box."
)
LOCKED_MESSAGE = (
    "CareLink could not open the password store (keyring) because it is locked. "
    "Unlock it, or sign out of the computer and sign in again, then try again."
)
FAILED_MESSAGE = (
    "CareLink could not use the password store (keyring) on this computer. "
    "Please try again; if it keeps happening, restart the computer."
)

# Backends from these packages write passwords to files in plain or weakly protected form.
_PLAINTEXT_PACKAGES = ("keyrings.alt",)
# secretstorage's names for "the collection or item is locked, or the unlock prompt was dismissed".
_LOCKED_ERROR_NAMES = frozenset({"LockedException", "PromptDismissedException"})
# ... and for "no Secret Service daemon on this D-Bus".
_NOT_AVAILABLE_ERROR_NAME = "SecretServiceNotAvailableException"

_log = logging.getLogger(__name__)


class SecretsUnavailable(UserError):  # noqa: N818 (the name reads as a state, like the message)
    """The password store cannot be used; the message says why in plain words and never holds a password."""


@dataclass(frozen=True)
class SecretStatus:
    """Whether passwords can be saved; ``message`` is plain English for the user, empty when available."""

    available: bool
    message: str


class SecretStore(Protocol):
    """Where CareLink keeps passwords, one per account (e.g. the email address)."""

    def status(self) -> SecretStatus: ...

    def get_password(self, account: str) -> str | None:
        """The saved password, or None when none is saved (or no store is available)."""
        ...

    def set_password(self, account: str, password: str) -> None:
        """Save (or replace) the password; raises SecretsUnavailable when it cannot be kept safely."""
        ...

    def delete_password(self, account: str) -> None:
        """Forget the password; no error when none was saved."""
        ...


@dataclass(frozen=True)
class _Resolution:
    backends: tuple[KeyringBackend, ...]  # usable ones, best first; empty when unavailable
    status: SecretStatus


class KeyringSecretStore:
    """A ``SecretStore`` over the ``keyring`` library.

    ``backend`` defaults to ``keyring.get_keyring()``, looked up on first use (not at construction or import).
    ``service`` is the keyring service name every password is filed under; tests and demos pass their own so
    they never touch the real CareLink entries.
    """

    def __init__(self, backend: KeyringBackend | None = None, *, service: str = SERVICE) -> None:
        if not service:
            raise ValueError("service must not be empty")
        self._backend = backend
        self._service = service
        self._lock = threading.Lock()
        self._resolution: _Resolution | None = None

    @property
    def service(self) -> str:
        return self._service

    def status(self) -> SecretStatus:
        """Whether a safe password store is there. A locked store still counts as available: the lock is
        only found (and reported through SecretsUnavailable) when a password is read or written."""
        return self._resolve().status

    def get_password(self, account: str) -> str | None:
        _check_account(account)
        for backend in self._resolve().backends:
            with _plain_errors("read", backend):
                password = backend.get_password(self._service, account)
            if password is not None:
                return password
        return None

    def set_password(self, account: str, password: str) -> None:
        _check_account(account)
        resolution = self._resolve()
        if not resolution.backends:
            raise SecretsUnavailable(resolution.status.message)
        for backend in resolution.backends:
            with _plain_errors("save", backend):
                try:
                    backend.set_password(self._service, account, password)
                except NotImplementedError:
                    continue  # a read-only store: try the next one, as keyring's chainer does
                return
        _log.warning("No password store accepted a new password (all read-only)")
        raise SecretsUnavailable(FAILED_MESSAGE)

    def delete_password(self, account: str) -> None:
        _check_account(account)
        # Every usable store, so a copy left in a second store cannot come back through get_password.
        for backend in self._resolve().backends:
            # PasswordDeleteError is how keyring's backends all report "nothing saved there".
            from keyring.errors import PasswordDeleteError

            with (
                _plain_errors("delete", backend),
                suppress(PasswordDeleteError, NotImplementedError),
            ):
                backend.delete_password(self._service, account)

    def _resolve(self) -> _Resolution:
        with self._lock:
            if self._resolution is None:
                self._resolution = _resolve(self._backend)
            return self._resolution


def _check_account(account: str) -> None:
    if not account:
        raise ValueError("account must not be empty")


def _resolve(given: KeyringBackend | None) -> _Resolution:
    try:
        import keyring
        from keyring.backends import chainer

        backend = given if given is not None else keyring.get_keyring()
        candidates = list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
        usable = tuple(candidate for candidate in candidates if _is_usable(candidate))
    except Exception as exc:  # a broken keyring config or plugin must not stop CareLink from starting
        _log.warning("Could not look up the password store: %s", _describe(exc))
        usable = ()
    if not usable:
        _log.info("No usable password store (keyring backend) on this computer")
        return _Resolution((), SecretStatus(available=False, message=NO_KEYRING_MESSAGE))
    _log.info("Passwords are kept in %s", _name(usable[0]))
    return _Resolution(usable, SecretStatus(available=True, message=""))


def _is_usable(backend: KeyringBackend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring | chainer.ChainerBackend):
        return False
    if _is_plaintext(type(backend)):
        _log.warning("Refusing the plaintext password store %s", _name(backend))
        return False
    return bool(type(backend).viable)


def _is_plaintext(cls: type) -> bool:
    return any(
        klass.__module__ == package or klass.__module__.startswith(package + ".")
        for klass in cls.__mro__
        for package in _PLAINTEXT_PACKAGES
    )


@contextmanager
def _plain_errors(operation: str, backend: KeyringBackend) -> Iterator[None]:
    """Turn any failure inside a keyring backend into SecretsUnavailable with a plain message.

    The original exception is neither chained nor its text logged: a backend may put anything in it, and a
    password must never reach a message or a log. Only its type is logged.
    """
    try:
        yield
    except SecretsUnavailable:
        raise
    except Exception as exc:
        _log.warning("Password store %s failed to %s a password: %s", _name(backend), operation, _describe(exc))
        raise SecretsUnavailable(_message_for(exc)) from None


def _message_for(exc: Exception) -> str:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked) or type(exc).__name__ in _LOCKED_ERROR_NAMES:
        return LOCKED_MESSAGE
    if isinstance(exc, keyring.errors.NoKeyringError) or type(exc).__name__ == _NOT_AVAILABLE_ERROR_NAME:
        return NO_KEYRING_MESSAGE
    return FAILED_MESSAGE


def _describe(exc: BaseException) -> str:
    cls = type(exc)
    return f"{cls.__module__}.{cls.__qualname__}"


def _name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"
