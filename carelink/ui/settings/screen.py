"""Settings: big section buttons in a grid at the top and the chosen page, full width, below them."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from carelink.autostart import Autostart
from carelink.household import Household
from carelink.speech import Speaker
from carelink.ui.announce import joined_names
from carelink.ui.fitting import FittingStack
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.attachments_page import AttachmentsPage
from carelink.ui.settings.calls_page import CallsPage
from carelink.ui.settings.care_page import CarePage
from carelink.ui.settings.computer_page import ComputerPage
from carelink.ui.settings.contacts_page import ContactsPage
from carelink.ui.settings.held_page import HeldPage
from carelink.ui.settings.pages import DisplayPage, EmailPage, Page, PersonPage, PinPage, VoicePage
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, label, tr
from carelink.ui.widgets_choice import check_only, one_of_many
from carelink.ui.widgets_screen import Screen

NAV_COLUMNS = 3  # eleven sections in rows of three: four across leaves "Contacts" no room at 200% text


class _Bridge(QObject):
    """Carries the contacts' `changed` event (which may come from a worker thread) onto the GUI thread."""

    contacts_changed = Signal()


class SettingsScreen(Screen):
    """The unlocked Settings area. Holds one page per section; `show_page(name)` opens one.

    Emits `quit_requested()` when This computer → Close CareLink is pressed.
    """

    quit_requested = Signal()

    def __init__(self, household: Household, speaker: Speaker, runner: BackgroundRunner, autostart: Autostart,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Settings"), "settings", home_text=tr("Close settings"), parent=parent)
        self.pages: dict[str, Page] = {}
        self._bridge = _Bridge(self)
        self._bridge.contacts_changed.connect(self.show_carer_warning)
        self.held = HeldPage(household.held, household.contacts, runner, lambda: household.settings.locale)
        self.computer = ComputerPage(household.settings, autostart, runner, household.paths.root)
        self.computer.quit_requested.connect(self.quit_requested)
        self.calls = CallsPage(household.settings)
        pages: list[Page] = [
            DisplayPage(household.settings),
            VoicePage(household.settings, speaker, runner),
            ContactsPage(household.contacts, runner, household.calls, courier=household.courier,
                         household_language=lambda: household.settings.locale.partition("-")[0]),
            self.calls,
            self.held,
            AttachmentsPage(household.attachments, runner, QLocale(household.settings.locale.replace("-", "_")),
                            household.photos),
            PersonPage(household.settings),
            CarePage(household.settings),
            EmailPage(household.email, household.secrets, runner, status=household.status),
            PinPage(household.pin, runner),
            self.computer,
        ]
        if household.sandbox:  # practice: nothing may reach a mail server, nor close or change the computer
            pages = [page for page in pages if page.page_name not in ("email", "computer")]
        # Until a carer is set up, the family is told plainly what happens to a concern meanwhile.
        self._concerns = household.concerns
        self.no_carer = label(role="error")
        self.no_carer.setObjectName("settings_no_carer")
        self.body_layout.addWidget(self.no_carer)
        household.contacts.changed.connect(lambda _: self._bridge.contacts_changed.emit())
        nav = QGridLayout()
        nav.setSpacing(GAP_PX)
        self.stack = FittingStack()
        self.nav_buttons: dict[str, BigButton] = {}
        self._titles = {"display": tr("Text and colours"), "voice": tr("Reading aloud"), "contacts": tr("Contacts"),
                        "calls": tr("Calls"), "held": tr("Held messages"), "attachments": tr("Attached files"),
                        "person": tr("About the person"), "care": tr("Check-in and concerns"),
                        "email": tr("Email account"), "change_pin": tr("PIN"), "computer": tr("This computer")}
        for index, page in enumerate(pages):
            self.pages[page.page_name] = page
            self.stack.addWidget(page)
            button = BigButton(self._titles[page.page_name])
            button.setObjectName(f"settings_nav_{page.page_name}")
            button.clicked.connect(lambda _=False, n=page.page_name: self.show_page(n))
            nav.addWidget(button, index // NAV_COLUMNS, index % NAV_COLUMNS)
            self.nav_buttons[page.page_name] = button
        one_of_many(self.nav_buttons.values())  # read as "Text and colours, selected", one of eight
        for column in range(NAV_COLUMNS):
            nav.setColumnStretch(column, 1)  # equal columns, so long names wrap rather than squeeze short ones
        self.body_layout.addLayout(nav)
        self.body_layout.addWidget(self.stack, 1)
        self.held.count_changed.connect(self._show_held_count)
        self._show_held_count(self.held.count())
        self.show_carer_warning()

    def show_carer_warning(self) -> None:
        to = self._concerns.recipients()
        if not to.to_family or self.stack.currentWidget() is self.pages.get("contacts"):  # it says so itself
            words = ""
        elif to.people:
            words = tr("No carer is set up, so a concern goes to the family instead ({names}). Add a carer in "
                       "Contacts.").format(names=joined_names(to.names))
        else:
            words = tr("Nobody is set up to hear about a concern. Add a carer (and the family) in Contacts.")
        self.no_carer.setText(words)
        self.no_carer.setVisible(bool(words))

    def _show_held_count(self, count: int) -> None:
        title = self._titles["held"]
        self.nav_buttons["held"].setText(tr("{title} ({count})").format(title=title, count=count) if count
                                         else title)
        self.nav_buttons["held"].updateGeometry()  # the number can add a line to it

    def show_page(self, name: str) -> None:
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        check_only(self.nav_buttons, name)
        page.entered()
        self.show_carer_warning()

    def entered(self) -> None:
        self.show_carer_warning()
        self.held.refresh()  # the number on its button
        self.show_page("display")
