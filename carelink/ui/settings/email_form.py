"""The email account form, shared by Settings → Email account and the first-run setup.

A provider chooser (big buttons) fills the servers, ports and security and shows that provider's note on making an
app password; typing an address at a known provider picks it. Checked with `make_account` before anything is
stored; saved through the background runner (the keyring may be slow). The password is never shown again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from carelink.channels.addresses import normalise_email
from carelink.channels.email.account import DEFAULT_PORTS, PRESETS, EmailAccount, Preset, make_account, preset_for
from carelink.errors import UserError
from carelink.services.email_account import EmailAccountService
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, core_tr, error_words, label, tr
from carelink.ui.widgets_choice import ChoiceRow, check_only, one_of_many

OTHER = "other"
PRESET_COLUMNS = 3


def _preset_key(preset: Preset) -> str:
    return preset.name.lower()


def _edit(name: str, words: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(words)
    return edit


class _PortBox(QLineEdit):
    """A box for a port number: wide enough for its five digits and a little more, not for a server's name."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        return QSize(hint.width() - metrics.horizontalAdvance("x") * 17 + metrics.horizontalAdvance("0") * 6,
                     hint.height())


def _part() -> tuple[QWidget, QGridLayout]:
    """One part of the form: a widget with its grid (words in the first column, what to type in the second)."""
    part = QWidget()
    part.setObjectName("screen")
    grid = QGridLayout(part)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(GAP_PX)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    return part, grid


def _row(rows: QGridLayout, words: str | QLabel, edit: QWidget, *beside: QWidget) -> None:
    """Words with what they name beside them, not above (a part then fits the screen at the largest text); a
    server's port goes beside its name."""
    row = rows.rowCount() if rows.count() else 0
    rows.addWidget(label(words) if isinstance(words, str) else words, row, 0)
    rows.addWidget(edit, row, 1, 1, 1 + 2 * (not beside) * (rows.columnCount() > 2))
    for column, widget in enumerate(beside, start=2):
        rows.addWidget(widget, row, column)


def _field(rows: QGridLayout, words: str, name: str) -> QLineEdit:
    edit = _edit(name, words)
    _row(rows, words, edit)
    return edit


def _server(rows: QGridLayout, words: str, name: str, port_words: str, port_name: str) -> tuple[QLineEdit, QLineEdit]:
    """A server's name with its port beside it ("Port" shown; the box's own name says which port)."""
    host, port = _edit(name, words), _PortBox()
    host.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, host.sizePolicy().verticalPolicy())  # a whole name
    port.setObjectName(port_name)
    port.setAccessibleName(port_words)
    port.setMaxLength(5)
    port.setSizePolicy(QSizePolicy.Policy.Fixed, port.sizePolicy().verticalPolicy())
    _row(rows, words, host, label(tr("Port"), wrap=False), port)
    return host, port


