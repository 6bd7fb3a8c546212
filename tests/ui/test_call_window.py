"""The call window for real: Qt WebEngine (Chromium) in CareLink's window, pages served by a loopback HTTP server,
Chromium's fake camera and microphone (--use-fake-device-for-media-stream, set in conftest; never the fake *UI*
flag, which would grant the camera itself and hide whether CareLink does).

- a call page that asks for the camera and microphone gets them with no prompt (CareLink grants its own origin);
- a page that asks for notifications and location, opens a pop-up and goes to another site is refused each time;
- a Jitsi room (its APP.conference state) keeps "Calling Sarah…" in front until someone else is there, and says so
  kindly when nobody comes;
- a page that cannot load says so in plain words, with Try again and Home;
- Hang up destroys the page (the camera goes off) and comes back Home with a care line;
- two call windows' pages make a real WebRTC call to each other on loopback (media flows both ways);
- a camera another program has (a fake camera that cannot start) gets plain words, Try again and Home.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.ui.main_window import MainWindow
from tests.helpers.mail_servers import free_port
from tests.ui.conftest import WindowFactory

if TYPE_CHECKING:
    from PySide6.QtWebEngineWidgets import QWebEngineView

if importlib.util.find_spec("PySide6.QtWebEngineWidgets") is None:  # pragma: no cover
    pytest.skip("Qt WebEngine is not installed (PySide6-Addons), so no call window can open",
                allow_module_level=True)

CAMERA_PAGE = """<!doctype html><title>waiting</title><body><h1>Call page</h1><script>
navigator.mediaDevices.getUserMedia({video: true, audio: true}).then(function (stream) {
  window.stream = stream;
  document.title = 'camera:ok:' + stream.getTracks().map(function (t) { return t.kind; }).sort().join('+');
}, function (error) { document.title = 'camera:refused:' + error.name; });
</script></body>"""

NOSY_PAGE = """<!doctype html><title>nosy</title><body><script>
var report = [];
function done() { document.title = 'nosy:' + report.join(','); }
Notification.requestPermission().then(function (answer) {
  report.push('notifications=' + answer);
  navigator.geolocation.getCurrentPosition(function () { report.push('location=granted'); finish(); },
                                           function () { report.push('location=refused'); finish(); });
});
function finish() {
  var popup = window.open('http://127.0.0.1:PORT/camera', '_blank');
  report.push('popup=' + (popup ? 'opened' : 'refused'));
  done();
  setTimeout(function () { window.location.href = 'http://localhost:PORT/elsewhere'; }, 100);
}
</script></body>"""

JITSI_PAGE = """<!doctype html><title>jitsi</title><body><h1>A pretend Jitsi room</h1><script>
window.members = 1;
window.APP = {conference: {isJoined: function () { return true; },
                           get membersCount() { return window.members; }}};
