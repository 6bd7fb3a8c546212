"""The household's events, carried onto the GUI thread and to the main window's screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from carelink.household import Household
    from carelink.ui.main_window import MainWindow


class ModelBridge(QObject):
    """Carries the Qt-free models' events onto the GUI thread, whichever thread emitted them, to `window`."""

    setting_changed = Signal(str)
    connection_changed = Signal(object)
    wall_changed = Signal()
    concern_changed = Signal()
    checkin_changed = Signal()

    def __init__(self, window: MainWindow, household: Household) -> None:
        super().__init__(window)
        self.setting_changed.connect(window.setting_changed)
        self.connection_changed.connect(window.home.show_status)
        self.wall_changed.connect(window.home.entered)
        self.wall_changed.connect(lambda: window.wall.wall_changed() if window.screens.built("wall") else None)
        household.settings.changed.connect(self.setting_changed.emit)
        household.status.changed.connect(self.connection_changed.emit)
        household.wall.changed.connect(lambda _: self.wall_changed.emit())
        household.calls.changed.connect(lambda _: self.wall_changed.emit())  # a call card's state
        self.concern_changed.connect(window.home.refresh_care)
        # the concern screen's "how it went" line follows too
        self.concern_changed.connect(
            lambda: window.concern.refresh_progress() if window.screens.built("concern") else None)
        self.checkin_changed.connect(window.home.refresh_care)
        household.concerns.changed.connect(lambda _: self.concern_changed.emit())
        household.checkin.changed.connect(lambda _: self.checkin_changed.emit())
        household.courier.failed.connect(lambda _: self.checkin_changed.emit())  # Home's status line
