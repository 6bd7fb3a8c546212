"""Pictures CareLink makes of itself without showing a window: a screen as a PNG (`carelink screenshot`) and a
lesson's handout as a PDF (`carelink tutorial handout`). Kept apart from the composition root (app.py), which they
use to build the window."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from carelink.app import _qt_application, build_window
from carelink.errors import UserError
from carelink.household import Household
from carelink.speech import SilentSpeaker

if TYPE_CHECKING:
    from carelink.services.first_look import FirstLook
    from carelink.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def save_handout(household: Household, lesson_id: str, out: Path, learner: str = "") -> Path:
    """A lesson's handout as a PDF for `learner` (each step's real screen with its control ringed), made without
    showing a window."""
    from carelink.services.tutorial.lessons import find_lesson, load_lessons
    from carelink.ui.assets import load_fonts
    from carelink.ui.tutorial.handout import save_handout_pdf

    lesson = find_lesson(load_lessons(language=household.settings.locale), lesson_id)
    _app, _created = _qt_application(needs_screen=False)
    if not load_fonts():
        log.warning("Atkinson Hyperlegible could not be loaded; the handout uses the system font")
    with _household_words(household):
        return save_handout_pdf(lesson, out, learner, household.settings.locale)


def save_certificate(household: Household, learner: str, out: Path) -> Path:
    """A learner's certificate as a PDF: the lessons they finished today, from the household's learners' record."""
    from carelink.services.tutorial.certificate import certificate_for
    from carelink.services.tutorial.lessons import read_lessons
    from carelink.ui.assets import load_fonts
    from carelink.ui.tutorial.certificate_page import save_certificate_pdf

    lessons, _problems = read_lessons(language=household.settings.locale,
                                      own=household.paths.root / "lessons")
    certificate = certificate_for(learner, household.learners.records(), lessons, household.clock.now())
    _app, _created = _qt_application(needs_screen=False)
    if not load_fonts():
        log.warning("Atkinson Hyperlegible could not be loaded; the certificate uses the system font")
    with _household_words(household):
        return save_certificate_pdf(certificate, out)


@contextmanager
def _household_words(household: Household) -> Iterator[None]:
    """The household's translation installed while a handout or certificate is written (its own words: "Step 1 of
    8", "Page 1 of 5"), taken away again after."""
    from carelink.ui.language import LanguageSwitch

    switch = LanguageSwitch()
    switch.use(household.settings.locale)
    try:
        yield
    finally:
        switch.remove()
        switch.deleteLater()


def _open_camera_check(window: MainWindow) -> None:
    """Settings → Calls → Check my camera and microphone, in the call window (Qt WebEngine, a page made here),
    waited for until the page is on show; a page that could not start is a UserError."""
    import time

    from PySide6.QtCore import QCoreApplication

    window.open_screen("settings", unlocked=True)
    window.settings.calls.check.click()
    calling = window.calls.calling
    deadline = time.monotonic() + 60
    while calling.state == "waiting" and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    if calling.state != "in_call":
        raise UserError("The camera check page could not be shown on this computer.")
    end = time.monotonic() + 1  # a moment for the picture to arrive
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def take_screenshot(household: Household | FirstLook, screen: str, out: Path, size: tuple[int, int],
                    text_size: int | None = None) -> Path:
    """Render one screen to a PNG at a size (and optionally a text size) without showing a window. From a
    FirstLook (Home's figures, glanced at before the services are loaded) only Home can be drawn."""
    from PySide6.QtCore import QCoreApplication, Qt

    _app, _created = _qt_application(needs_screen=False)  # kept while the window lives
    window = build_window(household, SilentSpeaker(), text_size / 100 if text_size else None)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*size)
    window.show()
    if screen == "camera-check":
        _open_camera_check(window)
    else:
        window.open_screen(screen, unlocked=True)
    for _ in range(200):  # let background work (unread counts, voices) arrive and the layout settle
        QCoreApplication.processEvents()
        if not window.runner.busy:
            break
        window.runner.wait(50)
    QCoreApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(out), "PNG")
    window.close()  # and with it the household's translation: an application driving CareLink keeps its own
    window.deleteLater()
    QCoreApplication.processEvents()
    if not saved:
        raise UserError("CareLink could not save the picture to {path}.", {"path": out})
    return out
