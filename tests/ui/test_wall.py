"""Messages, the family wall: one card at a time newest unread first, Previous and Next, marked read when shown,
Read aloud, photos full screen (and broken ones in words), one-tap and typed replies, and an outage that only
delays a reply. Real widgets, real SQLite, the demo household; real SMTP and IMAP servers for the outage."""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.channels.sandbox import SandboxTransport
from carelink.household import Household
from carelink.services.wall_order import PAGE, WallKey, WallPage
from carelink.speech import SilentSpeaker
from carelink.storage.models import MessageRow
from carelink.ui.care.words import time_text
from carelink.ui.main_window import MainWindow
from carelink.ui.wall.card import PhotoButton
from carelink.ui.wall.loading import when_words
from carelink.ui.wall.wall_screen import WallScreen
from tests.helpers import FIXED_NOW, LONDON
from tests.helpers.fakes import CountingChime, family_mail, live_household
from tests.helpers.mail_servers import ImapServer, SmtpServer
from tests.ui.conftest import WindowFactory
from tests.ui.test_responsiveness import SLOW_S, STALL_S, StallWatch

FIRST_TEXT = "Good morning Mum! The sun is out here at last. Shall I call you after lunch?"


def open_wall(qtbot: QtBot, window: MainWindow) -> WallScreen:
    window.open_screen("wall")
    qtbot.waitUntil(lambda: window.wall.current_card() is not None and not window.runner.busy)
    return window.wall


def shown(qtbot: QtBot, wall: WallScreen, position: str) -> None:
    qtbot.waitUntil(lambda: wall.position.text() == position and wall.current_card() is not None
                    and wall.card.text.text() == wall.current_card().message.text)  # type: ignore[union-attr]


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_newest_unread_message_comes_first_as_one_big_card(qtbot: QtBot, window: MainWindow,
                                                               household: Household) -> None:
    order = household.wall.ids()
    wall = open_wall(qtbot, window)
    assert wall.current_id() == order[0]
    assert wall.position.text() == "1 of 12"
    assert wall.position.accessibleName() == "Message 1 of 12"
    assert wall.card.sender_label.text() == "Sarah Jones"
    assert wall.card.when.text() == "Today 08:14"
    assert wall.card.new_mark.isVisible() and wall.card.new_mark.text() == "New"
    assert wall.card.when.accessibleName() == "Today 08:14 — New"
    assert wall.card.text.text() == FIRST_TEXT
    assert wall.card.avatar is not None and wall.card.avatar.initials() == "SJ"


def test_next_and_previous_move_one_card_and_stop_at_the_ends(qtbot: QtBot, window: MainWindow) -> None:
    wall = open_wall(qtbot, window)
    assert not wall.previous_button.isEnabled() and wall.previous_button.isVisible(), "disabled, never hidden"
    assert wall.next_button.isEnabled()
    click(qtbot, wall.next_button)
    shown(qtbot, wall, "2 of 12")
    assert wall.card.sender_label.text() == "Emma Jones"
    assert wall.previous_button.isEnabled()
    click(qtbot, wall.previous_button)
    shown(qtbot, wall, "1 of 12")
    for position in range(2, 13):
        click(qtbot, wall.next_button)
        shown(qtbot, wall, f"{position} of 12")
    assert wall.card.text.text() == "Love you Mum. Sleep well."
    assert wall.card.when.text() == "Sunday 15 November"
    assert not wall.next_button.isEnabled() and wall.next_button.isVisible()
    click(qtbot, wall.next_button)
    assert wall.position.text() == "12 of 12"


def test_the_arrow_keys_move_between_cards(qtbot: QtBot, window: MainWindow) -> None:
    wall = open_wall(qtbot, window)
    wall.card.read_button.setFocus()
    qtbot.keyClick(wall.card.read_button, Qt.Key.Key_Right)
    shown(qtbot, wall, "2 of 12")
    qtbot.keyClick(QApplication.focusWidget() or wall, Qt.Key.Key_Left)
    shown(qtbot, wall, "1 of 12")


