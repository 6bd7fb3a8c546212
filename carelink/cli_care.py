"""The admin commands for care (DESIGN.md section 5): concern raise, concerns, checkin, call. Thin, over the
services."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from carelink.errors import UserError
from carelink.household import Household
from carelink.opener import BrowserOpener
from carelink.services.call_door import DoorAnswer, knock
from carelink.services.locales import clock_time
from carelink.services.mail_words import CATEGORIES, say, short_date
from carelink.services.status import CANNOT_SEND, Connection, connection_after
from carelink.translation import Translate, english, join_names, sentence

# Why a running window did not open the call (nothing opened, nobody invited)
REFUSED_WORDS = {
    DoorAnswer.BUSY: sentence("CareLink's window is busy with a call just now, so this call was not started and "
                              "{name} was not invited. Please try again when it is free."),
    DoorAnswer.LESSON: sentence("CareLink's window is in a lesson just now, so this call was not started and {name} "
                                "was not invited. Please try again when the lesson is over."),
    DoorAnswer.SETTING_UP: sentence("CareLink is still being set up in its window, so this call was not started "
                                    "and {name} was not invited. Please finish setting it up first."),
    DoorAnswer.DEMO: sentence("CareLink's window is showing the demo with its pretend family, not this household, "
                              "so this call was not started and {name} was not invited."),
}

if TYPE_CHECKING:
    from carelink.services.calls import UrlOpener
    from carelink.services.outbox import DeliveryReport

WAIT_FOR_OTHER_S = 10
# How far a concern or an outbox item has got, and what an outbox item is, in the listings' plain words
STATUS_WORDS = {"queued": sentence("waiting"), "sent": sentence("sent"), "failed": sentence("not sent"),
                "acknowledged": sentence("seen"), "escalated": sentence("sent to the backup too")}
KIND_WORDS = {"concern": sentence("concern"), "invite": sentence("call invite"), "checkin": sentence("check-in"),
              "reply": sentence("reply"), "alert": sentence("alert")}


def add_care_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    concern = commands.add_parser("concern", help=sentence("report a concern to the carer"))
    concern_what = concern.add_subparsers(dest="concern_command", metavar="ACTION", required=True)
    raise_ = concern_what.add_parser("raise", help=sentence("send a concern to the carer"))
    raise_.add_argument("--category", required=True, choices=tuple(CATEGORIES))
    raise_.add_argument("--note", default="", help=sentence("the person's own words"))
    raise_.add_argument("--call-back", action="store_true", help=sentence("they would like the carer to call"))

    concerns = commands.add_parser("concerns", help=sentence("list concerns and how far they have got"))
    concerns.add_argument("--json", action="store_true")

    commands.add_parser("checkin", help=sentence("tell the family \"I'm OK today\""))

    call = commands.add_parser("call", help=sentence("start a video call with a contact (sends them an invite)"))
    call.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    call.add_argument("--no-open", action="store_true", help=sentence("send the invite but do not open the call here"))


def concern(args: argparse.Namespace, household: Household) -> int:
    t = household.translate()
    to = household.concerns.recipients()
    raised = household.concerns.raise_concern(args.category, args.note, args.call_back)
    if to.to_family:
        print(say(t, "No carer is set up, so this concern goes to the family instead: {names}. (Add a carer with "
                     "'carelink contacts add NAME --email ADDRESS --role carer'.)", names=join_names(to.names, t)))
    report = household.courier.send_now()
    now = household.concerns.get(raised.id)  # read only: the courier's events have moved it on already
    for _ in range(WAIT_FOR_OTHER_S * 2):  # another CareLink was sending: it sends this too; wait a little for it
        if not report.deferred or now.status != "queued":
            break
        time.sleep(0.5)
        now = household.concerns.get(raised.id)
    carer, ref = join_names(now.carers, t), now.reference
    others = join_names(now.escalated_to, t)
    if now.status == "failed":
        phone = household.concerns.carer_phone(now)
        kept = UserError("Concern {reference} is kept; your family can see it in 'carelink outbox'.",
                         {"reference": ref})
        if phone:
            raise UserError("CareLink could not send this. Please phone {name} on {phone}. ({why}{kept})",
                            {"name": carer, "phone": phone, "why": _why(report), "kept": kept})
        raise UserError("CareLink could not send this. Please phone {name}. ({why}{kept})",
                        {"name": carer, "why": _why(report), "kept": kept})
    if now.status == "escalated":
        print(say(t, "{name}'s email address did not work, so it was sent to {others} instead. (Concern "
                     "{reference})", name=carer, others=others, reference=ref))
    elif now.status in ("sent", "acknowledged"):
        print(say(t, "Sent to {name}. (Concern {reference})", name=carer, reference=ref))
    elif now.escalated_to:
        print(say(t, "{name}'s email address did not work; it will be sent to {others} when the connection is "
                     "back. (Concern {reference})", name=carer, others=others, reference=ref))
    elif stuck := stuck_words(report, t):
        print(say(t, "Stored, not sent: {why}. It will be sent to {name} once that is done. (Concern {reference})",
                  why=stuck, name=carer, reference=ref))
    elif report.deferred:
        print(say(t, "Stored: another CareLink on this computer is sending it to {name}. (Concern {reference})",
                  name=carer, reference=ref))
    else:
        print(say(t, "Stored: it will be sent to {name} when the connection is back. (Concern {reference})",
                  name=carer, reference=ref))
    return 0


def stuck_words(report: DeliveryReport, translate: Translate = english) -> str | None:
    """Why nothing can be sent until the family acts (no account, a refused password), or None."""
    state = connection_after(report)
    return translate(CANNOT_SEND[state]) if state in (Connection.NOT_SET_UP, Connection.LOGIN_REFUSED) else None


def _why(report: DeliveryReport) -> UserError | str:
    """The server's reason for the last refusal, in a sentence (ending in a space), or nothing: said in the
    reader's language with the rest of the message."""
    refused = [i for i in report.tried if i.status == "failed" and i.last_error]
    return UserError("The mail server said: {reason} ", {"reason": refused[-1].problem or refused[-1].last_error}) \
        if refused else ""


