"""A call made ready while the person reads "Call Sarah?" (or while a call rings): its page, with a fresh
off-the-record profile of its own (never used, so nothing of any call is in it), whose web engine process starts
now, and where the call goes, worked out on the runner. The call then opens at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from carelink.household import Household
from carelink.services.calls import CallPlan
from carelink.services.contacts import Contact
from carelink.ui.calls.focus_back import FocusBack
from carelink.ui.calls.ports import WebCallPort
from carelink.ui.runner import BackgroundRunner


class CallReady(QObject):
    """Holds the page made ready (`take_page`) and the plan worked out (`take_plan`) until a call takes them or
    `drop()` lets them go."""

    def __init__(self, household: Household, runner: BackgroundRunner, parent: QObject) -> None:
        super().__init__(parent)
        self._household, self._runner, self._owner = household, runner, parent  # the pages' parent
        self._page: WebCallPort | None = None
        self._plan: CallPlan | None = None

    def prepare(self, make: Callable[[QObject], WebCallPort], contact: Contact | None, warm: bool = True) -> None:
        """Make a page with `make(parent)` (unless one is ready, or this is only practice), its web engine started
        now when `warm` (a call ahead; not for a call starting now, whose page goes straight to its link), and
        plan `contact`'s call."""
        if self._page is None and not self._household.sandbox:
            self._page = self._make(make)
        if warm and self._page is not None:
            self._page.warm_up()
        self._plan = None
        if contact is not None:
            calls = self._household.calls
            self._runner.run_task(lambda: calls.plan(contact.id), self._planned, owner=self)

    def _planned(self, plan: CallPlan) -> None:
        self._plan = plan

    @property
    def has_page(self) -> bool:
        return self._page is not None

    @property
    def widget(self) -> QWidget | None:
        """The page made ready, to be put in its place before the call."""
        return self._page.widget if self._page is not None else None

    def take_plan(self, contact: Contact) -> CallPlan | None:
        """The plan worked out for `contact` (as they are now), once."""
        plan, self._plan = self._plan, None
        return plan if plan is not None and plan.contact == contact else None

    def take_page(self, make: Callable[[QObject], WebCallPort]) -> WebCallPort:
        """The page made ready (when it was made by the same `make`), or a new one."""
        page, self._page = self._page, None
        if page is not None:
            return page
        return self._make(make)

    def _make(self, make: Callable[[QObject], WebCallPort]) -> WebCallPort:
        """A page, in a window that gets the keyboard focus back if the page makes Qt re-create it (focus_back.py)."""
        if isinstance(self._owner, QWidget):
            FocusBack.watch(self._owner.window())
        return make(self._owner)

    def drop(self) -> None:
        """No call after all: the page made for it goes."""
        self._plan = None
        page, self._page = self._page, None
        if page is not None:
            page.end(now=True)  # (never asked from within the page's own signals)
            page.deleteLater()
