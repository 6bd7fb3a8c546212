"""Photos as families send them, through the real IMAP server and the sync, onto the wall as `carelink wall --json`
shows it: every kind upright as a display copy, 25 photos in one mail all kept, a 100-megapixel photo shown, a
decompression bomb counted as a photo that could not be shown (never silence), and the wall in the order the mail
arrived (IMAP INTERNALDATE), whatever Date its sender claims."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from tests.helpers import FIXED_NOW, make_household, run_cli
from tests.helpers.mail_servers import ImapServer, account_for
from tests.helpers.photos import KINDS, photo, photo_mail, upright_marker
from tests.unit.test_pictures import png_claiming

pytestmark = pytest.mark.noqt
SARAH = "sarah@example.org"


def test_every_kind_of_photo_reaches_the_wall_upright_and_nothing_vanishes_unsaid(
        tmp_path: Path, imap_server: ImapServer, capsys: pytest.CaptureFixture[str]) -> None:
    household = make_household(tmp_path)
    household.email.save(account_for(imap_server), imap_server.password)
    household.contacts.add("Sarah", SARAH)
    every_kind = [(KINDS[kind][2], photo(kind, 1600, 1200)) for kind in sorted(KINDS)]
    twenty_five = [(f"IMG_{n:04}.JPG", photo("jpeg", 640, 480, orientation=1)) for n in range(25)]
    huge = photo("jpeg", 10000, 10000)
    arrived = FIXED_NOW - timedelta(hours=3)
    mails = [  # (raw, INTERNALDATE): delivered in this order, each an hour later than the one before
        (photo_mail(SARAH, "One of each kind", every_kind, subject="Kinds"), arrived),
        (photo_mail(SARAH, "Twenty-five from the party", twenty_five, subject="Party"), arrived + timedelta(hours=1)),
        (photo_mail(SARAH, "The big one", [("IMG_0100.JPG", huge), ("bomb.png", png_claiming(60000, 60000))],
                    subject="Big", date=FIXED_NOW.replace(year=2019)), arrived + timedelta(hours=2)),
    ]
    for raw, when in mails:
        imap_server.deliver(raw, when=when)
    try:
        report = household.sync.sync_once()
        assert (report.new_messages, report.error) == (3, None)
    finally:
        household.close()

    code, out, _ = run_cli(["--data-dir", str(tmp_path), "wall", "--json"], capsys)
    assert code == 0
    cards = json.loads(out)
    assert [card["text"] for card in cards] == ["The big one", "Twenty-five from the party", "One of each kind"], \
        "in the order they arrived, though the big one claims to be from 2019"
    assert [datetime.fromisoformat(card["received"]) for card in cards] == [
        arrived + timedelta(hours=hours) for hours in (2, 1, 0)], "dated when they arrived"
    big, party, kinds = cards

    assert (len(kinds["photos"]), kinds["photos_not_shown"]) == (len(KINDS), 0)
    for path in map(Path, kinds["photos"]):
        data = path.read_bytes()
        picture = Image.open(io.BytesIO(data))
        assert picture.format in ("JPEG", "PNG", "GIF", "WEBP"), f"{path.name}: a format Qt reads"
        expected = "top left" if picture.format == "GIF" else "top right"  # a GIF has no orientation to apply
        assert upright_marker(data) == expected, f"{path.name} is upright"

    assert (len(party["photos"]), party["photos_not_shown"]) == (25, 0), "25 photos show 25"
    assert (len(big["photos"]), big["photos_not_shown"]) == (1, 1), "the bomb is counted, not silently dropped"
    with Image.open(big["photos"][0]) as shown:
        assert shown.size == (1600, 1600), "the 100-megapixel photo as its display copy"
    assert Path(big["photos"][0]).stat().st_size < len(huge)
