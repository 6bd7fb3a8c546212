"""Contacts: adding, changing and removing people, with their email checked and their photo kept as a mail's photo
is (a display copy with a thumbnail beside it, saying nowhere where it was taken)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from carelink.demo.pictures import make_scene
from carelink.errors import UserError
from carelink.household import Household
from carelink.services.contacts import MAX_PHOTO_BYTES, ContactService
from carelink.services.photo_files import thumbnail_of
from tests.helpers import make_household
from tests.helpers.photos import photo, tells_place, upright_marker

pytestmark = pytest.mark.noqt


@pytest.fixture
def household(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path / "home")
    yield home
    home.close()


@pytest.fixture
def contacts(household: Household) -> ContactService:
    return household.contacts


@pytest.fixture
def png(tmp_path: Path) -> Path:
    picture = tmp_path / "sarah.png"
    picture.write_bytes(make_scene("garden", seed=1, width=64, height=48))
    return picture


def rows(household: Household) -> list[tuple[object, ...]]:
    """The contacts table as the SQLite file holds it, read with a separate connection."""
    connection = sqlite3.connect(household.paths.database)
    try:
        return connection.execute("SELECT id, name, email, role, backup, photo FROM contacts ORDER BY id").fetchall()
    finally:
        connection.close()


def photo_files(household: Household) -> list[Path]:
    """The photos folder's files, but for thumbnails (each display copy has one beside it)."""
    return sorted(path for path in household.paths.photos.iterdir() if not path.name.endswith(".thumb.jpeg"))


def thumbnails(household: Household) -> list[Path]:
    return sorted(household.paths.photos.glob("*.thumb.jpeg"))


def test_add_then_list_and_get(contacts: ContactService) -> None:
    sarah = contacts.add("Sarah Jones", "sarah@example.org")
    jane = contacts.add("Jane Wilson", "jane@example.org", "carer", backup=True)
    assert (sarah.name, sarah.email, sarah.role, sarah.backup, sarah.photo) == (
        "Sarah Jones", "sarah@example.org", "family", False, None)
    assert (jane.role, jane.backup) == ("carer", True)
    assert contacts.get(sarah.id) == sarah
    assert contacts.get(jane.id) == jane
    assert {c.id for c in contacts.list()} == {sarah.id, jane.id}
    assert sarah.initials == "SJ"


def test_list_puts_family_before_carers_then_by_name(contacts: ContactService) -> None:
    contacts.add("Zoe", "zoe@example.org", "carer")
    contacts.add("Tom", "tom@example.org")
    contacts.add("Anna", "anna@example.org")
    assert [c.name for c in contacts.list()] == ["Anna", "Tom", "Zoe"]


def test_update_changes_the_stored_contact(household: Household, contacts: ContactService) -> None:
    tom = contacts.add("Tom", "tom@example.org")
    changed = contacts.update(tom.id, "Thomas Jones", "thomas@example.org", "carer", True)
    assert changed.id == tom.id
    assert contacts.get(tom.id) == changed
    assert rows(household) == [(tom.id, "Thomas Jones", "thomas@example.org", "carer", 1, None)]


def test_update_may_keep_the_same_email(contacts: ContactService) -> None:
    tom = contacts.add("Tom", "tom@example.org")
    assert contacts.update(tom.id, "Tommy", "tom@example.org", "family", False).name == "Tommy"


def test_update_to_another_contacts_email_is_refused(contacts: ContactService) -> None:
    contacts.add("Tom", "tom@example.org")
    emma = contacts.add("Emma", "emma@example.org")
    with pytest.raises(UserError):
        contacts.update(emma.id, "Emma", "TOM@example.org", "family", False)
    assert contacts.get(emma.id).email == "emma@example.org"


