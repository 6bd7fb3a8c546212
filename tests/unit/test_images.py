"""Pictures are recognised from their headers alone, and hostile or broken ones are refused without decoding.

The JPEG, GIF and WebP samples are built here byte by byte (only their headers matter); the PNGs are the demo
pictures, which are complete, valid files.
"""

from __future__ import annotations

import random
import struct
import tracemalloc
import zlib

import pytest

from carelink.channels.email.images import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, ImageInfo, inspect_image
from carelink.demo.pictures import make_scene

pytestmark = pytest.mark.noqt


def png_header(width: int, height: int, depth: int = 8, colour: int = 2, crc_ok: bool = True) -> bytes:
    body = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    crc = zlib.crc32(b"IHDR" + body) ^ (0 if crc_ok else 1)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + body + struct.pack(">I", crc)


def segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg(width: int, height: int, sof: int = 0xC0, before: bytes = b"", components: int = 3) -> bytes:
    app0 = segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    dqt = segment(0xDB, b"\x00" + bytes(range(64)))
    frame = segment(sof, struct.pack(">BHHB", 8, height, width, components) + b"\x01\x22\x00" * components)
    return b"\xff\xd8" + app0 + before + dqt + frame + segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x00" * 32


def gif(width: int, height: int, version: bytes = b"GIF89a") -> bytes:
    return version + struct.pack("<HHBBB", width, height, 0xF7, 0, 0) + b"\x00" * 32


def riff(chunk: bytes, payload: bytes) -> bytes:
    body = b"WEBP" + chunk + struct.pack("<I", len(payload)) + payload
    return b"RIFF" + struct.pack("<I", len(body)) + body


def webp_lossy(width: int, height: int) -> bytes:
    return riff(b"VP8 ", b"\x30\x01\x00\x9d\x01\x2a" + struct.pack("<HH", width, height) + b"\x00" * 20)


def webp_lossless(width: int, height: int, version: int = 0) -> bytes:
    bits = (width - 1) | ((height - 1) << 14) | (version << 29)
    return riff(b"VP8L", b"\x2f" + struct.pack("<I", bits) + b"\x00" * 20)


def webp_extended(width: int, height: int) -> bytes:
    payload = b"\x10\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return riff(b"VP8X", payload) + b"\x00" * 16


def tiff(width: int, height: int, big_endian: bool = False, long: bool = False) -> bytes:
    order = ">" if big_endian else "<"
    kind, pack = (4, "I") if long else (3, "H")
    entries = [struct.pack(order + "HHI", tag, kind, 1) + struct.pack(order + pack, value).ljust(4, b"\x00")
               for tag, value in ((256, width), (257, height), (258, 8))]
    head = (b"MM\x00*" if big_endian else b"II*\x00") + struct.pack(order + "I", 8)
    return head + struct.pack(order + "H", len(entries)) + b"".join(entries) + b"\x00" * 4


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload) + 8) + kind + payload


def heif(brand: bytes, *sizes: tuple[int, int]) -> bytes:
    """The start of an ISO base media file: ftyp with its brands, then meta > iprp > ipco with one ispe box per
    size (a phone's HEIC has one for each tile, one for the whole picture and one for the thumbnail)."""
    ftyp = box(b"ftyp", brand + b"\x00\x00\x00\x00" + brand)
    ispes = b"".join(box(b"ispe", b"\x00" * 4 + struct.pack(">II", w, h)) for w, h in sizes)
    return ftyp + box(b"meta", b"\x00" * 4 + box(b"iprp", box(b"ipco", ispes))) + box(b"mdat", b"\x00" * 64)


def test_a_demo_photo_is_a_png_of_its_own_size() -> None:
    assert inspect_image(make_scene("beach", seed=3, width=480, height=360)) == ImageInfo("png", 480, 360)
    assert inspect_image(make_scene("garden", width=17, height=640)) == ImageInfo("png", 17, 640)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (jpeg(640, 480), ImageInfo("jpeg", 640, 480)),
        (jpeg(3000, 2000, sof=0xC2), ImageInfo("jpeg", 3000, 2000)),  # progressive
        (jpeg(100, 50, sof=0xC1, components=1), ImageInfo("jpeg", 100, 50)),
        (gif(320, 200), ImageInfo("gif", 320, 200)),
        (gif(1, 1, b"GIF87a"), ImageInfo("gif", 1, 1)),
        (webp_lossy(800, 600), ImageInfo("webp", 800, 600)),
        (webp_lossless(1024, 768), ImageInfo("webp", 1024, 768)),
        (webp_extended(4000, 3000), ImageInfo("webp", 4000, 3000)),
        (png_header(20000, 10000), ImageInfo("png", 20000, 10000)),  # exactly MAX_IMAGE_PIXELS is allowed
        (tiff(2480, 3508), ImageInfo("tiff", 2480, 3508)),  # an A4 page scanned at 300 dpi
        (tiff(2480, 3508, big_endian=True, long=True), ImageInfo("tiff", 2480, 3508)),
        (heif(b"heic", (512, 512), (4032, 3024), (320, 240)), ImageInfo("heif", 4032, 3024)),  # tiles, whole, thumb
        (heif(b"mif1", (8064, 6048)), ImageInfo("heif", 8064, 6048)),
        (heif(b"avif", (1920, 1080)), ImageInfo("avif", 1920, 1080)),
    ],
)
def test_each_format_gives_its_kind_and_size(data: bytes, expected: ImageInfo) -> None:
    assert inspect_image(data) == expected


