"""Start-up benchmark: ``carelink --demo screenshot home`` against a bare PySide6 window painted to a PNG.

The figure is printed as a ratio of medians, measured in alternating runs in this process tree, so it means
the same on a fast machine and a slow one. The target is a ratio of at most 2x; the test never asserts it
(nor any wall-clock time), only that both commands work and produce 1280x800 PNGs.

Both run from compiled bytecode, as an installed CareLink does (pip and the installers compile it): the first,
untimed run of each writes it to a folder of the test's own (PYTHONPYCACHEPREFIX), also where
PYTHONDONTWRITEBYTECODE is set. Without it, every run would compile CareLink's modules from source again (about
0.1 s here), which no installed CareLink ever does.

Run it with ``python -m pytest tests/benchmarks -q -s``.
"""

from __future__ import annotations

import math
import os
import statistics
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

RUNS = 9
TIMEOUT_S = 60
SIZE = (1280, 800)
BARE_WINDOW = Path(__file__).with_name("bare_window.py")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(path: Path) -> tuple[int, int]:
    """The width and height in a PNG's IHDR chunk (which must come first)."""
    head = path.read_bytes()[:24]
    assert head[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    length, chunk = struct.unpack(">I4s", head[8:16])
    assert chunk == b"IHDR" and length == 13, f"{path} does not start with an IHDR chunk"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _run(command: list[str], out: Path, env: dict[str, str]) -> float:
    """Run a command to completion, check it made a 1280x800 PNG, and return how long it took."""
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, f"{command} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    assert out.is_file(), f"{command} did not write {out}"
    assert _png_size(out) == SIZE
    return elapsed


@pytest.mark.benchmark
@pytest.mark.slow
def test_startup_ratio_against_bare_window(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(tmp_path / "bytecode")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    data_dir = tmp_path / "data"
    carelink_out = tmp_path / "carelink.png"
    bare_out = tmp_path / "bare.png"

    def carelink() -> list[str]:
        return [sys.executable, "-m", "carelink", "--data-dir", str(data_dir), "--demo",
                "screenshot", "home", "--out", str(carelink_out)]

    bare = [sys.executable, str(BARE_WINDOW), str(bare_out)]

    # Not timed: the first run seeds the demo household (and a second draws it as every later one will), and all
    # write their bytecode and warm the disk cache.
    _run(carelink(), carelink_out, env)
    _run(carelink(), carelink_out, env)
    _run(bare, bare_out, env)

    carelink_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(RUNS):
        carelink_times.append(_run(carelink(), carelink_out, env))
        bare_times.append(_run(bare, bare_out, env))

    carelink_median = statistics.median(carelink_times)
    bare_median = statistics.median(bare_times)
    ratio = carelink_median / bare_median
    assert math.isfinite(ratio) and ratio > 0

    line = (f"startup: carelink screenshot home median {carelink_median:.2f} s, "
            f"bare PySide6 window {bare_median:.2f} s, ratio {ratio:.2f}x (target <= 2x) "
            f"[{RUNS} alternating runs each, load {os.getloadavg()[0]:.1f}]")
    (tmp_path / "startup.txt").write_text(line + "\n", encoding="utf-8")
    with capsys.disabled():
        print(f"\n{line}")
