"""Tutorial mode, driven as a facilitator and a learner would: the facilitator's panel starts a lesson for a learner,
the practice household's real screens come up under the overlay, and the learner taps through the ring's hole (the
overlay's mask is what lets the tap through), types, reads and waits for the pretend family, who really answer
through the sandbox mailbox and the real mail sync."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.services.call_invites import IncomingCall
from carelink.services.tutorial.lessons import Lesson, load_lessons
from carelink.services.tutorial.progress import DONE, STOPPED
from carelink.speech import SilentSpeaker
from carelink.ui.main_window import MainWindow
from carelink.ui.reading import apply_speech_settings
from carelink.ui.theme import FONT_FAMILY
from carelink.ui.tutorial.controls import find_control
from carelink.ui.tutorial.overlay import TutorialOverlay
from carelink.ui.tutorial.panel import FacilitatorPanel
from tests.helpers import run_cli

LESSONS = load_lessons()


def practice_of(window: MainWindow) -> tuple[QMainWindow, TutorialOverlay]:
    workshop = window.tutorial.workshop
    assert workshop is not None and workshop.current is not None
    return workshop.current.window, workshop.current.overlay


def show_lesson_button(qtbot: QtBot, panel: FacilitatorPanel, lesson_id: str) -> None:
    """The panel's Start a lesson part, at the page of lessons with `lesson_id` on it (▶ until it shows)."""
    qtbot.mouseClick(panel.part_buttons["start"], Qt.MouseButton.LeftButton)
    arrows = panel.lesson_pages.arrows
    while arrows.previous.isVisible():
        qtbot.mouseClick(arrows.previous, Qt.MouseButton.LeftButton)
    while not panel.lesson_buttons[lesson_id].isVisible():
        assert arrows.next.isVisible(), f"no page of lessons shows {lesson_id}"
        qtbot.mouseClick(arrows.next, Qt.MouseButton.LeftButton)


def start_lesson(qtbot: QtBot, window: MainWindow, lesson_id: str, learner: str = "Ann"
                 ) -> tuple[QMainWindow, TutorialOverlay]:
    window.open_screen("tutorial", unlocked=True)
    panel = window.tutorial.panel
    assert panel is not None
    show_lesson_button(qtbot, panel, lesson_id)
    qtbot.mouseClick(panel.lesson_buttons[lesson_id], Qt.MouseButton.LeftButton)
    panel.learner.setText("")
    qtbot.keyClicks(panel.learner, learner)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    workshop = window.tutorial.workshop
    assert workshop is not None
    qtbot.waitUntil(lambda: workshop.current is not None, timeout=20_000)
    practice, overlay = practice_of(window)
    qtbot.waitExposed(practice)
    return practice, overlay


def tap_through_the_ring(qtbot: QtBot, practice: QMainWindow, overlay: TutorialOverlay) -> None:
    """A learner's tap on the middle of the ringed control: whatever is under that point gets it."""
    centre = overlay.hole().center()
    under = practice.childAt(centre)
    assert under is not None and under is not overlay and not overlay.isAncestorOf(under), \
        "the ringed control is not reachable through the overlay"
    qtbot.mouseClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(practice, centre))


def ring_is_on_its_control(overlay: TutorialOverlay) -> bool:
    """The ring (the hole in the dimming) is where its control is now: a screen still settling (a card that has
    just loaded moves Next aside for Reply) moves the control, and the ring follows within a moment. A learner taps
    where the ring is, so a test waits for it to be on the control too."""
    target, window = overlay.target, overlay.window()
    if target is None or not target.isEnabled() or overlay.hole().isEmpty():
        return False
    under = window.childAt(overlay.hole().center())
    return under is not None and (under is target or target.isAncestorOf(under))


def wait_for_ring(qtbot: QtBot, overlay: TutorialOverlay) -> None:
    try:
        qtbot.waitUntil(lambda: ring_is_on_its_control(overlay), timeout=20_000)
    except TimeoutError as error:
        window = overlay.window()
        screen = window.current_screen() if isinstance(window, MainWindow) else "?"
        if isinstance(window, MainWindow):
            window.grab().save(str(Path(tempfile.gettempdir()) / "tutorial-fail.png"))
            found = find_control(window, overlay.run.step.control)
            screen += f"; found={found}; target={overlay.target}; hole={overlay.hole()}"
        raise AssertionError(f"step {overlay.run.index + 1} ({overlay.run.step.control}) was never ringed; "
                             f"the screen is {screen}") from error


