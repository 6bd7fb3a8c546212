"""First-paint benchmark: launch to Home's first paint in a real window (under Xvfb), against a bare PySide6 window.

Each launch is timed from starting the process to the probe's "painted" line (tests/benchmarks/first_paint_probe.py
prints it from the first paint event), in alternating runs, and the figure printed is the ratio of the medians, so
it means the same on a fast machine and a slow one. The target is at most 2x; the test never asserts it (nor any
time), only that both programs paint and end cleanly. The line also gives the machine's load (1-minute average)
before and after the runs: on a busy machine the bare window's time is what swings most.

Both programs run with Python's compiled bytecode, as an installed CareLink has it (pip writes it on installing, a
bundle brings it, Python writes it on the first start otherwise): the untimed first runs write it to a folder of the
test's own (PYTHONPYCACHEPREFIX), even where the environment says not to (PYTHONDONTWRITEBYTECODE, as in some
development and CI shells), since compiling CareLink's sources afresh on every start is not what a person waits for.

Run it with ``python -m pytest tests/benchmarks/test_first_paint.py -q -s``. It needs Xvfb (it starts its own,
on a display number the X server chooses); without Xvfb it uses Qt's offscreen platform.
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

RUNS = 7
TIMEOUT_S = 60
PROBE = Path(__file__).with_name("first_paint_probe.py")


@pytest.fixture
def screen_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private X server (Xvfb) for the real windows, or the offscreen platform when there is none."""
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode as installed (see the module docstring)
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "bytecode")
    (tmp_path / "runtime").mkdir(mode=0o700)
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield {**env, "QT_QPA_PLATFORM": "offscreen"}
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten",
                               "tcp"], pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as display:
            number = display.readline().strip()
        assert number.isdigit(), "Xvfb did not say which display it chose"
        yield {**env, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def _launch(command: list[str], env: dict[str, str]) -> float:
    """Start a probe and return the time from starting it to its "painted" line; then wait for it to end."""
    start = time.perf_counter()
    probe = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert probe.stdout is not None
    line = probe.stdout.readline()
    painted = time.perf_counter() - start
    out, err = probe.communicate(timeout=TIMEOUT_S)
    assert line.strip() == "painted", f"{command} never painted:\n{line}{out}\n{err}"
    assert probe.returncode == 0, f"{command} exited {probe.returncode}:\n{out}\n{err}"
    return painted


@pytest.mark.benchmark
@pytest.mark.slow
def test_first_paint_ratio_against_bare_window(tmp_path: Path, screen_env: dict[str, str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    carelink = [sys.executable, str(PROBE), "carelink", str(tmp_path / "data")]
    bare = [sys.executable, str(PROBE), "bare"]
    # Not timed: the first run seeds the demo household (and takes today's backup), and both warm the disk cache
    # and write their bytecode.
    _launch(carelink, screen_env)
    _launch(bare, screen_env)
    carelink_times: list[float] = []
    bare_times: list[float] = []
    load_before = os.getloadavg()[0]
    for _ in range(RUNS):
        carelink_times.append(_launch(carelink, screen_env))
        bare_times.append(_launch(bare, screen_env))
    carelink_median, bare_median = statistics.median(carelink_times), statistics.median(bare_times)
    ratio = carelink_median / bare_median
    assert math.isfinite(ratio) and ratio > 0
    platform = "Xvfb" if screen_env["QT_QPA_PLATFORM"] == "xcb" else "offscreen"
    line = (f"first paint: carelink --demo to Home's first paint median {carelink_median:.2f} s, bare PySide6 "
            f"window {bare_median:.2f} s, ratio {ratio:.2f}x (target <= 2x) [{platform}, {RUNS} alternating runs "
            f"each, load {load_before:.1f} -> {os.getloadavg()[0]:.1f}]")
    with capsys.disabled():
        print(f"\n{line}")
