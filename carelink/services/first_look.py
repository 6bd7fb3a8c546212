"""The household as Home first shows it, before its services are built: the settings the window needs to look right
(language, text size, contrast, kiosk), the person's name, the unread count and the connection's state, from a
read-only glance at the database (storage/glance.py). No SQLAlchemy: the composition root paints Home with this,
then builds the household and hands the window the real services.

`ShownSettings` and `UnreadCount` are what the first screens read, so the real SettingsService and WallService
serve them too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from carelink.events import Event
from carelink.services.locales import system_locale
from carelink.services.status import Connection, ConnectionStatus
from carelink.storage.glance import Glance, glance

# The defaults of the settings read here (services/settings.py SPECS; tests/unit/test_first_look.py checks them).
DEFAULTS = {"person.name": "", "display.text_size": "100", "display.high_contrast": "off", "display.kiosk": "off",
            "locale": ""}
EMAIL_KEYS = ("email.address", "email.imap_host", "email.smtp_host", "email.security")  # services/email_account.py
PIN_KEY = "admin.pin_hash"  # services/admin_pin.py


class ShownSettings(Protocol):
    """The settings the window and Home read as they are built (SettingsService has them all)."""

    changed: Event[str]

    @property
    def person_name(self) -> str: ...

    @property
    def text_scale(self) -> float: ...

    @property
    def high_contrast(self) -> bool: ...

    @property
    def kiosk(self) -> bool: ...

    @property
    def locale(self) -> str: ...


class UnreadCount(Protocol):
    def unread_count(self) -> int: ...


class FirstLook:
    """A household's settings, unread count and connection as the database held them a moment ago. Read-only:
    `changed` never fires (the real services take over once built)."""

    def __init__(self, seen: Glance, demo: bool) -> None:
        self._settings, self._unread, self.demo = seen.settings, seen.unread, demo
        self.changed: Event[str] = Event()
        email = all(self._settings.get(key) for key in EMAIL_KEYS)
        self.status = ConnectionStatus(Connection.DEMO if demo else
                                       Connection.UP_TO_DATE if email else Connection.NOT_SET_UP)

    def _get(self, key: str) -> str:
        return self._settings.get(key, DEFAULTS[key])

    @property
    def needs_first_run(self) -> bool:
        """A real household never set up shows the first-run steps, not Home (ui/main_window.needs_first_run)."""
        return not self.demo and not self.person_name and PIN_KEY not in self._settings

    @property
    def person_name(self) -> str:
        return self._get("person.name")

    @property
    def text_scale(self) -> float:
        return int(self._get("display.text_size")) / 100

    @property
    def high_contrast(self) -> bool:
        return self._get("display.high_contrast") == "on"

    @property
    def kiosk(self) -> bool:
        return self._get("display.kiosk") == "on"

    @property
    def locale(self) -> str:
        return self._get("locale") or system_locale()

    def unread_count(self) -> int:
        return self._unread


def first_look(database: Path, demo: bool) -> FirstLook | None:
    """The first look at the household in `database`, or None when it must be opened the usual way first (missing,
    about to be migrated, unreadable, a stored value this CareLink does not understand, or never set up)."""
    seen = glance(database)
    if seen is None:
        return None
    look = FirstLook(seen, demo)
    try:
        look.text_scale  # noqa: B018 (a value that does not read as a number: let the services say what is wrong)
    except ValueError:
        return None
    return None if look.needs_first_run else look
