"""The command line says what the account can really do, in each of the four states, like the screens: a real
household whose password is in the real keyring (a private gnome-keyring under ./scripts/run-tests.sh), its account
on the loopback SMTP and IMAP servers (or none, a wrong password, or ports where nothing listens).

The commands run as `carelink` runs them (the functions the parser dispatches to) on a household built with that
keyring under a service name of the tests' own, never "CareLink"."""

from __future__ import annotations

import argparse
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import SecretService

from carelink.app import build_household
from carelink.cli_care import call, checkin, concern
from carelink.cli_mail import reply
from carelink.household import Household
from carelink.secrets import KeyringSecretStore
from carelink.services.status import Connection
from tests.helpers import FIXED_NOW, make_clock
from tests.helpers.fakes import SARAH
from tests.helpers.mail_servers import PASSWORD, USER, ImapServer, SmtpServer, account_for

pytestmark = pytest.mark.noqt

NO_ACCOUNT = "CareLink can't send messages yet — ask your family to set up email"
WRONG_PASSWORD = "Your family needs to check the email password"
STATES = ("no account", "wrong password", "unreachable", "working")


@pytest.fixture
def keyring_store() -> Iterator[KeyringSecretStore]:
    if not SecretService.Keyring.viable:
        if os.environ.get("CARELINK_REQUIRE_KEYRING") == "1":
            pytest.fail("No Secret Service is running (CARELINK_REQUIRE_KEYRING=1 makes this a failure)")
        pytest.skip("No Secret Service (gnome-keyring) on the session D-Bus; run ./scripts/run-tests.sh")
    store = KeyringSecretStore(service=f"CareLink-tests-{uuid.uuid4().hex}")
    yield store
    if store.get_password(USER) is not None:
        store.delete_password(USER)


@pytest.fixture(params=STATES)
def state(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def home(tmp_path: Path, state: str, keyring_store: KeyringSecretStore,
         request: pytest.FixtureRequest) -> Iterator[Household]:
    household = build_household(tmp_path, False, clock=make_clock(), secrets=keyring_store)
    household.settings.set("person.name", "Mary")
    household.settings.set("locale", "en-GB")  # the times below in the UK's way, whatever this computer's locale
    household.contacts.add(*SARAH)
    household.contacts.add("Jane Wilson", "jane.carer@example.org", role="carer")
    if state == "unreachable":
        household.email.save(account_for(None, None), PASSWORD)
    elif state != "no account":
        imap: ImapServer = request.getfixturevalue("imap_server")
        smtp: SmtpServer = request.getfixturevalue("smtp_server")
        household.email.save(account_for(imap, smtp), PASSWORD if state == "working" else "not the password")
    yield household
    household.close()


def _run(command: object, household: Household, capsys: pytest.CaptureFixture[str], **args: object) -> str:
    capsys.readouterr()
    assert callable(command)
    assert command(argparse.Namespace(**args), household) == 0
    return str(capsys.readouterr().out)


def test_checkin(home: Household, state: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(checkin, home, capsys)
    expected = {"no account": f"Stored at 09:14, not sent: {NO_ACCOUNT} ('carelink setup email').\n",
                "wrong password": f"Stored at 09:14, not sent: {WRONG_PASSWORD} ('carelink setup email').\n",
                "unreachable": "Stored at 09:14: the family will be told when the connection is back.\n",
                "working": "Told the family you're OK at 09:14.\n"}
    assert out == expected[state]
    assert home.status.state is {"no account": Connection.NOT_SET_UP, "wrong password": Connection.LOGIN_REFUSED,
                                 "unreachable": Connection.OFFLINE, "working": Connection.UP_TO_DATE}[state]


def test_concern_raise(home: Household, state: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(concern, home, capsys, category="unwell", note="", call_back=False)
    stored = home.concerns.latest()
    assert stored is not None
    ref = stored.reference
    expected = {"no account": f"Stored, not sent: {NO_ACCOUNT}. It will be sent to Jane Wilson once that is done. "
                              f"(Concern {ref})\n",
                "wrong password": f"Stored, not sent: {WRONG_PASSWORD}. It will be sent to Jane Wilson once that "
                                  f"is done. (Concern {ref})\n",
                "unreachable": f"Stored: it will be sent to Jane Wilson when the connection is back. (Concern {ref})\n",
                "working": f"Sent to Jane Wilson. (Concern {ref})\n"}
    assert out == expected[state]


def test_reply(home: Household, state: str, capsys: pytest.CaptureFixture[str]) -> None:
    sarah = home.contacts.find_by_email(SARAH[1])
    assert sarah is not None
    wall_id = home.wall.add(sarah.id, sarah.email, "Are you there, Mum?", FIXED_NOW)
    out = _run(reply, home, capsys, id=wall_id, text="Yes, love")
    if state == "working":
        assert out == "Sent.\n"
    elif state == "unreachable":
        assert out.startswith("Will send when the connection is back (")
    else:
        assert out == f"Stored, not sent: {NO_ACCOUNT if state == 'no account' else WRONG_PASSWORD} " \
                      "('carelink setup email').\n"


def test_call_invite(home: Household, state: str, capsys: pytest.CaptureFixture[str]) -> None:
    sarah = home.contacts.find_by_email(SARAH[1])
    assert sarah is not None
    first = _run(call, home, capsys, contact_id=sarah.id, no_open=True).splitlines()[0]
    expected = {"no account": f"The invite to Sarah Jones was not sent: {NO_ACCOUNT}. Phone them to say you are "
                              "calling.",
                "wrong password": f"The invite to Sarah Jones was not sent: {WRONG_PASSWORD}. Phone them to say "
                                  "you are calling.",
                "unreachable": "Invited Sarah Jones to the call (the invite will go when the connection is back).",
                "working": "Invited Sarah Jones to the call."}
    assert first == expected[state]

