"""An on/off switch: one big button that shows its state in words ("Off (tap to turn on)") and changes it with one
tap.

For a screen reader it is one checkable control named by what it switches ("Full screen, always (kiosk mode)"),
with its state (checked or not), instead of two buttons called "On" and "Off" that say nothing on their own.
Qt gives a checkable, non-exclusive button the check box role on every platform (AT-SPI "check box", UI
Automation's CheckBox with the Toggle pattern, NSAccessibility's check box): none of Qt's roles reaches AT-SPI as
a toggle button (each was tried on the bus), and a check box is what Orca, NVDA and VoiceOver read with its state.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from carelink.ui.widgets import BigButton, tr


class Switch(BigButton):
    """Holds what it switches (its accessible name) and whether it is on; `None` when that is not known (then it
    says "Not known" and is off). Emits `switched(on)` when the person taps it (never when set by `show`)."""

    switched = Signal(bool)

    def __init__(self, name: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Off"), parent=parent)
        self.setObjectName(name)
        self.setCheckable(True)
        self._what = what
        self.clicked.connect(self._tapped)
        self.show_state(False)

    def show_state(self, on: bool | None) -> None:
        """Show `on` (True, False, or None for not known) without telling anyone it was switched."""
        self.setChecked(bool(on))
        # The state first, then what a tap does: a button that only said "Off" could be read as "turn it off"
        self.setText(tr("Not known (tap to turn on)") if on is None else tr("✓ On (tap to turn off)") if on
                     else tr("Off (tap to turn on)"))
        self.setAccessibleName(self._what)  # after the words, which would name it "On" (BigButton's own rule)
        self.setAccessibleDescription(tr("CareLink cannot tell whether this is on") if on is None else "")

    def is_on(self) -> bool:
        return self.isChecked()

    def _tapped(self, checked: bool) -> None:
        self.show_state(checked)
        self.switched.emit(checked)
