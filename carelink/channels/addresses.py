"""Email addresses as CareLink stores and compares them: checked, trimmed, with the domain in lower case.

Here, below the services, because both the contact list (services) and the email account (channels) need it."""

from __future__ import annotations

import re

from carelink.errors import UserError

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")


def normalise_email(address: str) -> str:
    """The address as stored (the local part as given, the domain in lower case); UserError if it is not one."""
    cleaned = address.strip()
    if len(cleaned) > 254 or not _EMAIL.match(cleaned) or ".." in cleaned:
        raise UserError("'{address}' is not an email address. It should look like sarah@example.com.",
                        {"address": address})
    local, _, domain = cleaned.partition("@")
    return f"{local}@{domain.lower()}"
