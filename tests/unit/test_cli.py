"""The admin command line as scripts use it: `carelink.cli.main(argv)`, its exit codes, stdout and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from carelink.demo.household import FAMILY, MESSAGES
from carelink.paths import DATA_DIR_ENV
from tests.helpers import make_household, run_cli

pytestmark = pytest.mark.noqt

Capsys = pytest.CaptureFixture[str]


def cli(data_dir: Path, capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    return run_cli(["--data-dir", str(data_dir), *argv], capsys)


def listed(data_dir: Path, capsys: Capsys, *options: str) -> list[dict[str, object]]:
    code, out, err = cli(data_dir, capsys, *options, "contacts", "list", "--json")
    assert (code, err) == (0, "")
    people = json.loads(out)
    assert isinstance(people, list)
    return people


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {err!r}"
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture(autouse=True)
def no_env_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)


def test_contacts_add_then_list_as_json(tmp_path: Path, capsys: Capsys) -> None:
    code, out, err = cli(tmp_path, capsys, "contacts", "add", "Sarah Jones", "--email", "sarah@example.org")
    assert (code, err) == (0, "")
    assert "Sarah Jones" in out
    code, _, err = cli(tmp_path, capsys, "contacts", "add", "Jane Wilson", "--email", "jane@example.org",
                       "--role", "carer", "--backup", "--phone", "01234 567890")
    assert (code, err) == (0, "")

    people = listed(tmp_path, capsys)
    assert people == [
        {"id": 1, "name": "Sarah Jones", "email": "sarah@example.org", "role": "family", "backup": False,
         "call_url": None, "auto_answer": False, "phone": None, "language": None},
        {"id": 2, "name": "Jane Wilson", "email": "jane@example.org", "role": "carer", "backup": True,
         "call_url": None, "auto_answer": False, "phone": "01234 567890", "language": None},
    ]


def test_contacts_add_with_a_phone_that_is_not_a_number_fails_and_stores_nothing(tmp_path: Path,
                                                                                 capsys: Capsys) -> None:
    code, out, err = cli(tmp_path, capsys, "contacts", "add", "Jane Wilson", "--email", "jane@example.org",
                         "--role", "carer", "--phone", "call me")
    assert (code, out) == (1, "")
    assert one_line(err) == "'call me' is not a phone number. It should look like 01234 567890 or +44 1234 567890."
    assert listed(tmp_path, capsys) == []


def test_contacts_list_without_json_is_readable_text(tmp_path: Path, capsys: Capsys) -> None:
    cli(tmp_path, capsys, "contacts", "add", "Sarah Jones", "--email", "sarah@example.org")
    code, out, _ = cli(tmp_path, capsys, "contacts", "list")
    assert code == 0
    assert "Sarah Jones" in out and "sarah@example.org" in out


def test_an_empty_list_is_an_empty_json_array(tmp_path: Path, capsys: Capsys) -> None:
    assert listed(tmp_path, capsys) == []


def test_contacts_add_with_a_photo(tmp_path: Path, capsys: Capsys) -> None:
    from carelink.demo.pictures import make_scene

    picture = tmp_path / "sarah.png"
    picture.write_bytes(make_scene("flowers", width=40, height=30))
    code, _, err = cli(tmp_path / "data", capsys, "contacts", "add", "Sarah", "--email", "sarah@example.org",
                       "--photo", str(picture))
    assert (code, err) == (0, "")
    home = make_household(tmp_path / "data")
    try:
        photo = home.contacts.list()[0].photo
        assert photo is not None and photo.read_bytes() == picture.read_bytes()
    finally:
        home.close()


@pytest.mark.parametrize("email", ["not-an-email", "a@b", "sarah@@example.org"])
def test_contacts_add_with_a_bad_email_fails_with_one_line_and_stores_nothing(tmp_path: Path, capsys: Capsys,
                                                                              email: str) -> None:
    code, out, err = cli(tmp_path, capsys, "contacts", "add", "Sarah", "--email", email)
    assert code == 1
    assert out == ""
    assert email in one_line(err)
    assert listed(tmp_path, capsys) == []


def test_contacts_add_with_a_photo_that_is_not_a_picture_fails(tmp_path: Path, capsys: Capsys) -> None:
    letter = tmp_path / "letter.png"
    letter.write_text("not a picture")
    code, _, err = cli(tmp_path / "data", capsys, "contacts", "add", "Sarah", "--email", "s@example.org",
                       "--photo", str(letter))
    assert code == 1
    one_line(err)
    assert listed(tmp_path / "data", capsys) == []


def test_a_duplicate_contact_fails_with_one_line(tmp_path: Path, capsys: Capsys) -> None:
    cli(tmp_path, capsys, "contacts", "add", "Sarah", "--email", "sarah@example.org")
    code, _, err = cli(tmp_path, capsys, "contacts", "add", "Sarah", "--email", "SARAH@example.org")
    assert code == 1
    assert "already" in one_line(err)
    assert len(listed(tmp_path, capsys)) == 1


def test_removing_an_unknown_contact_fails_with_one_line(tmp_path: Path, capsys: Capsys) -> None:
    code, out, err = cli(tmp_path, capsys, "contacts", "remove", "99")
    assert code == 1
    assert out == ""
    assert "99" in one_line(err)


def test_contacts_remove(tmp_path: Path, capsys: Capsys) -> None:
    cli(tmp_path, capsys, "contacts", "add", "Sarah", "--email", "sarah@example.org")
    cli(tmp_path, capsys, "contacts", "add", "Tom", "--email", "tom@example.org")
    code, out, err = cli(tmp_path, capsys, "contacts", "remove", "1")
    assert (code, err) == (0, "")
    assert "Sarah" in out
    assert [p["name"] for p in listed(tmp_path, capsys)] == ["Tom"]


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["contacts"],
        ["contacts", "explode"],
        ["contacts", "add", "Sarah"],  # --email is required
        ["contacts", "add", "Sarah", "--email", "s@example.org", "--role", "butler"],
        ["contacts", "remove", "one"],
        ["settings", "set", "display.text_size"],
        ["--no-such-option", "contacts", "list"],
    ],
)
def test_bad_usage_exits_2_and_stores_nothing(tmp_path: Path, capsys: Capsys, argv: list[str]) -> None:
    code, out, err = cli(tmp_path, capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage:" in err
    assert not (tmp_path / "carelink.sqlite").exists()  # refused before anything was opened


def test_settings_set_then_get(tmp_path: Path, capsys: Capsys) -> None:
    code, out, err = cli(tmp_path, capsys, "settings", "set", "display.text_size", "150")
    assert (code, err) == (0, "")
    assert "150" in out
    code, out, err = cli(tmp_path, capsys, "settings", "get", "display.text_size")
    assert (code, out, err) == (0, "150\n", "")
    code, out, _ = cli(tmp_path, capsys, "settings", "set", "concern.escalate_after", "90s")
    assert code == 0
    assert cli(tmp_path, capsys, "settings", "get", "concern.escalate_after")[1] == "90s\n"


def test_settings_get_of_a_default(tmp_path: Path, capsys: Capsys) -> None:
    assert cli(tmp_path, capsys, "settings", "get", "speech.rate") == (0, "normal\n", "")


@pytest.mark.parametrize("action", [["get", "display.colour"], ["set", "display.colour", "blue"]])
def test_an_unknown_setting_fails_with_one_line(tmp_path: Path, capsys: Capsys, action: list[str]) -> None:
    code, out, err = cli(tmp_path, capsys, "settings", *action)
    assert code == 1
    assert out == ""
    assert "display.colour" in one_line(err)


@pytest.mark.parametrize(("key", "bad"), [("display.text_size", "300"), ("display.high_contrast", "maybe"),
                                          ("concern.escalate_after", "5 weeks"), ("locale", "english"),
                                          ("emergency.number", "abc")])
def test_a_bad_setting_value_fails_with_one_line_and_changes_nothing(tmp_path: Path, capsys: Capsys, key: str,
                                                                     bad: str) -> None:
    _, before, _ = cli(tmp_path, capsys, "settings", "get", key)
    code, out, err = cli(tmp_path, capsys, "settings", "set", key, bad)
    assert code == 1
    assert out == ""
    one_line(err)
    assert cli(tmp_path, capsys, "settings", "get", key)[1] == before


def test_the_data_dir_comes_from_the_environment(tmp_path: Path, capsys: Capsys,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    code, _, err = run_cli(["contacts", "add", "Sarah", "--email", "sarah@example.org"], capsys)
    assert (code, err) == (0, "")
    assert (tmp_path / "from-env" / "carelink.sqlite").is_file()
    assert [p["email"] for p in listed(tmp_path / "from-env", capsys)] == ["sarah@example.org"]


def test_the_data_dir_option_wins_over_the_environment(tmp_path: Path, capsys: Capsys,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    code, _, _ = cli(tmp_path / "from-option", capsys, "contacts", "add", "Sarah", "--email", "sarah@example.org")
    assert code == 0
    assert (tmp_path / "from-option" / "carelink.sqlite").is_file()
    assert not (tmp_path / "from-env").exists()


def test_the_demo_lives_in_its_own_folder_and_leaves_the_real_household_empty(tmp_path: Path,
                                                                              capsys: Capsys) -> None:
    people = listed(tmp_path, capsys, "--demo")
    assert (tmp_path / "demo" / "carelink.sqlite").is_file()
    assert sorted(str(p["role"]) for p in people) == ["carer", "family", "family", "family", "family"]
    assert {p["email"] for p in people} == {email for _, email, _ in FAMILY}
    assert all(str(p["email"]).endswith("@example.org") for p in people)
    assert listed(tmp_path, capsys) == []


def test_demo_commands_change_only_the_demo(tmp_path: Path, capsys: Capsys) -> None:
    code, _, _ = cli(tmp_path, capsys, "--demo", "settings", "set", "display.text_size", "200")
    assert code == 0
    assert cli(tmp_path, capsys, "settings", "get", "display.text_size")[1] == "100\n"
    assert cli(tmp_path, capsys, "--demo", "settings", "get", "display.text_size")[1] == "200\n"


def test_the_demo_household_has_a_family_a_carer_and_a_wall_with_photos(tmp_path: Path, capsys: Capsys) -> None:
    assert cli(tmp_path, capsys, "--demo", "contacts", "list")[0] == 0
    home = make_household(tmp_path, demo=True)
    try:
        people = home.contacts.list()
        assert sorted(c.role for c in people) == ["carer"] + ["family"] * 4
        messages = home.wall.messages()
        assert len(messages) == len(MESSAGES) == 12
        photos = [photo for message in messages for photo in message.photos]
        assert photos and all(photo.is_file() and photo.parent == home.paths.photos for photo in photos)
        assert len(photos) == sum(1 for m in MESSAGES if m[3])
        assert home.wall.unread_count() == sum(1 for m in MESSAGES if not m[4])
        assert {m.sender_name for m in messages} <= {c.name for c in people}
        assert home.settings.person_name == "Mary"
        assert home.pin.is_set()
    finally:
        home.close()


def test_seeding_the_demo_twice_does_not_duplicate_it(tmp_path: Path, capsys: Capsys) -> None:
    first = listed(tmp_path, capsys, "--demo")
    second = listed(tmp_path, capsys, "--demo")
    assert first == second and len(second) == 5
    home = make_household(tmp_path, demo=True)
    try:
        assert len(home.wall.messages()) == 12
        portraits = sum(1 for person in home.contacts.list() if person.photo is not None)  # the drawn portraits
        assert portraits == 5
        assert len(list(home.paths.photos.iterdir())) == sum(1 for m in MESSAGES if m[3]) + 2 * portraits, \
            "each portrait with its thumbnail"
    finally:
        home.close()


def test_a_restored_database_is_reported_on_stderr_and_the_command_still_runs(tmp_path: Path,
                                                                              capsys: Capsys) -> None:
    cli(tmp_path, capsys, "contacts", "list")
    (tmp_path / "carelink.sqlite").write_bytes(b"\x00garbage" * 512)
    code, out, err = cli(tmp_path, capsys, "contacts", "list", "--json")
    assert code == 0
    assert json.loads(out) == []
    assert "damaged" in one_line(err)


def test_checkin_with_no_email_account_says_so_rather_than_blaming_the_connection(tmp_path: Path,
                                                                                   capsys: Capsys) -> None:
    cli(tmp_path, capsys, "contacts", "add", "Sarah Jones", "--email", "sarah@example.org")
    code, out, err = cli(tmp_path, capsys, "checkin")
    assert (code, err) == (0, "")
    assert "not sent: CareLink can't send messages yet — ask your family to set up email" in out
    assert "connection" not in out


def test_a_reader_that_goes_away_ends_a_listing_quietly(tmp_path: Path) -> None:
    """`carelink contacts list --json | head -3`: the listing stops where the reader stopped, with no complaint."""
    data_dir = str(tmp_path)
    home = make_household(tmp_path)
    for n in range(600):  # a listing bigger than a pipe holds (64 KiB), so the writer meets the closed end
        home.contacts.add(f"Person {n}", f"p{n}@example.org")
    home.close()
    with subprocess.Popen([sys.executable, "-m", "carelink", "--data-dir", data_dir, "contacts", "list", "--json"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0) as listing:
        assert listing.stdout is not None and listing.stderr is not None
        listing.stdout.read(10)
        listing.stdout.close()  # like `head` once it has its lines
        err = listing.stderr.read().decode()
        assert listing.wait(timeout=60) == 0
    assert err == ""


def test_the_roles_offered_are_the_contacts_service_s() -> None:
    from carelink import cli
    from carelink.services import contacts

    assert cli.ROLES == contacts.ROLES
