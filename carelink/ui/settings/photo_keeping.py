"""Settings → Attached files → Keep the original of each photo too: the family admin's switch (off unless turned
on), what keeping display copies only saves ("Keeping display copies only saves 1.9 GB"), and, when it is turned
off with originals kept, a plain question before they are removed (they cannot be had back; every photo stays on
the wall). The figures are read in the background (they count the files), and the originals removed there too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from carelink.services import photo_files
from carelink.services.photo_files import PhotoKeeping, PhotoStorage
from carelink.ui.runner import BackgroundRunner
from carelink.ui.switch import Switch
from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import BigButton, button_row, core_tr, label, tr


def size_words(size: int) -> str:
    """A file's size, or an amount of disk, as people write it, in the household's language."""
    return photo_files.size_words(core_tr, size)


class PhotoKeepingBox(QWidget):
    """The switch, its figure, and the question before originals are removed. `refresh()` reads the figures."""

    def __init__(self, photos: PhotoKeeping, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photos, self._runner = photos, runner
        self._storage: PhotoStorage | None = None
        self._question_open = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GAP_PX)
        question = tr("Keep the original of each photo too")
        column.addWidget(label(question))
        column.addWidget(label(tr("CareLink keeps a copy of each photo made for the screen. The photo as it came "
                                  "takes about ten times the room, so keep the originals only if the family wants "
                                  "them (they are in CareLink's data folder)."), "quiet"))
        self.switch = Switch("photos_keep_originals", question)
        column.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        self.figure = label(role="quiet")
        self.figure.setObjectName("photos_saved")
        column.addWidget(self.figure)
        self.remove = BigButton(tr("Remove the originals"))
        self.remove.setObjectName("photos_remove_originals")
        column.addLayout(button_row(self.remove))
        self.question = label()
        self.question.setObjectName("photos_question")
        column.addWidget(self.question)
        self.confirm = BigButton(tr("Yes, remove the originals"))
        self.confirm.setObjectName("photos_confirm_remove")
        self.keep = BigButton(tr("Keep the originals"))
        self.keep.setObjectName("photos_keep_them")
        column.addLayout(button_row(self.confirm, self.keep))
        self.switch.switched.connect(self._switched)
        self.remove.clicked.connect(self._ask)
        self.confirm.clicked.connect(self._remove)
        self.keep.clicked.connect(self._kept)
        self._asking(False)
        self.remove.hide()

    def refresh(self) -> None:
        self._read(None)

    def _read(self, then: Callable[[PhotoStorage], None] | None) -> None:
        def shown(storage: PhotoStorage) -> None:
            self._show(storage)
            if then is not None:
                then(storage)

        self.switch.setEnabled(False)
        self._runner.run_task(self._photos.storage, shown, self._not_read, owner=self)

    def _show(self, storage: PhotoStorage) -> None:
        self._storage = storage
        self.switch.show_state(storage.keep_originals)
        self.switch.setEnabled(True)
        if storage.keep_originals:
            words = tr("Keeping display copies only would save {size}.").format(
                size=size_words(storage.originals_bytes)) if storage.originals_bytes else ""
        elif storage.originals:
            words = tr("The originals kept so far take {size}.").format(size=size_words(storage.originals_bytes))
        else:
            words = tr("Keeping display copies only saves {size}.").format(
                size=size_words(storage.saved_bytes)) if storage.saved_bytes else ""
        self.figure.setText(words)
        self.figure.setVisible(bool(words))
        self.remove.setVisible(not storage.keep_originals and storage.originals > 0 and not self._question_open)

    def _not_read(self, _error: BaseException) -> None:
        self.switch.setEnabled(True)
        self.figure.setText(tr("CareLink could not find out how much room the photos take."))
        self.figure.show()

    def _switched(self, on: bool) -> None:
        self._photos.set_keep_originals(on)
        self._asking(False)
        self._read(None if on else self._ask_if_kept)

    def _ask_if_kept(self, storage: PhotoStorage) -> None:
        if not storage.keep_originals and storage.originals:
            self._ask()

    def _ask(self) -> None:
        storage = self._storage
        if storage is None:
            return
        self.question.setText(tr("The originals kept so far take {size}. Remove them? Every photo stays on the "
                                 "wall, and this cannot be undone.").format(size=size_words(storage.originals_bytes)))
        self._asking(True)
        self.remove.hide()
        self.figure.hide()  # the question says the same
        self.keep.setFocus()

    def _asking(self, visible: bool) -> None:
        self._question_open = visible
        for widget in (self.question, self.confirm, self.keep):
            widget.setVisible(visible)

    def _kept(self) -> None:
        self._asking(False)
        self.refresh()

    def _remove(self) -> None:
        self._asking(False)
        self.confirm.setEnabled(False)
        self.figure.setText(tr("Removing the originals…"))
        self.figure.show()
        self._runner.run_task(self._photos.remove_originals, self._removed, self._not_removed, owner=self)

    def _removed(self, storage: PhotoStorage) -> None:
        self.confirm.setEnabled(True)
        self._show(storage)
        self.figure.setText(" ".join(filter(None, [tr("The originals are removed. Every photo is still on the wall."),
                                                   self.figure.text()])))
        self.figure.show()

    def _not_removed(self, _error: BaseException) -> None:
        self.confirm.setEnabled(True)
        self.figure.setText(tr("The originals could not all be removed. Please try again."))
        self.figure.show()
        self.remove.show()
