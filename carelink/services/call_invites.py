"""Which emails are call invites that ring the screen, and which only go on the wall as a message.

A ringing call is powerful (for a contact trusted to auto-answer, the link opens by itself), so it is decided
carefully, without Qt, here. An email rings only when all of these hold:

- the household's own mail server vouched for the sender (an Authentication-Results pass for the From address,
  and no failed SPF, DKIM or DMARC check): a forged From never rings;
- it is not a calendar invitation (a text/calendar part, or sent by Google Calendar, Outlook or Teams): those go on
  the wall as an ordinary message;
- its purpose is the call: CareLink's own invite, or a short message whose words are mostly a meeting link;
- the link is https to the household's Jitsi server, a known meeting service (Zoom, Google Meet, Teams, Whereby,
  meet.jit.si) or the contact's own saved call link's site. A host that merely contains "jitsi" is not enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from carelink.errors import UserError
from carelink.services.contacts import ContactService
from carelink.services.settings import SettingsService

if TYPE_CHECKING:
    from carelink.channels.email.mime import ParsedMail

KNOWN_MEETING_HOSTS = frozenset({"meet.jit.si", "meet.google.com", "teams.microsoft.com", "teams.live.com",
                                 "whereby.com", "zoom.us"})
KNOWN_MEETING_DOMAINS = ("zoom.us",)  # and every host under these (us02web.zoom.us)
MAX_OTHER_WORDS = 60  # an invite is a line or two around the link; a newsletter or a long letter is not
_URL = re.compile(r"https://[^\s<>\"'()\[\]{}|\\^`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?'\"»…"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class IncomingCall:
    """A call invite that is ringing: the wall message, who sent it (their saved name and photo), whether their
    calls answer by themselves, and the meeting link it joins."""

    wall_id: int
    name: str
    photo: Path | None
    auto_answer: bool
    link: str | None = None


def _origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an https link with a room path and no user name in it; None otherwise."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
        port = parts.port or 443
    except ValueError:
        return None
    if parts.scheme.lower() != "https" or not host or not host.isascii() or parts.username is not None:
        return None
    return "https", host, port


def allowed_meeting_link(url: str, jitsi_server: str, contact_link: str | None) -> bool:
    """An https link to a room on the household's Jitsi server, a known meeting service, or the site of the
    contact's own saved call link."""
    origin = _origin(url)
    if origin is None or urlsplit(url).path in ("", "/"):
        return False
    _, host, port = origin
    if port == 443 and (host in KNOWN_MEETING_HOSTS or host.endswith(tuple("." + d for d in KNOWN_MEETING_DOMAINS))):
        return True
    if origin == _origin("https://" + jitsi_server.strip().lower().removeprefix("https://").rstrip("/")):
        return True
    return contact_link is not None and _origin(contact_link) == origin


def https_links(text: str) -> list[str]:
    """The https links in text, in order, without duplicates."""
    found: list[str] = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_URL_TRAILING)
        if url not in found:
            found.append(url)
    return found


def mostly_a_link(text: str) -> bool:
    """A short message around its link(s): at most MAX_OTHER_WORDS words besides the links."""
    return len(_WORD.findall(_URL.sub(" ", text))) <= MAX_OTHER_WORDS


def invite_link(mail: ParsedMail, jitsi_server: str, contact_link: str | None) -> str | None:
    """The meeting link that makes this (approved contact's) email a ringing call invite, or None for an ordinary
    message (see the module's rules)."""
    if mail.auth_failed or not mail.auth_passed or mail.calendar:
        return None
    if not mostly_a_link(mail.text):
        return None
    for url in https_links(mail.text):
        if allowed_meeting_link(url, jitsi_server, contact_link):
            return url
    return None


class CallInviteRule:
    """`link_for(mail, contact_id)`: the rule above with the household's Jitsi server and the contact's own saved
    link, for the wall to file an approved contact's mail as a call invite or a message. Looks nothing up for mail
    without an https link (nearly all of it)."""

    def __init__(self, settings: SettingsService, contacts: ContactService) -> None:
        self._settings, self._contacts = settings, contacts

    def link_for(self, mail: ParsedMail, contact_id: int | None) -> str | None:
        if contact_id is None or not mail.auth_passed or "https://" not in mail.text.lower():
            return None
        try:
            contact_link = self._contacts.get(contact_id).call_url
        except UserError:  # removed while the mail came in: an ordinary message
            return None
        return invite_link(mail, self._settings.get("calls.jitsi_server"), contact_link)
