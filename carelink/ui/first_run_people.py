"""First-run setup's last two steps, the family who may write and the carer, as a part of the setup screen
(`FirstRunScreen` mixes it in and holds the boxes named here)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit

from carelink.errors import UserError
from carelink.household import Household
from carelink.services.contacts import Contact
from carelink.ui.widgets import tr


class FamilySteps:
    """Adds the family (one or more) and the carer, each in the background, then goes on to the next step."""

    _household: Household
    added: QLabel
    family_name: QLineEdit
    family_email: QLineEdit
    carer_name: QLineEdit
    carer_email: QLineEdit

    # The setup screen's own:
    def _forward(self) -> None:
        raise NotImplementedError

    def _say(self, words: str) -> None:
        raise NotImplementedError

    def _busy(self, busy: bool) -> None:
        raise NotImplementedError

    def _in_background(self, work: Callable[[], object], then: Callable[[], None]) -> None:
        raise NotImplementedError

    def _family(self) -> list[Contact]:
        return [person for person in self._household.contacts.list() if person.role == "family"]

    def _show_added(self) -> None:
        names = ", ".join(person.name for person in self._family())
        self.added.setText(tr("On the list so far: {names}").format(names=names) if names else "")
        self.added.setVisible(bool(names))

    def _add_family(self, then: Callable[[], None]) -> None:
        name, email = self.family_name.text(), self.family_email.text()

        def added() -> None:
            self.family_name.clear()
            self.family_email.clear()
            self._show_added()
            then()

        self._in_background(lambda: self._household.contacts.add(name, email, "family"), added)

    def _add_another(self) -> None:
        self._say("")

        def ready() -> None:
            self._busy(False)
            self._say(tr("Added. Type the next person, or press Next."))
            self.family_name.setFocus()

        self._add_family(ready)

    def _family_done(self) -> None:
        typed = self.family_name.text().strip() or self.family_email.text().strip()
        if typed:
            self._add_family(self._forward)
        elif self._family():
            self._forward()
        else:
            raise UserError(tr("Please add at least one family member, so that their messages can reach the wall."))

    def _carer_done(self) -> None:
        name, email = self.carer_name.text(), self.carer_email.text()
        if not name.strip() and not email.strip():
            self._forward()
            return
        self._in_background(lambda: self._household.contacts.add(name, email, "carer"), self._forward)
