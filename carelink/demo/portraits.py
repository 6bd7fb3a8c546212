"""Drawn portraits of the pretend family, made by us (no one's real photo, no licence to check): a few bold shapes
each, drawn with Pillow, so that "Tap Sarah's picture" in a lesson is true and every person is told apart by more
than a colour (hair, glasses, a child's face, a carer's badge).

The PNGs are kept in assets/portraits (committed); `python -m carelink.demo.portraits` draws them again, and
tests/unit/test_portraits.py checks that what is committed is what this module draws.
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from carelink.resources import assets_dir

SIZE = 320  # pixels square: the largest place a portrait is shown is 220 px (Call Sarah?)
_SCALE = 3  # drawn three times larger, then made smaller: smooth edges
Color = tuple[int, int, int]
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Look:
    """How one person is drawn."""

    background: Color
    skin: Color
    hair: Color
    clothes: Color
    hair_style: str  # "long" | "short" | "bunches" | "bald" | "bun"
    glasses: bool = False
    child: bool = False
    beard: bool = False
    badge: bool = False  # the carer's name badge


# By the first part of their email address (demo/household.py's FAMILY).
LOOKS: dict[str, Look] = {
    "sarah": Look((255, 226, 170), (241, 194, 160), (110, 62, 28), (0, 122, 122), "long"),
    "tom": Look((196, 222, 255), (224, 172, 128), (40, 30, 25), (30, 70, 160), "short", beard=True),
    "emma": Look((255, 205, 225), (250, 210, 180), (235, 190, 80), (200, 40, 110), "bunches", child=True),
    "david": Look((205, 235, 195), (232, 186, 150), (200, 200, 200), (40, 110, 50), "bald", glasses=True),
    "jane.carer": Look((230, 215, 250), (141, 85, 54), (25, 20, 20), (95, 60, 160), "bun", badge=True),
}
_INK: Color = (35, 30, 30)
_WHITE: Color = (255, 255, 255)


def _box(cx: float, cy: float, rx: float, ry: float) -> Box:
    s = _SCALE
    return ((cx - rx) * s, (cy - ry) * s, (cx + rx) * s, (cy + ry) * s)


def _darker(colour: Color, by: float = 0.75) -> Color:
    return (round(colour[0] * by), round(colour[1] * by), round(colour[2] * by))


def _body(draw: ImageDraw.ImageDraw, look: Look) -> None:
    """Shoulders and clothes; the carer's badge."""
    top = 250 if look.child else 240
    width = 118 if look.child else 135
    draw.ellipse(_box(160, top + 95, width, 110), fill=look.clothes)
    draw.rectangle(_box(160, 300, 40, 20), fill=look.clothes)
    draw.polygon([(140 * _SCALE, (top - 14) * _SCALE), (180 * _SCALE, (top - 14) * _SCALE),
                  (160 * _SCALE, (top + 14) * _SCALE)], fill=look.skin)  # the neck's opening
    if look.badge:
        draw.rounded_rectangle(_box(205, 282, 24, 12), radius=4 * _SCALE, fill=_WHITE,
                               outline=_INK, width=2 * _SCALE)
        draw.line([(188 * _SCALE, 282 * _SCALE), (222 * _SCALE, 282 * _SCALE)], fill=look.clothes,
                  width=3 * _SCALE)


def _hair_behind(draw: ImageDraw.ImageDraw, look: Look) -> None:
    if look.hair_style == "long":
        draw.rounded_rectangle(_box(160, 170, 78, 88), radius=60 * _SCALE, fill=look.hair)
    elif look.hair_style == "bunches":
        for side in (-1, 1):
            draw.ellipse(_box(160 + side * 80, 150, 26, 34), fill=look.hair)
            draw.ellipse(_box(160 + side * 58, 130, 9, 9), fill=(220, 50, 90))  # hair ties
    elif look.hair_style == "bun":
        draw.ellipse(_box(160, 52, 34, 30), fill=look.hair)


