"""Making a very large message small enough to parse without losing its words.

A 20 MB video or a pile of full-size photos makes a mail of 30 to 100 MB and more. The standard parser holds
several copies of what it reads, so a big message is first slimmed: it is cut into parts at its boundary lines
(which base64 never contains) and the body of any part that would push the total past the budget is left out,
keeping the part's headers and adding X-CareLink-Omitted (how many bytes were left out). Text parts always keep
their start, so the words are never lost; the rest of the message is parsed as usual.
"""

from __future__ import annotations

import itertools
import re

OMITTED_HEADER = "X-CareLink-Omitted"
_BOUNDARY_LINE = re.compile(rb"^--[^\r\n]{0,200}\r?$", re.MULTILINE)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_TEXT_PART = re.compile(rb"^content-type:[ \t]*(?:text/|message/rfc822)", re.IGNORECASE | re.MULTILINE)
_MAX_PART_HEAD = 16 * 1024
_TEXT_KEEP = 2_000_000  # a text part keeps at most this much of its body


def slim(raw: bytes, budget: int) -> bytes:
    """raw (longer than budget) with bodies left out until it fits in about budget bytes; small parts and the
    start of every text part are kept, in order, so the words and the first photos survive."""
    cuts = [match.start() for match in _BOUNDARY_LINE.finditer(raw)]
    if not cuts:
        return _slim_single(raw)
    pieces: list[bytes] = []
    spent = 0
    bounds = [0, *cuts, len(raw)]
    for start, end in itertools.pairwise(bounds):
        size = end - start
        if spent + size <= budget:
            pieces.append(raw[start:end])
            spent += size
            continue
        piece = _without_body(raw, start, end, keep_text=spent < 2 * budget)
        pieces.append(piece)
        spent += len(piece)
    return b"".join(pieces)


def _slim_single(raw: bytes) -> bytes:
    """A one-part message: its headers and, when it is text, the start of its body."""
    return _without_body(raw, 0, len(raw), keep_text=True)


def _without_body(raw: bytes, start: int, end: int, keep_text: bool) -> bytes:
    """The segment raw[start:end] (a boundary line, then a part's headers and body) with its body left out, or
    cut to _TEXT_KEEP for a text part; a header says how much is missing."""
    blank = _BLANK_LINE.search(raw, start, min(end, start + _MAX_PART_HEAD))
    if blank is None:
        return raw[start:end] if end - start <= _MAX_PART_HEAD else b""
    head = raw[start : blank.start()]
    body_start = blank.end()
    keep = _TEXT_KEEP if keep_text and _TEXT_PART.search(head) else 0
    kept_end = min(end, body_start + keep)
    if keep and kept_end < end:
        line_end = raw.rfind(b"\n", body_start, kept_end)
        kept_end = line_end + 1 if line_end > body_start else kept_end
    omitted = end - kept_end
    newline = b"\r\n" if head.endswith(b"\r") or b"\r\n" in head[-200:] else b"\n"
    note = newline + f"{OMITTED_HEADER}: {omitted}".encode("ascii") if omitted else b""
    return head + note + newline + newline + raw[body_start:kept_end] + (newline if omitted else b"")
