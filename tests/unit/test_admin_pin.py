"""The admin PIN: 4 ASCII digits, stored only as a salted hash."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from carelink.app import Household
from carelink.services.admin_pin import validate_pin
from carelink.services.errors import UserError
from tests.helpers import make_household

pytestmark = pytest.mark.noqt

PIN = "2580"


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path)
    yield home
    home.close()


def database_files(household: Household) -> bytes:
    """The bytes of the SQLite file and of its write-ahead log, if there is one."""
    main = household.paths.database
    wal = Path(f"{main}-wal")
    return main.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def stored_hashes(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [value for (value,) in connection.execute("SELECT value FROM settings")]
    finally:
        connection.close()


def test_no_pin_at_first(household: Household) -> None:
    assert household.pin.is_set() is False
    assert household.pin.check("1234") is False
    assert household.pin.check("") is False


def test_set_and_check(household: Household) -> None:
    household.pin.set(PIN)
    assert household.pin.is_set() is True
    assert household.pin.check(PIN) is True


@pytest.mark.parametrize("wrong", ["2581", "0000", "258", "25800", "", " 2580"])
def test_a_wrong_pin_does_not_open(household: Household, wrong: str) -> None:
    household.pin.set(PIN)
    assert household.pin.check(wrong) is False


def test_setting_a_new_pin_replaces_the_old_one(household: Household) -> None:
    household.pin.set(PIN)
    household.pin.set("1379")
    assert household.pin.check("1379") is True
    assert household.pin.check(PIN) is False


def test_the_pin_survives_reopening(tmp_path: Path) -> None:
    first = make_household(tmp_path)
    first.pin.set(PIN)
    first.close()
    second = make_household(tmp_path)
    try:
        assert second.pin.check(PIN) is True
    finally:
        second.close()


@pytest.mark.parametrize("bad", ["123", "12345", "abcd", "١٢٣٤", "12 4", "", "１２３４", "12.4"])
def test_bad_pins_are_refused_and_nothing_is_stored(household: Household, bad: str) -> None:
    with pytest.raises(UserError) as caught:
        household.pin.set(bad)
    assert "4 digits" in caught.value.message
    assert household.pin.is_set() is False
    with pytest.raises(UserError):
        validate_pin(bad)


def test_a_bad_pin_leaves_the_old_one_in_place(household: Household) -> None:
    household.pin.set(PIN)
    with pytest.raises(UserError):
        household.pin.set("12345")
    assert household.pin.check(PIN) is True


def test_the_pin_is_not_a_documented_setting(household: Household) -> None:
    household.pin.set(PIN)
    assert PIN not in household.settings.all().values()
    assert not any(key.startswith("admin") for key in household.settings.all())


def test_the_pin_never_appears_in_plain_text_in_the_database_files(household: Household) -> None:
    household.pin.set(PIN)
    assert household.pin.check(PIN)
    while_open = database_files(household)
    household.close()
    after_close = database_files(household)

    hashes = stored_hashes(household.paths.database)
    assert len(hashes) == 1
    salt, dollar, digest = hashes[0].partition("$")
    assert dollar and len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    for raw in (while_open, after_close):
        assert hashes[0].encode() in raw  # we really are reading the file that holds the hash
        # The hash is hex, so by chance it may contain "2580": look everywhere except inside the hash itself.
        assert PIN.encode() not in raw.replace(hashes[0].encode(), b"")
        assert PIN.encode("utf-16-le") not in raw
        assert PIN.encode("utf-16-be") not in raw


def test_two_households_with_the_same_pin_store_different_hashes(tmp_path: Path) -> None:
    first = make_household(tmp_path / "a")
    second = make_household(tmp_path / "b")
    try:
        first.pin.set(PIN)
        second.pin.set(PIN)
    finally:
        first.close()
        second.close()
    assert stored_hashes(first.paths.database) != stored_hashes(second.paths.database)
