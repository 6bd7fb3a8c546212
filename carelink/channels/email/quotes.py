"""Keeping the person's own words: quoted history, signatures, phone and webmail taglines, work disclaimers and
image placeholders go; a forwarded message keeps its words, whether inline, quoted with ">" (an iPhone forward),
or after an Outlook "From: / Sent: / Subject: FW:" block.

Mail programs write their markers in the sender's language, so the patterns below know English, Welsh, French,
German, Spanish, Italian, Dutch, Portuguese and Polish. Everything is line-based and linear in the text's length.
"""

from __future__ import annotations

import re

_MAX_FORWARD_DEPTH = 3
_MAX_HEADER_LINES = 12  # a forwarded message's From/Date/To/Cc/Subject block is never longer than this

_SIGNATURE = re.compile(r"^--\s?$")
_ORIGINAL = re.compile(r"^\s*-{2,}\s*(original message|message d'origine|ursprüngliche nachricht|mensaje original|"
                       r"messaggio originale|oorspronkelijk bericht|mensagem original|oryginalna wiadomość|"
                       r"neges wreiddiol)\s*-{2,}\s*$", re.IGNORECASE)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
# "On <date>, <name> wrote:" in each language: the verb, and the words that start the long form.
_VERBS = (r"wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu|napisał\(a\)|napisała|napisał|"
          r"ysgrifennodd")
_WROTE = re.compile(rf"(?:^|\s)(?:{_VERBS})(?:\s[^:]{{0,200}})?:\s*$", re.IGNORECASE)
_ON = re.compile(r"^\s*(?:on|le|am|el|il|op|em|w dniu|dnia|ar|den)\s", re.IGNORECASE)
# A whole attribution and the quoted words on one line (the Yahoo app on Android quotes like this).
_INLINE_ATTRIBUTION = re.compile(rf"^\s*(?:on|le|am|el|il|op|em|w dniu|dnia|ar)\s.{{4,300}}?(?:{_VERBS})\b"
                                 r"[^:]{0,200}:\s+\S", re.IGNORECASE)
_FORWARD_MARKER = re.compile(
    r"^\s*[-=_ ]*\s*(forwarded message|begin forwarded message|message transféré|début du message réexpédié|"
    r"weitergeleitete nachricht|anfang der weitergeleiteten nachricht|mensaje reenviado|"
    r"inicio del mensaje reenviado|messaggio inoltrato|inizio messaggio inoltrato|doorgestuurd bericht|"
    r"begin doorgestuurd bericht|mensagem encaminhada|início da mensagem reencaminhada|"
    r"início da mensagem encaminhada|wiadomość przekazana dalej|wiadomość przekazana|"
    r"początek przekazywanej wiadomości|neges wedi'i hanfon ymlaen|neges a anfonwyd ymlaen)\s*:?\s*[-=_ ]*$",
    re.IGNORECASE)
_HEADER_LINE = re.compile(r"^\s*\*?([^\W\d_][\w' -]{0,18}?)\s?:\*?\s*(.*)$")
_FROM_NAMES = frozenset({"from", "de", "von", "da", "van", "od", "oddi wrth", "gan"})
_SENT_NAMES = frozenset({"sent", "date", "envoyé", "gesendet", "datum", "enviado", "enviada", "fecha", "inviato",
                         "data", "verzonden", "verstuurd", "wysłano", "wysłane", "anfonwyd", "dyddiad"})
_SUBJECT_NAMES = frozenset({"subject", "objet", "betreff", "asunto", "oggetto", "onderwerp", "assunto", "temat",
                            "pwnc", "testun"})
_HEADER_NAMES = _FROM_NAMES | _SENT_NAMES | _SUBJECT_NAMES | frozenset(
    {"to", "cc", "bcc", "reply-to", "à", "a", "an", "para", "aan", "do", "at", "kopie", "cco", "dw"})
_FORWARD_SUBJECT = re.compile(r"^\s*(fw|fwd|tr|wg|rv|i|doorst|pd|enc|ymlaen)\s*:", re.IGNORECASE)

