"""Who an item the person sent really reached, in saved names (what a screen reader hears as "Sent to Jane"):
only once sent, only for what the person sends themselves, and only people still on the list."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from carelink.services.news import reached
from carelink.services.outbox import OutboxItem
from tests.helpers import FIXED_NOW, make_household

pytestmark = pytest.mark.noqt


def item(kind: str, to: tuple[str, ...], status: str = "sent") -> OutboxItem:
    return OutboxItem(1, kind, to, "Subject", "Body", "<1@example.org>", status, 1, None, FIXED_NOW, FIXED_NOW)


def test_a_sent_reply_names_who_it_reached(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        home.contacts.add("Jane Wilson", "jane@example.org", "carer")
        home.contacts.add("Tom Jones", "tom@example.org")
        reply = item("reply", ("JANE@example.org", "tom@example.org", "gone@example.org"))
        assert reached(reply, home.contacts) == ["Jane Wilson", "Tom Jones"], "a removed contact is not named"
        assert reached(replace(reply, status="queued"), home.contacts) == [], "not yet: never said to have gone"
        assert reached(replace(reply, status="failed"), home.contacts) == []
        assert reached(replace(reply, kind="alert"), home.contacts) == [], "an alert goes without the person"
        for kind in ("invite", "concern", "checkin"):
            assert reached(replace(reply, kind=kind), home.contacts) == ["Jane Wilson", "Tom Jones"]
    finally:
        home.close()
