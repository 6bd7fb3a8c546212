"""From raw bytes to a parsed message, with bounded work: a header value is cut before it is parsed, a message
with thousands of parts or deep nesting is cut before the parser sees it, and a header block too big to be real is
cut too. read() never raises."""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import EmailPolicy

from carelink.channels.email import headers

_MAX_BOUNDARY_LINES = 600  # parts are cut off before the parser sees them, since parsing 10,000 parts is slow
_MAX_MULTIPARTS = 40  # containers: a bound on the nesting the standard parser recurses into
MAX_HEADER_BYTES = 256 * 1024  # a larger header block is cut (real ones, Received chains and all, are far smaller)
_MAX_HEADER_CHARS = headers.MAX_HEADER_CHARS  # one value; the standard parser is quadratic on some long ones
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


def parse(raw: bytes) -> EmailMessage:
    block = header_block(raw)
    if _header_end(raw[:MAX_HEADER_BYTES]) is None and len(raw) > MAX_HEADER_BYTES:
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


def header_block(raw: bytes) -> bytes:
    """The headers and the blank line after them, without the body, cut to at most MAX_HEADER_BYTES."""
    head = raw[:MAX_HEADER_BYTES]
    end = _header_end(head)
    if end is not None:
        return head[:end]
    if len(raw) > len(head):
        head = head[: head.rfind(b"\n") + 1]
    return head + b"\r\n"


def limit_parts(raw: bytes) -> bytes:
    """Cut a multipart message before its 41st multipart container or its 601st boundary line, so that the
    parser (which reads every part, and recurses into every nested multipart) has a bounded amount of work."""
    if not _MULTIPART_HEADER.search(header_block(raw)):
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


def recover_multipart(part: EmailMessage, ctype: str) -> EmailMessage | None:
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
    msg = parse(limit_parts(head + data))
    return msg if msg.is_multipart() else None
