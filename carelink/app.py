"""The composition root: the one place that builds storage, services and (for the GUI) the window.

Building the household imports no Qt, so the admin commands start fast and run on machines with no screen; the
GUI half imports the user interface only when it is asked for. Importing this module loads neither Qt nor the
services (nor SQLAlchemy under them): `run_gui` can paint Home from a first look at the database
(services/first_look.py) and open the household just after.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from carelink import speech
from carelink.clock import Clock, SystemClock
from carelink.errors import UserError
from carelink.household import Household
from carelink.paths import household_paths, tutorial_paths
from carelink.services.first_look import FirstLook
from carelink.speech.later import SpeakerLater
from carelink.translation import Translations
from carelink.ui.application import _qt_application as _qt_application  # (re-exported: screenshots use it)
from carelink.ui.application import share_gl_contexts as share_gl_contexts
from carelink.ui.application import show_start_problem as show_start_problem

if TYPE_CHECKING:
    from carelink.autostart import Autostart
    from carelink.channels.ports import MailTransport
    from carelink.paths import HouseholdPaths
    from carelink.secrets import SecretStore
    from carelink.services.admin_pin import AdminPin
    from carelink.services.contacts import ContactService
    from carelink.services.email_account import EmailAccountService
    from carelink.services.settings import SettingsService
    from carelink.services.status import ConnectionStatus
    from carelink.services.tutorial.progress import LearnerProgress
    from carelink.services.wall import WallService
    from carelink.speech import Speaker
    from carelink.storage.database import Database
    from carelink.storage.startup import StartupReport
    from carelink.ui.main_window import MainWindow
    from carelink.ui.tutorial.workshop import Practice

log = logging.getLogger(__name__)


DEMO_ADDRESS = "mary@example.org"
TUTORIAL_ADDRESS = "learner@example.org"


def build_household(data_dir: Path, demo: bool, clock: Clock | None = None,
                    secrets: SecretStore | None = None, translations: Translations | None = None,
                    backup_later: bool = False) -> Household:
    """The household's storage and services. With `backup_later`, today's backup is left for the window to take
    once Home is painted (run_gui does), instead of before.

    The services (and SQLAlchemy under them) are imported here, not when this module is: the window can paint
    Home before any of them is loaded."""
    from carelink.channels.sandbox import SandboxTransport
    from carelink.secrets import KeyringSecretStore
    from carelink.services.admin_pin import AdminPin
    from carelink.services.call_invites import CallInviteRule
    from carelink.services.contacts import ContactService
    from carelink.services.email_account import EmailAccountService
    from carelink.services.settings import SettingsService
    from carelink.services.status import Connection, ConnectionStatus
    from carelink.services.wall import WallService
    from carelink.storage.startup import open_household

    clock = clock or SystemClock()
    paths = household_paths(data_dir, demo)
    database, report = open_household(paths, clock, backup_later)
    settings = SettingsService(database, clock)
    pin = AdminPin(database, clock)
    contacts = ContactService(database, paths.photos, clock)
    wall = WallService(database, paths.photos, CallInviteRule(settings, contacts).link_for,
                       keep_originals=lambda: settings.keep_originals)
    if demo:
        from carelink.demo.household import demo_locale, seed_demo

        seed_demo(settings, pin, contacts, wall, paths.photos, clock, locale=demo_locale(), translations=translations)
    secrets = secrets or KeyringSecretStore(service="CareLink-demo" if demo else "CareLink")
    email = EmailAccountService(database, secrets)
    transport: MailTransport = SandboxTransport(DEMO_ADDRESS) if demo else email
    status = ConnectionStatus(Connection.DEMO if demo else
                              Connection.CHECKING if email.account() else Connection.NOT_SET_UP)
    return _wire(paths, demo, clock, database, report, settings, pin, contacts, wall, secrets, email, transport,
                 status, translations)


def _wire(paths: HouseholdPaths, demo: bool, clock: Clock, database: Database, report: StartupReport,
          settings: SettingsService, pin: AdminPin, contacts: ContactService, wall: WallService,
          secrets: SecretStore, email: EmailAccountService, transport: MailTransport,
          status: ConnectionStatus, translations: Translations | None = None) -> Household:
    """The services over an opened household's storage and transport (the real, demo and practice ones alike)."""
    from carelink.services.attachments import AttachmentList
    from carelink.services.calls import CallService
    from carelink.services.checkin import CheckinService
    from carelink.services.concerns import ConcernService
    from carelink.services.delivery import Courier
    from carelink.services.held import HeldService
    from carelink.services.mail_sync import MailSync
    from carelink.services.outbox import OutboxService
    from carelink.services.photo_files import PhotoKeeping
    from carelink.services.replies import ReplyService
    from carelink.services.tutorial.progress import LearnerProgress

    outbox = OutboxService(database, clock, transport, lambda: settings.person_name, lock_file=paths.outbox_lock)
    courier = Courier(outbox, clock)
    courier.passed.connect(status.note_delivery)  # every pass shows what the account can really do
    held = HeldService(database, wall, contacts)
    translations = translations or Translations()
    concerns = ConcernService(database, clock, contacts, outbox, settings, translations)
    courier.sent.connect(concerns.note_outbox)  # a concern follows what the mail server did with its emails
    courier.failed.connect(concerns.note_outbox)
    calls = CallService(database, clock, contacts, outbox, settings, wall, translations)
    checkin = CheckinService(database, clock, contacts, outbox, settings, translations)
    courier.sent.connect(checkin.note_outbox)  # "told" (and Home's ✓) once the check-in's email really went
    sync = MailSync(database, transport, contacts, wall, held, courier, status, clock,
                    on_contact_mail=[concerns.note_mails], timers=[concerns.run_timers, checkin.run_timers])
    replies = ReplyService(wall, outbox, lambda: settings.person_name,
                           lambda: translations.for_locale(settings.locale))
    return Household(paths=paths, demo=demo, clock=clock, database=database, report=report, settings=settings,
                     pin=pin, contacts=contacts, wall=wall, status=status, secrets=secrets, email=email,
                     transport=transport, outbox=outbox, courier=courier, held=held, sync=sync, replies=replies,
                     concerns=concerns,
                     checkin=checkin, calls=calls, learners=LearnerProgress(database, clock, paths.lesson_lock),
                     attachments=AttachmentList(database, paths.photos),
                     photos=PhotoKeeping(database, paths.photos, settings), translations=translations)


