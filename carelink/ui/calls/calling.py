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
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontInfo, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.call_pages import WAIT_FOR_OTHERS, Opening, is_jitsi, join_link, opening, talked_minutes
from carelink.services.calls import CallPlan
from carelink.services.contacts import Contact
from carelink.ui.calls.call_parts import CallerBar, care_words
from carelink.ui.calls.call_ready import CallReady
from carelink.ui.calls.call_stage import CallStage
from carelink.ui.calls.call_watch import PROBE_MS, ConferenceWatch
from carelink.ui.calls.outgoing_invite import OutgoingInvite
from carelink.ui.calls.ports import Opener, WebCallPort, open_with, web_call
from carelink.ui.runner import BackgroundRunner
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import error_words, tr
from carelink.ui.widgets_portrait import Avatar

log = logging.getLogger(__name__)


class CallingScreen(QWidget):
    """Starts a call (`call(contact)`) or joins one (`join(name, link, photo)`) inside CareLink.

    Emits `finished(care_line)` when Hang up (or Home) is pressed; the care line is "" when there is nothing to
    say.
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
        self.ready = CallReady(household, runner, self)  # the next call, made ready while the person chooses
        self.make_web_call = web_call  # the call's page (tests put a loopback one here)
        self.watch = ConferenceWatch(wait_ms, probe_ms, self)  # "Calling Sarah…" until she is there
        self.wait_timer, self.probe_timer = self.watch.wait_timer, self.watch.probe_timer
        self.watch.started.connect(self._show_page)
        self.watch.nobody.connect(self._nobody_yet)
        self._started_at: float | None = None
        self._outgoing = True
        self._seen_by: str | None = None  # whose view the camera check shows (None: the camera and microphone)
        self.invite = OutgoingInvite(household, runner, self._not_stored, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(GAP_PX)
        self.top = CallerBar()
        self.who, self.hang_up_button = self.top.who, self.top.hang_up
        self.hang_up_button.clicked.connect(self.hang_up)
        outer.addWidget(self.top)
        self.pages = CallStage()
        self.waiting, self.failed, self.system = self.pages.waiting, self.pages.failed, self.pages.system
        self.web_holder, self.web_layout = self.pages.web_holder, self.pages.web_layout
        self.headline = self.waiting.headline  # for the tutorial's "read" step and the tests
        outer.addWidget(self.pages, 1)
        self.failed.try_again.clicked.connect(self.try_again)
        self.failed.home.clicked.connect(lambda: self._leave(""))
        self.system.home.clicked.connect(lambda: self._leave(""))

    # --- starting ------------------------------------------------------------------------------------------------

    @property
    def watched(self) -> bool:
        """The page's own state is watched (a Jitsi room): the call starts when someone else is there."""
        return self.watch.watched

    @property
    def avatar(self) -> Avatar | None:
        return self.top.avatar

    def _person(self, name: str, photo: Path | None) -> None:
        self.name = name
        self.top.person(name, photo)

    def call(self, contact: Contact) -> None:
        """Open the call to `contact`; once its page has opened, store the invite and send it. The page waits
        neither for the disk nor for the mail server; an invite that cannot be stored ends the call with plain
        words, one that cannot be sent yet waits in the outbox."""
        self._end_web()
        self.invite.forget()
        self._person(contact.name, contact.photo)
        self._outgoing = True
        ready = self.ready.take_plan(contact)
        if ready is None:  # (when it is ready, the page says "Calling…" at once)
            self._wait("getting_ready", tr("Calling {name}…").format(name=contact.name),
                       tr("Getting the call ready. This takes a few seconds."))
        self.prepare(warm=False)  # its page is made while its link is worked out, and goes straight there
        calls = self._household.calls

        def planned(plan: CallPlan) -> None:
            if self.state != "getting_ready" and ready is None:
                return  # hung up (or gone elsewhere) while the call was being got ready
            self.invite.expect(contact.id)  # sent once the page has opened (outgoing_invite.py)
            self._open(plan.open_url, plan.jitsi)

        if ready is not None:
            planned(ready)
        else:
            self._runner.run_task(lambda: calls.plan(contact.id), planned, self._not_started, owner=self)

    def join(self, name: str, link: str | None, photo: Path | None = None) -> None:
        """Join a call someone else started (their invite's link)."""
        self._end_web()  # (a page made ready by `joining` stays ready)
        self.invite.forget()
        self._person(name, photo)
        self._outgoing = False
        if not link:
            self.ready.drop()
            self._fail(tr("The call could not be opened"),
                       tr("{name}'s message had no call link in it. You can find it on your Messages.").format(
                           name=name), can_retry=False)
            return
        settings = self._household.settings
        self._open(join_link(link, settings.get("calls.jitsi_server"), settings.person_name or "CareLink"))

    def joining(self, name: str, photo: Path | None = None) -> None:
        """Show "Joining Sarah's call…" while the answer is noted (then `join` opens it)."""
        self._end_web()
        self._person(name, photo)
        self._wait("getting_ready", tr("Joining {name}'s call…").format(name=name),
                   tr("Getting the call ready. This takes a few seconds."))
        self.prepare(warm=False)  # its page is made while its link is worked out, and goes straight there

    def _not_stored(self, error: BaseException) -> None:
        if self.state in ("waiting", "nobody", "in_call") and self._outgoing:
            self._not_started(error)  # with no invite, nobody would come: the call ends, in plain words

    def _not_started(self, error: BaseException) -> None:
        words = error_words(error) if isinstance(error, UserError) else tr("Something went wrong. Please try again.")
        self._end_web()
        self._fail(tr("The call could not be started"), words, can_retry=False)

    def prepare(self, contact: Contact | None = None, warm: bool = True) -> None:
        """The person is about to call `contact` (or answer a call): make the call ready (see call_ready.py)."""
        if self.web is None:
            self.ready.prepare(self.make_web_call, contact, warm)
            if contact is not None and self.state in ("", "failed", "system"):  # (never over a call on show)
                self._set_out(contact)

    def _set_out(self, contact: Contact) -> None:
        """The call window made now as it will be when Call is pressed, while it is off screen: the photo, the
        page made ready in its place under "Calling Sarah…", all laid out. Pressing Call then only sends the page
        on its way and shows the screen (laying out a screen with a web page in it takes a while)."""
        self._person(contact.name, contact.photo)
        self.pages.place(self.ready.widget)
        self.hang_up_button.show()
        self.waiting.show_words(*self._calling_words(contact.name))
        self._show(self.waiting)
        layout = self.layout()
        if layout is not None:
            layout.activate()

    @staticmethod
    def _calling_words(name: str) -> tuple[str, str]:
        return (tr("Calling {name}…").format(name=name),
                tr("{name} has been sent a message to join. The call starts here as soon as {name} is "
                   "there.").format(name=name))

    def _page(self, make: Callable[[QObject], WebCallPort]) -> WebCallPort:
        """The call's page: the one made already, the one made ready, or a new one (`make(self)`), under Hang up."""
        if self.web is None:
            if make is not self.make_web_call:
                self.ready.drop()  # (a page made here: the camera check, a practice call)
            self.web = self.ready.take_page(make)
            self._watch(self.web)
            self.pages.place(self.web.widget)
        return self.web

    def _open(self, url: str, jitsi: bool | None = None) -> None:
        self.url = url
        if opening(url) is Opening.SYSTEM or self._household.sandbox:
            self._end_web()  # (a page made for a call that opens elsewhere, or is only practice)
            self.ready.drop()
        if opening(url) is Opening.SYSTEM:
            self._open_elsewhere(url)
        elif self._household.sandbox:
            self._practise()
            self.invite.send_now()  # (to the pretend family: nothing leaves the computer)
        else:
            self._open_inside(url, jitsi)

    def _open_elsewhere(self, url: str) -> None:
        """A phone number or an app's own link: the computer's own handler, and a screen saying so."""
        self.state = "system"
        self.hang_up_button.hide()
        self.system.show_outcome(self.name, url, open_with(self.opener, url))
        self.invite.send_now()  # (no page here to wait for; if the phone cannot call, they are told all the same)
        self._show(self.system)
        self.system.home.setFocus()

    def _practise(self) -> None:
        """Tutorial mode: nobody is called, nothing is fetched; the page is a drawn, moving pretend family member."""
        from carelink.ui.calls.practice_page import PRACTICE_URL, practice_page

        self.opener.open(self.url)  # the practice opener notes it, and opens nothing
        self._wait("practice", tr("Talking with {name}…").format(name=self.name),
                   tr("In a real call, {name}'s face appears here and you can talk. This is only practice: "
                      "nobody is called.").format(name=self.name))
        self._page(web_call).open(PRACTICE_URL, practice_page(self.name, self.words_px()))
        self._show(self.web_holder)
        self._started_at = time.monotonic()

    def check_camera(self, seen_by: str | None = None) -> None:
        """Check my camera and microphone (Settings), or the camera alone before a call to `seen_by` ("This is
        what Sarah will see"): a page made here, no network, no call; its Hang up says "Finished" or "Done"."""
        from carelink.ui.calls.camera_check import CHECK_URL, check_page

        self._end_web()
        self._person(tr("Your camera and microphone") if seen_by is None else
                     tr("This is what {name} will see").format(name=seen_by), None)
        if self.avatar is not None:
            self.avatar.hide()  # nobody's photo: the page shows the person themselves
        self.top.finish_words(tr("Finished") if seen_by is None else tr("Done"))
        self._outgoing, self._seen_by = True, seen_by
        self.url = CHECK_URL
        self._wait("waiting", tr("Starting the camera…") if seen_by else tr("Checking your camera and microphone…"),
                   "")
        web = self._page(web_call)
        self.watch.begin(web, watched=False, wait=False)
        web.open(CHECK_URL, check_page(seen_by is None, self.words_px()))

    def words_px(self) -> int:
        """How tall, in the page's pixels, CareLink's own words are here (those under "Calling Sarah…", at the
        household's text size): the pages made here (camera check, practice) take that size."""
        self.waiting.words.ensurePolished()
        return QFontInfo(self.waiting.words.font()).pixelSize()

    def _open_inside(self, url: str, jitsi: bool | None = None) -> None:
        """`jitsi`: whether it is a Jitsi room, when the call's plan knows (else the settings are asked)."""
        web = self._page(self.make_web_call)
        web.open(url)  # first: the page made ready starts on its way at once
        if self._outgoing:
            self._wait("waiting", *self._calling_words(self.name))
        else:
            self._wait("waiting", tr("Joining {name}'s call…").format(name=self.name),
                       tr("The call starts here in a moment."))
        if jitsi is None:
            jitsi = is_jitsi(url, self._household.settings.get("calls.jitsi_server"))
        self.watch.begin(web, jitsi)

    # --- while it opens ------------------------------------------------------------------------------------------

    def _watch(self, web: WebCallPort) -> None:
        web.loaded.connect(self._loaded)
        web.camera_busy.connect(self._camera_busy)

    def _camera_busy(self) -> None:
        """Another program (another video call, say) has the camera: plain words, Try again and Home."""
        if self.web is None or self.state not in ("waiting", "nobody", "in_call", "practice"):
            return
        self._end_web()
        self.failed.show_camera_busy()
        self._fail()

    def _loaded(self, ok: bool) -> None:
        if self.web is None or self.state not in ("waiting", "nobody", "in_call"):
            return
        if not ok:
            self._end_web()
            self.failed.show_not_loaded()
            self._fail()
            return
        self.invite.page_opened()
        if self.state != "in_call":  # (not when the page moved within its own site during the call)
            self.watch.page_loaded()

    def _show_page(self) -> None:
        if self.web is None or self.state not in ("waiting", "nobody"):
            return
        self.watch.stop()
        self.state = "in_call"
        self._started_at = time.monotonic()
        self._show(self.web_holder)

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
        self._end_web(now=True)
        self.invite.forget()
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
            self.check_camera(self._seen_by)  # made here again: that address is never fetched
        elif self.url:
            self._open(self.url)

    def end_now(self) -> None:
        """The window is closing, or another screen is taking its place: end the call (the camera goes off) without
        asking anything. (Not on a hide event: Qt hides and shows the whole window once, when the first web page
        joins it, to give it a surface the page can be drawn on.)"""
        self._end_web(now=True)
        self.invite.forget()
        self.ready.drop()
        self.state = ""

    def _leave(self, line: str) -> None:
        self.invite.forget()
        self.state = ""
        self.finished.emit(line)

    def _end_web(self, now: bool = False) -> None:
        """The page goes: `now` from Hang up and the window closing, later from within the page's own signals."""
        self.watch.stop()
        self.invite.cancel()
        self._started_at = None
        web, self.web = self.web, None
        if web is not None:
            web.loaded.disconnect()
            web.camera_busy.disconnect()
            web.end(now)
            web.deleteLater()

    def _show(self, page: QWidget) -> None:
        # A call gone to the computer's own program has no Hang up here, and its page names them: the bar's room
        # goes to the page's words, the number to phone and Home (it fits 600 px at 200% text that way).
        self.top.setVisible(page is not self.system)
        self.pages.show_page(page)

    def _wait(self, state: str, headline: str, words: str) -> None:
        self.state = state
        self.hang_up_button.show()
        self.waiting.show_words(headline, words)
        self._show(self.waiting)
        self.hang_up_button.setFocus()

    def _fail(self, headline: str = "", words: str = "", can_retry: bool = False) -> None:
        """The failure page, with these words (none: the words the page has been given already)."""
        self.state = "failed"
        self.hang_up_button.hide()
        if headline:
            self.failed.show_words(headline, words, can_retry)
        self._show(self.failed)

    def entered(self) -> None:
        if self.hang_up_button.isVisible():
            self.hang_up_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # a stray Escape never leaves a call running behind another screen
        else:
            super().keyPressEvent(event)

