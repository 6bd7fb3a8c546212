"""Reading an incoming email into something safe to show an older adult: who sent it, the words they wrote, the
photos they attached, and whether it is a call invitation.

Mail is the way strangers reach the household, so everything here assumes hostile input: HTML is reduced to
text (nothing is ever fetched), hidden and reordering characters are removed, photos are checked by their
headers before anyone decodes them, and a message built to exhaust the parser (thousands of parts, deep
nesting, tens of megabytes) is read only as far as is safe. parse_message never raises for malformed mail.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import EmailPolicy
from typing import Any

from carelink.channels.email import headers
from carelink.channels.email.images import ImageInfo, inspect_image
from carelink.channels.email.text import (
    MAX_TEXT_CHARS,
    clean_body,
    clean_line,
    decode_bytes,
    html_to_text,
    meeting_links,
    strip_quoted,
    truncate,
    unflow,
)

__all__ = ["MAX_IMAGES", "MAX_RAW_BYTES", "MAX_TEXT_CHARS", "MailImage", "ParsedMail", "parse_message", "safe_filename"]

MAX_RAW_BYTES = 25 * 1024 * 1024  # larger input: only the headers are read; no text, no images
MAX_IMAGES = 20
_MAX_PARTS = 500
_MAX_DEPTH = 20
_MAX_BOUNDARY_LINES = 600  # parts are cut off before the parser sees them, since parsing 10,000 parts is slow
_MAX_MULTIPARTS = 40  # containers: a bound on the nesting the standard parser recurses into
_MAX_HEADER_BYTES = 256 * 1024  # a larger header block is cut (real ones, Received chains and all, are far smaller)
_MAX_HEADER_CHARS = headers.MAX_HEADER_CHARS  # one value; the standard parser is quadratic on some long ones
_MAX_TEXT_BYTES = 1_000_000
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})
_IMAGE_SUFFIXES = {".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".gif": "gif", ".webp": "webp"}
_KIND_SUFFIXES = {"jpeg": (".jpg", ".jpeg"), "png": (".png",), "gif": (".gif",), "webp": (".webp",)}
_UNSAFE_IN_NAMES = re.compile(r'[<>:"|?*\x00-\x1f]')
_RESERVED_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                             *(f"lpt{i}" for i in range(10))})
_BLANK_LINE = re.compile(rb"(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)")  # line ends as the parser reads them
_MULTIPART_HEADER = re.compile(rb"^content-type:\s*multipart/", re.IGNORECASE | re.MULTILINE)


class _BoundedPolicy(EmailPolicy):
    """policy.default, except that a header value is cut to _MAX_HEADER_CHARS before it is parsed (the header
    parser takes minutes over a From header listing 100,000 addresses), and that plain MIME headers are not
    parsed at all. The standard library asks for Content-Type a dozen times per part and parses it each time;
    for a plain value (tokens and simple quoted strings: nearly all mail) headers.plain_mime_header gives the
    same string the parser would, and the message methods (get_content_type, get_param, ...) read only that."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        value = value[:_MAX_HEADER_CHARS]
        if name.lower() in headers.PLAIN_MIME_HEADERS:
            plain = headers.plain_mime_header(name, value)
            if plain is not None:
                return plain
        return super().header_fetch_parse(name, value)  # type: ignore[no-any-return]


_POLICY = _BoundedPolicy()


@dataclass(frozen=True)
class MailImage:
    """A photo from a message that passed inspect_image; content_type follows the bytes, not the sender's claim."""

    filename: str
    content_type: str
    data: bytes
    info: ImageInfo


@dataclass(frozen=True)
class ParsedMail:
    """What a message says, cleaned. Strings are safe to show as plain text; nothing in them needs fetching."""

    message_id: str | None
    sender: str | None
    sender_name: str
    subject: str
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    text: str
    images: tuple[MailImage, ...]
    dropped_images: int
    auth_failed: bool
    meeting_links: tuple[str, ...]
    auth_passed: bool = False  # the receiving server vouched for the From address (see headers.auth_passed)
    calendar: bool = False  # a calendar invitation (a text/calendar part, or sent by a calendar system)


@dataclass
class _Walk:
    parts: int = 0
    texts: list[str] = field(default_factory=list)
    images: list[MailImage] = field(default_factory=list)
    dropped: int = 0
    calendar: bool = False


