"""Display copies: every kind of photo a phone or scanner sends comes out upright, at most 1600 px, in a format
Qt reads; a small upright one is kept as it came; a 100-megapixel JPEG is decoded scaled down (its peak memory is
measured in a process of its own); a decompression bomb and broken or foreign bytes are refused, never raised."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from carelink.channels.email.images import inspect_image
from carelink.channels.email.pictures import (
    DISPLAY_LONGEST,
    MAX_WHOLE_PIXELS,
    PictureRefused,
    display_copy,
)
from tests.helpers.photos import KINDS, photo, upright_marker

pytestmark = pytest.mark.noqt
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_becomes_an_upright_jpeg_of_at_most_1600_px(kind: str) -> None:
    data = photo(kind)  # 4032 x 3024, stored sideways (orientation 6) except the GIF, which has no EXIF
    info = inspect_image(data)
    assert info is not None and (info.width * info.height) == 4032 * 3024, "recognised from its header"
    copy = display_copy(data)
    assert copy.kind == "jpeg"
    stored = Image.open(io.BytesIO(copy.data))
    assert (stored.format, stored.size) == ("JPEG", (copy.width, copy.height))
    if kind == "gif":
        assert (copy.width, copy.height) == (DISPLAY_LONGEST, 1200)
        assert upright_marker(copy.data) == "top left"
    else:
        assert (copy.width, copy.height) == (1200, DISPLAY_LONGEST), "turned upright: taller than wide"
        assert upright_marker(copy.data) == "top right", "turned the right way, not just resized"
        assert stored.getexif().get(0x0112, 1) == 1, "no orientation left to apply twice"
    assert len(copy.data) < len(data) or kind in ("heic", "avif", "webp"), "smaller than what came"


def test_a_scanned_tiff_of_several_pages_shows_its_first_page() -> None:
    copy = display_copy(photo("tiff", 2480, 3508, orientation=1, pages=3))
    assert (copy.width, copy.height) == (1131, 1600)
    assert upright_marker(copy.data) == "top left", "the first page (blue and red), not a later green one"


@pytest.mark.parametrize("kind", ["png", "gif", "webp"])
def test_a_small_upright_photo_qt_reads_is_kept_as_it_came(kind: str) -> None:
    data = photo(kind, 800, 600, orientation=1)
    copy = display_copy(data)
    assert (copy.kind, copy.data, copy.width, copy.height) == (kind, data, 800, 600)


def test_a_small_upright_jpeg_is_kept_as_it_came_without_its_exif() -> None:
    data = photo("jpeg", 800, 600, orientation=1)
    copy = display_copy(data)
    assert (copy.kind, copy.width, copy.height) == ("jpeg", 800, 600)
    assert len(data) - 200 < len(copy.data) < len(data), "only the EXIF segment left out"
    with Image.open(io.BytesIO(data)) as came, Image.open(io.BytesIO(copy.data)) as kept:
        assert came.getexif() and not kept.getexif()
        assert came.tobytes() == kept.tobytes(), "the picture itself untouched, not made anew"


def test_a_small_sideways_photo_is_still_turned_upright() -> None:
    copy = display_copy(photo("jpeg", 800, 600, orientation=6))
    assert (copy.kind, copy.width, copy.height) == ("jpeg", 600, 800)
    assert upright_marker(copy.data) == "top right"


def test_a_small_heic_is_converted_since_qt_cannot_read_it() -> None:
    copy = display_copy(photo("heic", 640, 480, orientation=1))
    assert (copy.kind, copy.width, copy.height) == ("jpeg", 640, 480)


def test_a_picture_with_transparency_keeps_it_as_a_png() -> None:
    sticker = Image.new("RGBA", (3000, 3000), (255, 0, 0, 0))
    sticker.paste((255, 200, 0, 255), (1000, 1000, 2000, 2000))
    out = io.BytesIO()
    sticker.save(out, "PNG")
    copy = display_copy(out.getvalue())
    assert (copy.kind, copy.width, copy.height) == ("png", 1600, 1600)
    stored = Image.open(io.BytesIO(copy.data))
    assert stored.mode == "RGBA" and stored.getpixel((10, 10))[3] == 0  # type: ignore[index]


def test_a_16_bit_grey_scan_is_brought_to_8_bits_without_clipping_to_white() -> None:
    scan = Image.new("I;16", (2000, 2000), 0x8000)  # mid grey in 16 bits
    out = io.BytesIO()
    scan.save(out, "TIFF")
    copy = display_copy(out.getvalue())
    grey = Image.open(io.BytesIO(copy.data)).convert("L").getpixel((100, 100))
    assert isinstance(grey, int) and 120 <= grey <= 136


def png_claiming(width: int, height: int) -> bytes:
    body = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    head = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + body + struct.pack(">I", zlib.crc32(b"IHDR" + body))
    idat = zlib.compress(b"\x00" * 65536)
    return head + struct.pack(">I", len(idat)) + b"IDAT" + idat + struct.pack(">I", zlib.crc32(b"IDAT" + idat))


def jpeg_claiming(width: int, height: int) -> bytes:
    """A real JPEG's bytes with its frame header's size rewritten (nothing past the header is read)."""
    data = bytearray(photo("jpeg", 64, 48, orientation=1))
    at = data.index(b"\xff\xc0")
    data[at + 5 : at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


@pytest.mark.parametrize(
    "data",
    [
        png_claiming(60000, 60000),  # a decompression bomb: 3.6 billion pixels
        jpeg_claiming(16400, 12300),  # a JPEG just over 200 megapixels
        png_claiming(10001, 10000),  # a PNG (decoded whole) over MAX_WHOLE_PIXELS
    ],
)
def test_too_big_is_refused_before_any_pixel_is_decoded(data: bytes) -> None:
    with pytest.raises(PictureRefused, match="too big"):
        display_copy(data)


def test_whole_decoding_is_limited_to_at_least_100_megapixels() -> None:
    assert MAX_WHOLE_PIXELS >= 100_000_000


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"This photo is really a text file.\n" * 10,
        photo("jpeg", 640, 480)[:2000],  # cut short
        photo("heic", 64, 64)[:300],
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n",  # Pillow knows EPS (through Ghostscript): never
        b"BM" + b"\x00" * 200,
        png_claiming(1000, 1000),  # its pixel data is too short for its size
    ],
)
def test_broken_or_foreign_bytes_are_refused_and_nothing_else_is_raised(data: bytes) -> None:
    with pytest.raises(PictureRefused):
        display_copy(data)


CHILD = r"""
import io, json, sys
from PIL import Image
width, height = int(sys.argv[1]), int(sys.argv[2])
out = io.BytesIO()
Image.new("RGB", (width, height), (90, 140, 200)).save(out, "JPEG", quality=50)
data = out.getvalue()
del out
open("/proc/self/clear_refs", "w").write("5")  # the peak from here on: the test picture's making is not counted
from carelink.channels.email.pictures import display_copy
copy = display_copy(data)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({"size": [copy.width, copy.height], "bytes": len(data), "peak_mb": peak / 1024}))
"""


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="peak memory is read from Linux's /proc")
def test_a_100_megapixel_jpeg_is_shown_and_decoded_scaled_down_in_bounded_memory() -> None:
    """Decoded whole, 10000 x 10000 pixels would take 400 MB; decoded at an eighth of its size, a few MB."""
    run = subprocess.run([sys.executable, "-c", CHILD, "10000", "10000"], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.splitlines()[-1])
    print(f"\n100-megapixel JPEG ({result['bytes']:,} bytes): display copy {result['size']}, "
          f"peak {result['peak_mb']:.0f} MB")
    assert result["size"] == [1600, 1600]
    assert result["peak_mb"] < 150, "decoded at a fraction of its size, never whole (400 MB)"
