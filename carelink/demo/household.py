"""Fills an empty demo household with a pretend family, their carer and a dozen messages.

Everyone here uses example.org addresses (reserved, never delivered), and the demo lives in its own folder. The
messages are written in the household's language at the time it is seeded (a French workshop's practice wall starts
in French): each is a core sentence, translated in assets/translations like the emails CareLink sends. The names
stay as they are.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path

from carelink.clock import Clock
from carelink.services.admin_pin import AdminPin
from carelink.services.contacts import ContactService
from carelink.services.locales import LANGUAGES, system_locale
from carelink.services.mail_words import say
from carelink.services.settings import SettingsService
from carelink.services.wall import WallService
from carelink.translation import Translate, Translations, language_of, sentence

DEMO_PIN = "1234"
DEMO_PERSON = "Mary"
DEMO_LOCALE = "en-GB"  # the pretend family lives in Britain: 999 on the concern screen

FAMILY = (
    ("Sarah Jones", "sarah@example.org", "family"),
    ("Tom Jones", "tom@example.org", "family"),
    ("Emma Jones", "emma@example.org", "family"),
    ("David Price", "david@example.org", "family"),
    ("Jane Wilson", "jane.carer@example.org", "carer"),
)

# (sender index, hours ago, text ("{name}" is the person's name), picture or None, already read)
MESSAGES = (
    (0, 1, sentence("Good morning Mum! The sun is out here at last. Shall I call you after lunch?"), None, False),
    (2, 3, sentence("Hi Gran! Look at the cake I made for Dad's birthday. It has real strawberries on top."),
     "birthday_cake", False),
    (1, 5, sentence("We went down to the harbour on Saturday. The boats were all out. Wish you had been there!"),
     "boat", False),
    (3, 20, sentence("Hello {name}, the roses in my garden have come out. They made me think of yours."), "flowers",
     False),
    (0, 26, sentence("Don't forget the doctor's appointment on Thursday at 10. I'll pick you up at 9:30."), None,
     True),
    (2, 30, sentence("Gran, I got a gold star at school for my painting of a house by the sea!"), "house", True),
    (1, 48, sentence("A picture from our walk in the hills. It was a long way up but worth it."), "mountains", True),
    (0, 52, sentence("Thank you for the lovely card. The children loved it."), None, True),
    (3, 75, sentence("Beautiful evening here. Speak soon, your brother David."), "sunset", True),
    (2, 96, sentence("We built a sandcastle as tall as me!"), "beach", True),
    (1, 120, sentence("The garden is looking lovely after all that rain."), "garden", True),
    (0, 144, sentence("Love you Mum. Sleep well."), None, True),
)


def demo_locale(computer: str | None = None) -> str:
    """The demo's language: the computer's own where CareLink is written in it (a French PC's demo family write in
    French, from France), else the British family's English."""
    found = computer if computer is not None else system_locale()
    language = language_of(found)
    return found if language in LANGUAGES and language != "en" else DEMO_LOCALE


def is_seeded(settings: SettingsService) -> bool:
    return bool(settings.person_name)


def seed_demo(settings: SettingsService, pin: AdminPin, contacts: ContactService, wall: WallService,
              photos_folder: Path, clock: Clock, person: str = DEMO_PERSON, locale: str = DEMO_LOCALE,
              translations: Translations | None = None) -> None:
    """Fill the demo household once, for `person` (the older adult's first name: the demo's Mary, or a
    tutorial's learner), its messages written in the language of `locale` (which becomes the household's); a
    second call changes nothing."""
    if is_seeded(settings):
        return
    from carelink.demo.pictures import make_scene  # (with Pillow) only when there is something to draw
    from carelink.demo.portraits import portrait_for

    pin.set(DEMO_PIN)
    settings.set("locale", locale)
    words: Translate = (translations or Translations()).for_locale(settings.locale)
    # each with a drawn portrait (assets/portraits), so "Tap Sarah's picture" finds a picture, not initials
    people = [contacts.add(name, email, role, photo=portrait_for(email)) for name, email, role in FAMILY]
    now = clock.now()
    photos_folder.mkdir(parents=True, exist_ok=True)
    for seed, (sender, hours_ago, text, scene, read) in enumerate(MESSAGES):
        pictures: tuple[str, ...] = ()
        if scene:
            name = f"demo-{scene}-{secrets.token_hex(4)}.png"
            (photos_folder / name).write_bytes(make_scene(scene, seed=seed))
            pictures = (name,)
        writer = people[sender]
        wall.add(writer.id, writer.email, say(words, text, name=person), now - timedelta(hours=hours_ago),
                 pictures, read=read)
    # Last, so that an interrupted seed is tried again on the next start.
    settings.set("person.name", person)
