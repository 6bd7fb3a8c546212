"""The smaller Settings pages: text and colours, reading aloud, the person, the PIN, the email account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.secrets import SecretStatus, SecretStore
from carelink.services.admin_pin import AdminPin
from carelink.services.email_account import EmailAccountService
from carelink.services.locales import country_of, emergency_number_for, locale_for_country, locale_for_language
from carelink.services.settings import SettingsService
from carelink.services.status import Connection, ConnectionStatus
from carelink.speech import Speaker, Voice, voices_speaking
from carelink.ui.reading import apply_speech_settings
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.country_choice import OTHER, CountryChoice, LanguageChoice
from carelink.ui.settings.email_form import EmailForm
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, error_words, label, labelled_field, tr
from carelink.ui.widgets_choice import ChoiceRow


class Page(QWidget):
    """A settings page: a heading, then its controls in a column. `entered()` refreshes it when shown."""

    def __init__(self, heading: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.page_name = name
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(GAP_PX)
        self.column.addWidget(label(heading, "big"))

    def field(self, words: str, name: str) -> QLineEdit:
        return labelled_field(self.column, words, name)

    def entered(self) -> None:
        """Called each time the page is shown."""


class DisplayPage(Page):
    """Text size (100–200%) and the high-contrast theme; both apply at once."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(tr("Text and colours"), "display", parent)
        self._settings = settings
        self.column.addWidget(label(tr("Text size")))
        self.sizes = ChoiceRow("text_size", [(v, f"{v}%") for v in ("100", "125", "150", "200")],
                               tr("Text size"))
        self.sizes.chosen.connect(lambda v: self._settings.set("display.text_size", v))
        self.column.addWidget(self.sizes)
        self.column.addWidget(label(tr("Colours")))
        self.contrast = ChoiceRow("contrast", [("off", tr("Standard")), ("on", tr("High contrast"))], tr("Colours"))
        self.contrast.chosen.connect(lambda v: self._settings.set("display.high_contrast", v))
        self.column.addWidget(self.contrast)
        self.column.addStretch(1)

    def entered(self) -> None:
        self.sizes.select(self._settings.get("display.text_size"))
        self.contrast.select(self._settings.get("display.high_contrast"))


