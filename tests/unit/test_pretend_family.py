"""The tutorial's practice household and its pretend family: what the learner sends through the real services
stays in the sandbox, and the family's answers come back as real mail that the real sync files."""

from __future__ import annotations

import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from carelink.app import build_household, build_tutorial_household, reset_tutorial
from carelink.channels.sandbox import SandboxTransport
from carelink.errors import UserError
from carelink.household import Household
from carelink.paths import tutorial_paths
from carelink.services.tutorial.pretend_family import SCAM_SENDER, SCAM_SUBJECT, PretendFamily
from tests.helpers import make_clock, make_household, memory_secrets

pytestmark = pytest.mark.noqt


def tutorial(tmp_path: Path, learner: str = "Rose", reply_after_s: float = 0.0) -> Household:
    return build_tutorial_household(tmp_path, learner, clock=make_clock(), secrets=memory_secrets(),
                                    reply_after_s=reply_after_s)


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Household]:
    household = tutorial(tmp_path)
    yield household
    household.close()


def family(home: Household) -> PretendFamily:
    assert home.pretend is not None
    return home.pretend


def sent(home: Household) -> list[EmailMessage]:
    assert isinstance(home.transport, SandboxTransport)
    return home.transport.outgoing.sent


def deliver_and_fetch(home: Household) -> None:
    """One sync sends the outbox (the family hears it), the next fetches their answer."""
    home.sync.sync_once()
    home.sync.sync_once()


def card_from(home: Household, name: str) -> int:
    return next(m.id for m in home.wall.messages() if m.sender_name == name)


def test_the_practice_household_is_marked_and_the_real_one_is_not(tmp_path: Path, home: Household) -> None:
    assert (home.demo, home.sandbox, home.pretend is not None) == (True, True, True)
    assert home.paths == tutorial_paths(tmp_path) and home.paths.root == tmp_path / "tutorial"
    assert home.settings.person_name == "Rose"
    assert home.pin.check("1234")
    assert home.transport.mailbox() is family(home).mailbox
    real = make_household(tmp_path)
    try:
        assert (real.demo, real.sandbox, real.pretend) == (False, False, None)
        assert real.contacts.list() == [], "the real household is not seeded"
    finally:
        real.close()


def test_a_reply_to_sarah_gets_her_answer_on_the_wall_threaded_to_it(home: Household) -> None:
    sarah_card = card_from(home, "Sarah Jones")
    item = home.replies.reply(sarah_card, "Lovely!")
    deliver_and_fetch(home)
    assert home.outbox.get(item.id).status == "sent"
    assert [m["Message-ID"] for m in sent(home)] == [item.message_id]
    newest = home.wall.messages()[0]
    assert newest.sender_name == "Sarah Jones" and newest.kind == "message"
    assert newest.text.startswith("Lovely to hear from you, Rose!")
    assert newest.text.endswith("Love, Sarah")
    assert item.message_id in newest.references
    assert newest.subject.startswith("Re: ")
    assert home.held.list() == [], "the family are the household's contacts: nothing is held"


def test_each_family_member_answers_for_themselves(home: Household) -> None:
    home.replies.reply(card_from(home, "Tom Jones"), "Thank you!")
    deliver_and_fetch(home)
    newest = home.wall.messages()[0]
    assert newest.sender_name == "Tom Jones"
    assert "Rose" in newest.text and newest.text.endswith("Love, Tom")


def test_the_answer_comes_a_few_seconds_later_and_wakes_a_waiting_watcher(tmp_path: Path) -> None:
    home = tutorial(tmp_path, reply_after_s=3.0)  # slow on purpose: seconds of margin on a busy machine
    try:
        before = len(home.wall.messages())
        home.replies.reply(card_from(home, "Sarah Jones"), "Love you")
        home.sync.sync_once()
        home.sync.sync_once()
        assert len(home.wall.messages()) == before, "not there yet"
        mailbox = home.transport.mailbox()
        assert mailbox is not None
        started = time.monotonic()
        assert mailbox.wait_for_news(10, since=home.sync.position()) is True
        assert time.monotonic() - started >= 1.0
        assert home.sync.sync_once().new_messages == 1
        assert home.wall.messages()[0].sender_name == "Sarah Jones"
    finally:
        home.close()


