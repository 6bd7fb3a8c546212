"""The call under way: "Calling Sarah… the call opens in your browser", and one big "I've finished" that brings
CareLink back to Home. When the link cannot be opened by itself, the link is shown large to type in instead."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from carelink.app import Household
from carelink.services.calls import CallPlan
from carelink.services.contacts import Contact
from carelink.services.errors import UserError
from carelink.ui.calls.call_confirm import huge_button
from carelink.ui.calls.ports import Opener
from carelink.ui.runner import BackgroundRunner
from carelink.ui.widgets import Screen, label, tr

log = logging.getLogger(__name__)


class CallingScreen(Screen):
    """Starts a call (`call(contact)`) or joins one (`join(name, link)`) and shows how it went.

    Calling sends the invite first (stored in the outbox, then sent by the courier, on the runner) and then opens the
    link through the opener port. Emits `finished()` when "I've finished" is pressed. `state` is one of
    "getting_ready", "open", "not_opened" or "failed", for tests and the tutorial.
    """

    finished = Signal()

    def __init__(self, household: Household, runner: BackgroundRunner, opener: Opener,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Video call"), "calls-calling", parent=parent)
        self._household, self._runner, self.opener = household, runner, opener
        self.home_button.hide()  # "I've finished" is the way back; one big button, not two
        self.home_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.state = ""
        self.headline = label(role="huge")
        self.headline.setObjectName("calling_headline")
        self.body_layout.addWidget(self.headline)
        self.explain = label(role="big")
        self.explain.setObjectName("calling_explain")
        self.body_layout.addWidget(self.explain)
        self.link = label(role="huge")
        self.link.setObjectName("calling_link")
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setWordWrap(True)
        self.body_layout.addWidget(self.link)
        self.done = huge_button(tr("I've finished"), "calling_finished", "checkin")
        self.done.clicked.connect(self.finished)
        self.body_layout.addWidget(self.done)
        self.body_layout.addStretch(1)

    def call(self, contact: Contact) -> None:
        """Send the invite, then open the call (the invite waits safely in the outbox if sending fails)."""
        self._show("getting_ready", tr("Calling {name}…").format(name=contact.name),
                   tr("Getting the call ready. This takes a few seconds."))
        calls, courier = self._household.calls, self._household.courier

        def start() -> CallPlan:
            plan = calls.start_call(contact.id)
            try:
                courier.send_now()
            except Exception:  # the invite stays queued and the next sync sends it; the call still opens
                log.exception("the call invite could not be sent yet")
            return plan

        self._runner.run_task(start, self._open_plan, self._not_started, owner=self)

    def join(self, name: str, link: str | None) -> None:
        """Open a call someone else started (their invite's link)."""
        if not link:
            self._show("failed", tr("The call could not be opened"),
                       tr("{name}'s message had no call link in it. You can find it on your Messages.").format(
                           name=name))
            return
        self._open(name, link, link, tr("Talking with {name}…").format(name=name))

    def _open_plan(self, plan: CallPlan) -> None:
        self._open(plan.contact.name, plan.open_url, plan.invite_url,
                   tr("Calling {name}…").format(name=plan.contact.name))

    def _open(self, name: str, url: str, shown_url: str, headline: str) -> None:
        try:
            opened = self.opener.open(url)
        except Exception:
            log.exception("opening the call link failed")
            opened = False
        if opened:
            self.opened(headline)
        else:
            self.not_opened(name, shown_url)

    def opened(self, headline: str) -> None:
        self._show("open", headline, tr("The call opens in your web browser. When you have finished talking, "
                                         "come back here and press \"I've finished\"."))

    def not_opened(self, name: str, url: str) -> None:
        if url.startswith("tel:"):
            self._show("not_opened", tr("Please phone {name}").format(name=name),
                       tr("The call could not open by itself. Please phone this number:"), url.removeprefix("tel:"))
        else:
            self._show("not_opened", tr("The call could not open by itself"),
                       tr("Please open your web browser and type in this link:"), url)

    def _not_started(self, error: BaseException) -> None:
        words = error.message if isinstance(error, UserError) else tr("Something went wrong. Please try again.")
        self._show("failed", tr("The call could not be started"), words)

    def _show(self, state: str, headline: str, explain: str, link: str = "") -> None:
        self.state = state
        self.headline.setText(headline)
        self.explain.setText(explain)
        self.link.setText(link)
        self.link.setVisible(bool(link))
        self.link.setAccessibleName(link)
        self.done.setText(tr("Back to Home") if state == "failed" else tr("I've finished"))
        self.done.setFocus()
