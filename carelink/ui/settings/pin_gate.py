"""The PIN gate in front of Settings: a big keypad, also usable from the keyboard.

The first time, it asks the family to choose a PIN and type it twice. After 3 wrong tries the keypad rests for
30 seconds (then longer, see AdminPin), says so in plain words and counts down.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from carelink.services.admin_pin import AdminPin, PinAttempt
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, label, tr
from carelink.ui.widgets_screen import Screen

PIN_LENGTH = 4


class PinGate(Screen):
    """Asks for the admin PIN (or, the first time, for a new one twice). Emits `unlocked()` when it is right."""

    unlocked = Signal()

    def __init__(self, pin: AdminPin, demo: bool, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Settings"), "pin", parent=parent)
        self._pin, self._demo, self._runner = pin, demo, runner
        self._typed = ""
        self._first_choice: str | None = None
        self._wait_until: datetime | None = None  # the keypad rests until then (after too many wrong tries)
        self._wrong = 0
        self._checking = False  # a typed PIN is being checked: the keys wait for the answer
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.prompt = label(role="big")
        self.prompt.setObjectName("pin_prompt")
        self.dots = label(role="huge")
        self.dots.setObjectName("pin_dots")
        self.message = label(role="error")
        self.message.setObjectName("pin_message")
        self.demo_note = label(tr("This is the demo household: its PIN is 1234."), "quiet")
        if not demo:  # (never setVisible(True) before it has a parent: it would be shown as a window of its own)
            self.demo_note.hide()
        # The words on the left and the keypad on the right: four rows of keys fit a short screen beside the
        # words where, below them, the last row (0 and Delete) went off its edge.
        side_by_side = QHBoxLayout()
        side_by_side.setSpacing(GAP_PX * 2)
        words = QVBoxLayout()
        words.setSpacing(GAP_PX)
        for widget in (self.prompt, self.dots, self.message, self.demo_note):
            words.addWidget(widget)
        words.addStretch(1)
        side_by_side.addLayout(words, 3)
        keypad = QGridLayout()
        keypad.setSpacing(GAP_PX)
        self.keys: dict[str, BigButton] = {}
        for index, digit in enumerate("123456789"):
            self._add_key(keypad, digit, digit, index // 3, index % 3)
        # 0 under 7 and a wide Delete beside it (as on a calculator): "Delete" in large text needs more room than
        # a digit's key, and a squeezed key would wrap its word and push the keypad past the screen's edge.
        self._add_key(keypad, "0", "0", 3, 0)
        self._add_key(keypad, tr("Delete"), "delete", 3, 1, span=2)
        side_by_side.addLayout(keypad, 2)
        self.body_layout.addLayout(side_by_side)
        self.body_layout.addStretch(1)
        self.reset()

    def _add_key(self, grid: QGridLayout, text: str, key: str, row: int, column: int, span: int = 1) -> None:
        button = BigButton(text)
        button.setObjectName(f"pin_key_{key}")
        if key.isdigit():
            button.setAccessibleName(tr("Digit {digit}").format(digit=key))
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        button.setMinimumSize(96, 80)
        grid.addWidget(button, row, column, 1, span)
        self.keys[key] = button

    def reset(self) -> None:
        self._typed, self._first_choice = "", None
        if not self.resting:
            self.message.setText("")
        self._show_prompt()

    @property
    def checking(self) -> bool:
        """True while a typed PIN is being checked (the keys wait for the answer)."""
        return self._checking

    @property
    def resting(self) -> bool:
        """True while the keypad is off after too many wrong tries."""
        return self._wait_until is not None

    def _show_prompt(self) -> None:
        if self.resting:
            self.prompt.setText(tr("The number keys are switched off for a moment."))
        elif self._pin.is_set():
            self.prompt.setText(tr("Please type the 4-digit PIN for Settings."))
        elif self._first_choice is None:
            self.prompt.setText(tr("Choose a 4-digit PIN that keeps Settings safe. Write it down somewhere safe."))
        else:
            self.prompt.setText(tr("Please type the same PIN again."))
        self.dots.setText(" ".join("●" if i < len(self._typed) else "○" for i in range(PIN_LENGTH)))
        self.dots.setAccessibleName(tr("{count} of 4 digits typed").format(count=len(self._typed)))

    def entered(self) -> None:
        self.reset()
        self.keys["1"].setFocus()
        if self._pin.is_set():
            # A rest begun before CareLink was last closed still holds: ask the service (it reads the database).
            self._runner.run_task(self._pin.waiting, self._show_waiting, owner=self)

    def press(self, key: str) -> None:
        if self.resting or self._checking:
            return
        if key == "delete":
            self._typed = self._typed[:-1]
        elif len(self._typed) < PIN_LENGTH:
            self._typed += key
        self._show_prompt()
        if len(self._typed) == PIN_LENGTH:
            self._complete(self._typed)

    def _complete(self, typed: str) -> None:
        self._typed = ""
        if self._pin.is_set():
            # Checking the salted hash takes a moment: never on the GUI thread.
            self._checking = True
            self._runner.run_task(lambda: self._pin.attempt(typed), self._checked, self._check_failed, owner=self)
        elif self._first_choice is None:
            self._first_choice = typed
            self.message.setText("")
        elif typed == self._first_choice:
            self._runner.run_task(lambda: self._pin.set(typed), lambda _: self.unlocked.emit(), owner=self)
        else:
            self._first_choice = None
            self.message.setText(tr("The two PINs were different. Please choose one again."))
        self._show_prompt()

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.message.setText(tr("CareLink could not check the PIN just now. Please try again."))

    def _checked(self, attempt: PinAttempt) -> None:
        self._checking = False
        if attempt.right:
            self.message.setText("")
            self.unlocked.emit()
        elif attempt.wait_s > 0:
            self._rest(attempt)
        else:
            self.message.setText(tr("That PIN is not right. Please try again."))

    def _show_waiting(self, attempt: PinAttempt) -> None:
        if attempt.wait_s > 0:
            self._rest(attempt)

    def _rest(self, attempt: PinAttempt) -> None:
        """Turn the keypad off for the wait, and say why and for how long."""
        self._wait_until = self._pin.deadline(attempt.wait_s)
        self._wrong = attempt.failures
        self._typed = ""
        self._set_keys(enabled=False)
        self._show_prompt()
        self._tick()
        self._countdown.start()

    def _set_keys(self, enabled: bool) -> None:
        """The keypad on or off; off, the keys look plainly different (white, dashed), not only greyed."""
        for key in self.keys.values():
            key.setEnabled(enabled)
            key.setProperty("resting", not enabled)
            for part in (key, *key.findChildren(QLabel)):
                part.style().unpolish(part)
                part.style().polish(part)

    def _tick(self) -> None:
        if self._wait_until is None:
            self._countdown.stop()
            return
        left = self._pin.seconds_until(self._wait_until)
        if left <= 0:
            self._countdown.stop()
            self._wait_until = None
            self._set_keys(enabled=True)
            self._show_prompt()
            self.message.setText(tr("You can try the PIN again now."))
            self.keys["1"].setFocus()
            return
        self.message.setText(tr("Wrong PIN {count} times. Please wait {time}, then try again.").format(
            count=self._wrong, time=_how_long(left)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("delete")
        else:
            super().keyPressEvent(event)


def _how_long(seconds: int) -> str:
    """A wait in plain words: seconds up to a minute and a half, whole minutes (rounded up) after that."""
    if seconds == 1:
        return tr("1 second")
    if seconds <= 90:
        return tr("{count} seconds").format(count=seconds)
    minutes = (seconds + 59) // 60
    return tr("{count} minutes").format(count=minutes)