class VoicePage(Page):
    """The read-aloud voice (from the speech engine, listed in the background), its speed, and how loud voice
    messages and videos play on the wall."""

    def __init__(self, settings: SettingsService, speaker: Speaker, runner: BackgroundRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Reading aloud"), "voice", parent)
        self._settings, self._speaker, self._runner = settings, speaker, runner
        self.column.addWidget(label(tr("Speed")))
        self.rates = ChoiceRow("rate", [("slow", tr("Slow")), ("normal", tr("Normal")), ("fast", tr("Fast"))],
                               tr("Speed"))
        self.rates.chosen.connect(self._rate_chosen)
        self.column.addWidget(self.rates)
        self.column.addWidget(label(tr("Voice")))
        self.voices = QListWidget()
        self.voices.setObjectName("voice_list")
        self.voices.setAccessibleName(tr("Voice"))
        self.voices.setMinimumHeight(240)
        self.voices.currentItemChanged.connect(self._voice_chosen)
        self.column.addWidget(self.voices)
        self.note = label(role="quiet")
        self.column.addWidget(self.note)
        self.try_button = BigButton(tr("Try the voice"), "speaker")
        self.try_button.setObjectName("voice_try")
        self.try_button.clicked.connect(self.try_voice)
        self.column.addWidget(self.try_button)
        self.column.addWidget(label(tr("Loudness of voice messages and videos")))
        self.volumes = ChoiceRow("volume", [(v, f"{v}%") for v in ("25", "50", "75", "100")],
                                 tr("Loudness of voice messages and videos"))
        self.volumes.chosen.connect(lambda v: self._settings.set("speech.volume", v))
        self.column.addWidget(self.volumes)
        self.column.addStretch(1)

    def entered(self) -> None:
        self.rates.select(self._settings.get("speech.rate"))
        self.volumes.select(self._settings.get("speech.volume"))
        self.note.setText(tr("Looking for voices…"))
        self._runner.run_task(self._speaker.voices, self._show_voices, self._no_voices, owner=self)

    def _show_voices(self, voices: list[Voice]) -> None:
        current = self._settings.get("speech.voice")
        self.voices.blockSignals(True)
        self.voices.clear()
        default = QListWidgetItem(tr("The computer's usual voice"))
        default.setData(Qt.ItemDataRole.UserRole, "")
        self.voices.addItem(default)
        language = self._settings.locale.partition("-")[0]
        for voice in voices_speaking(voices, language):  # only the voices that speak the household's language
            item = QListWidgetItem(voice.name)
            item.setData(Qt.ItemDataRole.UserRole, voice.id)
            self.voices.addItem(item)
            if voice.id == current:
                self.voices.setCurrentItem(item)
        if not current:
            self.voices.setCurrentItem(default)
        self.voices.blockSignals(False)
        self.note.setText("")

    def _no_voices(self, error: BaseException) -> None:
        self.note.setText(error_words(error) if isinstance(error, UserError) else tr("No voices could be found."))

    def _apply(self) -> None:
        apply_speech_settings(self._settings, self._speaker, self._runner, self)

    def _rate_chosen(self, rate: str) -> None:
        self._settings.set("speech.rate", rate)
        self._apply()

    def _voice_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._settings.set("speech.voice", str(item.data(Qt.ItemDataRole.UserRole)))
            self._apply()

    def try_voice(self) -> None:
        name = self._settings.person_name
        self._speaker.say(tr("Hello {name}. This is how I will read your messages.").format(name=name))


class PersonPage(Page):
    """The older adult's name, their locale and the emergency number shown on the concern screen."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(tr("About the person using CareLink"), "person", parent)
        self._settings = settings
        self.name = self.field(tr("Their first name"), "person_name")
        self.column.addWidget(label(tr("The language CareLink speaks and writes its emails in (it changes at "
                                       "once)")))
        self.language = LanguageChoice("person_language")
        self.language.chosen.connect(self._language_chosen)
        self.column.addWidget(self.language)
        self.column.addWidget(label(tr("The country they live in (it sets the emergency number)")))
        self.country = CountryChoice("person_country", columns=3)  # Settings' page is a little narrower
        self.country.chosen.connect(self._country_chosen)
        self.column.addWidget(self.country)
        self.locale_field = self.field(tr("Language and country, like en-GB (leave empty for this computer's)"),
                                 "person_locale")
        self.emergency = self.field(tr("Emergency number (leave empty for the country's own)"),
                                    "person_emergency")
        self.save = BigButton(tr("Save"))
        self.save.setObjectName("person_save")
        self.save.clicked.connect(self.save_changes)
        self.column.addWidget(self.save)
        self.message = label(role="error")
        self.message.setObjectName("person_message")
        self.column.addWidget(self.message)
        self.column.addStretch(1)

    def entered(self) -> None:
        self.name.setText(self._settings.get("person.name"))
        self.locale_field.setText(self._settings.get("locale"))
        self.language.select(self._settings.locale.partition("-")[0])
        self.emergency.setText(self._settings.get("emergency.number"))
        self.emergency.setPlaceholderText(emergency_number_for(self._settings.locale))
        self.country.select(country_of(self._settings.locale) if not self._settings.get("emergency.number")
                            else OTHER)
        self.message.setText("")

    def _language_chosen(self, code: str) -> None:
        """The household's language, at once (every screen and email from now on)."""
        locale = locale_for_language(self.locale_field.text().strip() or self._settings.locale, code)
        self._settings.set("locale", locale)
        self.locale_field.setText(locale)

    def _country_chosen(self, code: str) -> None:
        """Fills in the boxes below for that country (saved with Save, like the rest of the page)."""
        if code == OTHER:
            self.emergency.setFocus()
            return
        locale = locale_for_country(self.locale_field.text().strip() or self._settings.locale, code)
        self.locale_field.setText(locale)
        self.emergency.clear()
        self.emergency.setPlaceholderText(emergency_number_for(locale))

    def save_changes(self) -> None:
        """Check every field first, so one bad field changes nothing at all."""
        values = {"person.name": self.name.text(), "locale": self.locale_field.text(),
                  "emergency.number": self.emergency.text()}
        try:
            for key, value in values.items():
                self._settings.validate(key, value)
            for key, value in values.items():
                self._settings.set(key, value)
        except UserError as error:
            self.message.setText(error_words(error))
            return
        self.message.setText(tr("Saved."))
        self.emergency.setPlaceholderText(emergency_number_for(self._settings.locale))


class PinPage(Page):
    """Changing the admin PIN: the new one typed twice."""

    def __init__(self, pin: AdminPin, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Change the PIN"), "change_pin", parent)
        self._pin, self._runner = pin, runner
        self.first = self.field(tr("New 4-digit PIN"), "pin_new")
        self.second = self.field(tr("The same PIN again"), "pin_again")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(4)
        self.save = BigButton(tr("Change PIN"))
        self.save.setObjectName("pin_change")
        self.save.clicked.connect(self.change)
        self.column.addWidget(self.save)
        self.message = label(role="error")
        self.message.setObjectName("pin_change_message")
        self.column.addWidget(self.message)
        self.column.addStretch(1)

    def entered(self) -> None:
        self.first.clear()
        self.second.clear()
        self.message.setText("")

    def change(self) -> None:
        new, again = self.first.text(), self.second.text()
        if new != again:
            self.message.setText(tr("The two PINs are different. Please type them again."))
            return
        self._runner.run_task(lambda: self._pin.set(new), lambda _: self._changed(), self._failed, owner=self)

    def _changed(self) -> None:
        self.entered()
        self.message.setText(tr("The PIN has been changed."))

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_words(error) if isinstance(error, UserError) else tr("The PIN could not be saved."))


class EmailPage(Page):
    """The email account: the shared form, Save and Test connection, and where passwords are kept (the keyring
    is asked in the background)."""

    def __init__(self, email: EmailAccountService, secrets: SecretStore, runner: BackgroundRunner,
                 parent: QWidget | None = None, status: ConnectionStatus | None = None) -> None:
        super().__init__(tr("Email account"), "email", parent)
        self._email, self._secrets, self._runner, self._status = email, secrets, runner, status
        self.column.addWidget(label(tr("CareLink reads the family's messages from this email account and sends "
                                       "replies from it. It is best to make a new address just for CareLink.")))
        self.form = EmailForm(email, runner)
        self.column.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP_PX)
        self.save = BigButton(tr("Save"))
        self.save.setObjectName("email_save")
        self.save.clicked.connect(self.save_account)
        self.test = BigButton(tr("Test connection"))
        self.test.setObjectName("email_test")
        self.test.clicked.connect(self.test_connection)
        buttons.addWidget(self.save)
        buttons.addWidget(self.test)
        buttons.addStretch(1)
        # The buttons sit above the form's message line, so the answer appears right under them.
        self.form.column.insertLayout(self.form.column.indexOf(self.form.message), buttons)
        self.keyring = label(role="quiet")
        self.keyring.setObjectName("email_keyring")
        self.column.addWidget(self.keyring)
        self.column.addStretch(1)

    @property
    def message(self) -> QLabel:
        return self.form.message

    def entered(self) -> None:
        self.form.load()
        if self._status is not None and self._status.state is Connection.LOGIN_REFUSED:
            self.form.message.setText(tr("Your family needs to check the email password"))
        # True whatever the answer (with no store, nothing is saved at all); replaced only when there is a problem,
        # so the line does not change size under the family's eyes.
        self.keyring.setText(tr("CareLink keeps passwords only in this computer's password store, never in its own "
                                "files."))
        self._runner.run_task(self._secrets.status, self._show_status, owner=self)

    def _show_status(self, status: SecretStatus) -> None:
        if not status.available:
            self.keyring.setText(status.message)

    def _busy(self, busy: bool) -> None:
        self.save.setEnabled(not busy)
        self.test.setEnabled(not busy)

    def save_account(self) -> None:
        if self.form.save(lambda: self._busy(False), lambda: self._busy(False)):
            self._busy(True)

    def test_connection(self) -> None:
        """Signs in to both servers of the saved account in the background and says how it went."""
        if not self.form.is_saved():
            self.form.message.setText(tr("Please save first: Test connection checks the saved account."))
            return
        self._busy(True)
        self.form.message.setText(tr("Checking… this can take up to a minute."))
        self._runner.run_task(self._email.test_connection, self._tested, self._not_tested, owner=self)

    def _tested(self, answer: str) -> None:
        self._busy(False)
        self.form.message.setText(tr(answer))
        if self._status is not None and not self._status.can_send:  # both servers took the password just now
            self._status.set(Connection.UP_TO_DATE)

    def _not_tested(self, error: BaseException) -> None:
        self._busy(False)
        self.form.message.setText(error_words(error) if isinstance(error, UserError)
                                  else tr("CareLink could not check the email account. Please try again."))
