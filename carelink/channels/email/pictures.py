"""The copy of a photo that CareLink keeps and shows: upright, at most DISPLAY_LONGEST px on its longer side.

A phone sends JPEG, HEIC (iPhone), PNG, WebP, GIF, AVIF, and a scanner TIFF, at 12 to 200 megapixels. Qt reads
only some of these, and a 48-megapixel photo decoded whole takes 190 MB, so each photo is turned once, when it
arrives, into a display copy: a JPEG (quality 85; a PNG when it has transparency) no bigger than a screen needs,
turned upright from its EXIF orientation, with no metadata (no place the photo was taken: photo_metadata.py). A
photo that is already small, upright and in a format Qt reads is kept as it came (a JPEG without its EXIF, XMP and
comments; another format only when it tells no place). The display copy is what the card and the full-screen viewer
show (1600 px fills a 1280x800 or 1920x1080 screen), and it is a tenth the size of a 12-megapixel original; with it
comes a thumbnail (a JPEG at most THUMBNAIL_LONGEST px) for lists. Whether the original is kept too is the
family's choice (services/photo_files.py).

Memory is bounded: a JPEG is decoded already scaled down (libjpeg's DCT scaling through Pillow's draft(), so a
200-megapixel JPEG is read at an eighth of its size, about 3 megapixels); a format that can only be decoded whole
is refused above MAX_WHOLE_PIXELS (Pillow holds 4 bytes a pixel: with its halved copy, a 100-megapixel PNG peaks at
about 540 MB, a 48-megapixel HEIC at about 370 MB, released at once); anything above MAX_IMAGE_PIXELS is refused
before decoding (a decompression bomb). Decoders: Pillow (JPEG, PNG, GIF, WebP,
TIFF's first page, and AVIF in Pillow 11.3 and later) and pillow-heif (whose wheels bundle libheif) for HEIC/HEIF.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from carelink.channels.email.images import MAX_IMAGE_PIXELS
from carelink.channels.email.photo_metadata import jpeg_without_metadata, tells_where

if TYPE_CHECKING:  # Pillow is imported when the first photo arrives, not at start-up
    from PIL.Image import Image as PilImage

DISPLAY_LONGEST = 1600
JPEG_QUALITY = 85
THUMBNAIL_LONGEST = 320
THUMBNAIL_QUALITY = 80
MAX_WHOLE_PIXELS = 100_000_000  # PNG, GIF, WebP, TIFF, HEIC and AVIF are decoded whole: at most this many pixels
KEEP_AS_IT_CAME_BYTES = 2 * 1024 * 1024  # a small picture Qt reads is kept as it came, if it is no bigger than this
_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "HEIF", "AVIF")  # never EPS, PSD, ... whatever Pillow knows
_QT_READS = {"JPEG": "jpeg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}  # kept as they came when small
_ORIENTATION = 0x0112


class PictureRefused(Exception):  # noqa: N818 (named for what happened)
    """A photo that cannot be shown: its plain reason ("too big", "not readable")."""


@dataclass(frozen=True)
class DisplayCopy:
    """The bytes to keep for a photo, their format ("jpeg", "png", or the original's kind when kept as it came)
    and their size in pixels, upright; and its thumbnail's bytes (a JPEG)."""

    kind: str
    data: bytes
    width: int
    height: int
    thumbnail: bytes = b""


def display_copy(data: bytes, longest: int = DISPLAY_LONGEST) -> DisplayCopy:
    """The display copy of a photo (see the module). Raises PictureRefused for a picture that is too big, broken,
    or not a photo format; never anything else for hostile bytes."""
    image_module = _pillow()
    try:
        with warnings.catch_warnings():
            # Pillow warns between its limit and twice that: here a picture over the limit is refused, not warned of.
            warnings.simplefilter("error", image_module.DecompressionBombWarning)
            picture = image_module.open(io.BytesIO(data), formats=_FORMATS)
        return _copy(picture, data, longest)
    except PictureRefused:
        raise
    except (image_module.DecompressionBombError, image_module.DecompressionBombWarning):
        raise PictureRefused("too big") from None
    except Exception as error:  # hostile or broken bytes: whatever the decoder raised, the photo is not shown
        raise PictureRefused("not readable") from error


def _copy(picture: PilImage, data: bytes, longest: int) -> DisplayCopy:
    from PIL import Image, ImageOps

    width, height = picture.size
    pixels = width * height
    if pixels <= 0 or pixels > MAX_IMAGE_PIXELS or (picture.format != "JPEG" and pixels > MAX_WHOLE_PIXELS):
        raise PictureRefused("too big")
    orientation = picture.getexif().get(_ORIENTATION, 1)
    if (picture.format in _QT_READS and max(width, height) <= longest and orientation in (1, None)
            and len(data) <= KEEP_AS_IT_CAME_BYTES):
        kept = _as_it_came(picture, data)
        if kept is not None:
            return DisplayCopy(_QT_READS[picture.format], kept, width, height, _thumbnail(picture))
    icc = picture.info.get("icc_profile")
    if picture.format == "JPEG":
        scale = max(1, max(width, height) // longest)
        picture.draft("RGB", (max(1, width // scale), max(1, height // scale)))  # decoded 1/2, 1/4 or 1/8 size
    picture.thumbnail((longest, longest), Image.Resampling.LANCZOS, reducing_gap=3.0)  # decodes, then shrinks
    upright = ImageOps.exif_transpose(picture)  # TIFF and HEIF come upright from their decoders already
    alpha = upright.mode in ("RGBA", "LA", "PA") or (upright.mode == "P" and "transparency" in upright.info)
    if upright.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N"):  # 16-bit grey (scanners): to 8 bits, not clipped
        upright = upright.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    out = io.BytesIO()  # saved with no EXIF or XMP: Pillow writes only what it is given
    if alpha:
        upright.convert("RGBA").save(out, "PNG", compress_level=6)
        kind = "png"
    else:
        rgb = upright if upright.mode in ("RGB", "L") else upright.convert("RGB")
        rgb.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, **({"icc_profile": icc} if icc else {}))
        kind = "jpeg"
    return DisplayCopy(kind, out.getvalue(), upright.width, upright.height, _thumbnail(upright))


def _as_it_came(picture: PilImage, data: bytes) -> bytes | None:
    """A small upright picture's bytes to keep as they came: a JPEG without its metadata (checked whole, so a
    broken one is refused here, not shown as a broken box later), another format as it is, unless it tells where
    it was taken (None: then it is made anew)."""
    picture.load()
    if picture.format == "JPEG":
        try:
            kept = jpeg_without_metadata(data)
            with _pillow().open(io.BytesIO(kept), formats=("JPEG",)) as stripped:
                stripped.load()
        except Exception:  # segments this reading does not follow: the picture is made anew instead
            return None
        return kept
    return None if tells_where(picture) else data


def _thumbnail(picture: PilImage) -> bytes:
    """A small JPEG of an upright picture (transparency on white), for lists. Resized straight from the picture
    (no copy of it first: that alone took as long as the rest)."""
    from PIL import Image

    width, height = picture.size
    scale = min(1.0, THUMBNAIL_LONGEST / max(width, height))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    clear = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
    source = picture if picture.mode in ("RGB", "L", "RGBA", "LA") else picture.convert("RGBA" if clear else "RGB")
    small = source.resize(size, Image.Resampling.BILINEAR, reducing_gap=1.0)  # mostly a box reduction: quick
    if small.mode in ("RGBA", "LA"):
        rgba = small.convert("RGBA")
        small = Image.new("RGB", rgba.size, (255, 255, 255))
        small.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    small.save(out, "JPEG", quality=THUMBNAIL_QUALITY)
    return out.getvalue()


def _pillow() -> ModuleType:
    """Pillow, with pillow-heif's HEIF opener registered and the decompression-bomb limit set to CareLink's own
    (both once per process; Pillow keeps them module-wide)."""
    from PIL import Image

    if Image.MAX_IMAGE_PIXELS != MAX_IMAGE_PIXELS:
        import pillow_heif

        pillow_heif.register_heif_opener()
        Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    return Image
