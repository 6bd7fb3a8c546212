"""What a photo says about where it was taken, and a JPEG without it.

A phone writes the place a photo was taken (GPS), the time and often its own serial number into the photo: EXIF
and XMP (in JPEG's APP1 segments, PNG's eXIf and iTXt chunks, WebP's EXIF and XMP chunks), IPTC (APP13) and
comments. The display copy CareLink keeps and shows carries none of it: a photo made anew by Pillow is saved with
no metadata, and a small JPEG kept as it came (see pictures.py) loses these segments here, its picture untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

_GPS_IFD = 0x8825
_APP0, _APP2, _APP13, _APP14, _COM, _SOS = 0xE0, 0xE2, 0xED, 0xEE, 0xFE, 0xDA
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM and the restart markers carry no length
_MAX_SEGMENTS = 1000


def tells_where(picture: PilImage) -> bool:
    """Whether a picture opened with Pillow carries a place: an EXIF GPS directory, or XMP (which may hold one)."""
    if any(key in picture.info for key in ("xmp", "XML:com.adobe.xmp")):
        return True
    return _GPS_IFD in picture.getexif()


def jpeg_without_metadata(data: bytes) -> bytes:
    """The JPEG's bytes with only what the picture needs before its first scan: its JFIF header, its colour profile
    (an APP2 ICC_PROFILE) and Adobe's colour transform (APP14); EXIF, XMP, IPTC, comments, other APPn segments
    and anything after the end of the picture are left out. ValueError when its segments are broken."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    out = [b"\xff\xd8"]
    pos = 2
    for _ in range(_MAX_SEGMENTS):
        if pos + 2 > len(data) or data[pos] != 0xFF:
            raise ValueError("a broken segment")
        while pos + 1 < len(data) and data[pos + 1] == 0xFF:  # fill bytes may pad a marker
            pos += 1
        marker = data[pos + 1] if pos + 1 < len(data) else -1
        if marker in _STANDALONE:
            out.append(data[pos:pos + 2])
            pos += 2
            continue
        if pos + 4 > len(data):
            raise ValueError("a broken segment")
        end = pos + 2 + int.from_bytes(data[pos + 2:pos + 4], "big")
        if end < pos + 4 or end > len(data):
            raise ValueError("a broken segment")
        if marker == _SOS:
            return b"".join(out) + _through_end_of_image(data, pos)
        if _needed(marker, data[pos + 4:end]):
            out.append(data[pos:end])
        pos = end
    raise ValueError("too many segments")


def _needed(marker: int, body: bytes) -> bool:
    if marker == _APP2:
        return body.startswith(b"ICC_PROFILE\x00")
    if marker in (_APP0, _APP14):
        return True
    return not (0xE0 <= marker <= 0xEF or marker == _COM)


def _through_end_of_image(data: bytes, scan: int) -> bytes:
    """From the first scan to the end-of-image marker: a phone may append more pictures after it (a depth map,
    a preview, with their own EXIF), which the display copy does not need. Inside a scan a 0xFF byte is followed
    by 0x00 or a restart marker; any other marker is a segment between scans (a progressive JPEG's tables and
    next scan), stepped over by its length, or the end (FF D9)."""
    pos = scan
    for _ in range(_MAX_SEGMENTS):
        end = pos + 2 + int.from_bytes(data[pos + 2:pos + 4], "big")  # the segment (SOS, DHT, ...) itself
        if pos + 4 > len(data) or end < pos + 4 or end > len(data):
            raise ValueError("a broken segment")
        pos = end
        while True:
            pos = data.find(b"\xff", pos)
            if pos < 0 or pos + 1 >= len(data):
                raise ValueError("no end of image")
            following = data[pos + 1]
            if following == 0xD9:
                return data[scan:pos + 2]
            if following == 0x00 or following == 0xFF or 0xD0 <= following <= 0xD7:
                pos += 1 if following == 0xFF else 2  # stuffing, fill, or a restart marker: still the scan
                continue
            break
    raise ValueError("too many segments")
