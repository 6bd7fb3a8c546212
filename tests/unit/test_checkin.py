""""I'm OK today": one tap tells every family member; a missed check-in sends one alert a day after the deadline
(to the carers too when chosen). Real SQLite households on a settable clock; the demo's sandbox sender keeps mail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from carelink.clock import SettableClock
from carelink.errors import UserError
from carelink.household import Household
from carelink.storage.models import OutboxRow
from tests.helpers import FIXED_NOW, make_household, run_cli

pytestmark = pytest.mark.noqt

FAMILY = {"sarah@example.org", "tom@example.org", "emma@example.org", "david@example.org"}
CARER = "jane.carer@example.org"
BEFORE_DEADLINE = FIXED_NOW  # 09:14; the default deadline is 11:00
AFTER_DEADLINE = FIXED_NOW.replace(hour=11, minute=30)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=True)
    yield home
    home.close()


def clock_of(home: Household) -> SettableClock:
    assert isinstance(home.clock, SettableClock)
    return home.clock


def items(home: Household, kind: str) -> list[OutboxRow]:
    with home.database.session() as session:
        return list(session.scalars(select(OutboxRow).where(OutboxRow.kind == kind).order_by(OutboxRow.id)))


def sent_mail(home: Household) -> list[EmailMessage]:
    return home.transport.outgoing.sent  # type: ignore[attr-defined, no-any-return]


def to(row: OutboxRow) -> set[str]:
    return set(row.to_addrs.split(","))


def test_check_in_stores_and_queues_a_note_to_every_family_member(demo: Household, tmp_path: Path) -> None:
    assert demo.checkin.today().checked_in is None
    at = demo.checkin.check_in()
    assert at == FIXED_NOW
    assert demo.checkin.today().checked_in == FIXED_NOW
    assert sent_mail(demo) == [], "queued, not yet sent"
    [item] = items(demo, "checkin")
    assert to(item) == FAMILY, "family only; the carer is not told about an ordinary check-in"
    assert item.subject == "Mary is OK today"
    assert "Mary says they're OK today (09:14)" in item.body
    other = make_household(tmp_path, demo=True)  # committed: another process on the folder sees it
    try:
        assert other.checkin.today().checked_in == FIXED_NOW
    finally:
        other.close()
    assert demo.courier.send_now().sent == 1
    [message] = sent_mail(demo)
    assert set(a.strip() for a in str(message["To"]).split(",")) == FAMILY


def test_check_in_with_no_family_is_refused(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        home.settings.set("person.name", "Mary")
        home.contacts.add("Jane Wilson", CARER, role="carer")  # a carer is not family
        with pytest.raises(UserError, match="no family contact"):
            home.checkin.check_in()
        assert home.checkin.today().checked_in is None
        assert home.outbox.list() == []
    finally:
        home.close()


def test_before_the_deadline_nothing_is_sent(demo: Household) -> None:
    clock_of(demo).set(FIXED_NOW.replace(hour=10, minute=59, second=59))
    assert demo.checkin.run_timers() is False
    assert items(demo, "alert") == []
    assert demo.checkin.today().alert_sent is None


def test_after_the_deadline_with_no_check_in_the_family_gets_one_alert(demo: Household) -> None:
    clock_of(demo).set(FIXED_NOW.replace(hour=11, minute=0))
    assert demo.checkin.run_timers() is True
    assert demo.checkin.today().alert_sent == FIXED_NOW.replace(hour=11, minute=0)
    clock_of(demo).advance(timedelta(hours=3))
    assert demo.checkin.run_timers() is False, "one alert a day"
    assert demo.checkin.run_timers() is False
    [alert] = items(demo, "alert")
    assert to(alert) == FAMILY, "family only while checkin.alert_carers is off"
    assert alert.subject == "Mary has not checked in today"
    assert "by 11:00 today" in alert.body
    demo.courier.send_now()
    assert len(sent_mail(demo)) == 1


def test_with_alert_carers_on_the_carers_are_told_too(demo: Household) -> None:
    demo.settings.set("checkin.alert_carers", "on")
    demo.contacts.add("Bob Backup", "bob.backup@example.org", role="carer", backup=True)
    clock_of(demo).set(AFTER_DEADLINE)
    assert demo.checkin.run_timers() is True
    [alert] = items(demo, "alert")
    assert to(alert) == FAMILY | {CARER, "bob.backup@example.org"}


def test_a_check_in_before_the_deadline_means_no_alert(demo: Household) -> None:
    demo.checkin.check_in()
    clock_of(demo).set(AFTER_DEADLINE)
    assert demo.checkin.run_timers() is False
    clock_of(demo).set(FIXED_NOW.replace(hour=23, minute=59))
    assert demo.checkin.run_timers() is False
    assert items(demo, "alert") == []


def test_a_late_check_in_after_the_alert_is_still_told_and_no_second_alert(demo: Household) -> None:
    clock_of(demo).set(AFTER_DEADLINE)
    assert demo.checkin.run_timers() is True
    clock_of(demo).advance(timedelta(minutes=20))
    demo.checkin.check_in()
    assert "(11:50)" in items(demo, "checkin")[0].body
    assert demo.checkin.run_timers() is False
    assert len(items(demo, "alert")) == 1


def test_an_empty_deadline_never_alerts(demo: Household) -> None:
    demo.settings.set("checkin.deadline", "")
    for hour in (0, 11, 15, 23):
        clock_of(demo).set(FIXED_NOW.replace(hour=hour, minute=59))
        assert demo.checkin.run_timers() is False
    assert items(demo, "alert") == []


def test_a_later_deadline_is_respected(demo: Household) -> None:
    demo.settings.set("checkin.deadline", "14:30")
    clock_of(demo).set(FIXED_NOW.replace(hour=14, minute=29))
    assert demo.checkin.run_timers() is False
    clock_of(demo).set(FIXED_NOW.replace(hour=14, minute=30))
    assert demo.checkin.run_timers() is True


def test_the_next_day_the_cycle_starts_again(demo: Household) -> None:
    clock = clock_of(demo)
    demo.checkin.check_in()  # Saturday: checked in, no alert
    clock.set(AFTER_DEADLINE)
    assert demo.checkin.run_timers() is False

    clock.advance(timedelta(days=1))  # Sunday 11:30: yesterday's check-in does not count
    assert demo.checkin.today().checked_in is None
    assert demo.checkin.run_timers() is True
    assert demo.checkin.run_timers() is False

    clock.advance(timedelta(days=1))  # Monday: a new alert, and Sunday's does not count either
    assert demo.checkin.today().alert_sent is None
    clock.set(clock.now().replace(hour=9, minute=0))
    assert demo.checkin.run_timers() is False, "before Monday's deadline"
    demo.checkin.check_in()
    clock.set(clock.now().replace(hour=12, minute=0))
    assert demo.checkin.run_timers() is False
    assert len(items(demo, "alert")) == 1
    assert len(items(demo, "checkin")) == 2


def test_with_nobody_to_tell_no_alert_is_recorded(tmp_path: Path) -> None:
    home = make_household(tmp_path)
    try:
        home.contacts.add("Jane Wilson", CARER, role="carer")  # alert_carers off: nobody to tell
        assert isinstance(home.clock, SettableClock)
        home.clock.set(AFTER_DEADLINE)
        assert home.checkin.run_timers() is False
        assert home.checkin.today().alert_sent is None
        home.settings.set("checkin.alert_carers", "on")
        assert home.checkin.run_timers() is True
        [alert] = items(home, "alert")
        assert to(alert) == {CARER}
        assert alert.subject == "Your family member has not checked in today"
    finally:
        home.close()


def test_checkin_command_on_the_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["--data-dir", str(tmp_path), "--demo", "checkin"], capsys)
    assert (code, err) == (0, "")
    assert out.startswith("Told the family you're OK at ")
    assert "connection is back" not in out, "the demo's sandbox takes it at once"
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "--demo", "outbox", "--json"], capsys)
    assert code == 0
    assert '"kind": "checkin"' in out and '"status": "sent"' in out


def test_checkin_command_with_no_family_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_household(tmp_path).close()
    code, out, err = run_cli(["--data-dir", str(tmp_path), "checkin"], capsys)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "no family contact" in err


# --- a clock that was wrong, then put right --------------------------------------------------------------------

def test_a_check_in_stamped_by_a_clock_a_day_fast_still_counts_when_the_clock_is_put_right(demo: Household) -> None:
    """Mary checks in at 10:00 while the clock says it is tomorrow. The clock is put right: today, after the
    deadline, she did check in, so the family must not be told she did not."""
    clock = clock_of(demo)
    clock.set(FIXED_NOW.replace(hour=10) + timedelta(days=1))
    demo.checkin.check_in()
    clock.set(AFTER_DEADLINE)
    assert demo.checkin.run_timers() is False
    assert items(demo, "alert") == []
    assert demo.checkin.today().checked_in == AFTER_DEADLINE, "re-anchored to now, the day it really happened"
    clock.advance(timedelta(days=1))  # the next day: a new day with no check-in gets its alert as usual
    assert demo.checkin.run_timers() is True


def test_a_clock_set_back_an_hour_across_midnight_sends_no_false_alert(demo: Household) -> None:
    """Deadline 22:00. At 23:30 (the clock an hour fast, so it says 00:30 tomorrow) Mary checks in. The clock is
    set back an hour: it is 23:35 today, past the deadline, and her check-in is stamped 'tomorrow'."""
    demo.settings.set("checkin.deadline", "22:00")
    clock = clock_of(demo)
    midnight = FIXED_NOW.replace(hour=0, minute=0) + timedelta(days=1)
    clock.set(midnight + timedelta(minutes=30))
    demo.checkin.check_in()
    clock.set(midnight - timedelta(minutes=25))
    assert demo.checkin.run_timers() is False
    assert items(demo, "alert") == []


def test_an_alert_stamped_by_a_fast_clock_is_not_sent_again_when_the_clock_is_put_right(demo: Household) -> None:
    clock = clock_of(demo)
    clock.set(AFTER_DEADLINE + timedelta(hours=2))
    assert demo.checkin.run_timers() is True
    clock.set(AFTER_DEADLINE)  # set back two hours: still today, still past the deadline
    assert demo.checkin.run_timers() is False
    assert len(items(demo, "alert")) == 1


def test_a_household_set_up_after_the_deadline_is_not_alerted_that_day(tmp_path: Path) -> None:
    """Set up at 20:22 (deadline 11:00): the family is not told "not checked in" the moment it opens; the next
    day's deadline counts as ever."""
    clock = SettableClock(FIXED_NOW.replace(hour=20, minute=22))
    home = make_household(tmp_path, demo=True, clock=clock)
    try:
        assert home.settings.person_name, "the demo household is set up (seeded) now"
        assert home.checkin.run_timers() is False
        clock.advance(timedelta(hours=3))
        assert home.checkin.run_timers() is False
        assert items(home, "alert") == []

        clock.set(FIXED_NOW.replace(hour=10, minute=59) + timedelta(days=1))
        assert home.checkin.run_timers() is False, "not before the next day's deadline"
        clock.set(FIXED_NOW.replace(hour=11, minute=0) + timedelta(days=1))
        assert home.checkin.run_timers() is True, "the next day, no check-in by 11:00 tells the family"
        [alert] = items(home, "alert")
        assert to(alert) == FAMILY
    finally:
        home.close()


def test_a_household_without_a_set_up_time_keeps_todays_alert(demo: Household) -> None:
    """Households set up before this rule stored no set-up time: they were set up long ago."""
    from carelink.services.settings import SET_UP_KEY
    from carelink.storage.models import SettingRow

    with demo.database.session() as session:
        row = session.get(SettingRow, SET_UP_KEY)
        assert row is not None, "the demo's seeding stored when it was set up"
        session.delete(row)
    clock_of(demo).set(AFTER_DEADLINE)
    assert demo.checkin.run_timers() is True
