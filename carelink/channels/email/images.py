"""What kind of picture a mail attachment is, and how big, read from its header alone.

Photos from email are shown large to the older adult, so a hostile or broken file must be refused before
anything tries to decode it: a PNG that claims to be 60000x60000 would ask a decoder for 14 GB. Here only the
first bytes are read (the PNG IHDR chunk, the JPEG start-of-frame marker, the GIF logical screen, the WebP
VP8/VP8L/VP8X header, a TIFF's first directory, the image-size boxes of an iPhone's HEIC or an AVIF); nothing
is decompressed and no pixel buffer is ever made. The decoder (pictures.py) checks the sizes again.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

MAX_IMAGE_BYTES = 60 * 1024 * 1024  # a 200-megapixel phone photo is 30 to 50 MB
MAX_IMAGE_PIXELS = 200_000_000  # the largest phone cameras (16320x12240); beyond it, a decompression bomb

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Valid (colour type: allowed bit depths) pairs from the PNG specification.
_PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
# Start-of-frame markers: baseline, extended, progressive, lossless, arithmetic (not DHT C4, JPG C8, DAC CC).
_JPEG_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM and the restart markers carry no length
_JPEG_MAX_SEGMENTS = 1000
# ISO base media file brands (the ftyp box) of HEIF pictures (HEIC from an iPhone, HEIF from other phones) and AVIF.
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1",
                          b"msf1", b"mif2"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_ISPE_SEARCH_BYTES = 1024 * 1024  # the image-size boxes sit in the meta box, before the picture data
_TIFF_MAX_ENTRIES = 4096


@dataclass(frozen=True)
class ImageInfo:
    """A picture's format ("png", "jpeg", "gif", "webp", "tiff", "heif" or "avif") and its size in pixels, as its
    header states."""

    kind: str
    width: int
    height: int


def inspect_image(data: bytes) -> ImageInfo | None:
    """Reads only the header (PNG IHDR, JPEG SOFn markers, GIF logical screen, WebP VP8/VP8L/VP8X, the TIFF's first
    directory, the HEIF/AVIF ispe boxes): never decodes pixels. None when the bytes are not one of these formats,
    the header is broken, it is over MAX_IMAGE_BYTES, or width*height is over MAX_IMAGE_PIXELS or 0 (a PNG claiming
    60000x60000 gives None without allocating)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"inspect_image needs bytes, not {type(data).__name__}")
    if not data or len(data) > MAX_IMAGE_BYTES:
        return None
    data = bytes(data)
    size: tuple[str, int, int] | None
    if data.startswith(_PNG_SIGNATURE):
        size = _png(data)
    elif data.startswith(b"\xff\xd8\xff"):
        size = _jpeg(data)
    elif data[:6] in (b"GIF87a", b"GIF89a"):
        size = _gif(data)
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        size = _webp(data)
    elif data[:4] in (b"II*\x00", b"MM\x00*"):
        size = _tiff(data)
    elif data[4:8] == b"ftyp":
        size = _heif(data)
    else:
        size = None
    if size is None:
        return None
    kind, width, height = size
    if width <= 0 or height <= 0 or width * height > MAX_IMAGE_PIXELS:
        return None
    return ImageInfo(kind=kind, width=width, height=height)


def _png(data: bytes) -> tuple[str, int, int] | None:
    # Signature, then the IHDR chunk: length 13, "IHDR", width, height, depth, colour, compression, filter,
    # interlace, CRC over type and data.
    if len(data) < 33:
        return None
    length, kind = struct.unpack(">I4s", data[8:16])
    if length != 13 or kind != b"IHDR":
        return None
    body = data[16:29]
    (crc,) = struct.unpack(">I", data[29:33])
    if zlib.crc32(kind + body) != crc:
        return None
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", body)
    if depth not in _PNG_DEPTHS.get(colour, set()) or compression or filtering or interlace > 1:
        return None
    if width > 0x7FFFFFFF or height > 0x7FFFFFFF:
        return None
    return "png", width, height


