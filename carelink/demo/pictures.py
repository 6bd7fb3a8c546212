"""Friendly pictures for the demo family's photo messages, drawn with the standard library alone.

The demo household needs photos that look like a relative's snapshots, but shipping image files would need
licences and pulling Qt or Pillow into the core would break the "core has no Qt" rule. So each scene is a
handful of bold, high-contrast shapes painted into RGB rows and encoded as a PNG by hand. The seed nudges
colours and positions, so two "photos" of the same scene from the pretend family are not identical.
"""

from __future__ import annotations

import math
import random
import struct
import zlib
from collections.abc import Callable, Sequence

Color = tuple[int, int, int]
Point = tuple[float, float]

MIN_SIZE = 16
MAX_SIZE = 2000
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WHITE: Color = (250, 250, 250)
YELLOW: Color = (250, 212, 55)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_png(width: int, height: int, rows: list[bytes]) -> bytes:
    """Encode RGB rows (each width*3 bytes) as a valid PNG (colour type 2, 8-bit, filter 0 per row, zlib)."""
    if width < 1 or height < 1:
        raise ValueError(f"a PNG needs a positive size, not {width}x{height}")
    if len(rows) != height or any(len(row) != width * 3 for row in rows):
        raise ValueError(f"expected {height} rows of {width * 3} bytes")
    idat = zlib.compress(b"".join(b"\x00" + row for row in rows))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return _PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def _mix(a: Color, b: Color, t: float) -> Color:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _jitter(rng: random.Random, color: Color, amount: int = 14) -> Color:
    r, g, b = (max(0, min(255, v + rng.randint(-amount, amount))) for v in color)
    return (r, g, b)


def _wave(width: int, base: float, amp: float, cycles: float, phase: float) -> list[float]:
    step = 2 * math.pi * cycles / width
    return [base + amp * math.sin(x * step + phase) for x in range(width)]


class _Canvas:
    """RGB rows painted with whole horizontal spans, so no shape costs a Python loop over single pixels."""

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        self.rows = [bytearray(width * 3) for _ in range(height)]

    def rows_between(self, y0: float, y1: float) -> range:
        return range(max(0, math.floor(y0)), min(self.height, math.ceil(y1)))

    def span(self, y: int, x0: float, x1: float, color: Color) -> None:
        a, b = max(0, round(x0)), min(self.width, round(x1))
        if 0 <= y < self.height and b > a:
            self.rows[y][a * 3 : b * 3] = bytes(color) * (b - a)

    def rect(self, x0: float, y0: float, x1: float, y1: float, color: Color) -> None:
        for y in self.rows_between(y0, y1):
            self.span(y, x0, x1, color)

    def gradient(self, y0: float, y1: float, top: Color, bottom: Color) -> None:
        depth = max(1.0, y1 - y0)
        for y in self.rows_between(y0, y1):
            self.span(y, 0, self.width, _mix(top, bottom, (y - y0) / depth))

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, color: Color) -> None:
        if rx <= 0 or ry <= 0:
            return
        for y in self.rows_between(cy - ry, cy + ry):
            dy = (y + 0.5 - cy) / ry
            if abs(dy) < 1:
                half = rx * math.sqrt(1 - dy * dy)
                self.span(y, cx - half, cx + half, color)

    def circle(self, cx: float, cy: float, r: float, color: Color) -> None:
        self.ellipse(cx, cy, r, r, color)

    def polygon(self, points: Sequence[Point], color: Color) -> None:
        # Convex shapes only (roofs, sails, hulls), which cross each row in a single span.
        pairs = zip(points, [*points[1:], points[0]], strict=True)
        edges = [
            (ax, ay, (bx - ax) / (by - ay), min(ay, by), max(ay, by))
            for (ax, ay), (bx, by) in pairs
            if ay != by
        ]
        for y in self.rows_between(min(p[1] for p in points), max(p[1] for p in points)):
            yc = y + 0.5
            xs = [ax + (yc - ay) * k for ax, ay, k, lo, hi in edges if lo <= yc < hi]
            if xs:
                self.span(y, min(xs), max(xs), color)

    def shape(self, x: float, y: float, s: float, points: Sequence[Point], color: Color) -> None:
        # Shapes are designed on a unit grid and placed by an origin and a scale, which keeps scenes terse.
        self.polygon([(x + px * s, y + py * s) for px, py in points], color)

    def line(self, x0: float, y0: float, x1: float, y1: float, thick: float, color: Color) -> None:
        # Strings and stems are steep, so one short span per row draws them without gaps.
        slope = (x1 - x0) / ((y1 - y0) or 1)
        half = (thick + abs(slope)) / 2
        for y in self.rows_between(min(y0, y1), max(y0, y1)):
            x = x0 + (y + 0.5 - y0) * slope
            self.span(y, x - half, x + half, color)

    def region(self, tops: Sequence[float], bottoms: Sequence[float], color: Color) -> None:
        """Fill each column x from tops[x] down to bottoms[x] (hills, sand, wave bands, mountain sides)."""
        piece = bytes(color)
        full_from, full_to = max(tops), min(bottoms)
        for y in self.rows_between(min(tops), max(bottoms)):
            yc, row = y + 0.5, self.rows[y]
            if full_from <= yc < full_to:
                row[:] = piece * self.width
                continue
            # A 0/1 mask lets bytes.find jump from run to run in C rather than testing pixels in Python.
            mask = bytes(t <= yc < b for t, b in zip(tops, bottoms, strict=True))
            x = mask.find(1)
            while x != -1:
                end = mask.find(0, x)
                end = self.width if end == -1 else end
                row[x * 3 : end * 3] = piece * (end - x)
                x = mask.find(1, end)


