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
