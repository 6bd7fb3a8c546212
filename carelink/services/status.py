"""How connected the household is, in one of a few states that the home screen puts into words."""

from __future__ import annotations

from enum import Enum

from carelink.events import Event


class Connection(Enum):
    UP_TO_DATE = "up_to_date"
    OFFLINE = "offline"
    NOT_SET_UP = "not_set_up"
    DEMO = "demo"


class ConnectionStatus:
    """Holds the household's connection state. Emits `changed(Connection)` when it moves."""

    def __init__(self, initial: Connection) -> None:
        self._state = initial
        self.changed: Event[Connection] = Event()

    @property
    def state(self) -> Connection:
        return self._state

    def set(self, state: Connection) -> None:
        if state is not self._state:
            self._state = state
            self.changed.emit(state)
