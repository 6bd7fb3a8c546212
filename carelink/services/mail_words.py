"""The words of the emails CareLink sends, in the reader's language: the one list of concern categories, the
concern email (with its structured part: who, what, when, their words, call back), the check-in, the missed
check-in alert, the call invite and the reply's signature. Every sentence is marked with `sentence()`, so
scripts/core_sentences.py puts it into the translation files; `translate` is the reader's language
(carelink.translation)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from carelink.translation import Translate, fill, sentence

# The kinds of concern, in the order the screen shows them: the one list (the screen, the command line and the
# carer's email all use it).
CATEGORIES: dict[str, str] = {
    "unwell": sentence("I feel unwell"),
    "lonely": sentence("I feel lonely or low"),
    "care": sentence("A problem with my care"),
    "safety": sentence("Someone is worrying me"),
    "home": sentence("Something at home is broken"),
    "other": sentence("Something else"),
}
WEEKDAYS = (sentence("Monday"), sentence("Tuesday"), sentence("Wednesday"), sentence("Thursday"),
            sentence("Friday"), sentence("Saturday"), sentence("Sunday"))
MONTHS = (sentence("January"), sentence("February"), sentence("March"), sentence("April"), sentence("May"),
          sentence("June"), sentence("July"), sentence("August"), sentence("September"), sentence("October"),
          sentence("November"), sentence("December"))
# A month in a listing's short date ("03 Dec 14:05"), as each language shortens it
SHORT_MONTHS = (sentence("Jan"), sentence("Feb"), sentence("Mar"), sentence("Apr"), sentence("May"),
                sentence("Jun"), sentence("Jul"), sentence("Aug"), sentence("Sep"), sentence("Oct"), sentence("Nov"),
                sentence("Dec"))
SIGNATURE = sentence("(sent with CareLink)")


def say(translate: Translate, template: str, **values: object) -> str:
    """One sentence in the reader's language, its {placeholders} filled in (the English if a translation broke)."""
    return fill(translate(template), values, fallback=template)


def long_date(moment: datetime, translate: Translate) -> str:
    """"Thursday 3 December 2026 at 14:05", in the reader's language and word order."""
    local = moment.astimezone()
    return say(translate, "{weekday} {day} {month} {year} at {time}", weekday=translate(WEEKDAYS[local.weekday()]),
               day=local.day, month=translate(MONTHS[local.month - 1]), year=local.year,
               time=f"{local.hour:02d}:{local.minute:02d}")


def short_date(moment: datetime, translate: Translate) -> str:
    """"03 Dec 14:05" for the command line's listings, the month in the reader's language (padded to the longest,
    so the columns after it stay in line)."""
    months = [translate(month) for month in SHORT_MONTHS]
    width = max(len(month) for month in months)
    return f"{moment:%d} {months[moment.month - 1]:<{width}} {moment:%H:%M}"


def concern_subject(translate: Translate, name: str, category: str, reference: str) -> str:
    return say(translate, "CareLink concern from {name}: {what} [{reference}]",
               name=name or translate(sentence("someone you care for")), what=translate(CATEGORIES[category]),
               reference=reference)


def concern_body(translate: Translate, person: str, facts: Mapping[str, object], opening: str) -> str:
    """`opening` is "", "to_family", "refused" or "escalation"; `facts`: category, created, note, call_back,
    carer_name, reference, emergency_number."""
    name = person or translate(sentence("The person you care for"))
    note = str(facts["note"])
    words = f'"{note}"' if note else say(translate, "{name} did not add any words.", name=name)
    openings = {
        "to_family": sentence("No carer is set up in CareLink yet, so this concern comes to {name}'s family. "
                              "(A carer can be added in CareLink's Settings → Contacts.)"),
        "refused": sentence("CareLink could not deliver this concern to {carer} (the mail server refused their "
                            "address), so it is sending it to you instead."),
        "escalation": sentence("{carer} has not answered this concern yet, so CareLink is sending it to you too."),
    }
    first = say(translate, openings[opening], name=name, carer=facts["carer_name"]) + "\n\n" if opening else ""
    created = facts["created"]
    assert isinstance(created, datetime)
    answer = translate(sentence("Yes")) if facts["call_back"] else translate(sentence("No"))
    lines = [
        first + say(translate, "{name} has reported a concern with CareLink.", name=name), "",
        say(translate, "What is wrong: {what}", what=translate(CATEGORIES[str(facts["category"])])),
        say(translate, "When: {when}", when=long_date(created, translate)),
        say(translate, "In {name}'s own words: {words}", name=name, words=words),
        say(translate, "Would like a call back: {answer}", answer=answer), "",
        say(translate, "Please reply to this email to let {name} know you have seen it. Any reply will do.",
            name=name), "",
        say(translate, "CareLink is not an emergency service. If {name} may be in danger, call {number}.",
            name=name, number=facts["emergency_number"]), "",
        say(translate, "Reference: CareLink concern {reference}", reference=facts["reference"]),
    ]
    return "\n".join(lines) + "\n"


def family_member(translate: Translate, person: str) -> str:
    return person or translate(sentence("Your family member"))


def checkin_mail(translate: Translate, person: str, at: datetime) -> tuple[str, str]:
    name = family_member(translate, person)
    return (say(translate, "{name} is OK today", name=name),
            say(translate, "{name} says they're OK today ({time}).", name=name, time=f"{at:%H:%M}")
            + f"\n\n{translate(SIGNATURE)}\n")


def missed_checkin_mail(translate: Translate, person: str, deadline: str) -> tuple[str, str]:
    name = family_member(translate, person)
    return (say(translate, "{name} has not checked in today", name=name),
            say(translate, "{name} has not tapped \"I'm OK today\" in CareLink by {time} today.", name=name,
                time=deadline) + "\n\n"
            + say(translate, "It may be nothing — but please give {name} a call to check they are all right.",
                  name=name) + "\n\n" + translate(sentence("(sent by CareLink)")) + "\n")


SIGN_IN_NOTE = sentence("The first time you join on meet.jit.si, it asks you to sign in (with your Google account) "
                        "to start the call.")


def invite_mail(translate: Translate, person: str, link: str, sign_in: bool) -> tuple[str, str]:
    name = family_member(translate, person)
    note = translate(SIGN_IN_NOTE) + "\n\n" if sign_in else ""
    return (say(translate, "{name} would like a video call now", name=name),
            say(translate, "{name} would like a video call now — join here: {link}", name=name, link=link)
            + f"\n\n{note}{translate(SIGNATURE)}\n")


def reply_mail(translate: Translate, person: str, subject: str, words: str) -> tuple[str, str]:
    name = family_member(translate, person)
    subject = subject.strip() or say(translate, "A message from {name}", name=name)
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}"
    return subject, f"{words}\n\n— {name}\n{translate(SIGNATURE)}\n"