def do_step(qtbot: QtBot, practice: QMainWindow, overlay: TutorialOverlay) -> None:
    run = overlay.run
    step, number = run.step, run.index
    if step.action == "wait":
        qtbot.waitUntil(lambda: run.index != number or run.finished, timeout=20_000)
        return
    if step.action == "read":
        qtbot.waitUntil(lambda: overlay.target is not None, timeout=20_000)
        qtbot.mouseClick(overlay.box.next, Qt.MouseButton.LeftButton)
    elif step.action == "type":
        wait_for_ring(qtbot, overlay)
        assert overlay.target is not None
        qtbot.keyClicks(overlay.target, step.example)
        assert run.index == number, "a typing step waits for the learner"
        qtbot.mouseClick(overlay.box.next, Qt.MouseButton.LeftButton)  # the learner says they have finished
    else:
        wait_for_ring(qtbot, overlay)
        tap_through_the_ring(qtbot, practice, overlay)
    assert run.index != number or run.finished, f"step {number + 1} ({step.control}) did not move on"


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_every_lesson_can_be_done_to_the_end_as_a_learner_would(qtbot: QtBot, workshop_window: MainWindow,
                                                                 household: Household, lesson: Lesson) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, lesson.id)
    assert not workshop_window.isVisible() and practice.isVisible()  # the practice takes the window's place
    for _ in lesson.steps:
        do_step(qtbot, practice, overlay)
    assert overlay.run.finished
    assert overlay.box.back.isVisible() and "Well done, Ann!" in overlay.box.words.text()
    qtbot.waitUntil(lambda: household.learners.records()[0].status == DONE, timeout=20_000)
    qtbot.mouseClick(overlay.box.back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(workshop_window.isVisible, timeout=20_000)
    assert workshop_window.current_screen() == "tutorial" and not practice.isVisible()
    record = household.learners.records()[0]
    assert (record.learner, record.lesson_id, record.step_reached) == ("Ann", lesson.id, len(lesson.steps))


def _control_shown(window: QWidget, name: str) -> bool:
    return find_control(window, name) is not None


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_each_step_s_control_is_on_show_when_its_step_starts(qtbot: QtBot, workshop_window: MainWindow,
                                                            lesson: Lesson) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, lesson.id)
    for _ in lesson.steps:
        step = overlay.run.step
        if not (step.action == "wait" and step.until == "visible"):  # that control comes: the step waits for it
            qtbot.waitUntil(functools.partial(_control_shown, practice, step.control), timeout=20_000)
            control = find_control(practice, step.control)
            assert control is not None and control.isVisible()
            if step.action in ("tap", "type"):  # ringed, inside the window, with the hole over the control
                wait_for_ring(qtbot, overlay)
                assert overlay.target is control and practice.rect().contains(overlay.hole())
        do_step(qtbot, practice, overlay)
    qtbot.mouseClick(overlay.box.back, Qt.MouseButton.LeftButton)


def test_a_wrong_tap_gets_a_gentle_hint_and_changes_nothing(qtbot: QtBot, workshop_window: MainWindow,
                                                           speaker: SilentSpeaker) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, "read-message")
    wait_for_ring(qtbot, overlay)
    home = practice.findChild(QWidget, "tile_calls")
    assert home is not None
    wrong = home.mapTo(practice, home.rect().center())
    assert not overlay.hole().contains(wrong)
    assert practice.childAt(wrong) is overlay  # the overlay, not Call family, takes a tap away from the ring
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=overlay.mapFrom(practice, wrong))
    assert overlay.box.hint.isVisible() and "yellow ring" in overlay.box.hint.text()
    assert overlay.run.index == 0 and overlay.run.wrong_taps == 1
    assert practice.current_screen() == "home"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any("yellow ring" in said for said in speaker.spoken), timeout=20_000)


