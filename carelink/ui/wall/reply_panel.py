"""Replying: four one-tap replies (one tap sends, nothing more is asked) and a big box for a typed reply."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.services.delivery import Courier
from carelink.services.replies import ReplyService
from carelink.services.status import Connection, connection_after
from carelink.ui.care.words import cannot_send_words
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX, MIN_TARGET_PX, Palette
from carelink.ui.widgets import BigButton, error_words, label, tr

log = logging.getLogger(__name__)


def quick_replies() -> list[str]:
    return [tr("Thank you!"), tr("Lovely!"), tr("Please call me"), tr("Love you")]


def outcome_words(status: str, state: Connection | None = None) -> str:
    """How a stored reply's sending went, in words: an outage is a promise, never an error; a reply that cannot
    go until the family acts (no account, a refused password) says so."""
    stuck = cannot_send_words(state) if state is not None and status == "queued" else None
    if stuck is not None:
        return stuck
    return {"sent": tr("Sent ✓"), "queued": tr("Will send when the connection is back"),
            "failed": tr("This reply could not be delivered. Your family can see why in Settings.")}[status]


class ReplySender(QObject):
    """Stores a reply and then tries to send it, on the background runner, one reply at a time.

    Emits `finished(wall_id, words, stored)`: what to tell the person ("Sent ✓", or why nothing was stored).
    """

    finished = Signal(int, str, bool)

    def __init__(self, replies: ReplyService, courier: Courier, runner: BackgroundRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._replies, self._courier, self._runner = replies, courier, runner
        self.busy = False

    def send(self, wall_id: int, words: str) -> None:
        self.busy = True
        self._runner.run_task(lambda: self._reply_and_send(wall_id, words),
                              lambda went: self._finish(wall_id, outcome_words(*went), True),
                              lambda error: self._finish(wall_id, self._problem(error), False), owner=self)

    def _reply_and_send(self, wall_id: int, words: str) -> tuple[str, Connection | None]:
        """The stored reply's status after the courier's pass, and what that pass showed about the account."""
        item = self._replies.reply(wall_id, words)  # stored (committed) before anything is sent
        state = None
        try:
            state = connection_after(self._courier.send_now())
        except Exception:  # the reply is stored: the courier tries again later
            log.exception("sending after a reply failed")
        return self._courier.item(item.id).status, state

    @staticmethod
    def _problem(error: BaseException) -> str:
        if isinstance(error, UserError):
            return error_words(error)
        log.error("a reply could not be stored", exc_info=error)
        return tr("Sorry, the reply could not be saved. Please try again.")

    def _finish(self, wall_id: int, words: str, stored: bool) -> None:
        self.busy = False
        self.finished.emit(wall_id, words, stored)


def reply_box_style(p: Palette) -> str:
    """The typed reply's box in the theme's field colours (the application's style sheet covers one-line boxes)."""
    return (f"QPlainTextEdit {{ background: {p.field}; color: {p.field_text}; border: 5px solid {p.border};"
            f" border-radius: 8px; padding: 6px 10px; }} QPlainTextEdit:focus {{ border-color: {p.focus}; }}")


class QuickReplies(QWidget):
    """The one-tap replies and Write a reply, in one row, or in two when the words are large.

    Emits `chosen(text)` for a one-tap reply and `write_requested()` for Write a reply.
    """

    chosen = Signal(str)
    write_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(GAP_PX)
        self.buttons: list[BigButton] = []
        for index, words in enumerate(quick_replies()):
            button = BigButton(words)
            button.setObjectName(f"wall_reply_{index}")
            button.setAccessibleName(tr("Reply “{words}”").format(words=words))
            button.clicked.connect(lambda _=False, w=words: self.chosen.emit(w))
            self.buttons.append(button)
        self.write = BigButton(tr("Write a reply"))
        self.write.setObjectName("wall_write")
        self.write.clicked.connect(self.write_requested)
        self.rows: list[list[BigButton]] = []
        self._arrange([self._all()])

    def _all(self) -> list[BigButton]:
        return [*self.buttons, self.write]

    def _arrange(self, rows: list[list[BigButton]]) -> None:
        if rows == self.rows:
            return
        while self._rows.count():
            item = self._rows.takeAt(0)
            old = item.layout() if item is not None else None
            if old is not None:
                while old.count():
                    old.takeAt(0)
                old.deleteLater()
        for buttons in rows:
            row = QHBoxLayout()
            row.setSpacing(GAP_PX)
            for button in buttons:
                row.addWidget(button, button.sizeHint().width())  # shared out by need: no words wrap
            self._rows.addLayout(row)
        self.rows = rows

    def rows_at(self, width: int) -> list[list[BigButton]]:
        """As many buttons to a row as fit `width` with their words on one line, in order."""
        rows: list[list[BigButton]] = [[]]
        used = 0
        for button in self._all():
            need = button.sizeHint().width()
            if rows[-1] and used + GAP_PX + need > width:
                rows.append([])
                used = 0
            used += need + (GAP_PX if rows[-1] else 0)
            rows[-1].append(button)
        return rows

    def height_at(self, width: int) -> int:
        """How tall the replies are, laid out in `width`."""
        rows = self.rows_at(width)
        return sum(max(button.sizeHint().height() for button in row) for row in rows) + GAP_PX * (len(rows) - 1)

    def fit(self, width: int) -> None:
        self._arrange(self.rows_at(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit(event.size().width())

    def set_enabled(self, enabled: bool) -> None:
        for button in [*self.buttons, self.write]:
            button.setEnabled(enabled)


class ReplyBox(QPlainTextEdit):
    """The typed reply. Tab moves on to Send rather than typing a tab; Escape is left to the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:  # no taller than its least (it grows into room to spare): never pushed off screen
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)


class ReplyPanel(QWidget):
    """Who the reply goes to, a big text box, Send and Cancel, and a line that says how it went.

    Emits `send_requested(text)` and `cancelled()`.
    """

    send_requested = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall_reply_panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GAP_PX)
        self.heading = label(role="big")
        self.heading.setObjectName("wall_reply_heading")
        column.addWidget(self.heading)
        self.box = ReplyBox()
        self.box.setObjectName("wall_reply_text")
        self.box.setMinimumHeight(MIN_TARGET_PX * 2)  # a few lines, and room above a lesson strip
        self.box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        column.addWidget(self.box, 1)
        self.message = label(role="error")
        self.message.setObjectName("wall_reply_message")
        self.message.setVisible(False)
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP_PX * 2)
        self.send = BigButton(tr("Send"))
        self.send.setObjectName("wall_send")
        self.send.clicked.connect(lambda: self.send_requested.emit(self.box.toPlainText()))
        buttons.addWidget(self.send, 2)
        self.cancel = BigButton(tr("Cancel"))
        self.cancel.setObjectName("wall_cancel")
        self.cancel.clicked.connect(self.cancelled)
        buttons.addWidget(self.cancel, 1)
        column.addLayout(buttons)

    def fit_room(self, height: int) -> None:
        """Never taller than the room the screen shows it in (`height`, e.g. above a lesson strip on a small
        screen), so all of the box is seen at once: a few lines where there is room, one line at the least."""
        box = self.box
        box.ensurePolished()
        chrome = box.height() - box.viewport().height() if box.isVisible() else 0
        least = max(MIN_TARGET_PX, box.fontMetrics().lineSpacing() + max(chrome, 2 * GAP_PX) + 8)
        most = max(least, height - GAP_PX)
        box.setMinimumHeight(max(least, min(MIN_TARGET_PX * 2, most)))
        box.setMaximumHeight(most)

    def open_for(self, sender_name: str) -> None:
        words = tr("Your reply to {name}:").format(name=sender_name)
        self.heading.setText(words)
        self.box.setAccessibleName(tr("Your reply to {name}").format(name=sender_name))
        self.box.clear()
        self.say("")
        self.set_busy(False)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.send.setEnabled(not busy)
        self.box.setReadOnly(busy)
