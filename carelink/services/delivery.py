"""The courier: the one part of CareLink that sends the outbox.

Screens and commands never call the outbox themselves: they store what is to be sent (a concern, a reply, an
invite) through their service, then ask the courier to `send_now()` and read the answer. The GUI calls it on the
background runner, the command line inline. After each pass the courier emits `sent(item)` and `failed(item)`
(refused for good) for every item that moved, and the services that care (concerns, check-in) subscribe, so that
what a concern says follows what the mail server really did.

Back-off is only for a server that is not answering: when any server contact succeeds (an item goes, or a sync
reaches the mail server), when the network comes back, or when the computer's clock was put right, the next pass
tries everything queued at once. Within one run the courier keeps its own retry times on the monotonic clock, so a
clock moved back (or forward) never stretches a wait.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from carelink.clock import Clock
from carelink.events import Event
from carelink.services.outbox import DeliveryReport, OutboxItem, OutboxService, backoff

log = logging.getLogger(__name__)
# Wall-clock time and the monotonic clock disagreeing by more than this between two passes: the clock was changed.
CLOCK_JUMP = timedelta(minutes=1)


class Courier:
    """Sends the household's outbox. Safe to call from any thread (one pass at a time in this process, and one
    process at a time per household by the outbox's lock file). Never raises for mail.

    Emits `sent(OutboxItem)` and `failed(OutboxItem)` after a pass, on the thread that ran it, and
    `passed(DeliveryReport)` after every pass."""

    def __init__(self, outbox: OutboxService, clock: Clock) -> None:
        self._outbox, self._clock, self._monotonic = outbox, clock, clock.monotonic
        self._lock = threading.Lock()
        self._try_everything = False  # set when a server answered or the network came back
        self._due_at: dict[int, float] = {}  # item id → when (monotonic) this run tries it again
        self._last_seen: tuple[float, float] | None = None  # (wall, monotonic) seconds at the last pass
        self.sent: Event[OutboxItem] = Event()
        self.failed: Event[OutboxItem] = Event()
        self.passed: Event[DeliveryReport] = Event()

    def server_answered(self) -> None:
        """A server was reached (for example a sync got to the mail server): the next pass tries everything."""
        self._try_everything = True

    def network_back(self) -> DeliveryReport:
        """The computer's network came back: try everything queued now."""
        self.server_answered()
        return self.send_now()

    def send_now(self, everything: bool = False) -> DeliveryReport:
        """Send what is due now (everything queued with `everything`, after a server answered, or after the clock
        was changed). Returns how the pass went; the items' events have been emitted when it returns.

        A listener may queue something new on hearing of a failure (a concern refused for good goes to the backup
        carer at once): then another pass follows straight away, a few times at most."""
        report = last = self._pass(everything)
        for _ in range(3):
            if not any(item.status == "failed" for item in last.tried):
                break
            last = self._pass(False)
            report = report.then(last)
        return report

    def _pass(self, everything: bool) -> DeliveryReport:
        with self._lock:
            everything = everything or self._try_everything or self._clock_changed()
            self._try_everything = False
            now = self._monotonic()
            also_due = frozenset(item_id for item_id, due in self._due_at.items() if due <= now)
            report = self._outbox.deliver_due(everything=everything, also_due=also_due)
            if report.sent:
                self._try_everything = False  # the pass itself went on to try everything after the first success
            for item in report.tried:
                if item.status == "queued":
                    self._due_at[item.id] = self._monotonic() + backoff(item.attempts, item.kind).total_seconds()
                else:
                    self._due_at.pop(item.id, None)
        # What the pass showed about the account first (the connection's state), then each item's news: a screen
        # that hears "sent" and looks again then finds the state that goes with it, never the one from before.
        self.passed.emit(report)
        for item in report.tried:
            self._emit(self.sent if item.status == "sent" else self.failed if item.status == "failed" else None,
                       item)
        return report

    def item(self, item_id: int) -> OutboxItem:
        """How one stored item stands now (for a screen that asked for it to be sent)."""
        return self._outbox.get(item_id)

    def failed_important(self, since: timedelta = timedelta(days=3)) -> list[OutboxItem]:
        """Concerns and alerts refused for good lately (newest first): the family must see these, and Home must
        never say "up to date" while there are any. One stops counting once a later one to any of its addresses
        went (the family put the address or the account right)."""
        failed: list[OutboxItem] = []
        reached: set[str] = set()
        for item in self._outbox.settled_since(("concern", "alert"), self._clock.now() - since):
            if item.status == "sent":
                reached.update(item.to)
            elif not reached.intersection(item.to):
                failed.append(item)
        return failed

    def _clock_changed(self) -> bool:
        """True when the wall clock moved differently from the monotonic clock since the last pass (put right,
        or set wrong): stored retry times then mean nothing, so everything queued is tried."""
        wall, mono = self._clock.now().timestamp(), self._monotonic()
        last, self._last_seen = self._last_seen, (wall, mono)
        if last is None:
            return False
        drift = abs((wall - last[0]) - (mono - last[1]))
        if drift > CLOCK_JUMP.total_seconds():
            log.info("the computer's clock moved by %.0f s; trying everything queued", drift)
            return True
        return False

    @staticmethod
    def _emit(event: Event[OutboxItem] | None, item: OutboxItem) -> None:
        if event is None:
            return
        try:
            event.emit(item)
        except Exception:  # one listener's trouble must not stop the others hearing, nor the pass reporting
            log.exception("a listener failed on outbox item %s", item.id)
