"""Call family: a grid of family photos with names, six at most on a page, big Previous and Next buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from carelink.services.contacts import Contact, ContactService
from carelink.ui.fitting import Refit, fits_unscrolled
from carelink.ui.paging import PagingRow
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import LayoutButton, label, tr
from carelink.ui.widgets_portrait import Avatar
from carelink.ui.widgets_screen import Screen

# (columns, rows) of photos on a page, the first that fits; with one column (little room) the people are a list,
# each photo small beside the name
PAGE_SHAPES = ((3, 2), (3, 1), (2, 1), (1, 3), (1, 2), (1, 1))
PHOTO_PX = 150
LISTED_PHOTO_PX = 72


class PersonButton(LayoutButton):
    """One big button per person: their photo (or initials) above their name. Its accessible name says what it
    does ("Call Sarah Jones")."""

    def __init__(self, contact: Contact, photo_px: int = PHOTO_PX, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        self.setObjectName(f"calls_person_{contact.id}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Call {name}").format(name=contact.name))
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(8)
        # On a light mount, so that a portrait in the button's own colour still stands out.
        mount = QFrame()
        mount.setProperty("role", "card")
        mount.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        mount_layout = QVBoxLayout(mount)
        mount_layout.setContentsMargins(8, 8, 8, 8)
        self.avatar = Avatar(contact.name, contact.photo, photo_px)
        self.avatar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        mount_layout.addWidget(self.avatar)
        self.name = label(contact.name)
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout.addWidget(mount, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.addWidget(self.name)
        self._photo_px = photo_px

    def set_listed(self, listed: bool) -> None:
        """In a list (little room): a small photo beside the name; else the photo large above it."""
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight if listed else QBoxLayout.Direction.TopToBottom)
        size = LISTED_PHOTO_PX if listed else self._photo_px
        self.avatar.setFixedSize(size, size)
        self.name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if listed
                               else Qt.AlignmentFlag.AlignCenter)
        self._layout.invalidate()
        self.updateGeometry()


class CallGridScreen(Screen):
    """The family's photos, a page at a time. Emits `chosen(contact_id)` when a photo is pressed.

    Reads the family from the contact list each time it opens (carers are not here: they are reached with
    "Report a concern"). `page` is the page on show, counted from 0.
    """

    chosen = Signal(int)

    def __init__(self, contacts: ContactService, parent: QWidget | None = None) -> None:
        super().__init__(tr("Call family"), "calls", parent=parent)
        self._contacts = contacts
        self.family: list[Contact] = []
        self.page = 0
        self.prompt = label(tr("Tap the person you want to call."), "big")
        self.prompt.setObjectName("calls_prompt")
        self.body_layout.addWidget(self.prompt)
        self.grid_holder = QWidget()
        self.grid_holder.setObjectName("screen")
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(GAP_PX)
        self.body_layout.addWidget(self.grid_holder)
        self.people: list[PersonButton] = []
        self.body_layout.addStretch(1)
        self.paging = PagingRow(tr("Previous people"), tr("More people"))
        self.previous, self.page_label, self.next = (self.paging.previous_button, self.paging.page_label,
                                                     self.paging.next_button)
        self.paging.previous_button.setObjectName("calls_previous")
        self.paging.page_label.setObjectName("calls_page")
        self.paging.next_button.setObjectName("calls_next")
        self.paging.previous.connect(lambda: self.show_page(self.page - 1))
        self.paging.next.connect(lambda: self.show_page(self.page + 1))
        self.body_layout.addWidget(self.paging)
        self.empty = label(tr("There is nobody to call yet. Ask your family to add themselves in Settings, "
                              "under Contacts."), "big")
        self.empty.setObjectName("calls_empty")
        self.body_layout.insertWidget(1, self.empty)
        self._columns, self._rows = PAGE_SHAPES[0]
        self._refit = Refit(self.scroller, self._fit_pages)

    def per_page(self) -> int:
        return self._columns * self._rows

    def _fit_pages(self) -> None:
        """As many photos to a page as the screen shows without scrolling: two rows of three, else one row of three
        (large text, a small screen), else fewer."""
        first = self.page * self.per_page()
        for self._columns, self._rows in PAGE_SHAPES:
            self.show_page(first // self.per_page())
            if not self.isVisible() or fits_unscrolled(self.scroller):
                return

    def reveal(self, name: str) -> bool:
        """Show the page with the person whose button is called `name` (for a lesson's ring); False if none."""
        for index, person in enumerate(self.family):
            if f"calls_person_{person.id}" == name:
                if index // self.per_page() != self.page:
                    self.show_page(index // self.per_page())
                return True
        return False

    def pages(self) -> int:
        return max(1, -(-len(self.family) // self.per_page()))

    def entered(self) -> None:
        self.family = [person for person in self._contacts.list() if person.role == "family"]
        self.page = 0
        for button in self.people:  # fresh buttons for what may have changed (a name, a photo) since last time
            self.grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.people = []
        self._refit.now()

    def _person_button(self, person: Contact) -> PersonButton:
        button = PersonButton(person)
        button.clicked.connect(lambda _=False, who=person.id: self.chosen.emit(who))
        return button

    def show_page(self, page: int) -> None:
        self.page = max(0, min(page, self.pages() - 1))
        per_page = self.per_page()
        shown = self.family[self.page * per_page:(self.page + 1) * per_page]
        # A photo still on the page keeps its button (only its place changes), so a lesson's ring or a screen
        # reader holding it is not left holding a deleted one when the page is refitted to new room.
        kept = {button.objectName(): button for button in self.people}
        wanted = {f"calls_person_{person.id}" for person in shown}
        for button in self.people:
            self.grid.removeWidget(button)
            if button.objectName() not in wanted:
                button.hide()
                button.deleteLater()
        self.people = []
        for index, person in enumerate(shown):
            button = kept.get(f"calls_person_{person.id}") or self._person_button(person)
            button.set_listed(self._columns == 1)
            self.grid.addWidget(button, index // self._columns, index % self._columns)
            button.show()  # at once, so the page can be measured now (a layout would show it a moment later)
            self.people.append(button)
        for column in range(max(shape[0] for shape in PAGE_SHAPES)):
            self.grid.setColumnStretch(column, 1 if column < self._columns else 0)
        self.empty.setVisible(not self.family)
        self.prompt.setVisible(bool(self.family))
        self.paging.show_page(self.page, self.pages())
        focus = self.people[0] if self.people else self.home_button
        focus.setFocus()
