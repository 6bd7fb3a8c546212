"""The models and the migrations describe the same schema, so a migrated database is what the code expects."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from carelink.clock import SettableClock
from carelink.paths import HouseholdPaths
from carelink.storage.models import Base
from carelink.storage.startup import open_household
from tests.helpers import FIXED_NOW

pytestmark = pytest.mark.noqt


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    database, _ = open_household(HouseholdPaths(tmp_path), SettableClock(FIXED_NOW))
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.close()
    assert differences == []


def test_a_household_from_before_phone_numbers_keeps_its_contacts_and_can_add_a_phone(tmp_path: Path) -> None:
    """Migration 0006 adds the contacts' phone numbers to the frozen 0005 database: none yet, and one can be set."""
    import shutil

    from carelink.services.contacts import ContactService
    from tests.helpers.frozen_schema import FROZEN_CONTACTS, SCHEMAS

    paths = HouseholdPaths(tmp_path / "household")
    paths.create()
    shutil.copyfile(SCHEMAS / "0005.sqlite", paths.database)
    database, report = open_household(paths, SettableClock(FIXED_NOW))
    try:
        assert report.migrated_from == "0005"
        contacts = ContactService(database, paths.photos, SettableClock(FIXED_NOW))
        people = {c.id: c for c in contacts.list()}
        assert {(c.id, c.name, c.phone) for c in people.values()} == {(i, n, None) for i, n, *_ in FROZEN_CONTACTS}
        jane = people[2]
        changed = contacts.update(jane.id, jane.name, jane.email, jane.role, jane.backup, phone=" 01234  567890 ")
        assert changed.phone == "01234 567890" and changed.as_json()["phone"] == "01234 567890"
        assert contacts.get(jane.id).phone == "01234 567890"
    finally:
        database.close()