def test_long_words_scroll_inside_the_card_with_the_keys_too(qtbot: QtBot, window: MainWindow,
                                                            household: Household) -> None:
    tom = household.contacts.find_by_email("tom@example.org")
    assert tom is not None
    household.wall.add(tom.id, tom.email, "We had a wonderful week by the sea, Mum. " * 60, FIXED_NOW)
    wall = open_wall(qtbot, window)
    bar = wall.card.scroller.verticalScrollBar()
    assert bar.maximum() > 0, "the words scroll inside the card"
    assert wall.next_button.isVisible() and wall.replies.buttons[0].isVisible()
    wall.next_button.setFocus()
    qtbot.keyClick(wall.next_button, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(wall.next_button, Qt.Key.Key_Up)
    qtbot.keyClick(wall.next_button, Qt.Key.Key_PageUp)
    assert bar.value() == 0


def test_a_card_is_marked_read_when_shown_and_the_home_tile_counts_down(qtbot: QtBot, window: MainWindow,
                                                                         household: Household) -> None:
    assert household.wall.unread_count() == 4
    wall = open_wall(qtbot, window)
    qtbot.waitUntil(lambda: household.wall.unread_count() == 3)
    assert household.wall.get(wall.current_id() or 0).read
    click(qtbot, wall.next_button)
    qtbot.waitUntil(lambda: household.wall.unread_count() == 2)
    click(qtbot, wall.previous_button)
    assert wall.card.when.text() == "Today 08:14", "no longer new"
    assert not wall.card.new_mark.isVisible() and wall.card.when.accessibleName() == "Today 08:14"
    click(qtbot, wall.home_button)
    qtbot.waitUntil(lambda: window.home.tiles["wall"].text() == "Messages\n2 new")


def test_the_order_stays_put_while_cards_are_read(qtbot: QtBot, window: MainWindow) -> None:
    wall = open_wall(qtbot, window)
    first = list(wall._ids)
    for position in range(2, 5):
        click(qtbot, wall.next_button)
        shown(qtbot, wall, f"{position} of 12")
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert wall._ids == first, "reading a card must not reshuffle the wall under the person's finger"


def test_read_aloud_says_who_when_and_the_words(qtbot: QtBot, window: MainWindow, speaker: SilentSpeaker) -> None:
    wall = open_wall(qtbot, window)
    click(qtbot, wall.card.read_button)
    assert speaker.spoken == [f"From Sarah Jones, today at 08:14. {FIRST_TEXT}"]
    click(qtbot, wall.next_button)
    shown(qtbot, wall, "2 of 12")
    click(qtbot, wall.card.read_button)
    assert speaker.spoken[-1].startswith("From Emma Jones, today at 06:14. Hi Gran! Look at the cake")
    assert speaker.spoken[-1].endswith("There is a photo with this message.")
    assert wall.card.read_button.text() == "Reading… Stop", "it shows that it is reading"
    speaker.finish()
    qtbot.waitUntil(lambda: wall.card.read_button.text() == "Read aloud")


def test_when_a_message_came_in_words() -> None:
    now = FIXED_NOW  # Saturday 21 November 2026, 09:14 in London
    def at(days: int, hour: int, minute: int) -> datetime:
        return (now - timedelta(days=days)).replace(hour=hour, minute=minute)

    assert when_words(at(0, 9, 4), now, "en-GB").shown == "Today 09:04"
    assert when_words(at(1, 18, 2), now, "en-GB").shown == "Yesterday 18:02"
    assert when_words(at(1, 18, 2), now, "en-GB").spoken == "yesterday at 18:02"
    assert when_words(at(2, 19, 30), now, "en-GB").shown == "Thursday 19 November"
    assert when_words(at(2, 19, 30), now, "en-GB").spoken == "on Thursday 19 November"
    assert when_words(at(2, 19, 30), now, "en-GB").short == "Thu 19 Nov", "for a narrow line"
    assert when_words(at(2, 19, 30), now, "fr-FR").short == "jeu. 19 nov.", "in the household's language"
    assert when_words(at(2, 19, 30), now, "cy-GB").short == "Iau 19 Tach"
    assert when_words(at(1, 18, 2), now, "en-GB").short == "Yesterday 18:02", "short enough already"
    assert when_words(datetime(2025, 12, 25, 10, 0, tzinfo=LONDON), now, "en-GB").shown == \
        "Thursday 25 December 2025"
    new_york = datetime(2026, 11, 21, 3, 0, tzinfo=ZoneInfo("America/New_York"))
    assert when_words(new_york, now, "en-GB").shown == "Today 08:00", "in the household's own time zone"
    assert when_words(at(0, 17, 40), now, "en-US").shown == "Today 5:40 PM"
    assert time_text(at(0, 17, 40), "en-US") == "5:40 PM", "the check-in and concern lines write it the same way"


def test_a_photo_opens_full_screen_and_a_tap_closes_it(qtbot: QtBot, window: MainWindow) -> None:
    wall = open_wall(qtbot, window)
    click(qtbot, wall.next_button)
    shown(qtbot, wall, "2 of 12")
    [photo] = wall.card.photo_buttons
    assert isinstance(photo, PhotoButton)
    assert photo.accessibleName() == "Photo from Emma Jones. Tap to see it large."
    assert photo.height() >= 170
    click(qtbot, photo)
    assert wall.viewer.isVisible()
    assert not wall.scroller.isVisible() and not wall.home_button.isVisible()
    assert wall.viewer.caption.text() == "Photo from Emma Jones"
    assert wall.viewer.photo.width() > photo.width(), "larger than on the card"
    click(qtbot, wall.viewer.photo)
    assert not wall.viewer.isVisible() and wall.scroller.isVisible()
    click(qtbot, photo)
    qtbot.keyClick(wall.viewer.photo, Qt.Key.Key_Escape)
    assert not wall.viewer.isVisible()
    assert window.current_screen() == "wall", "Escape closes the photo, not the wall"
    click(qtbot, photo)
    click(qtbot, wall.viewer.close_button)
    assert not wall.viewer.isVisible()
    assert QApplication.focusWidget() is photo


def png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) \
        + chunk(b"IEND", b"")


