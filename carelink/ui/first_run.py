"""First run: a household that is not set up yet (no name, no PIN) gets a step-by-step setup instead of Home.

1) the person's first name (or "Try the demo instead"); 2) the language CareLink speaks (each by its own name; the
steps after it are in that language at once); 3) the country they live in, which sets the emergency number Report a
concern shows; 4) the admin PIN, typed twice; 5-9) the email account (the same form as in Settings, a part at a
time: who provides it; its address; its password, with that provider's note on app passwords; and, only for
"Other", the incoming and the outgoing server; it can be skipped); then the family, at least one person; and the
carer (can be skipped). The steps are counted as they will be taken ("Step 6 of 9" with a known provider, "of 11"
with Other). Then Home. Each step is stored as soon as Next is pressed (the
email account once its last part is done), so going Back shows what was saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.admin_pin import validate_pin
from carelink.services.locales import (
    LANGUAGES,
    emergency_number_for,
    locale_for_country,
    locale_for_language,
    offered_countries,
)
from carelink.translation import language_of
from carelink.ui.first_run_parts import MessageLine, field_beside, step_page
from carelink.ui.first_run_people import FamilySteps
from carelink.ui.fitting import FittingStack
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.country_choice import OTHER, CountryChoice, LanguageChoice
from carelink.ui.settings.email_form import OTHER as OTHER_PROVIDER
from carelink.ui.settings.email_form import EmailForm
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, button_row, error_words, label, tr
from carelink.ui.widgets_screen import Screen

NAME, LANGUAGE, COUNTRY, PIN, PROVIDER, ADDRESS, PASSWORD, INCOMING, OUTGOING, FAMILY, CARER = range(11)
STEPS = 11  # the pages; the person is told how many of them they will take (the servers only for "Other")
SERVER_STEPS = (INCOMING, OUTGOING)
EMAIL_STEPS = (PROVIDER, ADDRESS, PASSWORD, *SERVER_STEPS)


class FirstRunScreen(FamilySteps, Screen):
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

        page, column = step_page(tr("Welcome to CareLink. All of this can be changed later in Settings."))
        self.name = field_beside(column, tr("What is their first name?"), "first_run_name")
        column.addWidget(label(tr("Just looking? The demo has a pretend family: nothing reaches a real person."),
                               "quiet"))
        self.demo = BigButton(tr("Try the demo instead"))
        self.demo.setObjectName("first_run_demo")
        self.demo.clicked.connect(self.demo_requested)
        column.addLayout(button_row(self.demo))
        self.stack.addWidget(page)

        page, column = step_page(tr("Which language should CareLink speak? Its emails to the family are written "
                                     "in it too."))
        self.language = LanguageChoice("first_run_language")
        self.language.chosen.connect(self._language_chosen)
        column.addWidget(self.language)
        self.stack.addWidget(page)

        page, column = step_page(tr("Which country do they live in?"))
        self.country = CountryChoice("first_run_country")
        self.country.chosen.connect(self._country_chosen)
        self.country.offer(offered_countries(language_of(household.settings.locale)))
        column.addWidget(self.country)
        self.emergency = field_beside(column, tr("Emergency number"), "first_run_emergency")
        self.stack.addWidget(page)

        page, column = step_page(tr("Choose a 4-digit PIN for Settings, so that only the family can change "
                                     "them. Write it down somewhere safe."))
        self.pin = field_beside(column, tr("New 4-digit PIN"), "first_run_pin")
        self.pin_again = field_beside(column, tr("The same PIN again"), "first_run_pin_again")
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(4)
        self.stack.addWidget(page)

        # The email account, a part at a time; the form's own words go to the message line above the step.
        self.message = MessageLine("error", self)
        self.message.setObjectName("first_run_message")
        self.email = EmailForm(household.email, runner, self, self.message, together=False)
        self.email.setVisible(False)  # its parts are shown on the steps below
        self.email.provider_chosen.connect(lambda _: self._count())
        page, column = step_page(tr("Which email does CareLink use? It reads the family's messages from it. If "
                                     "you do not have its details to hand, press Skip for now and set it up later "
                                     "in Settings."))
        column.addWidget(self.email.provider_part)
        self.stack.addWidget(page)
        # (The password's step has its own words and the provider's note; the servers' steps, their names.)
        for words, part in ((tr("The email address CareLink uses."), self.email.address_part),
                            ("", self.email.password_part), ("", self.email.incoming_part),
                            ("", self.email.outgoing_part)):
            page, column = step_page(words)
            column.addWidget(part)
            self.stack.addWidget(page)

        page, column = step_page(tr("Who in the family will send messages? Only their messages reach the "
                                     "wall; others wait in Settings."))
        self.added = label()
        self.added.setObjectName("first_run_added")
        column.addWidget(self.added)
        self.family_name = field_beside(column, tr("Name"), "first_run_family_name")
        self.family_email = field_beside(column, tr("Email address"), "first_run_family_email")
        self.add_another = BigButton(tr("Add another person"))
        self.add_another.setObjectName("first_run_add_another")
        self.add_another.clicked.connect(self._add_another)
        column.addLayout(button_row(self.add_another))
        self.stack.addWidget(page)

        page, column = step_page(tr("The carer: the person who gets a message when something is wrong. You can "
                                     "skip this and add them later in Settings → Contacts."))
        self.carer_name = field_beside(column, tr("Carer's name"), "first_run_carer_name")
        self.carer_email = field_beside(column, tr("Carer's email address"), "first_run_carer_email")
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
        # Return in a box does what the family would expect: the next box, or the next step.
        self.pin.returnPressed.connect(self.pin_again.setFocus)
        for box in (self.name, self.emergency, self.pin_again):
            box.returnPressed.connect(self.next.click)
        for button in (self.back, self.skip, self.next):
            row.addWidget(button)
        outer.insertLayout(1, row)
        outer.insertWidget(2, self.message)
        self.show_step(NAME)

    # --- moving between steps ---------------------------------------------------------------------------------

    def step(self) -> int:
        return self.stack.currentIndex()

    def steps(self) -> list[int]:
        """The steps this person will take, in order: the servers only when the provider is "Other"."""
        servers = self.email.provider() == OTHER_PROVIDER or self.step() in SERVER_STEPS
        return [step for step in range(STEPS) if step not in SERVER_STEPS or servers]

    def _place(self) -> tuple[int, int]:
        steps = self.steps()
        return steps.index(self.step()) + 1, len(steps)

    def spoken_title(self) -> str:
        number, total = self._place()
        return tr("Setting up, step {number} of {total}").format(number=number, total=total)

    def _count(self) -> None:
        """The step count, true as the choices change ("of 9" once "Other" is chosen); the window's name too."""
        number, total = self._place()
        self.counter.setText(tr("Step {number} of {total}").format(number=number, total=total))
        self.title_changed.emit()  # the window's name for a screen reader says the step too

    def show_step(self, step: int) -> None:
        if step in EMAIL_STEPS and self.step() not in EMAIL_STEPS:
            self.email.load()  # coming to the email account: the saved one (typing stays while on its steps)
        self.stack.setCurrentIndex(step)
        self._count()
        self._say("")
        self.back.setVisible(step != NAME)
        # Skip only where the email account starts (its later steps have room for their one action, Next).
        self.skip.setVisible(step in (PROVIDER, CARER))
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
            focus = self.country.buttons.get(self.country.value() or offered_countries(language_of(settings.locale))[0])
            if focus is not None:
                focus.setFocus()
        elif step == PIN:
            self.pin.clear()
            self.pin_again.clear()
            self.pin.setFocus()
        elif step == PROVIDER:
            self.email.presets[self.email.provider() or next(iter(self.email.presets))].setFocus()
        elif step in (ADDRESS, PASSWORD, INCOMING, OUTGOING):
            {ADDRESS: self.email.address, PASSWORD: self.email.password, INCOMING: self.email.imap_host,
             OUTGOING: self.email.smtp_host}[step].setFocus()
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
        self._count()

    def go_back(self) -> None:
        if self.step() == FAMILY:
            self.email.load()  # back into the email account as it was saved (nothing, when it was skipped)
        steps = self.steps()
        place = steps.index(self.step())
        if place > 0:
            back = steps[place - 1]
            # Back into an email account that was skipped: to its first question, who provides it.
            self.show_step(PROVIDER if back in EMAIL_STEPS and not self.email.provider() else back)

    def skip_step(self) -> None:
        """Skip for now: past the whole email account (nothing of it stored), or past the carer to the end."""
        if self.step() == CARER:
            self.finished.emit()
        else:
            self.show_step(FAMILY)

    def _forward(self) -> None:
        steps = self.steps()
        place = steps.index(self.step())
        if place + 1 == len(steps):
            self.finished.emit()
        else:
            self.show_step(steps[place + 1])

    def _say(self, words: str) -> None:
        self.message.setText(words)

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
            [self._name_done, self._language_done, self._country_done, self._pin_done, self._provider_done,
             self._address_done, self._password_done, self._incoming_done, self._email_done, self._family_done,
             self._carer_done][self.step()]()
        except UserError as error:
            self._say(error_words(error))

    def _name_done(self) -> None:
        self._household.settings.set("person.name", self.name.text())
        self._forward()

    def _language_chosen(self, code: str) -> None:
        """The household's language, at once: this step and the ones after it are in it."""
        settings = self._household.settings
        settings.set("locale", locale_for_language(settings.locale, code))
        # The countries offered follow (its own first), while the country's step is still out of sight.
        self.country.offer(offered_countries(code), also=self._country_choice)

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

    def _provider_done(self) -> None:
        if not self.email.provider():
            raise UserError(tr("Please choose who provides the email, or Other."))
        self._forward()

    def _address_done(self) -> None:
        self.email.check_address()
        self._forward()

    def _password_done(self) -> None:
        if self.email.provider() == OTHER_PROVIDER:
            self.email.check_address_and_password()  # stored with the servers, once they are typed
            self._forward()
        else:
            self._email_done()

    def _incoming_done(self) -> None:
        self.email.check_incoming()
        self._forward()

    def _email_done(self) -> None:
        """The whole account checked and stored (nothing at all when any part is wrong), then the family."""
        if self.email.is_saved():
            self._forward()
        elif self.email.save(self._forward, lambda: self._busy(False)):
            self._busy(True)
