"""The wall read a page at a time (keyset paging on the wall's index): the same order as reading it whole, at the
edges too (the first and last page, messages that came at the same moment, mail arriving while the wall is read,
a message gone meanwhile), and "N of M" true throughout. Real SQLite household, no Qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from carelink.household import Household
from carelink.services.wall_order import WallKey, WallOrder
from carelink.storage.models import MessageRow
from tests.helpers import FIXED_NOW, make_household

pytestmark = pytest.mark.noqt


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Household]:
    household = make_household(tmp_path)
    yield household
    household.close()


def fill(household: Household, count: int, unread: int, same_moment: int = 0) -> None:
    """`count` messages an hour apart, the newest `unread` of them unread; the last `same_moment` of them (by id)
    all at the moment of the oldest of those (ties on time, broken by id)."""
    rows = []
    for number in range(count):
        hours = count - number
        if number >= count - same_moment:
            hours = same_moment
        rows.append(MessageRow(sender_email="sarah@example.org", text=f"note {number}", kind="message",
                               received=FIXED_NOW - timedelta(hours=hours), read=number < count - unread))
    with household.database.session() as session:
        session.add_all(rows)


def read_all(household: Household, order: WallOrder, limit: int) -> list[int]:
    """Page through the whole wall, `limit` at a time, as the screen does."""
    order.start(household.wall.page(None, limit))
    while (after := order.wanted(len(order.ids), 0)) is not None:
        order.add_page(after, household.wall.page(after, limit))
    return order.ids


@pytest.mark.parametrize("limit", [1, 3, 7, 50, 100])
def test_paging_gives_the_whole_order_once_and_the_count(home: Household, limit: int) -> None:
    fill(home, 37, unread=8, same_moment=6)  # ties both in the read part and across the pages
    order = WallOrder()
    assert read_all(home, order, limit) == home.wall.ids()
    assert order.total == 37 and order.complete


def test_the_first_page_knows_the_total_and_more_is_read_only_near_its_end(home: Household) -> None:
    fill(home, 30, unread=5)
    order = WallOrder()
    order.start(home.wall.page(None, 10))
    assert order.ids == home.wall.ids()[:10] and order.total == 30 and not order.complete
    assert order.wanted(0, 3) is None, "the card on show is far from the end of what is read"
    assert order.wanted(7, 3) == order.last


def test_ties_on_time_are_in_id_order_newest_first_and_split_across_pages(home: Household) -> None:
    fill(home, 9, unread=0, same_moment=9)  # all nine at one moment
    order = WallOrder()
    assert read_all(home, order, 2) == list(range(9, 0, -1))


def test_an_empty_wall_and_the_last_page_exactly_full(home: Household) -> None:
    order = WallOrder()
    order.start(home.wall.page(None, 5))
    assert (order.ids, order.total, order.complete) == ([], 0, True)
    fill(home, 10, unread=0)
    assert read_all(home, order, 5) == home.wall.ids() and order.total == 10


def test_cards_read_during_the_visit_do_not_move_nor_come_round_again(home: Household) -> None:
    fill(home, 12, unread=6)
    order = WallOrder()
    order.start(home.wall.page(None, 4))
    first_visit = home.wall.ids()
    for wall_id in order.ids:  # the person reads the first four: they move to the read part of the table
        home.wall.mark_read(wall_id)
    while (after := order.wanted(len(order.ids), 0)) is not None:
        order.add_page(after, home.wall.page(after, 4))
    assert order.ids == first_visit and order.total == 12


def test_mail_arriving_while_reading_goes_in_front_and_counts(home: Household) -> None:
    fill(home, 12, unread=3)
    order = WallOrder()
    order.start(home.wall.page(None, 5))
    before = list(order.ids)
    new = [home.wall.add(None, "tom@example.org", f"new {n}", FIXED_NOW + timedelta(minutes=n)) for n in range(2)]
    late = home.wall.add(None, "tom@example.org", "held back a day", FIXED_NOW - timedelta(days=1))
    arrived = order.merge(home.wall.arrived_since(order.newest_id))
    assert arrived == 3 and order.ids[:3] == [new[1], new[0], late] and order.ids[3:] == before
    assert order.total == 15
    assert order.merge(home.wall.arrived_since(order.newest_id)) == 0, "nothing twice"
    while (after := order.wanted(len(order.ids), 0)) is not None:
        order.add_page(after, home.wall.page(after, 5))
    assert sorted(order.ids) == sorted(home.wall.ids()) and len(order.ids) == order.total == 15


def test_a_message_gone_while_reading_leaves_a_true_count(home: Household) -> None:
    fill(home, 12, unread=0)
    order = WallOrder()
    order.start(home.wall.page(None, 5))
    with home.database.session() as session:
        gone = session.scalars(select(MessageRow.id).order_by(MessageRow.id).limit(2)).all()  # the oldest two
        session.execute(delete(MessageRow).where(MessageRow.id.in_(gone)))
    order.merge(home.wall.arrived_since(order.newest_id))
    assert order.total == 10, "the count is read again when the wall changes"
    while (after := order.wanted(len(order.ids), 0)) is not None:
        order.add_page(after, home.wall.page(after, 5))
    assert order.ids == home.wall.ids() and order.total == len(order.ids) == 10


def test_a_page_asked_for_before_the_order_moved_on_is_ignored(home: Household) -> None:
    fill(home, 12, unread=0)
    order = WallOrder()
    order.start(home.wall.page(None, 5))
    stale = WallKey(True, FIXED_NOW, 999)
    assert order.add_page(stale, home.wall.page(None, 5)) == 0 and len(order.ids) == 5
