"""The password port over keyring, with keyring's own fail/null/chainer backends and a tiny in-memory backend.

The in-test backends take a constructor argument on purpose: keyring registers every backend subclass and,
when it looks for the default backend, builds the ones that need no arguments. These never qualify, so they
cannot leak into another test's ``keyring.get_keyring()``.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.core
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.compat import properties

from carelink.errors import UserError
from carelink.secrets import (
    SERVICE,
    KeyringSecretStore,
    SecretStatus,
    SecretStore,
    SecretsUnavailable,
)

pytestmark = pytest.mark.noqt

PASSWORD = "hunter2-Ünïcödé-✓"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict; ``error`` makes every call raise it."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property, as in keyring's own backends)
        return -10  # below fail (0) and null (-1): never the default, never chained

    def __init__(self, saved: dict[tuple[str, str], str], error: Exception | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.saved = saved
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail()
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail()
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail()
        if self.saved.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("Password not found")

    def _maybe_fail(self) -> None:
        if self.error is not None:
            raise self.error


class PlaintextKeyring(MemoryKeyring):
    """Stands in for a keyrings.alt backend (that package must never be installed, so it is not)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class SubclassOfPlaintextKeyring(PlaintextKeyring):
    """Defined here, but still a keyrings.alt backend underneath."""


SubclassOfPlaintextKeyring.__module__ = __name__