# Shared pieces --------------------------------------------------------------------------------------------


def _sky(c: _Canvas, rng: random.Random, top: Color, bottom: Color, horizon: float | None = None) -> None:
    c.gradient(0, c.height if horizon is None else horizon, _jitter(rng, top), _jitter(rng, bottom))


def _sun(c: _Canvas, x: float, y: float, r: float, color: Color, halo: Color) -> None:
    c.circle(x, y, r * 1.3, halo)
    c.circle(x, y, r, color)


def _cloud(c: _Canvas, x: float, y: float, s: float) -> None:
    c.ellipse(x, y, s * 1.7, s * 0.5, WHITE)
    for dx, dy, r in ((-0.75, -0.15, 0.55), (0.05, -0.45, 0.8), (0.85, -0.1, 0.5)):
        c.circle(x + dx * s, y + dy * s, r * s, WHITE)


def _hill(c: _Canvas, base: float, amp: float, cycles: float, phase: float, color: Color) -> None:
    c.region(_wave(c.width, base, amp, cycles, phase), [c.height] * c.width, color)


def _flower(c: _Canvas, x: float, y: float, r: float, petal: Color, middle: Color, stem_to: float) -> None:
    c.line(x, y, x, stem_to, max(2.0, r * 0.2), (55, 130, 55))
    c.ellipse(x + r * 0.5, y + (stem_to - y) * 0.6, r * 0.55, r * 0.22, (55, 130, 55))
    for i in range(6):
        a = i * math.pi / 3
        c.circle(x + math.cos(a) * r * 0.62, y + math.sin(a) * r * 0.62, r * 0.44, petal)
    c.circle(x, y, r * 0.4, middle)


def _tree(c: _Canvas, x: float, ground: float, s: float, leaf: Color) -> None:
    c.rect(x - s * 0.1, ground - s * 1.2, x + s * 0.1, ground, (115, 78, 45))
    for dx, dy, r in ((-0.38, -1.25, 0.45), (0.38, -1.25, 0.45), (0.0, -1.65, 0.55)):
        c.circle(x + dx * s, ground + dy * s, r * s, leaf)


