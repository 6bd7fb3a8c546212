"""Private by default: the data folder 0700 and CareLink's files in it 0600 (the database holds the PIN's hash and
the family's mail), new files made so, and a folder that others can read put right at start."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from carelink.channels.email.mime import parse_message
from carelink.demo.pictures import make_scene
from carelink.paths import HouseholdPaths
from tests.helpers import FIXED_NOW, make_household, run_cli
from tests.helpers.fakes import family_mail

pytestmark = [pytest.mark.noqt,
              pytest.mark.skipif(os.name == "nt", reason="Windows folders are private through their ACLs")]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def everything(root: Path) -> list[Path]:
    return [root, *root.rglob("*")]


def assert_private(root: Path, but: tuple[str, ...] = ()) -> None:
    for path in everything(root):
        if path.name in but:
            continue
        wanted = 0o700 if path.is_dir() else 0o600
        assert mode(path) == wanted, f"{path} is {oct(mode(path))}"


def test_a_household_made_from_the_command_line_is_private(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    data = tmp_path / "data"
    photo = tmp_path / "sarah.png"
    photo.write_bytes(make_scene("garden"))
    code, _out, err = run_cli(["--data-dir", str(data), "contacts", "add", "Sarah", "--email",
                               "sarah@example.org", "--role", "carer", "--photo", str(photo)], capsys)
    assert code == 0, err
    assert run_cli(["--data-dir", str(data), "concern", "raise", "--category", "home"], capsys)[0] == 0
    paths = HouseholdPaths(data)
    assert paths.log.is_file() and paths.household_lock.is_file() and paths.outbox_lock.is_file()
    assert list(paths.backups.glob("daily-*.sqlite")) and list(paths.photos.iterdir())
    assert_private(data)


def test_files_made_while_open_are_private_too(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        sarah = home.contacts.add("Sarah", "sarah@example.org")
        home.wall.add_mail(parse_message(family_mail(sarah.email, "Roses", photo=True)), sarah.id, sarah.email,
                           FIXED_NOW)
        home.contacts.add("Jane", "jane@example.org", role="carer")
        home.concerns.raise_concern("lonely")
        assert Path(f"{home.paths.database}-wal").exists()  # open: SQLite's -wal and -shm are there
        assert_private(tmp_path)
    finally:
        home.close()


def test_a_folder_others_can_read_is_put_right_at_start(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    sarah = home.contacts.add("Sarah", "sarah@example.org")
    home.wall.add_mail(parse_message(family_mail(sarah.email, "Roses", photo=True)), sarah.id, sarah.email,
                       FIXED_NOW)
    home.close()
    theirs = tmp_path / "shopping-list.odt"  # not CareLink's: left as it is
    theirs.write_text("eggs")
    for path in everything(tmp_path):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)

    again = make_household(tmp_path)
    again.close()
    assert_private(tmp_path, but=(theirs.name,))
    assert mode(theirs) == 0o644