def test_show_me_again_says_the_step_again_and_stop_ends_the_lesson(qtbot: QtBot, workshop_window: MainWindow,
                                                                    household: Household,
                                                                    speaker: SilentSpeaker) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, "reply")
    wait_for_ring(qtbot, overlay)
    tap_through_the_ring(qtbot, practice, overlay)
    words = overlay.run.view().words
    said = len(speaker.spoken)
    qtbot.mouseClick(overlay.box.again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(speaker.spoken) > said, timeout=20_000)
    assert speaker.spoken[-1] == words
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(workshop_window.isVisible, timeout=20_000)
    qtbot.waitUntil(lambda: household.learners.records()[0].status == STOPPED, timeout=20_000)
    assert household.learners.records()[0].step_reached == 1
    panel = workshop_window.tutorial.panel
    assert panel is not None
    qtbot.waitUntil(lambda: "Ann: Replying, stopped after 1 of" in panel.records.text(), timeout=20_000)


def test_reset_gives_the_next_learner_a_fresh_pretend_family(qtbot: QtBot, workshop_window: MainWindow,
                                                             household: Household) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, "checkin", learner="Ann")
    wait_for_ring(qtbot, overlay)
    tap_through_the_ring(qtbot, practice, overlay)  # Ann tells the pretend family she's OK
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(workshop_window.isVisible, timeout=20_000)
    folder = household.paths.root / "tutorial"
    assert folder.is_dir()
    panel = workshop_window.tutorial.panel
    assert panel is not None
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not folder.exists() or bool(panel.message.text()), timeout=20_000)
    assert not folder.exists(), panel.message.text()
    assert household.paths.database.exists()  # the household's own data stays
    practice, overlay = start_lesson(qtbot, workshop_window, "checkin", learner="Bob")
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None and workshop.current is not None
    fresh = workshop.current.household
    assert fresh.settings.person_name == "Bob" and fresh.checkin.today().checked_in is None
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)


def test_leaving_workshop_mode_needs_the_pin(qtbot: QtBot, workshop_window: MainWindow) -> None:
    workshop_window.open_screen("tutorial", unlocked=True)
    qtbot.keyClick(workshop_window, Qt.Key.Key_Escape)
    assert workshop_window.current_screen() == "tutorial"  # Escape does not leave
    panel = workshop_window.tutorial.panel
    assert panel is not None
    qtbot.mouseClick(panel.home_button, Qt.MouseButton.LeftButton)
    assert workshop_window.current_screen() == "pin"
    qtbot.mouseClick(workshop_window.pin_gate.home_button, Qt.MouseButton.LeftButton)
    assert workshop_window.current_screen() == "tutorial"  # the PIN's way back is to the panel, not Home
    qtbot.mouseClick(panel.home_button, Qt.MouseButton.LeftButton)
    for digit in "1234":
        qtbot.mouseClick(workshop_window.pin_gate.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workshop_window.current_screen() == "home", timeout=20_000)


def test_the_documented_keys_leave_workshop_mode(qtbot: QtBot, workshop_window: MainWindow) -> None:
    workshop_window.open_screen("tutorial", unlocked=True)
    workshop_window.activateWindow()
    qtbot.keyClick(workshop_window, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: workshop_window.current_screen() == "home", timeout=20_000)


def test_workshop_mode_from_learn_asks_for_the_pin(qtbot: QtBot, workshop_window: MainWindow) -> None:
    qtbot.mouseClick(workshop_window.home.tiles["learn"], Qt.MouseButton.LeftButton)
    assert workshop_window.current_screen() == "learn"
    qtbot.mouseClick(workshop_window.tutorial.learn.workshop, Qt.MouseButton.LeftButton)
    assert workshop_window.current_screen() == "pin"
    for digit in "1234":
        qtbot.mouseClick(workshop_window.pin_gate.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workshop_window.current_screen() == "tutorial", timeout=20_000)


def test_practising_alone_from_learn_uses_the_person_s_name(qtbot: QtBot, workshop_window: MainWindow,
                                                          household: Household) -> None:
    workshop_window.open_screen("learn")
    button = workshop_window.tutorial.learn.lesson_buttons["checkin"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None
    qtbot.waitUntil(lambda: workshop.current is not None, timeout=20_000)
    _practice, overlay = practice_of(workshop_window)
    assert overlay.run.learner == household.settings.person_name == "Mary"
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workshop_window.current_screen() == "learn" and workshop_window.isVisible(), timeout=20_000)


