"""The call window's decisions, without Qt: which links open inside CareLink, who gets the camera, where a call
page may go, the Jitsi room's options, and when the conference counts as started."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from carelink.services.call_pages import (
    CAMERA_WATCH,
    Opening,
    PageState,
    Permission,
    camera_in_use,
    conference_started,
    grants,
    is_jitsi,
    jitsi_link,
    may_navigate,
    opening,
    origin,
    registrable_domain,
    same_site,
    talked_minutes,
)

pytestmark = pytest.mark.noqt

ROOM = "https://meet.jit.si/CareLink-abc"


@pytest.mark.parametrize("url, where", [
    (ROOM, Opening.INSIDE), ("https://zoom.us/j/123", Opening.INSIDE), ("http://127.0.0.1:8000/room", Opening.INSIDE),
    ("http://localhost:8000/room", Opening.INSIDE), ("tel:+447700900123", Opening.SYSTEM),
    ("zoommtg://zoom.us/join?confno=1", Opening.SYSTEM), ("msteams:/l/meetup-join/1", Opening.SYSTEM),
    ("http://example.org/room", Opening.SYSTEM),
])
def test_web_links_open_inside_and_the_rest_go_to_the_computer(url: str, where: Opening) -> None:
    assert opening(url) is where


def test_origins() -> None:
    assert origin("https://Meet.JIT.si:443/Room#x") == "https://meet.jit.si"
    assert origin("http://127.0.0.1:8080/a") == "http://127.0.0.1:8080"
    assert origin("tel:+44") == "" and origin("javascript:alert(1)") == ""


@pytest.mark.parametrize("asking, kind, granted", [
    ("https://meet.jit.si", Permission.CAMERA_AND_MICROPHONE, True),
    ("https://meet.jit.si/", Permission.CAMERA, True),
    ("https://meet.jit.si", Permission.MICROPHONE, True),
    ("https://meet.jit.si", Permission.OTHER, False),  # notifications, location, screen sharing…
    ("https://evil.test", Permission.CAMERA, False),
    ("http://meet.jit.si", Permission.CAMERA, False),
    ("https://meet.jit.si:8443", Permission.CAMERA, False),
    ("https://8x8.vc", Permission.CAMERA, False),
])
def test_camera_and_microphone_for_the_call_links_own_origin_only(asking: str, kind: Permission,
                                                                   granted: bool) -> None:
    assert grants(ROOM, asking, kind) is granted


@pytest.mark.parametrize("target, allowed", [
    ("https://meet.jit.si/CareLink-abc?x=1", True), ("about:blank", True),
    ("https://evil.test/login", False), ("javascript:alert(1)", False), ("file:///etc/passwd", False),
    ("data:text/html,hi", False), ("http://meet.jit.si/CareLink-abc", False),
])
def test_a_call_page_stays_on_its_own_site(target: str, allowed: bool) -> None:
    assert may_navigate(ROOM, target) is allowed


def test_zoom_and_teams_may_move_within_their_own_site_only() -> None:
    assert may_navigate("https://us02web.zoom.us/j/1", "https://app.zoom.us/wc/1/join")
    assert not may_navigate("https://us02web.zoom.us/j/1", "https://zoom.us.evil.test/")
    assert not may_navigate("https://meet.google.com/abc", "https://accounts.google.com/")


def test_the_jitsi_room_opens_straight_in_with_her_name_and_a_short_toolbar() -> None:
    link = jitsi_link(ROOM + "#old=1", "Mary O'Neil")
    base, options = link.split("#")
    assert base == ROOM
    settings = dict(option.split("=", 1) for option in options.split("&"))
    assert unquote(settings["userInfo.displayName"]) == '"Mary O\'Neil"'
    assert settings["config.prejoinConfig.enabled"] == "false" == settings["config.prejoinPageEnabled"]
    assert unquote(settings["config.toolbarButtons"]) == '["microphone","camera","tileview"]'
    assert "old" not in settings


def test_which_rooms_are_jitsi() -> None:
    assert is_jitsi(ROOM, "jitsi.care.example")
    assert is_jitsi("https://jitsi.care.example/Room", "https://jitsi.care.example/")
    assert not is_jitsi("https://jitsi-account-verify.evil.test/Room", "meet.jit.si")
    assert not is_jitsi("https://zoom.us/j/1", "meet.jit.si")


@pytest.mark.parametrize("probe, watched, started", [
    ('{"jitsi": true, "joined": true, "others": 1}', True, True),
    ('{"jitsi": true, "joined": true, "others": 0}', True, False),  # Mary alone in the room: still "Calling…"
    ('{"jitsi": true, "joined": false, "others": 0}', True, False),  # waiting for someone to start the room
    ('{"jitsi": false}', True, False),  # Jitsi's page is not there yet
    ("not json", True, False), (None, True, False),
    ('{"jitsi": false}', False, True),  # a page whose state cannot be read is shown at once
])
def test_when_the_conference_has_started(probe: object, watched: bool, started: bool) -> None:
    assert conference_started(watched, PageState.from_probe(probe)) is started


def test_talked_minutes_are_whole_and_nought_under_a_minute() -> None:
    assert [talked_minutes(s) for s in (5, 59, 60, 89, 91, 12 * 60 + 10)] == [0, 0, 1, 1, 2, 12]


@pytest.mark.parametrize("host, site", [
    ("us02web.zoom.us", "zoom.us"), ("zoom.us", "zoom.us"), ("Meet.Example.ORG.", "example.org"),
    ("a.b.example.co.uk", "example.co.uk"), ("example.co.uk", "example.co.uk"), ("co.uk", ""),
    ("x.ne.jp", "x.ne.jp"), ("teams.microsoft.com", "microsoft.com"), ("alice.github.io", ""),
    ("github.io", ""), ("bucket.s3.amazonaws.com", ""), ("127.0.0.1", ""), ("localhost", ""), ("::1", ""),
    ("com", ""), ("a..b", ""),
])
def test_registrable_domains_are_guessed_on_the_safe_side(host: str, site: str) -> None:
    assert registrable_domain(host) == site


ZOOM = "https://zoom.us/j/123?pwd=x"


@pytest.mark.parametrize("asking, page, granted", [
    ("https://us02web.zoom.us", "https://us02web.zoom.us/j/123", True),  # redirected within zoom.us
    ("https://zoom.us", "https://us02web.zoom.us/j/123", True),  # the call link's own origin, always
    ("https://evil.test", "https://us02web.zoom.us/j/123", False),  # an iframe of another site
    ("https://app.zoom.us", "https://us02web.zoom.us/j/123", False),  # not where the main frame is
    ("https://zoom.us.evil.test", "https://zoom.us.evil.test/j/1", False),  # the page went elsewhere
    ("http://us02web.zoom.us", "http://us02web.zoom.us/j/123", False),  # not https
    ("https://us02web.zoom.us", "", False),  # nobody said where the page is
])
def test_the_camera_follows_a_redirect_within_the_call_links_own_site(asking: str, page: str,
                                                                       granted: bool) -> None:
    assert grants(ZOOM, asking, Permission.CAMERA_AND_MICROPHONE, page) is granted
    assert not grants(ZOOM, asking, Permission.OTHER, page)


def test_two_peoples_pages_on_a_shared_host_or_a_country_ending_are_not_one_site() -> None:
    assert not grants("https://alice.github.io/call", "https://bob.github.io", Permission.CAMERA,
                      "https://bob.github.io/call")
    assert not grants("https://meet.example.co.uk/a", "https://evil.co.uk", Permission.CAMERA,
                      "https://evil.co.uk/a")
    assert grants("https://meet.example.co.uk/a", "https://jitsi2.example.co.uk", Permission.CAMERA,
                  "https://jitsi2.example.co.uk/a")


def test_a_server_may_redirect_the_call_within_its_own_site_only() -> None:
    room = "https://meet.example.org/room"
    assert may_navigate(room, "https://jitsi2.example.org/room", redirect=True)
    assert not may_navigate(room, "https://jitsi2.example.org/room"), "a link on the page is not a redirect"
    assert not may_navigate(room, "https://example.net/room", redirect=True)
    assert not may_navigate(room, "http://jitsi2.example.org/room", redirect=True)
    assert same_site(room, "https://example.org/") and not same_site(room, "https://example.org.evil.test/")


def test_a_camera_another_program_has_is_told_by_the_pages_error_name() -> None:
    assert camera_in_use("carelink:camera-busy:NotReadableError")
    assert camera_in_use("carelink:camera-busy:TrackStartError")
    assert not camera_in_use("carelink:camera-busy:NotAllowedError"), "refused is not busy"
    assert not camera_in_use("carelink:camera-busy:NotFoundError"), "no camera at all is not busy"
    assert not camera_in_use("NotReadableError") and not camera_in_use("a page said carelink:camera-busy:x")
    assert "carelink:camera-busy:" in CAMERA_WATCH and "NotReadableError" in CAMERA_WATCH
