"""The window's side of the door for `carelink call ID` (carelink/services/call_door.py): Qt's event loop
watches the door, and a knock is answered on the GUI thread at once (the request is one short line)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier

from carelink.household import Household
from carelink.services.call_door import CallDoor, DoorAnswer

if TYPE_CHECKING:
    from carelink.ui.main_window import MainWindow


class CallDoorWatch(QObject):
    """Holds a `CallDoor` (open, or not where it could not open) and answers each knock with
    `answer(contact_id)` (OPENED: the call opens here; else why not). `close()` takes the door away."""

    def __init__(self, door: CallDoor, answer: Callable[[int], DoorAnswer], parent: QObject | None = None) -> None:
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
    the contact once the call's page has opened. Nothing opens and nobody is invited, and the answer says why,
    while the window shows the demo household instead of this one, is still on its first-run setup (where no call
    screen may open: the person is being asked their name), runs a lesson or workshop mode, or is in a call or
    ringing. Where this computer has no door for it, nobody can knock (the command opens the browser)."""
    door = CallDoor(household.paths.root)
    door.open()

    def answer(contact_id: int) -> DoorAnswer:
        window = window_now()
        if window.household is not household:
            return DoorAnswer.DEMO if window.household.demo else DoorAnswer.BUSY
        if window.first_run is not None and window.current_screen() == "first_run":
            return DoorAnswer.SETTING_UP  # (asked before the call screens, which it would build)
        if window.in_lesson() or window.in_workshop_mode():
            return DoorAnswer.LESSON
        return DoorAnswer.OPENED if window.calls.call_from_outside(contact_id) else DoorAnswer.BUSY

    return CallDoorWatch(door, answer)
