"""The email account's password lives only in the keyring, under the account's address: a new address takes the
password along (or the one typed), and the old address's password leaves the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from carelink.app import build_household
from carelink.channels.email.account import EmailAccount, make_account
from carelink.household import Household
from tests.helpers import make_clock, memory_secrets

pytestmark = pytest.mark.noqt


@pytest.fixture
def saved() -> dict[tuple[str, str], str]:
    return {}


@pytest.fixture
def household(tmp_path: Path, saved: dict[tuple[str, str], str]) -> Iterator[Household]:
    home = build_household(tmp_path, demo=False, clock=make_clock(), secrets=memory_secrets(saved))
    yield home
    home.close()


def account(address: str) -> EmailAccount:
    return make_account(address, "imap.example.org", "smtp.example.org", "ssl")


def passwords(saved: dict[tuple[str, str], str]) -> dict[str, str]:
    return {user: password for (_service, user), password in saved.items()}


def test_a_new_address_with_a_new_password_forgets_the_old_one(household: Household,
                                                                saved: dict[tuple[str, str], str]) -> None:
    household.email.save(account("mary@example.org"), "first secret")
    household.email.save(account("mary.jones@example.org"), "second secret")
    assert passwords(saved) == {"mary.jones@example.org": "second secret"}
    assert household.email.from_address() == "mary.jones@example.org"


def test_a_new_address_without_a_password_keeps_the_old_password(household: Household,
                                                                  saved: dict[tuple[str, str], str]) -> None:
    household.email.save(account("mary@example.org"), "first secret")
    household.email.save(account("mary.jones@example.org"), None)
    assert passwords(saved) == {"mary.jones@example.org": "first secret"}


def test_the_same_address_keeps_its_password(household: Household, saved: dict[tuple[str, str], str]) -> None:
    household.email.save(account("mary@example.org"), "first secret")
    household.email.save(account("mary@example.org"), None)
    assert passwords(saved) == {"mary@example.org": "first secret"}
