"""The first look at a household (services/first_look.py over storage/glance.py): what Home is first painted from,
read with plain sqlite3 before SQLAlchemy is imported; and None (open it the usual way first) whenever the file is
missing, about to be migrated, unreadable or never set up."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from carelink.channels.email.mime import parse_message
from carelink.paths import HouseholdPaths, household_paths
from carelink.services.first_look import DEFAULTS, EMAIL_KEYS, PIN_KEY, first_look
from carelink.services.settings import SPECS
from carelink.services.status import Connection
from carelink.storage.glance import glance, home_is_quiet, newest_revision
from carelink.storage.startup import HEAD_REVISION
from tests.helpers import make_clock, make_household
from tests.helpers.fakes import SARAH, family_mail
from tests.helpers.mail_servers import account_for

ROOT = Path(__file__).resolve().parents[2]


def set_up(tmp_path: Path) -> Path:
    home = make_household(tmp_path)
    try:
        home.settings.set("person.name", "Mary")
        home.settings.set("display.text_size", "150")
        home.settings.set("display.high_contrast", "on")
        home.settings.set("locale", "de-DE")
        contact = home.contacts.add(*SARAH)
        for text in ("One", "Two", "Three"):
            home.wall.add_mail(parse_message(family_mail(contact.email, text)), contact.id, contact.email,
                               home.clock.now())
        home.wall.mark_read(home.wall.ids()[0])
    finally:
        home.close()
    return HouseholdPaths(tmp_path).database


def test_a_set_up_household_is_seen_as_its_services_would_show_it(tmp_path: Path) -> None:
    look = first_look(set_up(tmp_path), demo=False)
    assert look is not None
    assert (look.person_name, look.text_scale, look.high_contrast, look.kiosk, look.locale) == \
        ("Mary", 1.5, True, False, "de-DE")
    assert look.unread_count() == 2
    assert look.status.state is Connection.NOT_SET_UP, "no email account yet"


def test_an_email_account_makes_it_checking_never_up_to_date_and_the_demo_is_the_demo(tmp_path: Path) -> None:
    database = set_up(tmp_path)
    home = make_household(tmp_path)
    try:
        home.email.save(account_for(), "secret")
    finally:
        home.close()
    look = first_look(database, demo=False)
    # Set up, but the mail server has not answered since the start: never "up to date" before it has.
    assert look is not None and look.status.state is Connection.CHECKING
    opened = make_household(tmp_path)  # and the household itself, opened the usual way, says the same
    try:
        assert opened.status.state is Connection.CHECKING
    finally:
        opened.close()
    demo = make_household(tmp_path, demo=True)
    demo.close()
    demo_look = first_look(household_paths(tmp_path, True).database, demo=True)
    assert demo_look is not None and demo_look.status.state is Connection.DEMO


def test_missing_damaged_migrating_or_never_set_up_is_opened_the_usual_way(tmp_path: Path) -> None:
    assert first_look(tmp_path / "nothing.sqlite", demo=False) is None
    make_household(tmp_path / "new").close()
    assert first_look(HouseholdPaths(tmp_path / "new").database, demo=False) is None, "first-run steps, not Home"
    database = set_up(tmp_path / "old")
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0007'")
    assert glance(database) is None, "about to be migrated"
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"This is not SQLite at all" * 100)
    assert glance(garbage) is None
    odd = set_up(tmp_path / "odd")
    with sqlite3.connect(odd) as connection:
        connection.execute("UPDATE settings SET value = 'huge' WHERE key = 'display.text_size'")
    assert first_look(odd, demo=False) is None


def test_the_glance_never_writes(tmp_path: Path) -> None:
    database = set_up(tmp_path)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir() if path.is_file()}
    assert first_look(database, demo=False) is not None
    after = {path.name: path.read_bytes() for path in tmp_path.iterdir() if path.is_file()}
    assert {name: after[name] for name in before} == before, "every file as it was, the database above all"
    # Reading a WAL database may make SQLite's own index file beside it; it writes nothing to the log.
    assert set(after) - set(before) <= {f"{database.name}-shm", f"{database.name}-wal"}
    assert not after.get(f"{database.name}-wal")


def test_what_it_knows_of_the_services_matches_them() -> None:
    assert newest_revision() == HEAD_REVISION
    assert {key: SPECS[key].default for key in DEFAULTS} == DEFAULTS
    from carelink.services import admin_pin, email_account

    assert PIN_KEY == admin_pin._KEY
    assert all(key.startswith(email_account._PREFIX) for key in EMAIL_KEYS)


def heavy_modules_after(code: str) -> str:
    """The modules of SQLAlchemy, Alembic and keyring a fresh Python has loaded after running `code`."""
    script = (f"import sys; {code}; "
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'keyring')))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=True)
    return result.stdout.strip()


def test_the_window_and_the_command_line_load_without_sqlalchemy() -> None:
    """What Home's first paint needs is importable before SQLAlchemy (the services are loaded just after)."""
    assert heavy_modules_after("import carelink.cli, carelink.app, carelink.ui.main_window, "
                               "carelink.services.first_look") == "[]"


def test_home_is_quiet_only_while_it_has_no_care_line_to_show(tmp_path: Path) -> None:
    """`screenshot home` is drawn from the first look alone only when Home would add no care line to it."""
    database = set_up(tmp_path)
    clock = make_clock()
    now = clock.now()
    assert home_is_quiet(database, now)
    home = make_household(tmp_path, clock=clock)
    try:
        home.contacts.add("Jane", "jane@example.org", role="carer")
        concern = home.concerns.raise_concern("unwell")
    finally:
        home.close()
    assert not home_is_quiet(database, now), "a concern on its way: Home says where it is"
    assert not home_is_quiet(database, now + timedelta(days=30)), "still open a month later: still said"
    with sqlite3.connect(database) as connection:  # acknowledged, as the carer's reply does
        connection.execute("UPDATE concerns SET status = 'acknowledged', acknowledged = created WHERE id = ?",
                           (concern.id,))
    connection.close()
    assert not home_is_quiet(database, now), "acknowledged today: Home says so all day"
    assert home_is_quiet(database, now + timedelta(days=3)), "acknowledged days ago: nothing to say"
    home = make_household(tmp_path, clock=make_clock(now + timedelta(days=3)))
    try:
        home.checkin.check_in()
    finally:
        home.close()
    assert not home_is_quiet(database, now + timedelta(days=3)), "today's check-in"
    assert home_is_quiet(database, now + timedelta(days=6))
    assert not home_is_quiet(tmp_path / "missing.sqlite", now)


def test_the_command_line_is_parsed_without_sqlalchemy() -> None:
    """Building the whole parser loads no service (the settings' list for `settings --help` only when shown)."""
    assert heavy_modules_after("from carelink.cli import build_parser; build_parser()") == "[]"