def parse_message(raw: bytes) -> ParsedMail:
    """Best effort: never raises for malformed mail (broken MIME, bad headers, unknown charsets); a part it
    cannot read is skipped. Raises only TypeError for non-bytes."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise TypeError(f"parse_message needs bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    whole = len(raw) <= MAX_RAW_BYTES
    msg = _parse(_limit_parts(raw) if whole else _header_block(raw))
    walk = _Walk()
    if whole:
        with contextlib.suppress(Exception):  # a standard library bug on strange input must not lose the headers
            _visit(msg, 0, walk, want_text=True)
    text = _body_text(walk.texts)
    name = headers.sender(msg)
    return ParsedMail(
        message_id=headers.message_id(msg),
        sender=name[0],
        sender_name=name[1],
        subject=clean_line(headers.decoded(msg, "Subject")),
        date=headers.date(msg),
        in_reply_to=headers.message_id(msg, "In-Reply-To"),
        references=headers.references(msg),
        text=truncate(text, MAX_TEXT_CHARS),
        images=tuple(walk.images),
        dropped_images=walk.dropped,
        auth_failed=headers.auth_failed(msg),
        meeting_links=meeting_links(text),
        auth_passed=headers.auth_passed(msg, name[0]),
        calendar=walk.calendar or headers.from_calendar_system(msg),
    )


def _parse(raw: bytes) -> EmailMessage:
    block = _header_block(raw)
    if _header_end(raw[:_MAX_HEADER_BYTES]) is None and len(raw) > _MAX_HEADER_BYTES:
        end = _header_end(raw)  # an enormous header block: keep its start, and the body after it
        raw = block + (raw[end:] if end is not None else b"")
    for attempt in (raw, block):
        try:
            msg = BytesParser(EmailMessage, policy=_POLICY).parsebytes(attempt)
        except Exception:  # RecursionError on absurd nesting, or a parser bug: try the headers alone
            continue
        if isinstance(msg, EmailMessage):
            return msg
    return EmailMessage()


def _header_end(raw: bytes) -> int | None:
    """Where the body starts: just after the first blank line; None when there is none."""
    blank = _BLANK_LINE.search(raw)
    return blank.end() if blank else None


def _header_block(raw: bytes) -> bytes:
    """The headers and the blank line after them, without the body, cut to at most _MAX_HEADER_BYTES."""
    head = raw[:_MAX_HEADER_BYTES]
    end = _header_end(head)
    if end is not None:
        return head[:end]
    if len(raw) > len(head):
        head = head[: head.rfind(b"\n") + 1]
    return head + b"\r\n"


def _limit_parts(raw: bytes) -> bytes:
    """Cut a multipart message before its 41st multipart container or its 601st boundary line, so that the
    parser (which reads every part, and recurses into every nested multipart) has a bounded amount of work."""
    if not _MULTIPART_HEADER.search(_header_block(raw)):
        return raw
    if raw.lower().count(b"multipart/") > _MAX_MULTIPARTS:  # else there cannot be that many containers
        for count, container in enumerate(_MULTIPART_HEADER.finditer(raw)):
            if count == _MAX_MULTIPARTS:
                raw = raw[: container.start()]
                break
    if raw.count(b"\n--") <= _MAX_BOUNDARY_LINES:  # else there cannot be that many boundary lines
        return raw
    start = raw.find(b"\n--")
    for _ in range(_MAX_BOUNDARY_LINES):
        if start < 0:
            return raw
        start = raw.find(b"\n--", start + 3)
    return raw[: start + 1] if start >= 0 else raw


def _visit(part: EmailMessage, depth: int, walk: _Walk, want_text: bool, want_images: bool = True) -> None:
    """Collect text and images depth-first; stops at _MAX_DEPTH levels and after _MAX_PARTS parts. The words of
    an attached email (message/rfc822) are not the sender's own and are left out; its photos are kept."""
    walk.parts += 1
    if walk.parts > _MAX_PARTS or depth > _MAX_DEPTH:
        return
    ctype = _content_type(part)
    if ctype in _CALENDAR_TYPES:
        walk.calendar = True
    if part.is_multipart():
        children = _children(part)
        want_text = want_text and not ctype.startswith("message/")
        chosen = _alternative(children) if ctype == "multipart/alternative" else None
        before = len(walk.texts)
        for index, child in enumerate(children):
            _visit_safely(child, depth + 1, walk, want_text and chosen in (None, index), want_images)
        if want_text and chosen is not None and len(walk.texts) == before:  # the preferred one was empty
            for index in reversed(range(len(children))):
                if index != chosen and len(walk.texts) == before:
                    _visit_safely(children[index], depth + 1, walk, True, False)
    elif ctype.startswith("multipart/"):
        recovered = _recover_multipart(part, ctype)
        if recovered is not None:
            _visit(recovered, depth + 1, walk, want_text, want_images)
    elif _is_image(part, ctype):
        if want_images:
            _take_image(part, walk)
    elif want_text and ctype in ("text/plain", "text/html") and _disposition(part) != "attachment":
        text = _read_text(part, ctype)
        if text.strip():
            walk.texts.append(text)


def _visit_safely(part: EmailMessage, depth: int, walk: _Walk, want_text: bool, want_images: bool) -> None:
    with contextlib.suppress(Exception):  # one unreadable part is skipped, not the rest of the message
        _visit(part, depth, walk, want_text, want_images)


def _children(part: EmailMessage) -> list[EmailMessage]:
    try:
        payload = part.get_payload()
    except Exception:
        return []
    return [child for child in payload if isinstance(child, EmailMessage)] if isinstance(payload, list) else []


def _alternative(children: list[EmailMessage]) -> int | None:
    """Which alternative to read the words from: plain text when there is one, else the last (richest) part."""
    types = [_content_type(child) for child in children]
    if "text/plain" in types:
        return types.index("text/plain")
    return len(children) - 1 if children else None


def _content_type(part: EmailMessage) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "application/octet-stream"