def test_a_photo_that_cannot_be_shown_says_so_in_words(qtbot: QtBot, window: MainWindow,
                                                       household: Household) -> None:
    folder = household.paths.photos
    (folder / "garbled.jpg").write_bytes(b"not a picture at all " * 50)
    (folder / "enormous.png").write_bytes(png_header_only(60_000, 60_000))  # refused before it is decoded
    sarah = household.contacts.find_by_email("sarah@example.org")
    assert sarah is not None
    household.wall.add(sarah.id, sarah.email, "Two pictures for you", FIXED_NOW, ("garbled.jpg", "enormous.png"))
    wall = open_wall(qtbot, window)
    assert wall.card.text.text() == "Two pictures for you"
    words = [w for w in wall.card.findChildren(type(wall.card.text), "wall_broken_photo_words") if w.isVisible()]
    assert [w.text() for w in words] == ["This photo could not be shown"] * 2
    assert wall.card.photo_buttons == []


def test_one_tap_sends_a_reply_and_says_sent(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    wall = open_wall(qtbot, window)
    thanks = wall.replies.buttons[0]
    assert thanks.text() == "Thank you!" and thanks.accessibleName() == "Reply “Thank you!”"
    click(qtbot, thanks)
    assert wall.status.text() == "Sending…", "said at once, before anything comes back"
    qtbot.waitUntil(lambda: wall.status.text() == "Sent ✓")
    [item] = household.outbox.list()
    assert (item.kind, item.to, item.status) == ("reply", ("sarah@example.org",), "sent")
    assert item.body.startswith("Thank you!")
    transport = household.transport
    assert isinstance(transport, SandboxTransport)
    assert len(transport.outgoing.sent) == 1, "one tap, one reply: nothing more was asked"
    click(qtbot, wall.next_button)
    assert wall.status.text() == "", "the next card starts with nothing said"


def test_a_typed_reply_is_sent_from_a_big_box(qtbot: QtBot, window: MainWindow, household: Household) -> None:
    wall = open_wall(qtbot, window)
    click(qtbot, wall.replies.write)
    panel = wall.reply_panel
    assert wall.pages.currentWidget() is panel
    assert panel.heading.text() == "Your reply to Sarah Jones:"
    assert panel.box.accessibleName() == "Your reply to Sarah Jones"
    assert QApplication.focusWidget() is panel.box
    qtbot.keyClicks(panel.box, "Yes please, after lunch is lovely.")
    qtbot.keyClick(panel.box, Qt.Key.Key_Left)  # the arrow keys move in the text, not between cards
    assert wall.position.text() == "1 of 12"
    click(qtbot, panel.send)
    qtbot.waitUntil(lambda: wall.status.text() == "Sent ✓")
    assert wall.pages.currentWidget() is wall.cards_page
    [item] = household.outbox.list()
    assert item.body.startswith("Yes please, after lunch is lovely.")


def test_an_empty_typed_reply_is_refused_in_plain_words(qtbot: QtBot, window: MainWindow,
                                                        household: Household) -> None:
    wall = open_wall(qtbot, window)
    click(qtbot, wall.replies.write)
    qtbot.keyClicks(wall.reply_panel.box, "   ")
    click(qtbot, wall.reply_panel.send)
    assert wall.reply_panel.message.text() == "Please write something to send."
    assert wall.reply_panel.message.isVisible()
    assert wall.pages.currentWidget() is wall.reply_panel
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert household.outbox.list() == []


def test_cancel_and_escape_close_the_reply_box_and_send_nothing(qtbot: QtBot, window: MainWindow,
                                                                household: Household) -> None:
    wall = open_wall(qtbot, window)
    click(qtbot, wall.replies.write)
    qtbot.keyClicks(wall.reply_panel.box, "Never mind")
    click(qtbot, wall.reply_panel.cancel)
    assert wall.pages.currentWidget() is wall.cards_page
    click(qtbot, wall.replies.write)
    assert wall.reply_panel.box.toPlainText() == ""
    qtbot.keyClick(wall.reply_panel.box, Qt.Key.Key_Escape)
    assert wall.pages.currentWidget() is wall.cards_page
    assert window.current_screen() == "wall"
    assert household.outbox.list() == []


def test_a_wall_of_ten_thousand_messages_opens_without_a_stall(qtbot: QtBot, window: MainWindow,
                                                              household: Household,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    sarah = household.contacts.find_by_email("sarah@example.org")
    assert sarah is not None
    with household.database.session() as session:  # quicker than 10,000 wall.add() calls, each its own commit
        session.add_all(MessageRow(contact_id=sarah.id, sender_email=sarah.email, text=f"Old note {n}",
                                   received=FIXED_NOW - timedelta(days=10, minutes=n), read=True)
                        for n in range(10_000))
    # Reading the wall's order is made slow on purpose (a slow disk): if it happened on the GUI thread, the
    # event loop would stop for seconds.
    read_page, took = household.wall.page, []

    def slow_page(after: WallKey | None = None, limit: int = PAGE) -> WallPage:
        time.sleep(SLOW_S)
        took.append(SLOW_S)
        return read_page(after, limit)

    monkeypatch.setattr(household.wall, "page", slow_page)
    watch = StallWatch()
    watch.start()
    window.open_screen("wall")
    wall = window.wall
    qtbot.waitUntil(lambda: wall.current_card() is not None and not window.runner.busy, timeout=20_000)
    for position in range(2, 6):
        click(qtbot, wall.next_button)
        shown(qtbot, wall, f"{position} of 10012")
    watch.stop()
    assert took, "the slow read really happened"
    assert watch.longest_s < STALL_S, f"the event loop stalled for {watch.longest_s:.2f} s"
    assert len(wall._cards) <= 5, "only the cards near the one on show are kept"


def test_an_empty_wall_says_so_kindly(qtbot: QtBot, make_window: WindowFactory, empty_household: Household) -> None:
    window = make_window(home=empty_household)
    window.open_screen("wall")
    wall = window.wall
    qtbot.waitUntil(lambda: wall.pages.currentWidget() is wall.empty_page)
    assert wall.empty_words.text() == ("No messages yet. When your family writes, their messages will appear "
                                       "here.")
    assert wall.empty_words.isVisible() and wall.home_button.isVisible()
    assert not wall.next_button.isVisible()


@pytest.fixture
def live(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Iterator[Household]:
    home = live_household(tmp_path, imap_server, smtp_server)
    yield home
    home.close()


def test_a_reply_in_an_outage_will_send_later_and_stays_queued(qtbot: QtBot, make_window: WindowFactory,
                                                               live: Household, imap_server: ImapServer,
                                                               smtp_server: SmtpServer) -> None:
    imap_server.deliver(family_mail("sarah@example.org", "Are you there, Mum?"))
    smtp_server.refuse("421 Service not available, try again later", at="RCPT")
    window = make_window(home=live)
    window.mail_watch.chime = CountingChime()
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: live.wall.unread_count() == 1 and not window.mail_watch.syncing, timeout=10_000)
    wall = open_wall(qtbot, window)
    assert wall.card.text.text() == "Are you there, Mum?"
    click(qtbot, wall.replies.buttons[2])
    assert wall.status.text() == "Sending…"
    qtbot.waitUntil(lambda: wall.status.text() == "Will send when the connection is back", timeout=10_000)
    [item] = live.outbox.list()
    assert item.status == "queued" and item.body.startswith("Please call me")
    assert smtp_server.messages == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == [], \
        "no error box for an outage"


def test_a_missed_call_invite_stays_as_a_call_card_with_call_back(qtbot: QtBot, make_window: WindowFactory,
                                                                 household: Household) -> None:
    from carelink.channels.email.mime import parse_message

    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    raw = ("Authentication-Results: mx.example.org; dmarc=pass header.from=example.org\r\n"
           f"From: {sarah.email}\r\nSubject: Call?\r\nMessage-ID: <old-invite@example.org>\r\n"
           f"Date: Sat, 21 Nov 2026 08:50:00 +0000\r\n\r\nJoin me: https://meet.jit.si/SarahsRoom123\r\n").encode()
    household.wall.add_mail(parse_message(raw), sarah.id, sarah.email, FIXED_NOW)
    window = make_window()
    window.open_screen("wall")
    card = window.wall.card
    qtbot.waitUntil(lambda: "wanted a video call" in card.text.text())
    assert card.text.text().startswith("Sarah Jones wanted a video call, today at ")
    assert card.call_back_button.isVisible()
    qtbot.mouseClick(card.call_back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "calls-confirm"
    assert "Sarah Jones" in window.calls.confirm.call_button.text()
