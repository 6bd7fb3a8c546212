"""The admin command line speaks the household's language: real `python -m carelink` processes on a French and a
Welsh household (the password in the test session's real keyring, real loopback SMTP and IMAP servers), through the
commands a family member uses, with no email account yet and then with one. No line they print (stdout or stderr)
is an English sentence of CareLink's: each is checked against every English sentence of the core
(assets/translations/carelink.ts) and a handful of English words, and a few are checked word for word."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tests.helpers.fakes import family_mail
from tests.helpers.mail_servers import LOOPBACK, USER, ImapServer, SmtpServer

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_WORDS = re.compile(r"\b(the|is|was|not|will|been|and|your|you|it|sent|stored|could|when|to)\b",
                           re.IGNORECASE)


def english_sentences() -> list[re.Pattern[str]]:
    """Each English sentence of the core with two words or more of its own, as a pattern ({name} → anything)."""
    root = ElementTree.parse(ROOT / "assets" / "translations" / "carelink.ts").getroot()
    patterns = []
    for block in root.iter("context"):
        if block.findtext("name") != "Core":
            continue
        for message in block.iter("message"):
            source = message.findtext("source") or ""
            parts = re.split(r"\{[a-z_]+\}", source)
            if sum(len(re.findall(r"[A-Za-z]{2,}", part)) for part in parts) >= 2:
                patterns.append(re.compile(".*?".join(re.escape(part.strip()) for part in parts if part.strip())))
    return patterns


ENGLISH = english_sentences()


def carelink(data_dir: Path, *argv: str, stdin: str | None = None, code: int = 0) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "carelink", "--data-dir", str(data_dir), *argv], env=env,
                          cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120)
    assert done.returncode == code, (argv, done.stdout, done.stderr)
    return done.stdout + done.stderr


def no_english(said: str) -> None:
    for line in said.splitlines():
        words = re.sub(r"\S+@\S+|'carelink [^']*'|https?://\S+|\([^)]*@[^)]*\)", "", line)  # addresses, commands
        found = [p.pattern for p in ENGLISH if p.search(line)]
        assert not found, f"an English sentence: {line!r} ({found[0]})"
        assert not ENGLISH_WORDS.search(words), f"English words: {line!r}"


@pytest.mark.parametrize(("locale", "expected"), [
    ("fr-FR", {"added": "Sarah Jones (sarah@example.org) est ajouté comme contact 1.",
               "family": "va à la famille : Sarah Jones et Ursula Jones.",
               "told": "La famille sait que vous allez bien, depuis "}),
    ("cy-GB", {"added": "Wedi ychwanegu Sarah Jones (sarah@example.org) fel cyswllt 1.",
               "family": "yn mynd at y teulu yn lle hynny: Sarah Jones ac Ursula Jones.",
               "told": "Wedi dweud wrth y teulu eich bod chi'n iawn am "}),
])
def test_the_command_line_speaks_the_household_s_language(tmp_path: Path, imap_server: ImapServer,
                                                          smtp_server: SmtpServer, locale: str,
                                                          expected: dict[str, str]) -> None:
    home = tmp_path / "home"
    said = [carelink(home, "settings", "set", "locale", locale)]
    added = carelink(home, "contacts", "add", "Sarah Jones", "--email", "sarah@example.org")
    assert added.strip() == expected["added"]
    said += [added, carelink(home, "contacts", "add", "Ursula Jones", "--email", "ursula@example.org",
                             "--phone", "01234 567890")]
    said.append(carelink(home, "contacts", "list"))
    # No email account yet: everything is stored, and says why it cannot go
    said.append(carelink(home, "checkin"))
    to_family = carelink(home, "concern", "raise", "--category", "lonely")
    assert expected["family"] in to_family, to_family
    said += [to_family, carelink(home, "call", "1", "--no-open"), carelink(home, "outbox"),
             carelink(home, "concerns"), carelink(home, "sync", "--once", code=1), carelink(home, "tutorial", "reset")]
    # With the account: the same commands, sent
    said.append(carelink(home, "setup", "email", "--address", USER, "--imap-host", LOOPBACK, "--imap-port",
                         str(imap_server.port), "--smtp-host", LOOPBACK, "--smtp-port", str(smtp_server.port),
                         "--username", USER, "--security", "none", "--password-stdin",
                         stdin=smtp_server.password + "\n"))
    imap_server.deliver(family_mail("sarah@example.org", "Bonjour !", display_name="Sarah Jones"))
    imap_server.deliver(family_mail("stranger@example.net", "Win a prize", display_name="Stranger"))
    said.append(carelink(home, "sync", "--once"))
    told = carelink(home, "checkin")
    assert told.startswith(expected["told"]), told
    said += [told, carelink(home, "reply", "1", "Merci"), carelink(home, "call", "1", "--no-open"),
             carelink(home, "held"), carelink(home, "held", "reject", "1"), carelink(home, "concern", "raise",
                                                                                  "--category", "unwell"),
             carelink(home, "contacts", "remove", "2"), carelink(home, "outbox")]
    assert len(smtp_server.messages) >= 4, "the concern, the check-in, the reply and the invite went"
    for words in said:
        no_english(words)


def test_the_check_finds_english() -> None:
    with pytest.raises(AssertionError, match="an English sentence"):
        no_english("Told the family you're OK at 09:14.")
    with pytest.raises(AssertionError, match="an English sentence"):
        no_english("Wedi'i gadw, heb ei anfon: Email is not set up yet. (Pryder C-1)")
    with pytest.raises(AssertionError, match="English words"):
        no_english("2 étapes faites sur 5  the learner")
    no_english("Wedi ychwanegu Sarah Jones (sarah@example.org) fel cyswllt 1.")
