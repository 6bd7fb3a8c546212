"""Makes ring.wav, the gentle ring CareLink plays (over and over) while a family member's call is coming in.

CareLink's own sound, synthesised here with the standard library alone (no samples, no licences to track):
the familiar "ring-ring" of a telephone, made soft. Two short bursts, each a warm two-tone chord (A4 and C#5, a
major third: friendly rather than urgent) that warbles gently, then a pause, so it loops into a calm rhythm.
Each burst fades in over 20 ms and out over 60 ms (no clicks). The peak is about 45% of full scale: heard across a
room, never a shriek. The output is the same bytes on every run.

    python assets/sounds/make_ring.py            # writes ring.wav beside this script
    python assets/sounds/make_ring.py OUT.wav
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
LENGTH_S = 3.0  # two bursts and the pause after them: the loop's length
PEAK = 0.45  # of full scale
TONES = (440.0, 554.37)  # A4 and C#5
WARBLE_HZ = 16.0  # a telephone's soft trill: the two tones take turns being louder
WARBLE_DEPTH = 0.35
# (start, length) in seconds of each burst
BURSTS = ((0.0, 0.4), (0.6, 0.4))
FADE_IN_S = 0.02
FADE_OUT_S = 0.06


def _envelope(t: float, length: float) -> float:
    if t < 0 or t > length:
        return 0.0
    return min(1.0, t / FADE_IN_S, (length - t) / FADE_OUT_S)


def samples() -> list[float]:
    values = []
    for index in range(int(RATE * LENGTH_S)):
        t = index / RATE
        loudness = sum(_envelope(t - start, length) for start, length in BURSTS)
        if loudness == 0.0:
            values.append(0.0)
            continue
        trill = WARBLE_DEPTH * math.sin(2 * math.pi * WARBLE_HZ * t)
        low, high = TONES
        tone = (1 + trill) * math.sin(2 * math.pi * low * t) + (1 - trill) * math.sin(2 * math.pi * high * t)
        values.append(loudness * tone / 2)
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
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("ring.wav")
    print(f"wrote {write(target)}")
