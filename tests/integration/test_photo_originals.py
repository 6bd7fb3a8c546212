"""The originals of photos, through the real IMAP server, the sync and the command line: by default only display
copies (with a thumbnail each) are kept, with no place the photo was taken; with photos.keep_originals on, the
photos as they came are kept beside them; turning it off removes those only once the family admin says yes, and
every photo stays on the wall. What keeping display copies only saves is counted as photos arrive."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from carelink.services.photo_files import ORIGINAL_MARK, THUMBNAIL_SUFFIX, thumbnail_of
from tests.helpers import make_household, run_cli
from tests.helpers.mail_servers import ImapServer, account_for
from tests.helpers.photos import photo, photo_mail, tells_place, upright_marker

pytestmark = pytest.mark.noqt
SARAH = "sarah@example.org"


def deliver_and_sync(tmp_path: Path, imap_server: ImapServer, photos: list[tuple[str, bytes]], words: str) -> None:
    household = make_household(tmp_path)
    try:
        household.email.save(account_for(imap_server), imap_server.password)  # (each test household's keyring
        if household.contacts.find_by_email(SARAH) is None:                  # lives as long as it does)
            household.contacts.add("Sarah", SARAH)
        imap_server.deliver(photo_mail(SARAH, words, photos))
        report = household.sync.sync_once()
        assert (report.new_messages, report.error) == (1, None)
    finally:
        household.close()


def wall_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "wall", "--json"], capsys)
    assert code == 0
    cards: list[dict[str, Any]] = json.loads(out)
    return cards


def cards(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[Path]]:
    return {card["text"]: [Path(p) for p in card["photos"]] for card in wall_json(tmp_path, capsys)}


def listed_originals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict[str, object]]]:
    return {card["text"]: card["originals"] for card in wall_json(tmp_path, capsys)}


def original_beside(display: Path) -> Path:
    (found,) = display.parent.glob(display.name.split(".")[0] + ORIGINAL_MARK + "*")
    return found


def originals(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "photos").glob(f"*{ORIGINAL_MARK}*"))


def storage(tmp_path: Path) -> dict[str, object]:
    household = make_household(tmp_path)
    try:
        return household.photos.storage().as_json()
    finally:
        household.close()


def test_by_default_only_display_copies_and_thumbnails_are_kept_without_the_place(
        tmp_path: Path, imap_server: ImapServer, capsys: pytest.CaptureFixture[str]) -> None:
    big = photo("jpeg", 4032, 3024, place=True)  # sideways, as a phone held upright stores it
    small = photo("jpeg", 800, 600, orientation=1, place=True)
    heic = photo("heic", 3000, 2000, place=True)
    assert tells_place(big) and tells_place(small) and tells_place(heic)
    deliver_and_sync(tmp_path, imap_server, [("IMG_1.JPG", big), ("IMG_2.JPG", small), ("IMG_3.HEIC", heic)],
                     "From the beach")

    shown = cards(tmp_path, capsys)["From the beach"]
    assert len(shown) == 3
    folder = sorted(path.name for path in (tmp_path / "photos").iterdir())
    assert folder == sorted([path.name for path in shown] + [path.name.split(".")[0] + THUMBNAIL_SUFFIX
                                                            for path in shown]), "a display copy and a thumbnail"
    for path in shown:
        data = path.read_bytes()
        assert not tells_place(data), f"{path.name} says nowhere where it was taken"
        thumbnail = thumbnail_of(path)
        assert thumbnail is not None and not tells_place(thumbnail.read_bytes())
        with Image.open(path) as copy, Image.open(thumbnail) as small_one:
            assert max(copy.size) <= 1600 and max(small_one.size) <= 320
            assert copy.width / copy.height == pytest.approx(small_one.width / small_one.height, abs=0.02)
    first_thumbnail = thumbnail_of(shown[0])
    assert first_thumbnail is not None
    assert upright_marker(shown[0].read_bytes()) == upright_marker(first_thumbnail.read_bytes()) == "top right", \
        "both turned upright"
    assert originals(tmp_path) == []
    assert storage(tmp_path) == {"keep_originals": False, "originals": 0, "originals_bytes": 0,
                                 "saved_bytes": len(big) + len(small) + len(heic)}


def test_originals_are_kept_while_wanted_and_removed_only_when_the_family_says_yes(
        tmp_path: Path, imap_server: ImapServer, capsys: pytest.CaptureFixture[str]) -> None:
    deliver_and_sync(tmp_path, imap_server, [("IMG_1.JPG", photo("jpeg", 2000, 1500, place=True))], "Before")
    saved_before = storage(tmp_path)["saved_bytes"]
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "settings", "set", "photos.keep_originals", "on"], capsys)
    assert code == 0 and out.startswith("photos.keep_originals = on\n")
    assert "the original of each photo is kept too" in out

    sent = [("IMG_2.JPG", photo("jpeg", 4032, 3024, place=True)), ("IMG_3.HEIC", photo("heic", 3000, 2000))]
    deliver_and_sync(tmp_path, imap_server, sent, "After")
    kept = originals(tmp_path)
    assert sorted(path.read_bytes() for path in kept) == sorted(data for _, data in sent), "the photos as they came"
    assert {path.name.rsplit(".", 1)[1] for path in kept} == {"jpeg", "heif"}
    assert all(path.stat().st_mode & 0o077 == 0 for path in kept), "private, like every photo"
    figures = storage(tmp_path)
    assert figures == {"keep_originals": True, "originals": 2, "originals_bytes": sum(len(d) for _, d in sent),
                       "saved_bytes": saved_before}, "nothing more saved while originals are kept"
    listed = listed_originals(tmp_path, capsys)
    assert listed["Before"] == [], "kept from when it was turned on"
    after = cards(tmp_path, capsys)["After"]
    assert listed["After"] == [{"photo": str(photo), "path": str(path), "size": path.stat().st_size}
                               for photo, path in zip(after, [original_beside(p) for p in after], strict=True)]
    assert sorted(str(entry["path"]) for entry in listed["After"]) == sorted(str(path) for path in kept)

    # Turned off from a script: the setting changes, the originals kept so far stay, and it says how to remove them
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "settings", "set", "photos.keep_originals", "off"], capsys)
    assert code == 0 and out.startswith("photos.keep_originals = off\n")
    assert "The originals kept so far stay" in out and "--yes" in out
    assert originals(tmp_path) == kept

    code, out, _ = run_cli(["--data-dir", str(tmp_path), "settings", "set", "photos.keep_originals", "off",
                            "--yes"], capsys)
    assert code == 0 and "The originals are removed. Every photo is still on the wall." in out
    assert originals(tmp_path) == []
    assert storage(tmp_path)["saved_bytes"] == saved_before + figures["originals_bytes"]  # type: ignore[operator]
    shown = cards(tmp_path, capsys)
    assert all(path.is_file() for paths in shown.values() for path in paths) and len(shown["After"]) == 2
    assert listed_originals(tmp_path, capsys) == {"Before": [], "After": []}, "none listed once removed"


@pytest.mark.parametrize(("answer", "removed"), [("yes", True), ("no", False), ("", False)])
def test_at_a_terminal_it_asks_before_removing_the_originals(
        tmp_path: Path, imap_server: ImapServer, capsys: pytest.CaptureFixture[str], answer: str, removed: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    run_cli(["--data-dir", str(tmp_path), "settings", "set", "photos.keep_originals", "on"], capsys)
    deliver_and_sync(tmp_path, imap_server, [("IMG_2.JPG", photo("jpeg", 3000, 2000))], "Kept")
    assert len(originals(tmp_path)) == 1
    leader, follower = os.openpty()
    with open(follower, encoding="utf-8") as answers:
        assert answers.isatty()
        os.write(leader, f"{answer}\n".encode())
        monkeypatch.setattr("sys.stdin", answers)
        code, out, _ = run_cli(["--data-dir", str(tmp_path), "settings", "set", "photos.keep_originals", "off"],
                               capsys)
    os.close(leader)
    assert code == 0
    assert "Remove the originals kept so far (" in out and "Type yes to remove them" in out
    assert (originals(tmp_path) == []) is removed
    assert ("The originals are removed." in out) is removed


def test_a_photo_whose_message_was_not_stored_leaves_no_file_behind(tmp_path: Path) -> None:
    from carelink.channels.email.pictures import display_copy
    from carelink.services.photo_copies import KeptPhoto
    from carelink.services.photo_files import forget, save_photo

    came = photo("jpeg", 2000, 1500)
    names = save_photo(tmp_path, KeptPhoto(display_copy(came), came, "jpeg", len(came)))
    assert len(names) == 3 and sorted(path.name for path in tmp_path.iterdir()) == sorted(names)
    display = tmp_path / names[0]
    assert thumbnail_of(display) == tmp_path / names[1]
    (tmp_path / names[1]).write_bytes(b"")  # as a power cut may leave a file written without waiting for the disk
    assert thumbnail_of(display) is None, "an empty thumbnail counts as none"
    forget(tmp_path, [names[0]])  # the display copy's name is all the database knew
    assert list(tmp_path.iterdir()) == [], "its thumbnail and original went with it"


def test_the_setting_is_read_once_for_a_batch_of_photo_mails(tmp_path: Path, imap_server: ImapServer,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A sync of many photo mails asks the database whether originals are kept once a batch, not once a mail."""
    from carelink.services.settings import SettingsService

    household = make_household(tmp_path)
    reads: list[bool] = []

    def keep_originals(settings: SettingsService) -> bool:
        reads.append(settings.get("photos.keep_originals") == "on")
        return reads[-1]

    monkeypatch.setattr(SettingsService, "keep_originals", property(keep_originals))
    try:
        household.email.save(account_for(imap_server), imap_server.password)
        household.contacts.add("Sarah", SARAH)
        household.settings.set("photos.keep_originals", "on")
        for number in range(3):
            imap_server.deliver(photo_mail(SARAH, f"Photo {number}", [("IMG.JPG", photo("jpeg", 900, 600))]))
        report = household.sync.sync_once()
    finally:
        household.close()
    assert (report.new_messages, report.error) == (3, None)
    assert reads == [True], "read once for the batch of three"
    assert len(originals(tmp_path)) == 3, "and used for each of them"