</script></body>"""

# Two pages make a real WebRTC call through each other: this side offers, the other answers; the test passes the
# descriptions between them (the "signalling" a Jitsi server would do).
PEER_PAGE = """<!doctype html><title>peer</title><body><script>
window.pc = new RTCPeerConnection({iceServers: []});
window.received = 0;
pc.ontrack = function () { window.received += 1; };
var ready = navigator.mediaDevices.getUserMedia({video: true, audio: true}).then(function (stream) {
  stream.getTracks().forEach(function (track) { pc.addTrack(track, stream); });
});
function gathered() {
  return new Promise(function (resolve) {
    if (pc.iceGatheringState === 'complete') { resolve(); return; }
    pc.onicegatheringstatechange = function () { if (pc.iceGatheringState === 'complete') { resolve(); } };
  });
}
function publish() { window.sdp = JSON.stringify(pc.localDescription); }
function offer() {
  ready.then(function () { return pc.createOffer(); }).then(function (o) { return pc.setLocalDescription(o); })
    .then(gathered).then(publish);
}
function answer(description) {
  ready.then(function () { return pc.setRemoteDescription(description); })
    .then(function () { return pc.createAnswer(); }).then(function (a) { return pc.setLocalDescription(a); })
    .then(gathered).then(publish);
}
function accept(description) { pc.setRemoteDescription(description); }
setInterval(function () {
  pc.getStats().then(function (stats) {
    var audio = 0, video = 0;
    stats.forEach(function (s) {
      if (s.type === 'inbound-rtp' && s.kind === 'audio') { audio = s.bytesReceived; }
      if (s.type === 'inbound-rtp' && s.kind === 'video') { video = s.framesDecoded; }
    });
    document.title = 'peer:' + pc.connectionState + ':audio=' + (audio > 0) + ':video=' + (video > 0);
  });
}, 300);
</script></body>"""


SLOW_S = 4.0  # how long the slow call page takes to come


class _Pages(BaseHTTPRequestHandler):
    port = 0

    def do_GET(self) -> None:
        if self.path.startswith("/slow"):
            time.sleep(SLOW_S)
        page = {"/camera": CAMERA_PAGE, "/nosy": NOSY_PAGE, "/jitsi": JITSI_PAGE, "/peer": PEER_PAGE}.get(
            self.path.split("?")[0], "<!doctype html><title>elsewhere</title>")
        body = page.replace("PORT", str(self.port)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture(scope="module")
def pages() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    _Pages.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{_Pages.port}"
    server.shutdown()
    server.server_close()


def call_sarah(qtbot: QtBot, window: MainWindow, household: Household, link: str) -> None:
    """Sarah's own call link is the loopback page; Home → Call family → Sarah → Call Sarah Jones."""
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    household.calls.set_call_link(sarah.id, link, auto_answer=False)
    window.home.tiles["calls"].click()
    next(b for b in window.calls.grid.people if b.contact.id == sarah.id).click()
    window.calls.confirm.call_button.click()
    assert window.current_screen() == "calls-calling"
    qtbot.waitUntil(lambda: window.calls.calling.web is not None, timeout=10_000)


def page_title(window: MainWindow) -> str:
    web = window.calls.calling.web
    view = web.widget if web is not None else None
    return cast("QWebEngineView", view).title() if view is not None else ""


def test_the_call_page_gets_the_camera_with_no_prompt_and_hang_up_destroys_it(
        qtbot: QtBot, window: MainWindow, household: Household, pages: str) -> None:
    call_sarah(qtbot, window, household, f"{pages}/camera")
    calling = window.calls.calling
    qtbot.waitUntil(lambda: page_title(window).startswith("camera:"), timeout=30_000)
    assert page_title(window) == "camera:ok:audio+video", "CareLink granted camera and microphone itself"
    assert calling.state == "in_call" and calling.pages.currentWidget() is calling.web_holder
    assert calling.hang_up_button.isVisible() and calling.hang_up_button.height() >= 96
    view = calling.web.widget if calling.web else None
    assert view is not None
    view = cast("QWebEngineView", view)
    page_box = QRect(view.mapTo(calling, QPoint(0, 0)), view.size())
    assert page_box.height() > 300 and not calling.hang_up_button.geometry().intersects(page_box), \
        "the page never covers Hang up"
    page = view.page()
    calling.hang_up_button.click()
    assert window.current_screen() == "home"
    assert calling.web is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(page) and not shiboken6.isValid(view), timeout=10_000)
    assert window.home.call_line() == "Your call with Sarah Jones lasted less than a minute"


def invites(household: Household) -> list[str]:
    return [item.status for item in household.outbox.list() if item.kind == "invite"]


