"""The wall's order read a page at a time (keyset paging on the ix_messages_wall index: unread first, newest first,
the newest id first among messages that came at the same moment), and one visit's view of it: the messages read so
far in the order they had when the wall opened, how many there are in all, and mail that arrived meanwhile."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from carelink.storage.models import MessageRow

PAGE = 100  # keys read at a time: a fraction of a millisecond, and far more than quick presses of Next outrun


@dataclass(frozen=True)
class WallKey:
    """Where a message stands in the wall's order."""

    read: bool
    received: datetime
    id: int


@dataclass(frozen=True)
class WallPage:
    """Keys in the wall's order; `total`: how many messages the wall holds (from the index, not a read of every
    row); `newest_id`: the highest message id when it was read (mail stored later has a higher one); `full`:
    whether the page was as long as asked (so more may follow)."""

    keys: tuple[WallKey, ...]
    total: int
    newest_id: int
    full: bool


def _keys(session: Session, read: bool, after: WallKey | None, limit: int) -> list[WallKey]:
    """Up to `limit` keys of the read (or unread) messages, newest first, after `after` when it is given."""
    query = select(MessageRow.read, MessageRow.received, MessageRow.id).where(MessageRow.read == read)
    if after is not None:
        query = query.where(MessageRow.received <= after.received,
                            or_(MessageRow.received < after.received, MessageRow.id < after.id))
    query = query.order_by(MessageRow.received.desc(), MessageRow.id.desc()).limit(limit)
    return [WallKey(bool(r), received, number) for r, received, number in session.execute(query)]


def keys_after(session: Session, after: WallKey | None, limit: int = PAGE) -> WallPage:
    """The next `limit` keys after `after` (None: from the start of the wall), with the wall's count."""
    keys = [] if after is not None and after.read else _keys(session, False, after, limit)
    if len(keys) < limit:
        keys += _keys(session, True, after if after is not None and after.read else None, limit - len(keys))
    total = session.scalar(select(func.count()).select_from(MessageRow)) or 0
    newest = session.scalar(select(func.max(MessageRow.id))) or 0
    return WallPage(tuple(keys), total, newest, len(keys) == limit)


def keys_newer(session: Session, newest_id: int) -> WallPage:
    """Messages stored since `newest_id` was the newest, in the wall's order, with the wall's count."""
    query = (select(MessageRow.read, MessageRow.received, MessageRow.id).where(MessageRow.id > newest_id)
             .order_by(MessageRow.read, MessageRow.received.desc(), MessageRow.id.desc()))
    keys = tuple(WallKey(bool(r), received, number) for r, received, number in session.execute(query))
    total = session.scalar(select(func.count()).select_from(MessageRow)) or 0
    return WallPage(keys, total, max([newest_id, *(key.id for key in keys)]), False)


@dataclass
class WallOrder:
    """One visit's view of the wall: the ids read so far, in the order the wall had when it opened (a card marked
    read meanwhile does not move, nor come round again), and how many messages there are in all ("3 of 12"). New
    mail goes in front. Plain data: the screen reads the pages off the GUI thread and hands them in here."""

    ids: list[int] = field(default_factory=list)
    total: int = 0
    complete: bool = True
    newest_id: int = 0
    last: WallKey | None = None
    _known: set[int] = field(default_factory=set)

    def start(self, page: WallPage) -> None:
        """The first page of a visit."""
        self.ids, self._known, self.last, self.complete = [], set(), None, True
        self.newest_id = page.newest_id
        self.add_page(None, page)

    def wanted(self, index: int, ahead: int) -> WallKey | None:
        """The key to read the next page after, when `index` is within `ahead` of the end of what is read."""
        if self.complete or self.last is None or index + ahead < len(self.ids):
            return None
        return self.last

    def add_page(self, after: WallKey | None, page: WallPage) -> int:
        """The page read after `after` (ignored if the order has moved on since it was asked for); how many ids it
        added. Messages already here (read during this visit, so moved in the table's order) are not added twice."""
        if after != self.last:
            return 0
        if page.keys:
            self.last = page.keys[-1]
        fresh = [key.id for key in page.keys if key.id not in self._known]
        self.ids += fresh
        self._known.update(fresh)
        self.complete = not page.full
        self.total = len(self.ids) if self.complete else max(page.total, len(self.ids))
        return len(fresh)

    def merge(self, page: WallPage) -> int:
        """Mail stored since the visit began (keys_newer): put in front; how many came."""
        fresh = [key.id for key in page.keys if key.id not in self._known]
        self.ids[:0] = fresh
        self._known.update(fresh)
        self.newest_id = max(self.newest_id, page.newest_id)
        self.total = len(self.ids) if self.complete else max(page.total, len(self.ids))
        return len(fresh)