def build_tutorial_household(data_dir: Path, learner: str, clock: Clock | None = None,
                             secrets: SecretStore | None = None, reply_after_s: float = 4.0,
                             learners: LearnerProgress | None = None, locale: str | None = None) -> Household:
    """The workshop's practice household, in its own folder (data_dir/tutorial): the demo's pretend family, who
    answer back after `reply_after_s` seconds, with the learner as the person, writing in the language of `locale`
    (the household's; None: the demo's English) when the practice household is made afresh. Everything it sends
    stays in the sandbox. Like the demo it is marked `demo` (PIN 1234, "demo" in the title) and also `sandbox`.

    `learners` is the real household's LearnerProgress, so progress outlives resets of the practice household;
    without it, the practice household keeps its own. The caller closes the household when done with it."""
    from carelink.channels.sandbox import SandboxMailbox, SandboxTransport
    from carelink.demo.household import DEMO_LOCALE, seed_demo
    from carelink.secrets import KeyringSecretStore
    from carelink.services.admin_pin import AdminPin
    from carelink.services.call_invites import CallInviteRule
    from carelink.services.contacts import ContactService
    from carelink.services.email_account import EmailAccountService
    from carelink.services.settings import SettingsService
    from carelink.services.status import Connection, ConnectionStatus
    from carelink.services.tutorial.pretend_family import PretendFamily
    from carelink.services.tutorial.progress import check_learner_name
    from carelink.services.wall import WallService
    from carelink.storage.startup import open_household

    name = check_learner_name(learner)
    clock = clock or SystemClock()
    paths = tutorial_paths(data_dir)
    _check_practice_folder(paths.root)
    paths.create()
    (paths.root / PRACTICE_MARKER).write_text(PRACTICE_MARKER_TEXT, encoding="utf-8")
    database, report = open_household(paths, clock)
    settings = SettingsService(database, clock)
    pin = AdminPin(database, clock)
    contacts = ContactService(database, paths.photos, clock)
    wall = WallService(database, paths.photos, CallInviteRule(settings, contacts).link_for,
                       keep_originals=lambda: settings.keep_originals)
    seed_demo(settings, pin, contacts, wall, paths.photos, clock, person=name, locale=locale or DEMO_LOCALE)
    if settings.person_name != name:  # the next learner, without a reset in between
        settings.set("person.name", name)
    secrets = secrets or KeyringSecretStore(service="CareLink-tutorial")
    email = EmailAccountService(database, secrets)
    transport = SandboxTransport(TUTORIAL_ADDRESS, SandboxMailbox())
    household = _wire(paths, True, clock, database, report, settings, pin, contacts, wall, secrets, email,
                      transport, ConnectionStatus(Connection.DEMO))
    household.sandbox = True
    household.pretend = PretendFamily(transport, contacts, clock, lambda: settings.person_name, reply_after_s,
                                      translate=household.translate)
    if learners is not None:
        household.learners = learners
    return household


