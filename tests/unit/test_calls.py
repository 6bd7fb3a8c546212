"""Call links, the kept Jitsi room, invites out, and invites in (ringing only from contacts, only while fresh)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from carelink.channels.email.mime import parse_message
from carelink.clock import SettableClock
from carelink.errors import UserError
from carelink.household import Household
from carelink.services.call_links import check_call_link, check_jitsi_server
from tests.helpers import FIXED_NOW, make_household, run_cli

pytestmark = pytest.mark.noqt


@pytest.mark.parametrize("link, expected", [
    ("https://zoom.us/j/123456789", "https://zoom.us/j/123456789"),
    ("https://meet.google.com/abc-defg-hij", "https://meet.google.com/abc-defg-hij"),
    ("  https://wa.me/447700900123 ", "https://wa.me/447700900123"),
    ("+44 7700 900123", "tel:+447700900123"),
    ("tel:+1 (555) 010-0000", "tel:+15550100000"),
    ("http://127.0.0.1:8000/room", "http://127.0.0.1:8000/room"),
])
def test_good_call_links(link: str, expected: str) -> None:
    assert check_call_link(link) == expected


@pytest.mark.parametrize("link", [
    "javascript:alert(1)", "file:///etc/passwd", "http://zoom.us/j/1", "ftp://example.org/x", "zoom.us/j/1",
    "https://user:pass@zoom.us/j/1", "https://localhost", "data:text/html,hi", "https://zo om.us/j", "",
])
def test_other_links_are_refused_in_plain_words(link: str) -> None:
    with pytest.raises(UserError, match="https://"):
        check_call_link(link)


def test_jitsi_server_names() -> None:
    assert check_jitsi_server("https://Meet.Example.org/") == "meet.example.org"
    with pytest.raises(UserError):
        check_jitsi_server("not a server")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Household]:
    home = make_household(tmp_path, demo=True)
    yield home
    home.close()


def test_each_contact_gets_one_unguessable_jitsi_room_that_is_kept(demo: Household) -> None:
    sarah, tom = demo.contacts.list()[2:4]
    first, again, other = demo.calls.plan(sarah.id), demo.calls.plan(sarah.id), demo.calls.plan(tom.id)
    assert first.invite_url == again.invite_url != other.invite_url
    assert first.invite_url.startswith("https://meet.jit.si/CareLink-")
    assert len(first.invite_url.rsplit("/", 1)[1]) >= 30, "the room name is not guessable"
    assert "displayName=%22Mary%22" in first.open_url and "prejoin" in first.open_url
    assert "#" not in first.invite_url, "the family's link carries no settings of Mary's"


def test_two_threads_planning_the_same_first_call_keep_one_room(demo: Household) -> None:
    """The call screen plans on a worker while the confirmation's look-ahead may still be planning: both must name
    the room the invite names, or Sarah joins an empty room."""
    people = demo.contacts.list()
    start = threading.Barrier(4)

    def plan(contact_id: int) -> str:
        start.wait()
        return demo.calls.plan(contact_id).invite_url

    with ThreadPoolExecutor(4) as pool:
        for person in people:  # each contact's first call, planned four times at once
            rooms = set(pool.map(plan, [person.id] * 4))
            assert len(rooms) == 1, f"{person.name}: {rooms}"
            assert rooms == {demo.calls.plan(person.id).invite_url}


def test_the_jitsi_server_is_a_setting(demo: Household) -> None:
    demo.settings.set("calls.jitsi_server", "jitsi.example.org")
    sarah = demo.contacts.list()[0]
    assert demo.calls.plan(sarah.id).invite_url.startswith("https://jitsi.example.org/CareLink-")


def test_a_contacts_own_link_is_used_and_a_bad_one_changes_nothing(demo: Household) -> None:
    sarah = demo.contacts.list()[0]
    demo.calls.set_call_link(sarah.id, "https://zoom.us/j/42", auto_answer=True)
    assert demo.calls.plan(sarah.id).open_url == "https://zoom.us/j/42"
    with pytest.raises(UserError):
        demo.calls.set_call_link(sarah.id, "javascript:alert(1)", auto_answer=False)
    kept = demo.contacts.get(sarah.id)
    assert kept.call_url == "https://zoom.us/j/42" and kept.auto_answer


def test_the_plan_says_whether_the_call_is_a_jitsi_room_so_pressing_call_reads_nothing(demo: Household) -> None:
    sarah, tom, emma = demo.contacts.list()[:3]
    demo.settings.set("calls.jitsi_server", "jitsi.example.org")
    demo.calls.set_call_link(tom.id, "https://zoom.us/j/42", auto_answer=False)
    demo.calls.set_call_link(emma.id, "https://jitsi.example.org/EmmasRoom", auto_answer=False)
    assert demo.calls.plan(sarah.id).jitsi, "the room CareLink made"
    assert not demo.calls.plan(tom.id).jitsi
    assert demo.calls.plan(emma.id).jitsi, "a room on the household's own Jitsi server"


def test_starting_a_call_queues_an_invite_with_the_same_link(demo: Household) -> None:
    sarah = demo.contacts.list()[0]
    plan = demo.calls.start_call(sarah.id)
    demo.courier.send_now()
    [sent] = demo.transport.outgoing.sent  # type: ignore[attr-defined]
    assert sent["To"] == sarah.email
    assert sent["Subject"] == "Mary would like a video call now"
    assert f"Mary would like a video call now — join here: {plan.invite_url}" in sent.get_content()


def invite(sender: str, link: str, minutes_ago: int) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["Subject"] = "Video call?"
    message["Authentication-Results"] = "mx.example.org; dmarc=pass header.from=example.org"
    message["Date"] = format_datetime(FIXED_NOW - timedelta(minutes=minutes_ago))
    message["Message-ID"] = make_msgid(domain="example.org")
    message.set_content(f"Join me here: {link}")
    return message


def test_fresh_invites_from_contacts_ring_and_older_ones_do_not(demo: Household) -> None:
    sarah = demo.contacts.list()[2]
    fresh = parse_message(invite(sarah.email, "https://meet.jit.si/SarahsRoom123", 3).as_bytes())
    stale = parse_message(invite(sarah.email, "https://zoom.us/j/987654321", 40).as_bytes())
    fresh_id = demo.wall.add_mail(fresh, sarah.id, sarah.email, FIXED_NOW)
    stale_id = demo.wall.add_mail(stale, sarah.id, sarah.email, FIXED_NOW)
    assert fresh_id is not None and stale_id is not None
    assert demo.wall.get(fresh_id).kind == "call_invite"
    assert demo.calls.invite_link(fresh_id) == "https://meet.jit.si/SarahsRoom123"
    assert demo.calls.ringing() == [fresh_id]
    demo.calls.mark(fresh_id, "rung")
    assert demo.calls.ringing() == [], "an invite rings once"


def test_an_invite_stops_ringing_after_fifteen_minutes(demo: Household) -> None:
    sarah = demo.contacts.list()[2]
    wall_id = demo.wall.add_mail(parse_message(invite(sarah.email, "https://meet.jit.si/Room12345", 0).as_bytes()),
                                 sarah.id, sarah.email, FIXED_NOW)
    assert demo.calls.ringing() == [wall_id]
    assert isinstance(demo.clock, SettableClock)
    demo.clock.advance(timedelta(minutes=16))
    assert demo.calls.ringing() == []


def test_call_command_prints_the_link_last_and_wall_json_shows_invites(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "--demo", "call", "1", "--no-open"], capsys)
    assert code == 0
    assert out.strip().splitlines()[-1].startswith("https://meet.jit.si/CareLink-")
    code, out, _ = run_cli(["--data-dir", str(tmp_path), "--demo", "outbox", "--json"], capsys)
    assert [item["kind"] for item in json.loads(out)] == ["invite"]


def test_contacts_add_with_a_bad_call_link_stores_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["--data-dir", str(tmp_path), "contacts", "add", "Zed", "--email", "zed@example.org",
                            "--call-url", "file:///etc/passwd"], capsys)
    assert code == 1 and len(err.strip().splitlines()) == 1
    _, out, _ = run_cli(["--data-dir", str(tmp_path), "contacts", "list", "--json"], capsys)
    assert json.loads(out) == []