class EmailForm(QWidget):
    """Address, password, servers, ports, user name and security, with a plain message under them.

    Made of parts a person can take one at a time: `provider_part` (who provides the email), `address_part`,
    `password_part` (with the provider's note on app passwords), and, needed only for Other, `incoming_part` (the
    IMAP server, its port and the security) and `outgoing_part` (the SMTP server, its port and the user name).
    Together (Settings) they stack in one column; with `together=False` (first-run setup) the caller places each part
    on a step of its own and may pass its own `message` line. `load()` shows the saved account (never its
    password); `save(on_saved)` checks and stores it. Emits `provider_chosen(key)` whenever the provider shown as
    chosen changes ("" for none).
    """

    provider_chosen = Signal(str)

    def __init__(self, email: EmailAccountService, runner: BackgroundRunner, parent: QWidget | None = None,
                 message: QLabel | None = None, together: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._email, self._runner = email, runner
        self._saved: EmailAccount | None = None
        self._preset: str | None = None
        self.column = column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GAP_PX)

        self.provider_part, grid = _part()
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

        self.address_part, rows = _part()
        self.address = _field(rows, tr("Email address"), "email_address")
        self.address.textEdited.connect(self._address_typed)
        self.password_part, rows = _part()
        self.password_words = label(tr("Password"))
        self.password = _edit("email_password", tr("Password"))
        _row(rows, self.password_words, self.password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = label(role="quiet")
        self.note.setObjectName("email_note")
        self.note.setVisible(False)
        rows.addWidget(self.note, rows.rowCount(), 0, 1, 2)

        self.incoming_part, rows = _part()
        self.imap_host, self.imap_port = _server(rows, tr("Incoming mail server (IMAP)"), "email_imap_host",
                                                 tr("Incoming mail port"), "email_imap_port")
        # "none" is for a server on this computer only; it is shown just when the saved account (set up from the
        # command line) uses it, so that the form can show that account as it is.
        self.security = ChoiceRow("email_security", [("ssl", tr("SSL/TLS")), ("starttls", tr("STARTTLS")),
                                                     ("none", tr("None (this computer only)"))], tr("Security"))
        self.security.chosen.connect(self._security_chosen)
        self.security.buttons["none"].setVisible(False)
        _row(rows, tr("Security"), self.security)
        self.outgoing_part, rows = _part()
        self.smtp_host, self.smtp_port = _server(rows, tr("Outgoing mail server (SMTP)"), "email_smtp_host",
                                                 tr("Outgoing mail port"), "email_smtp_port")
        self.username = _field(rows, tr("User name (leave empty if it is the email address)"), "email_username")

        self.message = message if message is not None else label(role="error")
        if message is None:
            self.message.setObjectName("email_message")
        if together:
            column.addWidget(label(tr("Who provides the email account?")))
            for part in (self.provider_part, self.address_part, self.password_part):
                column.addWidget(part)
            column.addWidget(label(tr("The mail servers (filled in for the providers above)"), "big"))
            column.addWidget(self.incoming_part)
            column.addWidget(self.outgoing_part)
            column.addWidget(self.message)

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
            self.note.setText(core_tr(preset.app_password_help))
        elif key == OTHER:
            self.note.setText(tr("Most providers need an app password rather than the usual one. Their help "
                                 "pages say how to make one, and give the server names and ports for mail "
                                 "programs."))
        self.note.setVisible(key is not None)
        self.provider_chosen.emit(key or "")

    def provider(self) -> str:
        """The provider shown as chosen: a provider's key, OTHER, or "" for none yet."""
        return self._preset or ""

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
        chosen = self._security()
        self.check_address()
        if not self.imap_host.text().strip():
            raise UserError(tr("Please type the incoming mail server's name, like imap.example.com."))
        if not self.smtp_host.text().strip():
            raise UserError(tr("Please type the outgoing mail server's name, like smtp.example.com."))
        return make_account(self.address.text(), self.imap_host.text(), self.smtp_host.text(), chosen,
                            self.imap_port.text().strip(), self.smtp_port.text().strip(), self.username.text())

    def check_address(self) -> str:
        """The typed address, checked; a UserError says in plain words what is wrong."""
        if not self.address.text().strip():
            raise UserError(tr("Please type the email address."))
        return normalise_email(self.address.text())

    def check_address_and_password(self) -> None:
        """The address and password on their own (before any server is typed): a UserError says what is wrong."""
        address = self.check_address()
        if not self.password.text() and not (self._saved is not None and self._saved.address == address):
            raise UserError(tr("Please type the password (for most providers, an app password)."))

    def check_incoming(self) -> None:
        """The incoming server, its port and the security on their own (before the outgoing server is typed)."""
        if not self.imap_host.text().strip():
            raise UserError(tr("Please type the incoming mail server's name, like imap.example.com."))
        # Checked as an account whose outgoing server is the same: only what is typed so far can be found wrong.
        make_account(self.check_address(), self.imap_host.text(), self.imap_host.text(), self._security(),
                     self.imap_port.text().strip(), None, "")

    def _security(self) -> str:
        chosen = next((key for key, button in self.security.buttons.items() if button.isChecked()), "")
        if not chosen:
            raise UserError(tr("Please choose the security: SSL/TLS or STARTTLS."))
        return chosen

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
