"""Where a household's files live: the database, backups, photos and the log."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "CARELINK_DATA_DIR"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
# chmod means nothing useful on Windows (its folders are private to the user through their ACLs).
CAN_CHMOD = os.name != "nt"


def make_private(path: Path, folder: bool = False) -> None:
    """Only the owner may read or write `path` (0600, or 0700 for a folder). Nothing happens on Windows."""
    if not CAN_CHMOD:
        return
    wanted = PRIVATE_FOLDER if folder else PRIVATE_FILE
    try:
        if stat.S_IMODE(path.lstat().st_mode) != wanted:
            os.chmod(path, wanted)
    except FileNotFoundError:
        pass


def _carelinks_own(name: str) -> bool:
    """A file in the data folder that CareLink made (the data folder may hold other things: leave those alone)."""
    return name.startswith(("carelink.", "journal.")) or name.endswith(".lock") or name.endswith(".txt")


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

    @property
    def lesson_lock(self) -> Path:
        """Held by the window while a workshop lesson is on show (carelink/services/tutorial/progress.py)."""
        return self.root / "lesson.lock"

    @property
    def household_lock(self) -> Path:
        """Waited for by whoever opens, repairs or migrates the database, so that only one process does."""
        return self.root / "household.lock"

    @property
    def journal(self) -> Path:
        """Concerns and outbox items as they are stored, appended beside the database (to replay after a restore)."""
        return self.root / "journal.jsonl"

    def create(self) -> None:
        """Make the folders (private to the user) and put right any that others can read."""
        for folder in (self.root, self.backups, self.photos):
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        self.make_private()

    def make_private(self) -> None:
        """The data folder and its own folders 0700, CareLink's files in them 0600 (on systems where that means
        something): the database holds the PIN's hash and the family's mail, so no other user may read it."""
        if not CAN_CHMOD:
            return
        for folder in (self.root, self.backups, self.photos):
            make_private(folder, folder=True)
            try:
                entries = list(os.scandir(folder))
            except FileNotFoundError:
                continue
            for entry in entries:
                if entry.is_symlink():
                    continue
                if entry.is_dir():
                    if folder == self.root:
                        make_private(Path(entry.path), folder=True)  # the demo's and the tutorial's households
                elif folder != self.root or _carelinks_own(entry.name):
                    make_private(Path(entry.path))


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
