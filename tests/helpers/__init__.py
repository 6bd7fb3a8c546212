"""Shared fakes and factories for CareLink's tests. Imports no Qt, so the core tests can use it too.

- ``FIXED_NOW``: Saturday 21 November 2026, 09:14 in London (an aware datetime).
- ``make_household(tmp_path, demo=False, clock=None)``: a real household (real SQLite file under ``tmp_path``) on a
  ``SettableClock`` and an in-memory password store, so no test ever touches the real keyring.
- ``MemoryKeyring``: a real keyring backend that keeps passwords in a dict.
- ``run_cli(argv, capsys)``: runs ``carelink.cli.main`` in-process and returns ``(code, stdout, stderr)``.
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties

from carelink.app import build_household
from carelink.clock import Clock, SettableClock
from carelink.household import Household
from carelink.secrets import KeyringSecretStore
from carelink.translation import Translations

LONDON = ZoneInfo("Europe/London")
FIXED_NOW = datetime(2026, 11, 21, 9, 14, tzinfo=LONDON)  # a Saturday morning
TEST_SERVICE = "CareLink-tests"


class MemoryKeyring(KeyringBackend):
    """A keyring backend over a dict.

    It takes a constructor argument on purpose: keyring only auto-builds backends that need none, so this one can
    never become another test's default keyring. Its priority is below keyring's fail and null backends too.
    """

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property, as in keyring's own backends)
        return -10

    def __init__(self, saved: dict[tuple[str, str], str]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.saved = saved

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.saved.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("Password not found")


def memory_secrets(saved: dict[tuple[str, str], str] | None = None) -> KeyringSecretStore:
    """A password store that keeps everything in ``saved`` (a fresh dict when not given)."""
    return KeyringSecretStore(MemoryKeyring({} if saved is None else saved), service=TEST_SERVICE)


def make_clock(moment: datetime = FIXED_NOW) -> SettableClock:
    return SettableClock(moment)


def make_household(tmp_path: Path, demo: bool = False, clock: Clock | None = None,
                   translations: Translations | None = None) -> Household:
    """A household whose data lives under ``tmp_path`` (the demo one under ``tmp_path / "demo"``).

    The caller closes it (``household.close()``), or uses the ``household`` fixtures that do.
    """
    return build_household(tmp_path, demo, clock=clock or make_clock(), secrets=memory_secrets(),
                           translations=translations)


def _drop_cli_log_handlers(level: int) -> None:
    """``cli.main`` adds a rotating log file to the root logger; take it off again so tests leave no trace."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def run_cli(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the admin command line in-process: ``(exit code, stdout, stderr)`` of this one call."""
    from carelink.cli import main

    capsys.readouterr()  # forget anything printed before
    level = logging.getLogger().level
    try:
        code = main(list(argv))
    finally:
        _drop_cli_log_handlers(level)
    out, err = capsys.readouterr()
    return code, out, err
