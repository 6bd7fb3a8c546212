"""`carelink settings set photos.keep_originals on|off [--yes]`: whether the originals of photos are kept beside
their display copies. Turning it off removes the originals already kept only once the family admin says yes (at a
terminal it asks; elsewhere `--yes` says it), since they cannot be had back."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from carelink.household import Household
from carelink.services.mail_words import say
from carelink.translation import Translate, sentence

if TYPE_CHECKING:  # the services (and SQLAlchemy) are loaded when a command runs, not when the window starts
    from carelink.services.photo_files import PhotoStorage

KEEP_ORIGINALS = "photos.keep_originals"
YES_WORD = sentence("yes")


def keep_originals(args: argparse.Namespace, household: Household, answers: TextIO | None = None) -> int:
    """Store the setting, say what it means now, and remove the originals kept so far when told to."""
    from carelink.services.photo_files import size_words

    photos, t = household.photos, household.translate()
    on = household.settings.validate(KEEP_ORIGINALS, args.value) == "on"
    photos.set_keep_originals(on)
    print(f"{args.key} = {'on' if on else 'off'}")
    storage = photos.storage()
    if on:
        print(say(t, "From now on the original of each photo is kept too, beside the copy CareLink shows. An "
                     "original takes about ten times the room."))
    elif storage.originals and (args.yes or _agreed(t, storage, answers or sys.stdin)):
        storage = photos.remove_originals()
        print(say(t, "The originals are removed. Every photo is still on the wall."))
    elif storage.originals:
        print(say(t, "The originals kept so far stay ({size}). To remove them: carelink settings set "
                     "photos.keep_originals off --yes", size=size_words(t, storage.originals_bytes)))
    words = saved_words(t, storage)
    if words:
        print(words)
    return 0


def saved_words(t: Translate, storage: PhotoStorage) -> str:
    """What keeping display copies only saves ("" when nothing yet)."""
    from carelink.services.photo_files import size_words

    if storage.keep_originals:
        return say(t, "Keeping display copies only would save {size}.", size=size_words(t, storage.originals_bytes)
                   ) if storage.originals_bytes else ""
    return say(t, "Keeping display copies only has saved {size}.", size=size_words(t, storage.saved_bytes)
               ) if storage.saved_bytes else ""


def _agreed(t: Translate, storage: PhotoStorage, answers: TextIO) -> bool:
    """Asked at a terminal only: piped or scripted, nothing is removed without --yes."""
    from carelink.services.photo_files import size_words

    if not answers.isatty():
        return False
    question = say(t, "Remove the originals kept so far ({size})? Every photo stays on the wall. Type {yes} to "
                      "remove them: ", size=size_words(t, storage.originals_bytes), yes=t(YES_WORD))
    print(question, end="", flush=True)
    answer = answers.readline().strip().lower()
    return answer in {"yes", "y", t(YES_WORD).lower()}