def test_the_panel_asks_for_a_name_before_starting(qtbot: QtBot, workshop_window: MainWindow) -> None:
    workshop_window.open_screen("tutorial", unlocked=True)
    panel = workshop_window.tutorial.panel
    assert panel is not None
    panel.learner.setText("   ")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert "first name" in panel.message.text()
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None and workshop.current is None and not workshop.starting


def test_a_practice_call_opens_nothing(qtbot: QtBot, workshop_window: MainWindow) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, "video-call")
    steps = overlay.run.lesson.steps
    call = next(number for number, step in enumerate(steps) if step.control == "calls_confirm_call")
    opener = practice.calls.calling.opener  # type: ignore[attr-defined]
    for _ in steps[:call]:  # (Check my camera, on the way, opens nothing either: a page made here)
        do_step(qtbot, practice, overlay)
    assert opener.opened == []
    do_step(qtbot, practice, overlay)  # the big Call button
    qtbot.waitUntil(lambda: bool(opener.opened), timeout=20_000)
    assert type(opener).__name__ == "PracticeOpener"
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)


def test_escape_in_a_lesson_keeps_the_learner_on_the_lesson_s_screen(qtbot: QtBot, workshop_window: MainWindow
                                                                    ) -> None:
    practice, overlay = start_lesson(qtbot, workshop_window, "read-message")
    wait_for_ring(qtbot, overlay)
    tap_through_the_ring(qtbot, practice, overlay)  # now on Messages
    qtbot.waitUntil(lambda: practice.current_screen() == "wall", timeout=20_000)  # type: ignore[attr-defined]
    qtbot.keyClick(practice, Qt.Key.Key_Escape)
    assert practice.current_screen() == "wall"  # type: ignore[attr-defined]
    assert "Stop practising" in overlay.box.hint.text()
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)


def test_closing_the_practice_window_is_stop_and_brings_the_household_back(qtbot: QtBot,
                                                                          workshop_window: MainWindow,
                                                                          household: Household) -> None:
    practice, _overlay = start_lesson(qtbot, workshop_window, "checkin")
    practice.close()  # the window's own close button, or Alt+F4
    qtbot.waitUntil(workshop_window.isVisible, timeout=20_000)
    assert not (shiboken6.isValid(practice) and practice.isVisible())
    assert workshop_window.current_screen() == "tutorial"
    qtbot.waitUntil(lambda: household.learners.records()[0].status == STOPPED, timeout=20_000)


