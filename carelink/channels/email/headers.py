"""Reading a mail's headers without trusting them: who it is from, when, which thread, and whether the receiving
server said the sender failed its SPF or DMARC check.

Every function here takes a parsed message and never raises: a header that cannot be read gives None or an
empty value, so one broken header cannot stop the rest of a message from being read.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from carelink.channels.email.text import clean_line

_MAX_ID_CHARS = 250
_MAX_REFERENCES = 50
_MAX_REFERENCES_CHARS = 16_000
_MAX_AUTH_CHARS = 8_000
_MAX_AUTH_HEADERS = 50
_ANGLED_ID = re.compile(r"<([^<>\s]*)>")
_ID = re.compile(r"^[!-~]+@[!-~]+$")  # printable ASCII with one '@' somewhere; '<', '>' are excluded below
_AUTH_RESULT = re.compile(r"^\s*(dmarc|spf)(?:\s*/\s*\d+)?\s*=\s*([A-Za-z]+)", re.IGNORECASE)
_AUTH_FAILURES = frozenset({"fail", "softfail"})


def raw_values(msg: EmailMessage, name: str) -> list[str]:
    """Every value of a header exactly as it came, unfolded, in order (no parsing, so nothing can fail)."""
    try:
        wanted = name.lower()
        values = [value for key, value in msg.raw_items() if key.lower() == wanted]
    except Exception:
        return []
    return [re.sub(r"\r?\n(?=[ \t])", "", str(value)).strip() for value in values]


def decoded(msg: EmailMessage, name: str) -> str:
    """The first value of a header with RFC 2047 encoded-words decoded; "" when absent."""
    try:
        value = msg.get(name)
        if value is not None:
            return str(value)
    except Exception:
        pass
    raws = raw_values(msg, name)
    if not raws:
        return ""
    try:
        return str(make_header(decode_header(raws[0])))
    except Exception:
        return raws[0]


def sender(msg: EmailMessage) -> tuple[str | None, str]:
    """The From address (domain lower-cased, local part as given) and the cleaned display name. The address is
    None when missing, unparseable, hiding characters, or ambiguous (several From headers or mailboxes)."""
    raws = raw_values(msg, "From")
    if not raws:
        return None, ""
    mailboxes = _mailboxes(msg)
    if mailboxes is None:
        mailboxes = _legacy_mailboxes(raws[0])
    if not mailboxes:
        return None, ""
    name = clean_line(mailboxes[0][0])
    if len(raws) != 1 or len(mailboxes) != 1:
        return None, name
    return _address(mailboxes[0][1]), name


def _mailboxes(msg: EmailMessage) -> list[tuple[str, str]] | None:
    try:
        header = msg.get("From")
        addresses: tuple[Address, ...] = header.addresses  # type: ignore[union-attr]
        return [(a.display_name or "", a.addr_spec) for a in addresses]
    except Exception:
        return None


def _legacy_mailboxes(raw: str) -> list[tuple[str, str]]:
    try:
        return [(n, a) for n, a in getaddresses([raw]) if a]
    except Exception:
        return []


def _address(addr_spec: str) -> str | None:
    if len(addr_spec) > 254 or "@" not in addr_spec:
        return None
    local, _, domain = addr_spec.rpartition("@")
    if not local or not domain or "." not in domain.strip("."):
        return None
    if any(c.isspace() or not c.isprintable() or c in "<>()[]\\,;:\"" for c in domain):
        return None
    if any(not c.isprintable() for c in local):
        return None
    if any(c.isspace() for c in local) and not (len(local) > 1 and local[0] == local[-1] == '"'):
        return None
    return f"{local}@{domain.lower()}"


def date(msg: EmailMessage) -> datetime | None:
    """The Date header as an aware datetime (a zone of -0000 is read as UTC); None if missing or unparseable."""
    when: datetime | None = None
    try:
        header = msg.get("Date")
        when = getattr(header, "datetime", None)
    except Exception:
        when = None
    if when is None:
        raws = raw_values(msg, "Date")
        try:
            when = parsedate_to_datetime(raws[0]) if raws else None
        except Exception:
            when = None
    if when is None:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def message_ids(value: str) -> list[str]:
    """Every well-formed message id in a header value, normalised to "<left@right>"; garbage is dropped."""
    found = _ANGLED_ID.findall(value)
    if not found and "<" not in value:
        found = re.split(r"[\s,]+", value)
    ids: dict[str, None] = {}  # ordered, without duplicates
    for candidate in found:
        if len(candidate) <= _MAX_ID_CHARS and _ID.match(candidate):
            ids[f"<{candidate}>"] = None
    return list(ids)


def message_id(msg: EmailMessage, name: str = "Message-ID") -> str | None:
    raws = raw_values(msg, name)
    ids = message_ids(raws[0]) if raws else []
    return ids[0] if ids else None


def references(msg: EmailMessage) -> tuple[str, ...]:
    """The References chain in order; a very long chain keeps its root and its most recent entries."""
    found: dict[str, None] = {}
    for raw in raw_values(msg, "References")[:10]:
        if len(raw) > _MAX_REFERENCES_CHARS:  # keep the root and the most recent end of an absurd chain
            raw = f"{raw[:1000]} {raw[-(_MAX_REFERENCES_CHARS - 1000):]}"
        found.update(dict.fromkeys(message_ids(raw)))
    ids = list(found)
    if len(ids) > _MAX_REFERENCES:
        ids = ids[:1] + ids[-(_MAX_REFERENCES - 1) :]
    return tuple(ids)


def auth_failed(msg: EmailMessage) -> bool:
    """True when any Authentication-Results header reports dmarc=fail, spf=fail or spf=softfail."""
    for raw in raw_values(msg, "Authentication-Results")[:_MAX_AUTH_HEADERS]:
        for resinfo in _strip_comments_and_quotes(raw[:_MAX_AUTH_CHARS]).split(";"):
            match = _AUTH_RESULT.match(resinfo)
            if match and match.group(2).lower() in _AUTH_FAILURES:
                return True
    return False


def _strip_comments_and_quotes(value: str) -> str:
    """Drop (nested) comments and empty the quoted strings, so neither can hide or fake a ';' or a result."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for char in value:
        if escaped:
            escaped = False
        elif char == "\\" and (depth or quoted):
            escaped = True
        elif quoted:
            if char == '"':
                quoted = False
                out.append('"')
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif depth:
            continue
        else:
            if char == '"':
                quoted = True
            out.append(char)
    return "".join(out)
