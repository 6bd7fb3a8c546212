"""The crash probe: a screen reader reads the whole tree right after every Settings section change, many times.

Before the fix, CareLink died with SIGSEGV inside Qt (QAccessibleCache::idForObject) within a few dozen changes:
a page change showed or hid a scroll bar, and Qt's scroll-area interface handed a reader that had just counted its
children a pointer from past the end of its list (see carelink/ui/access.py).
"""

from __future__ import annotations

import pytest

from tests.accessibility.conftest import Desktop

UNLOCK = [{"click": "Settings"}] + [{"click": f"Digit {digit}"} for digit in "1234"]
# The two sequences that crashed it (a tall page, then a short one), and every other section in between.
SECTIONS = ["Reading aloud", "Text and colours", "About the person", "PIN", "Text and colours", "Contacts",
            "This computer", "Held messages", "Email account", "Reading aloud"]


@pytest.mark.slow
def test_reading_the_tree_right_after_each_settings_change_never_crashes(desktop: Desktop) -> None:
    result = desktop.read([*UNLOCK, {"hammer": {"names": SECTIONS, "reps": 8, "readers": 2}}, {"dump": "after"}])
    assert result["clicks"] == 8 * len(SECTIONS)
    roles = {node["name"]: node["role"] for node in result["dumps"]["after"]["nodes"]}
    assert "Reading aloud" in roles, "the probe really was in Settings"
