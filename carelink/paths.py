"""Where a household's files live: the database, backups, photos and the log."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "CARELINK_DATA_DIR"


@dataclass(frozen=True)
class HouseholdPaths:
    """The folders and files of one household (the real one, or the demo's own folder)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "carelink.sqlite"

    @property
    def outbox_lock(self) -> Path:
        """Held (never waited for) by whichever process is sending the outbox, so no two send the same item."""
        return self.root / "outbox.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def log(self) -> Path:
        return self.root / "carelink.log"

    def create(self) -> None:
        for folder in (self.root, self.backups, self.photos):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_data_dir(option: str | None) -> Path:
    """The data folder: the --data-dir option, else $CARELINK_DATA_DIR, else the platform's user data folder."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("CareLink", appauthor=False))


def household_paths(data_dir: Path, demo: bool) -> HouseholdPaths:
    """The demo household lives in its own sub-folder so it never touches the real one."""
    return HouseholdPaths(data_dir / "demo" if demo else data_dir)


def tutorial_paths(data_dir: Path) -> HouseholdPaths:
    """The tutorial's practice household lives in its own sub-folder too, beside the demo's."""
    return HouseholdPaths(data_dir / "tutorial")
