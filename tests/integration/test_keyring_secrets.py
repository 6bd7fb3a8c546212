"""The password port against a real Secret Service (gnome-keyring on the session D-Bus).

./scripts/run-tests.sh starts a private, unlocked gnome-keyring under dbus-run-session. Anywhere else these
tests skip when no Secret Service answers, unless CARELINK_REQUIRE_KEYRING=1 (set by the harness and CI),
which turns a missing keyring into a failure. Passwords are filed under a service name of their own, never
"CareLink".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from typing import NoReturn

import keyring
import pytest
from keyring.backends import SecretService, chainer

from carelink.secrets import KeyringSecretStore

pytestmark = pytest.mark.noqt

PASSWORD = "correct horse battery staple ✓ Ünïcödé"
ACCOUNT = "mary@example.org"


def _missing(reason: str) -> NoReturn:
    """Skip, or fail when the harness promised a keyring."""
    if os.environ.get("CARELINK_REQUIRE_KEYRING") == "1":
        pytest.fail(f"{reason} (CARELINK_REQUIRE_KEYRING=1 makes this a failure)", pytrace=False)
    pytest.skip(f"{reason}; run ./scripts/run-tests.sh, which starts one")


@pytest.fixture(scope="module")
def secret_service() -> None:
    if not SecretService.Keyring.viable:
        _missing("No Secret Service (gnome-keyring) is running on the session D-Bus")


@pytest.fixture
def store(secret_service: None) -> Iterator[KeyringSecretStore]:
    store = KeyringSecretStore(service=f"CareLink-tests-{uuid.uuid4().hex}")
    yield store
    for _ in range(5):  # one item per delete; the secret-tool test may leave a second one
        if store.get_password(ACCOUNT) is None:
            break
        store.delete_password(ACCOUNT)


def _secret_tool() -> str:
    path = shutil.which("secret-tool")
    if path is None:
        _missing("secret-tool (Debian package libsecret-tools) is not installed")
    return path


def test_round_trip_through_the_secret_service(store: KeyringSecretStore) -> None:
    assert store.status().available is True
    assert store.get_password(ACCOUNT) is None

    store.set_password(ACCOUNT, PASSWORD)
    assert store.get_password(ACCOUNT) == PASSWORD

    store.set_password(ACCOUNT, "a new one")
    assert store.get_password(ACCOUNT) == "a new one"

    store.delete_password(ACCOUNT)
    assert store.get_password(ACCOUNT) is None
    store.delete_password(ACCOUNT)  # already gone: still not an error


def test_the_default_keyring_is_the_secret_service(secret_service: None) -> None:
    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        backend = backend.backends[0]
    assert isinstance(backend, SecretService.Keyring), f"keyring chose {backend}"


def test_the_password_lands_in_the_secret_service_itself(store: KeyringSecretStore) -> None:
    """Checked from outside Python with libsecret's own tool, both ways."""
    secret_tool = _secret_tool()
    store.set_password(ACCOUNT, PASSWORD)
    looked_up = subprocess.run(
        [secret_tool, "lookup", "service", store.service, "username", ACCOUNT],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=30,
    )
    assert looked_up.stdout.rstrip("\n") == PASSWORD

    store.delete_password(ACCOUNT)
    gone = subprocess.run(
        [secret_tool, "lookup", "service", store.service, "username", ACCOUNT],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert (gone.returncode, gone.stdout) == (1, "")

    subprocess.run(
        [secret_tool, "store", "--label=CareLink test", "service", store.service, "username", ACCOUNT],
        input="stored by secret-tool",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=30,
    )
    assert store.get_password(ACCOUNT) == "stored by secret-tool"