def test_answering_at_once_does_not_wait_and_ends_with_its_block(tmp_path: Path) -> None:
    """A stopped lesson carried on does its steps again out of sight: the family answer then at once (they would
    take a minute here), and afterwards as slowly as before."""
    home = tutorial(tmp_path, reply_after_s=60.0)
    try:
        with family(home).answering_at_once():
            home.replies.reply(card_from(home, "Sarah Jones"), "Love you")
            deliver_and_fetch(home)
        assert home.wall.messages()[0].sender_name == "Sarah Jones"
        home.replies.reply(card_from(home, "Tom Jones"), "Lovely!")
        deliver_and_fetch(home)
        assert family(home).mailbox.pending() == 1, "Tom takes his minute"
    finally:
        home.close()


def test_a_concern_is_acknowledged_by_the_carer_after_a_sync(home: Household) -> None:
    concern = home.concerns.raise_concern("lonely", "It's quiet today", call_back=True)
    home.sync.sync_once()  # sends first, then fetches: Jane's answer may already be in
    assert home.concerns.get(concern.id).sent is not None
    home.sync.sync_once()
    seen = home.concerns.get(concern.id)
    assert (seen.status, seen.acknowledged_by) == ("acknowledged", "Jane Wilson")
    answer = home.wall.messages()[0]
    assert answer.sender_name == "Jane Wilson"
    assert answer.text.startswith("Thank you for telling me, Rose.")
    assert f"[{concern.reference}]" in answer.subject


def test_a_check_in_gets_one_answer_from_sarah(home: Household) -> None:
    before = len(home.wall.messages())
    home.checkin.check_in()
    deliver_and_fetch(home)
    messages = home.wall.messages()
    assert len(messages) == before + 1, "one answer, though the whole family was told"
    assert messages[0].sender_name == "Sarah Jones"
    assert messages[0].text.startswith("Glad you're well today, Rose!")
    family(home).heard(sent(home)[-1])  # the same message heard again is not answered again
    home.sync.sync_once()
    assert len(home.wall.messages()) == before + 1


def test_a_call_invite_out_gets_no_mail_back(home: Household) -> None:
    tom = next(c for c in home.contacts.list() if c.name == "Tom Jones")
    home.calls.start_call(tom.id)
    before = len(home.wall.messages())
    deliver_and_fetch(home)
    assert len(sent(home)) == 1
    assert len(home.wall.messages()) == before
    assert family(home).mailbox.pending() == 0


def test_call_from_files_a_fresh_call_invite_that_rings(home: Household) -> None:
    link = family(home).call_from("tom@example.org")
    assert link.startswith("https://meet.jit.si/CareLinkPractice-")
    report = home.sync.sync_once()
    assert report.new_messages == 1
    [ringing] = home.calls.ringing()
    invite = home.wall.get(ringing)
    assert (invite.kind, invite.sender_name, invite.call_url) == ("call_invite", "Tom Jones", link)
    assert home.calls.invite_link(ringing) == link
    assert sent(home) == [], "a call in needs nothing sent"


def test_a_pretend_scam_is_held_and_never_reaches_the_wall(home: Household) -> None:
    before = len(home.wall.messages())
    family(home).act("scam")
    report = home.sync.sync_once()
    assert report.new_messages == 0 and len(home.wall.messages()) == before
    [held] = home.held.list()
    assert (held.sender_email, held.subject) == (SCAM_SENDER[1], SCAM_SUBJECT)
    assert "password" in held.text and "pretend scam" in held.text
    assert sent(home) == [], "nobody answers a scam"


