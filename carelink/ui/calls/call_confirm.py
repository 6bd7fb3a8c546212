"""Call Sarah?: her photo, one huge "Call Sarah" button and a "Not now", so a slip of the finger never calls; and
"Check my camera", to see what Sarah will see before calling."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from carelink.services.contacts import Contact
from carelink.services.status import Connection
from carelink.ui.care.words import cannot_send_words
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, label, tr
from carelink.ui.widgets_portrait import Avatar
from carelink.ui.widgets_screen import Screen

PHOTO_PX = 220
BIG_BUTTON_PX = 120


def huge_button(text: str, name: str, tile: str | None, icon_name: str | None = None) -> BigButton:
    """A tall button with big words; coloured like a Home tile when `tile` is given (a screen's main action)."""
    button = BigButton(text, icon_name)
    button.setObjectName(name)
    if tile:
        button.setProperty("tile", tile)
    button.text_label().setProperty("role", "big")
    button.text_label().setMinimumHeight(BIG_BUTTON_PX - 24)  # the style sheet's min-height would win on the button
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return button


class CallConfirmScreen(Screen):
    """Asks once before calling. `ask(contact)` fills it in; emits `call(contact_id)`, `not_now()` or
    `camera(contact_id)` (Check my camera)."""

    call = Signal(int)
    not_now = Signal()
    camera = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Call family"), "calls-confirm", parent=parent)
        self.contact: Contact | None = None
        row = QHBoxLayout()
        row.setSpacing(GAP_PX * 2)
        self.avatar_slot = QVBoxLayout()
        row.addLayout(self.avatar_slot)
        self.avatar: Avatar | None = None
        column = QVBoxLayout()
        column.setSpacing(GAP_PX)
        self.question = label(role="huge")
        self.question.setObjectName("calls_confirm_question")
        column.addWidget(self.question)
        self.explain = label(role="big")
        self.explain.setObjectName("calls_confirm_explain")
        column.addWidget(self.explain)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.body_layout.addLayout(row)
        self.buttons = QGridLayout()
        self.buttons.setSpacing(GAP_PX * 2)
        self.call_button = huge_button("", "calls_confirm_call", "calls", "calls")
        self.camera_button = huge_button(tr("Check my camera"), "calls_confirm_camera", None)  # what she will see
        self.not_now_button = huge_button(tr("Not now"), "calls_confirm_not_now", None)
        self.two_rows: bool | None = None
        self._arrange(two_rows=False)
        self.body_layout.addLayout(self.buttons)
        self.body_layout.addStretch(1)
        self.call_button.clicked.connect(self._call)
        self.not_now_button.clicked.connect(self.not_now)
        self.camera_button.clicked.connect(self._camera)

    def ask(self, contact: Contact, state: Connection = Connection.UP_TO_DATE) -> None:
        """Fill in the question for `contact`; `state` (what the household's email can do) decides whether an
        invite by email can be promised."""
        self.contact = contact
        if self.avatar is not None:
            self.avatar.hide()
            self.avatar.deleteLater()
        self.avatar = Avatar(contact.name, contact.photo, PHOTO_PX)
        self.avatar_slot.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        self.question.setText(tr("Call {name}?").format(name=contact.name))
        stuck = cannot_send_words(state)
        if stuck is not None:  # no invite can go: never promise one
            self.explain.setText(stuck + "\n" + tr("The call can still open here: phone {name} to say you are "
                                                    "calling.").format(name=contact.name))
        elif state is Connection.OFFLINE:
            self.explain.setText(tr("{name} will get an email with a link to join you when the connection is back, "
                                    "and the call will open here.").format(name=contact.name))
        else:
            self.explain.setText(tr("{name} will get an email with a link to join you, and the call will open "
                                    "here.").format(name=contact.name))
        self.call_button.setText(tr("Call {name}").format(name=contact.name))
        self._rearrange()

    def _arrange(self, two_rows: bool) -> None:
        """Call, Check my camera and Not now in one row (Call twice as wide), or Call across the first row and the
        other two below it, when a word of theirs would not fit in one row (long words are never cut)."""
        if two_rows == self.two_rows:
            return
        self.two_rows = two_rows
        for button in (self.call_button, self.camera_button, self.not_now_button):
            self.buttons.removeWidget(button)
        if two_rows:
            self.buttons.addWidget(self.call_button, 0, 0, 1, 2)
            self.buttons.addWidget(self.camera_button, 1, 0)
            self.buttons.addWidget(self.not_now_button, 1, 1)
            stretches = (1, 1, 0, 0)
        else:
            self.buttons.addWidget(self.call_button, 0, 0, 1, 2)
            self.buttons.addWidget(self.camera_button, 0, 2)
            self.buttons.addWidget(self.not_now_button, 0, 3)
            stretches = (1, 1, 1, 1)
        for button in (self.camera_button, self.not_now_button):  # on a second row, as tall as their words need
            button.text_label().setMinimumHeight(0 if two_rows else BIG_BUTTON_PX - 24)
        for column, stretch in enumerate(stretches):
            self.buttons.setColumnStretch(column, stretch)

    def _fits_in_one_row(self, width: int) -> bool:
        """Whether the three buttons, each at least as wide as its longest word, fit side by side in `width`."""
        need = sum(button.minimumWidth() for button in (self.call_button, self.camera_button, self.not_now_button))
        return need + 2 * self.buttons.spacing() <= width

    def _rearrange(self) -> None:
        for button in (self.call_button, self.camera_button, self.not_now_button):
            button.setMinimumWidth(button.widest_word_px())  # a long word ("maintenant") is never cut
        outer = self.layout()
        margins = outer.contentsMargins() if outer is not None else None
        width = self.width() - (margins.left() + margins.right() if margins is not None else 0)
        self._arrange(two_rows=not self._fits_in_one_row(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rearrange()

    def showEvent(self, event: QShowEvent) -> None:
        self._rearrange()  # the words' size may have changed while the screen was hidden
        super().showEvent(event)

    def entered(self) -> None:
        self.call_button.setFocus()

    def _camera(self) -> None:
        if self.contact is not None:
            self.camera.emit(self.contact.id)

    def _call(self) -> None:
        if self.contact is not None:
            self.call.emit(self.contact.id)
