"""What the person at the screen is told about opening the household's data, in the household's language: a
damaged data file put back from a backup (or started afresh), and what of the time since came back. Storage reports
what happened as data (carelink/storage/startup.py: `StartupReport.repair`); the words are built here, through the
core translation path, with the date said the language's way. Shown on Home and printed on stderr by the commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carelink.services.mail_words import long_date, say
from carelink.translation import Translate, english, join_names, sentence

if TYPE_CHECKING:
    from carelink.storage.startup import Repair, StartupReport

AFRESH_WORDS = sentence("CareLink's data file was damaged and there was no good copy to put back, so CareLink has "
                        "started afresh. The damaged file has been kept for your family to look at.")
RESTORED_WORDS = sentence("CareLink's data file was damaged, so it has been put back as it was on {when}. Anything "
                          "that arrived after that will be fetched again.")
PUT_BACK = sentence("{things} from after that time have been put back too.")
PUT_BACK_ONE = sentence("{thing} from after that time has been put back too.")
NOT_PUT_BACK = sentence("{records} could not be put back.")
CHECK_CHANGES = sentence("Changes to contacts or settings made after that time could not be recovered: please ask "
                         "your family to check them.")
# A count of things, said as the language says one and many
COUNTS = {
    "concern": (sentence("1 concern"), sentence("{count} concerns")),
    "email": (sentence("1 email"), sentence("{count} emails")),
    "record": (sentence("1 record"), sentence("{count} records")),
}


def count(translate: Translate, n: int, thing: str) -> str:
    """"1 concern", "3 concerns" in the reader's language ("" for none)."""
    one, many = COUNTS[thing]
    return "" if n == 0 else translate(one) if n == 1 else say(translate, many, count=n)


def repair_words(repair: Repair, translate: Translate = english) -> str:
    """The one notice for a repaired data file: what was done, what came back from the journal and what did not."""
    from carelink.storage.startup import RESTORED

    restored = repair.kind == RESTORED and repair.backup_taken is not None
    if repair.kind == RESTORED and repair.backup_taken is not None:
        words = [say(translate, RESTORED_WORDS, when=long_date(repair.backup_taken, translate))]
    else:
        words = [translate(AFRESH_WORDS)]
    things = [part for part in (count(translate, repair.concerns, "concern"), count(translate, repair.emails, "email"))
              if part]
    if repair.concerns + repair.emails == 1:
        words.append(say(translate, PUT_BACK_ONE, thing=things[0]))
    elif things:
        words.append(say(translate, PUT_BACK, things=join_names(things, translate)))
    if repair.unreadable:
        words.append(say(translate, NOT_PUT_BACK, records=count(translate, repair.unreadable, "record")))
    if restored:
        words.append(translate(CHECK_CHANGES))
    return " ".join(words)


def startup_notices(report: StartupReport, translate: Translate = english) -> list[str]:
    """Every notice opening the household's data gave, in the reader's language ([] when all was well)."""
    return [] if report.repair is None else [repair_words(report.repair, translate)]
