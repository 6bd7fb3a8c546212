"""The words for a concern's progress and today's check-in, shared by their screens and Home."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from carelink.services.locales import clock_time
from carelink.services.mail_words import CATEGORIES
from carelink.services.status import Connection
from carelink.ui.announce import joined_names
from carelink.ui.theme import Palette
from carelink.ui.widgets import core_tr, tr

if TYPE_CHECKING:
    from carelink.services.concerns import Concern


def category_words() -> dict[str, str]:
    """What is wrong, in the older adult's words, for each kind of concern: the one list (services/mail_words.py),
    in the household's language."""
    return {key: core_tr(words) for key, words in CATEGORIES.items()}


def time_text(moment: datetime, locale: str) -> str:
    """"10:42" (or "10:42 AM" where that is how the clock is read): the one time format (services.locales)."""
    return clock_time(moment, locale)


def carer_words(name: str | None) -> str:
    return name or tr("your carer")


def cannot_send_words(state: Connection) -> str | None:
    """Why nothing at all can be sent now, when the family must act (no account, a refused password), or None."""
    if state is Connection.NOT_SET_UP:
        return tr("CareLink can't send messages yet — ask your family to set up email")
    if state is Connection.LOGIN_REFUSED:
        return tr("Your family needs to check the email password")
    return None


def concern_words(concern: Concern, offline: bool, locale: str, phone: str | None = None,
                  state: Connection | None = None) -> str:
    """How a concern is getting on, in one plain sentence with a tick when it has arrived. Never "sent" or "told"
    before a mail server accepted it; when it could not be sent at all, whom to phone (on `phone`) instead. With
    `state` (what the account can do), a concern still waiting says why nothing can go, if nothing can."""
    carer = carer_words(joined_names(concern.carers))
    others = joined_names(concern.escalated_to)
    stuck = cannot_send_words(state) if state is not None and concern.status == "queued" else None
    if stuck is not None:
        return stuck
    if concern.status == "failed":
        if phone:
            return tr("CareLink could not send this. Please phone {name} on {phone}").format(name=carer, phone=phone)
        return tr("CareLink could not send this. Please phone {name}").format(name=carer)
    if concern.status == "acknowledged" and concern.acknowledged is not None:
        return tr("{name} has seen your concern ✓ {time}").format(
            name=concern.acknowledged_by or carer, time=time_text(concern.acknowledged, locale))
    if concern.status == "escalated":
        return tr("No answer from {name} yet — we have told {others} too").format(
            name=carer, others=others or tr("your family"))
    if concern.status == "sent" and concern.sent is not None:
        return tr("Sent to {name} at {time} ✓").format(name=carer, time=time_text(concern.sent, locale))
    if concern.escalated_to:  # the carer's address was refused: it is on its way to the backup carer instead
        if offline:
            return tr("{name}'s email did not work — it will go to {others} when the connection is back").format(
                name=carer, others=others)
        return tr("{name}'s email did not work — sending to {others}…").format(
            name=carer, others=others)
    if offline:
        return tr("It will be sent to {name} when the connection is back").format(name=carer)
    return tr("Sending to {name}…").format(name=carer)


def family_concern_words(concern: Concern, offline: bool, locale: str, phone: str | None = None,
                         state: Connection | None = None) -> str:
    """How a concern that went to the family (no carer is set up) is getting on: it says so, only when true."""
    names = joined_names(concern.carers)
    stuck = cannot_send_words(state) if state is not None and concern.status == "queued" else None
    if stuck is not None:  # both are true, and the person needs both: where it will go, and why not yet
        return tr("No carer is set up, so this will go to {names}. {why}").format(names=names, why=stuck)
    if concern.status == "sent" and concern.sent is not None:
        return tr("No carer is set up, so this went to {names} at {time} ✓").format(
            names=names, time=time_text(concern.sent, locale))
    if concern.status == "queued" and not concern.escalated_to:
        if offline:
            return tr("No carer is set up, so this will go to {names} when the connection is back").format(
                names=names)
        return tr("No carer is set up, so this is going to {names}…").format(names=names)
    return concern_words(concern, offline, locale, phone, state)


def checkin_words(moment: datetime, locale: str, told: bool = True) -> str:
    """Today's check-in: "told" only once its email was taken by the mail server."""
    if told:
        return tr("You told your family you're OK at {time}").format(time=time_text(moment, locale))
    return tr("You said you're OK at {time} — it has not reached your family yet").format(
        time=time_text(moment, locale))


def field_style(p: Palette) -> str:
    """A many-line text box in the theme's field colours (the application's style sheet covers one-line boxes)."""
    return (f"QPlainTextEdit {{ background: {p.field}; color: {p.field_text}; border: 5px solid {p.border};"
            f" border-radius: 8px; padding: 6px 10px; }} QPlainTextEdit:focus {{ border-color: {p.focus}; }}")