def _house(c: _Canvas, rng: random.Random, x: float, ground: float, s: float, glass: Color) -> None:
    top, hw = ground - s * 0.62, s / 2
    c.rect(x + hw * 0.45, top - s * 0.42, x + hw * 0.68, top, (140, 70, 60))
    c.rect(x - hw, top, x + hw, ground, _jitter(rng, (245, 215, 150)))
    c.shape(x, top, s, ((-0.59, 0.01), (0, -0.42), (0.59, 0.01)), _jitter(rng, (190, 60, 50)))
    c.rect(x - s * 0.09, ground - s * 0.34, x + s * 0.09, ground, _jitter(rng, (40, 90, 160)))
    c.circle(x + s * 0.05, ground - s * 0.17, max(1.0, s * 0.015), (245, 200, 60))
    for wx in (x - hw * 0.6, x + hw * 0.6):
        c.rect(wx - s * 0.1, top + s * 0.15, wx + s * 0.1, top + s * 0.35, WHITE)
        c.rect(wx - s * 0.08, top + s * 0.17, wx + s * 0.08, top + s * 0.33, glass)
        c.rect(wx - s * 0.01, top + s * 0.15, wx + s * 0.01, top + s * 0.35, WHITE)
        c.rect(wx - s * 0.1, top + s * 0.24, wx + s * 0.1, top + s * 0.26, WHITE)


def _sea(c: _Canvas, rng: random.Random, top: float, light: Color, deep: Color, crest: Color) -> None:
    c.gradient(top, c.height, _jitter(rng, light), _jitter(rng, deep))
    depth = c.height - top
    for i in range(5):
        base = top + depth * (0.12 + i * 0.2)
        tops = _wave(c.width, base, depth * 0.025, 3 + i, rng.uniform(0, 2 * math.pi))
        c.region(tops, [t + max(1.5, depth * 0.02) for t in tops], crest)


def _boat(c: _Canvas, x: float, water: float, s: float, hull: Color, sail: Color) -> None:
    c.rect(x - s * 0.025, water - s * 0.95, x + s * 0.025, water, (110, 75, 45))
    c.shape(x, water, s, ((-0.05, -0.9), (-0.05, -0.22), (-0.5, -0.22)), sail)
    c.shape(x, water, s, ((0.05, -0.78), (0.05, -0.22), (0.4, -0.22)), sail)
    c.shape(x, water, s, ((-0.6, -0.17), (0.6, -0.17), (0.42, 0.08), (-0.42, 0.08)), hull)
    c.rect(x - s * 0.55, water - s * 0.1, x + s * 0.55, water - s * 0.06, WHITE)


# Scenes ---------------------------------------------------------------------------------------------------


def _garden(c: _Canvas, rng: random.Random, w: int, h: int) -> None:
    _sky(c, rng, (80, 150, 225), (185, 225, 250))
    _sun(c, w * rng.uniform(0.72, 0.86), h * 0.17, h * 0.09, (255, 205, 50), (255, 235, 150))
    _cloud(c, w * rng.uniform(0.2, 0.42), h * 0.2, h * 0.07)
    _hill(c, h * 0.55, h * 0.05, 1.3, rng.uniform(0, 6.3), _jitter(rng, (130, 195, 95)))
    _hill(c, h * 0.7, h * 0.03, 2.1, rng.uniform(0, 6.3), _jitter(rng, (85, 165, 70)))
    _tree(c, w * rng.uniform(0.12, 0.22), h * 0.72, h * 0.26, (45, 125, 55))
    for i in range(6):
        petal = _jitter(rng, rng.choice([(230, 70, 90), (250, 170, 40), (170, 90, 200), (240, 120, 160)]), 10)
        x, y = w * (i + 0.5 + rng.uniform(-0.2, 0.2)) / 6, h * rng.uniform(0.8, 0.86)
        _flower(c, x, y, h * 0.06, petal, YELLOW, h)


