"""Reading one MIME part safely: its type, disposition and name, its words in the right charset, its decoded
bytes. Every function here takes a part of a parsed message and never raises for malformed input."""

from __future__ import annotations

import base64
import binascii
import re
from email.message import EmailMessage
from typing import Any

from carelink.channels.email.charsets import decode_bytes
from carelink.channels.email.text import clean_line, html_to_text, unflow

MAX_TEXT_BYTES = 1_000_000
# Where a signature starts in HTML: Gmail, Outlook on the web and mobile, Outlook for Windows, Thunderbird, Yahoo.
_SIGNATURE_START = re.compile(r"gmail_signature|id=\"?(?:x_)?signature|ms-outlook-mobile-signature|_MailAutoSig|"
                              r"moz-signature|ymail_android_signature|class=\"?signature", re.IGNORECASE)
_OUTLOOK_PICTURE = re.compile(r"image\d{3}\.(?:png|jpe?g|gif)@", re.IGNORECASE)  # Outlook's own names
_CID = re.compile(r"[\"'(]cid:([^\"'()\s>]{1,200})", re.IGNORECASE)
_KIND_SUFFIXES = {"jpeg": (".jpg", ".jpeg"), "png": (".png",), "gif": (".gif",), "webp": (".webp",),
                  "heif": (".heic", ".heif"), "avif": (".avif",), "tiff": (".tif", ".tiff")}
_UNSAFE_IN_NAMES = re.compile(r'[<>:"|?*\x00-\x1f]')
_RESERVED_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                             *(f"lpt{i}" for i in range(10))})


def children(part: EmailMessage) -> list[EmailMessage]:
    try:
        payload = part.get_payload()
    except Exception:
        return []
    return [child for child in payload if isinstance(child, EmailMessage)] if isinstance(payload, list) else []


def alternative(children: list[EmailMessage]) -> int | None:
    """Which alternative to read the words from: plain text when there is one, else the last (richest) part."""
    types = [content_type(child) for child in children]
    if "text/plain" in types:
        return types.index("text/plain")
    return len(children) - 1 if children else None


def content_type(part: EmailMessage) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "application/octet-stream"


def disposition(part: EmailMessage) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        return None


def filename(part: EmailMessage) -> str:
    try:
        return str(part.get_filename() or "")
    except Exception:
        return ""


def read_text(part: EmailMessage, ctype: str, markup: list[str] | None = None) -> str:
    """A text part's words: decoded (see charsets.decode_bytes), HTML reduced to text, format=flowed joined.
    With `markup`, an HTML part's decoded source is appended to it as well."""
    try:
        params = part.get_params() or []  # read once: what get_param gives, the first of each name
        flowed = str(param(params, "format") or "").lower() == "flowed"
        delsp = str(param(params, "delsp") or "").lower() == "yes"
    except Exception:
        return ""
    text = _decoded(part, params, ctype == "text/html")
    if ctype == "text/html":
        if markup is not None:
            markup.append(text)
        return html_to_text(text)
    return unflow(text, delsp) if flowed else text


def read_markup(part: EmailMessage) -> str:
    """An HTML part's decoded source ("" when unreadable)."""
    try:
        params = part.get_params() or []
    except Exception:
        return ""
    return _decoded(part, params, True)


def _decoded(part: EmailMessage, params: list[tuple[str, Any]], html: bool) -> str:
    try:
        data = text_bytes(part)
    except Exception:
        return ""
    if not isinstance(data, bytes):
        return ""
    charset = param(params, "charset")
    return decode_bytes(data[:MAX_TEXT_BYTES], charset if isinstance(charset, str) else None, html)


def param(params: list[tuple[str, Any]], name: str) -> Any:
    return next((value for key, value in params if key.lower() == name), None)


def text_bytes(part: EmailMessage) -> bytes | None:
    """The decoded bytes of a text part. Broken base64 is read as far as it goes (the standard library would
    hand back the undecoded base64 itself when its length is one more than a multiple of four)."""
    if transfer_encoding(part) != "base64":
        data = part.get_payload(decode=True)
        return data if isinstance(data, bytes) else None
    payload = part.get_payload(decode=False)
    if not isinstance(payload, str):
        return None
    encoded = re.sub(r"[^A-Za-z0-9+/]", "", payload.split("=", 1)[0])
    encoded = encoded[: len(encoded) - len(encoded) % 4 if len(encoded) % 4 == 1 else len(encoded)]
    return base64.b64decode(encoded + "=" * (-len(encoded) % 4))


def transfer_encoding(part: EmailMessage) -> str:
    return str(part.get("Content-Transfer-Encoding") or "").strip().lower()


def image_bytes(part: EmailMessage) -> bytes | None:
    """The decoded bytes of an image part; None when its base64 is broken (truncated, stray characters)."""
    try:
        if transfer_encoding(part) != "base64":
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


def safe_basename(name: str, fallback: str) -> str:
    """A plain basename for any attachment: no folders, no hidden or reserved characters, at most 100
    characters, its own suffix kept (`fallback` when nothing is left)."""
    name = _UNSAFE_IN_NAMES.sub("_", clean_line(re.split(r"[/\\]", name)[-1], limit=400)).strip(" .")
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, dot, suffix = name, "", ""
    if not stem or stem.lower() in _RESERVED_NAMES:
        return fallback
    stem = stem[: 100 - len(suffix) - 1].rstrip(" .") or fallback
    return f"{stem}{dot}{suffix}"


def signature_pictures(markup: str) -> set[str]:
    """The Content-IDs of pictures an HTML body shows only inside its signature (logos, social-media icons), and
    of the pictures Outlook names image001.png and the like when no signature is marked (then _is_logo also asks
    that they be small)."""
    if "cid:" not in markup:
        return set()
    start = _SIGNATURE_START.search(markup)
    if start is None:
        return {cid.lower() for cid in _CID.findall(markup) if _OUTLOOK_PICTURE.match(cid)}
    before = {cid.lower() for cid in _CID.findall(markup, 0, start.start())}
    return {cid.lower() for cid in _CID.findall(markup, start.start())} - before


def content_id(part: EmailMessage) -> str:
    try:
        return str(part.get("Content-ID") or "").strip().strip("<>").lower()
    except Exception:
        return ""