def test_sarah_is_invited_only_once_the_call_page_has_opened(qtbot: QtBot, window: MainWindow,
                                                              household: Household, pages: str) -> None:
    """The page takes 4 s to come: until it has loaded, Sarah is not asked to join; then she is, once."""
    call_sarah(qtbot, window, household, f"{pages}/slow")
    calling = window.calls.calling
    qtbot.wait(1000)
    assert calling.state == "waiting" and calling.headline.text() == "Calling Sarah Jones…"
    assert invites(household) == [], "not while the page is still on its way"
    qtbot.waitUntil(lambda: calling.state == "in_call", timeout=30_000)
    qtbot.waitUntil(lambda: invites(household) == ["sent"], timeout=10_000)
    qtbot.wait(500)
    assert invites(household) == ["sent"], "once"
    calling.hang_up_button.click()
    assert window.current_screen() == "home"


def test_notifications_location_pop_ups_and_other_sites_are_refused(
        qtbot: QtBot, window: MainWindow, household: Household, pages: str) -> None:
    call_sarah(qtbot, window, household, f"{pages}/nosy")
    web = window.calls.calling.web
    assert web is not None
    refused: list[str] = []
    web.refused.connect(refused.append)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page_title(window).startswith("nosy:"), timeout=30_000)
    assert page_title(window) == "nosy:notifications=denied,location=refused,popup=refused"
    qtbot.waitUntil(lambda: any(r.startswith("going to http://localhost") for r in refused), timeout=10_000)
    view = web.widget
    assert view is not None
    assert cast("QWebEngineView", view).url().toString() == f"{pages}/nosy", "the page stayed where it was"
    assert any("Notifications" in r for r in refused) and any("Geolocation" in r for r in refused)
    window.calls.calling.hang_up_button.click()


def test_a_jitsi_room_shows_calling_until_someone_joins(qtbot: QtBot, window: MainWindow, household: Household,
                                                        pages: str) -> None:
    calling = window.calls.calling
    calling.probe_timer.setInterval(200)
    call_sarah(qtbot, window, household, f"{pages}/jitsi")
    qtbot.waitUntil(lambda: calling.watched, timeout=30_000)
    assert calling.state == "waiting" and calling.pages.currentWidget() is calling.waiting
    assert calling.headline.text() == "Calling Sarah Jones…"
    assert calling.waiting.words.text().startswith("Sarah Jones has been sent a message to join.")
    calling.wait_timer.timeout.emit()  # ten minutes with nobody
    assert calling.state == "nobody" and calling.headline.text() == "Sarah Jones has not joined yet"
    web = calling.web
    assert web is not None
    web.run_script("window.members = 2;", lambda _result: None)  # Sarah comes in
    qtbot.waitUntil(lambda: calling.state == "in_call", timeout=10_000)
    assert calling.pages.currentWidget() is calling.web_holder
    assert calling._started_at is not None
    calling._started_at -= 12 * 60  # as if they had talked for twelve minutes (time.monotonic, never the clock)
    calling.hang_up_button.click()
    assert window.home.call_line() == "You talked with Sarah Jones for 12 minutes"
    qtbot.waitUntil(lambda: "You talked with Sarah Jones for 12 minutes" in window.home.status_label.text())


def test_a_page_that_cannot_load_says_so_with_try_again_and_home(qtbot: QtBot, window: MainWindow,
                                                                 household: Household) -> None:
    call_sarah(qtbot, window, household, f"http://127.0.0.1:{free_port()}/nobody-listens")
    calling = window.calls.calling
    qtbot.waitUntil(lambda: calling.state == "failed", timeout=30_000)
    assert calling.failed.headline.text() == "The call could not be opened"
    assert "not be connected to the internet" in calling.failed.words.text()
    assert calling.failed.try_again.isVisible() and calling.failed.home.isVisible()
    assert calling.web is None and not calling.hang_up_button.isVisible()
    qtbot.wait(500)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert invites(household) == [], "Sarah is never asked to join a call that could not open"
    calling.failed.home.click()
    assert window.current_screen() == "home"


