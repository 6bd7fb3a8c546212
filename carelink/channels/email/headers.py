"""Reading a mail's headers without trusting them: who it is from, when, which thread, and whether the receiving
server said the sender failed its SPF or DMARC check.

Every function here takes a parsed message and never raises: a header that cannot be read gives None or an
empty value, so one broken header cannot stop the rest of a message from being read.

The standard header parser (policy.default) is slow, so the plain values that ordinary mail carries (an ASCII
subject, "Name <address>", a Date) are read directly; fetched() and the patterns below give exactly what that
parser gives for them, and anything else (encoded words, quoting, comments, 8-bit bytes) still goes through it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from functools import lru_cache

from carelink.channels.email.charsets import decode_bytes
from carelink.channels.email.text import clean_line

MAX_HEADER_CHARS = 8 * 1024  # one header value is cut to this before it is parsed (see mime._BoundedPolicy)
_MAX_ID_CHARS = 250
_MAX_REFERENCES = 50
_MAX_REFERENCES_CHARS = 16_000
_MAX_AUTH_CHARS = 8_000
_MAX_AUTH_HEADERS = 50
_ANGLED_ID = re.compile(r"<([^<>\s]*)>")
_ID = re.compile(r"^[!-~]+@[!-~]+$")  # printable ASCII with one '@' somewhere; '<', '>' are excluded below
_AUTH_RESULT = re.compile(r"^\s*(dmarc|spf)(?:\s*/\s*\d+)?\s*=\s*([A-Za-z]+)", re.IGNORECASE)
_AUTH_FAILURES = frozenset({"fail", "softfail"})
# dkim=pass header.d=example.org / spf=pass smtp.mailfrom=sarah@example.org / dmarc=pass header.from=example.org
_AUTH_METHOD = re.compile(r"^\s*(dmarc|dkim|spf)(?:\s*/\s*\d+)?\s*=\s*([A-Za-z]+)(.*)$", re.IGNORECASE | re.DOTALL)
_AUTH_PROPERTY = re.compile(r"\b(header\.d|header\.i|header\.from|smtp\.mailfrom)\s*=\s*([^\s;]+)", re.IGNORECASE)
_AUTH_BAD = frozenset({"fail", "softfail", "permerror", "policy"})
_LINE_ENDS = str.maketrans("", "", "\r\n")
_PLAIN_TEXT = re.compile(r"[ -~\t]*")  # printable ASCII: the header parser gives it back as it is (without "=?")
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = rf"{_ATOM}(?:\.{_ATOM})*"
# "Display Name <local@domain>" (atoms and single spaces) or a bare local@domain: what family mail sends.
_PLAIN_MAILBOX = re.compile(rf"(?:({_ATOM}(?: {_ATOM})*) )?<({_DOT_ATOM}@{_DOT_ATOM})>|({_DOT_ATOM}@{_DOT_ATOM})")

PLAIN_MIME_HEADERS = frozenset({"content-type", "content-disposition", "content-transfer-encoding"})
_TOKEN = r"[A-Za-z0-9!#$&+.^_`|~-]+"  # MIME token characters, less those of RFC 2231 ("*", "'", "%")
_QUOTED = r'"[!#-\[\]-~]+(?: [!#-\[\]-~]+)*"'  # printable ASCII, single spaces, no quote or backslash
_PLAIN_PARAMETERIZED = re.compile(rf"{_TOKEN}(?:/{_TOKEN})?(?:; ?{_TOKEN}=(?:{_TOKEN}|{_QUOTED}))*")
_PLAIN_PARAM = re.compile(rf'; ?({_TOKEN})=(?:({_TOKEN})|"([^"]*)")')
_PLAIN_CTE = re.compile(r"[A-Za-z0-9-]+")


def plain_mime_header(name: str, value: str) -> str | None:
    """str(policy.default's header object) for a plain Content-Type, Content-Disposition or
    Content-Transfer-Encoding value (already cut to MAX_HEADER_CHARS), without parsing it; None for anything
    else. The parser removes line ends, keeps the "type/subtype" (or disposition) as written, and writes the
    parameters back as 'name="value"' joined by "; ", keeping the first of repeated names (tests/unit/test_mime.py
    checks this against the parser itself)."""
    key = name.lower()
    if len(value) <= 200:
        return _plain_short(key, value)
    return _plain_mime_header(key, value)


def _plain_mime_header(key: str, value: str) -> str | None:
    text = value.translate(_LINE_ENDS)
    if "=?" in text:  # the parser decodes encoded words even where they are not allowed
        return None
    if key == "content-transfer-encoding":
        return text if _PLAIN_CTE.fullmatch(text) else None
    if not _PLAIN_PARAMETERIZED.fullmatch(text):
        return None
    head, semicolon, _ = text.partition(";")
    if not semicolon:
        return text
    params: dict[str, str] = {}
    for param in _PLAIN_PARAM.finditer(text, len(head)):
        params.setdefault(param.group(1), param.group(2) if param.group(2) is not None else param.group(3))
    return head + "; " + "; ".join(f'{attribute}="{text}"' for attribute, text in params.items())


_plain_short = lru_cache(maxsize=1024)(_plain_mime_header)  # short values repeat, in a message and across mail


def fetched(value: str) -> str:
    """A raw value as the header parser is handed it: cut to MAX_HEADER_CHARS, then every CR and LF removed."""
    return value[:MAX_HEADER_CHARS].translate(_LINE_ENDS)


def first_raw(msg: EmailMessage, name: str) -> str | None:
    """The first value of a header exactly as stored (folded, not parsed); None when absent."""
    try:
        wanted = name.lower()
        for key, value in msg.raw_items():
            if key.lower() == wanted:
                return value if type(value) is str else None
    except Exception:
        return None
    return None


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
    raw = first_raw(msg, name)
    if raw is not None:
        plain = fetched(raw)
        if "=?" not in plain and _PLAIN_TEXT.fullmatch(plain):
            return plain  # what str(msg.get(name)) gives, without the parse
    try:
        value = msg.get(name)
        if value is not None:
            text = str(value)
            return _redecoded(raw) if "\ufffd" in text and raw is not None else text
    except Exception:
        pass
    raws = raw_values(msg, name)
    if not raws:
        return ""
    try:
        return str(make_header(decode_header(raws[0])))
    except Exception:
        return raws[0]


def _redecoded(raw: str) -> str:
    """A header whose encoded words do not decode in the charset they name (UTF-8 declared, Windows-1252 written),
    decoded word by word as bodies are (charsets.decode_bytes); U+FFFD only where nothing reads cleanly."""
    try:
        chunks = decode_header(fetched(raw).encode("ascii", "surrogateescape").decode("ascii", "surrogateescape"))
        return "".join(decode_bytes(data, charset) if isinstance(data, bytes) else data for data, charset in chunks)
    except Exception:
        return raw


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
    raw = first_raw(msg, "From")
    plain = fetched(raw) if raw is not None else ""
    match = _PLAIN_MAILBOX.fullmatch(plain) if "=?" not in plain else None
    if match:  # the display name and addr_spec the header parser would give
        return [(match.group(1) or "", match.group(2) or match.group(3))]
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
    raw = first_raw(msg, "Date")
    try:
        when = _registry_date(fetched(raw)) if raw is not None else None
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


def _registry_date(value: str) -> datetime | None:
    """msg.get("Date").datetime without the rest of the header object: the same result, and the same errors."""
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except ValueError:
        return None
    format_datetime(when)  # the header object formats it too; anything that fails there fails here
    return when


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


def from_calendar_system(msg: EmailMessage) -> bool:
    """An invitation sent by a calendar (Outlook and Teams mark theirs with Content-Class; Google Calendar sends
    from calendar-notification@google.com), whether or not it carries a text/calendar part."""
    if any("calendarmessage" in value.lower() for value in raw_values(msg, "Content-Class")):
        return True
    senders = raw_values(msg, "Sender") + raw_values(msg, "From")
    return any("calendar-notification@google.com" in value.lower() for value in senders)


def auth_passed(msg: EmailMessage, sender: str | None) -> bool:
    """True when the topmost Authentication-Results header (the one the household's own mail server adds, above
    anything the sender wrote) vouches for the From address: dmarc=pass, or dkim=pass or spf=pass for the From
    domain (or a domain it belongs to); and no method in it failed. No header, or no such pass: False."""
    domain = sender.rpartition("@")[2].lower().rstrip(".") if sender and "@" in sender else ""
    raws = raw_values(msg, "Authentication-Results")
    if not domain or not raws:
        return False
    passed = False
    for resinfo in _strip_comments_and_quotes(raws[0][:_MAX_AUTH_CHARS]).split(";")[1:]:
        match = _AUTH_METHOD.match(resinfo)
        if match is None:
            continue
        method, result = match.group(1).lower(), match.group(2).lower()
        if result in _AUTH_BAD:
            return False
        if result != "pass":
            continue
        if method == "dmarc":
            passed = True
        else:
            passed = passed or any(_aligned(value, domain) for _, value in _AUTH_PROPERTY.findall(match.group(3)))
    return passed


def _aligned(value: str, domain: str) -> bool:
    """A checked domain (or address) that is the From domain or a parent of it (relaxed alignment)."""
    checked = value.rpartition("@")[2].lower().strip(".<>")
    return bool(checked) and "." in checked and (domain == checked or domain.endswith("." + checked))


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
