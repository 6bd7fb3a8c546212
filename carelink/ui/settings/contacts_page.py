"""Settings → Contacts: the list of people, and a form to add or change one (with a photo from a file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carelink.errors import UserError
from carelink.services.call_links import check_call_link
from carelink.services.calls import CallService
from carelink.services.contacts import Contact, ContactService
from carelink.services.delivery import Courier
from carelink.services.locales import LANGUAGES
from carelink.services.outbox import OutboxItem
from carelink.ui.fitting import FittingStack
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.country_choice import LanguageChoice
from carelink.ui.settings.pages import Page
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, button_row, core_tr, error_words, label, labelled_field, tr
from carelink.ui.widgets_choice import ChoiceRow
from carelink.ui.widgets_portrait import Avatar


def _role_words(contact: Contact) -> str:
    if contact.role == "carer":
        return tr("backup carer") if contact.backup else tr("carer")
    return tr("family")


class ContactForm(QWidget):
    """The add/change form. Holds the contact being changed (None when adding) and the photo chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GAP_PX)
        self.heading = label(role="big")
        column.addWidget(self.heading)
        self.name = labelled_field(column, tr("Name"), "contact_name")
        self.email = labelled_field(column, tr("Email address"), "contact_email")
        self.phone = labelled_field(column, tr("Phone number (for a carer: shown if a concern cannot be sent)"),
                                    "contact_phone")
        column.addWidget(label(tr("Who are they?")))
        self.role = ChoiceRow("contact_role", [("family", tr("Family")), ("carer", tr("Carer"))], tr("Who are they?"))
        column.addWidget(self.role)
        self.backup = ChoiceRow("contact_backup", [("no", tr("Main carer")), ("yes", tr("Backup carer"))],
                                tr("Main or backup carer"))
        column.addWidget(self.backup)
        # A carer (an agency, say) may read another language than the household's: their emails come in theirs
        # (the household's is chosen until another is).
        self.language_words = label(tr("Language"))
        column.addWidget(self.language_words)
        self.language = LanguageChoice("contact_language", columns=5)
        column.addWidget(self.language)
        self.household_language = "en"
        self.role.chosen.connect(self._role_changed)
        photo_row = QHBoxLayout()
        photo_row.setSpacing(GAP_PX)
        self.avatar_slot = QHBoxLayout()
        photo_row.addLayout(self.avatar_slot)
        self.choose_photo = BigButton(tr("Choose a photo…"))
        self.choose_photo.setObjectName("contact_photo")
        self.choose_photo.clicked.connect(self._pick_photo)
        photo_row.addWidget(self.choose_photo)
        photo_row.addStretch(1)
        column.addLayout(photo_row)
        self._add_call_fields(column)
        self.save = BigButton(tr("Save"))
        self.save.setObjectName("contact_save")
        self.cancel = BigButton(tr("Cancel"))
        self.cancel.setObjectName("contact_cancel")
        column.addLayout(button_row(self.save, self.cancel))
        self.message = label(role="error")
        self.message.setObjectName("contact_message")
        column.addWidget(self.message)
        column.addStretch(1)
        self.editing: Contact | None = None
        self.photo: Path | None = None
        self._avatar: Avatar | None = None

    def start(self, contact: Contact | None) -> None:
        self.editing, self.photo = contact, None
        self.heading.setText(tr("Change {name}").format(name=contact.name) if contact else tr("Add a contact"))
        self.name.setText(contact.name if contact else "")
        self.email.setText(contact.email if contact else "")
        self.phone.setText(contact.phone or "" if contact else "")
        self.role.select(contact.role if contact else "family")
        self.backup.select("yes" if contact and contact.backup else "no")
        self.language.select(contact.language or self.household_language if contact else self.household_language)
        self._role_changed(contact.role if contact else "family")
        self.message.setText("")
        self._show_avatar(contact.photo if contact else None)
        own_link = contact.call_url if contact else None
        self.call_method.select("own" if own_link else "room")
        self.call_link.setText(own_link or "")
        self._call_method_changed("own" if own_link else "room")
        self.auto_answer.select("yes" if contact and contact.auto_answer else "no")
        self.name.setFocus()

    def _add_call_fields(self, column: QVBoxLayout) -> None:
        """How their video calls go: a Jitsi room CareLink makes for them, or their own link; and whether their
        calls answer by themselves (after a 10-second countdown on the screen)."""
        self.call_fields = QWidget()
        self.call_fields.setObjectName("screen")
        fields = QVBoxLayout(self.call_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setSpacing(GAP_PX)
        fields.addWidget(label(tr("Calls use:")))
        self.call_method = ChoiceRow("contact_call_method", [("room", tr("A video room made for them")),
                                                             ("own", tr("Their own link"))], tr("Calls use:"))
        fields.addWidget(self.call_method)
        words = tr("Their call link (it starts with https://), or their phone number")
        self.call_link_words = label(words)
        fields.addWidget(self.call_link_words)
        self.call_link = QLineEdit()
        self.call_link.setObjectName("contact_call_link")
        self.call_link.setAccessibleName(words)
        fields.addWidget(self.call_link)
        fields.addWidget(label(tr("Answer their calls by themselves, after a 10-second countdown?")))
        self.auto_answer = ChoiceRow("contact_auto_answer", [("no", tr("No, ring and wait")),
                                                             ("yes", tr("Yes, answer by themselves"))],
                                     tr("Answer their calls by themselves, after a 10-second countdown?"))
        fields.addWidget(self.auto_answer)
        self.call_method.chosen.connect(self._call_method_changed)
        column.addWidget(self.call_fields)

    def _call_method_changed(self, method: str) -> None:
        self.call_link_words.setVisible(method == "own")
        self.call_link.setVisible(method == "own")

    def call_values(self) -> tuple[str | None, bool]:
        """Their own link as typed (None for the room CareLink makes), and whether calls answer by themselves."""
        own = self.call_method.buttons["own"].isChecked()
        link = self.call_link.text().strip() if own else None
        if own and not link:
            raise UserError(tr("Please type in their call link, or choose \"A video room made for them\"."))
        return link, self.auto_answer.buttons["yes"].isChecked()

    def _role_changed(self, role: str) -> None:
        for widget in (self.backup, self.language_words, self.language):
            widget.setVisible(role == "carer")

    def language_value(self) -> str | None:
        """A carer's own language for their emails (None: the household's; family read the household's)."""
        chosen = self.language.value()
        carer = self.role.buttons["carer"].isChecked()
        return chosen if carer and chosen in LANGUAGES and chosen != self.household_language else None

    def _show_avatar(self, photo: Path | None) -> None:
        if self._avatar is not None:
            self._avatar.deleteLater()
        self._avatar = Avatar(self.name.text() or "?", photo, 80)
        self.avatar_slot.addWidget(self._avatar)

    def _pick_photo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Choose a photo"), str(Path.home()),
                                                tr("Photos (*.jpg *.jpeg *.png *.gif)"),
                                                options=QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.set_photo(Path(chosen))

    def set_photo(self, path: Path) -> None:
        self.photo = path
        self._show_avatar(path)

    def values(self) -> tuple[str, str, str, bool, Path | None]:
        role = "carer" if self.role.buttons["carer"].isChecked() else "family"
        backup = role == "carer" and self.backup.buttons["yes"].isChecked()
        return self.name.text(), self.email.text(), role, backup, self.photo


class ContactsPage(Page):
    """Lists contacts with Add, Change and Remove (Remove asks once more, in words, before it acts)."""

    def __init__(self, contacts: ContactService, runner: BackgroundRunner, calls: CallService | None = None,
                 parent: QWidget | None = None, courier: Courier | None = None,
                 household_language: Callable[[], str] = lambda: "en") -> None:
        super().__init__(tr("Contacts"), "contacts", parent)
        self._contacts, self._runner, self._calls, self._courier = contacts, runner, calls, courier
        self._household_language = household_language
        self._people: list[Contact] = []
        self.stack = FittingStack()
        self.column.addWidget(self.stack, 1)

        listing = QWidget()
        listing.setObjectName("screen")
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GAP_PX)
        self.list = QListWidget()
        self.list.setObjectName("contacts_list")
        self.list.setAccessibleName(tr("Contacts"))
        self.list.setMinimumHeight(260)
        column.addWidget(self.list)
        self.no_carer = label(role="error")
        self.no_carer.setObjectName("contacts_no_carer")
        self.no_carer.setVisible(False)
        column.addWidget(self.no_carer)
        self.not_sent = label(role="error")  # concerns and alerts the mail server refused for good, and why
        self.not_sent.setObjectName("contacts_not_sent")
        self.not_sent.setVisible(False)
        column.addWidget(self.not_sent)
        self.add_button = BigButton(tr("Add a contact"))
        self.add_button.setObjectName("contacts_add")
        self.change_button = BigButton(tr("Change"))
        self.change_button.setObjectName("contacts_change")
        self.remove_button = BigButton(tr("Remove"))
        self.remove_button.setObjectName("contacts_remove")
        column.addLayout(button_row(self.add_button, self.change_button, self.remove_button))
        self.confirm_remove = BigButton("")
        self.confirm_remove.setObjectName("contacts_confirm_remove")
        self.keep = BigButton(tr("Keep them"))
        self.keep.setObjectName("contacts_keep")
        column.addLayout(button_row(self.confirm_remove, self.keep))
        self.message = label(role="error")
        self.message.setObjectName("contacts_message")
        column.addWidget(self.message)
        self.stack.addWidget(listing)
        self.form = ContactForm()
        self.form.call_fields.setVisible(calls is not None)
        self.stack.addWidget(self.form)

        self.add_button.clicked.connect(lambda: self._open_form(None))
        self.change_button.clicked.connect(self._change_selected)
        self.remove_button.clicked.connect(self._ask_remove)
        self.confirm_remove.clicked.connect(self._remove)
        self.keep.clicked.connect(lambda: self._show_confirm(False))
        self.form.save.clicked.connect(self.save_form)
        self.form.cancel.clicked.connect(self.entered)
        self._show_confirm(False)

    def entered(self) -> None:
        self.stack.setCurrentIndex(0)
        self._show_confirm(False)
        self.message.setText("")
        self.refresh()

    def refresh(self) -> None:
        self._people = self._contacts.list()
        self.list.clear()
        for person in self._people:
            item = QListWidgetItem(f"{person.name} — {_role_words(person)} — {person.email}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        if self._people:
            self.list.setCurrentRow(0)
        no_carer = not any(person.role == "carer" for person in self._people)
        family = any(person.role == "family" for person in self._people)
        self.no_carer.setText(
            tr("No carer is set up yet, so \"Report a concern\" goes to the family instead. Add the carer as a "
               "contact and choose \"Carer\".") if family else
            tr("Nobody is set up yet to hear about \"Report a concern\". Add the carer as a contact and choose "
               "\"Carer\"."))
        self.no_carer.setVisible(no_carer)
        courier = self._courier
        if courier is not None:
            self._runner.run_task(courier.failed_important, self._show_not_sent, owner=self)

    def _show_not_sent(self, failed: list[OutboxItem]) -> None:
        """A line for each concern or alert the mail server refused for good: to whom, and the server's reason,
        so the family can correct the address (or the account) and phone the person meanwhile."""
        kinds = {"concern": tr("A concern"), "alert": tr("A missed check-in alert")}
        lines = [tr("{what} could not be sent to {to}: {why}").format(
            what=kinds.get(item.kind, tr("A message")), to=", ".join(item.to), why=item.error_words(core_tr))
            for item in failed[:3]]
        self.not_sent.setText("\n".join(lines))
        self.not_sent.setVisible(bool(lines))

    def selected(self) -> Contact | None:
        row = self.list.currentRow()
        return self._people[row] if 0 <= row < len(self._people) else None

    def _change_selected(self) -> None:
        person = self.selected()
        if person is None:
            self.message.setText(tr("Choose a contact in the list first."))
        else:
            self._open_form(person)

    def _open_form(self, contact: Contact | None) -> None:
        self.form.household_language = self._household_language()
        self.form.start(contact)
        self.stack.setCurrentIndex(1)

    def save_form(self) -> None:
        """Saved in the background, since a photo is copied; the form stays as it is until the answer comes."""
        name, email, role, backup, photo = self.form.values()
        phone = self.form.phone.text()
        language = self.form.language_value()
        editing = self.form.editing
        calls = self._calls
        try:
            link, auto_answer = self.form.call_values()
        except UserError as problem:
            self.form.message.setText(error_words(problem))
            return
        self.form.save.setEnabled(False)
        self.form.message.setText(tr("Saving…"))

        def save() -> Contact:
            if calls is not None and link:
                check_call_link(link)  # a bad link stops the save before anything is stored
            if editing is None:
                contact = self._contacts.add(name, email, role, backup, photo, phone=phone)
            else:
                contact = self._contacts.update(editing.id, name, email, role, backup, photo, phone=phone)
            contact = self._contacts.set_language(contact.id, language)
            if calls is not None:
                contact = calls.set_call_link(contact.id, link, auto_answer)
            return contact

        self._runner.run_task(save, lambda _: self._saved(), self._not_saved, owner=self)

    def _saved(self) -> None:
        self.form.save.setEnabled(True)
        self.entered()

    def _not_saved(self, error: BaseException) -> None:
        self.form.save.setEnabled(True)
        self.form.message.setText(error_words(error) if isinstance(error, UserError)
                                  else tr("The contact could not be saved. Please try again."))

    def _show_confirm(self, visible: bool) -> None:
        self.confirm_remove.setVisible(visible)
        self.keep.setVisible(visible)

    def _ask_remove(self) -> None:
        person = self.selected()
        if person is None:
            self.message.setText(tr("Choose a contact in the list first."))
            return
        self.confirm_remove.setText(tr("Yes, remove {name}").format(name=person.name))
        self._show_confirm(True)
        self.keep.setFocus()

    def _remove(self) -> None:
        person = self.selected()
        if person is not None:
            self._contacts.remove(person.id)
            self.message.setText(tr("{name} has been removed.").format(name=person.name))
        self._show_confirm(False)
        self.refresh()
