"""Settings → Check-in and concerns: the time by which "I'm OK today" is expected, whether the carers hear when it
does not come, and how long a carer has to answer a concern before the backup carer is told."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from carelink.errors import UserError
from carelink.services.settings import SettingsService, duration_parts
from carelink.ui.settings.pages import Page
from carelink.ui.widgets import BigButton, error_words, label, tr
from carelink.ui.widgets_choice import ChoiceRow

DEADLINE, ALERT_CARERS, ESCALATE = "checkin.deadline", "checkin.alert_carers", "concern.escalate_after"


def duration_words(stored: str) -> str:
    """'60m' → '60 minutes', '1h' → '1 hour': how a stored length of time is shown to the family."""
    amount, unit = duration_parts(stored)
    one = {"s": tr("1 second"), "m": tr("1 minute"), "h": tr("1 hour")}
    many = {"s": tr("{n} seconds"), "m": tr("{n} minutes"), "h": tr("{n} hours")}
    return one[unit] if amount == 1 else many[unit].format(n=amount)


class CarePage(Page):
    """Three settings, checked together on Save so that one bad value changes nothing."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(tr("Check-in and concerns"), "care", parent)
        self._settings = settings
        self.deadline = self.field(tr("The time by which “I'm OK today” is expected each day, like 11:00 (leave it "
                                      "empty for no alert)"), "care_checkin_deadline")
        self.column.addWidget(label(tr("When it has not come by then, the family is told. Tell the carers too?")))
        self.alert_carers = ChoiceRow("care_alert_carers", [("on", tr("Yes, the carers too")),
                                                            ("off", tr("No, only the family"))],
                                      tr("Tell the carers too?"))
        self.column.addWidget(self.alert_carers)
        self.escalate = self.field(tr("How long a carer has to answer a concern before the backup carer is told, "
                                      "like 30 minutes or 2 hours"), "care_escalate_after")
        self.save = BigButton(tr("Save"))
        self.save.setObjectName("care_save")
        self.save.clicked.connect(self.save_changes)
        self.column.addWidget(self.save)
        self.message = label(role="error")
        self.message.setObjectName("care_message")
        self.column.addWidget(self.message)
        self.column.addStretch(1)

    def entered(self) -> None:
        self.deadline.setText(self._settings.get(DEADLINE))
        self.alert_carers.select(self._settings.get(ALERT_CARERS))
        self.escalate.setText(duration_words(self._settings.get(ESCALATE)))
        self.message.setText("")

    def save_changes(self) -> None:
        values = {DEADLINE: self.deadline.text(), ALERT_CARERS: self._chosen_alert(),
                  ESCALATE: self.escalate.text()}
        try:
            for key, value in values.items():
                self._settings.validate(key, value)
        except UserError as error:
            self.message.setText(error_words(error))
            return
        for key, value in values.items():
            self._settings.set(key, value)
        self.entered()
        deadline = self._settings.get(DEADLINE)
        self.message.setText(tr("Saved. “I'm OK today” is expected by {time}.").format(time=deadline) if deadline
                             else tr("Saved. There is no alert when “I'm OK today” does not come."))

    def _chosen_alert(self) -> str:
        return next((value for value, button in self.alert_carers.buttons.items() if button.isChecked()), "off")
