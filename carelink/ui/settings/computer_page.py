"""Settings → This computer: start CareLink with the computer, kiosk mode, and Close CareLink.

Whether CareLink starts with the computer lives in the system (an autostart file, the Run key, a LaunchAgent), so
the page asks the `Autostart` adapter in the background each time it opens and after each change, and always shows
what the system really says. Kiosk mode is the `display.kiosk` setting; the window follows it (see ui/kiosk.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from carelink.autostart import Autostart, launch_command
from carelink.errors import UserError
from carelink.services.settings import SettingsService
from carelink.ui.runner import BackgroundRunner
from carelink.ui.settings.pages import Page
from carelink.ui.switch import Switch
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, error_words, label, tr


class ComputerPage(Page):
    """Emits `quit_requested()` when Close CareLink is pressed (the main window closes, even in kiosk mode)."""

    quit_requested = Signal()

    def __init__(self, settings: SettingsService, autostart: Autostart, runner: BackgroundRunner,
                 data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("This computer"), "computer", parent)
        self._settings, self._autostart, self._runner = settings, autostart, runner
        self._data_dir = data_dir

        question = tr("Start CareLink when the computer starts")
        self.column.addWidget(label(question))
        self.autostart_note = label(role="quiet")
        self.column.addWidget(self.autostart_note)
        self.autostart = Switch("autostart", question)
        self.column.addWidget(self.autostart, 0, Qt.AlignmentFlag.AlignLeft)
        self.autostart.switched.connect(self._autostart_chosen)
        self.message = label(role="error")
        self.message.setObjectName("computer_message")
        self.message.hide()
        self.column.addWidget(self.message)

        self.column.addSpacing(GAP_PX)  # a little more room between the questions than inside one
        question = tr("Full screen, always (kiosk mode)")
        self.column.addWidget(label(question))
        self.column.addWidget(label(tr("Hides the desktop so CareLink cannot be closed by accident. Closing it "
                                       "then needs the PIN."), "quiet"))
        self.kiosk = Switch("kiosk", question)
        self.column.addWidget(self.kiosk, 0, Qt.AlignmentFlag.AlignLeft)
        self.kiosk.switched.connect(self._kiosk_chosen)

        self.column.addSpacing(GAP_PX)
        self.column.addWidget(label(tr("Close CareLink now, for example to use the computer for something else.")))
        self.quit = BigButton(tr("Close CareLink"))
        self.quit.setObjectName("computer_quit")
        self.quit.clicked.connect(self.quit_requested)
        self.column.addWidget(self.quit)
        self.column.addStretch(1)

    def entered(self) -> None:
        name = self._settings.person_name
        self.autostart_note.setText(tr("So {name} never has to look for it.").format(name=name) if name
                                    else tr("So it is always ready."))
        self.kiosk.show_state(self._settings.kiosk)
        self._say("")
        self._check_autostart()

    # --- starting with the computer (in the background: files or the registry) --------------------------------

    def _check_autostart(self) -> None:
        """Ask the system whether CareLink starts with the computer, and show that."""
        self.autostart.setEnabled(False)
        self._runner.run_task(self._autostart.is_enabled, self._show_autostart, self._not_known, owner=self)

    def _show_autostart(self, enabled: bool) -> None:
        self.autostart.show_state(enabled)
        self.autostart.setEnabled(True)

    def _not_known(self, error: BaseException) -> None:
        self.autostart.show_state(None)  # CareLink cannot tell
        self.autostart.setEnabled(True)
        self._say(self._plain(error, tr("CareLink could not find out whether it starts with the computer.")))

    def _autostart_chosen(self, on: bool) -> None:
        fullscreen = self._settings.kiosk
        autostart, data_dir = self._autostart, self._data_dir

        def switch() -> bool:
            if on:
                autostart.enable(launch_command(fullscreen=fullscreen, data_dir=data_dir))
            else:
                autostart.disable()
            return autostart.is_enabled()

        self.autostart.setEnabled(False)
        self._say("")
        self._runner.run_task(switch, self._show_autostart, self._not_switched, owner=self)

    def _not_switched(self, error: BaseException) -> None:
        self._say(self._plain(error, tr("CareLink could not change whether it starts with the computer. "
                                        "Please try again.")))
        self._runner.run_task(self._autostart.is_enabled, self._show_autostart, self._not_known_quietly,
                              owner=self)

    def _not_known_quietly(self, _error: BaseException) -> None:
        self.autostart.show_state(None)  # the message about the change already says something is wrong
        self.autostart.setEnabled(True)

    # --- kiosk mode --------------------------------------------------------------------------------------------

    def _kiosk_chosen(self, fullscreen: bool) -> None:
        self._settings.set("display.kiosk", "on" if fullscreen else "off")  # the window follows it at once
        autostart, data_dir = self._autostart, self._data_dir

        def rewrite() -> None:  # so the next start opens the way kiosk mode now says
            if autostart.is_enabled():
                autostart.enable(launch_command(fullscreen=fullscreen, data_dir=data_dir))

        self._say("")
        self._runner.run_task(rewrite, None, self._not_rewritten, owner=self)

    def _not_rewritten(self, error: BaseException) -> None:
        self._say(self._plain(error, tr("CareLink could not change how it starts with the computer. Turn "
                                        "“Start CareLink when the computer starts” off and on again to fix it.")))

    # --- messages ----------------------------------------------------------------------------------------------

    @staticmethod
    def _plain(error: BaseException, words: str) -> str:
        return error_words(error) if isinstance(error, UserError) else words

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))  # no empty line (and its gaps) when all is well
