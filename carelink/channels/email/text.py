"""Turning what a mail says into plain, safe, readable words for the family wall.

These are the pieces mime.py puts together: decoding bytes in whatever charset a sender claims, reducing HTML
to text with nh3 (scripts, styles, forms, remote images and tracking pixels vanish; nothing is ever fetched),
removing characters that hide or reorder text (bidi overrides, zero-width and control characters), dropping
quoted history and signatures, and finding meeting links.
"""

from __future__ import annotations

import codecs
import contextlib
import html
import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

import nh3

MAX_TEXT_CHARS = 20_000
MAX_LINE_CHARS = 200
_MAX_WORK_CHARS = 200_000  # text is cut to this before any line-by-line work, so a huge body stays cheap
_MAX_HTML_CHARS = 2_000_000
_MAX_HTML_TAGS = 8_000
_MAX_MEETING_LINKS = 10

# Characters that are not "format" or "control" by category but still hide text: Hangul fillers, the combining
# grapheme joiner. (Bidi controls, zero-width characters and the BOM are category Cf and go with the rest.)
_INVISIBLE = frozenset("\u034f\u115f\u1160\u3164\uffa0")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_OTHER_LINE_BREAKS = tuple(sorted(_LINE_BREAKS - {"\n"}))
_ONE_LINE = str.maketrans(dict.fromkeys([*_LINE_BREAKS, "\t"], " "))  # for clean_line: breaks and tabs to spaces
_BODY_LINES = str.maketrans({**dict.fromkeys(_LINE_BREAKS, "\n"), "\t": " "})  # for clean_body
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # undecodable bytes kept by the email parser

# Single-byte declarations that in practice mean Windows-1252 (as every browser treats them).
_WINDOWS_1252_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp819"})
_UTF8_FIRST = frozenset({"", "us-ascii", "ascii", "ansi_x3.4-1968", "unknown-8bit", "x-unknown"})

_BLOCK_TAG = re.compile(r"<(/?)(br|p|div|li|h[1-6]|tr|td|th|blockquote|pre|table|ul|ol|dl|dt|dd|hr)>", re.IGNORECASE)
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "ul", "ol", "dl", "hr"})
# Stand-ins for block boundaries while tags become text (removed from the input first, so a sender cannot fake them).
_QUOTE_IN, _QUOTE_OUT, _PARAGRAPH, _LINE = "\ue000", "\ue001", "\ue002", "\ue003"
_MARKERS = (_QUOTE_IN, _QUOTE_OUT, _PARAGRAPH, _LINE)
_PIECES = re.compile("([\n\ue000-\ue003])")
_BLOCK_TAGS = {"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "table",
               "ul", "ol", "dl", "dt", "dd", "hr", "td", "th", "a"}
_DROP_WITH_CONTENT = {"script", "style", "head", "title", "noscript", "template", "form", "textarea", "select",
                      "option", "button", "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video"}
