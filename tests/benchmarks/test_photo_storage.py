"""Photo storage benchmark: what a 12-megapixel phone photo takes on disk once it has come through the real IMAP
server and the sync, against its display copy alone (issue 18: 2.1 GB per 1,000 photos kept as they came, against
0.2 GB for 1600 px copies; target <= 1.2x the display copy).

Phone photos as phones make them (4032 x 3024 JPEGs at quality 92 with fine grain, 2 to 4 MB, and an iPhone's
HEIC), each sent in family mail and synced: by default CareLink keeps the display copy and its thumbnail; with
photos.keep_originals on, the photo as it came too. Printed: bytes per photo in the photos folder as a ratio to
the display copies', for both, and per 1,000 photos. Sizes do not depend on the machine's load, so the target is
asserted.

Run it with ``python -m pytest tests/benchmarks/test_photo_storage.py -q -s``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from carelink.services.photo_files import ORIGINAL_MARK, THUMBNAIL_SUFFIX
from tests.benchmarks.test_photo_card_speed import phone_jpeg
from tests.helpers import make_household
from tests.helpers.mail_servers import ImapServer, account_for
from tests.helpers.photos import photo, photo_mail

pytestmark = pytest.mark.benchmark
SARAH = "sarah@example.org"
TARGET = 1.2


def _sync(tmp_path: Path, imap_server: ImapServer, count: int, keep_originals: bool) -> Path:
    """A household of its own syncs the mailbox (each photo in a mail of its own)."""
    household = make_household(tmp_path)
    try:
        household.email.save(account_for(imap_server), imap_server.password)
        household.contacts.add("Sarah", SARAH)
        household.photos.set_keep_originals(keep_originals)
        report = household.sync.sync_once()
        assert (report.new_messages, report.error) == (count, None)
        assert sum(len(message.photos) for message in household.wall.messages()) == count
        return household.paths.photos
    finally:
        household.close()


def _sizes(folder: Path) -> dict[str, int]:
    sizes = {"display": 0, "thumbnail": 0, "original": 0}
    for path in folder.iterdir():
        kind = ("original" if ORIGINAL_MARK in path.name else "thumbnail" if path.name.endswith(THUMBNAIL_SUFFIX)
                else "display")
        sizes[kind] += path.stat().st_size
    return sizes


def test_storage_per_photo_against_its_display_copy(tmp_path: Path, imap_server: ImapServer) -> None:
    photos = [(f"IMG_{n:04}.JPG", phone_jpeg(4032 - 16 * n, 3024)) for n in range(5)]
    photos.append(("IMG_0005.HEIC", photo("heic")))
    came = sum(len(data) for _, data in photos)
    for name, data in photos:
        imap_server.deliver(photo_mail(SARAH, f"Look: {name}", [(name, data)]))
    only_copies = _sizes(_sync(tmp_path / "copies", imap_server, len(photos), keep_originals=False))
    with_originals = _sizes(_sync(tmp_path / "originals", imap_server, len(photos), keep_originals=True))

    count, display = len(photos), only_copies["display"]
    ratio = sum(only_copies.values()) / display
    kept_ratio = sum(with_originals.values()) / with_originals["display"]
    print(f"\n{count} 12 MP photos through IMAP: {came / count / 1e6:.2f} MB each as they came; display copy "
          f"{display / count / 1e6:.2f} MB, thumbnail {only_copies['thumbnail'] / count / 1e3:.0f} KB"
          f"\n  stored per photo, display copies only (the default): {ratio:.2f}x the display copy "
          f"(target <= {TARGET}x), {sum(only_copies.values()) / count * 1000 / 1e9:.2f} GB per 1,000 photos"
          f"\n  with photos.keep_originals on: {kept_ratio:.1f}x, "
          f"{sum(with_originals.values()) / count * 1000 / 1e9:.2f} GB per 1,000 photos")
    assert with_originals["original"] == came, "the originals, as they came"
    assert only_copies["original"] == 0
    assert ratio <= TARGET
