"""The call itself, inside CareLink's own window: the contact's photo and name, one huge red Hang up that the page
can never cover, and the call's web page below it (Qt WebEngine, imported only now; see web_call.py).

Until the other person is really there (for Jitsi, read from the page's own state), CareLink's calm "Calling
Sarah…" screen stands in front of the page; after 10 minutes with nobody it says so kindly. A page that fails to
load gets plain words, Try again and Home, never a blank. A phone number or an app's own link goes to the
computer's own handler, with a screen that says what happens. Hang up destroys the page (the camera goes off)
and comes back with a care line ("You talked with Sarah for 12 minutes").
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.call_pages import (
    JITSI_PROBE,
    WAIT_FOR_OTHERS,
    Opening,
    PageState,
    conference_started,
    is_jitsi,
    jitsi_link,
    opening,
    talked_minutes,
)
from carelink.services.calls import CallPlan
from carelink.services.contacts import Contact
from carelink.ui.calls.call_confirm import huge_button
from carelink.ui.calls.call_parts import FailedPage, SystemPage, WaitingPage, care_words
from carelink.ui.calls.ports import Opener, WebCallPort, web_call
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import Avatar, label, tr

log = logging.getLogger(__name__)
HANG_UP_PX = 110  # at least 96 px tall, always
HANG_UP_WIDE_PX = 340
PHOTO_PX = 96
PROBE_MS = 2_000


def _not_sent_yet(_error: BaseException) -> None:
    log.error("the call invite could not be sent yet", exc_info=_error)  # it stays queued for the next sync


class CallingScreen(QWidget):
    """Starts a call (`call(contact)`) or joins one (`join(name, link, photo)`) inside CareLink.

    Calling stores the invite and has the courier send it (on the runner), then opens the call's page. Emits
    `finished(care_line)` when Hang up (or Home) is pressed; the care line is "" when there is nothing to say.
    `state` is one of "getting_ready", "waiting", "in_call", "nobody", "failed", "system", "practice".
    """

    finished = Signal(str)

    def __init__(self, household: Household, runner: BackgroundRunner, opener: Opener,
                 wait_ms: int = int(WAIT_FOR_OTHERS.total_seconds() * 1000), probe_ms: int = PROBE_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.screen_name = "calls-calling"
        self._household, self._runner, self.opener = household, runner, opener
        self.state = ""
        self.name = ""
        self.url = ""
        self.web: WebCallPort | None = None
        self.make_web_call = web_call  # the call's page (tests put a loopback one here)
        self.watched = False
        self._started_at: float | None = None
        self._outgoing = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(GAP_PX)
        top = QHBoxLayout()
        top.setSpacing(GAP_PX * 2)
        self.avatar_slot = QHBoxLayout()
        top.addLayout(self.avatar_slot)
        self.avatar: Avatar | None = None
        self.who = label(role="big")
        self.who.setObjectName("calling_who")
        top.addWidget(self.who, 1)
        self.hang_up_button = huge_button(tr("Hang up"), "calling_finished", "concern")
        # Its own style sheet: the theme's min-height and min-width for buttons would win over setMinimum…()
        self.hang_up_button.setStyleSheet(f"min-height: {HANG_UP_PX}px; min-width: {HANG_UP_WIDE_PX}px;")
        self.hang_up_button.text_label().setMinimumHeight(HANG_UP_PX - 24)
        self.hang_up_button.clicked.connect(self.hang_up)
        top.addWidget(self.hang_up_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(top)
        self.pages = QStackedWidget()
        self.waiting = WaitingPage()
        self.headline = self.waiting.headline  # for the tutorial's "read" step and the tests
        self.failed = FailedPage()
        self.system = SystemPage()
        self.web_holder = QWidget()
        self.web_holder.setObjectName("call_web_holder")
        self.web_layout = QVBoxLayout(self.web_holder)
        self.web_layout.setContentsMargins(0, 0, 0, 0)
        for page in (self.waiting, self.web_holder, self.failed, self.system):
            self.pages.addWidget(page)
        outer.addWidget(self.pages, 1)
        self.failed.try_again.clicked.connect(self.try_again)
        self.failed.home.clicked.connect(lambda: self._leave(""))
        self.system.home.clicked.connect(lambda: self._leave(""))
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.setInterval(wait_ms)
        self.wait_timer.timeout.connect(self._nobody_yet)
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(probe_ms)
        self.probe_timer.timeout.connect(self._probe)

    # --- starting ------------------------------------------------------------------------------------------------

    def _person(self, name: str, photo: Path | None) -> None:
        self.name = name
        if self.avatar is not None:
            self.avatar.hide()
            self.avatar.deleteLater()
        self.avatar = Avatar(name, photo, PHOTO_PX)
        self.avatar_slot.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignVCenter)
        self.who.setText(name)
        self.hang_up_button.setText(tr("Hang up"))

    def call(self, contact: Contact, invite: bool = True) -> None:
        """Store the invite (unless the command line has sent it: `invite=False`), open the call, and send the
        invite meanwhile: the page never waits for the mail server (the invite waits safely in the outbox if
        sending fails)."""
        self._end_web()
        self._person(contact.name, contact.photo)
        self._outgoing = True
        self._wait("getting_ready", tr("Calling {name}…").format(name=contact.name),
                   tr("Getting the call ready. This takes a few seconds."))
        calls, courier = self._household.calls, self._household.courier

        def opened(plan: CallPlan) -> None:
            self._open_plan(plan)
            if invite:
                self._runner.run_task(courier.send_now, on_error=_not_sent_yet)

        self._runner.run_task(lambda: calls.start_call(contact.id) if invite else calls.plan(contact.id),
                              opened, self._not_started, owner=self)

    def join(self, name: str, link: str | None, photo: Path | None = None) -> None:
        """Join a call someone else started (their invite's link)."""
        self._end_web()
        self._person(name, photo)
        self._outgoing = False
        if not link:
            self._fail(tr("The call could not be opened"),
                       tr("{name}'s message had no call link in it. You can find it on your Messages.").format(
                           name=name), can_retry=False)
            return
        if opening(link) is Opening.INSIDE and "#" not in link \
                and is_jitsi(link, self._household.settings.get("calls.jitsi_server")):
            link = jitsi_link(link, self._household.settings.person_name or "CareLink")
        self._open(link)

    def joining(self, name: str, photo: Path | None = None) -> None:
        """Show "Joining Sarah's call…" while the answer is noted (then `join` opens it)."""
        self._end_web()
        self._person(name, photo)
        self._wait("getting_ready", tr("Joining {name}'s call…").format(name=name),
                   tr("Getting the call ready. This takes a few seconds."))

    def _open_plan(self, plan: CallPlan) -> None:
        self._open(plan.open_url)

    def _not_started(self, error: BaseException) -> None:
        words = error.message if isinstance(error, UserError) else tr("Something went wrong. Please try again.")
        self._fail(tr("The call could not be started"), words, can_retry=False)

    def _open(self, url: str) -> None:
        self.url = url
        if opening(url) is Opening.SYSTEM:
            self._open_elsewhere(url)
        elif self._household.sandbox:
            self._practise()
        else:
            self._open_inside(url)

    def _open_elsewhere(self, url: str) -> None:
        """A phone number or an app's own link: the computer's own handler, and a screen saying so."""
        try:
            opened = self.opener.open(url)
        except Exception:
            log.exception("opening the call link failed")
            opened = False
        self.state = "system"
        self.hang_up_button.hide()
        self.system.show_outcome(self.name, url, opened)
        self.pages.setCurrentWidget(self.system)
        self.system.home.setFocus()

    def _practise(self) -> None:
        """Tutorial mode: nobody is called and nothing is fetched; the same call window shows a drawn, moving
        picture of the pretend family member, made here."""
        from carelink.ui.calls.practice_page import PRACTICE_URL, practice_page

        self.opener.open(self.url)  # the practice opener notes it, and opens nothing
        self._wait("practice", tr("Talking with {name}…").format(name=self.name),
                   tr("In a real call, {name}'s face appears here and you can talk. This is only practice: "
                      "nobody is called.").format(name=self.name))
        self.web = web_call(PRACTICE_URL, self, practice_page(self.name))
        self._watch(self.web)  # (a practice page has nothing to wait for)
        view = self.web.widget
        if view is not None:
            self.web_layout.addWidget(view)
        self.web.start()
        self.pages.setCurrentWidget(self.web_holder)
        self._started_at = time.monotonic()

    def check_camera(self) -> None:
        """Check my camera and microphone: a page made here, no network, no call; Hang up (here "Finish")."""
        from carelink.ui.calls.camera_check import CHECK_URL, check_page

        self._end_web()
        self._person(tr("Your camera and microphone"), None)
        if self.avatar is not None:
            self.avatar.hide()  # nobody's photo: the page shows the person themselves
        self.hang_up_button.setText(tr("Finished"))
        self._outgoing = True
        self.url = CHECK_URL
        self.web = web_call(CHECK_URL, self, check_page(
            tr("Starting the camera…"), tr("This is you. Say something: the bar moves when the microphone hears you."),
            tr("The camera or microphone could not start. Another program may be using it."),
            tr("Sound level")))
        self._watch(self.web)
        view = self.web.widget
        if view is not None:
            self.web_layout.addWidget(view)
        self.watched = False
        self._wait("waiting", tr("Checking your camera and microphone…"), "")
        self.web.start()

    def _open_inside(self, url: str) -> None:
        self.web = self.make_web_call(url, self)
        self._watch(self.web)
        view = self.web.widget
        if view is not None:
            self.web_layout.addWidget(view)
        self.watched = is_jitsi(url, self._household.settings.get("calls.jitsi_server"))
        if self._outgoing:
            self._wait("waiting", tr("Calling {name}…").format(name=self.name),
                       tr("{name} has been sent a message to join. The call starts here as soon as {name} is "
                          "there.").format(name=self.name))
        else:
            self._wait("waiting", tr("Joining {name}'s call…").format(name=self.name),
                       tr("The call starts here in a moment."))
        self.wait_timer.start()
        self.web.start()

    # --- while it opens ------------------------------------------------------------------------------------------

    def _watch(self, web: WebCallPort) -> None:
        web.loaded.connect(self._loaded)
        web.camera_busy.connect(self._camera_busy)

    def _camera_busy(self) -> None:
        """Another program (another video call, say) has the camera: plain words, Try again and Home."""
        if self.web is None or self.state not in ("waiting", "nobody", "in_call", "practice"):
            return
        self._end_web()
        self._fail(tr("The camera is busy"),
                   tr("Another program on this computer is using the camera, perhaps another video call. Close "
                      "that program, then press Try again."), can_retry=True)

    def _loaded(self, ok: bool) -> None:
        if self.web is None or self.state not in ("waiting", "nobody", "in_call"):
            return
        if not ok:
            self._end_web()
            self._fail(tr("The call could not be opened"),
                       tr("The call's page did not open. The computer may not be connected to the internet just "
                          "now. You can try again, or go back Home."), can_retry=True)
        elif self.state == "in_call":
            return  # the call page moved within its own site during the call
        elif self.watched:
            self.probe_timer.start()
            self._probe()
        else:
            self.web.run_script(JITSI_PROBE, self._first_look)

    def _first_look(self, result: object) -> None:
        """Another site's page: a Jitsi room there is watched too; anything else is shown at once."""
        if self.web is None or self.state not in ("waiting", "nobody"):
            return
        if PageState.from_probe(result).jitsi:
            self.watched = True
            self.probe_timer.start()
        else:
            self._show_page()

    def _probe(self) -> None:
        if self.web is not None:
            self.web.run_script(JITSI_PROBE, self._probed)

    def _probed(self, result: object) -> None:
        if self.web is None or self.state not in ("waiting", "nobody"):
            return
        if conference_started(self.watched, PageState.from_probe(result)):
            self._show_page()

    def _show_page(self) -> None:
        self.probe_timer.stop()
        self.wait_timer.stop()
        self.state = "in_call"
        self._started_at = time.monotonic()
        self.pages.setCurrentWidget(self.web_holder)

    def _nobody_yet(self) -> None:
        if self.state != "waiting":
            return
        self.state = "nobody"
        self.waiting.show_words(tr("{name} has not joined yet").format(name=self.name),
                                tr("Perhaps {name} is busy just now. You can wait a little longer, or press Hang "
                                   "up and try again later.").format(name=self.name))

    # --- ending --------------------------------------------------------------------------------------------------

    def hang_up(self) -> None:
        """End the call now and go back, with a line about how it went."""
        line = self.care_line()
        self._end_web()
        self._leave(line)

    def care_line(self) -> str:
        if self.state in ("failed", "system", "getting_ready", "") or self.url.endswith(".carelink.invalid/"):
            return ""
        if self._started_at is None:
            return tr("{name} did not join this time. You can try again later.").format(name=self.name)
        minutes = talked_minutes(time.monotonic() - self._started_at)
        return care_words(self.name, minutes, talked=self.watched or self.state == "practice")

    def try_again(self) -> None:
        from carelink.ui.calls.camera_check import CHECK_URL

        if self.url == CHECK_URL:
            self.check_camera()  # made here again: that address is never fetched
        elif self.url:
            self._open(self.url)

    def end_now(self) -> None:
        """The window is closing, or another screen is taking its place: end the call (the camera goes off) without
        asking anything. (Not on a hide event: Qt hides and shows the whole window once, when the first web page
        joins it, to give it a surface the page can be drawn on.)"""
        self._end_web()
        self.state = ""

    def _leave(self, line: str) -> None:
        self.state = ""
        self.finished.emit(line)

    def _end_web(self) -> None:
        self.probe_timer.stop()
        self.wait_timer.stop()
        self._started_at = None
        web, self.web = self.web, None
        if web is not None:
            web.loaded.disconnect()
            web.camera_busy.disconnect()
            web.end()
            web.deleteLater()

    def _wait(self, state: str, headline: str, words: str) -> None:
        self.state = state
        self.hang_up_button.show()
        self.waiting.show_words(headline, words)
        self.pages.setCurrentWidget(self.waiting)
        self.hang_up_button.setFocus()

    def _fail(self, headline: str, words: str, can_retry: bool) -> None:
        self.state = "failed"
        self.hang_up_button.hide()
        self.failed.show_words(headline, words, can_retry)
        self.pages.setCurrentWidget(self.failed)

    def entered(self) -> None:
        if self.hang_up_button.isVisible():
            self.hang_up_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # a stray Escape never leaves a call running behind another screen
        else:
            super().keyPressEvent(event)

