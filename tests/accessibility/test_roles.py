"""What a screen reader hears in Settings: one-of-many choices are radio buttons in a named group, never check boxes,
on/off switches are one named checkable control each, and names carry words, not the tick drawn on the chosen one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.accessibility.conftest import Desktop
from tests.accessibility.test_crash_probe import UNLOCK

SECTIONS = ["Text and colours", "Reading aloud", "Contacts", "Held messages", "About the person", "Email account",
            "PIN", "This computer"]
SWITCHES = ["Start CareLink when the computer starts", "Full screen, always (kiosk mode)"]  # both off in the demo
BUTTON_ROLES = ("push button", "toggle button", "check box", "radio button", "page tab", "list item")


def _buttons(dump: dict[str, Any]) -> list[dict[str, Any]]:
    return [node for node in dump["nodes"] if node["role"] in BUTTON_ROLES]


@pytest.mark.slow
def test_settings_choices_are_radio_buttons_in_named_groups(desktop: Desktop) -> None:
    steps: list[dict[str, Any]] = [*UNLOCK, {"find": "Text and colours"}, {"dump": "Text and colours"}]
    for section in SECTIONS[1:]:
        steps += [{"click": section}, {"dump": section}]
    steps += [{"click": "Text and colours"}, {"click": "150%"}, {"dump": "150%"}]
    dumps = desktop.read(steps)["dumps"]

    first = dumps["Text and colours"]
    sections = [node for node in _buttons(first) if node["name"] in SECTIONS]
    assert [node["name"] for node in sections] == SECTIONS
    assert {node["role"] for node in sections} == {"radio button"}
    assert [node["name"] for node in sections if "checked" in node["states"]] == ["Text and colours"]
    sizes = [node for node in _buttons(first) if node["parent_name"] == "Text size"]
    assert [(node["role"], node["name"]) for node in sizes] == [
        ("radio button", "100%"), ("radio button", "125%"), ("radio button", "150%"), ("radio button", "200%")]
    assert [node["name"] for node in sizes if "checked" in node["states"]] == ["100%"]
    assert {node["parent_role"] for node in sizes} == {"panel"}, "a named group a reader announces"

    chosen = [node for node in _buttons(dumps["150%"]) if node["parent_name"] == "Text size"
              and "checked" in node["states"]]
    assert [node["name"] for node in chosen] == ["150%"], "the state says which, the name has no tick"

    for section in SECTIONS:
        buttons = _buttons(dumps[section])
        open_now = [node["name"] for node in buttons if node["name"] in SECTIONS and "checked" in node["states"]]
        assert open_now == [section]
        switches = [node for node in buttons if node["role"] == "check box"]
        # On/off switches are one checkable control named by what it switches (no Qt role reaches AT-SPI as a
        # toggle button); anything else would be a one-of-many choice read as a check box.
        assert [node["name"] for node in switches] == (SWITCHES if section == "This computer" else []), section
        assert all("checkable" in node["states"] and "checked" not in node["states"] for node in switches)
        assert not [node["name"] for node in buttons if "✓" in node["name"]], section
        assert all(node["name"] for node in buttons), f"a button with no name on {section}"
