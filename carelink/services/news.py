"""What happened without a tap, in names a person knows: who an item the person sent really reached.

The screens announce these to a screen reader ("Sent to Jane"); this module only decides what is true.
"""

from __future__ import annotations

from carelink.services.contacts import ContactService
from carelink.services.outbox import OutboxItem

# What the person sends themselves; an alert about a missed check-in goes without them, so it is not announced.
OWN_KINDS = frozenset({"reply", "invite", "concern", "checkin"})


def reached(item: OutboxItem, contacts: ContactService) -> list[str]:
    """The saved names of the people a sent item of the person's own went to (addresses no longer saved are left
    out); empty while it is not sent, and for anything sent without the person asking."""
    if item.status != "sent" or item.kind not in OWN_KINDS:
        return []
    found = (contacts.find_by_email(address) for address in item.to)
    return [contact.name for contact in found if contact is not None]
