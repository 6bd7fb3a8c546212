"""What the household's email can do, from what the courier's passes really showed: a refused password is a state
of its own (waiting will not help), an unreachable server is offline, no account is not set up, a pass that sent
is up to date; a pass that tried nothing says nothing; the demo stays the demo."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from carelink.channels.ports import LoginFailure, MailSender, TemporaryFailure
from carelink.clock import SettableClock
from carelink.paths import HouseholdPaths
from carelink.services.delivery import Courier
from carelink.services.outbox import OutboxService
from carelink.services.status import Connection, ConnectionStatus, connection_after
from carelink.storage.database import Database
from carelink.storage.startup import open_household
from tests.helpers import FIXED_NOW
from tests.helpers.fakes import SenderTransport

pytestmark = pytest.mark.noqt


class Server:
    """A sender port that answers as `answer` says: "ok", "refused" (the login) or "away" (unreachable)."""

    def __init__(self) -> None:
        self.answer = "ok"

    def send(self, message: EmailMessage) -> None:
        if self.answer == "refused":
            raise LoginFailure("The email server did not accept the password.")
        if self.answer == "away":
            raise TemporaryFailure("The mail server could not be reached.")


@pytest.fixture
def database(tmp_path: Path) -> Database:
    db, _ = open_household(HouseholdPaths(tmp_path), SettableClock(FIXED_NOW))
    return db


def _courier(database: Database, sender: MailSender | None, status: ConnectionStatus) -> tuple[Courier, OutboxService]:
    clock = SettableClock(FIXED_NOW)
    outbox = OutboxService(database, clock, SenderTransport(sender), lambda: "Mary")
    courier = Courier(outbox, clock)
    courier.passed.connect(status.note_delivery)
    return courier, outbox


def test_each_pass_moves_the_status_to_what_it_showed(database: Database) -> None:
    server = Server()
    status = ConnectionStatus(Connection.UP_TO_DATE)
    heard: list[Connection] = []
    status.changed.connect(heard.append)
    courier, outbox = _courier(database, server, status)
    for answer, state in (("refused", Connection.LOGIN_REFUSED), ("away", Connection.OFFLINE),
                          ("refused", Connection.LOGIN_REFUSED), ("ok", Connection.UP_TO_DATE)):
        server.answer = answer
        outbox.enqueue("reply", ["sarah@example.org"], "Re: hi", answer)
        report = courier.send_now(everything=True)
        assert report.login_refused == (answer == "refused")
        assert connection_after(report) is state and status.state is state
        assert status.can_send == (state is not Connection.LOGIN_REFUSED)
    assert heard == [Connection.LOGIN_REFUSED, Connection.OFFLINE, Connection.LOGIN_REFUSED, Connection.UP_TO_DATE]
    quiet = courier.send_now()
    assert quiet.tried == () and connection_after(quiet) is None, "nothing tried, nothing said"


def test_no_account_is_not_set_up_and_the_demo_stays_the_demo(database: Database) -> None:
    status = ConnectionStatus(Connection.UP_TO_DATE)
    courier, outbox = _courier(database, None, status)
    outbox.enqueue("checkin", ["sarah@example.org"], "Mary is OK today", "OK")
    courier.send_now()
    assert status.state is Connection.NOT_SET_UP and not status.can_send

    demo = ConnectionStatus(Connection.DEMO)
    demo.note_delivery(courier.send_now(everything=True))
    assert demo.state is Connection.DEMO