def _jpeg(data: bytes) -> tuple[str, int, int] | None:
    pos = 2
    for _ in range(_JPEG_MAX_SEGMENTS):
        if pos >= len(data) or data[pos] != 0xFF:
            return None
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes may pad a marker
            pos += 1
        if pos >= len(data):
            return None
        marker = data[pos]
        pos += 1
        if marker in _JPEG_STANDALONE:
            continue
        if marker in (0x00, 0xD8, 0xD9, 0xDA):  # a stray byte, a second start, the end, or scan data before a frame
            return None
        if pos + 2 > len(data):
            return None
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2:
            return None
        if marker in _JPEG_SOF:
            if length < 8 or pos + 7 > len(data):
                return None
            height, width, components = struct.unpack(">HHB", data[pos + 3 : pos + 8])
            if components not in (1, 2, 3, 4):
                return None
            return "jpeg", width, height
        pos += length
    return None


def _gif(data: bytes) -> tuple[str, int, int] | None:
    if len(data) < 13:
        return None
    width, height = struct.unpack("<HH", data[6:10])
    return "gif", width, height


def _webp(data: bytes) -> tuple[str, int, int] | None:
    if len(data) < 30:
        return None
    chunk, length = struct.unpack("<4sI", data[12:20])
    body = data[20:30]
    if chunk == b"VP8 ":
        # Frame tag (3 bytes, bit 0 clear for a key frame), start code 9D 01 2A, then 14-bit width and height.
        if length < 10 or data[20] & 1 or body[3:6] != b"\x9d\x01\x2a":
            return None
        width, height = struct.unpack("<HH", body[6:10])
        return "webp", width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        # Signature 0x2F, then width-1 and height-1 in 14 bits each, then alpha and a 3-bit version of 0.
        if length < 5 or body[0] != 0x2F:
            return None
        (bits,) = struct.unpack("<I", body[1:5])
        if bits >> 29:
            return None
        return "webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        # Flags (4 bytes), then the canvas width-1 and height-1 in 24 bits each.
        if length < 10:
            return None
        width = int.from_bytes(body[4:7], "little") + 1
        height = int.from_bytes(body[7:10], "little") + 1
        return "webp", width, height
    return None


def _tiff(data: bytes) -> tuple[str, int, int] | None:
    """The first directory's ImageWidth (256) and ImageLength (257), each a SHORT or a LONG."""
    order = "<" if data[:2] == b"II" else ">"
    if len(data) < 8:
        return None
    (offset,) = struct.unpack(order + "I", data[4:8])
    if offset < 8 or offset + 2 > len(data):
        return None
    (count,) = struct.unpack(order + "H", data[offset : offset + 2])
    if count > _TIFF_MAX_ENTRIES:
        return None
    found: dict[int, int] = {}
    for index in range(count):
        start = offset + 2 + 12 * index
        if start + 12 > len(data):
            return None
        tag, kind, number = struct.unpack(order + "HHI", data[start : start + 8])
        if tag in (256, 257) and number == 1 and kind in (3, 4):
            value = data[start + 8 : start + 12]
            found[tag] = struct.unpack(order + ("H" if kind == 3 else "I"), value[: 2 if kind == 3 else 4])[0]
    if 256 not in found or 257 not in found:
        return None
    return "tiff", found[256], found[257]


def _heif(data: bytes) -> tuple[str, int, int] | None:
    """HEIF (HEIC) or AVIF by the brands of the ftyp box; the size is the largest ispe (image spatial extents)
    box: the whole picture, where a phone stores it as a grid of tiles with a smaller thumbnail."""
    (box,) = struct.unpack(">I", data[:4])
    if box < 16 or box > 4096 or box > len(data):
        return None
    brands = {data[8:12], *(data[i : i + 4] for i in range(16, box - 3, 4))}
    kind = "avif" if brands & _AVIF_BRANDS else "heif" if brands & _HEIF_BRANDS else None
    if kind is None:
        return None
    best: tuple[int, int] | None = None
    at = data.find(b"ispe", box, _ISPE_SEARCH_BYTES)
    while at >= 4 and at + 16 <= len(data):
        (length,) = struct.unpack(">I", data[at - 4 : at])
        if length == 20:  # size, "ispe", version and flags, width, height
            width, height = struct.unpack(">II", data[at + 8 : at + 16])
            if best is None or width * height > best[0] * best[1]:
                best = (width, height)
        at = data.find(b"ispe", at + 4, _ISPE_SEARCH_BYTES)
    return (kind, *best) if best else None