def test_a_jpeg_with_large_metadata_before_its_frame_is_still_read() -> None:
    exif = segment(0xE1, b"Exif\x00\x00" + b"\x00" * 65000) * 3  # several near-maximum APP segments
    fill = b"\xff\xff"  # fill bytes before a marker are allowed
    data = jpeg(1200, 900, before=exif + fill)
    assert len(data) > 190_000
    assert inspect_image(data) == ImageInfo("jpeg", 1200, 900)


def test_a_png_claiming_60000_by_60000_is_refused_from_its_header_alone() -> None:
    """Refused before any room is made for its pixels (3.6 billion of them): the work is bounded by memory
    used, not by a time a busy machine could stretch."""
    bomb = png_header(60000, 60000) + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    tracemalloc.start()
    try:
        assert inspect_image(bomb) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024, f"{peak} bytes used to look at a {len(bomb)}-byte header"


@pytest.mark.parametrize(
    "data",
    [
        png_header(20001, 10000),  # one column over MAX_IMAGE_PIXELS
        tiff(20001, 10000),
        tiff(100, 100)[:20],  # cut inside its directory
        b"II*\x00\x08\x00\x00\x00\x00\x00",  # a directory with no entries
        heif(b"heic", (20001, 10000)),
        heif(b"heic"),  # no size box at all
        heif(b"mp42", (640, 480)),  # a video, not a picture
        png_header(0, 100),
        png_header(100, 0),
        png_header(2**31, 1),
        png_header(100, 100, crc_ok=False),
        png_header(100, 100, depth=3),  # not a depth the colour type allows
        png_header(100, 100, colour=5),
        png_header(100, 100)[:30],  # cut inside the header
        b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIDAT" + b"\x00" * 20,  # first chunk not IHDR
        jpeg(0, 480),
        jpeg(40000, 40000),
        jpeg(100, 100, components=9),
        jpeg(100, 100)[:40],  # cut before the frame header
        b"\xff\xd8" + segment(0xDA, b"\x00" * 8) + b"\x00" * 64,  # scan data before any frame
        b"\xff\xd8\xff\xd9",  # start then end
        b"\xff\xd8\xff\xe0\x00\x01" + b"\x00" * 10,  # a segment length below 2
        b"\xff\xd8" + b"\xff" * 1000,  # nothing but fill bytes
        gif(0, 10),
        gif(60000, 60000),
        b"GIF89a\x10",
        webp_lossy(0, 10),
        webp_lossy(100, 100)[:24],
        riff(b"VP8 ", b"\x30\x01\x00\x00\x00\x00" + b"\x00" * 24),  # no start code
        webp_lossless(100, 100, version=1),
        riff(b"VP8L", b"\x00" + b"\x00" * 24),  # wrong signature
        webp_extended(16_000_000, 16_000_000),
        riff(b"ALPH", b"\x00" * 24),
        b"RIFF\x00\x00\x00\x00WAVEfmt " + b"\x00" * 30,
        b"This photo is really a text file.\n" * 10,
        b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        b"BM" + b"\x00" * 60,  # BMP is not accepted
        b"",
    ],
)
def test_broken_oversized_and_unknown_images_are_refused(data: bytes) -> None:
    assert inspect_image(data) is None


def test_a_file_over_the_size_limit_is_refused_before_its_header_is_read() -> None:
    good = png_header(100, 100)
    assert inspect_image(good + b"\x00" * (MAX_IMAGE_BYTES - len(good))) == ImageInfo("png", 100, 100)
    assert inspect_image(good + b"\x00" * (MAX_IMAGE_BYTES - len(good) + 1)) is None


def test_limits_are_as_documented() -> None:
    assert MAX_IMAGE_BYTES == 60 * 1024 * 1024
    assert MAX_IMAGE_PIXELS == 200_000_000


def test_bytearray_and_memoryview_are_read_like_bytes_and_other_types_are_refused() -> None:
    data = png_header(10, 20)
    assert inspect_image(bytearray(data)) == ImageInfo("png", 10, 20)  # type: ignore[arg-type]
    assert inspect_image(memoryview(data)) == ImageInfo("png", 10, 20)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        inspect_image("not bytes")  # type: ignore[arg-type]


def test_random_corruption_of_real_headers_never_raises() -> None:
    rng = random.Random(20261121)
    seeds = [make_scene("boat", width=32, height=24), jpeg(64, 48), gif(5, 5), webp_lossy(9, 9),
             webp_lossless(9, 9), webp_extended(9, 9), tiff(9, 9), heif(b"heic", (9, 9))]
    for _ in range(2000):
        data = bytearray(rng.choice(seeds)[: rng.randint(0, 80)])
        for _ in range(rng.randint(0, 4)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        info = inspect_image(bytes(data))
        assert info is None or (info.kind in {"png", "jpeg", "gif", "webp", "tiff", "heif", "avif"}
                                and 0 < info.width * info.height <= MAX_IMAGE_PIXELS)
