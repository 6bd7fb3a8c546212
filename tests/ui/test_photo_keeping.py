"""Settings → Attached files → Keep the original of each photo too, with photos through the real IMAP server and
the window's own sync: off by default, with what display copies only save; turned on, the originals of photos
that arrive are kept and the page says what removing them would save; turned off, it asks before removing them,
"Keep them" keeps them (and offers to remove them later), "Yes" removes them, and the wall keeps every photo."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from carelink.household import Household
from carelink.services.photo_files import ORIGINAL_MARK
from carelink.ui.main_window import MainWindow
from carelink.ui.settings.attachments_page import AttachmentsPage
from carelink.ui.settings.photo_keeping import PhotoKeepingBox, size_words
from tests.helpers.fakes import live_household
from tests.helpers.mail_servers import ImapServer, SmtpServer
from tests.helpers.photos import photo, photo_mail
from tests.ui.conftest import WindowFactory

SHOTS = Path(os.environ.get("CARELINK_SHOTS", "")) if os.environ.get("CARELINK_SHOTS") else None
SARAH = "sarah@example.org"
WAIT = 20_000  # a sync, a read of the photos folder: margins for a busy machine, never measures of speed


@pytest.fixture
def family(tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer) -> Iterator[Household]:
    home = live_household(tmp_path, imap_server, smtp_server)  # with Sarah Jones as a contact
    yield home
    home.close()


def originals(household: Household) -> list[Path]:
    return sorted(household.paths.photos.glob(f"*{ORIGINAL_MARK}*"))


def sync(qtbot: QtBot, window: MainWindow, household: Household, count: int) -> None:
    window.mail_watch.sync_now()
    qtbot.waitUntil(lambda: len(household.wall.ids()) == count and not window.mail_watch.syncing, timeout=WAIT)


def open_page(qtbot: QtBot, window: MainWindow) -> PhotoKeepingBox:
    window.open_screen("settings", unlocked=True)
    qtbot.mouseClick(window.settings.nav_buttons["attachments"], Qt.MouseButton.LeftButton)
    page = window.settings.pages["attachments"]
    assert isinstance(page, AttachmentsPage) and page.photos is not None
    box = page.photos
    qtbot.waitUntil(lambda: box.switch.isEnabled() and not window.runner.busy, timeout=WAIT)
    return box


def tap(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_originals_kept_while_wanted_then_removed_after_a_plain_question(
        qtbot: QtBot, make_window: WindowFactory, family: Household, imap_server: ImapServer) -> None:
    first = photo("jpeg", 3000, 2000)
    imap_server.deliver(photo_mail(SARAH, "Before", [("IMG_1.JPG", first)]))
    window = make_window(home=family)
    sync(qtbot, window, family, 1)
    box = open_page(qtbot, window)
    assert not box.switch.is_on() and box.switch.accessibleName() == "Keep the original of each photo too"
    assert box.figure.text() == f"Keeping display copies only saves {size_words(len(first))}."
    assert not box.remove.isVisible() and not box.confirm.isVisible()

    tap(qtbot, box.switch)
    assert family.settings.keep_originals
    second = [("IMG_2.JPG", photo("jpeg", 4032, 3024)), ("IMG_3.HEIC", photo("heic", 3000, 2000))]
    imap_server.deliver(photo_mail(SARAH, "After", second))
    sync(qtbot, window, family, 2)
    assert len(originals(family)) == 2
    kept = sum(len(data) for _, data in second)
    box.refresh()
    qtbot.waitUntil(lambda: box.figure.text() == f"Keeping display copies only would save {size_words(kept)}.",
                    timeout=WAIT)
    assert box.switch.is_on()

    tap(qtbot, box.switch)  # off: the originals kept so far are asked about, not removed
    qtbot.waitUntil(lambda: box.confirm.isVisible(), timeout=WAIT)
    assert not family.settings.keep_originals
    assert box.question.text() == (f"The originals kept so far take {size_words(kept)}. Remove them? Every photo "
                                   "stays on the wall, and this cannot be undone.")
    assert box.keep.hasFocus(), "the safe answer is the one a stray Return presses"
    assert not box.figure.isVisible() and not box.remove.isVisible()
    if SHOTS is not None:
        window.grab().save(str(SHOTS / "settings-photo-originals.png"))
    tap(qtbot, box.keep)
    qtbot.waitUntil(lambda: box.remove.isVisible() and not box.confirm.isVisible(), timeout=WAIT)
    assert len(originals(family)) == 2
    assert box.figure.text() == f"The originals kept so far take {size_words(kept)}."

    tap(qtbot, box.remove)
    assert box.confirm.isVisible() and not box.remove.isVisible()
    tap(qtbot, box.confirm)
    qtbot.waitUntil(lambda: originals(family) == [] and box.figure.text().startswith("The originals are removed."),
                    timeout=WAIT)
    assert box.figure.text().endswith(f"Keeping display copies only saves {size_words(len(first) + kept)}.")
    assert not box.remove.isVisible() and not box.switch.is_on()
    shown = [path for message in family.wall.messages() for path in message.photos]
    assert len(shown) == 3 and all(path.is_file() for path in shown), "every photo still on the wall"
