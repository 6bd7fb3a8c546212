"""What the tutorial overlay looks for and draws: a step's control by its name, the words typed in it, and the
ring round it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QScrollArea, QTextEdit, QWidget

TRACK_MS = 120  # how often the overlay looks for the control again: screens and layouts change beneath it
RING_PX = 8
RING_GAP_PX = 6
RING_COLOUR = QColor("#FFD400")  # bright yellow, edged in black so it shows on light and dark screens alike
DIM = QColor(0, 0, 0, 150)
PULSES = 6
TYPING_PAUSE_MS = 8000  # a typing step moves on after this long without a key, at the end of a word
PRESSING_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)
KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)


def find_control(window: QWidget, name: str) -> QWidget | None:
    """The control with this object name that is on show in `window` (a stack's hidden pages do not count)."""
    for widget in window.findChildren(QWidget, name):
        if widget.isVisible() and not widget.visibleRegion().isEmpty():
            return widget
    return None


def typed_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    return ""


def at_a_word_s_end(text: str) -> bool:
    """Some words typed, and the last one finished (a space or a stop after it, or a whole sentence)."""
    stripped = text.strip()
    return bool(stripped) and (text[-1].isspace() or stripped[-1] in ".,!?;:)'\"")


def control_rect(window: QWidget, control: QWidget) -> QRect:
    """Where the visible part of `control` is, in the window's coordinates."""
    visible = control.visibleRegion().boundingRect()
    return QRect(control.mapTo(window, visible.topLeft()), visible.size())


def paint_ring(painter: QPainter, hole: QRect, pulse: int) -> None:
    """The black-edged yellow ring round `hole`, a little wider on every other beat of a pulse."""
    grow = RING_GAP_PX + (6 if pulse % 2 else 0)
    ring = hole.adjusted(-grow, -grow, grow, grow)
    painter.setPen(QPen(QColor("#000000"), RING_PX + 4))
    painter.drawRoundedRect(ring, 18, 18)
    painter.setPen(QPen(RING_COLOUR, RING_PX))
    painter.drawRoundedRect(ring, 18, 18)


def show_whole(area: QScrollArea, control: QWidget, margin: int) -> None:
    """Scroll `area` so all of `control` shows, with `margin` round it where there is room, and as much as can of
    what is above it: on CareLink's screens that is what the step is about (the message above Previous and Reply,
    the words above Send, the question above Call), so a step never shows its control with what it is about
    scrolled away (where an earlier step had scrolled further). (Qt's own ensureWidgetVisible shows only a text
    box's cursor, so a typing box stayed half under the strip.)"""
    page = area.widget()
    if page is None or not page.isAncestorOf(control):
        return
    top = control.mapTo(page, QPoint(0, 0)).y()
    room = area.viewport().height()
    least = top + control.height() + margin - room  # the control's foot in view: the most above it shows
    most = top - margin  # the control's top in view (for a control taller than the room)
    area.verticalScrollBar().setValue(max(0, min(least, most)))
