"""The web page of a call, in Qt WebEngine: imported only when a call starts, so CareLink starts as fast as before.

Each call gets its own private, off-the-record profile (no cookies or storage kept between calls). The page gets
the camera and microphone for the call link's own origin, without a prompt; everything else is refused:
notifications, location, screen sharing, clipboard, fonts, mouse lock, downloads, file choosers, pop-ups, full
screen, JavaScript dialogs, and going to another site. The decisions are carelink.services.call_pages's.

The view owns the page and then the profile (in that order: Qt deletes children in the order they came), so
whenever the view goes (Hang up's `end()`, or the whole window at exit), the page is deleted before its profile,
as Qt WebEngine requires ("Release of profile requested but WebEnginePage still not deleted" otherwise); their
media tracks end, and the camera light goes off.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEngineFullScreenRequest,
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from carelink.services.call_pages import CAMERA_WATCH, Permission, camera_in_use, grants, may_navigate

log = logging.getLogger(__name__)
_QTWEBENGINE_TOKEN = re.compile(r"\s*QtWebEngine/\S+")
ROOM_LOOK = "carelink:room-look:"
# Put into every call page before its own scripts run: as the page finishes loading, it says on its console
# (where CareLink listens) whether it is a Jitsi room, so the call need not ask it afterwards (a round trip to
# the page's process, while the person waits). Its own reference to the console, taken before the page's
# scripts could change it; a page that says nothing is asked, as before.
_ROOM_LOOK_SCRIPT = """(function () {
  var say = console.info.bind(console);
  window.addEventListener('load', function () {
    var jitsi = false;
    try { jitsi = !!(window.APP && window.APP.conference); } catch (e) { jitsi = false; }
    say('LOOK' + (jitsi ? 'jitsi' : 'other'));
  });
})();""".replace("LOOK", ROOM_LOOK)


def _permission_kind(name: str) -> Permission:
    """Qt's permission or feature name, as CareLink's rule sees it."""
    return {"MediaVideoCapture": Permission.CAMERA, "MediaAudioCapture": Permission.MICROPHONE,
            "MediaAudioVideoCapture": Permission.CAMERA_AND_MICROPHONE}.get(name, Permission.OTHER)


class CallPage(QWebEnginePage):
    """A call page that asks nothing of the person: it grants or refuses by the rule, and says what it refused
    with `refused(str)` (for the log and the tests). Emits `camera_busy()` when the page could not start the
    camera because another program has it."""

    refused = Signal(str)
    refused_url = Signal(str)
    granted = Signal(str)
    camera_busy = Signal()
    room_looked = Signal(bool)  # as it loaded, the page was a Jitsi room (True) or not

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.call_url = ""  # until `aim()`: nothing is granted, and only about:blank may be shown
        self._local_page = False  # a page made here goes in once, as a data: URL (setHtml)
        if hasattr(QWebEnginePage, "permissionRequested"):  # Qt 6.8 and later
            self.permissionRequested.connect(self._permission)
        else:  # pragma: no cover (older Qt)
            self.featurePermissionRequested.connect(self._feature)
        self.fullScreenRequested.connect(self._full_screen)
        watch = QWebEngineScript()
        watch.setName("carelink-camera-watch")
        watch.setSourceCode(CAMERA_WATCH)
        watch.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        watch.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)  # where the page's own getUserMedia is
        watch.setRunsOnSubFrames(True)
        self.scripts().insert(watch)
        look = QWebEngineScript()
        look.setName("carelink-room-look")
        look.setSourceCode(_ROOM_LOOK_SCRIPT)
        look.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        look.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)  # where the page's own APP is
        self.scripts().insert(look)
        if hasattr(QWebEnginePage, "desktopMediaRequested"):
            self.desktopMediaRequested.connect(self._desktop_media)

    def aim(self, call_url: str, local_page: bool) -> None:
        """The call's own link (the rules' reference), and whether its page is made here."""
        self.call_url, self._local_page = call_url, local_page

    def _permission(self, permission: object) -> None:
        kind_enum = permission.permissionType()  # type: ignore[attr-defined]
        asking = permission.origin().toString()  # type: ignore[attr-defined]
        kind = _permission_kind(kind_enum.name)
        if grants(self.call_url, asking, kind, self.url().toString()):
            permission.grant()  # type: ignore[attr-defined]
            self.granted.emit(kind.value)
        else:
            permission.deny()  # type: ignore[attr-defined]
            self.refused.emit(f"permission {kind_enum.name} for {asking}")

    def _feature(self, origin: QUrl, feature: QWebEnginePage.Feature) -> None:  # pragma: no cover (older Qt)
        kind = _permission_kind(feature.name)
        allowed = grants(self.call_url, origin.toString(), kind, self.url().toString())
        policy = QWebEnginePage.PermissionPolicy
        self.setFeaturePermission(origin, feature, policy.PermissionGrantedByUser if allowed
                                  else policy.PermissionDeniedByUser)
        (self.granted if allowed else self.refused).emit(kind.value if allowed else f"feature {feature.name}")

    def _full_screen(self, request: QWebEngineFullScreenRequest) -> None:
        request.reject()  # CareLink's window is already the whole screen; the page keeps its place under Hang up
        self.refused.emit("full screen")

    def _desktop_media(self, request: object) -> None:
        request.cancel()  # type: ignore[attr-defined]
        self.refused.emit("screen sharing")

    def acceptNavigationRequest(self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        target = url.toString() if isinstance(url, QUrl) else str(url)
        if self._local_page and is_main_frame and target.startswith("data:text/html"):
            self._local_page = False
            return True
        redirect = is_main_frame and navigation_type == QWebEnginePage.NavigationType.NavigationTypeRedirect
        if may_navigate(self.call_url, target, redirect):
            return True
        self.refused_url.emit(target)
        self.refused.emit(f"going to {target}")
        return False

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:  # type: ignore[override]
        self.refused.emit("a new window")
        return None

    def chooseFiles(self, _mode: QWebEnginePage.FileSelectionMode, _old: Sequence[str], _types: Sequence[str]
                    ) -> list[str]:
        self.refused.emit("choosing files")
        return []

    def javaScriptAlert(self, _origin: QUrl | str, _message: str) -> None:
        self.refused.emit("a message box")

    def javaScriptConfirm(self, _origin: QUrl | str, _message: str) -> bool:
        self.refused.emit("a question box")
        return False

    def javaScriptPrompt(self, _origin: QUrl | str, _message: str, _default: str) -> tuple[bool, str]:
        self.refused.emit("a question box")
        return False, ""

    def javaScriptConsoleMessage(self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str,
                                 line: int, source: str) -> None:
        if message.startswith(ROOM_LOOK):
            self.room_looked.emit(message == f"{ROOM_LOOK}jitsi")
        elif camera_in_use(message):
            log.info("the call page could not start the camera: another program has it")
            self.camera_busy.emit()
        else:
            log.debug("call page console (%s) %s:%s %s", level.name, source, line, message[:300])


def _private_profile(parent: QObject) -> QWebEngineProfile:
    """Off the record (no storage name): nothing is written to disk, nothing is kept after the call."""
    profile = QWebEngineProfile(parent)
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    if hasattr(QWebEngineProfile, "setPersistentPermissionsPolicy"):
        policy = QWebEngineProfile.PersistentPermissionsPolicy
        profile.setPersistentPermissionsPolicy(policy.AskEveryTime)
    # Some meeting services turn away a browser they do not know; the page sees the Chrome it really is.
    profile.setHttpUserAgent(_QTWEBENGINE_TOKEN.sub("", profile.httpUserAgent()))
    settings = profile.settings()
    attribute = QWebEngineSettings.WebAttribute
    for name, on in (("JavascriptCanOpenWindows", False), ("JavascriptCanAccessClipboard", False),
                     ("JavascriptCanPaste", False), ("LocalContentCanAccessFileUrls", False),
                     ("LocalContentCanAccessRemoteUrls", False), ("FullScreenSupportEnabled", False),
                     ("ScreenCaptureEnabled", False), ("PlaybackRequiresUserGesture", False),
                     ("AllowRunningInsecureContent", False), ("AllowGeolocationOnInsecureOrigins", False),
                     ("PluginsEnabled", False), ("PdfViewerEnabled", False), ("NavigateOnDropEnabled", False),
                     ("AllowWindowActivationFromJavaScript", False), ("ErrorPageEnabled", False)):
        settings.setAttribute(getattr(attribute, name), on)
    profile.downloadRequested.connect(_refuse_download)
    return profile


def _refuse_download(download: QWebEngineDownloadRequest) -> None:
    log.info("a call page tried to download %s; refused", download.url().host())
    download.cancel()


class WebCall(QObject):
    """One call's profile, page and view. `view` goes into the call window; `open(url)` shows the call's page;
    `end()` destroys them all.

    They are made as soon as a call is pressed, before its link is known (the invite is being stored meanwhile):
    the page shows about:blank at once, which starts its web engine process, the slow part of opening a page
    with a profile of its own. By the time the link comes, the page is ready for it.

    Emits `loaded(bool)` when the page has loaded (or failed to), and passes on the page's `refused(str)`,
    `granted(str)` and `camera_busy()`.
    """

    loaded = Signal(bool)
    refused = Signal(str)
    granted = Signal(str)
    camera_busy = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call_url = ""
        self.room_look: bool | None = None  # what the page said of itself as it loaded: a Jitsi room or not
        self.profile: QWebEngineProfile | None = _private_profile(self)
        # In the window's own tree from the start (hidden until the call puts it in its place), so that a window
        # deleted with a page made ready in it deletes that page too, before its profile.
        self.view: QWebEngineView | None = QWebEngineView(parent if isinstance(parent, QWidget) else None)
        self.view.setObjectName("call_web_view")
        self.page: CallPage | None = CallPage(self.profile, self.view)
        self.page.refused.connect(self.refused)
        self.page.granted.connect(self.granted)
        self.page.camera_busy.connect(self.camera_busy)
        self.page.room_looked.connect(self._looked)
        self.page.refused.connect(lambda what: log.info("the call page was refused: %s", what[:200]))
        self.view.setPage(self.page)
        self.profile.setParent(self.view)  # after the page: deleted after it, with the view, whoever deletes it
        self._refused_urls: set[str] = set()
        self.page.refused_url.connect(self._refused_urls.add)
        self.page.loadingChanged.connect(self._loading)
        self.page.renderProcessTerminated.connect(self._crashed)
        self._blank = False  # the blank page is on its way: the call's page waits for it, never cuts it short
        self._waiting: tuple[str, str | None] | None = None

    def warm_up(self) -> None:
        """Start the page's web engine process now, with a blank page, so that the call's page (when it comes)
        opens at once; for a page made ahead of its call (while "Call Sarah?" is read, or a call rings). A page
        made for a call starting now goes straight to the call's link instead."""
        if self.view is not None and self.page is not None and not self._blank and not self.call_url:
            self._blank = True
            self.view.setUrl(QUrl("about:blank"))
            # Drawn, for Chromium, though not on the screen yet (a hidden page is neither drawn nor hurried), so
            # the call's page is drawn the moment its screen shows it. The view's own showing and hiding takes
            # over from then on.
            self.page.setVisible(True)
            if self.profile is not None:
                # Its network side is set up now, not as the call's page asks for it (there are no cookies in an
                # off-the-record profile: this only wakes it up; measured: the call's page loads ~6 ms sooner).
                self.profile.cookieStore().loadAllCookies()

    def _loading(self, info: QWebEngineLoadingInfo) -> None:
        """Loaded, or failed; a page CareLink itself refused to go to is not a failure (the call page stays)."""
        status = QWebEngineLoadingInfo.LoadStatus
        if info.status() == status.LoadStartedStatus:
            self.room_look = None  # a new page: it has not said yet
        if self._blank:  # the blank page it starts on, before the call's own
            if info.status() != status.LoadStartedStatus:
                self._blank = False
                if self._waiting is not None:
                    self.open(*self._waiting)
            return
        if info.status() == status.LoadSucceededStatus:
            self.loaded.emit(True)
        elif info.status() == status.LoadFailedStatus and info.url().toString() not in self._refused_urls:
            log.info("the call page did not load: %s", info.errorString()[:200])
            self.loaded.emit(False)

    def _looked(self, jitsi: bool) -> None:
        self.room_look = jitsi

    def open(self, call_url: str, html: str | None = None) -> None:
        """Show the call's page: `call_url`'s, or `html`, a page made here shown as if it came from `call_url`
        (which is then never fetched)."""
        if self.view is None or self.page is None:
            return
        if self._blank:
            self._waiting = (call_url, html)
            return
        self.call_url = call_url
        self.page.aim(call_url, local_page=html is not None)
        if html is not None:
            self.view.setHtml(html, QUrl(call_url))
        else:
            self.view.load(QUrl(call_url))

    def run_script(self, script: str, done: Callable[[object], None]) -> None:
        """Run `script` in the page; `done(result)` gets what it returned."""
        if self.page is not None:
            self.page.runJavaScript(script, 0, done)

    def _crashed(self, status: QWebEnginePage.RenderProcessTerminationStatus, code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return
        log.warning("the call page stopped working (%s, %s)", status.name, code)
        self.loaded.emit(False)

    def end(self, now: bool = False) -> None:
        """Destroy the view, its page and then its profile (a profile must outlive its pages); their camera and
        microphone tracks end with them. `now` when this is not inside one of the page's own signals (Hang up,
        the window closing): then nothing of the page is left for the application's end to find (Qt WebEngine
        releases every profile as the application ends, and warns of any page still there); else at the next
        safe moment."""
        view, page = self.view, self.page
        self.view = self.page = self.profile = None
        if page is not None:
            page.refused.disconnect()
            page.granted.disconnect()
            page.camera_busy.disconnect()
            page.room_looked.disconnect()
            page.loadingChanged.disconnect()
            page.renderProcessTerminated.disconnect()
            page.triggerAction(QWebEnginePage.WebAction.Stop)
        if view is not None:
            view.hide()
            view.setParent(None)
            if now:
                shiboken6.delete(view)  # its page, then its profile, are its children and go with it
            else:
                view.deleteLater()

    @property
    def widget(self) -> QWidget | None:
        return self.view
