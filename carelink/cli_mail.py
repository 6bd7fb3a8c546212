"""The admin commands for mail (DESIGN.md section 5): setup email, sync, wall, held, reply, outbox.

Each is thin: it parses nothing itself (cli.py does), calls a service, and prints.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from carelink.channels.email.account import make_account
from carelink.cli_care import KIND_WORDS, STATUS_WORDS, stuck_words
from carelink.cli_pin import NO_PIN_YET, PIN_SET, read_pin
from carelink.errors import UserError
from carelink.household import Household
from carelink.services.mail_words import say, short_date
from carelink.translation import Translate, sentence

if TYPE_CHECKING:
    from carelink.services.mail_sync import SyncReport

POLL_SECONDS = 60


def add_mail_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    setup = commands.add_parser("setup", help=sentence("set up the email account"))
    setup_what = setup.add_subparsers(dest="setup_command", metavar="WHAT", required=True)
    email = setup_what.add_parser("email", help=sentence("the email account CareLink reads and sends with"))
    email.add_argument("--address", required=True)
    email.add_argument("--imap-host", required=True)
    email.add_argument("--imap-port", type=int)
    email.add_argument("--smtp-host", required=True)
    email.add_argument("--smtp-port", type=int)
    email.add_argument("--username", default="")
    email.add_argument("--security", required=True, choices=("ssl", "starttls", "none"))
    email.add_argument("--password-stdin", action="store_true", help=sentence("read the password from standard input"))
    email.add_argument("--pin-stdin", action="store_true",
                       help=sentence("also set the Settings PIN, read from standard input (after the password's line)"))

    sync = commands.add_parser("sync", help=sentence("fetch new mail and send the outbox"))
    sync.add_argument("--once", action="store_true",
                      help=sentence("one pass, then stop (exit 1 if the server is unreachable)"))

    wall = commands.add_parser("wall", help=sentence("list the messages on the wall"))
    wall.add_argument("--json", action="store_true")

    held = commands.add_parser("held", help=sentence("list, approve or reject mail held from unknown senders"))
    held.add_argument("--json", action="store_true")
    held_what = held.add_subparsers(dest="held_command", metavar="ACTION")
    approve = held_what.add_parser("approve", help=sentence("put a held message on the wall"))
    approve.add_argument("id", type=int)
    approve.add_argument("--add-contact", metavar="NAME", help=sentence("also add the sender as a family contact"))
    reject = held_what.add_parser("reject", help=sentence("delete a held message"))
    reject.add_argument("id", type=int)

    reply = commands.add_parser("reply", help=sentence("reply to a message on the wall"))
    reply.add_argument("id", type=int)
    reply.add_argument("text")

    outbox = commands.add_parser("outbox", help=sentence("list what is being sent"))
    outbox.add_argument("--json", action="store_true")


def setup_email(args: argparse.Namespace, household: Household) -> int:
    account = make_account(args.address, args.imap_host, args.smtp_host, args.security, args.imap_port,
                           args.smtp_port, args.username)
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    if args.password_stdin and not password:
        raise UserError("No password was given on standard input.")
    t = household.translate()
    pin = read_pin(translate=t) if args.pin_stdin else None  # checked before anything is saved
    household.email.save(account, password)
    print(say(t, "Saved the email account {address}. 'carelink sync --once' fetches the mail.",
              address=account.address))
    if pin is not None:
        household.pin.set(pin)
        print(t(PIN_SET))
    elif not household.demo and not household.pin.is_set():
        print(t(NO_PIN_YET))
    return 0


def _say_sync(report: SyncReport, t: Translate) -> None:
    print(say(t, "{new} new, {held} held for the family, {sent} sent, {waiting} waiting to be sent.",
              new=report.new_messages, held=report.held, sent=report.delivery.sent,
              waiting=report.delivery.waiting))


def sync(args: argparse.Namespace, household: Household) -> int:
    if not household.demo and household.email.account() is None:
        raise UserError("Email is not set up yet. Use 'carelink setup email' first.")
    t = household.translate()

    def progress(done: int, total: int) -> None:
        if total >= 100 and (done % 100 == 0 or done == total):
            print(say(t, "Fetched {done} of {total} messages…", done=done, total=total), flush=True)

    if args.once:
        report = household.sync.sync_once(progress, everything=True)
        if report.error:
            raise UserError("{problem} Nothing was lost: CareLink will try again.",
                            {"problem": UserError(report.error)})
        _say_sync(report, t)
        return 0
    # One mailbox for the whole run: the connection that waits for news fetches it too, and while it listens
    # (IDLE) a pass after a quiet wait only sends and runs the timers; it signs in again only after a break.
    mailbox = household.transport.mailbox()
    everything = news = True  # the first pass tries everything queued, whatever its back-off
    try:
        while True:
            fetch = news or mailbox is None or not mailbox.listening()
            _say_sync(household.sync.sync_once(progress, everything=everything, mailbox=mailbox, fetch=fetch), t)
            everything = False
            if mailbox is None:
                time.sleep(POLL_SECONDS)
                continue
            try:
                news = mailbox.wait_for_news(POLL_SECONDS, since=household.sync.position())
            except UserError:
                news = True
                time.sleep(POLL_SECONDS)
    finally:
        if mailbox is not None:
            mailbox.close()


def wall(args: argparse.Namespace, household: Household) -> int:
    messages = household.wall.messages()
    if args.json:
        from carelink.services.photo_files import originals_json

        print(json.dumps([{**m.as_json(), "originals": originals_json(m.photos)} for m in messages], indent=2))
        return 0
    t = household.translate()
    for m in messages:
        new = " " if m.read else "*"
        first_line = m.text.splitlines()[0] if m.text else ""
        print(f"{new}{m.id:>5}  {short_date(m.received, t)}  {m.sender_name}: {first_line[:60]}")
    return 0


def held(args: argparse.Namespace, household: Household) -> int:
    service, t = household.held, household.translate()
    if args.held_command == "approve":
        wall_id = service.approve(args.id, args.add_contact)
        print(say(t, "Message {id} is on the wall now (as message {wall_id}).", id=args.id, wall_id=wall_id))
    elif args.held_command == "reject":
        service.reject(args.id)
        print(say(t, "Message {id} has been deleted.", id=args.id))
    elif args.json:
        print(json.dumps([h.as_json() for h in service.list()], indent=2))
    else:
        from carelink.services.held import OTHER_REASON, REASON_WORDS  # (the ORM: not imported at every start)

        for h in service.list():
            why = t(REASON_WORDS.get(h.reason, OTHER_REASON))
            print(f"{h.id:>5}  {short_date(h.received, t)}  {h.sender_email}  {h.subject[:50]}  ({why})")
    return 0


def reply(args: argparse.Namespace, household: Household) -> int:
    item = household.replies.reply(args.id, args.text)
    report = household.courier.send_now()
    status, t = household.courier.item(item.id), household.translate()
    if status.status == "sent":
        print(t(sentence("Sent.")))
    elif status.status == "failed":
        raise UserError("The reply could not be delivered: {problem}", {"problem": status.problem or status.last_error})
    elif stuck := stuck_words(report, t):
        print(say(t, "Stored, not sent: {why} ('carelink setup email').", why=stuck))
    else:
        why = (status.error_words(t) or t(report.error)) if report.error else t(sentence("waiting"))
        print(say(t, "Will send when the connection is back ({why}).", why=why))
    return 0


def outbox(args: argparse.Namespace, household: Household) -> int:
    items = household.outbox.list()
    if args.json:
        print(json.dumps([i.as_json() for i in items], indent=2))
        return 0
    t = household.translate()
    for i in items:
        problem = f"  ({i.error_words(t)})" if i.last_error and i.status != "sent" else ""
        kind, status = t(KIND_WORDS.get(i.kind, i.kind)), t(STATUS_WORDS.get(i.status, i.status))
        print(f"{i.id:>5}  {kind:<8} {status:<7} " + say(t, "to {addresses}  tries: {tries}",
                                                         addresses=", ".join(i.to), tries=i.attempts) + problem)
    return 0


MAIL_COMMANDS: dict[str | None, Callable[[argparse.Namespace, Household], int]] = {
    "setup": setup_email, "sync": sync, "wall": wall, "held": held, "reply": reply, "outbox": outbox,
}
