"""A screen reader's side of the AT-SPI bus, run by the system python3 (python3-pyatspi lives there, not in .venv).

    /usr/bin/python3 tests/accessibility/reader.py STEPS_JSON

Finds CareLink on the accessibility bus and runs the steps in order, then prints one JSON object on stdout:
{"dumps": {label: {"nodes": [...], "focus": node|null, "window": name}}, "heard": [announcement, ...]}, where
"heard" is every announcement (AT-SPI `object:announcement`, from Qt's QAccessibleAnnouncementEvent) CareLink made
while the steps ran, as a screen reader receives them. A step is one of
  {"click": NAME}         a real mouse click (xdotool) in the middle of the showing button called NAME
                          (a NAME ending in "*" is the start of the name)
  {"key": KEYS}           key presses through xdotool ("Tab", "Return", "KP_Enter")
  {"wait": SECONDS}
  {"activate": true}       gives CareLink's showing window the keyboard, as a desktop's window manager does for a
                          new window (Xvfb has none)
  {"find": NAME}          waits (a few seconds at most) until a button called NAME is showing
  {"hear": TEXT, "within": SECONDS}  waits until an announcement starting with TEXT has come (fails if none does)
  {"dump": LABEL}         every showing object (role, name, description, states, size) and the focused one
  {"hammer": {"names": [...], "reps": N, "readers": K}}
                          clicks the buttons in turn, N times, while K other reader processes walk the whole tree
                          without pause, as Orca does after each change (the crash probe)
Reads the tree the way a screen reader does: children by index after counting them, names, roles, states.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import pyatspi
from gi.repository import GLib

BUTTON_ROLES = ("push button", "toggle button", "check box", "radio button", "page tab", "list item")
STATES = {"checked": pyatspi.STATE_CHECKED, "selected": pyatspi.STATE_SELECTED, "focused": pyatspi.STATE_FOCUSED,
          "focusable": pyatspi.STATE_FOCUSABLE, "checkable": pyatspi.STATE_CHECKABLE,
          "pressed": pyatspi.STATE_PRESSED, "showing": pyatspi.STATE_SHOWING}


class Ears:
    """Listens for announcements as a screen reader does: registering the listener is what makes Qt send them."""

    def __init__(self) -> None:
        self.heard: list[str] = []
        pyatspi.Registry.registerEventListener(self._event, "object:announcement")

    def _event(self, event: Any) -> None:
        self.heard.append(str(event.any_data))

    def pump(self, seconds: float = 0.0) -> None:
        """Take in what has come, for `seconds` at least."""
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while True:
            while context.pending():
                context.iteration(False)
            if time.monotonic() >= end:
                return
            time.sleep(0.02)

    def wait_for(self, text: str, within: float) -> None:
        end = time.monotonic() + within
        while not any(words.startswith(text) for words in self.heard):
            if time.monotonic() > end:
                raise SystemExit(f"reader: never heard {text!r} (heard {self.heard})")
            self.pump(0.1)


def find_app(timeout: float = 20.0) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == "CareLink":
                return app
        time.sleep(0.1)
    raise SystemExit("reader: CareLink never appeared on the accessibility bus")


def walk(node: Any, showing_only: bool = False, out: list[Any] | None = None) -> list[Any]:
    """Every object under `node`, depth first, asked for as a screen reader asks (count, then by index)."""
    found: list[Any] = [] if out is None else out
    try:
        count = node.childCount
        if showing_only and not node.getState().contains(pyatspi.STATE_SHOWING):
            return found
    except Exception:
        return found
    found.append(node)
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            walk(child, showing_only, found)
    return found


def describe(node: Any) -> dict[str, Any]:
    state = node.getState()
    x, y, width, height = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return {"role": node.getRoleName(), "name": node.name, "description": node.description,
            "states": sorted(key for key, value in STATES.items() if state.contains(value)),
            "x": x, "y": y, "width": width, "height": height,
            "parent_role": node.parent.getRoleName() if node.parent else "",
            "parent_name": node.parent.name if node.parent else ""}


def dump(app: Any) -> dict[str, Any]:
    nodes = [describe(node) for node in walk(app, showing_only=True)[1:]]
    focus = next((node for node in nodes if "focused" in node["states"]), None)
    window = next((node["name"] for node in nodes if node["role"] == "frame"), "")
    return {"nodes": nodes, "focus": focus, "window": window}


def find_button(app: Any, name: str) -> Any:
    for _ in range(50):
        for node in walk(app, showing_only=True):
            try:
                named = node.name.startswith(name[:-1]) if name.endswith("*") else node.name == name
                if named and node.getRoleName() in BUTTON_ROLES:
                    return node
            except Exception:
                continue
        time.sleep(0.1)
    raise SystemExit(f"reader: no showing button called {name!r}")


def centre(node: Any) -> tuple[int, int]:
    x, y, width, height = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return x + width // 2, y + height // 2


def click_at(point: tuple[int, int]) -> None:
    subprocess.run(["xdotool", "mousemove", str(point[0]), str(point[1]), "click", "1"], check=True)


def hammer(app: Any, names: list[str], reps: int, readers: int) -> int:
    points = {name: centre(find_button(app, name)) for name in names}
    walkers = [subprocess.Popen([sys.executable, __file__, json.dumps([{"walk": 300}])]) for _ in range(readers)]
    clicks = 0
    try:
        for _ in range(reps):
            for name in names:
                click_at(points[name])
                clicks += 1
                walk(app)  # at once, as Orca does
                time.sleep(0.05)
    finally:
        for walker in walkers:
            walker.kill()
            walker.wait()
    return clicks


def main(steps: list[dict[str, Any]]) -> None:
    app = find_app()
    ears = Ears() if not any("walk" in step for step in steps) else None
    dumps: dict[str, Any] = {}
    clicks = 0
    took: list[tuple[str, float]] = []  # each step and the seconds it took, to see where a slow test spends them
    for step in steps:
        started = time.monotonic()
        if "click" in step:
            click_at(centre(find_button(app, step["click"])))
            time.sleep(0.3)
        elif "key" in step:
            subprocess.run(["xdotool", "key", *step["key"].split()], check=True)
            time.sleep(0.3)
        elif "wait" in step:
            if ears is None:
                time.sleep(step["wait"])
            else:
                ears.pump(step["wait"])
        elif "activate" in step:
            subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "CareLink", "windowfocus"], check=True)
            time.sleep(0.3)
        elif "find" in step:
            find_button(app, step["find"])
        elif "hear" in step:
            assert ears is not None
            ears.wait_for(step["hear"], step.get("within", 10))
        elif "dump" in step:
            dumps[step["dump"]] = seen = dump(app)
            for _ in range(50):  # a window busy with a new theme or a new window may answer nothing: ask again
                if seen["nodes"]:
                    break
                time.sleep(0.1)
                dumps[step["dump"]] = seen = dump(app)
            # A screen that has just opened (its button found) gives its focus a moment later, as a screen reader
            # hears it: look again for up to 5 s. A screen that never gives the focus still has none after that.
            for _ in range(25):
                if seen["focus"] is not None:
                    break
                time.sleep(0.2)
                dumps[step["dump"]] = seen = dump(app)
        elif "hammer" in step:
            clicks += hammer(app, **step["hammer"])
        elif "walk" in step:  # a walker of the crash probe: reads the whole tree again and again until killed
            end = time.monotonic() + step["walk"]
            while time.monotonic() < end:
                walk(app)
        if ears is not None:
            ears.pump()
        took.append((json.dumps(step)[:60], round(time.monotonic() - started, 2)))
    json.dump({"dumps": dumps, "clicks": clicks, "heard": ears.heard if ears else [], "took": took}, sys.stdout)


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
