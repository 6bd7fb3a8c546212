"""What the household's email can actually do, in one of a few states that every screen and command puts into
words: nothing is "sent", "up to date" or "your family will get it" unless a mail server took it.

The state comes from what really happened: the last sync (MailSync) and every pass of the courier
(`ConnectionStatus.note_delivery`, connected in the composition root), never from a screen's own guess."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from carelink.events import Event
from carelink.translation import sentence

if TYPE_CHECKING:  # the outbox (and SQLAlchemy) only once the household is built: Home paints before
    from carelink.services.outbox import DeliveryReport


class Connection(Enum):
    UP_TO_DATE = "up_to_date"  # the mail server answered: what is stored is sent
    OFFLINE = "offline"  # the mail server could not be reached: it goes when the connection is back
    NOT_SET_UP = "not_set_up"  # no email account: nothing can be sent at all
    LOGIN_REFUSED = "login_refused"  # the server refused the user name or password: nothing goes until it is put right
    DEMO = "demo"


# The command line's words for the states in which nothing is going (the screens say the same through tr()).
CANNOT_SEND = {
    Connection.NOT_SET_UP: sentence("CareLink can't send messages yet — ask your family to set up email"),
    Connection.LOGIN_REFUSED: sentence("Your family needs to check the email password"),
    Connection.OFFLINE: sentence("Offline — messages will go when the connection is back"),
}


def connection_after(report: DeliveryReport) -> Connection | None:
    """What a delivery pass showed about the account, or None when it showed nothing (it tried nothing, or
    another CareLink was sending)."""
    from carelink.services.outbox import NOT_SET_UP

    if report.deferred or not report.tried:
        return None
    if report.error == NOT_SET_UP:
        return Connection.NOT_SET_UP
    if report.login_refused:
        return Connection.LOGIN_REFUSED
    if report.error is not None:
        return Connection.OFFLINE
    return Connection.UP_TO_DATE


class ConnectionStatus:
    """Holds the household's connection state. Emits `changed(Connection)` when it moves (on the thread that
    moved it)."""

    def __init__(self, initial: Connection) -> None:
        self._state = initial
        self.changed: Event[Connection] = Event()

    @property
    def state(self) -> Connection:
        return self._state

    @property
    def can_send(self) -> bool:
        """False when nothing can go until the family acts (no account, or a refused password)."""
        return self._state not in (Connection.NOT_SET_UP, Connection.LOGIN_REFUSED)

    def set(self, state: Connection) -> None:
        if state is not self._state:
            self._state = state
            self.changed.emit(state)

    def note_delivery(self, report: DeliveryReport) -> None:
        """A courier's pass: what it showed becomes the state (the demo stays the demo)."""
        state = connection_after(report)
        if state is not None and self._state is not Connection.DEMO:
            self.set(state)
