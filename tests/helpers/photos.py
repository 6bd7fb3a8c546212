"""Photos as phones and scanners send them, made here with Pillow (pillow-heif writes HEIC): each kind, a
sideways one (EXIF orientation 6, as a phone held upright stores it) and family mail carrying them.

A photo's top-left quarter is blue and the rest red, so whether a copy is upright can be told from its pixels:
stored with orientation 6 (the picture must be turned a quarter clockwise to be seen upright), the blue
quarter of the upright picture is at the top right.
"""

from __future__ import annotations

import io
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from PIL import Image

from tests.helpers import FIXED_NOW

BLUE = (20, 40, 220)
RED = (200, 30, 30)
KINDS = {"jpeg": ("JPEG", "image/jpeg", "IMG_0001.JPG"), "png": ("PNG", "image/png", "Screenshot.png"),
         "webp": ("WEBP", "image/webp", "photo.webp"), "gif": ("GIF", "image/gif", "funny.gif"),
         "heic": ("HEIF", "image/heic", "IMG_4032.HEIC"), "avif": ("AVIF", "image/avif", "photo.avif"),
         "tiff": ("TIFF", "image/tiff", "scan.tif")}


def _pillow() -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()


PLACE = (51.0, 30.0, 12.5)  # where a phone says the photo was taken (latitude in degrees, minutes, seconds)
GPS_IFD = 0x8825


def photo(kind: str, width: int = 4032, height: int = 3024, orientation: int = 6, pages: int = 1,
          place: bool = False) -> bytes:
    """A picture of `kind` (a KINDS key): blue top-left quarter, red elsewhere, with that EXIF orientation (GIF
    has no EXIF), and with `place` the GPS position a phone writes (PLACE). A TIFF may have several pages (the
    later ones green)."""
    _pillow()
    fmt = KINDS[kind][0]
    picture = Image.new("RGB", (width, height), RED)
    picture.paste(BLUE, (0, 0, width // 2, height // 2))
    exif = Image.Exif()
    exif[0x0112] = orientation
    if place:
        gps = exif.get_ifd(GPS_IFD)
        gps.update({1: "N", 2: PLACE, 3: "W", 4: (0.0, 7.0, 39.0)})
    out = io.BytesIO()
    options: dict[str, object] = {} if kind == "gif" else {"exif": exif.tobytes()}
    if kind == "tiff" and pages > 1:
        options.update(save_all=True, append_images=[Image.new("RGB", (width, height), (0, 160, 0))] * (pages - 1))
    if kind == "jpeg":
        options["quality"] = 80
    picture.save(out, fmt, **options)
    return out.getvalue()


def upright_marker(data: bytes) -> str:
    """Where the blue quarter of a stored picture is: "top left" (as made, upright) or "top right" (turned a quarter
    clockwise, as orientation 6 asks), "" when neither."""
    _pillow()
    picture = Image.open(io.BytesIO(data)).convert("RGB")
    width, height = picture.size

    def blue(x: int, y: int) -> bool:
        r, _, b = picture.getpixel((x, y))  # type: ignore[misc]  # an RGB picture gives a tuple
        return b > 150 and r < 100

    left, right = blue(width // 8, height // 8), blue(width - width // 8, height // 8)
    return "top left" if left and not right else "top right" if right and not left else ""


def photo_mail(sender: str, words: str, photos: list[tuple[str, bytes]], subject: str = "Photos",
               date: datetime = FIXED_NOW) -> bytes:
    """Family mail with its words and photos attached (each (filename, bytes); the type follows the name)."""
    message = EmailMessage()
    message["From"] = f"Sarah <{sender}>"
    message["To"] = "margaret@example.org"
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = make_msgid(domain="example.org")
    message["Authentication-Results"] = "mx.example.org; dmarc=pass header.from=example.org"
    message.set_content(words)
    types = {name.rsplit(".", 1)[-1]: ctype for _, ctype, name in KINDS.values()}
    for name, data in photos:
        maintype, subtype = types.get(name.rsplit(".", 1)[-1], "image/jpeg").split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


def tells_place(data: bytes) -> bool:
    """Whether a stored picture still says where it was taken: a GPS directory in its EXIF, or any XMP."""
    _pillow()
    picture = Image.open(io.BytesIO(data))
    return GPS_IFD in picture.getexif() or "xmp" in picture.info or b"http://ns.adobe.com/xap" in data
