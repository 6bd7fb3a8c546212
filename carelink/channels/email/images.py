"""What kind of picture a mail attachment is, and how big, read from its header alone.

Photos from email are shown large to the older adult, so a hostile or broken file must be refused before
anything tries to decode it: a PNG that claims to be 60000x60000 would ask a decoder for 14 GB. Here only the
first bytes are read (the PNG IHDR chunk, the JPEG start-of-frame marker, the GIF logical screen, the WebP
VP8/VP8L/VP8X header); nothing is decompressed and no pixel buffer is ever made.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

MAX_IMAGE_BYTES = 15 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Valid (colour type: allowed bit depths) pairs from the PNG specification.
_PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
# Start-of-frame markers: baseline, extended, progressive, lossless, arithmetic (not DHT C4, JPG C8, DAC CC).
_JPEG_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM and the restart markers carry no length
_JPEG_MAX_SEGMENTS = 1000


@dataclass(frozen=True)
class ImageInfo:
    """A picture's format ("png", "jpeg", "gif" or "webp") and its size in pixels, as its header states."""

    kind: str
    width: int
    height: int


def inspect_image(data: bytes) -> ImageInfo | None:
    """Reads only the header (PNG IHDR, JPEG SOFn markers, GIF logical screen, WebP VP8/VP8L/VP8X): never decodes
    pixels. None when the bytes are not one of these formats, the header is broken, it is over MAX_IMAGE_BYTES, or
    width*height is over MAX_IMAGE_PIXELS or 0 (a PNG claiming 60000x60000 gives None without allocating)."""
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
