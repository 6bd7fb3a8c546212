"""Call family: the grid of family photos (paged), "Call Sarah?", the invite sent through the outbox, the call
opened inside CareLink (an offline stand-in for the web page here; the real one in test_call_window.py), phone
numbers through QDesktopServices (caught here with setUrlHandler) and Hang up."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from carelink.channels.sandbox import SandboxTransport
from carelink.household import Household
from carelink.services.contacts import Contact
from carelink.ui.calls import ports
from carelink.ui.calls.call_grid import PersonButton
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.contacts_page import ContactsPage
from tests.ui.conftest import OfflineWebCall, WindowFactory

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
                                                           pages_opened: list[str]) -> None:
    sarah = family(household, "Sarah Jones")
    window.open_screen("calls")
    next(b for b in window.calls.grid.people if b.contact.id == sarah.id).click()
    assert window.current_screen() == "calls-confirm"
    confirm = window.calls.confirm
    assert confirm.question.text() == "Call Sarah Jones?"
    assert confirm.call_button.text() == "Call Sarah Jones"
    confirm.call_button.click()
    assert window.current_screen() == "calls-calling"
    qtbot.waitUntil(lambda: bool(pages_opened))
    plan = household.calls.plan(sarah.id)  # the room is made once and kept, so this is the same call
    assert pages_opened == [plan.open_url], "inside CareLink, not in a browser"
    assert plan.open_url.startswith(plan.invite_url + "#userInfo.displayName=%22Mary%22&")
    assert "config.prejoinPageEnabled=false" in plan.open_url
    calling = window.calls.calling
    assert calling.state == "waiting" and calling.watched, "meet.jit.si: CareLink's own screen until she is there"
    assert calling.headline.text() == "Calling Sarah Jones…"
    assert calling.waiting.words.text().startswith("Sarah Jones has been sent a message to join.")
    assert calling.who.text() == "Sarah Jones" and calling.avatar is not None
    transport = household.transport
    assert isinstance(transport, SandboxTransport)
    # The invite goes once the call's page has opened (then the outbox notes it sent)
    qtbot.waitUntil(lambda: bool(transport.outgoing.sent) and not window.runner.busy)
    [invite] = transport.outgoing.sent
    assert invite["To"] == "sarah@example.org"
    body = invite.get_content()
    assert f"Mary would like a video call now — join here: {plan.invite_url}" in body
    assert "sign in (with your Google account)" in body, "one line tells Sarah how to start a meet.jit.si room"
    [item] = [i for i in household.outbox.list() if i.kind == "invite"]
    assert item.status == "sent"
    assert calling.hang_up_button.height() >= 96 and calling.hang_up_button.text() == "Hang up"
    calling.hang_up_button.click()
    assert window.current_screen() == "home"
    assert window.home.call_line() == "Sarah Jones did not join this time. You can try again later."


def test_a_call_that_could_not_open_takes_the_last_calls_line_off_home(qtbot: QtBot, window: MainWindow,
                                                                         household: Household,
                                                                         pages_opened: list[str]) -> None:
    calling = window.calls.calling
    window.calls.call(family(household, "Sarah Jones").id)
    qtbot.waitUntil(lambda: len(pages_opened) == 1)
    calling.hang_up_button.click()
    assert window.home.call_line() == "Sarah Jones did not join this time. You can try again later."
    window.calls.call(family(household, "Tom Jones").id)
    qtbot.waitUntil(lambda: len(pages_opened) == 2 and calling.web is not None)
    assert calling.web is not None
    calling.web.loaded.emit(False)  # Tom's page could not open (no internet)
    assert calling.state == "failed"
    calling.failed.home.click()
    assert window.current_screen() == "home"
    assert window.home.call_line() == "", "Sarah's line is not left there as if it were this call's"
    qtbot.waitUntil(lambda: "Sarah" not in window.home.status_label.text())


def test_not_now_goes_back_to_the_photos_and_calls_nobody(window: MainWindow, household: Household,
                                                          opened: list[QUrl]) -> None:
    window.open_screen("calls")
    window.calls.grid.people[0].click()
    window.calls.confirm.not_now_button.click()
    assert window.current_screen() == "calls"
    assert opened == []
    assert [i for i in household.outbox.list() if i.kind == "invite"] == []


def test_a_phone_number_goes_to_the_computers_phone_program_with_a_big_home(
        qtbot: QtBot, window: MainWindow, household: Household, opened: list[QUrl]) -> None:
    tom = family(household, "Tom Jones")
    household.calls.set_call_link(tom.id, "+44 7700 900123", auto_answer=False)
    window.calls.ask(tom.id)
    window.calls.confirm.call_button.click()
    calling = window.calls.calling
    qtbot.waitUntil(lambda: calling.state == "system")
    assert opened == [QUrl("tel:+447700900123")]
    assert calling.system.headline.text() == "Your phone is calling Tom Jones"
    assert calling.system.home.isVisible() and not calling.hang_up_button.isVisible()
    calling.system.home.click()
    assert window.current_screen() == "home"


def test_when_the_phone_number_cannot_be_called_it_is_shown_large(qtbot: QtBot, window: MainWindow,
                                                                   household: Household) -> None:
    tom = family(household, "Tom Jones")
    household.calls.set_call_link(tom.id, "+44 7700 900123", auto_answer=False)
    window.calls.calling.opener = NothingOpens()
    window.calls.ask(tom.id)
    window.calls.confirm.call_button.click()
    calling = window.calls.calling
    qtbot.waitUntil(lambda: calling.state == "system")
    assert calling.system.headline.text() == "Please phone Tom Jones"
    assert calling.system.link.isVisible() and calling.system.link.text() == "+447700900123"
    assert calling.system.link.property("role") == "huge"
    qtbot.waitUntil(lambda: not window.runner.busy)  # the invite is stored and sent while the call opens
    assert [i.kind for i in household.outbox.list()].count("invite") == 1, "the invite went all the same"


def test_their_own_link_is_what_opens_inside(qtbot: QtBot, window: MainWindow, household: Household,
                                             pages_opened: list[str], opened: list[QUrl]) -> None:
    tom = family(household, "Tom Jones")
    household.calls.set_call_link(tom.id, "https://zoom.us/j/123456789", auto_answer=False)
    window.calls.ask(tom.id)
    window.calls.confirm.call_button.click()
    qtbot.waitUntil(lambda: bool(pages_opened))
    assert pages_opened == ["https://zoom.us/j/123456789"] and opened == [], "no browser"
    assert not window.calls.calling.watched, "Zoom's page is shown as soon as it has loaded"


def test_escape_never_leaves_a_call_running_behind_home(qtbot: QtBot, window: MainWindow, household: Household,
                                                       pages_opened: list[str]) -> None:
    window.calls.call(family(household, "Sarah Jones").id)
    qtbot.waitUntil(lambda: bool(pages_opened))
    qtbot.keyClick(window.calls.calling, Qt.Key.Key_Escape)
    assert window.current_screen() == "calls-calling" and window.calls.calling.web is not None


def test_closing_the_window_during_a_call_ends_it_without_a_question(qtbot: QtBot, window: MainWindow,
                                                                     household: Household,
                                                                     pages_opened: list[str]) -> None:
    window.calls.call(family(household, "Sarah Jones").id)
    qtbot.waitUntil(lambda: bool(pages_opened))
    web = window.calls.calling.web
    assert isinstance(web, OfflineWebCall)
    assert window.close()
    assert web.ended and window.calls.calling.web is None


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


def test_another_screen_taking_the_calls_place_ends_it(qtbot: QtBot, window: MainWindow, household: Household,
                                                       pages_opened: list[str]) -> None:
    window.calls.call(family(household, "Sarah Jones").id)
    qtbot.waitUntil(lambda: bool(pages_opened))
    web = window.calls.calling.web
    assert isinstance(web, OfflineWebCall)
    window.open_screen("wall")
    assert web.ended and window.calls.calling.web is None, "no camera left on behind Messages"


def test_as_root_the_call_s_web_engine_runs_without_chromium_s_sandbox_instead_of_taking_carelink_down(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    ports.allow_the_web_engine_as_root()
    assert "QTWEBENGINE_DISABLE_SANDBOX" not in os.environ, "an ordinary user keeps the sandbox"
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    ports.allow_the_web_engine_as_root()
    assert os.environ["QTWEBENGINE_DISABLE_SANDBOX"] == "1"
