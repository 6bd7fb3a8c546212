"""The admin commands for care (DESIGN.md section 5): concern raise, concerns, checkin, call. Thin, over the
services."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from carelink.errors import UserError
from carelink.household import Household
from carelink.opener import BrowserOpener
from carelink.services.call_door import DoorAnswer, knock
from carelink.services.locales import clock_time
from carelink.services.mail_words import CATEGORIES
from carelink.services.status import CANNOT_SEND, Connection, connection_after

if TYPE_CHECKING:
    from carelink.services.calls import UrlOpener
    from carelink.services.outbox import DeliveryReport

WAIT_FOR_OTHER_S = 10


def add_care_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    concern = commands.add_parser("concern", help="report a concern to the carer")
    concern_what = concern.add_subparsers(dest="concern_command", metavar="ACTION", required=True)
    raise_ = concern_what.add_parser("raise", help="send a concern to the carer")
    raise_.add_argument("--category", required=True, choices=tuple(CATEGORIES))
    raise_.add_argument("--note", default="", help="the person's own words")
    raise_.add_argument("--call-back", action="store_true", help="they would like the carer to call")

    concerns = commands.add_parser("concerns", help="list concerns and how far they have got")
    concerns.add_argument("--json", action="store_true")

    commands.add_parser("checkin", help="tell the family \"I'm OK today\"")

    call = commands.add_parser("call", help="start a video call with a contact (sends them an invite)")
    call.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    call.add_argument("--no-open", action="store_true", help="send the invite but do not open the call here")


def concern(args: argparse.Namespace, household: Household) -> int:
    to = household.concerns.recipients()
    raised = household.concerns.raise_concern(args.category, args.note, args.call_back)
    if to.to_family:
        print(f"No carer is set up, so this concern goes to the family instead: {to.names}. (Add a carer with "
              "'carelink contacts add NAME --email ADDRESS --role carer'.)")
    report = household.courier.send_now()
    now = household.concerns.get(raised.id)  # read only: the courier's events have moved it on already
    for _ in range(WAIT_FOR_OTHER_S * 2):  # another CareLink was sending: it sends this too; wait a little for it
        if not report.deferred or now.status != "queued":
            break
        time.sleep(0.5)
        now = household.concerns.get(raised.id)
    carer, ref = now.carer_name, now.reference
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
        print(f"{carer}'s email address did not work, so it was sent to {now.escalated_to} instead. (Concern {ref})")
    elif now.status in ("sent", "acknowledged"):
        print(f"Sent to {carer}. (Concern {ref})")
    elif now.escalated_to:
        print(f"{carer}'s email address did not work; it will be sent to {now.escalated_to} when the connection "
              f"is back. (Concern {ref})")
    elif stuck := stuck_words(report):
        print(f"Stored, not sent: {stuck}. It will be sent to {carer} once that is done. (Concern {ref})")
    elif report.deferred:
        print(f"Stored: another CareLink on this computer is sending it to {carer}. (Concern {ref})")
    else:
        print(f"Stored: it will be sent to {carer} when the connection is back. (Concern {ref})")
    return 0


def stuck_words(report: DeliveryReport) -> str | None:
    """Why nothing can be sent until the family acts (no account, a refused password), or None."""
    state = connection_after(report)
    return CANNOT_SEND[state] if state in (Connection.NOT_SET_UP, Connection.LOGIN_REFUSED) else None


def _why(report: DeliveryReport) -> UserError | str:
    """The server's reason for the last refusal, in a sentence (ending in a space), or nothing."""
    reasons = [i.last_error for i in report.tried if i.status == "failed" and i.last_error]
    return UserError("The mail server said: {reason} ", {"reason": reasons[-1]}) if reasons else ""


def concerns(args: argparse.Namespace, household: Household) -> int:
    found = household.concerns.list()
    if args.json:
        print(json.dumps([c.as_json() for c in found], indent=2))
        return 0
    for c in found:
        seen = f", seen by {c.acknowledged_by}" if c.acknowledged_by else ""
        print(f"{c.id:>5}  {c.created:%d %b %H:%M}  {c.category:<7} {c.status}{seen}  {c.note[:50]}")
    return 0


def checkin(args: argparse.Namespace, household: Household) -> int:
    at = household.checkin.check_in()
    report = household.courier.send_now()
    when = clock_time(at, household.settings.locale)
    if any(item.kind == "checkin" and item.status == "failed" for item in report.tried):
        raise UserError("CareLink could not tell the family: the mail server refused it. {why}Please phone them "
                        "instead.", {"why": _why(report)})
    if stuck := stuck_words(report):
        print(f"Stored at {when}, not sent: {stuck} ('carelink setup email').")
    elif report.deferred:
        print(f"Stored at {when}: another CareLink on this computer is telling the family.")
    elif report.waiting:
        print(f"Stored at {when}: the family will be told when the connection is back.")
    else:
        print(f"Told the family you're OK at {when}.")
    return 0


def call(args: argparse.Namespace, household: Household, opener: UrlOpener | None = None) -> int:
    plan = household.calls.start_call(args.contact_id)
    report = household.courier.send_now()
    if any(item.kind == "invite" and item.status == "failed" for item in report.tried):
        print(f"The invite to {plan.contact.name} could not be sent ({str(_why(report)).strip() or 'refused'}); "
              "phone them to say you are calling.")
    elif stuck := stuck_words(report):
        print(f"The invite to {plan.contact.name} was not sent: {stuck}. Phone them to say you are calling.")
    else:
        waiting = " (the invite will go when the connection is back)" if report.waiting else ""
        print(f"Invited {plan.contact.name} to the call{waiting}.")
    if not args.no_open:
        _open_call(household, plan.contact.id, plan.open_url, opener or BrowserOpener())
    print(plan.open_url)
    return 0


def _open_call(household: Household, contact_id: int, url: str, opener: UrlOpener) -> None:
    """In CareLink's own window when it is running on this household (its call window, no browser); in the
    browser otherwise."""
    answer = knock(household.paths.root, contact_id)
    if answer is DoorAnswer.OPENED:
        print("The call opens in CareLink's window.")
    elif answer is DoorAnswer.BUSY:
        print("CareLink's window is in another call just now, so this one was not opened.")
    elif not opener.open(url):
        print("The call could not be opened here: open the link below in a web browser.")


CARE_COMMANDS: dict[str | None, Callable[[argparse.Namespace, Household], int]] = {
    "concern": concern, "concerns": concerns, "checkin": checkin, "call": call,
}
