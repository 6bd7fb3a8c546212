"""The pretend family's seeded messages (the demo household's and the workshop's practice household's wall) are in
the household's language at the time it is seeded, and again after a reset: a French workshop's wall starts in
French. The shipped translations (assets/translations), compared with the English sentences they come from."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from carelink.app import build_tutorial_household, reset_tutorial
from carelink.demo.household import DEMO_LOCALE, MESSAGES, demo_locale
from carelink.household import Household
from carelink.services.mail_words import say
from carelink.translation import english
from tests.helpers import make_clock, make_household, memory_secrets

pytestmark = pytest.mark.noqt

LOCALES = ("cy-GB", "de-DE", "es-ES", "fr-FR")
LEARNER = "Rose"


def english_sentences(person: str) -> set[str]:
    return {say(english, text, name=person) for _, _, text, _, _ in MESSAGES}


def practice(data_dir: Path, locale: str | None) -> Household:
    return build_tutorial_household(data_dir, LEARNER, clock=make_clock(), secrets=memory_secrets(),
                                    reply_after_s=0.0, locale=locale)


def check_wall_speaks(household: Household, person: str) -> None:
    """Every seeded card is in the household's language (no English source sentence, and not one left as it
    was), from an approved contact of the pretend family, and nothing was held back."""
    cards = household.wall.messages()
    assert len(cards) == len(MESSAGES)
    sources = english_sentences(person)
    assert not [card.text for card in cards if card.text in sources], "an English sentence on the wall"
    approved = {contact.email for contact in household.contacts.list()}
    assert all(card.sender_email in approved and card.sender_name for card in cards)
    assert household.held.list() == []
    assert any(person in card.text for card in cards), "the person's name is filled in, in their language too"


@pytest.mark.parametrize("locale", LOCALES)
def test_a_workshop_s_practice_wall_starts_in_the_household_s_language(tmp_path: Path, locale: str) -> None:
    with closing(practice(tmp_path, locale)) as household:
        assert household.settings.locale == locale
        check_wall_speaks(household, LEARNER)


@pytest.mark.parametrize("locale", LOCALES)
def test_after_a_reset_the_practice_wall_is_seeded_again_in_the_language_of_the_time(tmp_path: Path,
                                                                                     locale: str) -> None:
    with closing(practice(tmp_path, None)) as household:  # the demo family's own English first
        assert {card.text for card in household.wall.messages()} == english_sentences(LEARNER)
    reset_tutorial(tmp_path)
    with closing(practice(tmp_path, locale)) as household:
        check_wall_speaks(household, LEARNER)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_pretend_family_s_answers_still_reach_a_wall_seeded_in_another_language(tmp_path: Path,
                                                                                  locale: str) -> None:
    with closing(practice(tmp_path, locale)) as household:
        sarah = next(card for card in household.wall.messages() if card.sender_email == "sarah@example.org")
        household.replies.reply(sarah.id, "Bonjour")
        household.sync.sync_once()  # the learner's reply goes (the pretend family hears it) ...
        household.sync.sync_once()  # ... and Sarah's answer, a real email, is fetched and filed
        cards = household.wall.messages()
        assert len(cards) == len(MESSAGES) + 1
        assert household.held.list() == []


@pytest.mark.parametrize("locale", LOCALES)
def test_the_demo_household_speaks_the_computer_s_language_where_carelink_is_written_in_it(
        tmp_path: Path, locale: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("carelink.demo.household.system_locale", lambda: locale)
    with closing(make_household(tmp_path, demo=True)) as household:
        assert household.settings.locale == locale
        check_wall_speaks(household, "Mary")


def test_the_demo_family_is_british_on_a_computer_in_a_language_carelink_is_not_written_in() -> None:
    assert demo_locale("fr-CA") == "fr-CA"
    assert demo_locale("en-US") == DEMO_LOCALE == "en-GB"  # (999 on the concern screen, as before)
    assert demo_locale("it-IT") == DEMO_LOCALE
