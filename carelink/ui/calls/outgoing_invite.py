"""The invite of a call Mary starts, sent only once the call's page has really opened: its page has loaded and
stayed loaded a moment (`SETTLE_MS`, long enough for a camera another program has to say so), so Sarah is never
asked to join a room that could not open here. A call that fails first, or is hung up first, invites nobody; Try
again that then opens the page sends it then.

The invite is stored in the outbox (before anything is sent) and sent through the courier on the runner; one that
cannot be sent yet waits safely in the outbox. One that cannot even be stored is passed to `not_stored`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from carelink.household import Household
from carelink.ui.runner import BackgroundRunner

log = logging.getLogger(__name__)
SETTLE_MS = 250


class OutgoingInvite(QObject):
    """`expect(contact_id)` when a call that needs an invite starts; `page_opened()` when its page has loaded;
    `send_now()` where there is no page to wait for (a phone number, a practice call); `cancel()` when the call
    ends or fails. Each call's invite is stored and sent at most once."""

    def __init__(self, household: Household, runner: BackgroundRunner,
                 not_stored: Callable[[BaseException], None], parent: QObject | None = None,
                 settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self._household, self._runner, self._not_stored = household, runner, not_stored
        self._due: int | None = None  # the contact whose invite waits for the page
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(settle_ms)
        self.timer.timeout.connect(self.send_now)

    @property
    def due(self) -> bool:
        return self._due is not None

    def expect(self, contact_id: int) -> None:
        self.timer.stop()
        self._due = contact_id

    def page_opened(self) -> None:
        """The page loaded: the invite goes once it has stayed so for a moment (unless cancelled meanwhile)."""
        if self._due is not None and not self.timer.isActive():
            self.timer.start()

    def cancel(self) -> None:
        """The page failed, or the call ended: nobody is invited (unless the page opens again, after `expect`)."""
        self.timer.stop()

    def forget(self) -> None:
        """The call is over: its invite, if not sent yet, never will be."""
        self.timer.stop()
        self._due = None

    def send_now(self) -> None:
        contact_id, self._due = self._due, None
        self.timer.stop()
        if contact_id is None:
            return
        calls, courier = self._household.calls, self._household.courier

        def store_and_send() -> None:
            calls.start_call(contact_id)
            try:
                courier.send_now()
            except Exception:  # the invite stays queued and the next sync sends it; the call goes on
                log.exception("the call invite could not be sent yet")

        self._runner.run_task(store_and_send, on_error=self._not_stored, owner=self)
