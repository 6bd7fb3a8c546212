"""Call family: the grid of family photos (paged), "Call Sarah?", the invite sent through the outbox, the call
opened through QDesktopServices (caught here with setUrlHandler, never a real browser) and "I've finished"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from carelink.app import Household
from carelink.channels.sandbox import SandboxTransport
from carelink.services.contacts import Contact
from carelink.ui.calls.call_grid import PersonButton
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.contacts_page import ContactsPage
from tests.ui.conftest import WindowFactory

SCHEMES = ("https", "http", "tel")


class UrlCatcher(QObject):
    """Stands in for the browser: QDesktopServices hands it every link it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[list[QUrl]]:
    catcher = UrlCatcher()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, catcher, "open")  # type: ignore[arg-type]  # the stub is wrong
    yield catcher.urls
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


class NothingOpens:
    """An opener on a computer with no browser."""

    def open(self, url: str) -> bool:
        return False


def family(household: Household, name: str) -> Contact:
    return next(c for c in household.contacts.list() if c.name == name)


def shown_people(window: MainWindow) -> list[str]:
    return [button.contact.name for button in window.calls.grid.people if isinstance(button, PersonButton)]


def test_the_grid_shows_family_only(window: MainWindow) -> None:
    window.open_screen("calls")
    assert shown_people(window) == ["David Price", "Emma Jones", "Sarah Jones", "Tom Jones"]
    assert "Jane Wilson" not in shown_people(window), "the carer is reached with Report a concern"
    assert not window.calls.grid.paging.isVisible(), "one page: no Previous or Next"
    assert window.calls.grid.people[0].accessibleName() == "Call David Price"


def test_more_than_six_family_members_page_with_previous_and_next(household: Household,
                                                                  make_window: WindowFactory) -> None:
    for number in range(5):
        household.contacts.add(f"Cousin {chr(65 + number)}", f"cousin{number}@example.org")
    window = make_window()
    window.open_screen("calls")
    grid = window.calls.grid
    assert len(grid.people) == 6 and grid.pages() == 2
    assert grid.page_label.text() == "Page 1 of 2"
    assert grid.next.isVisible() and not grid.previous.isVisible()
    first_page = shown_people(window)
    grid.next.click()
    assert len(grid.people) == 3 and grid.page_label.text() == "Page 2 of 2"
    assert grid.previous.isVisible() and not grid.next.isVisible()
    assert set(first_page).isdisjoint(shown_people(window))
    assert len(set(first_page) | set(shown_people(window))) == 9
    grid.previous.click()
    assert shown_people(window) == first_page


def test_at_200_percent_text_a_page_holds_one_row(household: Household, make_window: WindowFactory) -> None:
    for number in range(5):
        household.contacts.add(f"Cousin {chr(65 + number)}", f"cousin{number}@example.org")
    window = make_window(2.0)
    window.open_screen("calls")
    assert len(window.calls.grid.people) == 3 and window.calls.grid.pages() == 3


def test_calling_sarah_sends_the_invite_and_opens_her_room(qtbot: QtBot, window: MainWindow, household: Household,
                                                           opened: list[QUrl]) -> None:
    sarah = family(household, "Sarah Jones")
    window.open_screen("calls")
    next(b for b in window.calls.grid.people if b.contact.id == sarah.id).click()
    assert window.current_screen() == "calls-confirm"
    confirm = window.calls.confirm
    assert confirm.question.text() == "Call Sarah Jones?"
    assert confirm.call_button.text() == "Call Sarah Jones"
    confirm.call_button.click()
    assert window.current_screen() == "calls-calling"
    qtbot.waitUntil(lambda: bool(opened))
    plan = household.calls.plan(sarah.id)  # the room is made once and kept, so this is the same call
    assert opened == [QUrl(plan.open_url)]
    assert window.calls.calling.state == "open"
    assert window.calls.calling.headline.text() == "Calling Sarah Jones…"
    transport = household.transport
    assert isinstance(transport, SandboxTransport)
    [invite] = transport.outgoing.sent
    assert invite["To"] == "sarah@example.org"
    body = invite.get_content()
    assert f"Mary would like a video call now — join here: {plan.invite_url}" in body
    [item] = [i for i in household.outbox.list() if i.kind == "invite"]
    assert item.status == "sent"
    window.calls.calling.done.click()
    assert window.current_screen() == "home"


