"""Reading an incoming email into something safe to show an older adult: who sent it, the words they wrote (or
forwarded), the photos they attached, whether it is a call invitation, a calendar invitation, locked (encrypted),
or automatic mail that no person wrote.

Mail is the way strangers reach the household, so everything here assumes hostile input: HTML is reduced to
text (nothing is ever fetched), hidden and reordering characters are removed, photos are checked by their
headers before anyone decodes them, and a message built to exhaust the parser (thousands of parts, deep
nesting, a hundred megabytes) is read only as far as is safe: a big message keeps its words and leaves out the
bodies of the parts that would not fit (bigmail.py). parse_message never raises for malformed mail.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.message import EmailMessage

from carelink.channels.email import attachments, headers, parts
from carelink.channels.email.attachments import MailAttachment
from carelink.channels.email.automatic import CALENDAR_REPLY, Invitation, automatic_kind, plausible, read_invitation
from carelink.channels.email.bigmail import OMITTED_HEADER, slim
from carelink.channels.email.images import ImageInfo, inspect_image
from carelink.channels.email.parts import safe_filename
from carelink.channels.email.quotes import own_and_forwarded
from carelink.channels.email.reading import limit_parts, parse, recover_multipart
from carelink.channels.email.text import MAX_TEXT_CHARS, clean_body, clean_line, meeting_links, truncate

__all__ = ["MAX_IMAGES", "MAX_RAW_BYTES", "MAX_TEXT_CHARS", "MailImage", "ParsedMail", "locked_words",
           "parse_message", "safe_filename"]

MAX_RAW_BYTES = 25 * 1024 * 1024  # larger mail is slimmed to about this before parsing (its words are kept)
MAX_IMAGES = 100  # memory is bounded by MAX_RAW_BYTES; this only keeps a card's column of photos sensible
_MAX_PARTS = 500
_MAX_DEPTH = 20
_MAX_FORWARDS = 5
_IMAGE_SUFFIXES = {".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".gif": "gif", ".webp": "webp", ".heic": "heif",
                   ".heif": "heif", ".avif": "avif", ".tif": "tiff", ".tiff": "tiff"}
_LOCKED_TYPES = frozenset({"multipart/encrypted", "application/pkcs7-mime", "application/x-pkcs7-mime",
                           "application/pgp-encrypted"})
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_ATTACHED_MAIL = re.compile(r"\.(?:eml|822)$", re.IGNORECASE)
_PGP_MESSAGE = re.compile(r"-----BEGIN PGP MESSAGE-----.*?(?:-----END PGP MESSAGE-----|\Z)", re.DOTALL)
_PGP_SIGNED_HEAD = re.compile(r"-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:Hash:[^\n]*\n)*\r?\n?")
_PGP_SIGNATURE = re.compile(r"-----BEGIN PGP SIGNATURE-----.*?(?:-----END PGP SIGNATURE-----|\Z)", re.DOTALL)
_LOGO_MAX_SIDE = 320  # an inline picture with a Content-ID no bigger than this is a logo, not a photo
_LOGO_MAX_ENCODED = 300_000


def locked_words(name: str) -> str:
    """What a locked (encrypted or opaque-signed) message says on the wall."""
    return f"This message is locked (encrypted). Ask {name} to send it again without locking it."


@dataclass(frozen=True)
class MailImage:
    """A photo from a message that passed inspect_image; content_type follows the bytes, not the sender's claim."""

    filename: str
    content_type: str
    data: bytes
    info: ImageInfo


@dataclass(frozen=True)
class ParsedMail:
    """What a message says, cleaned. Strings are safe to show as plain text; nothing in them needs fetching.

    automatic: AUTO_REPLY, READ_RECEIPT, DELIVERY_REPORT or CALENDAR_REPLY (carelink.channels.email.automatic)
    for mail no person wrote, else None. is_calendar_invite: a calendar invitation (never a ringing call), whose
    text is one sentence naming the sender. locked: encrypted or opaque-signed, its text says so. date: the
    sender's Date only when plausible (see automatic.plausible). omitted_parts: parts of a very big message whose
    bodies were left out."""

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
    automatic: str | None = None
    is_calendar_invite: bool = False
    locked: bool = False
    omitted_parts: int = 0
    invitation: Invitation | None = None
    auth_passed: bool = False  # the receiving server vouched for the From address (see headers.auth_passed)
    calendar: bool = False  # a calendar invitation (a text/calendar part, or sent by a calendar system)
    attachments: tuple[MailAttachment, ...] = ()  # voice notes, clips, PDFs and anything else (attachments.py)
    dropped_attachments: int = 0  # attachments past attachments.MAX_ATTACHMENTS

    def for_contact(self, name: str) -> ParsedMail:
        """The same mail with the sentence CareLink writes for it (a locked message, an invitation) naming the
        sender as the family saved them, rather than as their own mail program calls them."""
        called = _called(self.sender_name, self.sender)
        if self.invitation is not None and self.is_calendar_invite:
            sentence = self.invitation.sentence(called)
            return replace(self, text=self.text.replace(sentence, self.invitation.sentence(name), 1))
        if self.locked and self.text == locked_words(called):
            return replace(self, text=locked_words(name))
        return self


