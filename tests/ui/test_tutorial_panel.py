"""The facilitator's panel: the lessons, the learner's name and Start the lesson on show unscrolled at 1280×800."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from carelink.ui.main_window import MainWindow
from carelink.ui.tutorial.panel import FacilitatorPanel


def _on_show_unscrolled(panel: FacilitatorPanel) -> bool:
    """Start the lesson and the learner's name are whole in the panel's view, with the view not scrolled."""
    view = panel.scroller.viewport()
    shown = view.rect()
    return panel.scroller.verticalScrollBar().value() == 0 and all(
        shown.contains(QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()))
        for widget in (panel.start_button, panel.learner, *panel.lesson_buttons.values()))


def test_the_panel_in_the_window_shows_start_without_scrolling(qtbot: QtBot, workshop_window: MainWindow) -> None:
    workshop_window.resize(1280, 800)
    workshop_window.open_screen("tutorial", unlocked=True)
    panel = workshop_window.tutorial.panel
    assert panel is not None
    qtbot.waitUntil(lambda: _on_show_unscrolled(panel))
