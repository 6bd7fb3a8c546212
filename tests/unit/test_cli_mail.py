"""The mail commands' contract (DESIGN.md section 5) on the demo household, whose sandbox sends nothing anywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.noqt

WALL_FIELDS = {"id", "from", "from_name", "text", "received", "read", "kind", "photos", "photos_not_shown",
               "attachments", "originals"}


def demo(tmp_path: Path, *argv: str) -> list[str]:
    return ["--data-dir", str(tmp_path), "--demo", *argv]


def test_wall_json_lists_the_messages_with_the_documented_fields(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(demo(tmp_path, "wall", "--json"), capsys)
    assert code == 0
    wall = json.loads(out)
    assert len(wall) == 12
    assert all(set(item) == WALL_FIELDS for item in wall)
    assert [item["read"] for item in wall[:4]] == [False] * 4, "newest unread first"
    assert all(item["kind"] == "message" for item in wall)
    with_photos = [item for item in wall if item["photos"]]
    assert with_photos and all(Path(p).exists() for item in with_photos for p in item["photos"])


def test_reply_is_stored_then_sent_and_shows_in_the_outbox(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_cli(demo(tmp_path, "wall", "--json"), capsys)
    first = json.loads(out)[0]
    code, out, _ = run_cli(demo(tmp_path, "reply", str(first["id"]), "Lovely!"), capsys)
    assert (code, out.strip()) == (0, "Sent.")
    code, out, _ = run_cli(demo(tmp_path, "outbox", "--json"), capsys)
    [item] = json.loads(out)
    assert item == {"id": item["id"], "kind": "reply", "to": [first["from"]], "status": "sent", "attempts": 1,
                    "last_error": None}


@pytest.mark.parametrize("argv, words", [
    (["reply", "99999", "Hello"], "no message number 99999"),
    (["reply", "1", "   "], "write something"),
    (["held", "approve", "7"], "no held message number 7"),
    (["held", "reject", "7"], "no held message number 7"),
])
def test_bad_input_is_one_plain_line_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         argv: list[str], words: str) -> None:
    code, _, err = run_cli(demo(tmp_path, *argv), capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert words in err
    _, out, _ = run_cli(demo(tmp_path, "outbox", "--json"), capsys)
    assert json.loads(out) == []


def test_held_is_empty_in_the_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(demo(tmp_path, "held", "--json"), capsys)
    assert (code, json.loads(out)) == (0, [])


def test_sync_without_an_account_says_how_to_set_one_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["--data-dir", str(tmp_path), "sync", "--once"], capsys)
    assert code == 1
    assert "carelink setup email" in err


def test_setup_email_with_a_bad_port_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["--data-dir", str(tmp_path), "setup", "email", "--address", "mary@example.org",
                            "--imap-host", "imap.example.org", "--imap-port", "70000", "--smtp-host",
                            "smtp.example.org", "--security", "ssl"], capsys)
    assert code == 1
    assert "between 1 and 65535" in err


def test_setup_email_needs_its_required_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run_cli(["--data-dir", str(tmp_path), "setup", "email", "--address", "mary@example.org"], capsys)
    assert code == 2
