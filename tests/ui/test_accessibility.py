"""Every screen against DESIGN.md section 6, at 100% and at 200% text.

Targets at least 64 px with 12 px between them, body text at least 20 pt, nothing clipped, an accessible name on
every control, every control reachable with Tab, and 7:1 contrast computed from the theme's own colours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QThread
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from carelink.channels.email.mime import parse_message
from carelink.services.call_invites import IncomingCall
from carelink.services.held import UNKNOWN_SENDER
from carelink.ui.first_run import STEPS
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.contacts_page import ContactsPage
from carelink.ui.theme import HIGH_CONTRAST, STANDARD, Palette, contrast_ratio
from carelink.ui.wall.wall_screen import WallScreen
from tests.helpers import FIXED_NOW
from tests.ui.conftest import WindowFactory

CONTROL_TYPES = (QAbstractButton, QLineEdit, QListWidget, QPlainTextEdit)


def _settings_page(name: str) -> Callable[[MainWindow], QWidget]:
    def open_page(window: MainWindow) -> QWidget:
        window.open_screen("settings", unlocked=True)
        window.settings.show_page(name)
        return window.settings

    return open_page


def _contact_form(window: MainWindow) -> QWidget:
    window.open_screen("settings", unlocked=True)
    window.settings.show_page("contacts")
    page = window.settings.pages["contacts"]
    assert isinstance(page, ContactsPage)
    page.add_button.click()
    return window.settings


def _held_page(window: MainWindow) -> QWidget:
    raw = (b"From: Rose <cousin.rose@example.net>\r\nTo: mary@example.org\r\nSubject: Hello from Rose\r\n"
           b"Message-ID: <rose-1@example.net>\r\n\r\nDear Mary, it has been such a long time.\r\n")
    window.household.held.hold(parse_message(raw), raw, UNKNOWN_SENDER, FIXED_NOW)
    return _settings_page("held")(window)


def _first_run_step(step: int) -> Callable[[MainWindow], QWidget]:
    def open_step(window: MainWindow) -> QWidget:
        assert window.first_run is not None, "first-run screens open on an empty household"
        window.first_run.show_step(step)
        return window.first_run

    return open_step


def _second_card_photo(wall: WallScreen) -> None:
    wall.next()
    wall.open_photo(0)  # the second card has a photo


def _wall_with_attachments(window: MainWindow) -> QWidget:
    """The wall's newest card: a voice message, a PDF and a Word document (tests/helpers/media_corpus.py)."""
    from tests.helpers import media_corpus as media
    from tests.helpers.family_corpus import base

    msg = base("Everything at once")
    msg.set_content("A song, the recipe, and the recipe in Word.")
    msg.add_attachment(media.wav_bytes(31), maintype="audio", subtype="wav", filename="Song.wav")
    msg.add_attachment(media.pdf_bytes(media.RECIPE_PAGES), maintype="application", subtype="pdf",
                       filename="Recipe.pdf")
    msg.add_attachment(media.docx_bytes(), maintype="application", subtype="msword", filename="Recipe.docx")
    sarah = window.household.contacts.list()[0]
    window.household.wall.add_mail(parse_message(msg.as_bytes()), sarah.id, sarah.email, FIXED_NOW)
    return _wall_then(lambda wall: None)(window)


def _wall_then(action: Callable[[WallScreen], None]) -> Callable[[MainWindow], QWidget]:
    """The wall once its cards have loaded, and then something done on it (open the reply box, or a photo)."""
    def open_wall(window: MainWindow) -> QWidget:
        window.open_screen("wall")
        for _ in range(200):
            QApplication.processEvents()
            if not window.runner.busy:
                break
            window.runner.wait(50)
        action(window.wall)
        return window.wall

    return open_wall


def _call_confirm(window: MainWindow) -> QWidget:
    sarah = next(c for c in window.household.contacts.list() if c.name == "Sarah Jones")
    window.calls.ask(sarah.id)
    return window.calls.confirm


class _NothingOpens:
    def open(self, _url: str) -> bool:
        return False


def _calling(opened: bool) -> Callable[[MainWindow], QWidget]:
    def open_calling(window: MainWindow) -> QWidget:
        window.open_screen("calls-calling")
        if opened:
            window.calls.calling.joining("Sarah Jones")
        else:
            window.calls.calling.opener = _NothingOpens()
            window.calls.calling.join("Sarah Jones", "tel:+447700900123")
        return window.calls.calling

    return open_calling


def _ringing(auto_answer: bool) -> Callable[[MainWindow], QWidget]:
    def ring(window: MainWindow) -> QWidget:
        window.calls.ring(IncomingCall(window.household.wall.ids()[0], "Sarah Jones", None, auto_answer))
        return window.calls.ringing

    return ring


def _settle(window: MainWindow) -> None:
    for _ in range(200):
        QApplication.processEvents()
        if not window.runner.busy:
            break
        window.runner.wait(50)