PRACTICE_MARKER = "CareLink-practice-household.txt"
PRACTICE_MARKER_TEXT = "CareLink's practice household for workshops: CareLink deletes this folder to start afresh.\n"


def _check_practice_folder(root: Path) -> None:
    """A folder that is there already must be one CareLink made for practice: never someone's own files."""
    if root.is_dir() and not (root / PRACTICE_MARKER).is_file() and any(root.iterdir()):
        raise UserError("The folder {folder} is not CareLink's practice household, so CareLink leaves it alone. "
                        "Move it, or use another data folder for workshops.", {"folder": root})


def reset_tutorial(data_dir: Path) -> None:
    """Delete the practice household's folder, so the next one starts as new. The caller closes the practice
    household first. Never touches the real household in data_dir, nor the demo's folder, nor a folder that is
    not marked as the practice household."""
    root = tutorial_paths(data_dir).root
    if not root.is_symlink():
        _check_practice_folder(root)
    try:
        if root.is_symlink():
            root.unlink()  # only the link: never what it points at
        elif root.exists():
            shutil.rmtree(root)
    except OSError as error:
        raise UserError("CareLink could not clear the practice household ({problem}). Close the tutorial and try "
                        "again.", {"problem": error.strerror or error}) from None


def build_window(household: Household | FirstLook, speaker: Speaker, text_scale: float | None = None,
                 autostart: Autostart | None = None, practice: Practice | None = None) -> MainWindow:
    """Wire the user interface to the household's services (and `autostart`, the system's "start with the
    computer" switch; this computer's own when not given). `practice` builds the tutorial's practice household
    and its window (the tutorial folder beside this household's, when not given). From a FirstLook, the window
    shows Home only, until `attach_household` gives it the household."""
    from carelink.ui.assets import load_fonts
    from carelink.ui.main_window import MainWindow
    from carelink.ui.runner import BackgroundRunner

    if not load_fonts():
        log.warning("Atkinson Hyperlegible could not be loaded; using the system font")
    runner = BackgroundRunner()
    if isinstance(household, Household):
        autostart, practice = _window_parts(household, speaker, autostart, practice)
        window = MainWindow(household, speaker, runner, autostart, text_scale, practice)
    else:
        window = MainWindow(household, speaker, runner, None, text_scale)  # its switch comes with the household
    runner.setParent(window)
    return window


def attach_household(window: MainWindow, household: Household, speaker: Speaker) -> None:
    """Give a window painted from a first look its household's services."""
    window.attach(household, *_window_parts(household, speaker, None, None))


def _window_parts(household: Household, speaker: Speaker, autostart: Autostart | None,
                  practice: Practice | None) -> tuple[Autostart, Practice | None]:
    from carelink.autostart import PretendAutostart, autostart_for_platform

    if autostart is None:  # the demo and the practice household must never change the computer's own start-up
        autostart = PretendAutostart() if household.demo else autostart_for_platform()
    if practice is None and not household.sandbox:  # no lessons within a lesson
        practice = _practice_beside(household, speaker)
    return autostart, practice


def _practice_beside(household: Household, speaker: Speaker) -> Practice:
    """The workshop's practice household beside this household's own (in its "tutorial" folder)."""
    from carelink.ui.tutorial.workshop import Practice

    root = household.paths.root
    return Practice(
        household=lambda learner: build_tutorial_household(root, learner, clock=household.clock,
                                                           learners=household.learners,
                                                           locale=household.settings.locale),
        window=lambda practice: build_window(practice, speaker),
        reset=lambda: reset_tutorial(root))


