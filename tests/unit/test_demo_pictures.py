"""The demo pictures are real PNGs, vary with the seed, repeat for the same seed, and are not blank.

The PNG is taken apart here by hand rather than with an image library, so the test checks the bytes a
picture viewer would read (signature, chunk CRCs, header, the size of the decompressed image data).
"""

from __future__ import annotations

import ast
import struct
import zlib
from collections import Counter
from pathlib import Path

import pytest

from carelink.demo import pictures
from carelink.demo.pictures import SCENES, make_scene, write_png

pytestmark = pytest.mark.noqt

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Check a colour-type-2, 8-bit PNG chunk by chunk and return its width, height and RGB rows."""
    assert data[:8] == PNG_SIGNATURE
    pos, kinds, idat, header = 8, [], b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert len(body) == length, f"{kind!r} chunk is cut short"
        assert crc == zlib.crc32(kind + body), f"bad CRC on {kind!r}"
        kinds.append(kind)
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert pos == len(data), "trailing bytes after the last chunk"
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"IDAT" in kinds
    width, height, depth, colour_type, compression, filtering, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, colour_type, compression, filtering, interlace) == (8, 2, 0, 0, 0)
    raw = zlib.decompress(idat)
    stride = 1 + width * 3
    assert len(raw) == height * stride
    assert all(raw[y * stride] == 0 for y in range(height)), "every row should use filter type 0"
    return width, height, [raw[y * stride + 1 : (y + 1) * stride] for y in range(height)]


def pixel_counts(rows: list[bytes]) -> Counter[bytes]:
    return Counter(row[i : i + 3] for row in rows for i in range(0, len(row), 3))


def test_there_are_at_least_eight_distinct_scenes() -> None:
    assert len(SCENES) >= 8
    assert len(set(SCENES)) == len(SCENES)


@pytest.mark.parametrize("scene", SCENES)
def test_each_scene_is_a_valid_png_of_the_default_size(scene: str) -> None:
    width, height, rows = decode_png(make_scene(scene))
    assert (width, height) == (480, 360)
    assert len(rows) == 360


@pytest.mark.parametrize("scene", SCENES)
def test_each_scene_is_a_picture_not_a_flat_colour(scene: str) -> None:
    _, _, rows = decode_png(make_scene(scene, seed=3))
    counts = pixel_counts(rows)
    assert len(counts) > 30
    # No single colour should swamp the picture: every scene has a sky or wall plus bold shapes on it.
    assert counts.most_common(1)[0][1] < 0.6 * 480 * 360


@pytest.mark.parametrize("scene", SCENES)
def test_different_seeds_give_different_pictures(scene: str) -> None:
    assert make_scene(scene, seed=0) != make_scene(scene, seed=1)
    assert make_scene(scene, seed=1) != make_scene(scene, seed=2)


@pytest.mark.parametrize("scene", SCENES)
def test_the_same_seed_gives_the_same_bytes(scene: str) -> None:
    assert make_scene(scene, seed=7) == make_scene(scene, seed=7)


@pytest.mark.parametrize(("width", "height"), [(16, 16), (16, 300), (300, 16), (33, 47), (641, 203)])
def test_scenes_draw_at_unusual_sizes(width: int, height: int) -> None:
    for scene in SCENES:
        assert decode_png(make_scene(scene, seed=1, width=width, height=height))[:2] == (width, height)


def test_an_unknown_scene_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown scene"):
        make_scene("volcano")


BAD_SIZES = [(15, 100), (100, 15), (2001, 100), (100, 2001), (0, 0), (-4, 50)]


@pytest.mark.parametrize(("width", "height"), BAD_SIZES)
def test_a_size_outside_the_limits_is_refused(width: int, height: int) -> None:
    with pytest.raises(ValueError, match=r"outside 16\.\.2000"):
        make_scene(SCENES[0], width=width, height=height)


def test_write_png_round_trips_exact_pixels() -> None:
    rows = [bytes([255, 0, 0, 0, 255, 0, 0, 0, 255]), bytes([1, 2, 3, 4, 5, 6, 7, 8, 9])]
    assert decode_png(write_png(3, 2, rows)) == (3, 2, rows)


@pytest.mark.parametrize(
    ("width", "height", "rows"),
    [(2, 1, [b"\x00" * 5]), (1, 2, [b"\x00" * 3]), (0, 1, [b""])],
)
def test_write_png_refuses_rows_not_matching_the_size(width: int, height: int, rows: list[bytes]) -> None:
    with pytest.raises(ValueError):
        write_png(width, height, rows)


def test_pictures_module_uses_only_the_standard_library() -> None:
    tree = ast.parse(Path(pictures.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"__future__", "collections.abc", "math", "random", "struct", "zlib"}