def _called(display_name: str, address: str | None) -> str:
    return display_name or address or "the sender"


@dataclass
class _Walk:
    parts: int = 0
    texts: list[str] = field(default_factory=list)
    images: list[MailImage] = field(default_factory=list)
    dropped: int = 0
    types: set[str] = field(default_factory=set)
    locked: bool = False
    calendar: str | None = None
    forwards: list[str] = field(default_factory=list)
    omitted: int = 0
    slimmed: bool = False  # whether bigmail.slim left some bodies out
    logos: set[str] = field(default_factory=set)  # Content-IDs shown only in an HTML signature
    attachments: list[MailAttachment] = field(default_factory=list)
    dropped_attachments: int = 0


def parse_message(raw: bytes, now: datetime | None = None) -> ParsedMail:
    """Best effort: never raises for malformed mail (broken MIME, bad headers, unknown charsets); a part it
    cannot read is skipped. `now` (default: the computer's clock) judges whether the sender's Date is plausible.
    Raises only TypeError for non-bytes."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise TypeError(f"parse_message needs bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    big = len(raw) > MAX_RAW_BYTES
    msg = parse(limit_parts(slim(raw, MAX_RAW_BYTES) if big else raw))
    del raw  # a big message is not kept twice while it is walked
    walk = _Walk(slimmed=big)
    with contextlib.suppress(Exception):  # a standard library bug on strange input must not lose the headers
        _visit(msg, 0, walk, want_text=True)
    subject = clean_line(headers.decoded(msg, "Subject"))
    address, display_name = headers.sender(msg)
    own, forwarded = _body_text(walk.texts)
    body = "\n\n".join(filter(None, [own, forwarded, *walk.forwards[:_MAX_FORWARDS]]))
    links = meeting_links(own)  # a link in forwarded words is someone else's: it never makes a call invite
    invitation = read_invitation(walk.calendar) if walk.calendar else None
    automatic = automatic_kind(msg, subject, address, walk.types)
    if invitation is not None and invitation.reply:
        automatic = automatic or CALENDAR_REPLY
    invite = invitation is not None and automatic is None
    locked = walk.locked and not body
    if invite and invitation is not None:
        sentence = invitation.sentence(_called(display_name, address))
        # A calendar program's invitation is its sentence alone (its own words are boilerplate); a person who
        # attaches an event to their own message keeps their words too.
        body = f"{own}\n\n{sentence}" if own and invitation.personal else sentence
    elif locked:
        body = locked_words(_called(display_name, address))
    elif not body:
        body = subject  # a subject-only mail: the subject is the message
    return ParsedMail(
        message_id=headers.message_id(msg),
        sender=address,
        sender_name=display_name,
        subject=subject,
        date=plausible(headers.date(msg), now or datetime.now(UTC)),
        in_reply_to=headers.message_id(msg, "In-Reply-To"),
        references=headers.references(msg),
        text=truncate(body, MAX_TEXT_CHARS),
        images=tuple(walk.images),
        dropped_images=walk.dropped,
        auth_failed=headers.auth_failed(msg),
        meeting_links=links,
        automatic=automatic,
        is_calendar_invite=invite,
        locked=locked,
        omitted_parts=walk.omitted,
        invitation=invitation,
        auth_passed=headers.auth_passed(msg, address),
        calendar=walk.calendar is not None or headers.from_calendar_system(msg),
        attachments=tuple(walk.attachments),
        dropped_attachments=walk.dropped_attachments,
    )


def _visit(part: EmailMessage, depth: int, walk: _Walk, want_text: bool, want_images: bool = True) -> None:
    """Collect text and images depth-first; stops at _MAX_DEPTH levels and after _MAX_PARTS parts. The words of
    an attached email (message/rfc822, a GroupWise or .eml forward) come after the sender's own, introduced by
    who wrote them; a calendar part is kept aside; locked parts are noted."""
    walk.parts += 1
    if walk.parts > _MAX_PARTS or depth > _MAX_DEPTH:
        return
    ctype = parts.content_type(part)
    walk.types.add(ctype)
    if walk.slimmed and part.get(OMITTED_HEADER) is not None:
        walk.omitted += 1
    if ctype in _LOCKED_TYPES:
        walk.locked = True
        return
    if ctype in ("message/rfc822", "message/global") or _attached_mail(part, ctype):
        _forwarded(part, depth, walk, want_text, want_images)
    elif part.is_multipart():
        children = parts.children(part)
        chosen = parts.alternative(children) if ctype == "multipart/alternative" else None
        before = len(walk.texts)
        for index, child in enumerate(children):
            _visit_safely(child, depth + 1, walk, want_text and chosen in (None, index), want_images)
        if want_text and chosen is not None and len(walk.texts) == before:  # the preferred one was empty
            for index in reversed(range(len(children))):
                if index != chosen and len(walk.texts) == before:
                    _visit_safely(children[index], depth + 1, walk, True, False)
    elif ctype.startswith("multipart/"):
        recovered = recover_multipart(part, ctype)
        if recovered is not None:
            _visit(recovered, depth + 1, walk, want_text, want_images)
    elif ctype in _CALENDAR_TYPES or (ctype == "application/octet-stream"
                                      and parts.filename(part).lower().endswith(".ics")):
        if walk.calendar is None:
            walk.calendar = parts.read_text(part, "text/plain")
    elif _is_image(part, ctype):
        if want_images and not _is_logo(part, walk):
            _take_image(part, walk)
    elif ctype in ("text/plain", "text/html") and parts.disposition(part) != "attachment":
        markup: list[str] = []  # an HTML part's source, for the pictures its signature shows
        if want_text:
            text = _unarmoured(parts.read_text(part, ctype, markup), walk)
            if text.strip():
                walk.texts.append(text)
        elif ctype == "text/html" and want_images:  # the HTML alternative to the plain text: only its logos
            markup.append(parts.read_markup(part))
        walk.logos.update(*(parts.signature_pictures(html) for html in markup))
    elif want_images and attachments.is_attachment(part, ctype):  # not again when an alternative is re-read
        if len(walk.attachments) < attachments.MAX_ATTACHMENTS:
            walk.attachments.append(attachments.read_attachment(part, ctype))
        else:
            walk.dropped_attachments += 1


def _visit_safely(part: EmailMessage, depth: int, walk: _Walk, want_text: bool, want_images: bool) -> None:
    with contextlib.suppress(Exception):  # one unreadable part is skipped, not the rest of the message
        _visit(part, depth, walk, want_text, want_images)


def _attached_mail(part: EmailMessage, ctype: str) -> bool:
    """A forwarded email attached as a file (GroupWise's Mime.822, an .eml) rather than as message/rfc822."""
    if ctype not in ("application/octet-stream", "application/x-eml") and not (
            ctype == "text/plain" and parts.disposition(part) == "attachment"):
        return False
    return bool(_ATTACHED_MAIL.search(parts.filename(part)))


def _forwarded(part: EmailMessage, depth: int, walk: _Walk, want_text: bool, want_images: bool) -> None:
    """An attached email: its photos join the others; its words follow the sender's own, with who wrote them."""
    if parts.content_type(part).startswith("message/"):
        inner = next(iter(parts.children(part)), None)
    else:
        data = part.get_payload(decode=True)
        inner = parse(limit_parts(data[:MAX_RAW_BYTES])) if isinstance(data, bytes) else None
    if inner is None:
        return
    saved, walk.texts = walk.texts, []
    try:
        _visit_safely(inner, depth + 1, walk, want_text, want_images)
        words = "\n\n".join(filter(None, _body_text(walk.texts)))
    finally:
        walk.texts = saved
    if words and want_text:
        address, name = headers.sender(inner)
        who = name or address
        walk.forwards.append(f"Forwarded message from {who}:\n\n{words}" if who else f"Forwarded message:\n\n{words}")


def _unarmoured(text: str, walk: _Walk) -> str:
    """Inline PGP: an encrypted block is noted as locked (and left out); a clear-signed one keeps its words."""
    if "-----BEGIN PGP" not in text:
        return text
    if "-----BEGIN PGP MESSAGE-----" in text:
        walk.locked = True
        text = _PGP_MESSAGE.sub("", text)
    text = _PGP_SIGNED_HEAD.sub("", text)
    return _PGP_SIGNATURE.sub("", text)


def _is_logo(part: EmailMessage, walk: _Walk) -> bool:
    """A small inline picture that the HTML shows only in its signature (a company logo): not a photo."""
    if not walk.logos or parts.content_id(part) not in walk.logos:
        return False
    payload = part.get_payload()
    if not isinstance(payload, str) or len(payload) > _LOGO_MAX_ENCODED:
        return False
    data = parts.image_bytes(part)
    info = inspect_image(data) if data else None
    return info is not None and max(info.width, info.height) <= _LOGO_MAX_SIDE


def _body_text(texts: list[str]) -> tuple[str, str]:
    """The sender's own words, and the words they forwarded inline."""
    own, forwarded = own_and_forwarded("\n\n".join(clean_body(text) for text in texts))
    return re.sub(r"\n{3,}", "\n\n", own).strip(), re.sub(r"\n{3,}", "\n\n", forwarded).strip()


def _is_image(part: EmailMessage, ctype: str) -> bool:
    if ctype.startswith("image/"):
        return True
    if ctype != "application/octet-stream":
        return False
    name = parts.filename(part).lower()
    return any(name.endswith(suffix) for suffix in _IMAGE_SUFFIXES)


def _take_image(part: EmailMessage, walk: _Walk) -> None:
    if len(walk.images) >= MAX_IMAGES:
        walk.dropped += 1
        return
    data = parts.image_bytes(part)
    info = inspect_image(data) if data else None
    if data is None or info is None:
        walk.dropped += 1
        return
    name = parts.safe_filename(parts.filename(part), info.kind)
    walk.images.append(MailImage(filename=name, content_type=f"image/{info.kind}", data=data, info=info))
