"""The window's side of the door for `carelink call ID` (carelink/services/call_door.py): Qt's event loop
watches the door, and a knock is answered on the GUI thread at once (the request is one short line)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier

from carelink.household import Household
from carelink.services.call_door import CallDoor

if TYPE_CHECKING:
    from carelink.ui.main_window import MainWindow


class CallDoorWatch(QObject):
    """Holds a `CallDoor` (open, or not where it could not open) and answers each knock with
    `answer(contact_id)` (True: the call opens here; False: the window is busy). `close()` takes the door away."""

    def __init__(self, door: CallDoor, answer: Callable[[int], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._door, self._answer = door, answer
        self._notifier: QSocketNotifier | None = None
        if door.fileno() >= 0:  # (an open door)
            self._notifier = QSocketNotifier(door.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._knocked)

    def _knocked(self) -> None:
        self._door.take(self._answer)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self._door.close()


def open_call_door(household: Household, window_now: Callable[[], MainWindow]) -> CallDoorWatch:
    """`carelink call ID` on this household opens the call in the window shown now (`window_now()`), which invites
    the contact once the call's page has opened. The window is busy (nothing opens, nobody is invited) while it is
    in a call or ringing, while a lesson runs or workshop mode is on, and when the window shown is not this
    household's. Where this computer has no door for it, nobody can knock (the command opens the browser)."""
    door = CallDoor(household.paths.root)
    door.open()

    def answer(contact_id: int) -> bool:
        window = window_now()
        if window.household is not household or window.in_lesson() or window.in_workshop_mode():
            return False
        return window.calls.call_from_outside(contact_id)

    return CallDoorWatch(door, answer)
