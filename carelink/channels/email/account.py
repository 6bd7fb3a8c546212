"""The household's email account: servers, ports and security, checked before anything is stored.

TLS is required (SSL or STARTTLS); plain connections are allowed only to a server on this computer (loopback),
which is what the tests use.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Literal

from carelink.channels.addresses import normalise_email
from carelink.errors import UserError
from carelink.translation import sentence

Security = Literal["ssl", "starttls", "none"]
SECURITIES: tuple[Security, ...] = ("ssl", "starttls", "none")
DEFAULT_PORTS: dict[Security, tuple[int, int]] = {"ssl": (993, 465), "starttls": (143, 587), "none": (143, 25)}
_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                   r"[A-Za-z0-9])?)*$")


@dataclass(frozen=True)
class EmailAccount:
    """Where the household's mail lives. The password is never here: it is in the keyring."""

    address: str
    imap_host: str
    imap_port: int
    smtp_host: str
    smtp_port: int
    username: str
    security: Security

    @property
    def login(self) -> str:
        return self.username or self.address

    # 'ssl' asks for TLS from the first byte; on the ports that are STARTTLS by standard (IMAP 143, SMTP 587 and
    # 25) the connection is upgraded instead, so that a provider like iCloud (IMAP 993, SMTP 587) fits one setting.
    @property
    def imap_implicit_tls(self) -> bool:
        return self.security == "ssl" and self.imap_port != 143

    @property
    def smtp_implicit_tls(self) -> bool:
        return self.security == "ssl" and self.smtp_port not in (587, 25)

    @property
    def tls_required(self) -> bool:
        return self.security != "none"


@dataclass(frozen=True)
class Preset:
    """A common provider that still takes app passwords over IMAP and SMTP, with how to make one."""

    name: str
    domains: tuple[str, ...]
    imap_host: str
    smtp_host: str
    security: Security
    imap_port: int
    smtp_port: int
    app_password_help: str  # English, marked for translation (the screens say it in the household's language)


PRESETS: tuple[Preset, ...] = (
    Preset("Gmail", ("gmail.com", "googlemail.com"), "imap.gmail.com", "smtp.gmail.com", "ssl", 993, 465,
           sentence("Turn on 2-Step Verification in the Google Account, then make an app password under Security → "
                    "App passwords, and type that here instead of the usual password.")),
    Preset("Yahoo", ("yahoo.com", "yahoo.co.uk", "ymail.com"), "imap.mail.yahoo.com", "smtp.mail.yahoo.com",
           "ssl", 993, 465,
           sentence("In Yahoo's Account Security page choose 'Generate app password' and type that here.")),
    Preset("iCloud", ("icloud.com", "me.com", "mac.com"), "imap.mail.me.com", "smtp.mail.me.com", "ssl",
           993, 587,
           sentence("At appleid.apple.com, under Sign-In and Security, choose App-Specific Passwords and make one.")),
    Preset("Fastmail", ("fastmail.com", "fastmail.fm"), "imap.fastmail.com", "smtp.fastmail.com", "ssl", 993,
           465,
           sentence("In Fastmail's Settings → Privacy & Security → Manage app passwords, make one for "
                    "'Mail (IMAP/SMTP)'.")),
    Preset("GMX", ("gmx.com", "gmx.net", "gmx.de", "gmx.co.uk"), "imap.gmx.com", "mail.gmx.com", "ssl", 993, 465,
           sentence("In GMX's settings, allow POP3/IMAP access first; then use the usual GMX password here.")),
)


def preset_for(address: str) -> Preset | None:
    domain = address.rpartition("@")[2].lower()
    return next((preset for preset in PRESETS if domain in preset.domains), None)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host(value: str, which: str) -> str:
    host = value.strip().lower()
    if not (_HOST.match(host) or is_loopback(host)):
        raise UserError("'{value}' is not a server name for {which}. It looks like imap.example.com.",
                        {"value": value, "which": which})
    return host


def _port(value: int | str | None, default: int, which: str) -> int:
    if value is None or value == "":
        return default
    try:
        port = int(value)
    except ValueError:
        raise UserError("The {which} port must be a number, like {default}.",
                        {"which": which, "default": default}) from None
    if not 1 <= port <= 65535:
        raise UserError("The {which} port must be between 1 and 65535; {default} is usual.",
                        {"which": which, "default": default})
    return port


def make_account(address: str, imap_host: str, smtp_host: str, security: str, imap_port: int | str | None = None,
                 smtp_port: int | str | None = None, username: str = "") -> EmailAccount:
    """Check every part of an account and return it; a UserError says, in plain words, what is wrong."""
    clean_address = normalise_email(address)
    if security not in SECURITIES:
        raise UserError("Security must be ssl or starttls (or none, only for a server on this computer).")
    kind: Security = security
    imap, smtp = _host(imap_host, "incoming mail (IMAP)"), _host(smtp_host, "outgoing mail (SMTP)")
    if kind == "none" and not (is_loopback(imap) and is_loopback(smtp)):
        raise UserError("CareLink only talks to mail servers over a secure connection (ssl or starttls). "
                        "'none' is allowed only for a server on this computer.")
    default_imap, default_smtp = DEFAULT_PORTS[kind]
    user = username.strip()
    if any(not ch.isprintable() for ch in user) or len(user) > 254:
        raise UserError("That user name has characters a mail server would not accept.")
    return EmailAccount(address=clean_address, imap_host=imap, imap_port=_port(imap_port, default_imap, "IMAP"),
                        smtp_host=smtp, smtp_port=_port(smtp_port, default_smtp, "SMTP"), username=user,
                        security=kind)
