"""Messages: the family wall, one big card at a time, newest unread first, with Previous and Next, Read aloud,
one-tap and typed replies, and photos full screen. Everything is read and sent through the background runner."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.speech import Speaker
from carelink.ui.fitting import FittingStack, Refit
from carelink.ui.reading import ReadAloud
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import STANDARD, Palette, theme_for
from carelink.ui.wall.arrangement import FULL, CardsPage, ReplyChooser, empty_wall_page
from carelink.ui.wall.card import CardNavigation, MessageCard, card_keys
from carelink.ui.wall.card_loader import CardLoader
from carelink.ui.wall.loading import CardData, When, seen_by_the_person, spoken_card, when_words, within
from carelink.ui.wall.order_reader import WallOrderReader
from carelink.ui.wall.photo_viewer import PhotoViewer
from carelink.ui.wall.reply_panel import QuickReplies, ReplyPanel, ReplySender, reply_box_style
from carelink.ui.widgets import label, tr
from carelink.ui.widgets_screen import Screen

log = logging.getLogger(__name__)
KEEP_LOADED = 2  # cards kept ready either side of the one on show
SHOW_LOADING_AFTER_MS = 300


class WallScreen(Screen):
    """The wall. Holds the wall's order as it was when the screen opened (read a page at a time), the position on
    show, and the cards loaded near it; new mail that arrives meanwhile is put in front without moving the card on
    show.

    Emits `call_requested(contact_id)` when Call back is pressed on a call invite's card.
    """

    call_requested = Signal(int)

    def __init__(self, household: Household, speaker: Speaker, runner: BackgroundRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Messages"), "wall", parent=parent)
        self._household, self._speaker, self._runner = household, speaker, runner
        self._reader = WallOrderReader(household.wall, runner, self, self._opened, self._grown, self._arrived)
        self._step_waiting = False  # Next was pressed at the end of what is read: step once the next page is in
        self._index = 0
        self._cards: dict[int, CardData] = {}
        self._loader = CardLoader(household, runner, self, self._card_loaded, self._photos_loaded, self._card_failed)
        self._typed = False
        self._photo_index = 0
        self._palette: Palette = STANDARD
        self._locale = ""

        self.pages = FittingStack()
        self.card = MessageCard()
        self.reader = ReadAloud(self.card.read_button, speaker, self._card_words)  # "Reading… Stop" meanwhile
        self.reader.problem.connect(self._say)  # no voice on this computer: said in words under the card
        self.card.photo_opened.connect(self.open_photo)
        self.card.call_back.connect(self._call_back)
        self.nav = CardNavigation()
        self.nav.previous.connect(self.previous)
        self.nav.next.connect(self.next)
        self.previous_button, self.position, self.next_button = (self.nav.previous_button, self.nav.position,
                                                                 self.nav.next_button)
        self.replies = QuickReplies()
        self.replies.chosen.connect(lambda words: self.send_reply(words, typed=False))
        self.replies.write_requested.connect(self.open_reply)
        self.status = label(role="big")  # its line is always kept, so nothing moves when it speaks
        self.status.setObjectName("wall_status")
        self.chooser = ReplyChooser()  # the replies on a page of their own, where the card needs their room
        self.chooser.cancelled.connect(self.close_reply)
        self.nav.reply.connect(self.open_chooser)
        self.cards_page = CardsPage(self.card, self.nav, self.replies, self.status, self.chooser)
        self.pages.addWidget(self.cards_page)
        self.pages.addWidget(self.chooser)
        self._refit = Refit(self.scroller, self._arrange)

        self.empty_page, self.empty_words = empty_wall_page()
        self.pages.addWidget(self.empty_page)

        self.reply_panel = ReplyPanel()
        self.reply_panel.send_requested.connect(lambda words: self.send_reply(words, typed=True))
        self.reply_panel.cancelled.connect(self.close_reply)
        self.reply_sender = ReplySender(household.replies, household.courier, runner, self)
        self.reply_sender.finished.connect(self._replied)
        self.pages.addWidget(self.reply_panel)
        self.body_layout.addWidget(self.pages, 1)

        self.viewer = PhotoViewer(lambda: self._palette.focus)
        self.viewer.setVisible(False)
        self.viewer.closed.connect(self.close_photo)
        outer = self.layout()
        assert outer is not None
        outer.addWidget(self.viewer)

        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(SHOW_LOADING_AFTER_MS)
        self._loading_timer.timeout.connect(lambda: self.card.show_problem(tr("Loading…")))  # only if slow
        self._keys = card_keys(self, self.card.scroller.verticalScrollBar(), self.previous, self.next)
        self._update_nav()

    # --- what is on show ------------------------------------------------------------------------------------------

    def entered(self) -> None:
        """Each time the screen opens: the wall's order afresh, starting at the newest unread message."""
        self._apply_palette()
        self._locale = self._household.settings.locale  # read once here, not for every card
        self.card.attachments.set_volume(self._household.settings.speech_volume)
        self.close_photo()
        self.close_reply()
        self.replies.set_enabled(False)  # until this visit's first card is on show
        self._say("")
        self._cards.clear()
        self._reader.open()

    @property
    def _ids(self) -> list[int]:  # read so far, in the wall's order as it was when the screen opened
        return self._reader.order.ids

    def current_id(self) -> int | None:
        return self._ids[self._index] if 0 <= self._index < len(self._ids) else None

    def current_card(self) -> CardData | None:
        wall_id = self.current_id()
        return self._cards.get(wall_id) if wall_id is not None else None

    def _opened(self) -> None:
        self._index, self._step_waiting = 0, False
        self.pages.setCurrentWidget(self.cards_page if self._ids else self.empty_page)
        if self._ids:
            self.show_index(0)
        self._update_nav()

    def _grown(self) -> None:
        if self._step_waiting and self._index < len(self._ids) - 1:
            self._step_waiting = False
            self.show_index(self._index + 1)
        else:
            self._update_nav()
            self._reader.read_ahead(self._index)  # read during this visit, so not added twice: read on

    def show_index(self, index: int) -> None:
        if not self._ids:
            return
        self._index = max(0, min(index, len(self._ids) - 1))
        self._update_nav()
        self.reader.stop()  # another card: reading the last one would not match what is shown
        self._say("")
        wall_id = self._ids[self._index]
        card = self._cards.get(wall_id)
        if card is not None:
            self._display(card)
        else:
            self.replies.set_enabled(False)  # a reply is to the card on show: none until it is
            self._loading_timer.start()
            self._loader.request(wall_id)
        keep = within(self._ids, self._index, KEEP_LOADED)
        for neighbour in keep:
            if neighbour not in self._cards:
                self._loader.request(neighbour)
        for far in set(self._cards) - keep:
            del self._cards[far]
        self._reader.read_ahead(self._index)

    def _card_loaded(self, card: CardData) -> None:
        wall_id = card.message.id
        if wall_id in within(self._ids, self._index, KEEP_LOADED):
            self._cards[wall_id] = card
        if wall_id == self.current_id():
            self._display(card)

    def _photos_loaded(self, decoded: CardData) -> None:
        wall_id = decoded.message.id
        kept = self._cards.get(wall_id)
        if kept is None:
            return
        self._cards[wall_id] = replace(kept, photos=decoded.photos, photos_pending=False)
        if wall_id == self.current_id():
            self.card.fill_photos(self._cards[wall_id])
            if self.viewer.isVisible():  # opened before the photo was decoded
                self.open_photo(self._photo_index)

    def _card_failed(self, wall_id: int, error: BaseException) -> None:
        if not isinstance(error, UserError):
            log.error("could not load wall message %s", wall_id, exc_info=error)
        if wall_id == self.current_id():
            self._loading_timer.stop()
            self.card.show_problem(tr("Sorry, this message could not be shown."))

    def _display(self, card: CardData) -> None:
        self._loading_timer.stop()
        self.replies.set_enabled(not self.reply_sender.busy)
        message = card.message
        self.card.show_card(card, self._when(card), new=not message.read)
        self._settle()
        if not message.read and seen_by_the_person(self):  # a screenshot is not the person reading it
            self._cards[message.id] = card.marked_read()
            self._loader.note_read(message.id)
            wall = self._household.wall
            self._runner.run_task(lambda: wall.mark_read(message.id), owner=self)

    def _arrange(self) -> None:
        """The replies below the card or beside it, for the room the screen has now (and the text size)."""
        self.cards_page.choose(self.scroller.contentsRect().size())
        self.card.refit()
        self.reply_panel.fit_room(self.scroller.contentsRect().height())

    def _settle(self) -> None:
        """Lay the new card out now, from the inside out, rather than over the next few turns of the event loop
        (so it is never drawn squeezed for a moment, nor caught so in a screenshot)."""
        self._arrange()
        for widget in (self.card, self.cards_page, self.pages, self.body):
            layout = widget.layout()
            if layout is not None:
                layout.activate()
        self.scroller.setWidgetResizable(True)  # sizes the body to its new minimum at once

    def _when(self, card: CardData) -> When:
        return when_words(card.message.received, self._household.clock.now(), self._locale)

    def _update_nav(self) -> None:
        self.nav.show_position(self._index, self._reader.order.total)
        self.title_changed.emit()

    def spoken_title(self) -> str:
        """"Messages, 1 of 12": the screen and the card on show."""
        if not self._ids:
            return self.title.text()
        return tr("{screen}, {number} of {total}").format(screen=self.title.text(), number=self._index + 1,
                                                          total=self._reader.order.total)

    def previous(self) -> None:
        if self._browsing() and self._index > 0:
            self.show_index(self._index - 1)

    def next(self) -> None:
        if self._browsing() and self._index < len(self._ids) - 1:
            self.show_index(self._index + 1)
        elif self._browsing() and not self._reader.order.complete:  # quicker than the next page was read
            self._step_waiting = True
            self._reader.read_ahead(self._index)

    def _browsing(self) -> bool:
        return self.pages.currentWidget() is self.cards_page and not self.viewer.isVisible()

    def wall_changed(self) -> None:
        """New mail (or a card marked read): put messages that were not on the wall before in front."""
        if self.isVisible() and self._ids:
            self._reader.look_for_new()
        elif self.isVisible():
            self._reader.open()

    def _arrived(self, count: int) -> None:
        self._index += count
        self._update_nav()
        if count:
            self._say(tr("A new message has arrived. Press Previous to see it.") if count == 1 else
                      tr("{count} new messages have arrived. Press Previous to see them.").format(count=count))

    def _call_back(self) -> None:
        card = self.current_card()
        if card is not None and card.message.contact_id is not None:
            self.call_requested.emit(card.message.contact_id)

    def read_aloud(self) -> None:
        """Read the card aloud (or, while reading, stop): what its Read aloud button does."""
        self.reader.press()

    def _card_words(self) -> str:
        card = self.current_card()
        if card is None:
            return ""
        extras = self.card.attachments.spoken()  # voice messages, clips, documents, in words
        return f"{spoken_card(card.message, self._when(card))} {extras}".strip()

    # --- photos ------------------------------------------------------------------------------------------------

    def open_photo(self, index: int) -> None:
        card = self.current_card()
        image = card.photos[index] if card is not None and 0 <= index < len(card.photos) else None
        if card is None or image is None:
            return
        self._photo_index = index
        self.viewer.show_photo(image, card.message.sender_name)
        for widget in (self.title, self.home_button, self.scroller):
            widget.setVisible(False)
        self.viewer.setVisible(True)
        self.viewer.photo.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_photo(self) -> None:
        if not self.viewer.isVisible():
            return
        self.viewer.setVisible(False)
        for widget in (self.title, self.home_button, self.scroller):
            widget.setVisible(True)
        buttons = self.card.photo_buttons
        if 0 <= self._photo_index < len(buttons):
            buttons[self._photo_index].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- replies -----------------------------------------------------------------------------------------------

    def open_chooser(self) -> None:
        """The replies on their own page (a small screen at large text): Reply was pressed."""
        if self._open_page(self.chooser):
            self.chooser.open_for(self._sender())
            self.replies.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, name: str) -> None:
        """A lesson rings `name`: a reply waiting behind Reply (a small screen at large text) is brought onto its page,
        as if Reply had been pressed, so the ring and the learner find it."""
        if self.replies.isAncestorOf(self.findChild(QWidget, name) or self) \
                and self.pages.currentWidget() is self.cards_page and self.cards_page.arrangement != FULL:
            self.open_chooser()

    def open_reply(self) -> None:
        if self._open_page(self.reply_panel):
            self.reply_panel.open_for(self._sender())

    def _open_page(self, page: QWidget) -> bool:
        """Show a replying page for the card on show (none while a reply is being sent)."""
        if self.current_card() is None or self.reply_sender.busy:
            return False
        self.pages.setCurrentWidget(page)
        self._set_keys(False)
        return True

    def _sender(self) -> str:
        card = self.current_card()
        return card.message.sender_name if card is not None else ""

    def close_reply(self) -> None:
        if self.pages.currentWidget() in (self.reply_panel, self.chooser):
            self.pages.setCurrentWidget(self.cards_page)
            back = self.replies.write if self.cards_page.arrangement == FULL else self.nav.reply_button
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_keys(True)

    def _set_keys(self, enabled: bool) -> None:
        for key in self._keys:
            key.setEnabled(enabled)

    def send_reply(self, words: str, typed: bool) -> None:
        """Store the reply, then try to send it; says how it went in words (never an error box for an outage)."""
        wall_id = self.current_id()
        if self.reply_sender.busy or wall_id is None:
            return
        if not words.strip():
            self.reply_panel.say(tr("Please write something to send."))
            return
        self._typed = typed
        if not typed and self.pages.currentWidget() is self.chooser:
            self.close_reply()  # back to the card, where the status line says how it went
        self.replies.set_enabled(False)  # one tap is one reply, however shaky the hand
        self.reply_panel.set_busy(True)
        (self.reply_panel.say if typed else self._say)(tr("Sending…"))
        self.reply_sender.send(wall_id, words)

    def _replied(self, wall_id: int, words: str, stored: bool) -> None:
        self.replies.set_enabled(True)
        self.reply_panel.set_busy(False)
        if self._typed and not stored:
            self.reply_panel.say(words)  # the typed words stay, to try again
            return
        self.close_reply()
        if wall_id == self.current_id():
            self._say(words)

    # --- look and keys -----------------------------------------------------------------------------------------

    def _say(self, words: str) -> None:
        self.status.setText(words)
        if words:
            self.scroller.ensureWidgetVisible(self.status)  # with very large text the screen scrolls

    def _apply_palette(self) -> None:
        """Colours that the application's style sheet does not cover: the reply box, and Previous/Next at the end
        of the wall (a dashed outline on the page colour: told apart by more than colour)."""
        p = self._palette = theme_for(self._household.settings.high_contrast, 1.0).palette
        self.reply_panel.box.setStyleSheet(reply_box_style(p))
        self.nav.apply_palette(p)
        self.card.attachments.apply_palette(p)
        self.card.date_line.apply_palette(p)
        # The card's words are dark on white; its Read aloud button keeps a button's own light words.
        self.card.read_button.setStyleSheet(f"QLabel {{ color: {p.button_text}; }}")
        self.replies.fit(self.replies.width())
        self.status.ensurePolished()
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.viewer.isVisible():
            self.close_photo()
        elif event.key() == Qt.Key.Key_Escape and self.pages.currentWidget() in (self.reply_panel, self.chooser):
            self.close_reply()
        else:
            super().keyPressEvent(event)
