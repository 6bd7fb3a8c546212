"""Parse benchmark: ``parse_message`` over ordinary family mail against a bare standard-library parse.

300 messages as a relative's mail program sends them: a third plain text, a third multipart/alternative (plain
and HTML), a third plain text with a ~20 KB PNG photo attached. The baseline reads each one with
``email.message_from_bytes(raw, policy=compat32)`` and decodes every part's payload: the least work any reader
of the same mail must do. Both are timed in alternating rounds in this process and compared as a ratio of
medians, so the figure means the same on a fast machine and a slow one. The test never asserts a time, only
that every message was read (its words, and the photo where there is one).

Run it with ``python -m pytest tests/benchmarks -q -s``.
"""

from __future__ import annotations

import email
import math
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage, Message
from email.policy import compat32
from email.utils import format_datetime, make_msgid

import pytest

from carelink.channels.email.mime import parse_message
from carelink.demo.pictures import make_scene

pytestmark = pytest.mark.noqt

MESSAGES = 300
ROUNDS = 7
PHOTO_SIZE = (1280, 960)  # make_scene's PNGs come out at about 20 KB at this size
CONTACTS = (("Sarah Jones", "sarah@example.org"), ("Tom Jones", "tom.jones@example.net"),
            ("Emma Price", "emma.price@example.com"))
LINES = ("Hello Mum! The roses are out in the garden and they look lovely.",
         "We're all well here. The children say hello and send lots of love.",
         "Shall I call you on Sunday after lunch? About two o'clock?",
         "Tom passed his driving test today! He is ever so pleased with himself.",
         "The weather has been grey all week, but the forecast says sunshine on Saturday.",
         "I made your apple crumble recipe and it was a great success.")


def _messages(photo: bytes) -> list[bytes]:
    start = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    out: list[bytes] = []
    for number in range(MESSAGES):
        name, sender = CONTACTS[number % len(CONTACTS)]
        message = EmailMessage()
        message["From"] = f"{name} <{sender}>"
        message["To"] = "Mary <mary@example.org>"
        message["Subject"] = f"News from home ({number})"
        message["Date"] = format_datetime(start + timedelta(minutes=25 * number))
        message["Message-ID"] = make_msgid(idstring=str(number), domain=sender.partition("@")[2])
        lines = [LINES[number % len(LINES)], LINES[(number * 5 + 1) % len(LINES)]]
        message.set_content("\n\n".join(["Dear Mary,", *lines, f"Love from {name.split()[0]}"]) + "\n")
        kind = number % 3
        if kind == 1:
            html = "".join(f"<p>{line}</p>" for line in ["Dear Mary,", *lines, f"Love from {name.split()[0]}"])
            message.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
        elif kind == 2:
            message.add_attachment(photo, maintype="image", subtype="png", filename=f"photo{number}.png")
        out.append(message.as_bytes())
    return out


def _bare(raw: bytes) -> None:
    msg: Message = email.message_from_bytes(raw, policy=compat32)
    for part in msg.walk():
        if not part.is_multipart():
            part.get_payload(decode=True)


def _time(function: Callable[[bytes], object], messages: list[bytes]) -> float:
    started = time.perf_counter()
    for raw in messages:
        function(raw)
    return (time.perf_counter() - started) / len(messages)


@pytest.mark.benchmark
@pytest.mark.slow
def test_parse_speed_against_a_bare_compat32_parse(capsys: pytest.CaptureFixture[str]) -> None:
    photo = make_scene("garden", seed=3, width=PHOTO_SIZE[0], height=PHOTO_SIZE[1])
    messages = _messages(photo)

    parsed = [parse_message(raw) for raw in messages]  # not timed: warms caches and checks every message
    for number, mail in enumerate(parsed):
        assert mail.text.startswith("Dear Mary,") and mail.sender is not None, number
        assert [image.data for image in mail.images] == ([photo] if number % 3 == 2 else []), number
    _time(_bare, messages)

    parse_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(ROUNDS):
        parse_times.append(_time(parse_message, messages))
        bare_times.append(_time(_bare, messages))

    parse_median = statistics.median(parse_times) * 1000
    bare_median = statistics.median(bare_times) * 1000
    ratio = parse_median / bare_median
    assert math.isfinite(ratio) and ratio > 0
    with capsys.disabled():
        print(f"\nparse: {parse_median:.3f} ms per message vs bare compat32 parse {bare_median:.3f} ms, "
              f"ratio {ratio:.1f}x [{MESSAGES} messages, {ROUNDS} alternating rounds, photo {len(photo)} bytes]")