def run_gui(household: Household | FirstLook, fullscreen: bool = False, tutorial: bool = False,
            speaker: Speaker | None = None, open_household: Callable[[], Household] | None = None) -> int:
    """Show the main window and run the event loop (joining a QApplication that is already there).

    Given a FirstLook (and `open_household`), Home is painted from it before the household's services (and
    SQLAlchemy) are loaded; the household is opened just after that first paint, and closed here at the end. What
    stops it opening (a full disk) closes the window and is raised from here."""
    # pyttsx3's speech engine must never be copied into a forked child: any process CareLink starts is spawned.
    if multiprocessing.get_start_method(allow_none=True) is None:
        multiprocessing.set_start_method("spawn")
    app, _created = _qt_application(needs_screen=True)
    own_speaker = speaker is None
    speaker = speaker or SpeakerLater(lambda: speech.Pyttsx3Speaker())  # made (and imported) when first used
    from carelink.ui.calls.door import CallDoorWatch, open_call_door
    from carelink.ui.kiosk import show_fitted
    from carelink.ui.problem_box import DiskFaultHook
    from carelink.ui.terminate import closing_on_terminate

    window = build_window(household, speaker)
    windows, opened, doors, trouble = [window], list[Household](), list[CallDoorWatch](), list[Exception]()

    def demo_instead() -> None:  # "Try the demo instead" on the first-run steps
        windows.append(switch_to_demo(windows[-1], speaker))

    def ready(home: Household) -> None:  # the window has the household's services
        window.demo_requested.connect(demo_instead)
        from carelink.services.start_words import startup_notices

        for notice in startup_notices(home.report, home.translate()):
            window.show_notice(notice)
        if tutorial:
            window.open_screen("tutorial", unlocked=True)  # the command line is the family's
        doors.append(open_call_door(home, lambda: windows[-1]))  # `carelink call ID` opens its call here

    def back_up(home: Household) -> None:  # today's backup, off the GUI thread
        if home.report.backup_due:
            from carelink.storage.startup import take_daily_backup

            window.runner.run_task(lambda: take_daily_backup(home.paths, home.clock))

    def open_now() -> None:  # just after Home's first paint, on a worker: opening waits for the household lock
        assert open_household is not None  # (up to a minute, while another CareLink repairs or migrates it), then
        found = open_household             # checks the file and loads the services; the window keeps turning

        def open_in_background() -> Household:
            home = found()
            opened.append(home)  # closed at the end even if the window is closed before it is wired
            return home

        window.runner.run_task(open_in_background, wire, not_opened)

    def wire(home: Household) -> None:
        attach_household(window, home, speaker)
        ready(home)
        back_up(home)

    def not_opened(error: BaseException) -> None:
        trouble.append(error if isinstance(error, Exception) else RuntimeError(error))
        window.kiosk.allow_close()
        window.close()  # the last window: the application quits as it would
        if not app.quitOnLastWindowClosed() or any(w.isVisible() for w in app.topLevelWidgets()):
            app.exit(1)  # an application CareLink joined, with windows of its own

    if isinstance(household, Household):
        ready(household)
        window.first_painted.connect(lambda: back_up(household))
    else:
        window.first_painted.connect(open_now)
    if window.kiosk.wanted:
        window.kiosk.enter()  # full screen with no window controls; only Settings closes it
    elif fullscreen:
        window.showFullScreen()  # for this run only: the setting stays as it is
    else:
        show_fitted(window)  # maximised, never larger than the screen it is on
    # The keys go to CareLink at once, so it can be used without a mouse from the start: a window manager gives a new
    # window the keyboard, but a bare X session (a kiosk, a tablet started straight into CareLink) gives it nobody.
    window.activateWindow()
    window.first_painted.connect(_freeze_start_up)  # once Home is on the screen: nothing waits for it
    previous_hook = sys.excepthook
    sys.excepthook = DiskFaultHook(previous_hook, lambda: windows[-1])

    def terminated() -> None:  # SIGTERM: closed as Close closes it (a lesson on show is written down as stopped)
        for shown in windows:
            shown.kiosk.allow_close()
            shown.close()
        app.quit()

    try:
        with closing_on_terminate(terminated):
            code = app.exec()
        if trouble:
            raise trouble[0]
        return code
    finally:
        sys.excepthook = previous_hook
        for door in doors:
            door.close()
        for shown in windows:
            shown.runner.wait()
        if own_speaker:
            speaker.close()
        for shown in windows:
            shown.deleteLater()
            if shown.attached and shown.household is not household and shown.household not in opened:
                shown.household.close()
        for home in opened:
            home.close()


def _freeze_start_up() -> None:
    """CareLink runs all day: what start-up built lives as long as the window, so the collector need never scan it
    again, which keeps its pauses on the GUI thread short."""
    gc.collect()
    gc.freeze()


def switch_to_demo(window: MainWindow, speaker: Speaker, secrets: SecretStore | None = None) -> MainWindow:
    """Open a window on the demo household (its own folder beside the real one, which stays as it was) in
    place of `window`, and close `window`. The caller closes the demo household when done with it."""
    demo = build_household(window.household.paths.root, demo=True, clock=window.household.clock, secrets=secrets)
    from carelink.ui.kiosk import show_fitted

    demo_window = build_window(demo, speaker)
    if window.isFullScreen():
        demo_window.showFullScreen()
    elif window.isMaximized():
        show_fitted(demo_window)
    else:
        demo_window.resize(window.size())
        demo_window.show()  # shown before the old one closes, so the application never has no window
    demo_window.activateWindow()  # the keys follow (with no window manager nobody else would give them)
    window.close()
    return demo_window
