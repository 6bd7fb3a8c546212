"""Every older-adult screen shows all its controls and words without scrolling (DESIGN.md §6): at 200% text on a
1280×800 laptop, at 150% on a 1024×600 tablet, and at 100% on both, with the demo household's care lines on Home.

Each screen is reached the way a person gets there (a tile, a card's photo, Write a reply, a person's photo, an
invite that rings); `tests.helpers.fit.out_of_sight` then lists whatever cannot be seen whole. Only a long
message's own words may scroll, inside the card.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QRect, QSize, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from carelink.channels.email.mime import parse_message
from carelink.cli import main
from carelink.clock import SettableClock
from carelink.household import Household
from carelink.resources import assets_dir
from carelink.ui.calls.ports import WebCallPort
from carelink.ui.kiosk import fitted_size
from carelink.ui.main_window import MainWindow
from carelink.ui.wall.media_player import MediaPlayerView
from carelink.ui.wall.pdf_pages import PdfPages
from carelink.ui.wall.words_view import WORDS_NARROWEST
from tests.helpers import media_corpus as media
from tests.helpers.fit import out_of_sight
from tests.ui.conftest import OfflineWebCall, WindowFactory
from tests.ui.test_calls_screen import family
from tests.ui.test_ringing import CountingRing, send_invite

# (width, height, text scale): the two promises of DESIGN.md §6, and the default text on both screens.
SIZES = [(1280, 800, 2.0), (1024, 600, 1.5), (1280, 800, 1.0), (1024, 600, 1.0)]


@pytest.fixture(autouse=True, scope="module")
def bundled_font(qapp: QApplication) -> Iterator[None]:
    """The font CareLink shows its words in (app.py loads it at start), which is a little taller than the test
    machine's own; taken away again afterwards, so the other tests measure as before."""
    loaded = [QFontDatabase.addApplicationFont(str(path)) for path in sorted((assets_dir() / "fonts").glob("*.woff"))]
    assert all(font >= 0 for font in loaded)
    yield
    for font in loaded:
        QFontDatabase.removeApplicationFont(font)


def settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    qtbot.wait(200)  # the layouts' own posted requests


def home(qtbot: QtBot, window: MainWindow) -> None:
    window.go_home()


def wall(qtbot: QtBot, window: MainWindow) -> None:
    window.home.tiles["wall"].click()
    settled(qtbot, window)
    while not window.wall.card.photo_buttons:  # the newest card with a photo
        window.wall.next_button.click()
        settled(qtbot, window)


def long_message(qtbot: QtBot, window: MainWindow) -> None:
    """A message far longer than the card: only its own words scroll, beside big ▲ and ▼."""
    tom = window.household.contacts.find_by_email("tom@example.org")
    assert tom is not None
    window.household.wall.add(tom.id, tom.email, "We had a wonderful week by the sea, Mum. " * 30,
                              window.household.clock.now())
    window.home.tiles["wall"].click()
    settled(qtbot, window)
    card = window.wall.card
    assert card.scroller.verticalScrollBar().maximum() > 0, "the words scroll inside the card"
    assert card.words.up.isVisible() and card.words.down.isVisible()


def replies(qtbot: QtBot, window: MainWindow) -> None:
    """The one-tap replies: under the card, or (little room) on their own page behind Reply."""
    wall(qtbot, window)
    if window.wall.nav.reply_button.isVisible():
        window.wall.nav.reply_button.click()
        assert window.wall.replies.isVisible()


def photo(qtbot: QtBot, window: MainWindow) -> None:
    wall(qtbot, window)
    window.wall.card.photo_buttons[0].click()


def reply(qtbot: QtBot, window: MainWindow) -> None:
    wall(qtbot, window)
    window.wall.replies.write.click()


def calls(qtbot: QtBot, window: MainWindow) -> None:
    window.home.tiles["calls"].click()


def confirm(qtbot: QtBot, window: MainWindow) -> None:
    calls(qtbot, window)
    window.calls.grid.people[0].click()


def calling(qtbot: QtBot, window: MainWindow) -> None:
    opened: list[str] = []

    def offline(parent: QObject) -> WebCallPort:
        return OfflineWebCall(parent, opened)

    window.calls.calling.make_web_call = offline
    confirm(qtbot, window)
    window.calls.confirm.call_button.click()
    qtbot.waitUntil(lambda: bool(opened))


def ringing(qtbot: QtBot, window: MainWindow) -> None:
    window.calls.ringing.sound = CountingRing()
    send_invite(window.household, family(window.household, "Sarah Jones"))
    window.calls.incoming.check()
    qtbot.waitUntil(lambda: window.current_screen() == "ringing")