def test_update_or_remove_of_an_unknown_id_is_a_user_error(contacts: ContactService) -> None:
    with pytest.raises(UserError) as caught:
        contacts.remove(99)
    assert "99" in caught.value.message
    with pytest.raises(UserError):
        contacts.update(99, "Nobody", "nobody@example.org", "family", False)
    with pytest.raises(UserError):
        contacts.get(99)


def test_remove(household: Household, contacts: ContactService) -> None:
    tom = contacts.add("Tom", "tom@example.org")
    emma = contacts.add("Emma", "emma@example.org")
    gone = contacts.remove(tom.id)
    assert gone == tom
    assert [c.id for c in contacts.list()] == [emma.id]
    assert [r[0] for r in rows(household)] == [emma.id]


@pytest.mark.parametrize(
    "bad",
    [
        "sarah.example.org",  # no @
        "sarah jones@example.org",  # space
        "sarah@exa mple.org",
        "sarah@@example.org",
        "sarah@home@example.org",  # two @
        "a@b",  # no dot in the domain
        "sarah@example.org.",  # trailing dot
        "sarah@.example.org",
        "sarah..jones@example.org",
        "@example.org",
        "sarah@",
        "",
        "sarah@-example.org",
        "sarah@example.org\t@x.org",
        "sarah@example.org\nBcc: x@example.org",
        "sarah@exämple.org",
        "s" * 250 + "@example.org",
    ],
)
def test_bad_emails_are_refused_and_nothing_is_stored(household: Household, contacts: ContactService,
                                                      bad: str) -> None:
    with pytest.raises(UserError) as caught:
        contacts.add("Sarah", bad)
    assert "email" in caught.value.message
    assert "\n" not in caught.value.message.replace(bad, "")
    assert rows(household) == []
    assert contacts.list() == []


def test_the_domain_is_lower_cased_and_spaces_around_are_trimmed(contacts: ContactService) -> None:
    assert contacts.add("Sarah", "  Sarah@Example.ORG ").email == "Sarah@example.org"


@pytest.mark.parametrize("second",
                         ["sarah@example.org", "SARAH@EXAMPLE.ORG", "Sarah@example.org", " sarah@example.org"])
def test_a_duplicate_email_is_refused_whatever_its_case(household: Household, contacts: ContactService,
                                                        second: str) -> None:
    contacts.add("Sarah", "sarah@example.org")
    with pytest.raises(UserError) as caught:
        contacts.add("Sarah again", second)
    assert "already" in caught.value.message
    assert len(rows(household)) == 1


def test_like_wildcards_in_emails_do_not_collide(contacts: ContactService) -> None:
    contacts.add("Underscore", "a_b@x.org")
    contacts.add("Percent", "a%b@x.org")
    contacts.add("Plain", "axb@x.org")
    assert sorted(c.email for c in contacts.list()) == ["a%b@x.org", "a_b@x.org", "axb@x.org"]
    found = contacts.find_by_email("A_B@X.ORG")
    assert found is not None and found.name == "Underscore"
    assert contacts.find_by_email("aXb@x.org") is not None
    assert contacts.find_by_email("a-b@x.org") is None


@pytest.mark.parametrize("role", ["family", "friend", ""])
def test_only_a_carer_can_be_the_backup(household: Household, contacts: ContactService, role: str) -> None:
    with pytest.raises(UserError):
        contacts.add("Jane", "jane@example.org", role, backup=True)
    assert rows(household) == []


def test_an_unknown_role_is_refused(household: Household, contacts: ContactService) -> None:
    with pytest.raises(UserError):
        contacts.add("Jane", "jane@example.org", "neighbour")
    assert rows(household) == []


def test_a_real_png_is_copied_into_the_photos_folder(household: Household, contacts: ContactService,
                                                     png: Path) -> None:
    sarah = contacts.add("Sarah", "sarah@example.org", photo=png)
    assert sarah.photo is not None
    assert sarah.photo.parent == household.paths.photos
    assert sarah.photo.suffix == ".png"
    assert sarah.photo.read_bytes() == png.read_bytes()
    assert png.exists()  # copied, not moved
    assert contacts.get(sarah.id).photo == sarah.photo