def _hair_on_top(draw: ImageDraw.ImageDraw, look: Look, cy: float, rx: float, ry: float) -> None:
    if look.hair_style == "bald":  # a little grey round the sides
        for side in (-1, 1):
            draw.ellipse(_box(160 + side * (rx - 6), cy - 5, 12, 30), fill=look.hair)
        return
    # a cap of hair over the top of the head, above the eyebrows
    draw.chord(_box(160, cy - 24, rx + 5, ry - 6), 180, 360, fill=look.hair)


def _face(draw: ImageDraw.ImageDraw, look: Look, cy: float, rx: float, ry: float) -> None:
    eye_y, eye_dx = cy + 6, rx * 0.38
    for side in (-1, 1):
        draw.ellipse(_box(160 + side * eye_dx, eye_y, 7 if look.child else 6, 8 if look.child else 7), fill=_INK)
        draw.ellipse(_box(160 + side * eye_dx + 2, eye_y - 3, 2, 2), fill=_WHITE)
        brow = eye_y - 20
        draw.line([((160 + side * eye_dx - 11) * _SCALE, brow * _SCALE),
                   ((160 + side * eye_dx + 11) * _SCALE, (brow - 3) * _SCALE)], fill=_darker(look.hair, 0.6),
                  width=4 * _SCALE)
        draw.ellipse(_box(160 + side * (eye_dx + 10), eye_y + 26, 11, 7), fill=(240, 140, 140))  # cheeks
        if look.glasses:
            draw.ellipse(_box(160 + side * eye_dx, eye_y, 19, 16), outline=_INK, width=4 * _SCALE)
    if look.glasses:
        draw.line([((160 - eye_dx + 19) * _SCALE, eye_y * _SCALE), ((160 + eye_dx - 19) * _SCALE, eye_y * _SCALE)],
                  fill=_INK, width=4 * _SCALE)
    if look.beard:
        draw.chord(_box(160, cy + 26, rx - 6, ry - 26), 0, 180, fill=look.hair)
    draw.arc(_box(160, cy + 30, 24, 16), 20, 160, fill=(150, 40, 40) if not look.beard else _WHITE,
             width=5 * _SCALE)  # a smile
    draw.line([(160 * _SCALE, (cy + 12) * _SCALE), (156 * _SCALE, (cy + 24) * _SCALE)],
              fill=_darker(look.skin), width=3 * _SCALE)  # the nose


def draw_portrait(key: str) -> Image.Image:
    """The portrait of the pretend family member whose address starts with `key` ("sarah"), SIZE px square."""
    look = LOOKS[key]
    big = SIZE * _SCALE
    image = Image.new("RGB", (big, big), look.background)
    draw = ImageDraw.Draw(image)
    cy, rx, ry = (150, 62, 70) if look.child else (140, 66, 80)
    head = _box(160, cy, rx, ry)
    _hair_behind(draw, look)
    _body(draw, look)
    for side in (-1, 1):  # ears
        draw.ellipse(_box(160 + side * rx, cy + 8, 12, 18), fill=_darker(look.skin, 0.92))
    draw.ellipse(head, fill=look.skin)
    _hair_on_top(draw, look, cy, rx, ry)
    _face(draw, look, cy, rx, ry)
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def portrait_png(key: str) -> bytes:
    out = io.BytesIO()
    draw_portrait(key).save(out, "PNG", optimize=True)
    return out.getvalue()


def portraits_dir() -> Path:
    return assets_dir() / "portraits"


def portrait_for(email: str) -> Path | None:
    """The committed portrait for a pretend family member's address, if there is one."""
    path = portraits_dir() / f"{email.partition('@')[0].lower()}.png"
    return path if path.is_file() else None


def write_portraits(folder: Path) -> list[Path]:
    """Draw every portrait into `folder` as KEY.png."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for key in LOOKS:
        path = folder / f"{key}.png"
        path.write_bytes(portrait_png(key))
        written.append(path)
    return written


if __name__ == "__main__":  # python -m carelink.demo.portraits [FOLDER]
    for made in write_portraits(Path(sys.argv[1]) if len(sys.argv) > 1 else portraits_dir()):
        print(made)
