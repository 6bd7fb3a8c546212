"""SmtpSender against a real SMTP server on loopback (aiosmtpd): what arrives, and each failure in plain words."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from carelink.channels.email.account import make_account
from carelink.channels.email.smtp import SmtpSender
from carelink.channels.ports import LoginFailure, PermanentFailure, TemporaryFailure
from tests.helpers.mail_servers import LOOPBACK, USER, SmtpServer, account_for, free_port

pytestmark = pytest.mark.noqt


def _message(to: str = "tom@example.net") -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"Mary Smith <{USER}>"
    message["To"] = to
    message["Subject"] = "Lovely to hear from you ✓"
    message["Message-ID"] = make_msgid(domain="carelink.test")
    message.set_content("The garden is full of daffodils.\n")
    return message


def _sender(smtp_server: SmtpServer, password: str | None = None) -> SmtpSender:
    chosen = smtp_server.password if password is None else password
    return SmtpSender(account_for(smtp_server=smtp_server), lambda: chosen, timeout=10)


def test_the_message_arrives_with_its_headers_and_message_id(smtp_server: SmtpServer) -> None:
    message = _message()
    _sender(smtp_server).send(message)
    assert len(smtp_server.messages) == 1
    received = smtp_server.messages[0]
    assert received.mail_from == USER
    assert received.rcpt_tos == ["tom@example.net"]
    got = received.message()
    assert got["Message-ID"] == message["Message-ID"]
    assert got["Subject"] == "Lovely to hear from you ✓"
    assert got["From"] == f"Mary Smith <{USER}>"
    assert got.get_content().replace("\r\n", "\n") == "The garden is full of daffodils.\n"  # CRLF on the wire


def test_a_password_with_non_english_letters_goes_as_utf8(smtp_server: SmtpServer) -> None:
    smtp_server.password = "Ünïcödé horse ✓"
    _sender(smtp_server).send(_message())
    assert len(smtp_server.messages) == 1


def test_check_login_signs_in_and_sends_nothing(smtp_server: SmtpServer) -> None:
    _sender(smtp_server).check_login()
    assert smtp_server.messages == []


@pytest.mark.parametrize("password", ["wrong password 123", "wrong pässword ✓"])
def test_a_wrong_password_is_a_login_failure_that_does_not_repeat_it(smtp_server: SmtpServer,
                                                                   password: str) -> None:
    with pytest.raises(LoginFailure) as caught:
        _sender(smtp_server, password).send(_message())
    assert "did not accept the password" in caught.value.message
    assert password not in str(caught.value)
    assert smtp_server.messages == []


def test_no_password_for_a_server_that_wants_one_is_a_login_failure(smtp_server: SmtpServer) -> None:
    # No AUTH is tried without a password; the server answers 530 to MAIL FROM.
    sender = SmtpSender(account_for(smtp_server=smtp_server), lambda: None, timeout=10)
    with pytest.raises(LoginFailure, match="none saved"):
        sender.send(_message())
    assert smtp_server.messages == []


def test_a_stopped_server_is_a_temporary_failure(smtp_server: SmtpServer) -> None:
    smtp_server.stop()
    with pytest.raises(TemporaryFailure) as caught:
        _sender(smtp_server).send(_message())
    assert "not answering" in caught.value.message


def test_a_refused_recipient_is_a_permanent_failure(smtp_server: SmtpServer) -> None:
    smtp_server.refuse("550 5.1.1 No such user here", at="RCPT")
    with pytest.raises(PermanentFailure) as caught:
        _sender(smtp_server).send(_message("nobody@example.net"))
    assert "nobody@example.net" in caught.value.message


def test_a_5xx_answer_to_the_message_is_a_permanent_failure(smtp_server: SmtpServer) -> None:
    smtp_server.refuse("554 5.6.0 Message rejected")
    with pytest.raises(PermanentFailure):
        _sender(smtp_server).send(_message())


def test_a_4xx_answer_is_a_temporary_failure(smtp_server: SmtpServer) -> None:
    smtp_server.refuse("451 4.3.0 Try again later")
    with pytest.raises(TemporaryFailure):
        _sender(smtp_server).send(_message())


def test_an_unknown_server_name_is_a_temporary_failure_that_names_it() -> None:
    account = make_account(USER, "imap.carelink.invalid", "smtp.carelink.invalid", "ssl")
    with pytest.raises(TemporaryFailure) as caught:
        SmtpSender(account, lambda: "secret", timeout=10).send(_message())
    assert caught.value.message.startswith("CareLink could not find the mail server smtp.carelink.invalid.")


def test_a_server_without_starttls_is_refused_before_the_password_goes(smtp_server: SmtpServer) -> None:
    account = make_account(USER, LOOPBACK, LOOPBACK, "starttls", free_port(), smtp_server.port)
    asked: list[bool] = []

    def password() -> str:
        asked.append(True)
        return smtp_server.password

    with pytest.raises(PermanentFailure) as caught:
        SmtpSender(account, password, timeout=10).send(_message())
    assert "does not offer a secure connection" in caught.value.message
    assert asked == []
    assert smtp_server.messages == []
