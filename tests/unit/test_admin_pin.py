"""The admin PIN: 4 ASCII digits, stored only as a salted hash; guessing slows down after 3 wrong tries."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from carelink.clock import SettableClock
from carelink.errors import UserError
from carelink.household import Household
from carelink.services.admin_pin import validate_pin
from carelink.storage.models import SettingRow
from tests.helpers import make_clock, make_household

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
    scheme, rounds, salt, digest = hashes[0].split("$")
    assert (scheme, rounds) == ("pbkdf2-sha256", "600000")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
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


# --- guessing is slow ---------------------------------------------------------------------------------------------

@pytest.fixture
def clock() -> SettableClock:
    return make_clock()


@pytest.fixture
def guarded(tmp_path: Path, clock: SettableClock) -> Iterator[Household]:
    home = make_household(tmp_path, clock=clock)
    home.pin.set(PIN)
    yield home
    home.close()


def wrong_tries(household: Household, count: int) -> list[int]:
    """The waits each of `count` wrong tries gave."""
    return [household.pin.attempt("0000").wait_s for _ in range(count)]


def test_three_wrong_tries_make_the_pin_wait_30_seconds_even_for_the_right_pin(
        guarded: Household, clock: SettableClock) -> None:
    assert wrong_tries(guarded, 3) == [0, 0, 30]
    waiting = guarded.pin.attempt(PIN)
    assert (waiting.right, waiting.refused, waiting.failures) == (False, True, 3)
    assert guarded.pin.check(PIN) is False, "not even the right PIN opens while it waits"
    clock.advance(timedelta(seconds=29))
    assert guarded.pin.wait_left() == 1
    clock.advance(timedelta(seconds=1))
    assert guarded.pin.wait_left() == 0
    opened = guarded.pin.attempt(PIN)
    assert (opened.right, opened.failures, opened.wait_s) == (True, 0, 0)
    assert wrong_tries(guarded, 3) == [0, 0, 30], "the right PIN starts the count again"


def test_a_try_while_waiting_is_not_counted(guarded: Household, clock: SettableClock) -> None:
    wrong_tries(guarded, 3)
    for _ in range(20):
        guarded.pin.attempt("0000")
    assert guarded.pin.waiting().failures == 3
    clock.advance(timedelta(seconds=30))
    assert wrong_tries(guarded, 1) == [60]


def test_each_wrong_try_after_a_wait_doubles_it_up_to_15_minutes(guarded: Household, clock: SettableClock) -> None:
    waits: list[int] = []
    for _ in range(9):
        [wait] = wrong_tries(guarded, 1) if waits else wrong_tries(guarded, 3)[-1:]
        waits.append(wait)
        clock.advance(timedelta(seconds=wait))
    assert waits == [30, 60, 120, 240, 480, 900, 900, 900, 900]


def test_31_quick_guesses_cannot_open_it(guarded: Household, clock: SettableClock) -> None:
    """The issue's attack: every PIN in turn, as fast as the screen takes them, with the right one 31st."""
    guesses = [f"{n:04d}" for n in range(30)] + [PIN]
    assert not any(guarded.pin.check(guess) for guess in guesses)


def test_the_wait_survives_closing_carelink(tmp_path: Path, clock: SettableClock) -> None:
    first = make_household(tmp_path, clock=clock)
    first.pin.set(PIN)
    wrong_tries(first, 3)
    first.close()
    second = make_household(tmp_path, clock=clock)
    try:
        assert second.pin.wait_left() == 30
        assert second.pin.check(PIN) is False
    finally:
        second.close()


def test_a_clock_put_back_does_not_make_the_wait_longer_than_its_own_length(
        guarded: Household, clock: SettableClock) -> None:
    wrong_tries(guarded, 3)
    clock.advance(timedelta(seconds=30))
    assert wrong_tries(guarded, 1) == [60]
    clock.advance(timedelta(days=-1))
    assert guarded.pin.wait_left() == 60, "not a day and a minute"
    clock.advance(timedelta(seconds=60))
    assert guarded.pin.check(PIN) is True


def test_a_new_pin_forgets_the_wrong_tries(guarded: Household) -> None:
    wrong_tries(guarded, 3)
    guarded.pin.set("1379")
    assert guarded.pin.wait_left() == 0
    assert guarded.pin.check("1379") is True


def test_the_wrong_tries_are_not_a_documented_setting(guarded: Household) -> None:
    wrong_tries(guarded, 3)
    assert not any(key.startswith("admin") for key in guarded.settings.all())


def test_a_pin_hashed_the_old_way_still_opens_and_is_hashed_again_with_more_work(guarded: Household) -> None:
    salt = bytes(range(16))
    old = f"{salt.hex()}${hashlib.pbkdf2_hmac('sha256', b'4826', salt, 100_000).hex()}"
    with guarded.database.session() as session:
        session.merge(SettingRow(key="admin.pin_hash", value=old))
    assert guarded.pin.check("1111") is False
    assert guarded.pin.check("4826") is True
    [stored] = [v for v in stored_hashes(guarded.paths.database) if "$" in v]
    assert stored.startswith("pbkdf2-sha256$600000$") and stored != old
    assert guarded.pin.check("4826") is True


def test_tries_made_at_the_same_moment_each_count(guarded: Household) -> None:
    tries = [threading.Thread(target=guarded.pin.attempt, args=("0000",)) for _ in range(3)]
    for one in tries:
        one.start()
    for one in tries:
        one.join(30)
    assert (guarded.pin.waiting().failures, guarded.pin.wait_left()) == (3, 30)