class _Opener:
    """The computer's own program for a call link: it opens (or, with `opens=False`, there is none)."""

    def __init__(self, opens: bool) -> None:
        self.opens, self.urls = opens, list[str]()

    def open(self, url: str) -> bool:
        self.urls.append(url)
        return self.opens


def _call_elsewhere(qtbot: QtBot, window: MainWindow, link: str, opens: bool) -> None:
    """Tom's call link goes to the computer's own program: the call screen says so, with a big Home."""
    tom = family(window.household, "Tom Jones")
    window.household.calls.set_call_link(tom.id, link, auto_answer=False)
    window.calls.calling.opener = _Opener(opens)
    window.calls.ask(tom.id)
    window.calls.confirm.call_button.click()
    qtbot.waitUntil(lambda: window.calls.calling.state == "system", timeout=20_000)


def elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    """"Your phone is calling Tom Jones" (the computer's own program has the call), and Home."""
    _call_elsewhere(qtbot, window, "+44 7700 900123", opens=True)


def phone(qtbot: QtBot, window: MainWindow) -> None:
    """"Please phone Tom Jones" and his number, large, when the computer cannot call it."""
    _call_elsewhere(qtbot, window, "+44 7700 900123", opens=False)


def checkin(qtbot: QtBot, window: MainWindow) -> None:
    window.open_screen("checkin")


def learn(qtbot: QtBot, window: MainWindow) -> None:
    window.home.tiles["learn"].click()


def pin(qtbot: QtBot, window: MainWindow) -> None:
    window.home.tiles["settings"].click()


SCREENS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "home": home, "wall": wall, "long-message": long_message, "replies": replies,
    "photo": photo, "reply": reply, "calls": calls, "calls-confirm": confirm,
    "calls-calling": calling, "calls-elsewhere": elsewhere, "calls-phone": phone, "ringing": ringing,
    "checkin": checkin, "learn": learn, "pin": pin}


def with_care_lines(household: Household) -> None:
    """Home's longest status: a concern on its way to the carer and today's check-in, above the connection."""
    household.concerns.raise_concern("unwell", "I feel dizzy this morning")
    household.checkin.check_in()


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize(("width", "height", "scale"), SIZES, ids=lambda v: str(v))
def test_every_screen_shows_everything_without_scrolling(qtbot: QtBot, household: Household,
                                                          make_window: WindowFactory, screen: str, width: int,
                                                          height: int, scale: float) -> None:
    walk(qtbot, household, make_window, screen, width, height, scale)


def walk(qtbot: QtBot, household: Household, make_window: WindowFactory, screen: str, width: int, height: int,
         scale: float) -> None:
    """Go to `screen` as a person would, in a window of this size at this text size; all of it is in sight."""
    with_care_lines(household)
    window = make_window(scale, size=(width, height))
    window.home.entered()
    settled(qtbot, window)
    SCREENS[screen](qtbot, window)
    settled(qtbot, window)
    assert window.size().width() == width and window.size().height() == height, "the window kept its size"
    problems = out_of_sight(window)
    assert not problems, f"{screen} at {scale:.0%} text on {width}×{height}:\n" + "\n".join(problems)


