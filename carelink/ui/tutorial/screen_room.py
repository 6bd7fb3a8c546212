"""Room for what a step is about, where large text on a small screen leaves little above the lesson strip (150% on
1024×600: the wall kept 146 px, and "Tap Previous" showed Previous with the message it is about scrolled away).
There (the screen must scroll, and its scrolling part has less than twice the height of its title row) the title
row (the screen's title and Home) steps aside while the step's control is in the screen's scrolling part, so the
ringed control and what is above it share the room; the row comes back as soon as a step rings something in it,
the screen changes, or the lesson ends. Where the screen shows all of itself, nothing changes."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

SHORT_ROOM_ROWS = 2  # the row steps aside where the scrolling part keeps less than twice its height


def _row_widgets(screen: QWidget) -> list[QWidget]:
    header = getattr(screen, "header", None)
    if not isinstance(header, QLayout):
        return []
    found = (header.itemAt(index) for index in range(header.count()))
    return [widget for item in found if item is not None and (widget := item.widget()) is not None]


class ScreenRoom:
    """Hides and gives back the title row of the screen on show. Holds the screen and the widgets it hid."""

    def __init__(self) -> None:
        self._screen: QWidget | None = None
        self._scroller: QScrollArea | None = None
        self._hidden: list[QWidget] = []

    def make_room(self, screen: QWidget | None, control: QWidget) -> None:
        """For a step that rings `control` on `screen`: the title row steps aside if the screen's scrolling part
        cannot show all of itself with the row there and `control` is in that part; else it is given back."""
        if screen is not self._screen or any(widget.isVisible() for widget in self._hidden if
                                             shiboken6.isValid(widget)):  # another screen, or shown by its own
            self.give_back()
        scroller = getattr(screen, "scroller", None)
        page = scroller.widget() if isinstance(scroller, QScrollArea) else None
        if screen is None or not isinstance(scroller, QScrollArea) or page is None or not page.isAncestorOf(control):
            self.give_back()  # Home, the title, or a screen of another kind: the row is there
            return
        if self._hidden:
            return  # (stepped aside already: the room it gave is why the screen may fit now)
        row = [widget for widget in _row_widgets(screen) if widget.isVisible()]
        if not row or not scroller.isVisible() or scroller.verticalScrollBar().maximum() <= 0:
            return  # all of the screen shows: nothing to make room for
        if scroller.viewport().height() >= SHORT_ROOM_ROWS * max(widget.height() for widget in row):
            return  # room enough to scroll in (a laptop's screen): the screen stays as it is
        for widget in row:
            widget.setVisible(False)
        self._screen, self._scroller, self._hidden = screen, scroller, row
        layout = screen.layout()
        if layout is not None:
            layout.activate()  # the room it gave, now: the control is brought into view in it next

    def holds(self, name: str) -> bool:
        """The control called `name` is in the row put aside (a step rings it: the row must come back)."""
        return any(shiboken6.isValid(widget) and (widget.objectName() == name or widget.findChild(QWidget, name))
                   for widget in self._hidden)

    def give_back(self) -> None:
        """The title row back (unless the screen has put its scrolling part aside itself, as the wall does for a
        photo shown large: it brings the row back with it)."""
        hidden, screen, scroller = self._hidden, self._screen, self._scroller
        self._hidden, self._screen, self._scroller = [], None, None
        if screen is not None and scroller is not None and shiboken6.isValid(scroller) \
                and not scroller.isVisibleTo(screen):
            return
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.setVisible(True)
