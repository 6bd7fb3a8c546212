"""New mail while CareLink is open: a sync every minute, a sync as soon as the mail server says something came in,
and a gentle chime when a sync brought new family messages.

The waiting for news happens on one plain Python thread (IMAP IDLE blocks); it never touches a widget, it only
asks for a sync through a queued signal. Every sync runs on the background runner, one at a time. One connection
serves all day: the thread lends its signed-in mailbox to the sync its news starts, and while that connection
listens (IDLE) the minute's sync only sends and runs the timers, so nothing signs in again every minute.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication

from carelink.channels.ports import Mailbox, MailTransport
from carelink.errors import UserError
from carelink.resources import assets_dir
from carelink.storage import faults
from carelink.ui.queued import ask_later
from carelink.ui.runner import BackgroundRunner

if TYPE_CHECKING:
    from carelink.services.mail_sync import MailSync, SyncReport

log = logging.getLogger(__name__)
SYNC_EVERY_MS = 60_000
WAIT_FOR_NEWS_S = 300.0  # one IMAP IDLE look; the mailbox renews IDLE itself well inside the servers' limits
RETRY_AFTER_S = 60.0  # after the mail server could not be reached (the minute's sync keeps trying meanwhile)
SYNC_TIMEOUT_S = 600.0  # the thread never waits longer than this for the sync it asked for
STOP_WAIT_S = 5.0


class Chime(Protocol):
    """A short, gentle sound for news. play() returns at once."""

    def play(self) -> None: ...


class SoundEffectChime:
    """The chime through QtMultimedia. The audio system is started on the first play(), so a window that never
    chimes never starts it; on the offscreen platform (no screen, so nobody to hear it) it is never started."""

    def __init__(self, volume: float = 0.6) -> None:
        self._volume = volume
        self._effect: QObject | None = None

    def play(self) -> None:
        if QGuiApplication.platformName() == "offscreen":
            log.debug("no chime on the offscreen platform")
            return
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is None:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(assets_dir() / "sounds" / "chime.wav")))
            effect.setVolume(self._volume)
            self._effect = effect
        if isinstance(self._effect, QSoundEffect):
            ask_later(self._effect, "play")  # not from Python: carelink/ui/queued.py


class MailWatcher(QObject):
    """Keeps the wall up to date while the window is open. Holds the household's sync and transport, the runner,
    the chime, the minute's timer and (when the household has a mailbox) the thread that waits for news.

    Emits `synced(SyncReport)` on the GUI thread after every sync.
    """

    synced = Signal(object)
    _news = Signal()  # emitted by the waiting thread; queued to the GUI thread

    def __init__(self, sync: MailSync, transport: MailTransport, runner: BackgroundRunner, chime: Chime,
                 interval_ms: int = SYNC_EVERY_MS, wait_for_news_s: float = WAIT_FOR_NEWS_S,
                 retry_after_s: float = RETRY_AFTER_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sync, self._transport, self._runner = sync, transport, runner
        self.chime = chime
        self._wait_s, self._retry_s = wait_for_news_s, retry_after_s
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._minute)
        self._news.connect(self.sync_now, Qt.ConnectionType.QueuedConnection)
        self._syncing = self._again = self._again_fetch = False
        self._disk_trouble = False  # the last sync could not save (a full disk): news waits a while, not at once
        self._stopping = threading.Event()
        self._sync_done = threading.Event()  # set after each sync, so the thread knows its news was fetched
        self._lock = threading.Lock()
        self._mailbox: Mailbox | None = None
        self._lent: Mailbox | None = None  # the thread's mailbox while it waits for the sync its news asked for
        self._on_lent = False  # the sync under way fetches on the lent mailbox
        self._thread: threading.Thread | None = None
        self.started = False
        self._stopped = False  # after stop(), news the thread sent just before must not start a sync

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    @property
    def syncing(self) -> bool:
        return self._syncing

    @property
    def watching(self) -> bool:
        """True while the thread that waits for news from the mail server is running."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def listening(self) -> bool:
        """True while the thread holds a connection that hears of new mail as it comes (IMAP IDLE)."""
        with self._lock:
            mailbox = self._mailbox
        return mailbox is not None and mailbox.listening()

    def start(self) -> None:
        """A sync now, then one every minute and whenever the thread that waits for news hears of some."""
        self.started, self._stopped = True, False
        self.sync_now()
        self._timer.start()
        if self._thread is None or not self._thread.is_alive():
            self._stopping.clear()
            self._thread = threading.Thread(target=self._watch, name="carelink-mail-watch", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop the timer and end the thread: closing its mailbox from here wakes an IMAP IDLE within a second."""
        self._timer.stop()
        self.started, self._stopped = False, True
        thread, self._thread = self._thread, None
        self._stopping.set()
        self._sync_done.set()
        if thread is None:
            return
        for _ in range(int(STOP_WAIT_S / 0.5)):
            with self._lock:
                mailbox = self._mailbox
            if mailbox is not None:
                mailbox.close()  # again on each round: a wait that began just after a close is woken too
            thread.join(0.5)
            if not thread.is_alive():
                return
        log.warning("the mail watcher did not stop within %s s; leaving it (a daemon thread)", STOP_WAIT_S)

    def sync_now(self) -> None:
        """Fetch new mail and send the outbox now, in the background. A sync asked for while one runs follows it."""
        self._ask(fetch=True)

    def _minute(self) -> None:
        """The minute's sync: it looks for mail only when no held connection would hear of it by itself."""
        self._ask(fetch=not self.listening)

    def _ask(self, fetch: bool) -> None:
        if self._stopped:
            return  # the window is closing: its household may be closed next
        if self._syncing:
            self._again, self._again_fetch = True, self._again_fetch or fetch
            return
        self._syncing = True
        with self._lock:
            lent = self._lent if fetch else None
        self._on_lent = lent is not None
        self._runner.run_task(lambda: self._sync.sync_once(mailbox=lent, fetch=fetch), self._synced, self._failed,
                              owner=self)

    def _synced(self, report: SyncReport) -> None:
        self._disk_trouble = report.error in faults.MESSAGES
        self._finished()
        if report.new_messages:
            self.chime.play()
        self.synced.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._disk_trouble = isinstance(error, faults.StorageFault)
        if self._disk_trouble:
            log.warning("a mail sync stopped: %s", error)
        else:
            log.error("a mail sync failed", exc_info=error)
        self._finished()

    def _finished(self) -> None:
        self._syncing = False
        if self._on_lent:  # the thread may have its mailbox back
            self._on_lent = False
            with self._lock:  # and no sync asked for after this one may take it: the thread is about to listen on it
                self._lent = None
            self._sync_done.set()
        if self._again:
            fetch, self._again, self._again_fetch = self._again_fetch, False, False
            self._ask(fetch)

    # --- the thread ----------------------------------------------------------------------------------------------

    def _watch(self) -> None:
        """Wait for news from the mail server and ask for a sync when some comes (runs on its own thread)."""
        mailbox: Mailbox | None = None
        try:
            while not self._stopping.is_set():
                try:
                    if mailbox is None:
                        mailbox = self._open_mailbox()
                        if mailbox is None:  # no email account (yet), or the demo: look again later
                            self._stopping.wait(self._retry_s)
                            continue
                    if mailbox.wait_for_news(self._wait_s, since=self._sync.position()) \
                            and not self._stopping.is_set():
                        if not self._lend(mailbox):  # the window was deleted while this thread waited
                            return
                        if self._disk_trouble:  # the news is still there, unsaved: not again and again at once
                            self._stopping.wait(self._retry_s)
                except Exception as trouble:  # the thread must outlive any outage; the minute's sync carries on
                    if isinstance(trouble, UserError):
                        log.info("waiting for new mail paused: %s", trouble.message)
                    else:
                        log.exception("waiting for new mail failed")
                    self._forget(mailbox)
                    mailbox = None
                    self._stopping.wait(self._retry_s)
        finally:
            self._forget(mailbox)

    def _lend(self, mailbox: Mailbox) -> bool:
        """Ask for a sync on `mailbox` (signed in already) and wait until it is done; False if nobody is there."""
        self._sync_done.clear()
        with self._lock:
            self._lent = mailbox
        try:
            self._news.emit()
        except RuntimeError:  # the watcher was deleted: nobody to tell
            return False
        else:
            self._sync_done.wait(SYNC_TIMEOUT_S)
            return True
        finally:
            with self._lock:
                self._lent = None

    def _open_mailbox(self) -> Mailbox | None:
        mailbox = self._transport.mailbox()
        with self._lock:
            self._mailbox = mailbox
        return mailbox

    def _forget(self, mailbox: Mailbox | None) -> None:
        with self._lock:
            self._mailbox = None
        if mailbox is not None:
            try:
                mailbox.close()
            except Exception:
                log.exception("closing the watched mailbox failed")
