"""Decoding a mail's words when the charset a sender declares may be wrong.

Mail programs often label their bytes wrongly: UTF-8 bytes labelled as Windows-1252 or GB2312, Windows-1252 bytes
labelled as UTF-8, or no label at all except a `<meta charset>` inside the HTML. decode_bytes tries, in order, the
declared charset, the HTML's own declaration and UTF-8, each strictly; then a charset detector (charset-normalizer);
only then does it accept replacement characters.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from charset_normalizer import from_bytes

# Single-byte declarations that in practice mean Windows-1252 (as every browser treats them).
_WINDOWS_1252_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp819"})
_UTF8_FIRST = frozenset({"", "us-ascii", "ascii", "ansi_x3.4-1968", "unknown-8bit", "x-unknown"})
_WIDE = ("utf-16", "utf-32", "utf_16", "utf_32")  # their bytes are never read as UTF-8 instead
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_MAX_DETECT_BYTES = 200_000  # the detector reads at most this much (it is slow on megabytes)
_WESTERN = frozenset({"cp1252", "iso8859-15", "mac-roman", "cp850"})
# "Ã©", "Ã¼", "â€™": the marks UTF-8 leaves when it is read as Windows-1252 and written out as UTF-8 again.
_DOUBLED = re.compile("[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                      "\u02dc\u2013-\u203a\u20ac\u2122]|\u00e2\u20ac[\u0153\u009d\u2122\u02dc\u201c\u201d]")
_MARKUP = re.compile(r"<[^<>]{0,500}>")  # tags and their attributes are not the words
_MIN_DETECT_NON_ASCII = 24  # fewer non-ASCII bytes than this: too few for the detector to be right


def html_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a <meta> tag within its first 4 KB (as browsers look)."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _codec(name: str | None) -> str | None:
    """The Python codec for a declared charset name; None for none, an unknown one, or UTF-7 (a filter dodge)."""
    name = (name or "").strip().strip('"').lower()
    if name in _WINDOWS_1252_ALIASES:
        name = "cp1252"
    if name in _UTF8_FIRST:
        return None
    if name in ("gb2312", "gbk", "euc-cn"):
        name = "gb18030"  # a superset: mail labelled GB2312 is usually written with GBK characters
    try:
        codec = codecs.lookup(name).name
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None
    return None if codec == "utf-7" else codec


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError, ValueError):
        return None


def _utf8_with_multibyte(data: bytes) -> str | None:
    """UTF-8 text that really uses UTF-8 (non-ASCII and valid): almost never anything else by chance."""
    if data.isascii():
        return None
    return _strict(data, "utf-8")


def decode_bytes(data: bytes, charset: str | None, html: bool = False) -> str:
    """Decode a body. Never raises; gives replacement characters only when no reading is clean."""
    declared = _codec(charset)
    if declared is not None and not declared.startswith(_WIDE):
        utf8 = _utf8_with_multibyte(data)
        if utf8 is not None and declared != "utf-8":
            return utf8  # UTF-8 bytes under a wrong label (Windows-1252, GB2312, ...)
    candidates: list[str] = []
    if declared is not None:
        candidates.append(declared)
    if html:
        meta = _codec(html_charset(data))
        if meta is not None:
            candidates.append(meta)
    candidates.append("utf-8")
    for codec in candidates:
        text = _strict(data, codec)
        if text is None:
            continue
        if codec in _WESTERN and _looks_misread(text):  # Cyrillic or Greek bytes under a Western label
            better = next((other for other in candidates if other not in _WESTERN and other != codec
                           and _strict(data, other) is not None), None)
            detected = _strict(data, better) if better else _detect(data)
            if detected is not None and not _mostly_latin(detected):
                return detected
        return _undoubled(text) if codec == "utf-8" else text
    western = _strict(data, "cp1252")
    detected = _detect(data) if western is None or _non_ascii(data) >= _MIN_DETECT_NON_ASCII else None
    if detected is not None and (western is None or not _mostly_latin(detected)):
        return detected
    if western is not None:
        return western  # most mail with a wrong or missing label is Western European
    return data.decode(declared or "cp1252", errors="replace")


def _looks_misread(text: str) -> bool:
    """Most letters beyond ASCII: Western European text has a few accents, not whole words of them."""
    letters = [c for c in _MARKUP.sub("", text[:20_000]) if c.isalpha()]
    return len(letters) >= 10 and sum(1 for c in letters if ord(c) > 127) * 2 > len(letters)


def _undoubled(text: str) -> str:
    """UTF-8 text that was encoded twice ("CafÃ©" for "Café"): undone when the result is clean UTF-8."""
    if not _DOUBLED.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text


def _non_ascii(data: bytes) -> int:
    return len(data.translate(None, bytes(range(128))))


def _mostly_latin(text: str) -> bool:
    """True when the letters beyond ASCII are mostly Latin ones (é, ß, ł): a Western reading is then as good."""
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    latin = sum(1 for c in letters if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00)
    return latin * 2 >= len(letters)


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best reading of the body; None when it has none. (On a few words of Western text it
    guesses wildly, so it is asked only when there are enough non-ASCII bytes or nothing else reads cleanly.)"""
    with contextlib.suppress(Exception):  # the detector must never cost the message
        best = from_bytes(data[:_MAX_DETECT_BYTES]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    return None
