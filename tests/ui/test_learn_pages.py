"""Learn with every lesson (there are more than a screen holds): a page of lessons at a time, with big Previous and
Next, never scrolling; every lesson is on exactly one page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carelink.services.tutorial.lessons import load_lessons
from carelink.ui.fitting import fits_unscrolled
from tests.ui.conftest import WindowFactory


@pytest.mark.parametrize(("size", "scale"), [((1280, 800), 1.0), ((1280, 800), 2.0), ((1024, 600), 1.5)],
                         ids=["1280x800-100", "1280x800-200", "1024x600-150"])
def test_every_lesson_is_on_one_page_and_next_reaches_it(qtbot: QtBot, make_window: WindowFactory,
                                                          size: tuple[int, int], scale: float) -> None:
    window = make_window(scale, size=size)
    qtbot.mouseClick(window.home.tiles["learn"], Qt.MouseButton.LeftButton)
    learn = window.tutorial.learn
    qtbot.waitUntil(lambda: learn.isVisible() and any(b.isVisible() for b in learn.lesson_buttons.values()))
    seen: list[str] = []
    for page in range(learn.pages()):
        qtbot.waitUntil(lambda: fits_unscrolled(learn.scroller))
        assert learn.page == page and learn.previous.isVisible() == (page > 0)
        shown = [key for key, button in learn.lesson_buttons.items() if button.isVisible()]
        assert shown and all(learn.lesson_buttons[key].height() >= 64 for key in shown)
        seen += shown
        if page < learn.pages() - 1:
            assert learn.next.isVisible()
            qtbot.mouseClick(learn.next, Qt.MouseButton.LeftButton)
    assert seen == [lesson.id for lesson in load_lessons()]  # each once, in order
    assert not learn.next.isVisible()
