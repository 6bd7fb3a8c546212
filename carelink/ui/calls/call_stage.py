"""Where a call is shown, under its bar: CareLink's own pages ("Calling Sarah…", a failure in plain words, a call
that went to another program) over the call's web page, which lies under them drawn but covered, so that it is
ready the moment it is uncovered (a page that is hidden is not drawn at all, and takes a while to be once shown)."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QStackedLayout, QVBoxLayout, QWidget

from carelink.ui.calls.call_parts import FailedPage, SystemPage, WaitingPage
from carelink.ui.fitting import ScreenStack


class CallStage(ScreenStack):
    """`waiting`, `failed` and `system` (CareLink's own pages) over `web_holder` (the call's page, `place`d there
    once); `show_page(page)` shows one of them. Sized to the page on show: the covered ones never hold the window
    taller than the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = WaitingPage()
        self.failed = FailedPage()
        self.system = SystemPage()
        self.web_holder = QWidget()
        self.web_holder.setObjectName("call_web_holder")
        self.web_layout = QVBoxLayout(self.web_holder)
        self.web_layout.setContentsMargins(0, 0, 0, 0)
        for page in (self.web_holder, self.waiting, self.failed, self.system):
            self.addWidget(page)
        cast(QStackedLayout, self.layout()).setStackingMode(QStackedLayout.StackingMode.StackAll)
        self.show_page(self.waiting)

    def place(self, widget: QWidget | None) -> None:
        """A call's page under CareLink's own pages (once)."""
        if widget is not None and self.web_layout.indexOf(widget) < 0:
            self.web_layout.addWidget(widget)

    def show_page(self, page: QWidget) -> None:
        """One of CareLink's own pages over the call's (still drawn, but covered, and not for the keyboard), or
        the call's page alone."""
        for own in (self.waiting, self.failed, self.system):
            own.setVisible(own is page)
        self.web_holder.setEnabled(page is self.web_holder)
        self.setCurrentWidget(page)
