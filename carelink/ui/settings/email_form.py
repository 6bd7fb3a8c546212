"""The email account form, shared by Settings → Email account and the first-run setup.

A provider chooser (big buttons) fills the servers, ports and security and shows that provider's note on making an
app password; typing an address at a known provider picks it. Checked with `make_account` before anything is
stored; saved through the background runner (the keyring may be slow). The password is never shown again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from carelink.channels.email.account import DEFAULT_PORTS, PRESETS, EmailAccount, Preset, make_account, preset_for
from carelink.errors import UserError
from carelink.services.email_account import EmailAccountService
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, ChoiceRow, check_only, error_words, label, one_of_many, tr

OTHER = "other"
PRESET_COLUMNS = 3


def _preset_key(preset: Preset) -> str:
    return preset.name.lower()


def _edit(name: str, words: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(words)
    return edit


class EmailForm(QWidget):
    """Address, password, servers, ports, user name and security, with a plain message under them.

    `load()` shows the saved account (never its password); `save(on_saved)` checks and stores it.
    """

    def __init__(self, email: EmailAccountService, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._email, self._runner = email, runner
        self._saved: EmailAccount | None = None
        self.column = column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GAP_PX)

        column.addWidget(label(tr("Who provides the email account?")))
        grid = QGridLayout()
        grid.setSpacing(GAP_PX)
        self.presets: dict[str, BigButton] = {}
        choices = [(_preset_key(p), p.name) for p in PRESETS] + [(OTHER, tr("Other"))]
        for index, (key, words) in enumerate(choices):
            button = BigButton(words)
            button.setObjectName(f"email_preset_{key}")
            button.clicked.connect(lambda _=False, k=key: self.choose_preset(k))
            grid.addWidget(button, index // PRESET_COLUMNS, index % PRESET_COLUMNS)
            self.presets[key] = button
        one_of_many(self.presets.values())
        for index in range(PRESET_COLUMNS):
            grid.setColumnStretch(index, 1)
        column.addLayout(grid)
        self.note = label(role="quiet")
        self.note.setObjectName("email_note")
        self.note.setVisible(False)
        column.addWidget(self.note)

        self.address = self._field(column, tr("Email address"), "email_address")
        self.address.textEdited.connect(self._address_typed)
        self.password_words = label(tr("Password"))
        column.addWidget(self.password_words)
        self.password = _edit("email_password", tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        column.addWidget(self.password)

        column.addWidget(label(tr("The mail servers (filled in for the providers above)"), "big"))
        self.imap_host = self._field(column, tr("Incoming mail server (IMAP)"), "email_imap_host")
        self.imap_port = self._field(column, tr("Incoming mail port"), "email_imap_port")
        self.smtp_host = self._field(column, tr("Outgoing mail server (SMTP)"), "email_smtp_host")
        self.smtp_port = self._field(column, tr("Outgoing mail port"), "email_smtp_port")
        self.username = self._field(column, tr("User name (leave empty if it is the email address)"),
                                    "email_username")
        column.addWidget(label(tr("Security")))
        # "none" is for a server on this computer only; it is shown just when the saved account (set up from the
        # command line) uses it, so that the form can show that account as it is.
        self.security = ChoiceRow("email_security", [("ssl", tr("SSL/TLS")), ("starttls", tr("STARTTLS")),
                                                     ("none", tr("None (this computer only)"))], tr("Security"))
        self.security.chosen.connect(self._security_chosen)
        self.security.buttons["none"].setVisible(False)
        column.addWidget(self.security)
        self.message = label(role="error")
        self.message.setObjectName("email_message")
        column.addWidget(self.message)
        self._preset: str | None = None

    @staticmethod
    def _field(column: QVBoxLayout, words: str, name: str) -> QLineEdit:
        column.addWidget(label(words))
        edit = _edit(name, words)
        column.addWidget(edit)
        return edit

    # --- showing ---------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the saved account (the password field stays empty: a saved password is never shown)."""
        self._saved = account = self._email.account()
        self.message.setText("")
        self.password.clear()
        self.password_words.setText(tr("Password (leave empty to keep the saved one)") if account
                                    else tr("Password"))
        if account is None:
            for edit in (self.address, self.imap_host, self.imap_port, self.smtp_host, self.smtp_port,
                         self.username):
                edit.clear()
            self._show_preset(None)
            self.security.buttons["none"].setVisible(False)
            self.security.select("ssl")
            return
        self.address.setText(account.address)
        self.imap_host.setText(account.imap_host)
        self.imap_port.setText(str(account.imap_port))
        self.smtp_host.setText(account.smtp_host)
        self.smtp_port.setText(str(account.smtp_port))
        self.username.setText(account.username)
        self.security.buttons["none"].setVisible(account.security == "none")
        self.security.select(account.security)
        matching = next((p for p in PRESETS if p.imap_host == account.imap_host), None)
        self._show_preset(_preset_key(matching) if matching else OTHER)

    def _show_preset(self, key: str | None) -> None:
        self._preset = key
        check_only(self.presets, key or "")
        for name, button in self.presets.items():
            words = button.text().removeprefix("✓ ")
            button.setText(f"✓ {words}" if name == key else words)  # not colour alone: a tick marks the choice
            button.setAccessibleName(words)  # the state says "selected"; no "check mark"
        preset = next((p for p in PRESETS if _preset_key(p) == key), None)
        if preset is not None:
            self.note.setText(tr(preset.app_password_help))
        elif key == OTHER:
            self.note.setText(tr("Type the server names and ports your email provider gives for mail programs. "
                                 "Most providers need an app password rather than the usual one."))
        self.note.setVisible(key is not None)

    def choose_preset(self, key: str) -> None:
        """Fill in a provider's servers, ports and security (or, for Other, leave them for typing)."""
        preset = next((p for p in PRESETS if _preset_key(p) == key), None)
        if preset is not None:
            self.imap_host.setText(preset.imap_host)
            self.imap_port.setText(str(preset.imap_port))
            self.smtp_host.setText(preset.smtp_host)
            self.smtp_port.setText(str(preset.smtp_port))
            self.security.select(preset.security)
        elif any(self.imap_host.text() == p.imap_host for p in PRESETS):
            for edit in (self.imap_host, self.imap_port, self.smtp_host, self.smtp_port):
                edit.clear()
        self._show_preset(key)

    def _address_typed(self, text: str) -> None:
        preset = preset_for(text.strip())
        if preset is not None and self._preset != _preset_key(preset):
            self.choose_preset(_preset_key(preset))

    def _security_chosen(self, security: str) -> None:
        """Swap the ports for the new security's usual ones, unless someone typed their own."""
        usual = {str(port) for ports in DEFAULT_PORTS.values() for port in ports}
        imap, smtp = DEFAULT_PORTS["ssl" if security == "ssl" else "starttls"]
        if self.imap_port.text() in usual | {""}:
            self.imap_port.setText(str(imap))
        if self.smtp_port.text() in usual | {""} and self._preset not in {_preset_key(p) for p in PRESETS}:
            self.smtp_port.setText(str(smtp))

    # --- checking and saving ---------------------------------------------------------------------------------

    def account(self) -> EmailAccount:
        """The account the form describes; a UserError says in plain words what is wrong."""
        chosen = next((key for key, button in self.security.buttons.items() if button.isChecked()), "")
        if not chosen:
            raise UserError(tr("Please choose the security: SSL/TLS or STARTTLS."))
        if not self.address.text().strip():
            raise UserError(tr("Please type the email address."))
        return make_account(self.address.text(), self.imap_host.text(), self.smtp_host.text(), chosen,
                            self.imap_port.text().strip(), self.smtp_port.text().strip(), self.username.text())

    def _password_to_save(self, account: EmailAccount) -> str | None:
        """None keeps the saved password (same address, nothing typed); otherwise the typed one is needed."""
        typed = self.password.text()
        if not typed and self._saved is not None and self._saved.address == account.address:
            return None
        if not typed:
            raise UserError(tr("Please type the password (for most providers, an app password)."))
        return typed

    def is_saved(self) -> bool:
        """True when the form shows exactly the saved account and no new password is typed."""
        try:
            return self._saved is not None and self.account() == self._saved and not self.password.text()
        except UserError:
            return False

    def save(self, on_saved: Callable[[], None] | None = None,
             on_failed: Callable[[], None] | None = None) -> bool:
        """Check the form, then store it in the background; False (with a message) if the form is wrong.

        On a bad form or a password store that cannot be used, nothing at all is stored.
        """
        try:
            account = self.account()
            password = self._password_to_save(account)
        except UserError as error:
            self.message.setText(error_words(error))
            return False
        self.message.setText(tr("Saving…"))

        def done(_: None) -> None:
            self.load()
            self.message.setText(tr("Saved. The password is kept in this computer's password store."))
            if on_saved is not None:
                on_saved()

        def failed(error: BaseException) -> None:
            self.message.setText(error_words(error) if isinstance(error, UserError)
                                 else tr("The email account could not be saved. Please try again."))
            if on_failed is not None:
                on_failed()

        self._runner.run_task(lambda: self._email.save(account, password), done, failed, owner=self)
        return True
