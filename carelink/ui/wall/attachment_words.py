"""What the card says, and what Read aloud says, about what came with a message besides photos: a recording's
length in words ("half a minute"), what kind of thing it is ("a voice message"), and the one plain line for a
thing CareLink cannot show."""

from __future__ import annotations

from carelink.services.attachments import WallAttachment
from carelink.ui.widgets import tr


def length_words(seconds: float | None) -> str:
    """A recording's length as a person would say it; "" when it is not known."""
    if seconds is None or seconds <= 0:
        return ""
    if seconds < 10:
        return tr("a few seconds")
    if seconds < 22:
        return tr("about a quarter of a minute")
    if seconds < 45:
        return tr("half a minute")
    if seconds < 75:
        return tr("about a minute")
    if seconds < 105:
        return tr("a minute and a half")
    minutes = round(seconds / 60)
    if minutes < 60:
        return tr("about {count} minutes").format(count=minutes)
    hours = round(seconds / 3600, 1)
    return tr("about an hour") if hours < 1.3 else tr("about {count} hours").format(count=f"{hours:g}")


def thing_words(kind: str) -> str:
    """What the attachment is, with its article: "a voice message", "a document"."""
    words = {
        "audio": tr("a voice message"), "video": tr("a video"), "pdf": tr("a document"),
        "document": tr("a document"), "contact": tr("a contact card"), "spreadsheet": tr("a spreadsheet"),
        "presentation": tr("a slide show"), "archive": tr("a folder of files"),
    }
    return words.get(kind, tr("a file"))


def heading(attachment: WallAttachment, name: str, seconds: float | None) -> str:
    """The line above a player: "A voice message from Emma, half a minute"."""
    what = {"audio": tr("A voice message from {name}"), "video": tr("A video from {name}")}.get(
        attachment.kind, tr("A document from {name}")).format(name=name)
    length = length_words(seconds)
    return f"{what}, {length}" if length else what


def cannot_show(attachment: WallAttachment, name: str) -> str:
    """The one plain line for an attachment the card cannot play or show."""
    if attachment.too_big:
        return tr("{name} also sent {thing} ({file}) that was too big for CareLink to keep. "
                  "Ask the family to help.").format(name=name, thing=thing_words(attachment.kind),
                                                   file=attachment.name)
    return tr("{name} also sent {thing} ({file}) that CareLink can't show. Ask the family to help.").format(
        name=name, thing=thing_words(attachment.kind), file=attachment.name)


def spoken_attachment(attachment: WallAttachment, name: str, seconds: float | None = None) -> str:
    """What Read aloud says about one attachment: "Emma sent a voice message, half a minute long."."""
    if not attachment.kept:
        return cannot_show(attachment, name)
    length = length_words(seconds if seconds is not None else attachment.seconds)
    thing = thing_words(attachment.kind)
    if attachment.kind in ("audio", "video") and length:
        return tr("{name} sent {thing}, {length} long. Press Play to hear it.").format(
            name=name, thing=thing, length=length) if attachment.kind == "audio" else tr(
            "{name} sent {thing}, {length} long. Press Play to watch it.").format(
            name=name, thing=thing, length=length)
    if attachment.kind == "audio":
        return tr("{name} sent {thing}. Press Play to hear it.").format(name=name, thing=thing)
    if attachment.kind == "video":
        return tr("{name} sent {thing}. Press Play to watch it.").format(name=name, thing=thing)
    return tr("{name} sent {thing}, {file}, shown on the card.").format(name=name, thing=thing,
                                                                       file=attachment.name)
