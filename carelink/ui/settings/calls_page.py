"""Settings → Calls: which Jitsi Meet server CareLink makes its call rooms on (meet.jit.si, or a care
organisation's own), and a button to check the camera and microphone on a local page, with no network at all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from carelink.errors import UserError
from carelink.services.settings import SettingsService
from carelink.ui.settings.pages import Page
from carelink.ui.widgets import BigButton, error_words, label, tr

KEY = "calls.jitsi_server"


class CallsPage(Page):
    """Emits `check_requested()` when "Check my camera and microphone" is pressed."""

    check_requested = Signal()

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(tr("Video calls"), "calls", parent)
        self._settings = settings
        self.server = self.field(tr("The Jitsi Meet server for calls: meet.jit.si, or your care organisation's own "
                                    "(like https://jitsi.example.org)"), "calls_jitsi_server")
        self.explain = label(tr("On meet.jit.si, the family member signs in with their Google account the first "
                                "time, to start the call; CareLink's invite email tells them so. A care "
                                "organisation's own Jitsi server can let calls start with no signing in."))
        self.explain.setObjectName("calls_explain")
        self.column.addWidget(self.explain)
        self.save = BigButton(tr("Save"))
        self.save.setObjectName("calls_save")
        self.save.clicked.connect(self.save_changes)
        self.column.addWidget(self.save)
        self.message = label(role="error")
        self.message.setObjectName("calls_message")
        self.column.addWidget(self.message)
        self.check = BigButton(tr("Check my camera and microphone"), "calls")
        self.check.setObjectName("calls_check_camera")
        self.check.clicked.connect(self.check_requested)
        self.column.addWidget(self.check)
        self.column.addStretch(1)

    def entered(self) -> None:
        self.server.setText(self._settings.get(KEY))
        self.message.setText("")

    def save_changes(self) -> None:
        """A bad server name changes nothing and says why in one line."""
        try:
            self._settings.set(KEY, self.server.text())
        except UserError as error:
            self.message.setText(error_words(error))
            return
        self.server.setText(self._settings.get(KEY))
        self.message.setText(tr("Saved. New calls use {server}.").format(server=self._settings.get(KEY)))
