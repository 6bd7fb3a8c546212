"""Small fakes and factories for the wall and mail-watch tests. Imports no Qt.

- ``SenderTransport(sender)``: the MailTransport port over one sender (or none) and no mailbox, for outbox tests.
- ``CountingChime``: the Chime port (``play()``) that counts instead of making a sound; ``plays`` is the count.
- ``family_mail(sender, text)``: the raw bytes of a plain email from a family member, as their mail program sends it.
- ``live_household(tmp_path, imap_server, smtp_server)``: a household whose email account is the loopback test
  servers, with Sarah Jones (sarah@example.org) as a contact. The caller closes it.
"""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from carelink.channels.ports import Mailbox, MailSender
from carelink.demo.pictures import make_scene
from carelink.household import Household
from tests.helpers import FIXED_NOW, make_household
from tests.helpers.mail_servers import ImapServer, SmtpServer, account_for

SARAH = ("Sarah Jones", "sarah@example.org")


class SenderTransport:
    """Mary's address, the sender it is given (None: no account yet), and no mailbox."""

    def __init__(self, sender: MailSender | None) -> None:
        self._sender = sender

    def from_address(self) -> str | None:
        return "mary@example.org"

    def sender(self) -> MailSender | None:
        return self._sender

    def mailbox(self) -> Mailbox | None:
        return None


class CountingChime:
    """Counts the chimes it was asked for."""

    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> None:
        self.plays += 1


def family_mail(sender: str, text: str, subject: str = "Hello", minutes_ago: int = 5,
                display_name: str = "Family", photo: bool = False, auth: str | None = None) -> bytes:
    """A plain email as a mail program sends it; optionally with a PNG photo and an Authentication-Results
    header (e.g. "spf=pass; dmarc=fail")."""
    message = EmailMessage()
    message["From"] = f"{display_name} <{sender}>"
    message["To"] = "mary@example.org"
    message["Subject"] = subject
    message["Date"] = format_datetime(FIXED_NOW - timedelta(minutes=minutes_ago))
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "example.org")
    if auth:
        message["Authentication-Results"] = f"mx.example.org; {auth}"
    message.set_content(text)
    if photo:
        message.add_attachment(make_scene("garden"), maintype="image", subtype="png", filename="garden.png")
    return message.as_bytes()


def live_household(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Household:
    home = make_household(tmp_path / "live")
    home.settings.set("person.name", "Mary")
    home.settings.set("locale", "en-GB")
    home.email.save(account_for(imap_server, smtp_server), imap_server.password)
    home.contacts.add(*SARAH)
    return home
