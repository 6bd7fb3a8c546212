"""Settings: big section buttons in a grid at the top and the chosen page, full width, below them."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from carelink.app import Household
from carelink.speech import Speaker
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.contacts_page import ContactsPage
from carelink.ui.settings.pages import DisplayPage, EmailPage, Page, PersonPage, PinPage, VoicePage
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, FittingStack, Screen, tr


class SettingsScreen(Screen):
    """The unlocked Settings area. Holds one page per section; `show_page(name)` opens one."""

    def __init__(self, household: Household, speaker: Speaker, runner: BackgroundRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Settings"), "settings", home_text=tr("Close settings"), parent=parent)
        self.pages: dict[str, Page] = {}
        pages: list[Page] = [
            DisplayPage(household.settings),
            VoicePage(household.settings, speaker, runner),
            ContactsPage(household.contacts, runner),
            PersonPage(household.settings),
            EmailPage(household.secrets, runner),
            PinPage(household.pin, runner),
        ]
        nav = QGridLayout()
        nav.setSpacing(GAP_PX)
        self.stack = FittingStack()
        self.nav_buttons: dict[str, BigButton] = {}
        titles = {"display": tr("Text and colours"), "voice": tr("Reading aloud"), "contacts": tr("Contacts"),
                  "person": tr("About the person"), "email": tr("Email account"), "change_pin": tr("PIN")}
        for index, page in enumerate(pages):
            self.pages[page.page_name] = page
            self.stack.addWidget(page)
            button = BigButton(titles[page.page_name])
            button.setObjectName(f"settings_nav_{page.page_name}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, n=page.page_name: self.show_page(n))
            nav.addWidget(button, index // 3, index % 3)
            self.nav_buttons[page.page_name] = button
        for column in range(3):
            nav.setColumnStretch(column, 1)  # equal columns, so long names wrap rather than squeeze short ones
        self.body_layout.addLayout(nav)
        self.body_layout.addWidget(self.stack, 1)

    def show_page(self, name: str) -> None:
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        for key, button in self.nav_buttons.items():
            button.setChecked(key == name)
        page.entered()

    def entered(self) -> None:
        self.show_page("display")
