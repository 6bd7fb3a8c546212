"""Family mail in real mail programs' shapes, through the real IMAP server and the sync, onto the wall as
`carelink wall --json` shows it: the person's words only, locked and subject-only mail never blank, a calendar
invitation as one sentence naming the contact as saved, and no automatic mail among the family's messages (it is
held for the family admin, with its reason, in `carelink held --json`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import family_corpus as corpus
from tests.helpers import make_household, run_cli
from tests.helpers.mail_servers import ImapServer, SmtpServer, account_for

pytestmark = pytest.mark.noqt


def test_family_mail_shapes_reach_the_wall_as_words_and_automatic_mail_is_held(
        tmp_path: Path, imap_server: ImapServer, smtp_server: SmtpServer,
        capsys: pytest.CaptureFixture[str]) -> None:
    household = make_household(tmp_path)
    household.email.save(account_for(imap_server, smtp_server), imap_server.password)
    household.contacts.add("Sarah", "sarah@example.org")
    sent = {
        corpus.gmail_reply(): "Yes, we'll be there at 12.",
        corpus.iphone_forward(): "Forwarded message from Tom Brown:\n\nThe baby is here! Her name is Rose.\nTom",
        corpus.outlook_android_reply(): "See you Sunday x",
        corpus.gmail_subject_only(): "Ringing you at 6 tonight",
        corpus.smime_opaque(): "This message is locked (encrypted). Ask Sarah to send it again without locking it.",
        corpus.calendar_invitation(): "Sarah sent an invitation for Sunday 22 November at 12:30: Lunch at ours",
        corpus.big_video_mail(30): "Here is Emma walking! Watch the video.",
    }
    future = corpus.base("From the future")
    future.replace_header("Date", "Sat, 21 Nov 3609 09:00:00 +0000")
    future.set_content("A clock gone wrong")
    sent[future.as_bytes()] = "A clock gone wrong"
    automatic = [corpus.out_of_office(), corpus.read_receipt(), corpus.out_of_office(None, "Abwesenheitsnotiz")]
    for raw in [*sent, *automatic]:
        imap_server.deliver(raw)
    try:
        with corpus.london_time():  # the invitation is told in the computer's local time
            report = household.sync.sync_once()
        assert (report.new_messages, report.held, report.error) == (len(sent), len(automatic), None)
    finally:
        household.close()

    code, out, _ = run_cli(["--data-dir", str(tmp_path), "wall", "--json"], capsys)
    assert code == 0
    cards = json.loads(out)
    assert sorted(card["text"] for card in cards) == sorted(sent.values())
    assert all(card["from_name"] == "Sarah" for card in cards)
    assert not any("away until" in card["text"] or "was read" in card["text"] for card in cards)
    [wrong_clock] = [card for card in cards if card["text"] == "A clock gone wrong"]
    assert wrong_clock["received"].startswith("2026-11-21"), "a Date in 3609 is not believed: fetched today"

    code, out, _ = run_cli(["--data-dir", str(tmp_path), "held", "--json"], capsys)
    held = json.loads(out)
    assert [item["reason"] for item in held] == ["automatic"] * len(automatic)
    assert sorted(item["subject"] for item in held) == ["Abwesenheitsnotiz", "Automatic reply: Sunday", "Read: Sunday"]