def _concern_step(step: str) -> Callable[[MainWindow], QWidget]:
    """The concern screen at a step, reached the way a person reaches it (a choice, Next, an answer, Send)."""
    def open_step(window: MainWindow) -> QWidget:
        window.open_screen("concern")
        concern = window.concern
        if step != "choose":
            concern.choices.buttons["unwell"].click()
        if step in ("call", "send", "sent"):
            concern.note.setPlainText("I have had a bad cough since Tuesday and I feel dizzy.")
            concern.words_next.click()
        if step in ("send", "sent"):
            concern.call_back.buttons["yes"].click()
        if step == "sent":
            concern.send.click()
            _settle(window)
        return concern

    return open_step


def _checkin_done(window: MainWindow) -> QWidget:
    window.open_screen("checkin")
    window.checkin.check_in()
    _settle(window)
    return window.checkin


def _screen(name: str) -> Callable[[MainWindow], QWidget]:
    def open_screen(window: MainWindow) -> QWidget:
        window.open_screen(name)
        return window.screens[name]

    return open_screen


_WORKSHOPS: list[MainWindow] = []  # windows whose practice lesson is to be closed after the test


def _workshop_panel(window: MainWindow) -> QWidget:
    window.open_screen("tutorial", unlocked=True)
    return window.screens["tutorial"]


def _lesson(lesson_id: str, to_the_end: bool = False) -> Callable[[MainWindow], QWidget]:
    """A lesson under way in the practice window (at the window's text size), or finished: the overlay."""
    def open_lesson(window: MainWindow) -> QWidget:
        workshop = window.tutorial.workshop
        assert workshop is not None
        _WORKSHOPS.append(window)
        workshop.start(window.tutorial.lessons[lesson_id], "Ann", "tutorial")
        for _ in range(400):
            if workshop.current is not None:
                break
            _settle(window)
        assert workshop.current is not None
        practice = workshop.current
        practice.household.settings.set("display.text_size", str(round(window.theme().scale * 100)))
        if to_the_end:
            for step in practice.run.lesson.steps:
                practice.run.done(step.control)
        for _ in range(100):  # the overlay finds the first step's control on its next look
            QApplication.processEvents()
            if to_the_end or practice.overlay.target is not None:
                break
            QThread.msleep(20)
        return practice.overlay.box  # the lesson strip: the words and the learner's buttons

    return open_lesson


SCREENS: dict[str, Callable[[MainWindow], QWidget]] = {
    **{name: _screen(name) for name in ("home", "wall", "calls", "checkin", "concern", "learn", "pin")},
    "tutorial": _workshop_panel,
    "lesson-reply": _lesson("reply"),
    "lesson-text-size": _lesson("text-size"),
    "lesson-finished": _lesson("checkin", to_the_end=True),
    **{f"settings-{page}": _settings_page(page)
       for page in ("display", "voice", "contacts", "calls", "person", "care", "email", "change_pin", "computer",
                    "attachments")},
    "settings-contact-form": _contact_form,
    "settings-held": _held_page,
    **{f"first-run-{step + 1}": _first_run_step(step) for step in range(STEPS)},
    "wall-reply": _wall_then(lambda wall: wall.replies.write.click()),
    "wall-photo": _wall_then(_second_card_photo),
    "wall-attachments": _wall_with_attachments,
    "wall-empty": _screen("wall"),
    "calls-confirm": _call_confirm,
    "calls-calling": _calling(opened=True),
    "calls-not-opened": _calling(opened=False),
    "ringing": _ringing(auto_answer=False),
    "ringing-auto": _ringing(auto_answer=True),  # the countdown on show
    **{name: _concern_step(step) for name, step in (("concern-words", "words"), ("concern-call", "call"),
                                                    ("concern-send", "send"), ("concern-sent", "sent"))},
    "concern-no-carer": _screen("concern"),
    "checkin-done": _checkin_done,
}
# These open on an empty (real, never set up) household; the others on the demo.
ON_EMPTY_HOUSEHOLD = {name for name in SCREENS
                      if name.startswith(("first-run", "wall-empty", "concern-no-carer"))}


@pytest.fixture(autouse=True)
def _close_lessons() -> Iterator[None]:
    yield
    while _WORKSHOPS:
        workshop = _WORKSHOPS.pop().tutorial.workshop
        if workshop is not None:
            workshop.finish()


@pytest.fixture(autouse=True)
def _private_autostart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings → This computer asks the real adapter: point it at a private folder, never the real one."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _shown(root: QWidget, kind: type[QWidget] | tuple[type[QWidget], ...]) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, kind) and w.isVisibleTo(root.window())]


