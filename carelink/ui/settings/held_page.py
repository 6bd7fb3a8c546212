"""Settings → Held messages: mail from people not on the contact list (or that failed its sender check) waits
here for the family. The older adult never sees it. Put it on the wall (and perhaps add the sender as family), or
delete it after one more question."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.services.contacts import ContactService
from carelink.services.held import OTHER_REASON, REASON_WORDS, HeldMessage, HeldService
from carelink.services.locales import clock_time
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.pages import Page
from carelink.ui.theme import GAP_PX, MIN_TARGET_PX
from carelink.ui.widgets import BigButton, core_tr, error_words, label, labelled_field, tr
from carelink.ui.widgets_choice import ChoiceRow

_ITEM_PADDING_PX = 14  # the theme's left and right padding of a list row, and a little more
MAX_SHOWN_CHARS = 5000  # a very long message is cut here on screen (the wall gets all of it)


class _FittedList(QListWidget):
    """A list as tall as its first few rows, so that at large text the page scrolls rather than a small box."""

    def __init__(self, rows_shown: int) -> None:
        super().__init__()
        self._rows_shown = rows_shown
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(4)

    def fit(self) -> None:
        # Measured here from the words and the width (the view's own row sizes lag behind a resize).
        metrics = QFontMetrics(self.font())
        width = max(self.viewport().width() - 2 * _ITEM_PADDING_PX - 2 * self.spacing(), 1)
        rows = 0
        for row in range(min(self.count(), self._rows_shown)):
            words = metrics.boundingRect(QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap, self.item(row).text())
            rows += max(words.height() + 8, MIN_TARGET_PX) + 2 * self.spacing()
        everything_shown = self.count() <= self._rows_shown
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if everything_shown
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        needed = max(rows, MIN_TARGET_PX) + 2 * self.frameWidth()
        self.setFixedHeight(max(needed, self.minimumSizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()  # the words wrap differently at a new width


def reason_words(reason: str) -> str:
    """Why a message is held, in the household's language (the core's one list, services/held.py)."""
    return core_tr(REASON_WORDS.get(reason, OTHER_REASON))


def when_words(held: HeldMessage, locale_name: str = "") -> str:
    """"21 Nov 2026, 09:14", with the month's name in the household's language."""
    locale = QLocale(locale_name.replace("-", "_")) if locale_name else QLocale()
    when = held.received.astimezone() if held.received.tzinfo else held.received  # the computer's own clock
    return f"{locale.toString(QDate(when.year, when.month, when.day), 'd MMM yyyy')}, {clock_time(when, locale_name)}"


class HeldPage(Page):
    """The held list, the chosen message's words (plain text, read-only), and what to do with it.

    Emits `count_changed(number)` whenever the list is read again, so the Settings button can show the number.
    """

    count_changed = Signal(int)
    _held_changed = Signal()  # the service's event, carried onto the GUI thread from whichever thread emitted it

    def __init__(self, held: HeldService, contacts: ContactService, runner: BackgroundRunner,
                 locale: Callable[[], str] = lambda: "", parent: QWidget | None = None) -> None:
        super().__init__(tr("Held messages"), "held", parent)
        self._held, self._contacts, self._runner, self._locale = held, contacts, runner, locale
        self._messages: list[HeldMessage] = []
        self.column.addWidget(label(tr("Messages from people who are not on the contact list wait here, so that "
                                       "strangers never reach the wall, and so do automatic messages (read "
                                       "receipts, out-of-office replies). Only the family sees them.")))
        self.empty = label(role="big")
        self.empty.setObjectName("held_empty")
        self.column.addWidget(self.empty)
        self.list = _FittedList(rows_shown=3)
        self.list.setObjectName("held_list")
        self.list.setAccessibleName(tr("Held messages"))
        self.list.currentRowChanged.connect(lambda _: self._show_selected())
        self.column.addWidget(self.list)

        self.about = label(role="big")
        self.about.setObjectName("held_about")
        self.column.addWidget(self.about)
        self.card = QFrame()
        self.card.setProperty("role", "card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(20, 16, 20, 16)
        self.text = label()  # plain text only: nothing a stranger wrote is ever read as markup
        self.text.setObjectName("held_text")
        self.text.setAccessibleName(tr("The message's words"))
        card.addWidget(self.text)
        self.column.addWidget(self.card)

        self.add_choice = ChoiceRow("held_add", [("no", tr("Just this message")), ("yes", "")])
        self.add_choice.chosen.connect(lambda _: self._show_name())
        rows = self.add_choice.layout()
        if isinstance(rows, QBoxLayout):  # one above the other: an address can be long
            rows.setDirection(QBoxLayout.Direction.TopToBottom)
        self.column.addWidget(self.add_choice)
        self.name_box = QWidget()
        self.name_box.setObjectName("screen")
        name_column = QVBoxLayout(self.name_box)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.setSpacing(GAP_PX)
        self.name = labelled_field(name_column, tr("Their name, as it will show on the wall"), "held_name")
        self.column.addWidget(self.name_box)

        row = QHBoxLayout()
        row.setSpacing(GAP_PX)
        self.approve_button = BigButton(tr("Put on the wall"))
        self.approve_button.setObjectName("held_approve")
        self.delete_button = BigButton(tr("Delete"))
        self.delete_button.setObjectName("held_delete")
        self.confirm_delete = BigButton(tr("Yes, delete it"))
        self.confirm_delete.setObjectName("held_confirm_delete")
        self.keep = BigButton(tr("Keep it"))
        self.keep.setObjectName("held_keep")
        for button in (self.approve_button, self.delete_button, self.confirm_delete, self.keep):
            row.addWidget(button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.message = label(role="error")
        self.message.setObjectName("held_message")
        self.column.addWidget(self.message)
        self.column.addStretch(1)

        self.approve_button.clicked.connect(self.approve)
        self.delete_button.clicked.connect(self._ask_delete)
        self.confirm_delete.clicked.connect(self.delete)
        self.keep.clicked.connect(lambda: self._show_confirm(False))
        self._held_changed.connect(self.refresh)
        held.changed.connect(self._changed_elsewhere)
        self._show_confirm(False)
        self.refresh()

    def _changed_elsewhere(self, _: None) -> None:
        if shiboken6.isValid(self):  # the service can outlive this window
            self._held_changed.emit()

    def entered(self) -> None:
        self.message.setText("")
        self._show_confirm(False)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again, keeping the same message chosen while it is still there."""
        chosen = self.selected()
        self._messages = self._held.list()
        locale = self._locale()
        self.list.blockSignals(True)
        self.list.clear()
        for held in self._messages:
            words = tr("{sender}\n“{subject}”\n{when} — held: {reason}").format(
                sender=held.sender_email, when=when_words(held, locale), subject=held.subject or tr("(no subject)"),
                reason=reason_words(held.reason))
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, held.id)
            self.list.addItem(item)
        ids = [held.id for held in self._messages]
        if self._messages:
            self.list.setCurrentRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self.list.blockSignals(False)
        count = len(self._messages)
        self.empty.setText(tr("Nothing is held just now.") if not count else
                           tr("{count} held. Choose one to read it.").format(count=count))
        self.list.fit()
        for widget in (self.list, self.about, self.card, self.add_choice, self.approve_button, self.delete_button):
            widget.setVisible(bool(count))
        if not count:
            self._show_confirm(False)
        self._show_selected()
        self.count_changed.emit(count)

    def count(self) -> int:
        return len(self._messages)

    def selected(self) -> HeldMessage | None:
        row = self.list.currentRow()
        return self._messages[row] if 0 <= row < len(self._messages) else None

    def _show_selected(self) -> None:
        held = self.selected()
        if held is None:
            self.about.setText("")
            self.text.setText("")
            self.name_box.setVisible(False)
            return
        self.about.setText(tr("What {sender} wrote:").format(sender=held.sender_email))
        text = held.text if len(held.text) <= MAX_SHOWN_CHARS else held.text[:MAX_SHOWN_CHARS] + " …"
        self.text.setText(text or tr("(This message has no words, only pictures or attachments.)"))
        known = self._contacts.find_by_email(held.sender_email) is not None
        self.add_choice.buttons["yes"].setText(tr("Also add {address} as family").format(
            address=held.sender_email))
        self.add_choice.setVisible(not known)
        self.add_choice.select("no")
        self.name.clear()
        self._show_name()
        self._show_confirm(False)

    def _show_name(self) -> None:
        self.name_box.setVisible(self.add_choice.isVisibleTo(self) and self.add_choice.buttons["yes"].isChecked())
        if self.name_box.isVisibleTo(self):
            self.name.setFocus()

    def _show_confirm(self, visible: bool) -> None:
        self.confirm_delete.setVisible(visible)
        self.keep.setVisible(visible)

    def approve(self) -> None:
        held = self.selected()
        if held is None:
            self.message.setText(tr("Choose a message in the list first."))
            return
        add_as: str | None = None
        if self.name_box.isVisibleTo(self):
            add_as = self.name.text().strip()
            if not add_as:
                self.message.setText(tr("Please type their name, so the wall can show who it is from."))
                self.name.setFocus()
                return
        self.approve_button.setEnabled(False)
        self.message.setText(tr("Putting it on the wall…"))
        self._runner.run_task(lambda: self._held.approve(held.id, add_as),
                              lambda _: self._approved(held, add_as), self._failed, owner=self)

    def _approved(self, held: HeldMessage, add_as: str | None) -> None:
        self.approve_button.setEnabled(True)
        self.refresh()
        self.message.setText(
            tr("The message from {sender} is on the wall now, and {name} is on the contact list.").format(
                sender=held.sender_email, name=add_as) if add_as else
            tr("The message from {sender} is on the wall now.").format(sender=held.sender_email))

    def _failed(self, error: BaseException) -> None:
        self.approve_button.setEnabled(True)
        self.refresh()
        self.message.setText(error_words(error) if isinstance(error, UserError)
                             else tr("That did not work. Please try again."))

    def _ask_delete(self) -> None:
        held = self.selected()
        if held is None:
            self.message.setText(tr("Choose a message in the list first."))
            return
        self.message.setText(tr("Delete the message from {sender}? It cannot be brought back.").format(
            sender=held.sender_email))
        self._show_confirm(True)
        self.keep.setFocus()

    def delete(self) -> None:
        held = self.selected()
        self._show_confirm(False)
        if held is None:
            return
        self._runner.run_task(lambda: self._held.reject(held.id), lambda _: self._deleted(held), self._failed,
                              owner=self)

    def _deleted(self, held: HeldMessage) -> None:
        self.refresh()
        self.message.setText(tr("The message from {sender} has been deleted.").format(sender=held.sender_email))