def test_a_jpeg_by_its_bytes_gets_a_jpeg_name(contacts: ContactService, tmp_path: Path) -> None:
    named_png = tmp_path / "photo.png"  # the name says PNG; the bytes say JPEG
    named_png.write_bytes(photo("jpeg", 800, 600, orientation=1))
    assert contacts.add("Sarah", "sarah@example.org", photo=named_png).photo.suffix == ".jpeg"  # type: ignore[union-attr]


def test_a_broken_jpeg_is_refused_and_leaves_nothing(household: Household, contacts: ContactService,
                                                     tmp_path: Path) -> None:
    broken = tmp_path / "photo.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)  # a JPEG by its first bytes only
    with pytest.raises(UserError, match="is not a photo CareLink can show"):
        contacts.add("Sarah", "sarah@example.org", photo=broken)
    assert rows(household) == [] and list(household.paths.photos.glob("*")) == []


def test_a_phone_photo_is_kept_display_size_upright_with_a_thumbnail_and_no_place(
        household: Household, contacts: ContactService, tmp_path: Path) -> None:
    """As a mail's photos are: the family's own phone photo of Sarah may say where it was taken (her home)."""
    from PIL import Image

    taken = tmp_path / "IMG_0001.JPG"
    taken.write_bytes(photo("jpeg", 4032, 3024, place=True))  # sideways, as a phone held upright stores it
    assert tells_place(taken.read_bytes())
    sarah = contacts.add("Sarah", "sarah@example.org", photo=taken)
    assert sarah.photo is not None and not tells_place(sarah.photo.read_bytes())
    small = thumbnail_of(sarah.photo)
    assert small is not None and not tells_place(small.read_bytes())
    assert thumbnails(household) == [small]
    with Image.open(sarah.photo) as copy, Image.open(small) as thumbnail:
        assert max(copy.size) <= 1600 and max(thumbnail.size) <= 320
        assert copy.height > copy.width and thumbnail.height > thumbnail.width, "upright"
    assert upright_marker(sarah.photo.read_bytes()) == "top right"
    assert all(path.stat().st_mode & 0o077 == 0 for path in (sarah.photo, small)), "private"


def test_a_text_file_named_png_is_refused(household: Household, contacts: ContactService, tmp_path: Path) -> None:
    document = tmp_path / "holiday.png"
    document.write_text("Dear Mum, this is a letter, not a picture.\n")
    with pytest.raises(UserError) as caught:
        contacts.add("Sarah", "sarah@example.org", photo=document)
    assert "holiday.png" in caught.value.message
    assert rows(household) == []
    assert photo_files(household) == []