def _beach(c: _Canvas, rng: random.Random, w: int, h: int) -> None:
    _sky(c, rng, (70, 160, 235), (190, 230, 250), h * 0.5)
    _sun(c, w * rng.uniform(0.15, 0.3), h * 0.16, h * 0.08, (255, 210, 60), (255, 238, 160))
    _cloud(c, w * rng.uniform(0.6, 0.8), h * 0.22, h * 0.06)
    _sea(c, rng, h * 0.5, (60, 175, 210), (20, 105, 170), (190, 235, 245))
    c.region(_wave(w, h * 0.72, h * 0.03, 0.8, rng.uniform(0, 6.3)), [h] * w, _jitter(rng, (240, 215, 150)))
    ux, uy, r = w * rng.uniform(0.55, 0.7), h * 0.66, h * 0.2
    c.line(ux, uy, ux + r * 0.15, h * 0.95, max(2.0, r * 0.06), (90, 70, 60))
    stripes = (_jitter(rng, (225, 50, 60)), WHITE)
    for i in range(6):
        arc = [math.pi + math.pi * (i + k / 4) / 6 for k in range(5)]
        c.shape(ux, uy, r, [(0, 0), *((math.cos(a), 0.6 * math.sin(a)) for a in arc)], stripes[i % 2])
    bx, by, br = w * rng.uniform(0.2, 0.35), h * 0.86, h * 0.06
    c.circle(bx, by, br, (40, 110, 210))
    c.ellipse(bx, by, br * 0.35, br, (250, 205, 50))
    c.ellipse(bx, by, br, br * 0.25, WHITE)


def _birthday_cake(c: _Canvas, rng: random.Random, w: int, h: int) -> None:
    _sky(c, rng, (255, 220, 225), (250, 240, 215))
    flags = [(230, 70, 90), (60, 150, 220), (250, 190, 40), (90, 180, 90)]
    for i in range(9):
        fx = w * (i + 0.5) / 9
        c.polygon([(fx - w * 0.045, h * 0.04), (fx + w * 0.045, h * 0.04), (fx, h * 0.15)], flags[i % 4])
    c.rect(0, h * 0.035, w, h * 0.045, (120, 90, 70))
    c.rect(0, h * 0.8, w, h, _jitter(rng, (170, 115, 70)))
    c.rect(0, h * 0.8, w, h * 0.83, (200, 150, 100))
    cx, sponge, icing = w * 0.5, _jitter(rng, (235, 150, 170)), (255, 250, 245)
    c.ellipse(cx, h * 0.8, w * 0.34, h * 0.05, (235, 235, 240))
    for y0, y1, rx in ((h * 0.55, h * 0.78, w * 0.23), (h * 0.38, h * 0.55, w * 0.16)):
        ry = h * 0.035
        c.rect(cx - rx, y0, cx + rx, y1, sponge)
        c.ellipse(cx, y1, rx, ry, sponge)
        c.ellipse(cx, y0, rx, ry, icing)
        for k in range(7):
            c.circle(cx - rx * 0.85 + rx * 1.7 * k / 6, y0 + ry * 0.9, h * 0.025, icing)
        for _ in range(8):
            sx, sy = cx + rx * rng.uniform(-0.85, 0.85), rng.uniform(y0 + h * 0.07, y1 - h * 0.01)
            c.rect(sx, sy, sx + h * 0.02, sy + h * 0.01, rng.choice(flags))
    candles = rng.randint(3, 5)
    for k in range(candles):
        kx = cx + w * 0.12 * (2 * k / (candles - 1) - 1)
        c.rect(kx - w * 0.012, h * 0.26, kx + w * 0.012, h * 0.39, flags[(k + 1) % 4])
        c.ellipse(kx, h * 0.225, w * 0.014, h * 0.035, (250, 150, 40))
        c.ellipse(kx, h * 0.235, w * 0.007, h * 0.018, (255, 235, 120))


