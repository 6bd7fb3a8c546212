"""A message's date line on its card: an unread message from an earlier day has a small marked "New" at the start
of the row and its day in full where that fits beside it, else short, in the household's language; the line does
not wrap, and the wall does not scroll for it (measured in the font CareLink shows its words in)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from carelink.clock import SettableClock
from carelink.household import Household
from tests.helpers.fit import out_of_sight
from tests.ui.conftest import WindowFactory
from tests.ui.test_fit import bundled_font, settled

__all__ = ["bundled_font"]  # the font CareLink shows its words in, for this module's tests too


@pytest.mark.parametrize(("width", "height", "scale", "day"), [
    (1280, 800, 2.0, "Sat 21 Nov"), (1024, 600, 1.5, "Sat 21 Nov"), (1280, 800, 1.0, "Saturday 21 November"),
    (1024, 600, 1.0, "Saturday 21 November")], ids=lambda v: str(v))
def test_the_wall_fits_with_a_new_message_from_an_earlier_day(qtbot: QtBot, household: Household,
                                                              make_window: WindowFactory, width: int, height: int,
                                                              scale: float, day: str) -> None:
    """An unread message from days ago: a small marked "New" at the start of its date line, and its day in full
    ("Saturday 21 November") where that fits beside it, short ("Sat 21 Nov") where not (at 150% on 1024×600 the
    whole line wrapped beside Read aloud and the wall scrolled 6 px). The line never wraps and is read out whole."""
    tom = household.contacts.find_by_email("tom@example.org")
    assert tom is not None
    household.wall.add(tom.id, tom.email, "Lovely to see you on Saturday, Mum.", household.clock.now())
    clock = household.clock
    assert isinstance(clock, SettableClock)
    clock.advance(timedelta(days=3))
    window = make_window(scale, size=(width, height))
    settled(qtbot, window)
    window.home.tiles["wall"].click()
    settled(qtbot, window)
    card = window.wall.card
    assert card.when.text() == day
    assert card.when.accessibleName() == "Saturday 21 November — New"
    assert card.new_mark.isVisible() and card.new_mark.text() == "New"
    mark, when = (w.mapTo(card, w.rect().topLeft()) for w in (card.new_mark, card.when))
    assert mark.x() < when.x() and abs(mark.y() - when.y()) <= card.new_mark.height(), "New, then the day, in a row"
    assert card.date_line.height() < 2 * card.when.fontMetrics().lineSpacing(), "one line"
    problems = out_of_sight(window)
    assert not problems, f"the wall at {scale:.0%} text on {width}×{height}:\n" + "\n".join(problems)