def test_two_call_windows_make_a_real_webrtc_call(qtbot: QtBot, make_window: WindowFactory,
                                                  household: Household, pages: str) -> None:
    """Mary's call window and a second call page on loopback: camera and microphone flow both ways."""
    from carelink.ui.calls.web_call import WebCall

    first = make_window()
    call_sarah(qtbot, first, household, f"{pages}/peer")
    mine = first.calls.calling.web
    assert isinstance(mine, WebCall)
    other = WebCall()
    other.open(f"{pages}/peer")

    def title(web: WebCall) -> str:
        return web.view.title() if web.view is not None else ""

    def value(web: WebCall, script: str) -> object:
        got: list[object] = []
        web.run_script(script, got.append)
        qtbot.waitUntil(lambda: bool(got), timeout=10_000)
        return got[0]

    qtbot.waitUntil(lambda: title(mine).startswith("peer:") and title(other).startswith("peer:"), timeout=30_000)
    value(mine, "offer(); 1")
    qtbot.waitUntil(lambda: value(mine, "typeof window.sdp") == "string", timeout=20_000)
    value(other, f"answer({value(mine, 'window.sdp')}); 1")
    qtbot.waitUntil(lambda: value(other, "typeof window.sdp") == "string", timeout=20_000)
    value(mine, f"accept({value(other, 'window.sdp')}); 1")
    flowing = "peer:connected:audio=true:video=true"
    qtbot.waitUntil(lambda: title(mine) == flowing and title(other) == flowing, timeout=30_000)
    pages_now = [web.page for web in (mine, other)]
    other.end()
    first.calls.calling.hang_up_button.click()
    assert first.current_screen() == "home"
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(page) for page in pages_now), timeout=10_000)


def test_check_my_camera_and_microphone_shows_a_local_page_with_no_network(qtbot: QtBot, window: MainWindow
                                                                            ) -> None:
    window.open_screen("settings", unlocked=True)
    window.settings.show_page("calls")
    window.settings.calls.check.click()
    calling = window.calls.calling
    assert window.current_screen() == "calls-calling"
    qtbot.waitUntil(lambda: page_title(window).startswith("check:"), timeout=30_000)
    assert page_title(window).startswith("check:ok:"), "the camera and microphone started, with no prompt"
    assert calling.state == "in_call" and calling.hang_up_button.text() == "Finished"
    web = calling.web
    assert web is not None and web.widget is not None
    host = cast("QWebEngineView", web.widget).url().host()
    assert host == "camera-check.carelink.invalid", "made here: that name can never resolve"
    view = web.widget
    calling.hang_up_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=10_000)
    assert window.current_screen() == "settings"
    assert window.home.call_line() == ""


def test_check_my_camera_before_a_call_shows_what_sarah_will_see_and_done_goes_back(
        qtbot: QtBot, window: MainWindow, household: Household) -> None:
    """"Call Sarah?" → Check my camera: her own picture (the camera alone, granted with no prompt), "This is what
    Sarah will see", and Done back to "Call Sarah?", with the page (and so the camera) gone."""
    sarah = next(c for c in household.contacts.list() if c.name == "Sarah Jones")
    window.home.tiles["calls"].click()
    next(b for b in window.calls.grid.people if b.contact.id == sarah.id).click()
    confirm, calling = window.calls.confirm, window.calls.calling
    assert window.current_screen() == "calls-confirm" and confirm.camera_button.isVisible()
    confirm.camera_button.setFocus()
    qtbot.keyClick(confirm.camera_button, Qt.Key.Key_Space)  # the keyboard alone
    assert window.current_screen() == "calls-calling"
    qtbot.waitUntil(lambda: page_title(window).startswith("check:"), timeout=30_000)
    assert page_title(window).startswith("check:ok:"), "the camera started, with no prompt"
    assert calling.who.text() == "This is what Sarah Jones will see"
    assert calling.hang_up_button.text() == "Done" and calling.hang_up_button.property("tile") == "calls"
    assert calling.state == "in_call" and calling.pages.currentWidget() is calling.web_holder
    web = calling.web
    assert web is not None and web.widget is not None
    assert cast("QWebEngineView", web.widget).url().host() == "camera-check.carelink.invalid"
    kinds: list[object] = []
    web.run_script("window.stream.getTracks().map(function (t) { return t.kind; }).join('+')", kinds.append)
    qtbot.waitUntil(lambda: bool(kinds), timeout=20_000)
    assert kinds == ["video"], "the camera alone: the microphone is not asked for"
    view = web.widget
    qtbot.keyClick(calling.hang_up_button, Qt.Key.Key_Space)
    assert window.current_screen() == "calls-confirm" and confirm.question.text() == "Call Sarah Jones?"
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=20_000)
    assert window.home.call_line() == "" and calling.web is None
    assert calling.ready.has_page, "the call is made ready again while 'Call Sarah?' is read"
    confirm.not_now_button.click()
    assert window.current_screen() == "calls"