def test_a_step_s_call_goes_through_act(home: Household) -> None:
    family(home).act("call tom@example.org")
    home.sync.sync_once()
    assert len(home.calls.ringing()) == 1


def test_only_the_pretend_family_can_call(home: Household) -> None:
    with pytest.raises(UserError, match="not in the pretend family"):
        family(home).call_from("stranger@example.com")


def test_the_next_learner_is_called_by_their_own_name(tmp_path: Path) -> None:
    tutorial(tmp_path, "Rose").close()
    home = tutorial(tmp_path, "  Albert  ")
    try:
        assert home.settings.person_name == "Albert"
        home.replies.reply(card_from(home, "Sarah Jones"), "Hello")
        deliver_and_fetch(home)
        assert "Albert" in home.wall.messages()[0].text
    finally:
        home.close()


def test_after_a_reset_the_demo_messages_carry_the_learner_name(tmp_path: Path) -> None:
    home = tutorial(tmp_path, "Rose")
    assert any(m.text.startswith("Hello Rose, the roses") for m in home.wall.messages())
    home.close()
    reset_tutorial(tmp_path)
    home = tutorial(tmp_path, "Albert")
    try:
        assert any(m.text.startswith("Hello Albert, the roses") for m in home.wall.messages())
    finally:
        home.close()


@pytest.mark.parametrize("name", ["", "   ", "x" * 31, "Rose\x00", "Ro\u200bse\x07"])
def test_a_learner_name_must_be_one_to_thirty_ordinary_letters(tmp_path: Path, name: str) -> None:
    with pytest.raises(UserError, match="between 1 and 30"):
        tutorial(tmp_path, name)
    assert not (tmp_path / "tutorial").exists()


def test_reset_removes_only_the_practice_folder(tmp_path: Path) -> None:
    make_household(tmp_path).close()
    build_household(tmp_path, demo=True, clock=make_clock(), secrets=memory_secrets()).close()
    tutorial(tmp_path).close()
    assert (tmp_path / "tutorial" / "carelink.sqlite").exists()
    reset_tutorial(tmp_path)
    assert not (tmp_path / "tutorial").exists()
    assert (tmp_path / "carelink.sqlite").exists() and (tmp_path / "demo" / "carelink.sqlite").exists()
    reset_tutorial(tmp_path)  # nothing there: nothing to do
    reset_tutorial(tmp_path / "never-made")


def test_reset_of_a_linked_folder_removes_only_the_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("precious")
    data = tmp_path / "data"
    data.mkdir()
    (data / "tutorial").symlink_to(elsewhere, target_is_directory=True)
    reset_tutorial(data)
    assert not (data / "tutorial").exists()
    assert (elsewhere / "keep.txt").read_text() == "precious"


def test_the_pretend_family_answers_in_the_household_s_language(home: Household) -> None:
    """A French workshop (the practice household takes the real one's language): Sarah answers a reply, and the
    check-in (its subject in French), in French; a practice call and the pretend scam are in French too."""
    home.settings.set("locale", "fr-FR")
    home.replies.reply(card_from(home, "Sarah Jones"), "Très joli !")
    deliver_and_fetch(home)
    newest = home.wall.messages()[0]
    assert newest.sender_name == "Sarah Jones"
    assert newest.text == "Ça fait plaisir d'avoir de tes nouvelles, Rose ! Je t'appelle ce week-end.\n\nBisous, Sarah"
    home.checkin.check_in()
    deliver_and_fetch(home)
    newest = home.wall.messages()[0]
    assert newest.text.startswith("Contente que tu ailles bien aujourd'hui, Rose !"), "the check-in was known"
    family(home).call_from("tom@example.org")
    family(home).post_scam()
    home.sync.sync_once()
    invite = home.wall.messages()[0]
    assert invite.kind == "call_invite" and invite.text.startswith("Tom aimerait faire un appel vidéo maintenant")
    [scam] = home.held.list()
    assert scam.subject == "URGENT : votre compte bancaire est bloqué"
