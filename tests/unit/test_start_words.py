"""What the person is told about a repaired data file is built above storage, in the household's language: storage
reports what happened as data (kind, when the backup was taken, the damaged file, what came back), and the notice is
said in English as before, and in French and Welsh with the date the language's way; on the command line's stderr
too, after a real restore."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from carelink.paths import HouseholdPaths
from carelink.services.start_words import repair_words, startup_notices
from carelink.storage.startup import AFRESH, RESTORED, Repair, StartupReport
from carelink.translation import Translations
from tests.helpers import run_cli

pytestmark = pytest.mark.noqt

TAKEN = datetime(2026, 12, 3, 14, 5).astimezone()  # a Thursday, in local time
RESTORE = Repair(RESTORED, Path("carelink.sqlite.damaged-20261204-090000"), TAKEN, concerns=2, emails=3,
                 unreadable=1)

ENGLISH = ("CareLink's data file was damaged, so it has been put back as it was on Thursday 3 December 2026 at 14:05. "
           "Anything that arrived after that will be fetched again. 2 concerns and 3 emails from after that time "
           "have been put back too. 1 record could not be put back. Changes to contacts or settings made after that "
           "time could not be recovered: please ask your family to check them.")
FRENCH = ("Le fichier de données de CareLink était abîmé, il a donc été remis tel qu'il était le jeudi 3 décembre 2026 "
          "à 14:05. Ce qui est arrivé après sera récupéré de nouveau. 2 soucis et 3 e-mails d'après ce moment ont "
          "aussi été remis. Impossible de remettre 1 élément. Les changements de contacts ou de réglages faits après "
          "ce moment n'ont pas pu être retrouvés\u00a0: demandez à votre famille de les vérifier.")
WELSH = ("Roedd ffeil ddata CareLink wedi'i difrodi, felly mae wedi'i rhoi yn ôl fel yr oedd hi ar yr adeg hon: dydd "
         "Iau 3 Rhagfyr 2026 am 14:05. Bydd unrhyw beth a gyrhaeddodd ar ôl hynny yn cael ei nôl eto. Mae 2 pryder a "
         "3 e-bost a ddaeth ar ôl yr amser hwnnw wedi'u rhoi yn ôl hefyd. Doedd dim modd rhoi 1 cofnod yn ôl. Doedd "
         "dim modd cael yn ôl y newidiadau i gysylltiadau neu osodiadau a wnaed ar ôl yr amser hwnnw: gofynnwch i'ch "
         "teulu eu gwirio.")


def test_storage_reports_what_happened_and_the_words_are_built_from_it() -> None:
    assert repair_words(RESTORE) == ENGLISH
    assert startup_notices(StartupReport()) == []
    assert startup_notices(StartupReport(repair=RESTORE)) == [ENGLISH]


def test_a_fresh_start_and_one_thing_put_back_are_said_plainly() -> None:
    afresh = Repair(AFRESH, Path("carelink.sqlite.damaged-20261204-090000"), concerns=1)
    assert repair_words(afresh) == (
        "CareLink's data file was damaged and there was no good copy to put back, so CareLink has started afresh. "
        "The damaged file has been kept for your family to look at. 1 concern from after that time has been put "
        "back too.")
    assert repair_words(Repair(AFRESH, Path("x"), emails=4, unreadable=2)).endswith(
        "4 emails from after that time have been put back too. 2 records could not be put back.")


@pytest.mark.parametrize(("locale", "expected"), [("fr-FR", FRENCH), ("cy-GB", WELSH)])
def test_the_notice_is_in_the_household_s_language_with_its_own_date(locale: str, expected: str) -> None:
    assert repair_words(RESTORE, Translations().for_locale(locale)) == expected


def _damaged_after_a_backup(capsys: pytest.CaptureFixture[str], folder: Path, locale: str) -> None:
    """A household in `locale` whose newest backup holds that choice (taken at 14:05 on 3 December 2026), then its
    data file damaged."""
    assert run_cli(["--data-dir", str(folder), "settings", "set", "locale", locale], capsys)[0] == 0
    paths = HouseholdPaths(folder)
    for backup in paths.backups.glob("*.sqlite"):  # taken as the command started: before the language was chosen
        backup.unlink()
    assert run_cli(["--data-dir", str(folder), "contacts", "list"], capsys)[0] == 0
    [backup] = paths.backups.glob("*.sqlite")
    os.utime(backup, (TAKEN.timestamp(), TAKEN.timestamp()))
    with paths.database.open("r+b") as handle:
        handle.write(b"This is not SQLite")


@pytest.mark.parametrize(("locale", "start"), [
    ("fr-FR", "Le fichier de données de CareLink était abîmé, il a donc été remis tel qu'il était le jeudi 3 "
              "décembre 2026 à 14:05. Ce qui est arrivé après sera récupéré de nouveau. Les changements"),
    ("cy-GB", "Roedd ffeil ddata CareLink wedi'i difrodi, felly mae wedi'i rhoi yn ôl fel yr oedd hi ar yr adeg "
              "hon: dydd Iau 3 Rhagfyr 2026 am 14:05. Bydd unrhyw beth"),
    ("en-GB", "CareLink's data file was damaged, so it has been put back as it was on Thursday 3 December 2026 at "
              "14:05. Anything that arrived after that will be fetched again. Changes to contacts or settings"),
])
def test_the_command_line_says_the_repair_on_stderr_in_the_household_s_language(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, locale: str, start: str) -> None:
    _damaged_after_a_backup(capsys, tmp_path, locale)
    code, out, err = run_cli(["--data-dir", str(tmp_path), "settings", "get", "locale"], capsys)
    assert code == 0 and out.strip() == locale, "the household's own choice came back with the backup"
    [notice] = err.strip().splitlines()
    assert notice.startswith(start)
    again = run_cli(["--data-dir", str(tmp_path), "settings", "get", "locale"], capsys)
    assert again == (0, f"{locale}\n", ""), "said once, by the start that repaired"