def _disposition(part: EmailMessage) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        return None


def _filename(part: EmailMessage) -> str:
    try:
        return str(part.get_filename() or "")
    except Exception:
        return ""


def _recover_multipart(part: EmailMessage, ctype: str) -> EmailMessage | None:
    """A multipart that declared no boundary: guess it from the first "--boundary" line and read it again."""
    try:
        body = part.get_payload(decode=False)
        data = body.encode("utf-8", "surrogateescape") if isinstance(body, str) else b""
    except Exception:
        return None
    match = re.search(rb"^--([0-9A-Za-z'()+_,./:=?-]{1,70})\r?$", data, re.MULTILINE)
    if match is None:
        return None
    boundary = match.group(1).decode("ascii")
    subtype = ctype if re.fullmatch(r"multipart/[a-z0-9.+-]{1,40}", ctype) else "multipart/mixed"
    head = f'Content-Type: {subtype}; boundary="{boundary}"\r\n\r\n'.encode("ascii")
    msg = _parse(_limit_parts(head + data))
    return msg if msg.is_multipart() else None


def _read_text(part: EmailMessage, ctype: str) -> str:
    try:
        data = _text_bytes(part)
        params = part.get_params() or []  # read once: what get_param gives, the first of each name
        charset = _param(params, "charset")
        flowed = str(_param(params, "format") or "").lower() == "flowed"
        delsp = str(_param(params, "delsp") or "").lower() == "yes"
    except Exception:
        return ""
    if not isinstance(data, bytes):
        return ""
    text = decode_bytes(data[:_MAX_TEXT_BYTES], charset if isinstance(charset, str) else None)
    if ctype == "text/html":
        return html_to_text(text)
    return unflow(text, delsp) if flowed else text


def _param(params: list[tuple[str, Any]], name: str) -> Any:
    return next((value for key, value in params if key.lower() == name), None)


def _text_bytes(part: EmailMessage) -> bytes | None:
    """The decoded bytes of a text part. Broken base64 is read as far as it goes (the standard library would
    hand back the undecoded base64 itself when its length is one more than a multiple of four)."""
    if _transfer_encoding(part) != "base64":
        data = part.get_payload(decode=True)
        return data if isinstance(data, bytes) else None
    payload = part.get_payload(decode=False)
    if not isinstance(payload, str):
        return None
    encoded = re.sub(r"[^A-Za-z0-9+/]", "", payload.split("=", 1)[0])
    encoded = encoded[: len(encoded) - len(encoded) % 4 if len(encoded) % 4 == 1 else len(encoded)]
    return base64.b64decode(encoded + "=" * (-len(encoded) % 4))


def _transfer_encoding(part: EmailMessage) -> str:
    return str(part.get("Content-Transfer-Encoding") or "").strip().lower()


def _body_text(texts: list[str]) -> str:
    body = "\n\n".join(clean_body(text) for text in texts)
    body = strip_quoted(body)
    return re.sub(r"\n{3,}", "\n\n", body).strip()


def _is_image(part: EmailMessage, ctype: str) -> bool:
    if ctype.startswith("image/"):
        return True
    if ctype != "application/octet-stream":
        return False
    name = _filename(part).lower()
    return any(name.endswith(suffix) for suffix in _IMAGE_SUFFIXES)


def _take_image(part: EmailMessage, walk: _Walk) -> None:
    if len(walk.images) >= MAX_IMAGES:
        walk.dropped += 1
        return
    data = _image_bytes(part)
    info = inspect_image(data) if data else None
    if data is None or info is None:
        walk.dropped += 1
        return
    name = safe_filename(_filename(part), info.kind)
    walk.images.append(MailImage(filename=name, content_type=f"image/{info.kind}", data=data, info=info))


def _image_bytes(part: EmailMessage) -> bytes | None:
    """The decoded bytes of an image part; None when its base64 is broken (truncated, stray characters)."""
    try:
        if _transfer_encoding(part) != "base64":
            data = part.get_payload(decode=True)
            return data if isinstance(data, bytes) else None
        payload = part.get_payload(decode=False)
        if not isinstance(payload, str):
            return None
        return base64.b64decode("".join(payload.split()).encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeError):
        return None
    except Exception:
        return None


def safe_filename(name: str, kind: str) -> str:
    """A plain basename for a saved photo: no folders, no hidden or reserved characters, at most 100
    characters, ending in the suffix its real format calls for ("photo.<kind>" when nothing is left)."""
    name = re.split(r"[/\\]", name)[-1]
    name = _UNSAFE_IN_NAMES.sub("_", clean_line(name, limit=400)).strip(" .")
    suffixes = _KIND_SUFFIXES.get(kind, (f".{kind}",))
    stem, dot, suffix = name.rpartition(".")
    if not dot or f".{suffix.lower()}" not in suffixes:
        stem, suffix = name, suffixes[0][1:]
    if not stem or stem.lower() in _RESERVED_NAMES:
        stem = "photo" if not stem else f"photo-{stem}"
    stem = stem[: 100 - len(suffix) - 1].rstrip(" .") or "photo"
    return f"{stem}.{suffix}"