def test_carelink_gui_opens_maximised_and_never_larger_than_its_screen(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[tuple[bool, QRect, QRect]] = []

    def look_and_close() -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                screen = window.screen().availableGeometry()
                seen.append((window.isMaximized(), window.geometry(), screen))
                window.close()

    QTimer.singleShot(300, look_and_close)
    assert main(["--data-dir", str(tmp_path), "--demo", "gui"]) == 0
    assert len(seen) == 1
    maximised, geometry, screen = seen[0]
    assert maximised
    assert geometry.width() <= screen.width() and geometry.height() <= screen.height()


def test_a_window_is_made_no_larger_than_the_room_on_its_screen(window: MainWindow) -> None:
    room = window.screen().availableGeometry().size()
    assert fitted_size(window, QSize(5000, 5000)) == room
    assert fitted_size(window, QSize(300, 200)) == QSize(300, 200)


@pytest.mark.parametrize(("width", "height", "scale"), SIZES, ids=lambda v: str(v))
def test_home_fits_on_a_long_day_too(qtbot: QtBot, household: Household, make_window: WindowFactory, width: int,
                                     height: int, scale: float) -> None:
    clock = household.clock
    assert isinstance(clock, SettableClock)
    clock.advance(timedelta(days=11, hours=6))  # "Wednesday 2 December — afternoon", a long date to wrap
    with_care_lines(household)
    window = make_window(scale, size=(width, height))
    window.home.entered()
    settled(qtbot, window)
    assert window.home.date_label.text() == "Wednesday 2 December — afternoon"
    problems = out_of_sight(window)
    assert not problems, f"Home at {scale:.0%} text on {width}×{height}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("width", "height", "scale"), SIZES, ids=lambda v: str(v))
def test_home_fits_after_a_call_too(qtbot: QtBot, household: Household, make_window: WindowFactory, width: int,
                                    height: int, scale: float) -> None:
    """The line after a call is the newest care line: where there is no room for every line, the older ones give
    way, never Home's buttons (at 150% on 1024×600 it pushed the status off the screen)."""
    with_care_lines(household)
    window = make_window(scale, size=(width, height))
    window.home.entered()
    settled(qtbot, window)
    window.home.show_call_line("Your call with Sarah Jones lasted less than a minute")
    settled(qtbot, window)
    problems = out_of_sight(window)
    assert not problems, f"Home after a call at {scale:.0%} text on {width}×{height}:\n" + "\n".join(problems)
    if scale == 1.0:
        assert "Your call with Sarah Jones lasted" in window.home.status_label.text(), "room for it: said"


def _seen_whole(widget: QWidget) -> bool:
    """Shown and not cut: by the window's edge, a parent's edge or the card's scrolling words."""
    seen = widget.visibleRegion().boundingRect()
    return widget.isVisible() and seen.width() >= widget.width() and seen.height() >= widget.height()


def _card_with(qtbot: QtBot, window: MainWindow, raw: bytes) -> None:
    sender = window.household.contacts.list()[0]
    window.household.wall.add_mail(parse_message(raw), sender.id, sender.email, window.household.clock.now())
    window.home.tiles["wall"].click()
    settled(qtbot, window)


def _attachment_card(qtbot: QtBot, make_window: WindowFactory, kind: str, width: int, height: int,
                     scale: float) -> tuple[MainWindow, QWidget, list[QWidget]]:
    """The wall on a card with a voice note or a document: the window, the attachment's view and its buttons."""
    window = make_window(scale, size=(width, height))
    settled(qtbot, window)
    _card_with(qtbot, window, media.voice_note_mail(media.wav_bytes(31)) if kind == "voice-note" else media.pdf_mail())
    problems = out_of_sight(window)
    assert not problems, f"{kind} at {scale:.0%} text on {width}×{height}:\n" + "\n".join(problems)
    [view] = window.wall.card.attachments.views
    controls: list[QWidget] = [view.button] if isinstance(view, MediaPlayerView) else \
        [view.previous_button, view.position, view.next_button] if isinstance(view, PdfPages) else []
    assert controls, f"no player or pages for the {kind}: {view!r}"
    return window, view, controls


@pytest.mark.parametrize("kind", ["voice-note", "pdf"])
@pytest.mark.parametrize(("width", "height", "scale"), SIZES, ids=lambda v: str(v))
def test_a_card_s_voice_note_or_document_is_reached_whole_with_the_card_s_arrows(
        qtbot: QtBot, household: Household, make_window: WindowFactory, kind: str, width: int, height: int,
        scale: float) -> None:
    """The card's words scroll (▲ ▼) and the attachment with them: its buttons are never cut (each is seen whole
    once scrolled to), a document's page is never cut at the side and its foot is reached, and meanwhile the
    wall's own buttons stay where they are."""
    window, view, controls = _attachment_card(qtbot, make_window, kind, width, height, scale)
    card = window.wall.card
    nav = window.wall.nav.next_button
    where = nav.mapTo(window, nav.rect().topLeft())
    page = view.page if isinstance(view, PdfPages) else None
    if page is not None:
        assert page.width() <= card.scroller.viewport().width(), "the page is never cut at the side"

    def reached(target: QWidget) -> bool:  # a page taller than the card: its foot in sight
        if target is page:
            return target.visibleRegion().boundingRect().bottom() >= target.height() - 1
        return _seen_whole(target)

    for target in [*controls, *([page] if page is not None else [])]:
        for _ in range(40):
            if reached(target):
                break
            card.words.down.click()
            settled(qtbot, window)
        assert reached(target), f"{kind} at {scale:.0%} text on {width}×{height}: {target.objectName()} never " \
                                f"seen whole"
    assert nav.mapTo(window, nav.rect().topLeft()) == where, "the wall's buttons stayed where they were"
    assert not out_of_sight(window)


@pytest.mark.parametrize("kind", ["voice-note", "pdf"])
@pytest.mark.parametrize(("width", "height", "scale"), SIZES, ids=lambda v: str(v))
def test_a_card_s_voice_note_or_document_shows_its_buttons_at_once(qtbot: QtBot, household: Household,
                                                                   make_window: WindowFactory, kind: str,
                                                                   width: int, height: int, scale: float) -> None:
    """A voice note's Play, a document's page buttons and "Page 1 of 3" are in sight as the card opens, under the
    message's words (in a row of their own, never scrolled away); where the card is short (150% on 1024×600) they
    take their short form beside the words, which keep the card's whole height. Either way their names say it all."""
    window, view, controls = _attachment_card(qtbot, make_window, kind, width, height, scale)
    card = window.wall.card
    cut = [c.objectName() for c in controls if not _seen_whole(c)]
    assert not cut, f"{kind} at {scale:.0%} text on {width}×{height}: cut or out of sight at first: {cut}"
    seen = card.text.visibleRegion().boundingRect()
    assert seen.top() == 0 and seen.height() >= card.text.fontMetrics().lineSpacing(), \
        "the message's first line is in sight too"
    words = card.scroller.geometry()
    short = (width, height, scale) == (1024, 600, 1.5)
    for control in controls:
        where = control.mapTo(card.words, control.rect().topLeft())
        if short:
            assert where.x() >= words.right(), f"{control.objectName()} beside the words"
        else:
            assert where.y() >= words.bottom(), f"{control.objectName()} under the words"
    if isinstance(view, MediaPlayerView):
        qtbot.waitUntil(lambda: view.state == "ready", timeout=20_000)
        assert view.button.text() == ("▶  Play" if short else "▶  Play the voice message")
        assert view.button.accessibleName() == f"A voice message from {card.sender_label.text()}. Play"
    else:
        assert isinstance(view, PdfPages)
        assert view.position.text() == ("1 of 3" if short else "Page 1 of 3")
        assert view.position.accessibleName() == "Page 1 of 3"


@pytest.mark.parametrize(("width", "height", "scale"), [(1024, 600, 1.5), (1280, 800, 2.0)], ids=lambda v: str(v))
def test_a_document_s_next_page_is_shown_from_its_top_with_its_buttons_where_they_were(
        qtbot: QtBot, household: Household, make_window: WindowFactory, width: int, height: int,
        scale: float) -> None:
    """▶ turns the page: the card's words go to the top of the new page, and the page buttons (in the row of their
    own) stay where they were, whole, saying which page is on show."""
    window, view, controls = _attachment_card(qtbot, make_window, "pdf", width, height, scale)
    assert isinstance(view, PdfPages)
    card = window.wall.card
    places = [c.mapTo(window, c.rect().topLeft()) for c in controls]
    view.next_button.click()
    settled(qtbot, window)
    assert view.position.accessibleName() == "Page 2 of 3"
    assert view.position.text() in ("2 of 3", "Page 2 of 3")
    assert [c.mapTo(window, c.rect().topLeft()) for c in controls] == places
    assert all(_seen_whole(c) for c in controls)
    inside = card.scroller.widget()
    assert inside is not None
    top = view.mapTo(inside, view.rect().topLeft()).y()
    assert card.scroller.verticalScrollBar().value() == min(top, card.scroller.verticalScrollBar().maximum())
    assert view.page.visibleRegion().boundingRect().top() == 0, "the new page seen from its top"
    assert not out_of_sight(window)


@pytest.mark.parametrize(("width", "height", "scale"), SIZES, ids=lambda v: str(v))
def test_a_card_with_a_document_and_a_voice_note_shows_both_their_buttons_and_never_squeezes_the_words(
        qtbot: QtBot, household: Household, make_window: WindowFactory, width: int, height: int,
        scale: float) -> None:
    """Two attachments' buttons in the one row: all in sight as the card opens; where beside them the words would
    be narrower than a column (150% on 1024×600), the words keep the card's width above the row instead."""
    msg = message_from_bytes(media.pdf_mail(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    msg.add_attachment(media.wav_bytes(5), maintype="audio", subtype="wav", filename="Hello.wav")
    window = make_window(scale, size=(width, height))
    settled(qtbot, window)
    _card_with(qtbot, window, msg.as_bytes())
    card = window.wall.card
    pages, player = card.attachments.views
    assert isinstance(pages, PdfPages) and isinstance(player, MediaPlayerView)
    controls = [pages.previous_button, pages.position, pages.next_button, player.button]
    cut = [c.objectName() for c in controls if not _seen_whole(c)]
    assert not cut, f"at {scale:.0%} text on {width}×{height}: cut or out of sight at first: {cut}"
    assert card.scroller.width() >= WORDS_NARROWEST
    assert pages.page.width() <= card.scroller.viewport().width(), "the page is never cut at the side"
    assert not out_of_sight(window)
