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
# Without the whole Public Suffix List, a site's registrable domain is guessed on the safe side: under a country's
# own ending, a short second name (co.uk, com.au, ne.jp, gov.uk) is taken as public too, and these shared hosting
# endings, where each name belongs to someone else, are never one site. A guess that is too long only refuses.
_SHORT_SECOND_NAME = 3
_SHARED_HOSTING = frozenset({
    "github.io", "gitlab.io", "herokuapp.com", "azurewebsites.net", "cloudfront.net", "appspot.com",
    "blogspot.com", "netlify.app", "vercel.app", "pages.dev", "workers.dev", "web.app", "firebaseapp.com",
    "glitch.me", "onrender.com", "ngrok.io", "ngrok-free.app", "amazonaws.com", "duckdns.org", "dyndns.org",
    "no-ip.org", "repl.co", "fly.dev", "trycloudflare.com", "loca.lt", "serveo.net",
})


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


def registrable_domain(host: str) -> str:
    """The part of a host name that one owner registered (us02web.zoom.us → zoom.us, a.b.example.co.uk →
    example.co.uk); "" for an IP address, a single name (localhost), a public ending itself (co.uk), or a name on
    a shared hosting ending (alice.github.io)."""
    name = host.strip().rstrip(".").lower()
    if not name or is_loopback(name) or ":" in name or name.replace(".", "").isdigit():
        return ""
    labels = name.split(".")
    if len(labels) < 2 or not all(labels):
        return ""
    if any(".".join(labels[-n:]) in _SHARED_HOSTING for n in (2, 3)):
        return ""  # each name there is someone else's: never one site with its neighbours
    top, second = labels[-1], labels[-2]
    keep = 3 if len(top) == 2 and len(second) <= _SHORT_SECOND_NAME else 2  # co.uk, com.au, ne.jp, gov.uk …
    return ".".join(labels[-keep:]) if len(labels) >= keep else ""


def same_site(call_url: str, other_url: str) -> bool:
    """Both https, on the same registrable domain (meet.example.org and jitsi2.example.org; never example.org and
    example.net, nor two people's pages on github.io)."""
    first, second = urlsplit(call_url), urlsplit(other_url)
    if first.scheme.lower() != "https" or second.scheme.lower() != "https":
        return False
    site = registrable_domain(first.hostname or "")
    return bool(site) and registrable_domain(second.hostname or "") == site


def grants(call_url: str, asking_origin: str, permission: Permission, page_url: str = "") -> bool:
    """Camera and microphone, with no prompt, for the call link's own origin; or for the origin the call's page
    is really on (`page_url`, its main frame, after a redirect like zoom.us → us02web.zoom.us) when that is on
    the call link's own site. Nothing else, for nobody."""
    if permission is Permission.OTHER:
        return False
    own, asking = origin(call_url), origin(asking_origin)
    if not own or not asking:
        return False
    if asking == own:
        return True
    return bool(page_url) and origin(page_url) == asking and same_site(call_url, page_url)


def may_navigate(call_url: str, target: str, redirect: bool = False) -> bool:
    """The call page may move within its own origin (and, for Zoom and Teams, within their own site); a link to
    anywhere else does nothing. The server may `redirect` the page within the call link's own site (an https
    page on the same registrable domain). about:blank is harmless; javascript:, file: and data: are not allowed."""
    own, there = origin(call_url), origin(target)
    if target.strip().lower() == "about:blank":
        return True
    if not own or not there:
        return False
    if own == there or (redirect and same_site(call_url, target)):
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


def join_link(link: str, jitsi_server: str, display_name: str) -> str:
    """An invite's link as CareLink opens it: a Jitsi room that has no options of its own opens straight in."""
    if opening(link) is Opening.INSIDE and "#" not in link and is_jitsi(link, jitsi_server):
        return jitsi_link(link, display_name)
    return link


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


# Put into every call page before its own scripts run (its main world, so it sees the page's own calls): when the
# page asks for the camera and the computer cannot start it because another program has it (Chromium says
# NotReadableError; older versions TrackStartError), it says so on the page's console, where CareLink listens.
# The page's own handling of the error goes on as before.
CAMERA_TROUBLE_MARK = "carelink:camera-busy:"
CAMERA_WATCH = """(function () {
  var devices = window.MediaDevices && window.MediaDevices.prototype;
  if (!devices || typeof devices.getUserMedia !== 'function') { return; }
  var original = devices.getUserMedia, say = console.info.bind(console);
  devices.getUserMedia = function () {
    return original.apply(this, arguments).catch(function (error) {
      var name = error && error.name;
      if (name === 'NotReadableError' || name === 'TrackStartError') { say('MARK' + name); }
      throw error;
    });
  };
})();""".replace("MARK", CAMERA_TROUBLE_MARK)


def camera_in_use(console_message: str) -> bool:
    """Whether the page's console line is CAMERA_WATCH saying another program has the camera."""
    return console_message.startswith(CAMERA_TROUBLE_MARK) and console_message.removeprefix(
        CAMERA_TROUBLE_MARK) in ("NotReadableError", "TrackStartError")