# A tagline a phone or webmail app adds: one short line naming the app or the device.
_DEVICES = (r"iphone|ipad|ipod|apple watch|android|samsung|galaxy|huawei|honor|xiaomi|redmi|oppo|oneplus|pixel|"
            r"nokia|motorola|sony|lg|htc|blackberry|mobile|smartphone|phone|tablet|outlook|yahoo|aol|gmail|"
            r"proton ?mail|proton|mail for windows|mail para windows|courrier pour windows|e-mail|email|mail")
_TAGLINE = re.compile(
    r"^\s*(?:(?:sent|envoyé|enviado|enviada|inviato|verzonden|verstuurd|wysłane|wysłano|anfonwyd|gesendet)"
    r" (?:from|with|via|using|on|de|depuis|desde|do|da|dal|vanaf|met|van|z|o|von|mit|par|por|per|met)"
    r"(?: (?:my|mon|ma|mi|meu|minha|mio|mia|mijn|mojego|moim|fy|meinem|meiner|the|an|a))?"
    rf"(?: [\w'’.&-]+){{0,3}}? (?:{_DEVICES})\b.{{0,60}}"
    rf"|von meine[mr]? (?:{_DEVICES})\b.{{0,40}}(?:gesendet|geschickt)"
    r"|(?:get|download|obtenir|holen sie sich|descargar|scarica|ontvang|baixe|pobierz) (?:the )?"
    r"(?:outlook|yahoo mail|gmail|aol|proton mail)(?: app)? (?:for|pour|für|para|per|voor|dla) (?:ios|android)"
    r")\s*$", re.IGNORECASE)
_TAGLINE_LINK = re.compile(r"^\s*get outlook for (?:ios|android)\s*<https://aka\.ms/[^>\s]*>\s*$", re.IGNORECASE)
_MAX_TAGLINE_CHARS = 90
_PLACEHOLDER = re.compile(r"\[(?:cid|image):[^\]\n]{0,300}\]", re.IGNORECASE)
# The first line of a work disclaimer: a heading, a sentence calling the mail confidential, or "if you are not the
# intended recipient". (Cut only after the person's own words, with everything after it.)
_DISCLAIMER = re.compile(
    r"^\s*(?:\**\s*(?:confidentiality notice|confidentiality|disclaimer|legal notice|"
    r"privileged (?:and|&) confidential)\s*:?\**\s*(?:$|.*(?:intended|recipient|privileged|confidential))"
    r"|(?:this|the information (?:contained )?in this|diese|ce|este|questo|dit|esta|ta|niniejsza|mae'r) "
    r"(?:e-?mail|message|communication|transmission|nachricht|courriel|mensaje|correo|messaggio|bericht|"
    r"e-?mailbericht|mensagem|wiadomość|e-?bost)\b"
    r".*(?:confidential|privileged|vertraulich|confidentiel|confidencial|riservat|vertrouwelijk|poufn|"
    r"gyfrinachol).*"
    r"|if you (?:are not the intended recipient|have received this (?:e-?mail|message|communication) in error)"
    r".*)", re.IGNORECASE)
_PRINT_NOTE = re.compile(r"^\s*(?:p?\s*)?please consider the environment before printing.*$", re.IGNORECASE)