_START_TAG = re.compile(r"<[A-Za-z]")
_DATA_URI = re.compile(r"data:[^\s\"'<>]{200,}", re.IGNORECASE)
_ANCHOR = re.compile(r'<a(?: href="([^"]*)")?>(.*?)</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")

_URL = re.compile(r"https://[^\s<>\"'()\[\]{}|\\^`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?'\"»…"
_MEETING_HOSTS = frozenset({"meet.jit.si", "meet.google.com", "teams.microsoft.com", "teams.live.com", "wa.me",
                            "chat.whatsapp.com", "facetime.apple.com", "zoom.us"})

_SIGNATURE = re.compile(r"^--\s?$")
_ORIGINAL = re.compile(r"^\s*-{2,}\s*original message\s*-{2,}\s*$", re.IGNORECASE)
_WROTE = re.compile(r"\bwrote:\s*$", re.IGNORECASE)
_ON = re.compile(r"^\s*on\s", re.IGNORECASE)
_HEADER_FROM = re.compile(r"^\s*\*?from:\*?\s", re.IGNORECASE)
_HEADER_SENT = re.compile(r"^\s*\*?sent:\*?\s", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(r"^\s*\*?subject:\*?\s*(fw|fwd):", re.IGNORECASE)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode a body in the charset it declares. Unknown or bogus charsets (and none at all) are read as UTF-8,
    then as Windows-1252 when that is not valid UTF-8. Never raises."""
    name = (charset or "").strip().strip('"').lower()
    if name in _WINDOWS_1252_ALIASES:
        name = "cp1252"
    if name and name not in _UTF8_FIRST:
        try:
            if codecs.lookup(name).name not in ("utf-7",):
                return data.decode(name, errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@lru_cache(maxsize=4096)
def _hidden(char: str) -> bool:
    return char in _INVISIBLE or unicodedata.category(char) in ("Cc", "Cf", "Cs")


def _strip_hidden(text: str, keep: frozenset[str]) -> str:
    """Remove control, format (bidi, zero-width, BOM), surrogate and invisible characters, except those in keep."""
    if _ESCAPED_BYTE.search(text):
        with contextlib.suppress(UnicodeError):
            text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    hidden = {ord(c): None for c in set(text) if c not in keep and _hidden(c)}
    return text.translate(hidden) if hidden else text


def clean_line(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """A name or subject: one line, hidden characters gone, whitespace collapsed, at most `limit` characters."""
    text = text[: limit * 20].translate(_ONE_LINE)
    text = " ".join(_strip_hidden(text, frozenset()).split())
    return text[:limit].rstrip()


def clean_body(text: str) -> str:
    """Body text: line breaks normalised, tabs to spaces, hidden characters gone, trailing spaces trimmed."""
    text = text[:_MAX_WORK_CHARS].replace("\r\n", "\n")
    if "\t" in text or any(c in text for c in _OTHER_LINE_BREAKS):
        text = text.translate(_BODY_LINES)
    text = _strip_hidden(text, frozenset("\n")).replace("\xa0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def unflow(text: str, delsp: bool) -> str:
    """Join format=flowed lines (RFC 3676): a line ending in a space continues on the next one."""
    out: list[str] = []
    carry = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line != "-- ":
            carry += line[:-1] if delsp else line
        else:
            out.append(carry + line)
            carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


def html_to_text(markup: str) -> str:
    """Reduce HTML to plain text: tags stripped, paragraph and line breaks kept, entities decoded after cleaning.
    Scripts, styles, the head and title, forms and media are dropped with their content; links keep their words,
    and a link to a meeting service also keeps its address so the call can be offered. Blockquoted text comes out
    with ">" in front, like quoted plain text."""
    markup = _DATA_URI.sub("", markup)[:_MAX_HTML_CHARS]  # pictures inlined as data: (dropped anyway) first
    for count, tag in enumerate(_START_TAG.finditer(markup)):
        if count == _MAX_HTML_TAGS:  # deep nesting makes HTML parsing quadratic: stop reading here
            markup = markup[: tag.start()]
            break
    # First pass: only block tags and https links survive, in nh3's normalised form, so the rest is regular.
    tidy = nh3.clean(markup, tags=_BLOCK_TAGS, attributes={"a": {"href"}}, url_schemes={"https"},
                     clean_content_tags=_DROP_WITH_CONTENT, strip_comments=True, link_rel=None)
    for marker in _MARKERS:  # the sender's own (typed, or written as character references) are not markers
        tidy = tidy.replace(marker, "")
    tidy = " ".join(tidy.split())  # HTML source line breaks mean nothing; the tags say where lines end
    tidy = _ANCHOR.sub(_anchor_text, tidy)
    tidy = _BLOCK_TAG.sub(_block_marker, tidy)
    text = html.unescape(nh3.clean(tidy, tags=set(), attributes={}, strip_comments=True))
    return _render(text)


def _block_marker(match: re.Match[str]) -> str:
    closing, name = match.group(1), match.group(2).lower()
    if name == "br":
        return "\n"
    if name in ("td", "th"):
        return " "
    if name == "blockquote":
        return _QUOTE_OUT if closing else _QUOTE_IN
    return _PARAGRAPH if name in _PARAGRAPHS else _LINE


def _render(text: str) -> str:
    """Lay out text with block markers as a browser would: a block starts a new line, a paragraph leaves a blank
    line, <br> always ends a line, and lines inside blockquotes get ">" in front."""
    out: list[str] = []
    newlines = 2  # trailing newlines so far; the start counts as after a blank line
    depth = 0
    for piece in _PIECES.split(text):
        if piece == "\n":
            out.append("\n")
            newlines += 1
        elif piece in _MARKERS:
            wanted = 2 if piece == _PARAGRAPH else 1
            if newlines < wanted:
                out.append("\n" * (wanted - newlines))
                newlines = wanted
            if piece in (_QUOTE_IN, _QUOTE_OUT):
                depth = max(0, depth + (1 if piece == _QUOTE_IN else -1))
        else:
            line = " ".join(piece.split()) if newlines else piece
            if line and newlines and depth:
                line = f"{'>' * depth} {line}"
            if line:
                out.append(line)
                newlines = 0
    lines = [" ".join(line.split()) if not line.startswith(">") else line.rstrip() for line in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _anchor_text(match: re.Match[str]) -> str:
    href = html.unescape(match.group(1) or "")
    words = match.group(2)
    if href and is_meeting_link(href) and href not in html.unescape(_TAG.sub("", words)):
        return f"{words} ({html.escape(href, quote=False)})"
    return words


def strip_quoted(text: str) -> str:
    """Drop clearly marked quoted history and signatures, keeping the person's own words. When nothing of
    their own would be left (a bare forward), the text is kept as it was."""
    lines = text.split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _SIGNATURE.match(line) or _ORIGINAL.match(line) or _outlook_header(lines, i):
            break
        span = _attribution(lines, i)
        if span:
            i = _skip_quoted(lines, i + span)
            continue
        kept.append(line)
        i += 1
    while kept and (not kept[-1].strip() or kept[-1].lstrip().startswith(">")):
        kept.pop()  # a run of trailing quoted lines
    if kept and _UNDERSCORES.match(kept[-1]):
        kept.pop()
    result = "\n".join(kept).strip()
    return result if result else text.strip()


def _attribution(lines: list[str], i: int) -> int:
    """How many lines an "On <date>, <name> wrote:" / "<name> wrote:" attribution takes at i (0 when none);
    it counts only when quoted ">" lines follow it."""
    for span in (1, 2, 3):
        if i + span > len(lines):
            return 0
        joined = " ".join(lines[i : i + span])
        if span > 1 and not _ON.match(lines[i]):
            return 0
        if _WROTE.search(joined):
            nxt = i + span
            while nxt < len(lines) and not lines[nxt].strip():
                nxt += 1
            return span if nxt < len(lines) and lines[nxt].lstrip().startswith(">") else 0
        if lines[i + span - 1].lstrip().startswith(">"):
            return 0
    return 0


def _skip_quoted(lines: list[str], i: int) -> int:
    while i < len(lines) and (not lines[i].strip() or lines[i].lstrip().startswith(">")):
        i += 1
    return i


def _outlook_header(lines: list[str], i: int) -> bool:
    """A "From: ... / Sent: ..." block that starts a quoted reply (Outlook), after the person's own words. A
    forwarded message ("Subject: FW: ...") is kept: it is what they meant to send."""
    if not _HEADER_FROM.match(lines[i]) or not any(line.strip() for line in lines[:i]):
        return False
    block = [line for line in lines[i + 1 : i + 7] if line.strip()]
    if not block or not _HEADER_SENT.match(block[0]):
        return False
    return not any(_FORWARD_SUBJECT.match(line) for line in block)


def truncate(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Cut text longer than limit at a word boundary (a hard cut when there is none nearby), ending with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > limit - 1000:
        cut = cut[:space]
    return cut.rstrip() + "…"


def is_meeting_link(url: str) -> bool:
    """An https link to a known video-call service, with a path (a room, not just the service's home page)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:
        return False
    if parts.scheme.lower() != "https" or parts.username is not None or port not in (None, 443):
        return False
    if parts.path in ("", "/") or not host.isascii():
        return False
    return host in _MEETING_HOSTS or host.endswith(".zoom.us") or "jitsi" in host


def meeting_links(text: str) -> tuple[str, ...]:
    """The https meeting links in text, in order, without duplicates."""
    found: list[str] = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_URL_TRAILING)
        if url not in found and is_meeting_link(url):
            found.append(url)
            if len(found) == _MAX_MEETING_LINKS:
                break
    return tuple(found)
