"""Makes chime.wav, the soft two-note sound CareLink plays when new family messages arrive.

CareLink's own sound, synthesised here with the standard library alone (no samples, no licences to track):
two sine tones a major third apart (C5 then E5, rising, so it sounds like good news rather than an alarm),
each with a little of its octave for warmth, a 15 ms fade-in (no click) and a slow exponential fade-out.
The peak is kept at about 40% of full scale so it is gentle, and the output is the same bytes on every run.

    python assets/sounds/make_chime.py            # writes chime.wav beside this script
    python assets/sounds/make_chime.py OUT.wav
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
LENGTH_S = 1.6
PEAK = 0.4  # of full scale: a chime, not an alarm
# (start in seconds, frequency in Hz, loudness)
NOTES = ((0.0, 523.25, 1.0), (0.28, 659.25, 0.9))
ATTACK_S = 0.015
DECAY_PER_S = 3.2  # the exponential fade: about 4% of the start loudness after one second


def _note(t: float, frequency: float) -> float:
    if t < 0:
        return 0.0
    envelope = min(1.0, t / ATTACK_S) * math.exp(-DECAY_PER_S * t)
    tone = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(2 * math.pi * 2 * frequency * t)
    return envelope * tone / 1.25


def samples() -> list[float]:
    total = int(RATE * LENGTH_S)
    fade_out = int(RATE * 0.05)  # the last 50 ms go smoothly to silence, so the end never clicks
    values = []
    for index in range(total):
        t = index / RATE
        value = sum(loudness * _note(t - start, frequency) for start, frequency, loudness in NOTES)
        if index > total - fade_out:
            value *= (total - index) / fade_out
        values.append(value)
    top = max(abs(v) for v in values)
    return [v * PEAK / top for v in values]


def write(path: Path) -> Path:
    frames = b"".join(struct.pack("<h", round(v * 32767)) for v in samples())
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("chime.wav")
    print(f"wrote {write(target)}")