# Fast paths: whether a text holds any line the per-line checks could act on (a few false alarms are fine: the
# per-line checks then decide).
def _one_line_at_a_time(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """The line patterns as one, for searching a whole text: every \\s becomes a space or tab, so that no match
    (and no backtracking) runs across line ends."""
    out: list[str] = []
    for pattern in patterns:
        source, in_class, i = pattern.pattern, False, 0
        while i < len(source):
            if source[i] == "\\" and i + 1 < len(source):
                pair = source[i : i + 2]
                out.append((" \\t" if in_class else "[ \\t]") if pair == "\\s" else pair)
                i += 2
                continue
            in_class = (in_class and source[i] != "]") or (not in_class and source[i] == "[")
            out.append(source[i])
            i += 1
        out.append("|")
    return re.compile("".join(out[:-1]), re.IGNORECASE | re.MULTILINE)


_ANY_MARKER = _one_line_at_a_time(_FORWARD_MARKER, _UNDERSCORES, _ORIGINAL, _SIGNATURE, _INLINE_ATTRIBUTION,
                                  _HEADER_LINE)
_ANY_CLUTTER = _one_line_at_a_time(_TAGLINE, _TAGLINE_LINK, _PRINT_NOTE, _DISCLAIMER)
_LINE_ENDING_IN_COLON = re.compile(r":[ \t]*$", re.MULTILINE)


def tidy(text: str, depth: int = 0) -> str:
    """The person's own words, then (each introduced by one line) what they forwarded."""
    words, forwarded = own_and_forwarded(text, depth)
    return f"{words}\n\n{forwarded}" if words and forwarded else words or forwarded


def own_and_forwarded(text: str, depth: int = 0) -> tuple[str, str]:
    """The person's own words, and what they forwarded (introduced by who wrote it; "" when nothing was)."""
    text = _PLACEHOLDER.sub("", text)
    lines = text.split("\n")
    own, forward_at = _own_lines(lines)
    words = _declutter(_strip_quoted(own))
    return words, _forward(lines[forward_at:], depth) if forward_at is not None else ""


def _own_lines(lines: list[str]) -> tuple[list[str], int | None]:
    """The lines up to reply history or a signature (dropped), and where a forward starts, if one does."""
    if not _ANY_MARKER.search("\n".join(lines)):  # most mail: one scan in C instead of a dozen per line
        return lines, None
    own: list[str] = []
    has_words = False  # whether `own` holds anything but blank lines yet
    in_signature = False
    for i, line in enumerate(lines):
        if _FORWARD_MARKER.match(line):
            return own, i
        separator = bool(_UNDERSCORES.match(line) or _ORIGINAL.match(line))
        outlook = not separator and has_words and _header_block_at(lines, i)
        if separator or outlook:
            header = _header_block(lines, i + 1 if separator else i)
            if header is not None and _is_forward(header[0]):
                return own, i
            if outlook or _ORIGINAL.match(line) or header is not None:
                return own, None  # a reply's history
        if _SIGNATURE.match(line):
            in_signature = True
        if has_words and _one_line_quote(line):
            return own, None
        if not in_signature:
            own.append(line)
            has_words = has_words or bool(line.strip())
    return own, None


def _one_line_quote(line: str) -> bool:
    """ "On <date>, <name> wrote: <their words>" on one line: how the Yahoo app on Android quotes."""
    match = _INLINE_ATTRIBUTION.match(line)
    return match is not None and not _WROTE.search(line) and any(c.isdigit() for c in line[: match.end()])


def _header_block_at(lines: list[str], i: int) -> bool:
    """An Outlook "From: … / Sent: …" block (no separator line above it) at line i."""
    match = _HEADER_LINE.match(lines[i])
    if not match or match.group(1).lower().strip() not in _FROM_NAMES:
        return False
    header = _header_block(lines, i)
    return header is not None and any(name in _SENT_NAMES for name in header[0])


def _header_block(lines: list[str], i: int) -> tuple[dict[str, str], int] | None:
    """The "From: / Date: / Subject:" lines at i (blank lines before them skipped; one level of ">" quoting
    undone): the headers by name and the index just after them. None when there is no From-like line."""
    skipped = 0
    while i < len(lines) and not _unquote(lines[i]).strip() and skipped < _MAX_HEADER_LINES:
        i += 1
        skipped += 1
    found: dict[str, str] = {}
    end = min(len(lines), i + _MAX_HEADER_LINES)
    while i < end:
        match = _HEADER_LINE.match(_unquote(lines[i]))
        if not match or match.group(1).lower().strip() not in _HEADER_NAMES:
            break
        found.setdefault(match.group(1).lower().strip(), match.group(2).strip().strip("*").strip())
        i += 1
    return (found, i) if any(name in _FROM_NAMES for name in found) else None


def _is_forward(header: dict[str, str]) -> bool:
    subject = next((value for name, value in header.items() if name in _SUBJECT_NAMES), "")
    return bool(_FORWARD_SUBJECT.match(subject))


def _unquote(line: str) -> str:
    if line.startswith(">"):
        return line[2:] if line.startswith("> ") else line[1:]
    return line


def _forward(lines: list[str], depth: int) -> str:
    """The forwarded words, introduced by who first wrote them."""
    start = 1 if (_FORWARD_MARKER.match(lines[0]) or _ORIGINAL.match(lines[0]) or _UNDERSCORES.match(lines[0])) else 0
    header = _header_block(lines, start)
    sender = ""
    if header is not None:
        sender = _display_name(next(value for name, value in header[0].items() if name in _FROM_NAMES))
        start = header[1]
    body = lines[start:]
    if body and sum(1 for line in body if line.startswith(">")) * 2 >= sum(1 for line in body if line.strip()):
        body = [_unquote(line) for line in body]  # a forward quoted with ">" as a whole (Apple Mail, iPhone)
    text = "\n".join(body).strip()
    words = tidy(text, depth + 1) if depth < _MAX_FORWARD_DEPTH else _declutter(text)
    if not words:
        return ""
    intro = f"Forwarded message from {sender}:" if sender else "Forwarded message:"
    return f"{intro}\n\n{words}"


def _display_name(value: str) -> str:
    """"Tom Brown <tom@example.com>" gives Tom Brown; a bare address is kept."""
    value = value.replace("*", "").strip()
    name, _, rest = value.partition("<")
    name = name.strip().strip('"').strip()
    if name:
        return name[:80]
    return rest.rstrip(">").strip()[:80]


def _strip_quoted(lines: list[str]) -> str:
    """Drop attributions with the quoted lines after them (keeping answers written between quotes), and a run
    of quoted lines at the end. When nothing of their own would be left, the text is kept as it was."""
    kept: list[str] = []
    i = 0
    if not _LINE_ENDING_IN_COLON.search("\n".join(lines)):  # no attribution anywhere
        kept, i = list(lines), len(lines)
    while i < len(lines):
        span = _attribution(lines, i)
        if span:
            i = _skip_quoted(lines, i + span)
            continue
        kept.append(lines[i])
        i += 1
    while kept and (not kept[-1].strip() or kept[-1].lstrip().startswith(">")):
        kept.pop()  # a run of trailing quoted lines
    if kept and _UNDERSCORES.match(kept[-1]):
        kept.pop()
    result = "\n".join(kept).strip()
    return result if result else "\n".join(lines).strip()


def _attribution(lines: list[str], i: int) -> int:
    """How many lines an "On <date>, <name> wrote:" / "<name> wrote:" attribution takes at i (0 when none).
    A short one counts only when quoted ">" lines follow it; the long form ("On …" and a verb) always does,
    and then the rest of the message is history."""
    for span in (1, 2, 3):
        if i + span > len(lines) or (span > 1 and not _ON.match(lines[i])):
            return 0
        joined = " ".join(lines[i : i + span]) if lines[i + span - 1].rstrip().endswith(":") else ""
        if joined and _WROTE.search(joined):
            nxt = i + span
            while nxt < len(lines) and not lines[nxt].strip():
                nxt += 1
            if nxt < len(lines) and lines[nxt].lstrip().startswith(">"):
                return span
            dated = _ON.match(lines[i]) and any(c.isdigit() for c in joined)
            return len(lines) - i if dated and i > 0 else 0
        if lines[i + span - 1].lstrip().startswith(">"):
            return 0
    return 0


def _skip_quoted(lines: list[str], i: int) -> int:
    while i < len(lines) and (not lines[i].strip() or lines[i].lstrip().startswith(">")):
        i += 1
    return i


def _declutter(text: str) -> str:
    """Phone and webmail taglines and printing notes gone; a work disclaimer after the words cut off."""
    kept: list[str] = []
    for line in text.split("\n") if _ANY_CLUTTER.search(text) else ():
        if len(line) <= _MAX_TAGLINE_CHARS and (_TAGLINE.match(line) or _TAGLINE_LINK.match(line)
                                                or _PRINT_NOTE.match(line)):
            continue
        if _DISCLAIMER.match(line) and any(x.strip() for x in kept):
            break
        kept.append(line)
    if not kept and not _ANY_CLUTTER.search(text):  # nothing to remove: the text as it is
        kept = text.split("\n")
    while kept and (not kept[-1].strip() or _UNDERSCORES.match(kept[-1])):
        kept.pop()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
