"""A household as its screens and commands see it: its folder, its clock and database, and the services over
them. Built by the composition root (carelink/app.py); plain Python with no Qt, so that the user interface can be
handed one without importing the code that builds it (nor, until it is built, SQLAlchemy: the services are named
here for type checking only, so the window can paint Home before they are imported)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from carelink.translation import Translate, Translations

if TYPE_CHECKING:
    from carelink.channels.ports import MailTransport
    from carelink.clock import Clock
    from carelink.paths import HouseholdPaths
    from carelink.secrets import SecretStore
    from carelink.services.admin_pin import AdminPin
    from carelink.services.attachments import AttachmentList
    from carelink.services.calls import CallService
    from carelink.services.checkin import CheckinService
    from carelink.services.concerns import ConcernService
    from carelink.services.contacts import ContactService
    from carelink.services.delivery import Courier
    from carelink.services.email_account import EmailAccountService
    from carelink.services.held import HeldService
    from carelink.services.mail_sync import MailSync
    from carelink.services.outbox import OutboxService
    from carelink.services.photo_files import PhotoKeeping
    from carelink.services.replies import ReplyService
    from carelink.services.settings import SettingsService
    from carelink.services.status import ConnectionStatus
    from carelink.services.tutorial.pretend_family import PretendFamily
    from carelink.services.tutorial.progress import LearnerProgress
    from carelink.services.wall import WallService
    from carelink.storage.database import Database
    from carelink.storage.startup import StartupReport


@dataclass
class Household:
    """Everything one household's screens and commands work with, built once at start."""

    paths: HouseholdPaths
    demo: bool
    clock: Clock
    database: Database
    report: StartupReport
    settings: SettingsService
    pin: AdminPin
    contacts: ContactService
    wall: WallService
    status: ConnectionStatus
    secrets: SecretStore
    email: EmailAccountService
    transport: MailTransport
    outbox: OutboxService
    courier: Courier  # the one sender: screens and commands ask it to send, never the outbox
    held: HeldService
    sync: MailSync
    replies: ReplyService
    concerns: ConcernService
    checkin: CheckinService
    calls: CallService
    learners: LearnerProgress  # the tutorial's learners (the tutorial household shares the real household's)
    attachments: AttachmentList  # every message's attachments, for the family admin
    photos: PhotoKeeping  # whether the originals of photos are kept, and what that costs
    sandbox: bool = False  # the tutorial's practice household: nothing it does reaches a real person
    pretend: PretendFamily | None = None  # the practice household's pretend family, who answer back
    translations: Translations = field(default_factory=Translations)  # the core's words in each language

    def translate(self) -> Translate:
        """The core's words (errors, emails) in the household's language, as chosen now."""
        return self.translations.for_locale(self.settings.locale)

    def close(self) -> None:
        if not self.sandbox:  # (the practice household shares the real one's learners, which outlive it)
            self.learners.close()  # a lesson's lock, if one is still held
        self.database.close()