def test_a_camera_another_program_has_gets_plain_words_try_again_and_home(pages: str, tmp_path: Path) -> None:
    """In a process of its own, whose fake camera cannot start (tests/helpers/busy_camera.py): the page's
    getUserMedia fails with NotReadableError, and CareLink says so instead of leaving the page to it."""
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tests.helpers.busy_camera", f"{pages}/camera", str(tmp_path)],
                          cwd=root, env=env, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["state"] == "failed" and seen["headline"] == "The camera is busy"
    assert seen["words"].startswith("Another program on this computer is using the camera")
    assert seen["try_again"] and seen["home"] and not seen["hang_up"]
    assert seen["page_gone"], "the page (and the microphone it had) is closed"
    assert seen["retried"] not in ("failed", "getting_ready"), "Try again tries the camera again"
    # Chromium's fake camera fails again on most retries, but not on every one (as a real camera may be free by
    # then): either way the person sees the busy words again or the call, never a blank page.
    assert seen["again"] in ("failed", "in_call")
    assert seen["screen"] == "home"


def test_in_kiosk_mode_a_call_shows_nothing_but_carelink(qtbot: QtBot, window: MainWindow, household: Household,
                                                        pages: str) -> None:
    """The call page lives inside CareLink's full-screen, frameless window: no other window opens (not a
    browser, not the page's pop-up), so nothing of the desktop shows during a call."""
    window.kiosk.enter()
    qtbot.waitUntil(window.isFullScreen)
    call_sarah(qtbot, window, household, f"{pages}/nosy")  # it tries a pop-up, and to go elsewhere
    qtbot.waitUntil(lambda: page_title(window).startswith("nosy:"), timeout=30_000)
    qtbot.wait(300)
    calling = window.calls.calling
    view = calling.web.widget if calling.web is not None else None
    assert view is not None and view.window() is window
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert [w for w in QGuiApplication.topLevelWindows() if w.isVisible()] == [window.windowHandle()]
    assert window.isFullScreen() and window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.geometry() == window.screen().geometry(), "the whole screen, edge to edge"
    calling.hang_up_button.click()
    assert window.isFullScreen() and window.current_screen() == "home"


@pytest.mark.parametrize("when", ["after-hang-up", "after-not-now", "window-closed"])
def test_ending_the_application_right_after_a_call_leaves_no_page_behind_its_profile(
        pages: str, tmp_path: Path, when: str) -> None:
    """In a process of its own (tests/helpers/call_then_exit.py), which ends with no event loop turning after the
    call: every page is gone before Qt WebEngine releases the profiles, so it has nothing to warn about."""
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tests.helpers.call_then_exit", f"{pages}/camera", str(tmp_path),
                           when], cwd=root, env=env, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["state"] == ""
    assert "still not deleted" not in done.stderr and "Release of profile" not in done.stderr, done.stderr[-2000:]
