"""No display copy says where a photo was taken: every kind, big (made anew) or small (kept as it came), loses its
GPS position and XMP; a small JPEG loses its metadata segments with its picture untouched (progressive, with a
colour profile, CMYK, with a second picture appended after it); every display copy comes with an upright JPEG
thumbnail of at most 320 px."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms

from carelink.channels.email.photo_metadata import jpeg_without_metadata
from carelink.channels.email.pictures import THUMBNAIL_LONGEST, display_copy
from tests.helpers.photos import KINDS, photo, tells_place, upright_marker

pytestmark = pytest.mark.noqt
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,30.2N"/></rdf:RDF>'
       b'</x:xmpmeta>')


def jpeg(picture: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=80, **options)
    return out.getvalue()


@pytest.mark.parametrize("kind", sorted(set(KINDS) - {"gif"}))  # a GIF has no EXIF
@pytest.mark.parametrize("size", [(4032, 3024), (800, 600)])
def test_no_display_copy_tells_where_the_photo_was_taken(kind: str, size: tuple[int, int]) -> None:
    data = photo(kind, *size, orientation=1, place=True)
    assert tells_place(data)
    copy = display_copy(data)
    assert not tells_place(copy.data) and not tells_place(copy.thumbnail)
    assert upright_marker(copy.data) == "top left"


def test_a_small_jpeg_with_xmp_keeps_its_picture_and_loses_the_xmp() -> None:
    data = jpeg(Image.new("RGB", (640, 480), (30, 90, 200)), xmp=XMP)
    assert tells_place(data)
    copy = display_copy(data)
    assert not tells_place(copy.data) and b"GPS" not in copy.data
    assert Image.open(io.BytesIO(copy.data)).tobytes() == Image.open(io.BytesIO(data)).tobytes()


def test_a_progressive_jpeg_with_a_colour_profile_keeps_both() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 12.5)})
    data = jpeg(Image.radial_gradient("L").convert("RGB").resize((900, 700)), progressive=True,
                icc_profile=profile, exif=exif.tobytes(), xmp=XMP)
    kept = jpeg_without_metadata(data)
    with Image.open(io.BytesIO(kept)) as stripped, Image.open(io.BytesIO(data)) as came:
        assert stripped.info.get("progressive") and stripped.info.get("icc_profile") == profile
        assert stripped.tobytes() == came.tobytes()
        assert not stripped.getexif() and "xmp" not in stripped.info


def test_a_cmyk_jpeg_keeps_adobes_colour_marker() -> None:
    data = jpeg(Image.new("CMYK", (300, 200), (0, 200, 200, 10)), exif=Image.Exif().tobytes())
    kept = jpeg_without_metadata(data)
    assert b"Adobe" in kept
    assert Image.open(io.BytesIO(kept)).tobytes() == Image.open(io.BytesIO(data)).tobytes()


def test_a_picture_appended_after_the_photo_is_left_out() -> None:
    """Phones append a second picture (a depth map, a preview) after the end of the first, with its own EXIF."""
    main = jpeg(Image.new("RGB", (400, 300), (200, 30, 30)))
    appended = photo("jpeg", 64, 48, orientation=1, place=True)
    kept = jpeg_without_metadata(main + appended)
    assert kept == main and not tells_place(kept)


@pytest.mark.parametrize("data", [b"", b"\xff\xd8", b"\xff\xd8\xff\xe1\x00", b"\xff\xd8\xff\xe1\xff\xff",
                                  b"\xff\xd8\xff\xda\x00\x08abc", b"GIF89a"])
def test_broken_segments_are_refused(data: bytes) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        jpeg_without_metadata(data)


def test_a_small_jpeg_that_ends_too_soon_is_refused_as_a_photo_that_cannot_be_shown() -> None:
    from carelink.channels.email.pictures import PictureRefused

    data = photo("jpeg", 640, 480, orientation=1, place=True)
    with pytest.raises(PictureRefused):
        display_copy(data[:-200])


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_display_copy_comes_with_an_upright_thumbnail(kind: str) -> None:
    copy = display_copy(photo(kind, 2000, 1500))  # stored sideways (orientation 6) except the GIF
    with Image.open(io.BytesIO(copy.thumbnail)) as thumbnail:
        assert thumbnail.format == "JPEG"
        assert max(thumbnail.size) == THUMBNAIL_LONGEST
        assert thumbnail.width / thumbnail.height == pytest.approx(copy.width / copy.height, abs=0.02)
    assert upright_marker(copy.thumbnail) == upright_marker(copy.data) != ""
    assert len(copy.thumbnail) * 5 < len(copy.data) or kind == "gif"


def test_a_thumbnail_puts_transparency_on_white() -> None:
    sticker = Image.new("RGBA", (600, 600), (255, 0, 0, 0))
    sticker.paste((20, 40, 220, 255), (200, 200, 400, 400))
    out = io.BytesIO()
    sticker.save(out, "PNG")
    copy = display_copy(out.getvalue())
    with Image.open(io.BytesIO(copy.thumbnail)) as thumbnail:
        corner, middle = thumbnail.convert("RGB").getpixel((5, 5)), thumbnail.convert("RGB").getpixel((160, 160))
    assert isinstance(corner, tuple) and min(corner) > 240, "white, not black, where it was see-through"
    assert isinstance(middle, tuple) and middle[2] > 180 > middle[0]