def test_the_handout_command_saves_a_pdf_of_the_real_screens(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "handouts" / "checkin.pdf"
    code, printed, _ = run_cli(["--data-dir", str(tmp_path / "data"), "--demo", "tutorial", "handout", "checkin",
                                "--out", str(out)], capsys)
    assert code == 0 and printed.strip() == str(out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 3
    code, _, error = run_cli(["--data-dir", str(tmp_path / "data"), "tutorial", "handout", "juggling", "--out",
                              str(tmp_path / "x.pdf")], capsys)
    assert code == 1 and "no lesson called 'juggling'" in error and not (tmp_path / "x.pdf").exists()


def test_a_real_call_during_a_lesson_ends_it_and_rings_where_it_can_be_seen(qtbot: QtBot,
                                                                           workshop_window: MainWindow,
                                                                           household: Household) -> None:
    practice, _overlay = start_lesson(qtbot, workshop_window, "read-message")
    sarah = next(person for person in household.contacts.list() if person.name == "Sarah Jones")
    workshop_window.calls.incoming.incoming.emit(IncomingCall(household.wall.ids()[0], sarah.name, None, False))
    qtbot.waitUntil(workshop_window.isVisible, timeout=20_000)
    assert workshop_window.current_screen() == "ringing"  # not hidden behind the lesson, nor by its ending
    assert not (shiboken6.isValid(practice) and practice.isVisible())
    qtbot.mouseClick(workshop_window.calls.ringing.not_now_button, Qt.MouseButton.LeftButton)
    assert workshop_window.current_screen() == "tutorial"  # back to the panel, still in workshop mode


def test_the_person_s_text_size_and_voice_are_used_while_practising_and_kept_after(
        qtbot: QtBot, workshop_window: MainWindow, household: Household, speaker: SilentSpeaker) -> None:
    household.settings.set("speech.rate", "slow")
    household.settings.set("display.text_size", "150")
    apply_speech_settings(household.settings, speaker)  # as at start
    _practice, overlay = start_lesson(qtbot, workshop_window, "checkin")
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None and workshop.current is not None
    practising = workshop.current.household.settings
    assert (practising.get("display.text_size"), practising.get("speech.rate")) == ("150", "slow")
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(workshop_window.isVisible, timeout=20_000)
    assert speaker.rate == "slow" and workshop_window.theme().scale == 1.5


def test_practising_alone_with_a_long_name_uses_the_first_name(qtbot: QtBot, workshop_window: MainWindow,
                                                               household: Household) -> None:
    household.settings.set("person.name", "Margaret Elizabeth Fotheringham-Smythe")
    workshop_window.open_screen("learn")
    qtbot.mouseClick(workshop_window.tutorial.learn.lesson_buttons["checkin"], Qt.MouseButton.LeftButton)
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None
    qtbot.waitUntil(lambda: workshop.current is not None, timeout=20_000)
    _practice, overlay = practice_of(workshop_window)
    assert overlay.run.learner == "Margaret"
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)


def test_a_folder_that_is_not_the_practice_household_is_never_deleted(qtbot: QtBot, workshop_window: MainWindow,
                                                                      household: Household) -> None:
    mine = household.paths.root / "tutorial"
    mine.mkdir()
    (mine / "letters.txt").write_text("my own letters", encoding="utf-8")
    workshop_window.open_screen("tutorial", unlocked=True)
    panel = workshop_window.tutorial.panel
    assert panel is not None
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not CareLink's practice household" in panel.message.text(), timeout=20_000)
    qtbot.keyClicks(panel.learner, "Ann")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    workshop = workshop_window.tutorial.workshop
    assert workshop is not None
    qtbot.waitUntil(lambda: not workshop.starting, timeout=20_000)
    assert workshop.current is None and (mine / "letters.txt").read_text(encoding="utf-8") == "my own letters"


def test_a_dimmed_control_never_keeps_the_keyboard(qtbot: QtBot, workshop_window: MainWindow) -> None:
    """Space on a dimmed tile would open it while the strip says "Tap Messages": the keyboard never rests there."""
    practice, overlay = start_lesson(qtbot, workshop_window, "read-message")
    wait_for_ring(qtbot, overlay)
    assert overlay.target is find_control(practice, "tile_messages")
    practice.activateWindow()
    calls = find_control(practice, "tile_calls")
    assert calls is not None
    calls.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not calls, timeout=20_000)
    assert QApplication.focusWidget() is overlay.target  # back on the ringed control
    qtbot.keyClick(overlay.target, Qt.Key.Key_Tab)  # Tab from the ring skips the dimmed tiles for the strip's buttons
    qtbot.waitUntil(lambda: QApplication.focusWidget() is overlay.box.again, timeout=20_000)
    assert isinstance(practice, MainWindow) and practice.current_screen() == "home" and overlay.run.index == 0
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)


def _families(window: QWidget) -> set[str]:
    return {QFontInfo(widget.font()).family() for widget in window.findChildren(QLabel) if widget.isVisible()}


def test_the_font_stays_atkinson_hyperlegible_in_a_lesson_and_after(qtbot: QtBot, workshop_window: MainWindow
                                                                   ) -> None:
    assert _families(workshop_window) == {FONT_FAMILY}
    practice, overlay = start_lesson(qtbot, workshop_window, "checkin")
    wait_for_ring(qtbot, overlay)
    assert _families(practice) == {FONT_FAMILY}
    qtbot.mouseClick(overlay.box.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(workshop_window.isVisible, timeout=20_000)
    qtbot.wait(50)  # the practice window is closed on the next turn of the event loop
    assert QApplication.font().family() == FONT_FAMILY
    assert _families(workshop_window) == {FONT_FAMILY}  # the panel
    workshop_window.open_screen("settings", unlocked=True)
    assert _families(workshop_window) == {FONT_FAMILY}