def _controls(root: QWidget) -> list[QWidget]:
    return [w for w in _shown(root, CONTROL_TYPES) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def _seen(widget: QWidget) -> QRect:
    """The part of a control in sight: what a scroll area's viewport shows of it (a control scrolled out of
    sight cannot be mistaken for one beside it)."""
    rect = _rect(widget)
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            rect = rect.intersected(_rect(parent))
        parent = parent.parentWidget()
    return rect


def _gap(a: QRect, b: QRect) -> int:
    dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1, 0)
    dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1, 0)
    return max(dx, dy)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}"


def _open(make_window: WindowFactory, qtbot: QtBot, scale: float, screen: str,
          request: pytest.FixtureRequest) -> tuple[MainWindow, QWidget]:
    home = request.getfixturevalue("empty_household") if screen in ON_EMPTY_HOUSEHOLD else None
    window = make_window(scale, home=home)
    root = SCREENS[screen](window)
    qtbot.waitUntil(lambda: not window.runner.busy)
    QApplication.processEvents()
    return window, root


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100%", "200%"])
@pytest.mark.parametrize("screen", list(SCREENS))
class TestScreen:
    def test_controls_are_big_named_and_apart(self, make_window: WindowFactory, qtbot: QtBot, scale: float,
                                              screen: str, request: pytest.FixtureRequest) -> None:
        _, root = _open(make_window, qtbot, scale, screen, request)
        controls = _controls(root)
        assert controls, f"{screen} has no controls"
        for control in controls:
            assert control.width() >= 64 and control.height() >= 64, f"{_name(control)} is {control.size()}"
            assert control.accessibleName().strip(), f"{_name(control)} has no accessible name"
        for index, first in enumerate(controls):
            for second in controls[index + 1:]:
                seen = _seen(first), _seen(second)
                if seen[0].isEmpty() or seen[1].isEmpty():
                    continue  # scrolled out of sight: nothing to mistake it for
                gap = _gap(*seen)
                assert gap >= 12, f"{_name(first)} and {_name(second)} are {gap} px apart"

    def test_text_is_large_and_never_clipped(self, make_window: WindowFactory, qtbot: QtBot, scale: float,
                                             screen: str, request: pytest.FixtureRequest) -> None:
        _, root = _open(make_window, qtbot, scale, screen, request)
        labels = [w for w in _shown(root, QLabel) if isinstance(w, QLabel) and w.text()]
        assert labels, f"{screen} shows no words"
        for text in labels:
            assert text.font().pointSizeF() >= 20 * scale - 0.01, f"{_name(text)} is {text.font().pointSizeF()} pt"
            if text.wordWrap():
                needed = text.heightForWidth(text.width())
                assert text.height() >= needed, f"{text.text()!r} needs {needed} px, has {text.height()}"
            else:
                assert text.width() >= text.sizeHint().width(), f"{text.text()!r} is cut off"
        for control in _controls(root):
            # A line edit is laid out at its sizeHint (fixed vertical policy); its minimumSizeHint counts the
            # style sheet's padding twice, so the size Qt itself chooses is the one to hold it to.
            hint = control.sizeHint() if isinstance(control, QLineEdit) else control.minimumSizeHint()
            assert control.width() >= hint.width() and control.height() >= hint.height(), \
                f"{_name(control)} is {control.size()}, needs {hint}"

    def test_tab_reaches_every_control(self, make_window: WindowFactory, qtbot: QtBot, scale: float,
                                       screen: str, request: pytest.FixtureRequest) -> None:
        _, root = _open(make_window, qtbot, scale, screen, request)
        window = root.window()  # a practice lesson's overlay is in the practice window
        controls = set(_controls(root))
        first = next(iter(sorted(controls, key=lambda w: (_rect(w).top(), _rect(w).left()))))
        first.setFocus(Qt.FocusReason.TabFocusReason)
        reached: set[QWidget] = set()
        for _ in range(4 * len(controls) + 10):
            focused = window.focusWidget()  # its own: another test's window may be the active one
            if focused is not None:
                reached.add(focused)
            window.focusNextChild()
        missing = [_name(w) for w in controls - reached]
        assert not missing, f"Tab never reaches: {missing}"


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST], ids=["standard", "high-contrast"])
def test_every_text_colour_pair_has_7_to_1_contrast(palette: Palette) -> None:
    for what, text, background in palette.text_pairs():
        assert contrast_ratio(text, background) >= 7, f"{what}: {text} on {background}"


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1)


def test_tab_reaches_every_choice_in_a_window_that_is_not_the_active_one(make_window: WindowFactory,
                                                                          qtbot: QtBot) -> None:
    """Tab in drawing order follows the window's own focus, whichever window has the keyboard (it once depended on
    which test ran before: Qt's own order, which skips the unchosen one-of-many choices, took over)."""
    other = make_window()
    window = make_window()
    root = SCREENS["settings-display"](window)
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    controls = _controls(root)
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    for _ in range(2 * len(controls)):
        reached.add(window.focusWidget())
        window.focusNextChild()
    assert not [_name(w) for w in controls if w not in reached]
