"""The tutorial's pretend family, who answer back: whatever the learner sends through the sandbox gets a short,
warm reply a few seconds later, as a real email put into the sandbox's mailbox, so the real mail sync files it
(on the wall, threaded, acknowledging a concern) exactly as it would a real family's mail.

- a reply or message to a family contact: that contact writes back;
- a concern (to the carer): the carer answers in the concern's thread, so the concern is acknowledged;
- "I'm OK today": one family member (Sarah, when she is told) answers, once for each check-in;
- a call invite, or a missed-check-in alert: no answer;
- `call_from(email)`: that contact "calls" now, with a call-invite email that rings the screen;
- `post_scam()`: a stranger sends a pretend scam ("your bank account is locked, send your password"), which CareLink
  holds back for the family to see, as it would a real one: it never reaches the wall.

Nothing here leaves the computer: the sandbox sender keeps what the learner sends, and the answers only ever go
into the sandbox's own mailbox.
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses, make_msgid

from carelink.channels.email.text import meeting_links
from carelink.channels.sandbox import SandboxMailbox, SandboxTransport
from carelink.clock import Clock
from carelink.errors import UserError
from carelink.services.contacts import Contact, ContactService
from carelink.services.mail_words import say
from carelink.translation import Translate, english, sentence

log = logging.getLogger(__name__)

PRACTICE_CALL_SERVER = "https://meet.jit.si"
CHECKIN_ANSWERER = "sarah@example.org"
_CONCERN_REFERENCE = re.compile(r"\[C-\d+\]")
# The subjects of the household's check-in and missed check-in emails (services/mail_words.py), in any language
_IS_OK_TODAY = "{name} is OK today"
_NOT_CHECKED_IN = "{name} has not checked in today"

# What each of the demo family writes back, by first name (anyone else: the default line), in the household's
# language: the learner reads it on the practice wall.
_REPLIES = {
    "sarah": sentence("Lovely to hear from you, {name}! I'll ring you at the weekend."),
    "tom": sentence("Thanks for your message, {name}! It made my day. Speak soon."),
    "emma": sentence("Hello {name}! Thank you for writing to me. I'm painting you a picture."),
    "david": sentence("Good to hear from you, {name}. The roses are still out, I'll send you a photo."),
}
_DEFAULT_REPLY = sentence("Lovely to hear from you, {name}! Speak soon.")
_CONCERN_REPLY = sentence("Thank you for telling me, {name}. I'll call you this afternoon.")
_CHECKIN_REPLY = sentence("Glad you're well today, {name}! Have a lovely day.")
_CARER_REPLY = sentence("Thank you for your message, {name}. See you soon.")
_LOVE = sentence("Love, {name}")
_DEAR = sentence("dear")
SCAM_SENDER = ("Bank Security Team", "security-alerts@bank-help.example.net")
SCAM_SUBJECT = sentence("URGENT: your bank account is locked")
_SCAM_TEXT = sentence("Dear customer, your bank account has been locked. To unlock it, reply today with your "
                      "password and your card number, or your money will be lost.")
_SCAM_NOTE = sentence("(a pretend scam message, made by CareLink's tutorial for practice)")
_CALL_NOW = sentence("{who} would like a video call now")
_CALL_JOIN = sentence("{who} would like a video call now — join here: {link}")
_CALL_NOTE = sentence("(a practice call in CareLink's tutorial)")


def _subject_is(subject: str, template: str, translate: Translate) -> bool:
    """Whether `subject` is `template` (with any name) in English or in the language `translate` speaks."""
    for words in dict.fromkeys((template, translate(template))):
        pattern = re.escape(words).replace(re.escape("{name}"), ".+")
        if re.fullmatch(pattern, subject.strip(), re.IGNORECASE):
            return True
    return False


def first_name(contact: Contact) -> str:
    return contact.name.split()[0] if contact.name.split() else contact.name


class PretendFamily:
    """Listens to the sandbox's sender and answers through its mailbox, `reply_after_s` real seconds later.

    Its methods may be called from any thread (the outbox delivers on the sync's thread).
    """

    def __init__(self, transport: SandboxTransport, contacts: ContactService, clock: Clock,
                 person_name: Callable[[], str], reply_after_s: float = 4.0,
                 checkin_answerer: str = CHECKIN_ANSWERER, translate: Callable[[], Translate] = lambda: english
                 ) -> None:
        if transport.incoming is None:
            raise ValueError("the pretend family needs a sandbox transport with a mailbox to answer into")
        self._transport, self._mailbox = transport, transport.incoming
        self._contacts, self._clock, self._person_name = contacts, clock, person_name
        self._translate = translate  # the household's language, as chosen now
        self._after = max(0.0, reply_after_s)
        self._checkin_answerer = checkin_answerer.lower()
        self._answered: set[str] = set()
        self._lock = threading.Lock()
        self._at_once = 0  # while above 0, answers come at once (a lesson caught up out of sight)
        transport.outgoing.add_listener(self.heard)

    @property
    def mailbox(self) -> SandboxMailbox:
        return self._mailbox

    def _name(self) -> str:
        return self._person_name().strip() or self._translate()(_DEAR)

    def heard(self, message: EmailMessage) -> None:
        """Answer one message the learner sent (the sandbox sender calls this after keeping it)."""
        message_id = str(message["Message-ID"] or "").strip()
        if message_id:
            with self._lock:
                if message_id in self._answered:  # the same message sent again: answered already
                    return
                self._answered.add(message_id)
        recipients = [self._contacts.find_by_email(address) for _name, address in
                      getaddresses([str(value) for value in message.get_all("To", [])]) if address]
        known = [contact for contact in recipients if contact is not None]
        subject, t = str(message["Subject"] or ""), self._translate()
        if not known or meeting_links(_text(message)) or _subject_is(subject, _NOT_CHECKED_IN, t):
            return  # a call invite or an alert: nobody needs to write back
        name = self._name()
        carers = [c for c in known if c.role == "carer"]
        if _CONCERN_REFERENCE.search(subject):
            writer = (carers or known)[0]
            sign_off = first_name(writer) if writer.role == "carer" else say(t, _LOVE, name=first_name(writer))
            self._answer(message, writer, say(t, _CONCERN_REPLY, name=name), sign_off)
        elif carers:
            writer = carers[0]
            self._answer(message, writer, say(t, _CARER_REPLY, name=name), first_name(writer))
        elif _subject_is(subject, _IS_OK_TODAY, t) and not message["In-Reply-To"]:
            writer = next((c for c in known if c.email.lower() == self._checkin_answerer), known[0])
            self._answer(message, writer, say(t, _CHECKIN_REPLY, name=name), say(t, _LOVE, name=first_name(writer)))
        else:
            writer = known[0]
            line = _REPLIES.get(first_name(writer).lower(), _DEFAULT_REPLY)
            self._answer(message, writer, say(t, line, name=name), say(t, _LOVE, name=first_name(writer)))

    @contextmanager
    def answering_at_once(self) -> Iterator[None]:
        """Inside: whatever the learner sends is answered at once, not `reply_after_s` later. For a stopped lesson
        carried on: the steps done again out of sight need not wait for the family a second time."""
        with self._lock:
            self._at_once += 1
        try:
            yield
        finally:
            with self._lock:
                self._at_once -= 1

    def _answer(self, to: EmailMessage, writer: Contact, text: str, sign_off: str) -> None:
        with self._lock:
            after = 0.0 if self._at_once else self._after
        reply = self._email(writer, delay=after)
        subject = str(to["Subject"] or "").strip()
        reply["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}".strip()
        original = str(to["Message-ID"] or "").strip()
        if original:
            earlier = str(to["References"] or "").split()
            reply["In-Reply-To"] = original
            reply["References"] = " ".join([*earlier, original])
        reply.set_content(f"{text}\n\n{sign_off}\n")
        self._mailbox.add(bytes(reply), after)
        log.info("pretend family: %s answers %s in %.1f s", writer.email, original or "a message", after)

    def _email(self, writer: Contact, delay: float = 0.0) -> EmailMessage:
        message = EmailMessage()
        message["From"] = formataddr((writer.name, writer.email))
        home = self._transport.from_address() or "carelink@carelink.invalid"
        message["To"] = formataddr((self._person_name().strip(), home))
        message["Date"] = format_datetime(self._clock.now() + timedelta(seconds=delay))
        message["Message-ID"] = make_msgid(domain=writer.email.rpartition("@")[2] or "example.org")
        return message

    def act(self, action: str) -> None:
        """What a lesson's step asks of the pretend family: "call ADDRESS" (that contact calls) or "scam" (a
        stranger sends a pretend scam). Anything else is ignored, as `tutorial check` already names it."""
        verb, _, address = action.partition(" ")
        if verb == "call":
            self.call_from(address)
        elif verb == "scam":
            self.post_scam()

    def post_scam(self) -> None:
        """A stranger, in no one's contacts, sends a pretend scam: the real mail sync holds it back as it would a
        real one (only approved senders reach the wall)."""
        scam = EmailMessage()
        scam["From"] = formataddr(SCAM_SENDER)
        home = self._transport.from_address() or "carelink@carelink.invalid"
        scam["To"] = formataddr((self._person_name().strip(), home))
        scam["Date"] = format_datetime(self._clock.now())
        scam["Message-ID"] = make_msgid(domain=SCAM_SENDER[1].rpartition("@")[2])
        t = self._translate()
        scam["Subject"] = t(SCAM_SUBJECT)
        scam.set_content(f"{t(_SCAM_TEXT)}\n\n{t(_SCAM_NOTE)}\n")
        self._mailbox.add(bytes(scam))
        log.info("pretend family: a pretend scam message arrives")

    def call_from(self, email: str) -> str:
        """That contact calls now: a call invite arrives at once (it rings after the next sync). Returns its
        meeting link, a practice room nobody else will be in."""
        writer = self._contacts.find_by_email(email)
        if writer is None:
            raise UserError("{email} is not in the pretend family, so they cannot call.", {"email": email})
        link = f"{PRACTICE_CALL_SERVER}/CareLinkPractice-{secrets.token_hex(6)}"
        who, t = first_name(writer), self._translate()
        invite = self._email(writer)
        invite["Subject"] = say(t, _CALL_NOW, who=who)
        # Only mail the receiving server vouched for rings; here the sandbox is that server, and it made the mail.
        invite["Authentication-Results"] = (f"carelink.sandbox; dmarc=pass "
                                            f"header.from={writer.email.rpartition('@')[2]}")
        invite.set_content(f"{say(t, _CALL_JOIN, who=who, link=link)}\n\n{t(_CALL_NOTE)}\n")
        self._mailbox.add(bytes(invite))
        log.info("pretend family: %s calls", writer.email)
        return link


def _text(message: EmailMessage) -> str:
    """The plain-text words of a message the household sent (the outbox writes one text/plain part)."""
    try:
        part = message.get_body(preferencelist=("plain",))
        content = part.get_content() if part is not None else ""
    except (KeyError, LookupError, ValueError):
        return ""
    return content if isinstance(content, str) else ""
