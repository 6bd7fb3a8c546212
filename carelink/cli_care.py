"""The admin commands for care (DESIGN.md section 5): concern raise, concerns, checkin, call. Thin, over the
services."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from carelink.app import Household
from carelink.opener import BrowserOpener
from carelink.services.calls import UrlOpener
from carelink.services.concerns import CATEGORIES
from carelink.services.outbox import NOT_SET_UP


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
    raised = household.concerns.raise_concern(args.category, args.note, args.call_back)
    report = household.outbox.deliver_due()
    now = household.concerns.get(raised.id)  # a carer address refused for good is passed on here
    if now.status == "escalated":
        household.outbox.deliver_due()
        print(f"{now.carer_name}'s email address did not work, so it was sent to {now.escalated_to} instead. "
              f"(Concern {now.reference})")
    elif now.status == "sent":
        print(f"Sent to {now.carer_name}. (Concern {now.reference})")
    elif report.error == NOT_SET_UP:
        print(f"Stored: it will be sent to {now.carer_name} as soon as email is set up. (Concern {now.reference})")
    else:
        print(f"Stored: it will be sent to {now.carer_name} when the connection is back. (Concern {now.reference})")
    return 0


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
    report = household.outbox.deliver_due()
    sent = "" if report.waiting == 0 else " (it will be sent when the connection is back)"
    print(f"Told the family you're OK at {at:%H:%M}{sent}.")
    return 0


def call(args: argparse.Namespace, household: Household, opener: UrlOpener | None = None) -> int:
    plan = household.calls.start_call(args.contact_id)
    report = household.outbox.deliver_due()
    waiting = " (the invite will go when the connection is back)" if report.waiting else ""
    print(f"Invited {plan.contact.name} to the call{waiting}.")
    if not args.no_open and not (opener or BrowserOpener()).open(plan.open_url):
        print("The call could not be opened here: open the link below in a web browser.")
    print(plan.open_url)
    return 0


CARE_COMMANDS: dict[str | None, Callable[[argparse.Namespace, Household], int]] = {
    "concern": concern, "concerns": concerns, "checkin": checkin, "call": call,
}