def _sunset(c: _Canvas, rng: random.Random, w: int, h: int) -> None:
    horizon = h * 0.6
    _sky(c, rng, (80, 55, 130), (250, 150, 70), horizon)
    sx, r = w * rng.uniform(0.4, 0.6), h * 0.15
    _sun(c, sx, horizon, r, (255, 205, 80), (252, 175, 80))
    c.gradient(horizon, h, _jitter(rng, (150, 80, 110)), _jitter(rng, (45, 35, 80)))
    for k in range(9):
        y = horizon + (h - horizon) * (k + 0.7) / 10
        half = r * (1.1 - k * 0.09) * rng.uniform(0.8, 1.1)
        c.rect(sx - half, y, sx + half, y + max(1.5, h * 0.012), (255, 200, 110))
    silhouette = (60, 35, 70)
    headland = [horizon - h * 0.12 * max(0.0, 1 - x / (w * 0.3)) ** 0.6 for x in range(w)]
    c.region(headland, [horizon + 1] * w, silhouette)
    for bx, by in ((0.68, 0.22), (0.75, 0.3), (0.62, 0.32)):
        x, y, s = w * (bx + rng.uniform(-0.02, 0.02)), h * by, h * 0.03
        c.line(x - s, y - s * 0.5, x, y, s * 0.1, silhouette)
        c.line(x, y, x + s, y - s * 0.5, s * 0.1, silhouette)


def _mountains(c: _Canvas, rng: random.Random, w: int, h: int) -> None:
    _sky(c, rng, (95, 160, 225), (210, 235, 250))
    _cloud(c, w * rng.uniform(0.65, 0.85), h * 0.15, h * 0.05)
    for fx, fy, fh in ((0.22, 0.22, 0.3), (0.55, 0.12, 0.34), (0.86, 0.28, 0.28)):
        px, py, half = w * (fx + rng.uniform(-0.02, 0.02)), h * fy, w * fh
        c.polygon([(px, py), (px + half, h), (px - half, h)], (125, 135, 165))
        # The right flank in shadow is what makes a flat triangle read as a mountain.
        c.polygon([(px, py), (px + half, h), (px, h)], (95, 100, 135))
        side = [py + (h - py) * abs(x - px) / half for x in range(w)]
        c.region(side, [py + (h - py) * 0.2 * (1 + 0.2 * math.sin(x * 144 / w)) for x in range(w)], WHITE)
    _hill(c, h * 0.66, h * 0.04, 1.5, rng.uniform(0, 6.3), _jitter(rng, (95, 170, 85)))
    c.ellipse(w * 0.5, h * 0.86, w * 0.3, h * 0.07, _jitter(rng, (80, 165, 220)))
    for k in range(6):
        tx, base, s = w * (0.06 + k * 0.18 + rng.uniform(-0.015, 0.015)), h * rng.uniform(0.8, 0.95), h * 0.1
        if abs(tx - w * 0.5) < w * 0.28:
            continue
        c.rect(tx - s * 0.08, base - s * 0.3, tx + s * 0.08, base, (100, 70, 45))
        for j in range(3):
            tier = ((j * 0.1 - 0.5, -0.3), (0, -1.1), (0.5 - j * 0.1, -0.3))
            c.shape(tx, base - s * j * 0.45, s, tier, (35, 110, 60))


def _flowers(c: _Canvas, rng: random.Random, w: int, h: int) -> None:
    _sky(c, rng, (150, 200, 240), (215, 238, 250), h * 0.5)
    c.gradient(h * 0.5, h, _jitter(rng, (140, 200, 100)), _jitter(rng, (70, 150, 60)))
    colours = [(235, 70, 95), (250, 185, 40), (160, 90, 210), (245, 130, 170), (250, 250, 250)]
    rng.shuffle(colours)
    for i, petal in enumerate(colours):
        x, y = w * (0.12 + i * 0.19 + rng.uniform(-0.02, 0.02)), h * rng.uniform(0.3, 0.55)
        middle = (140, 90, 40) if petal[1] > 180 and petal[2] < 100 else YELLOW
        _flower(c, x, y, h * rng.uniform(0.09, 0.12), petal, middle, h)
    bx, by, s = w * rng.uniform(0.3, 0.7), h * 0.14, h * 0.05
    wing = _jitter(rng, (250, 150, 40))
    for dx, dy, rx, ry in ((0.7, -0.3, 0.7, 0.55), (0.5, 0.45, 0.45, 0.38)):
        c.ellipse(bx - s * dx, by + s * dy, s * rx, s * ry, wing)
        c.ellipse(bx + s * dx, by + s * dy, s * rx, s * ry, wing)
    c.ellipse(bx, by, s * 0.14, s * 0.9, (60, 45, 40))


