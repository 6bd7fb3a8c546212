"""The 4-digit PIN that keeps the family's settings away from accidental taps, and from a stranger at the keyboard.

Only a salted PBKDF2 hash is stored. A 4-digit PIN is a lock on a cupboard door, not a password: it stops a
confused tap from breaking the setup, so a hash in the database is enough and the PIN works with no keyring.

Guessing is slow on purpose: after 3 wrong tries in a row the PIN cannot be tried for 30 seconds, and each wrong
try after that doubles the wait (1 minute, 2 minutes, … up to 15 minutes); the right PIN starts the count again.
The count is kept in the household's database, so closing CareLink does not reset it, and a wait that lies
implausibly far ahead (the clock was put back) is shortened to its own length from now.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from carelink.clock import Clock
from carelink.errors import UserError
from carelink.storage.database import Database
from carelink.storage.models import SettingRow

_KEY = "admin.pin_hash"  # deliberately not a documented setting: `settings get` cannot show it
_THROTTLE_KEY = "admin.pin_throttle"  # the wrong tries in a row and until when the PIN cannot be tried
_ROUNDS = 600_000  # new hashes; "salt$digest" hashes from before were made with 100,000 and still work
_OLD_ROUNDS = 100_000
_SCHEME = "pbkdf2-sha256"
FREE_TRIES = 3
FIRST_WAIT_S = 30
LONGEST_WAIT_S = 15 * 60


def _digest(pin: str, salt: bytes, rounds: int) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, rounds).hex()


def _hash(pin: str, salt: bytes) -> str:
    return f"{_SCHEME}${_ROUNDS}${salt.hex()}${_digest(pin, salt, _ROUNDS)}"


def _matches(pin: str, stored: str) -> bool:
    parts = stored.split("$")
    try:
        if len(parts) == 4 and parts[0] == _SCHEME:
            salt, rounds, digest = bytes.fromhex(parts[2]), int(parts[1]), parts[3]
        elif len(parts) == 2:
            salt, rounds, digest = bytes.fromhex(parts[0]), _OLD_ROUNDS, parts[1]
        else:
            return False
    except ValueError:
        return False
    return hmac.compare_digest(_digest(pin, salt, rounds), digest)


def validate_pin(pin: str) -> str:
    if len(pin) != 4 or not pin.isascii() or not pin.isdigit():
        raise UserError("The PIN must be exactly 4 digits, like 2580.")
    return pin


def wait_after(failures: int) -> int:
    """Seconds the PIN cannot be tried after `failures` wrong tries in a row: 0, then 30, 60, 120… at most 15 min."""
    if failures < FREE_TRIES:
        return 0
    return min(LONGEST_WAIT_S, FIRST_WAIT_S << min(failures - FREE_TRIES, 16))


@dataclass(frozen=True)
class PinAttempt:
    """What one try gave: right or not, the wrong tries in a row so far, and how many seconds to wait before the
    next try (0: at once). A try made while waiting is not checked at all (`refused`)."""

    right: bool
    failures: int
    wait_s: int
    refused: bool = False


class AdminPin:
    """Sets and checks the admin PIN stored (hashed) in the household's database, slowing down guessing."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._database, self._clock = database, clock
        self._trying = threading.Lock()  # one try at a time: two at once must not both count as the same one

    def is_set(self) -> bool:
        with self._database.session() as session:
            return session.get(SettingRow, _KEY) is not None

    def set(self, pin: str) -> None:
        """A new PIN (the wrong tries counted so far are forgotten)."""
        validate_pin(pin)
        with self._database.session() as session:
            session.merge(SettingRow(key=_KEY, value=_hash(pin, secrets.token_bytes(16))))
            _forget_throttle(session)

    def check(self, pin: str) -> bool:
        """True for the right PIN, when it may be tried now (see attempt())."""
        return self.attempt(pin).right

    def attempt(self, pin: str) -> PinAttempt:
        """Try `pin`. While a wait is running nothing is checked; otherwise a wrong PIN counts, a right one
        starts the count again."""
        with self._trying:
            return self._attempt(pin)

    def _attempt(self, pin: str) -> PinAttempt:
        failures, wait_s = self._throttle()
        if wait_s > 0:
            return PinAttempt(False, failures, wait_s, refused=True)
        with self._database.session() as session:
            row = session.get(SettingRow, _KEY)
            stored = None if row is None else row.value
        if stored is None:
            return PinAttempt(False, failures, 0)
        if _matches(pin, stored):
            with self._database.session() as session:
                _forget_throttle(session)
                if not stored.startswith(_SCHEME):  # an older, cheaper hash: made again with today's work
                    session.merge(SettingRow(key=_KEY, value=_hash(pin, secrets.token_bytes(16))))
            return PinAttempt(True, 0, 0)
        failures += 1
        wait_s = wait_after(failures)
        until = self._clock.now() + timedelta(seconds=wait_s)
        with self._database.session() as session:
            session.merge(SettingRow(key=_THROTTLE_KEY, value=json.dumps(
                {"failures": failures, "until": until.isoformat()})))
        return PinAttempt(False, failures, wait_s)

    def wait_left(self) -> int:
        """Seconds before the PIN may be tried again (0: now)."""
        return self._throttle()[1]

    def waiting(self) -> PinAttempt:
        """Where the count stands, as a try refused now would say (wait_s 0: the PIN may be tried)."""
        failures, wait_s = self._throttle()
        return PinAttempt(False, failures, wait_s, refused=wait_s > 0)

    def seconds_until(self, moment: datetime) -> int:
        """Whole seconds from now until `moment` (0 if past): for a countdown on screen."""
        return max(0, math.ceil((moment - self._clock.now()).total_seconds()))

    def deadline(self, wait_s: int) -> datetime:
        """The moment `wait_s` seconds from now, on this service's clock."""
        return self._clock.now() + timedelta(seconds=wait_s)

    def _throttle(self) -> tuple[int, int]:
        """The wrong tries in a row and the seconds still to wait. A wait longer than it can be (the clock was put
        back since) is shortened to its full length from now, and saved so."""
        with self._database.session() as session:
            row = session.get(SettingRow, _THROTTLE_KEY)
            if row is None:
                return 0, 0
            try:
                saved = json.loads(row.value)
                failures, until = int(saved["failures"]), datetime.fromisoformat(saved["until"])
                now = self._clock.now()
                left = (until - now).total_seconds()
            except (ValueError, KeyError, TypeError):
                return FREE_TRIES, 0  # a damaged record: as after 3 wrong tries, so the next wrong one waits
            longest = wait_after(failures)
            if left > longest:
                until = now + timedelta(seconds=longest)
                row.value = json.dumps({"failures": failures, "until": until.isoformat()})
                left = longest
            return failures, max(0, math.ceil(left))


def _forget_throttle(session: Session) -> None:
    row = session.get(SettingRow, _THROTTLE_KEY)
    if row is not None:
        session.delete(row)