def test_not_now_goes_back_to_the_photos_and_calls_nobody(window: MainWindow, household: Household,
                                                          opened: list[QUrl]) -> None:
    window.open_screen("calls")
    window.calls.grid.people[0].click()
    window.calls.confirm.not_now_button.click()
    assert window.current_screen() == "calls"
    assert opened == []
    assert [i for i in household.outbox.list() if i.kind == "invite"] == []


def test_when_the_call_cannot_open_the_link_is_shown_large(qtbot: QtBot, window: MainWindow,
                                                           household: Household) -> None:
    sarah = family(household, "Sarah Jones")
    window.calls.calling.opener = NothingOpens()
    window.calls.ask(sarah.id)
    window.calls.confirm.call_button.click()
    calling = window.calls.calling
    qtbot.waitUntil(lambda: calling.state == "not_opened")
    assert calling.link.isVisible()
    assert calling.link.text() == household.calls.plan(sarah.id).invite_url
    assert calling.link.property("role") == "huge"
    assert [i.kind for i in household.outbox.list()].count("invite") == 1, "the invite went all the same"


def test_their_own_link_is_what_opens(qtbot: QtBot, window: MainWindow, household: Household,
                                      opened: list[QUrl]) -> None:
    tom = family(household, "Tom Jones")
    household.calls.set_call_link(tom.id, "https://zoom.us/j/123456789", auto_answer=False)
    window.calls.ask(tom.id)
    window.calls.confirm.call_button.click()
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [QUrl("https://zoom.us/j/123456789")]


def open_contact_form(window: MainWindow, contact: Contact | None) -> ContactsPage:
    window.open_screen("settings", unlocked=True)
    window.settings.show_page("contacts")
    page = window.settings.pages["contacts"]
    assert isinstance(page, ContactsPage)
    if contact is None:
        page.add_button.click()
    else:
        page.list.setCurrentRow(next(i for i, c in enumerate(page._people) if c.id == contact.id))
        page.change_button.click()
    return page


def test_a_bad_call_link_is_refused_in_plain_words_and_nothing_is_stored(qtbot: QtBot, window: MainWindow,
                                                                         household: Household) -> None:
    before = household.contacts.list()
    page = open_contact_form(window, None)
    form = page.form
    form.name.setText("Uncle Bob")
    form.email.setText("bob@example.org")
    form.call_method.buttons["own"].click()
    assert form.call_link.isVisible()
    form.call_link.setText("javascript:alert(1)")
    form.save.click()
    qtbot.waitUntil(lambda: form.save.isEnabled())
    assert "https://" in form.message.text()
    assert household.contacts.list() == before, "nothing stored"
    assert page.stack.currentWidget() is form, "the form stays open to put it right"


def test_the_contact_form_stores_their_own_link_and_auto_answer(qtbot: QtBot, window: MainWindow,
                                                                household: Household) -> None:
    sarah = family(household, "Sarah Jones")
    page = open_contact_form(window, sarah)
    form = page.form
    assert form.call_method.buttons["room"].isChecked() and not form.call_link.isVisible()
    form.call_method.buttons["own"].click()
    form.call_link.setText("https://meet.google.com/abc-defg-hij")
    form.auto_answer.buttons["yes"].click()
    form.save.click()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0)
    saved = household.contacts.get(sarah.id)
    assert (saved.call_url, saved.auto_answer) == ("https://meet.google.com/abc-defg-hij", True)
    page = open_contact_form(window, saved)
    assert page.form.call_method.buttons["own"].isChecked()
    assert page.form.call_link.text() == "https://meet.google.com/abc-defg-hij"
    assert page.form.auto_answer.buttons["yes"].isChecked()
    page.form.call_method.buttons["room"].click()
    page.form.auto_answer.buttons["no"].click()
    page.form.save.click()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0)
    saved = household.contacts.get(sarah.id)
    assert (saved.call_url, saved.auto_answer) == (None, False)