def _boat_scene(c: _Canvas, rng: random.Random, w: int, h: int) -> None:
    horizon = h * 0.55
    _sky(c, rng, (85, 160, 230), (200, 230, 250), horizon)
    _sun(c, w * rng.uniform(0.75, 0.88), h * 0.15, h * 0.07, (255, 210, 60), (255, 238, 160))
    _cloud(c, w * rng.uniform(0.15, 0.35), h * 0.18, h * 0.06)
    ix = w * rng.uniform(0.15, 0.3)
    island = [horizon - h * 0.1 * max(0.0, 1 - ((x - ix) / (w * 0.2)) ** 2) for x in range(w)]
    c.region(island, [horizon + 1] * w, (90, 150, 100))
    _sea(c, rng, horizon, (60, 160, 215), (20, 80, 150), (170, 220, 245))
    _boat(c, w * rng.uniform(0.5, 0.65), h * 0.78, h * 0.42, _jitter(rng, (200, 60, 50)), (252, 250, 240))
    _boat(c, w * 0.88, horizon + h * 0.04, h * 0.12, (90, 70, 60), WHITE)


def _house_scene(c: _Canvas, rng: random.Random, w: int, h: int) -> None:
    _sky(c, rng, (90, 165, 230), (195, 230, 250))
    _sun(c, w * rng.uniform(0.08, 0.18), h * 0.15, h * 0.07, (255, 210, 60), (255, 238, 160))
    _cloud(c, w * rng.uniform(0.6, 0.8), h * 0.14, h * 0.055)
    _hill(c, h * 0.68, h * 0.02, 1.0, rng.uniform(0, 6.3), _jitter(rng, (110, 185, 85)))
    hx, ground = w * rng.uniform(0.4, 0.48), h * 0.74
    path = [(hx - w * 0.04, ground), (hx + w * 0.04, ground), (hx + w * 0.12, h), (hx - w * 0.12, h)]
    c.polygon(path, (215, 195, 160))
    _house(c, rng, hx, ground, min(w * 0.45, h * 0.6), (150, 205, 240))
    _tree(c, w * 0.85, h * 0.78, h * 0.25, _jitter(rng, (50, 135, 60)))
    for i in range(3):
        _flower(c, w * (0.06 + i * 0.07), h * 0.86, h * 0.035, (235, 80, 110), YELLOW, h)


_PAINTERS: dict[str, Callable[[_Canvas, random.Random, int, int], None]] = {
    "garden": _garden,
    "beach": _beach,
    "birthday_cake": _birthday_cake,
    "sunset": _sunset,
    "mountains": _mountains,
    "flowers": _flowers,
    "boat": _boat_scene,
    "house": _house_scene,
}

SCENES: tuple[str, ...] = tuple(_PAINTERS)


def make_scene(scene: str, seed: int = 0, width: int = 480, height: int = 360) -> bytes:
    """A PNG (bytes) of the named scene; the seed varies colours/positions a little.

    Raises ValueError for an unknown scene or a size outside 16..2000.
    """
    painter = _PAINTERS.get(scene)
    if painter is None:
        raise ValueError(f"unknown scene {scene!r}; choose one of: {', '.join(SCENES)}")
    if not (MIN_SIZE <= width <= MAX_SIZE and MIN_SIZE <= height <= MAX_SIZE):
        raise ValueError(f"picture size {width}x{height} is outside {MIN_SIZE}..{MAX_SIZE}")
    canvas = _Canvas(width, height)
    # A string seed is hashed the same way on every run, and keeps each scene's variations independent.
    painter(canvas, random.Random(f"{scene}:{seed}"), width, height)
    return write_png(width, height, [bytes(row) for row in canvas.rows])
