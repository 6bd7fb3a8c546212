"""The 4-digit PIN that keeps the family's settings away from accidental taps.

Only a salted PBKDF2 hash is stored. A 4-digit PIN is a lock on a cupboard door, not a password: it stops a
confused tap from breaking the setup, so a hash in the database is enough and the PIN works with no keyring.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from carelink.services.errors import UserError
from carelink.storage.database import Database
from carelink.storage.models import SettingRow

_KEY = "admin.pin_hash"  # deliberately not a documented setting: `settings get` cannot show it
_ROUNDS = 100_000


def _hash(pin: str, salt: bytes) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, _ROUNDS)
    return f"{salt.hex()}${digest.hex()}"


def validate_pin(pin: str) -> str:
    if len(pin) != 4 or not pin.isascii() or not pin.isdigit():
        raise UserError("The PIN must be exactly 4 digits, like 2580.")
    return pin


class AdminPin:
    """Sets and checks the admin PIN stored (hashed) in the household's database."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def is_set(self) -> bool:
        with self._database.session() as session:
            return session.get(SettingRow, _KEY) is not None

    def set(self, pin: str) -> None:
        validate_pin(pin)
        with self._database.session() as session:
            session.merge(SettingRow(key=_KEY, value=_hash(pin, secrets.token_bytes(16))))

    def check(self, pin: str) -> bool:
        with self._database.session() as session:
            row = session.get(SettingRow, _KEY)
            stored = None if row is None else row.value
        if stored is None:
            return False
        salt_hex, _, _ = stored.partition("$")
        return hmac.compare_digest(_hash(pin, bytes.fromhex(salt_hex)), stored)
