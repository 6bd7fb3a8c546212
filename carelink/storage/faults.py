"""Telling a disk that cannot be written (full, read-only, failing) apart from data that is damaged.

A full disk makes SQLite say "database or disk is full" or "disk I/O error" and Python say ENOSPC. None of these
means the household's data is damaged: the files are as they were, and everything works again once there is space.
So they become a StorageFault, a UserError with one plain sentence, and nothing is ever set aside or deleted
because of one. Only a check of the file itself (PRAGMA quick_check) can prove a database damaged.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from carelink.errors import UserError
from carelink.translation import sentence

# SQLite's primary result codes (an extended code carries one of these in its low byte).
SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = (
    3, 8, 10, 11, 13, 14, 26)
_DAMAGE_WORDS = ("file is not a database", "malformed", "database corrupt")
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EROFS, errno.EACCES, errno.EPERM}
LOW_SPACE_BYTES = 1024 * 1024  # an I/O error with less than this free is the disk being full

OUT_OF_SPACE = sentence("This computer is out of space, so CareLink cannot save anything just now. Nothing has been "
                        "lost: please free some space (or ask your family to help), and CareLink will carry on.")
NOT_ALLOWED = sentence("CareLink is not allowed to save in its data folder (it may be read-only). Nothing has been "
                       "lost: please ask your family to check the folder.")
DISK_TROUBLE = sentence("CareLink could not read or write its data on this computer's disk. Nothing has been "
                        "changed: please try again, or ask your family to check the computer.")

MESSAGES = frozenset({OUT_OF_SPACE, NOT_ALLOWED, DISK_TROUBLE})  # each StorageFault says one of these


class StorageFault(UserError):  # noqa: N818 (a state, like OutOfSpace)
    """The disk could not be read or written. The data itself is not known to be damaged, and nothing was changed."""


class OutOfSpace(StorageFault):
    """The disk (or the photos folder's disk) is full."""


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code of a sqlite3 error (None for anything else, or an older Python)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def proves_damage(error: sqlite3.Error) -> bool:
    """True only when SQLite says the file itself is not a sound database (corrupt, or not a database at all)."""
    code = sqlite_code(error)
    if code is not None:
        return code in (SQLITE_CORRUPT, SQLITE_NOTADB)
    return any(words in str(error).lower() for words in _DAMAGE_WORDS)


def _causes(error: BaseException) -> list[BaseException]:
    """The error, what SQLAlchemy wrapped (`.orig`), and the chain of causes, each once."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        item = todo.pop(0)
        if item is None or any(item is s for s in seen) or len(seen) > 20:
            continue
        seen.append(item)
        orig = getattr(item, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None, item.__cause__, item.__context__]
    return seen


def _little_space(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def storage_fault(error: BaseException, folder: Path | None = None) -> StorageFault | None:
    """The plain-words StorageFault that `error` stands for (a full disk, a read-only folder, a disk I/O error), or
    None when it is something else. `folder`, when given, is looked at to tell an I/O error on a full disk."""
    for cause in _causes(error):
        if isinstance(cause, StorageFault):
            return cause
        if isinstance(cause, OSError) and cause.errno is not None:
            if cause.errno in _NO_SPACE:
                return OutOfSpace(OUT_OF_SPACE)
            if cause.errno in _NOT_ALLOWED:
                return StorageFault(NOT_ALLOWED)
            if cause.errno == errno.EIO:
                return OutOfSpace(OUT_OF_SPACE) if _little_space(folder) else StorageFault(DISK_TROUBLE)
        if isinstance(cause, sqlite3.Error):
            code = sqlite_code(cause)
            text = str(cause).lower()
            if code == SQLITE_FULL or "database or disk is full" in text:
                return OutOfSpace(OUT_OF_SPACE)
            if code in (SQLITE_IOERR, SQLITE_CANTOPEN) or "disk i/o error" in text:
                return OutOfSpace(OUT_OF_SPACE) if _little_space(folder) else StorageFault(DISK_TROUBLE)
            if code in (SQLITE_READONLY, SQLITE_PERM) or "readonly database" in text:
                return StorageFault(NOT_ALLOWED)
    return None
