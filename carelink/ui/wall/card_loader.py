"""Cards for the wall screen, loaded through the background runner once each: the message with stand-ins of its
photos' shapes first (its words are shown at once), then its photos decoded."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject

from carelink.household import Household
from carelink.ui.runner import BackgroundRunner
from carelink.ui.wall.loading import CardData, load_card, with_photos

log = logging.getLogger(__name__)


class CardLoader:
    """`loaded(card)` when a card's message is in (photos still stand-ins when `card.photos_pending`),
    `photos(card)` when its photos are decoded, `failed(wall_id, error)` when the message could not be read."""

    def __init__(self, household: Household, runner: BackgroundRunner, owner: QObject,
                 loaded: Callable[[CardData], None], photos: Callable[[CardData], None],
                 failed: Callable[[int, BaseException], None]) -> None:
        self._household, self._runner, self._owner = household, runner, owner
        self._loaded, self._photos, self._failed = loaded, photos, failed
        self._requested: set[int] = set()
        self._read: set[int] = set()  # cards shown and marked read here

    def note_read(self, wall_id: int) -> None:
        """The card was shown, and is being marked read on a worker: a copy loaded before that mark is saved (a
        card loaded again on the way back to it) is read too, never "New" again."""
        self._read.add(wall_id)

    def request(self, wall_id: int) -> None:
        """Load this card unless it is being loaded already."""
        if wall_id in self._requested:
            return
        self._requested.add(wall_id)
        wall, contacts = self._household.wall, self._household.contacts
        self._runner.run_task(lambda: load_card(wall, contacts, wall_id, photos_later=True), self._card_in,
                              lambda error: self._card_failed(wall_id, error), owner=self._owner)

    def _card_in(self, card: CardData) -> None:
        self._requested.discard(card.message.id)
        if card.message.id in self._read and not card.message.read:
            card = card.marked_read()
        self._loaded(card)
        if card.photos_pending:  # decoded off the GUI thread while the words are already on show
            self._runner.run_task(lambda: with_photos(card), self._photos,
                                  lambda error: self._photos_failed(card, error), owner=self._owner)

    def _card_failed(self, wall_id: int, error: BaseException) -> None:
        self._requested.discard(wall_id)
        self._failed(wall_id, error)

    def _photos_failed(self, card: CardData, error: BaseException) -> None:
        """The stand-ins give way to "could not be shown" (never a grey box for good)."""
        log.error("could not decode a card's photos", exc_info=error)
        self._photos(replace(card, photos=tuple(None for _ in card.photos), photos_pending=False))