def concerns(args: argparse.Namespace, household: Household) -> int:
    found = household.concerns.list()
    if args.json:
        print(json.dumps([c.as_json() for c in found], indent=2))
        return 0
    t = household.translate()
    for c in found:
        seen = say(t, ", seen by {name}", name=c.acknowledged_by) if c.acknowledged_by else ""
        status = t(STATUS_WORDS.get(c.status, c.status))
        print(f"{c.id:>5}  {short_date(c.created, t)}  {c.category:<7} {status}{seen}  {c.note[:50]}")
    return 0


def checkin(args: argparse.Namespace, household: Household) -> int:
    t = household.translate()
    at = household.checkin.check_in()
    report = household.courier.send_now()
    when = clock_time(at, household.settings.locale)
    if any(item.kind == "checkin" and item.status == "failed" for item in report.tried):
        raise UserError("CareLink could not tell the family: the mail server refused it. {why}Please phone them "
                        "instead.", {"why": _why(report)})
    if stuck := stuck_words(report, t):
        print(say(t, "Stored at {time}, not sent: {why} ('carelink setup email').", time=when, why=stuck))
    elif report.deferred:
        print(say(t, "Stored at {time}: another CareLink on this computer is telling the family.", time=when))
    elif report.waiting:
        print(say(t, "Stored at {time}: the family will be told when the connection is back.", time=when))
    else:
        print(say(t, "Told the family you're OK at {time}.", time=when))
    return 0


def call(args: argparse.Namespace, household: Household, opener: UrlOpener | None = None) -> int:
    """In CareLink's own window when one runs on this household: the window starts the call and invites the contact
    once the call's page has opened there, as a call started on its screen does (nothing is sent from here). When
    that window cannot take it (another call, a lesson, its first-run setup, the demo on show), nothing happens:
    the command says why on stderr, prints the contact's call link all the same (the one their invite would
    carry, for the family to use another way) and exits 1. With no window, the invite goes from here and the
    browser opens the call; with --no-open, only the invite goes. Every way, the call link is printed."""
    t = household.translate()
    if not args.no_open:
        planned = household.calls.plan(args.contact_id)  # (a contact who is not there: plain words, no knock)
        answer = knock(household.paths.root, planned.contact.id)
        if answer is DoorAnswer.OPENED:
            print(say(t, "The call opens in CareLink's window. {name} is sent the invite as soon as it has opened "
                         "there.", name=planned.contact.name))
            print(planned.open_url)
            return 0
        if answer.refused:  # nothing opened, nobody invited: why (stderr), and the link all the same (stdout)
            print(say(t, REFUSED_WORDS[answer], name=planned.contact.name), file=sys.stderr)
            print(planned.invite_url)
            return 1
    plan = household.calls.start_call(args.contact_id)
    report = household.courier.send_now()
    name = plan.contact.name
    if any(item.kind == "invite" and item.status == "failed" for item in report.tried):
        print(UserError("The invite to {name} could not be sent. {why}Phone them to say you are calling.",
                        {"name": name, "why": _why(report)}).words(t))
    elif stuck := stuck_words(report, t):
        print(say(t, "The invite to {name} was not sent: {why}. Phone them to say you are calling.", name=name,
                  why=stuck))
    elif report.waiting:
        print(say(t, "Invited {name} to the call (the invite will go when the connection is back).", name=name))
    else:
        print(say(t, "Invited {name} to the call.", name=name))
    if not args.no_open and not (opener or BrowserOpener()).open(plan.open_url):  # (no window: the browser)
        print(t(sentence("The call could not be opened here: open the link below in a web browser.")))
    print(plan.open_url)
    return 0


CARE_COMMANDS: dict[str | None, Callable[[argparse.Namespace, Household], int]] = {
    "concern": concern, "concerns": concerns, "checkin": checkin, "call": call,
}
