"""The pieces first-run setup's steps are made of: a step's page, a text box with its words beside it, and the
message line above the steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from carelink.ui.theme import GAP_PX
from carelink.ui.widgets import Label, label


def field_beside(column: QVBoxLayout, words: str, name: str) -> QLineEdit:
    """A text box with its words beside it, not above: a step then fits the screen at the largest text."""
    row = QHBoxLayout()
    row.setSpacing(GAP_PX)
    row.addWidget(label(words), 1)
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(words)
    row.addWidget(edit, 1)
    column.addLayout(row)
    return edit


def step_page(words: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    page.setObjectName("screen")
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(GAP_PX)
    if words:
        column.addWidget(label(words))
    return page, column


class MessageLine(Label):
    """The plain message above the step: shown only when it has words, so that the step keeps the room."""

    def __init__(self, role: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", role)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))