def test_a_missing_photo_is_refused(household: Household, contacts: ContactService, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        contacts.add("Sarah", "sarah@example.org", photo=tmp_path / "not-there.png")
    assert rows(household) == []
    assert photo_files(household) == []


def test_a_folder_as_photo_is_refused(household: Household, contacts: ContactService, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        contacts.add("Sarah", "sarah@example.org", photo=tmp_path)
    assert rows(household) == []


def test_a_photo_over_20_mb_is_refused(household: Household, contacts: ContactService, png: Path,
                                       tmp_path: Path) -> None:
    huge = tmp_path / "huge.png"
    huge.write_bytes(png.read_bytes())
    with huge.open("r+b") as handle:
        handle.truncate(MAX_PHOTO_BYTES + 1)  # sparse: takes no real disk space
    with pytest.raises(UserError) as caught:
        contacts.add("Sarah", "sarah@example.org", photo=huge)
    assert "20 MB" in caught.value.message
    assert rows(household) == []
    assert photo_files(household) == []


def test_a_photo_of_exactly_20_mb_is_accepted(contacts: ContactService, png: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(png.read_bytes())
    with big.open("r+b") as handle:
        handle.truncate(MAX_PHOTO_BYTES)
    assert contacts.add("Sarah", "sarah@example.org", photo=big).photo is not None


def test_a_bad_email_with_a_good_photo_copies_no_photo(household: Household, contacts: ContactService,
                                                       png: Path) -> None:
    with pytest.raises(UserError):
        contacts.add("Sarah", "not-an-email", photo=png)
    assert photo_files(household) == []


def test_a_duplicate_email_with_a_good_photo_copies_no_photo(household: Household, contacts: ContactService,
                                                             png: Path) -> None:
    contacts.add("Sarah", "sarah@example.org")
    with pytest.raises(UserError):
        contacts.add("Sarah", "sarah@example.org", photo=png)
    assert photo_files(household) == []


def test_removing_a_contact_deletes_their_photo(household: Household, contacts: ContactService, png: Path) -> None:
    sarah = contacts.add("Sarah", "sarah@example.org", photo=png)
    tom = contacts.add("Tom", "tom@example.org", photo=png)
    assert sarah.photo is not None and sarah.photo.exists()
    contacts.remove(sarah.id)
    assert not sarah.photo.exists()
    assert photo_files(household) == [tom.photo]
    assert thumbnails(household) == [thumbnail_of(tom.photo)], "Sarah's thumbnail went with her photo"  # type: ignore[arg-type]


def test_a_new_photo_replaces_the_old_file_and_no_photo_keeps_it(household: Household, contacts: ContactService,
                                                                 png: Path, tmp_path: Path) -> None:
    sarah = contacts.add("Sarah", "sarah@example.org", photo=png)
    kept = contacts.update(sarah.id, "Sarah J", "sarah@example.org", "family", False)
    assert kept.photo == sarah.photo
    other = tmp_path / "other.png"
    other.write_bytes(make_scene("beach", seed=2, width=32, height=32))
    replaced = contacts.update(sarah.id, "Sarah J", "sarah@example.org", "family", False, photo=other)
    assert replaced.photo is not None and replaced.photo != sarah.photo
    assert replaced.photo.read_bytes() == other.read_bytes()  # a small PNG that says no place: as it came
    assert photo_files(household) == [replaced.photo]
    assert thumbnails(household) == [thumbnail_of(replaced.photo)], "the old thumbnail went with the old photo"


def test_names_lose_control_and_bidi_override_characters(contacts: ContactService) -> None:
    sneaky = contacts.add("Sarah\u202e senoJ\x07\x00", "sarah@example.org")
    assert "\u202e" not in sneaky.name
    assert all(ch.isprintable() for ch in sneaky.name)
    assert sneaky.name == "Sarah senoJ"
    assert contacts.get(sneaky.id).name == "Sarah senoJ"


def test_names_keep_accents_and_collapse_whitespace(contacts: ContactService) -> None:
    assert contacts.add("  Zoë \t  O'Brien-Łukasz ", "zoe@example.org").name == "Zoë O'Brien-Łukasz"


@pytest.mark.parametrize("bad", ["", "   ", "\u202e\u200f", "x" * 101])
def test_empty_or_overlong_names_are_refused(household: Household, contacts: ContactService, bad: str) -> None:
    with pytest.raises(UserError):
        contacts.add(bad, "sarah@example.org")
    assert rows(household) == []


def test_changed_fires_on_add_update_and_remove_but_not_on_refusal(contacts: ContactService) -> None:
    seen: list[int] = []
    contacts.changed.connect(lambda _none: seen.append(len(contacts.list())))
    tom = contacts.add("Tom", "tom@example.org")
    contacts.update(tom.id, "Thomas", "tom@example.org", "family", False)
    with pytest.raises(UserError):
        contacts.add("Bad", "bad")
    contacts.remove(tom.id)
    assert seen == [1, 1, 0]  # and each time after the change was stored
