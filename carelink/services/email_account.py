"""The household's email account: stored in the database, its password only in the keyring. It hands out the
real SMTP sender and IMAP mailbox for it (the demo household uses the sandbox instead)."""

from __future__ import annotations

import logging

from sqlalchemy import select

from carelink.channels.email.account import EmailAccount, make_account
from carelink.channels.email.deadline import ConversationLimits
from carelink.channels.email.imap import ImapMailbox
from carelink.channels.email.smtp import SmtpSender
from carelink.channels.ports import Mailbox, MailSender
from carelink.errors import UserError
from carelink.secrets import SecretStore
from carelink.storage.database import Database
from carelink.storage.models import SettingRow

log = logging.getLogger(__name__)
_PREFIX = "email."  # internal keys: not documented settings, so `settings get` never shows them
_FIELDS = ("address", "imap_host", "imap_port", "smtp_host", "smtp_port", "username", "security")


class EmailAccountService:
    """Saves and reads the account; makes the sender and mailbox that use it, with the limits on how long a mail
    server may take (no byte for 30 s, or one conversation over 2 minutes, and it is cut and tried again later)."""

    def __init__(self, database: Database, secrets: SecretStore,
                 limits: ConversationLimits | None = None) -> None:
        self._database, self._secrets = database, secrets
        self._limits = limits or ConversationLimits()

    def account(self) -> EmailAccount | None:
        with self._database.session() as session:
            rows = {r.key[len(_PREFIX):]: r.value for r in session.scalars(
                select(SettingRow).where(SettingRow.key.startswith(_PREFIX)))}
        if not all(rows.get(name) for name in ("address", "imap_host", "smtp_host", "security")):
            return None
        return make_account(rows["address"], rows["imap_host"], rows["smtp_host"], rows["security"],
                            rows.get("imap_port"), rows.get("smtp_port"), rows.get("username", ""))

    def save(self, account: EmailAccount, password: str | None) -> None:
        """The password goes to the keyring first: if it cannot be kept safely, nothing is stored at all. A new
        address keeps the password it is given (or, given none, the old address's), and the old address's password
        leaves the keyring: no secret is kept for an account CareLink no longer uses."""
        previous = self.account()
        old_address = previous.address if previous is not None and previous.address != account.address else None
        if password is None and old_address is not None:
            password = self._secrets.get_password(old_address)
        if password is not None:
            if not password:
                raise UserError("The password is empty.")
            self._secrets.set_password(account.address, password)
        values = {"address": account.address, "imap_host": account.imap_host, "imap_port": str(account.imap_port),
                  "smtp_host": account.smtp_host, "smtp_port": str(account.smtp_port),
                  "username": account.username, "security": account.security}
        with self._database.session() as session:
            for name in _FIELDS:
                session.merge(SettingRow(key=_PREFIX + name, value=values[name]))
        if old_address is not None:
            try:
                self._secrets.delete_password(old_address)
            except UserError as error:  # the new account works; the old secret is only left behind
                log.warning("the old address's password could not be removed from the keyring: %s", error.message)

    def _password(self, account: EmailAccount) -> str | None:
        return self._secrets.get_password(account.address)

    def from_address(self) -> str | None:
        account = self.account()
        return account.address if account else None

    def sender(self) -> MailSender | None:
        account = self.account()
        return self._sender(account) if account else None

    def mailbox(self) -> Mailbox | None:
        account = self.account()
        return self._mailbox(account) if account else None

    def _sender(self, account: EmailAccount) -> SmtpSender:
        return SmtpSender(account, lambda: self._password(account), self._limits.stall, self._limits.total)

    def _mailbox(self, account: EmailAccount) -> ImapMailbox:
        return ImapMailbox(account, lambda: self._password(account), timeout=self._limits.stall,
                           conversation_limit=self._limits.total)

    def test_connection(self) -> str:
        """Log in to both servers; a UserError says in plain words what went wrong."""
        account = self.account()
        if account is None:
            raise UserError("Email is not set up yet.")
        self._mailbox(account).check_login()
        self._sender(account).check_login()
        return f"CareLink can fetch and send mail for {account.address}."
