"""Which call links CareLink will open: a plain https link, http only to this computer, or a phone number.
Anything else (javascript:, file:, http: to another computer, a link with a password in it…) is refused."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from carelink.errors import UserError

_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{2,30}$")
_SERVER = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?$")


def is_loopback(host: str) -> bool:
    """True for this computer itself (localhost, 127.0.0.1, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_call_link(text: str) -> str:
    """A contact's own call link, tidied; a UserError in plain words for anything CareLink will not open."""
    value = text.strip()
    if _PHONE.match(value):
        return "tel:" + re.sub(r"[ ()-]", "", value)
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme == "tel" and _PHONE.match(parts.path):
        return "tel:" + re.sub(r"[ ()-]", "", parts.path)
    host = (parts.hostname or "").lower()
    if scheme == "https" and host and "." in host and not parts.username and not parts.password \
            and not any(ch.isspace() for ch in value):
        return value
    if scheme == "http" and host and is_loopback(host):
        return value
    raise UserError("CareLink can only use a video-call link that starts with https:// (from Zoom, Google Meet, "
                    "Teams, WhatsApp or FaceTime), or a phone number.")


def check_jitsi_server(text: str) -> str:
    """A Jitsi Meet server's name, like meet.jit.si (given bare, or as an https:// address)."""
    if text.strip().lower().startswith("http://"):
        raise UserError("A Jitsi Meet server must use https://, like https://jitsi.example.org.")
    server = text.strip().lower().removeprefix("https://").rstrip("/")
    if not _SERVER.match(server):
        raise UserError("'{text}' is not a Jitsi Meet server name. It looks like meet.jit.si.", {"text": text})
    return server
