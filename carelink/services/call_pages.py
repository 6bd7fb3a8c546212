"""The decisions behind CareLink's own call window, without Qt: which links open inside it and which go to the
computer's own handler, which origin gets the camera and microphone, where the page may go, how a Jitsi room is
opened straight in, and when a call counts as started.

The call window (carelink/ui/calls/call_window.py) asks these questions; the tests ask them too, without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Any
from urllib.parse import quote, urlsplit

from carelink.services.call_links import is_loopback

WAIT_FOR_OTHERS = timedelta(minutes=10)  # nobody has joined by then: say so kindly
JITSI_HOSTS = frozenset({"meet.jit.si"})
# The toolbar Mary needs: her microphone and camera, and seeing everyone. Hanging up is CareLink's own button.
JITSI_TOOLBAR = ("microphone", "camera", "tileview")
# Sites a meeting service moves its own page between (us02web.zoom.us → app.zoom.us). Nothing else is allowed.
SERVICE_SITES = ("zoom.us", "teams.microsoft.com", "teams.live.com")


class Opening(Enum):
    """Where a call link opens."""

    INSIDE = "inside"  # CareLink's own call window (https, or http to this computer)
    SYSTEM = "system"  # the computer's own handler: a phone number, a video-call app's own link


def opening(url: str) -> Opening:
    """https links (and http to this computer, for tests and local pages) open inside; anything else, like tel: or
    an app's own link (zoommtg:, msteams:), goes to the computer's own handler."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "https" or (scheme == "http" and is_loopback((parts.hostname or "").lower())):
        return Opening.INSIDE
    return Opening.SYSTEM


def origin(url: str) -> str:
    """scheme://host[:port] in lower case, the default port left out; "" when the link has no host."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
        port = parts.port
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    if not host or scheme not in ("http", "https"):
        return ""
    default = {"http": 80, "https": 443}[scheme]
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}" + (f":{port}" if port not in (None, default) else "")


class Permission(Enum):
    """What a page asks for, in the words of CareLink's rule (the UI maps Qt's feature types to these)."""

    CAMERA = "camera"
    MICROPHONE = "microphone"
    CAMERA_AND_MICROPHONE = "camera and microphone"
    OTHER = "other"  # notifications, location, screen sharing, clipboard, fonts, mouse lock, …


def grants(call_url: str, asking_origin: str, permission: Permission) -> bool:
    """Camera and microphone for the call link's own origin, with no prompt; nothing else, for nobody."""
    if permission is Permission.OTHER:
        return False
    own = origin(call_url)
    return bool(own) and origin(asking_origin) == own


def may_navigate(call_url: str, target: str) -> bool:
    """The call page may move within its own origin (and, for Zoom and Teams, within their own site); a link to
    anywhere else does nothing. about:blank is harmless; javascript:, file: and data: are not allowed."""
    own, there = origin(call_url), origin(target)
    if target.strip().lower() == "about:blank":
        return True
    if not own or not there:
        return False
    if own == there:
        return True
    own_host, host = urlsplit(own).hostname or "", urlsplit(there).hostname or ""
    return there.startswith("https://") and any(
        (own_host == site or own_host.endswith("." + site)) and (host == site or host.endswith("." + site))
        for site in SERVICE_SITES)


def is_jitsi(url: str, jitsi_server: str) -> bool:
    """A room on meet.jit.si or on the household's own Jitsi server (their page's state can be watched)."""
    host = (urlsplit(url).hostname or "").lower()
    server = jitsi_server.strip().lower().removeprefix("https://").rstrip("/")
    return bool(host) and (host in JITSI_HOSTS or origin(url) == origin("https://" + server))


def jitsi_link(room_url: str, display_name: str) -> str:
    """The room with Jitsi's URL options: no pre-join page, the person's name filled in, a short toolbar, no
    "get the app" page. Jitsi reads these hash settings as JSON values, hence the (encoded) quotes."""
    base = room_url.split("#", 1)[0]
    toolbar = quote("[" + ",".join(f'"{b}"' for b in JITSI_TOOLBAR) + "]", safe="")
    name = quote(f'"{display_name}"', safe="")
    options = [f"userInfo.displayName={name}", "config.prejoinConfig.enabled=false",
               "config.prejoinPageEnabled=false", f"config.toolbarButtons={toolbar}",
               "config.disableDeepLinking=true", "config.startWithAudioMuted=false",
               "config.startWithVideoMuted=false", "config.notifications=%5B%5D"]
    return base + "#" + "&".join(options)


# Run in the page every few seconds while CareLink's own "Calling Sarah…" screen is over it. It reads Jitsi Meet's
# own state (APP.conference) and returns plain JSON; on any other page it says so.
JITSI_PROBE = """(function () {
  try {
    var c = window.APP && window.APP.conference;
    if (!c) { return JSON.stringify({jitsi: false}); }
    var joined = typeof c.isJoined === 'function' ? !!c.isJoined() : false;
    var count = typeof c.membersCount === 'number' ? c.membersCount
      : (typeof c.listMembers === 'function' ? c.listMembers().length + 1 : 0);
    return JSON.stringify({jitsi: true, joined: joined, others: Math.max(0, count - 1)});
  } catch (e) {
    return JSON.stringify({jitsi: false, error: String(e)});
  }
})()"""


@dataclass(frozen=True)
class PageState:
    """What the probe saw: a Jitsi page or not, whether this side has joined, how many others are there."""

    jitsi: bool = False
    joined: bool = False
    others: int = 0

    @classmethod
    def from_probe(cls, value: Any) -> PageState:
        """The probe's JSON text (anything else, or broken JSON, reads as "not a Jitsi page")."""
        import json

        try:
            data = json.loads(value) if isinstance(value, str) else None
        except ValueError:
            data = None
        if not isinstance(data, dict):
            return cls()
        others = data.get("others")
        return cls(bool(data.get("jitsi")), bool(data.get("joined")),
                   others if isinstance(others, int) and others >= 0 else 0)


def conference_started(watched: bool, state: PageState) -> bool:
    """Whether CareLink's own "Calling…" screen can give way to the page: at once for a page whose state cannot
    be watched; for Jitsi, once this side has joined and someone else is there."""
    if not watched:
        return True
    return state.jitsi and state.joined and state.others > 0


def talked_minutes(seconds: float) -> int:
    """Whole minutes for the care line, rounded to the nearest; 0 for less than a minute."""
    return 0 if seconds < 60 else round(seconds / 60)