class FixedChainer(chainer.ChainerBackend):
    """keyring's chainer, over a chosen list of backends instead of every installed one."""

    def __init__(self, chained: list[KeyringBackend]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.chained = chained

    @property
    def backends(self) -> list[KeyringBackend]:
        return self.chained


def failing() -> KeyringBackend:
    """keyring's own backend for "no keyring here": every call raises NoKeyringError."""
    return fail.Keyring()


def null_keyring() -> KeyringBackend:
    """keyring's own backend that quietly saves nothing."""
    return null.Keyring()


@pytest.fixture
def saved() -> dict[tuple[str, str], str]:
    return {}


@pytest.fixture
def store(saved: dict[tuple[str, str], str]) -> KeyringSecretStore:
    return KeyringSecretStore(MemoryKeyring(saved))


@pytest.fixture
def default_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a test replace keyring's process-wide default backend, restored afterwards."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)


def test_the_store_meets_the_port() -> None:
    secret_store: SecretStore = KeyringSecretStore(MemoryKeyring({}))
    assert secret_store.status() == SecretStatus(available=True, message="")


def test_round_trip_under_the_carelink_service(store: KeyringSecretStore, saved: dict[tuple[str, str], str]) -> None:
    assert store.service == SERVICE == "CareLink"
    assert store.get_password("mary@example.org") is None

    store.set_password("mary@example.org", PASSWORD)
    assert store.get_password("mary@example.org") == PASSWORD
    assert saved == {("CareLink", "mary@example.org"): PASSWORD}

    store.set_password("mary@example.org", "a new one")
    assert store.get_password("mary@example.org") == "a new one"

    store.delete_password("mary@example.org")
    assert store.get_password("mary@example.org") is None
    assert saved == {}


def test_deleting_a_password_that_was_never_saved_is_not_an_error(store: KeyringSecretStore) -> None:
    store.delete_password("nobody@example.org")
    assert store.get_password("nobody@example.org") is None


def test_a_different_service_name_keeps_passwords_apart(saved: dict[tuple[str, str], str]) -> None:
    real = KeyringSecretStore(MemoryKeyring(saved))
    demo = KeyringSecretStore(MemoryKeyring(saved), service="CareLink-demo")
    real.set_password("mary@example.org", "real")
    demo.set_password("mary@example.org", "pretend")

    assert real.get_password("mary@example.org") == "real"
    assert demo.get_password("mary@example.org") == "pretend"
    assert saved == {
        ("CareLink", "mary@example.org"): "real",
        ("CareLink-demo", "mary@example.org"): "pretend",
    }


def test_an_empty_account_or_service_is_a_programming_error(store: KeyringSecretStore) -> None:
    with pytest.raises(ValueError, match="account"):
        store.set_password("", PASSWORD)
    with pytest.raises(ValueError, match="account"):
        store.get_password("")
    with pytest.raises(ValueError, match="service"):
        KeyringSecretStore(MemoryKeyring({}), service="")


@pytest.mark.parametrize(
    "backend",
    [
        pytest.param(failing(), id="fail"),
        pytest.param(null_keyring(), id="null"),
        pytest.param(FixedChainer([]), id="empty-chainer"),
        pytest.param(FixedChainer([failing(), null_keyring()]), id="chainer-of-nothing-usable"),
        pytest.param(PlaintextKeyring({}), id="keyrings.alt"),
        pytest.param(SubclassOfPlaintextKeyring({}), id="subclass-of-keyrings.alt"),
        pytest.param(FixedChainer([PlaintextKeyring({})]), id="chainer-of-keyrings.alt"),
    ],
)
def test_backends_that_cannot_keep_a_password_safe_are_unavailable(backend: KeyringBackend) -> None:
    store = KeyringSecretStore(backend)

    status = store.status()
    assert status.available is False
    assert "no password store (keyring) is available" in status.message
    assert "gnome-keyring package" in status.message

    assert store.get_password("mary@example.org") is None
    with pytest.raises(SecretsUnavailable) as raised:
        store.set_password("mary@example.org", PASSWORD)
    assert raised.value.message == status.message
    assert isinstance(raised.value, UserError)
    assert PASSWORD not in str(raised.value)
    store.delete_password("mary@example.org")


def test_a_plaintext_backend_is_never_written_even_beside_a_safe_one() -> None:
    plaintext: dict[tuple[str, str], str] = {("CareLink", "mary@example.org"): "old plaintext copy"}
    safe: dict[tuple[str, str], str] = {}
    store = KeyringSecretStore(FixedChainer([PlaintextKeyring(plaintext), MemoryKeyring(safe)]))

    assert store.status().available is True
    assert store.get_password("mary@example.org") is None
    store.set_password("mary@example.org", PASSWORD)

    assert safe == {("CareLink", "mary@example.org"): PASSWORD}
    assert plaintext == {("CareLink", "mary@example.org"): "old plaintext copy"}


def test_a_chainer_reads_every_safe_store_and_deletes_from_all(saved: dict[tuple[str, str], str]) -> None:
    other: dict[tuple[str, str], str] = {("CareLink", "mary@example.org"): "from the second store"}
    store = KeyringSecretStore(FixedChainer([MemoryKeyring(saved), MemoryKeyring(other)]))

    assert store.get_password("mary@example.org") == "from the second store"
    store.delete_password("mary@example.org")
    assert store.get_password("mary@example.org") is None
    assert other == {}


def test_the_default_backend_is_looked_up_on_first_use_not_before(default_keyring: None) -> None:
    keyring.set_keyring(failing())
    store = KeyringSecretStore(service="CareLink-unit-tests")
    saved: dict[tuple[str, str], str] = {}
    keyring.set_keyring(MemoryKeyring(saved))

    store.set_password("mary@example.org", PASSWORD)

    assert store.status().available is True
    assert saved == {("CareLink-unit-tests", "mary@example.org"): PASSWORD}


def test_keyrings_own_fail_backend_as_the_default_is_reported_plainly(default_keyring: None) -> None:
    keyring.set_keyring(failing())
    store = KeyringSecretStore()

    assert store.status().available is False
    with pytest.raises(SecretsUnavailable, match="GNOME Keyring"):
        store.set_password("mary@example.org", PASSWORD)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        pytest.param(keyring.errors.KeyringLocked(f"locked, tried {PASSWORD}"), "because it is locked", id="locked"),
        pytest.param(keyring.errors.InitError(f"no collection for {PASSWORD}"), "could not use", id="init"),
        pytest.param(keyring.errors.PasswordSetError(f"refused {PASSWORD}"), "could not use", id="set-error"),
        pytest.param(keyring.errors.NoKeyringError(f"none for {PASSWORD}"), "no password store", id="none"),
        pytest.param(ConnectionRefusedError(f"D-Bus said {PASSWORD}"), "could not use", id="dbus-socket"),
        pytest.param(RuntimeError(f"plugin bug {PASSWORD}"), "could not use", id="anything-else"),
    ],
)
def test_keyring_errors_become_plain_messages_without_the_password(
    error: Exception, expected: str, caplog: pytest.LogCaptureFixture
) -> None:
    store = KeyringSecretStore(MemoryKeyring({}, error=error))
    caplog.set_level(logging.DEBUG)

    calls: list[Callable[[], object]] = [
        lambda: store.set_password("mary@example.org", PASSWORD),
        lambda: store.get_password("mary@example.org"),
        lambda: store.delete_password("mary@example.org"),
    ]
    for call in calls:
        with pytest.raises(SecretsUnavailable) as raised:
            call()
        assert expected in raised.value.message
        assert PASSWORD not in str(raised.value)
        assert PASSWORD not in repr(raised.value)
        assert raised.value.__cause__ is None
        assert raised.value.__suppress_context__ is True

    assert caplog.records, "a failure should leave a trace in the log"
    assert PASSWORD not in caplog.text
    assert type(error).__name__ in caplog.text


def test_secretstorage_lock_errors_read_as_locked() -> None:
    exceptions = pytest.importorskip("secretstorage.exceptions", reason="secretstorage is only used on Linux")
    for error in (exceptions.LockedException("locked"), exceptions.PromptDismissedException("dismissed")):
        store = KeyringSecretStore(MemoryKeyring({}, error=error))
        with pytest.raises(SecretsUnavailable, match="because it is locked"):
            store.set_password("mary@example.org", PASSWORD)
    store = KeyringSecretStore(MemoryKeyring({}, error=exceptions.SecretServiceNotAvailableException("gone")))
    with pytest.raises(SecretsUnavailable, match="no password store"):
        store.get_password("mary@example.org")


def test_importing_the_module_needs_no_qt_and_does_not_look_up_a_keyring() -> None:
    code = (
        "import json, sys, keyring.core, carelink.secrets\n"
        "print(json.dumps({'qt': sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))),\n"
        "                  'looked_up': keyring.core._keyring_backend is not None}))\n"
    )
    repo_root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(result.stdout) == {"qt": [], "looked_up": False}
