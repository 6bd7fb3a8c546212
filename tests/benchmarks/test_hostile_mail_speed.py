"""Hostile mail benchmark: how long ``parse_message`` takes over mail built to be slow (10,000 parts, deep nesting,
huge headers, a 50 MB body) and a PNG "bomb" header, each as a ratio to parsing one ordinary family message in the
same run, so the figure means the same on a fast machine and a busy one. It never asserts a time (the unit tests
bound the work instead: tests/unit/test_mime.py and test_images.py); it prints the ratios and checks each hostile
message still came out as a bounded text.

Run it with ``python -m pytest tests/benchmarks/test_hostile_mail_speed.py -q -s``.
"""

from __future__ import annotations

import functools
import statistics
import time
from collections.abc import Callable

import pytest

from carelink.channels.email.images import inspect_image
from carelink.channels.email.mime import parse_message
from carelink.channels.email.text import MAX_TEXT_CHARS
from tests.unit.test_images import png_header
from tests.unit.test_mime import HEAD, plain

pytestmark = [pytest.mark.noqt, pytest.mark.benchmark]
ROUNDS = 5


def _hostile() -> dict[str, bytes]:
    parts = b"".join(b"--b\r\nContent-Type: image/gif\r\n\r\nGIF89a junk %d\r\n" % i for i in range(10_000))
    nested = [HEAD, b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n"]
    nested += [b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1) for i in range(5000)]
    nested.append(b"--b5000\r\nContent-Type: text/plain\r\n\r\ndeep down\r\n")
    return {
        "10,000 parts": HEAD + b"Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + b"--b--\r\n",
        "5,000 nested parts": b"".join(nested),
        "200,000 nested divs": plain("<div>" * 200_000 + "hi", ctype="text/html"),
        "100,000 addresses": b"From: " + b"a@example.com, " * 100_000 + b"\r\nSubject: hi\r\n\r\nhi",
        "500,000 headers": b"From: a@example.com\r\n" + b"X-Filler: y\r\n" * 500_000 + b"\r\nStill here\r\n",
        "50 MB body": plain("") + b"All work and no play. " * (50 * 1024 * 1024 // 22),
    }


def _median(function: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_hostile_mail_costs_a_bounded_multiple_of_an_ordinary_message() -> None:
    ordinary = plain("Dear Mary,\n\nThe roses are out in the garden.\n\nLove from Sarah\n")
    baseline = _median(lambda: parse_message(ordinary))
    print(f"\nordinary message: 1 (baseline {baseline * 1e6:.0f} µs)")
    for name, raw in _hostile().items():
        assert len(parse_message(raw).text) <= MAX_TEXT_CHARS, name
        print(f"{name:>22}: {_median(functools.partial(parse_message, raw)) / baseline:,.1f} × an ordinary message")
    bomb = png_header(60000, 60000) + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    assert inspect_image(bomb) is None
    print(f"{'60000 × 60000 PNG':>22}: {_median(lambda: inspect_image(bomb)) / baseline:,.2f} × an ordinary message")
