"""First run: a household that is not set up yet (no name, no PIN) gets a step-by-step setup instead of Home.

1) the person's first name (or "Try the demo instead"); 2) the language CareLink speaks (each by its own name; the
steps after it are in that language at once); 3) the country they live in, which sets the emergency number Report a
concern shows; 4) the admin PIN, typed twice; 5) the email account (the same form as in Settings; it can be
skipped); 6) the family, at least one person; 7) the carer (can be skipped).
Then Home. Each step is stored as soon as Next is pressed, so going Back shows what was saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.admin_pin import validate_pin
from carelink.services.contacts import Contact
from carelink.services.locales import (
    LANGUAGES,
    emergency_number_for,
    locale_for_country,
    locale_for_language,
)
from carelink.ui.fitting import FittingStack
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.country_choice import OTHER, CountryChoice, LanguageChoice
from carelink.ui.settings.email_form import EmailForm
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, Screen, button_row, error_words, label, tr

NAME, LANGUAGE, COUNTRY, PIN, EMAIL, FAMILY, CARER = range(7)
STEPS = 7


def _field_beside(column: QVBoxLayout, words: str, name: str) -> QLineEdit:
    """A text box with its words beside it, not above: a step then fits the screen at the largest text."""
    row = QHBoxLayout()
    row.setSpacing(GAP_PX)
    row.addWidget(label(words), 1)
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(words)
    row.addWidget(edit, 1)
    column.addLayout(row)
    return edit


def _step_page(words: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    page.setObjectName("screen")
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(GAP_PX)
    column.addWidget(label(words))
    return page, column


class FirstRunScreen(Screen):
    """The setup steps with Back and Next. Emits `finished()` after the last step and `demo_requested()` when
    "Try the demo instead" is pressed."""

    finished = Signal()
    demo_requested = Signal()

    def __init__(self, household: Household, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Welcome to CareLink"), "first_run", parent=parent)
        self.home_button.setVisible(False)  # there is no Home to go to until the setup is done
        # The first step's words welcome them; the room a title would take is the steps' own, so that each fits
        # the screen at the largest text.
        self.title.setVisible(False)
        self._household, self._runner = household, runner
        self._country_choice = ""  # the country chosen on its step (come back to, it is shown chosen)
        self.stack = FittingStack()
        self.body_layout.addWidget(self.stack)

        page, column = _step_page(tr("Welcome to CareLink. All of this can be changed later in Settings."))
        self.name = _field_beside(column, tr("What is their first name?"), "first_run_name")
        column.addWidget(label(tr("Just looking? The demo has a pretend family: nothing reaches a real person."),
                               "quiet"))
        self.demo = BigButton(tr("Try the demo instead"))
        self.demo.setObjectName("first_run_demo")
        self.demo.clicked.connect(self.demo_requested)
        column.addLayout(button_row(self.demo))
        self.stack.addWidget(page)

        page, column = _step_page(tr("Which language should CareLink speak? Its emails to the family are written "
                                     "in it too."))
        self.language = LanguageChoice("first_run_language")
        self.language.chosen.connect(self._language_chosen)
        column.addWidget(self.language)
        self.stack.addWidget(page)

        page, column = _step_page(tr("Which country do they live in?"))
        self.country = CountryChoice("first_run_country")
        self.country.chosen.connect(self._country_chosen)
        column.addWidget(self.country)
        self.emergency = _field_beside(column, tr("Emergency number"), "first_run_emergency")
        self.stack.addWidget(page)

        page, column = _step_page(tr("Choose a 4-digit PIN for Settings, so that only the family can change "
                                     "them. Write it down somewhere safe."))
        self.pin = _field_beside(column, tr("New 4-digit PIN"), "first_run_pin")
        self.pin_again = _field_beside(column, tr("The same PIN again"), "first_run_pin_again")
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(4)
        self.stack.addWidget(page)

        page, column = _step_page(tr("The email account CareLink reads the family's messages from. If you do not "
                                     "have its details to hand, press Skip for now and set it up later in "
                                     "Settings."))
        self.email = EmailForm(household.email, runner)
        column.addWidget(self.email)
        self.stack.addWidget(page)

        page, column = _step_page(tr("Who in the family will send messages? Only their messages reach the "
                                     "wall; others wait in Settings."))
        self.added = label()
        self.added.setObjectName("first_run_added")
        column.addWidget(self.added)
        self.family_name = _field_beside(column, tr("Name"), "first_run_family_name")
        self.family_email = _field_beside(column, tr("Email address"), "first_run_family_email")
        self.add_another = BigButton(tr("Add another person"))
        self.add_another.setObjectName("first_run_add_another")
        self.add_another.clicked.connect(self._add_another)
        column.addLayout(button_row(self.add_another))
        self.stack.addWidget(page)

        page, column = _step_page(tr("The carer: the person who gets a message when something is wrong. You can "
                                     "skip this and add them later in Settings → Contacts."))
        self.carer_name = _field_beside(column, tr("Carer's name"), "first_run_carer_name")
        self.carer_email = _field_beside(column, tr("Carer's email address"), "first_run_carer_email")
        self.stack.addWidget(page)

        self.body_layout.addStretch(1)
        # The step number, Back / Next and the message sit above the step, so they stay in view whatever the text
        # size while a long step scrolls. (Created last, so Tab goes through a step's boxes before reaching Next.)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        row = QHBoxLayout()
        row.setSpacing(GAP_PX)
        self.counter = label(role="big", wrap=False)
        self.counter.setObjectName("first_run_counter")
        row.addWidget(self.counter)
        row.addStretch(1)
        self.back = BigButton(tr("Back"))
        self.back.setObjectName("first_run_back")
        self.back.clicked.connect(self.go_back)
        self.skip = BigButton(tr("Skip for now"))
        self.skip.setObjectName("first_run_skip")
        self.skip.clicked.connect(self.skip_step)
        self.next = BigButton(tr("Next"))
        self.next.setObjectName("first_run_next")
        self.next.clicked.connect(self.go_next)
        for button in (self.back, self.skip, self.next):
            row.addWidget(button)
        outer.insertLayout(1, row)
        self.message = label(role="error")
        self.message.setObjectName("first_run_message")
        outer.insertWidget(2, self.message)
        self.show_step(NAME)

    # --- moving between steps ---------------------------------------------------------------------------------

    def step(self) -> int:
        return self.stack.currentIndex()

    def spoken_title(self) -> str:
        return tr("Setting up, step {number} of {total}").format(number=self.step() + 1, total=STEPS)

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.counter.setText(tr("Step {number} of {total}").format(number=step + 1, total=STEPS))
        self.title_changed.emit()  # the window's name for a screen reader says the step too
        self._say("")
        self.back.setVisible(step != NAME)
        self.skip.setVisible(step in (EMAIL, CARER))
        self.next.setText(tr("Finish") if step == CARER else tr("Next"))
        self.next.updateGeometry()
        self._busy(False)
        household = self._household
        if step == NAME:
            self.name.setText(household.settings.person_name)
            self.name.setFocus()
        elif step == LANGUAGE:
            self.language.select(household.settings.locale.partition("-")[0] if household.settings.get("locale")
                                 else "")
            focus = self.language.buttons.get(self.language.value() or "en")
            if focus is not None:
                focus.setFocus()
        elif step == COUNTRY:
            settings = household.settings  # chosen before (and come back to): shown as it was chosen
            # (choosing the language stores a locale too, but never chooses the country: that is asked for)
            chosen = self._country_choice
            self.country.select(chosen)
            self.emergency.setText(settings.emergency_number if chosen else "")
            focus = self.country.buttons.get(self.country.value() or "GB")
            if focus is not None:
                focus.setFocus()
        elif step == PIN:
            self.pin.clear()
            self.pin_again.clear()
            self.pin.setFocus()
        elif step == EMAIL:
            self.email.load()
            self.email.address.setFocus()
        elif step == FAMILY:
            self._show_added()
            self.family_name.setFocus()
        else:
            self.carer_name.setFocus()
        self.scroller.verticalScrollBar().setValue(0)

    def entered(self) -> None:
        self.show_step(self.step())

    def retranslate(self) -> None:
        """The words made with values, in the language just chosen (the rest is retranslated for us)."""
        self.counter.setText(tr("Step {number} of {total}").format(number=self.step() + 1, total=STEPS))
        self.title_changed.emit()

    def go_back(self) -> None:
        if self.step() > NAME:
            self.show_step(self.step() - 1)

    def skip_step(self) -> None:
        if self.step() == CARER:
            self.finished.emit()
        else:
            self.show_step(self.step() + 1)

    def _forward(self) -> None:
        if self.step() == CARER:
            self.finished.emit()
        else:
            self.show_step(self.step() + 1)

    def _say(self, words: str) -> None:
        """The message under the step; hidden when empty, so the step keeps the room."""
        self.message.setText(words)
        self.message.setVisible(bool(words))

    def _busy(self, busy: bool) -> None:
        for button in (self.back, self.next, self.skip, self.add_another):
            button.setEnabled(not busy)

    def _fail(self, error: BaseException) -> None:
        self._busy(False)
        self._say(error_words(error) if isinstance(error, UserError)
                             else tr("That could not be saved. Please try again."))

    def _in_background(self, work: Callable[[], object], then: Callable[[], None]) -> None:
        self._busy(True)
        self._runner.run_task(work, lambda _: then(), self._fail, owner=self)

    # --- each step's Next -------------------------------------------------------------------------------------

    def go_next(self) -> None:
        self._say("")
        try:
            [self._name_done, self._language_done, self._country_done, self._pin_done, self._email_done,
             self._family_done, self._carer_done][self.step()]()
        except UserError as error:
            self._say(error_words(error))

    def _name_done(self) -> None:
        self._household.settings.set("person.name", self.name.text())
        self._forward()

    def _language_chosen(self, code: str) -> None:
        """The household's language, at once: this step and the ones after it are in it."""
        settings = self._household.settings
        settings.set("locale", locale_for_language(settings.locale, code))

    def _language_done(self) -> None:
        if self.language.value() not in LANGUAGES:
            raise UserError(tr("Please choose the language CareLink should speak."))
        self._forward()

    def _country_chosen(self, code: str) -> None:
        if code == OTHER:
            self.emergency.clear()
            self.emergency.setFocus()
        else:
            self.emergency.setText(emergency_number_for(locale_for_country(self._household.settings.locale, code)))

    def _country_done(self) -> None:
        code = self.country.value()
        if not code:
            raise UserError(tr("Please choose the country they live in, or Elsewhere."))
        self._household.settings.choose_country("" if code == OTHER else code, self.emergency.text())
        self._country_choice = code
        self._forward()

    def _pin_done(self) -> None:
        new, again = self.pin.text(), self.pin_again.text()
        if not new and not again and self._household.pin.is_set():
            self._forward()  # came back to this step: the PIN chosen before stays
            return
        validate_pin(new)
        if new != again:
            raise UserError(tr("The two PINs are different. Please type them again."))
        # Hashing the PIN takes a moment: never on the GUI thread.
        self._in_background(lambda: self._household.pin.set(new), self._forward)

    def _email_done(self) -> None:
        if self.email.is_saved():
            self._forward()
            return

        def not_saved() -> None:
            self._busy(False)
            self.scroller.ensureWidgetVisible(self.email.message)

        if self.email.save(self._forward, not_saved):
            self._busy(True)
        else:
            self.scroller.ensureWidgetVisible(self.email.message)

    def _family(self) -> list[Contact]:
        return [person for person in self._household.contacts.list() if person.role == "family"]

    def _show_added(self) -> None:
        names = ", ".join(person.name for person in self._family())
        self.added.setText(tr("On the list so far: {names}").format(names=names) if names else "")
        self.added.setVisible(bool(names))

    def _add_family(self, then: Callable[[], None]) -> None:
        name, email = self.family_name.text(), self.family_email.text()

        def added() -> None:
            self.family_name.clear()
            self.family_email.clear()
            self._show_added()
            then()

        self._in_background(lambda: self._household.contacts.add(name, email, "family"), added)

    def _add_another(self) -> None:
        self._say("")

        def ready() -> None:
            self._busy(False)
            self._say(tr("Added. Type the next person, or press Next."))
            self.family_name.setFocus()

        self._add_family(ready)

    def _family_done(self) -> None:
        typed = self.family_name.text().strip() or self.family_email.text().strip()
        if typed:
            self._add_family(self._forward)
        elif self._family():
            self._forward()
        else:
            raise UserError(tr("Please add at least one family member, so that their messages can reach the wall."))

    def _carer_done(self) -> None:
        name, email = self.carer_name.text(), self.carer_email.text()
        if not name.strip() and not email.strip():
            self._forward()
            return
        self._in_background(lambda: self._household.contacts.add(name, email, "carer"), self._forward)
