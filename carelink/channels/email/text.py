"""Turning what a mail says into plain, safe, readable words for the family wall.

These are the pieces mime.py puts together: decoding bytes in whatever charset a sender claims, reducing HTML
to text with nh3 (scripts, styles, forms, remote images and tracking pixels vanish; nothing is ever fetched),
removing characters that hide or reorder text (bidi overrides, zero-width and control characters), dropping
quoted history and signatures, and finding meeting links.
"""

from __future__ import annotations

import contextlib
import html
import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

import nh3

from carelink.channels.email.charsets import decode_bytes

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

# What makes one emoji of several: a zero-width joiner between two emoji (👨‍👩‍👧‍👦, ❤️‍🔥), and tag characters
# after a black flag (🏴 + tags + cancel tag is the flag of England, Scotland or Wales). A joiner or a tag anywhere
# else is hidden text, and goes.
_ZWJ = "\u200d"
_EMOJI = "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf\u2934\u2935" \
         "\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
_EMOJI_TAIL = f"[{_EMOJI}][\ufe0f\u20e3\U0001f3fb-\U0001f3ff]*"
_EMOJI_GLUE = re.compile(f"{_EMOJI_TAIL}(?:{_ZWJ}{_EMOJI_TAIL})+|\U0001f3f4[\U000e0020-\U000e007e]{{1,10}}\U000e007f")
_TAGS_PRESENT = re.compile("[\U000e0020-\U000e007f]")


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



@lru_cache(maxsize=4096)
def _hidden(char: str) -> bool:
    return char in _INVISIBLE or unicodedata.category(char) in ("Cc", "Cf", "Cs")


def _strip_hidden(text: str, keep: frozenset[str]) -> str:
    """Remove control, format (bidi, zero-width, BOM), surrogate and invisible characters, except those in keep
    and the joiners and tags that make one emoji of several (a family, a flag of England)."""
    if _ESCAPED_BYTE.search(text):  # raw 8-bit bytes in a header: UTF-8, else what a detector makes of them
        with contextlib.suppress(UnicodeError):
            text = decode_bytes(text.encode("utf-8", "surrogateescape"), None)
    hidden = {ord(c): None for c in set(text) if c not in keep and _hidden(c)}
    if not hidden:
        return text
    if _ZWJ not in text and not _TAGS_PRESENT.search(text):
        return text.translate(hidden)
    out: list[str] = []
    start = 0
    for glued in _EMOJI_GLUE.finditer(text):  # emoji sequences hold nothing hidden but their joiners and tags
        out.append(text[start : glued.start()].translate(hidden))
        out.append(glued.group(0))
        start = glued.end()
    out.append(text[start:].translate(hidden))
    return "".join(out)


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
