"""The people the older adult knows: family (messages, calls) and carers (concerns)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from sqlalchemy import func, select

from carelink.channels.addresses import normalise_email
from carelink.channels.email.pictures import PictureRefused
from carelink.clock import Clock
from carelink.errors import UserError
from carelink.events import Event
from carelink.services.call_links import check_call_link
from carelink.services.locales import clean_language
from carelink.services.photo_files import forget, save_contact_photo
from carelink.storage.database import Database
from carelink.storage.models import ContactRow

Role = Literal["family", "carer"]
ROLES: tuple[Role, ...] = ("family", "carer")
MAX_PHOTO_BYTES = 20 * 1024 * 1024
# The first bytes of the picture formats we accept, so a renamed document is refused before it is copied.
_IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg", b"GIF87a": ".gif", b"GIF89a": ".gif"}


@dataclass(frozen=True)
class Contact:
    """A contact as screens and commands see it (plain data, no database session behind it)."""

    id: int
    name: str
    email: str
    role: Role
    backup: bool
    photo: Path | None
    call_url: str | None
    auto_answer: bool
    phone: str | None = None
    language: str | None = None  # the language of their emails; None: the household's

    @property
    def initials(self) -> str:
        return initials(self.name)

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "email": self.email, "role": self.role, "backup": self.backup,
                "call_url": self.call_url, "auto_answer": self.auto_answer, "phone": self.phone,
                "language": self.language}


def initials(name: str) -> str:
    """Up to two capital letters for a portrait with no photo: 'Sarah Jones' → 'SJ'."""
    parts = [p for p in name.split() if p[:1].isalpha()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


_PHONE = re.compile(r"^\+?[0-9][0-9 ()./-]{4,30}$")


def clean_phone(phone: str | None) -> str | None:
    """A phone number as the family typed it (digits, spaces, brackets, dashes, a leading +), or None for none."""
    cleaned = " ".join((phone or "").split())
    if not cleaned:
        return None
    if not _PHONE.match(cleaned) or sum(ch.isdigit() for ch in cleaned) < 5:
        raise UserError("'{phone}' is not a phone number. It should look like 01234 567890 or +44 1234 567890.",
                        {"phone": phone})
    return cleaned


def _clean_name(name: str) -> str:
    cleaned = " ".join("".join(ch for ch in name if ch.isprintable()).split())
    if not cleaned:
        raise UserError("Please give the contact a name.")
    if len(cleaned) > 100:
        raise UserError("That name is too long: 100 letters at most.")
    return cleaned


def _photo_suffix(path: Path) -> str:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        raise UserError("CareLink could not open the photo '{path}'.", {"path": path}) from None
    if size > MAX_PHOTO_BYTES:
        raise UserError("That photo is too large (over 20 MB). Please choose a smaller one.")
    for magic, suffix in _IMAGE_MAGIC.items():
        if head.startswith(magic):
            return suffix
    raise UserError("'{name}' is not a photo CareLink can show. Use a JPEG, PNG or GIF picture.", {"name": path.name})


class ContactService:
    """Adds, changes, lists and removes contacts; photos are copied into the household's photos folder.

    Emits `changed(None)` after any change.
    """

    def __init__(self, database: Database, photos_folder: Path, clock: Clock) -> None:
        self._database = database
        self._photos = photos_folder
        self._clock = clock
        self.changed: Event[None] = Event()

    @staticmethod
    def _to_contact(row: ContactRow, photos: Path) -> Contact:
        return Contact(id=row.id, name=row.name, email=row.email, role=cast(Role, row.role), backup=row.backup,
                       photo=photos / row.photo if row.photo else None, call_url=row.call_url,
                       auto_answer=row.auto_answer, phone=row.phone, language=row.language)

    def _check(self, name: str, email: str, role: str, backup: bool) -> tuple[str, str]:
        if role not in ROLES:
            raise UserError("A contact is either family or a carer.")
        if backup and role != "carer":
            raise UserError("Only a carer can be the backup carer.")
        return _clean_name(name), normalise_email(email)

    def _store_photo(self, photo: Path) -> str:
        """A display copy of the photo (with its thumbnail), kept like a mail's photos: never the file as it was,
        which may say where it was taken (services/photo_files.save_contact_photo)."""
        _photo_suffix(photo)  # readable, not too large, and a JPEG, PNG or GIF
        try:
            data = photo.read_bytes()
        except OSError:
            raise UserError("CareLink could not open the photo '{path}'.", {"path": photo}) from None
        try:
            return save_contact_photo(self._photos, data)  # (a full disk: said as such, by write_private)
        except PictureRefused:  # a JPEG, PNG or GIF by its first bytes, but broken
            raise UserError("'{name}' is not a photo CareLink can show. Use a JPEG, PNG or GIF picture.",
                            {"name": photo.name}) from None

    def _email_taken(self, email: str, except_id: int | None) -> bool:
        with self._database.session() as session:
            query = select(ContactRow.id).where(func.lower(ContactRow.email) == email.lower())
            return any(found != except_id for found in session.scalars(query))

    def add(self, name: str, email: str, role: str = "family", backup: bool = False,
            photo: Path | None = None, call_url: str | None = None, auto_answer: bool = False,
            phone: str | None = None, language: str | None = None) -> Contact:
        clean_name, clean_email = self._check(name, email, role, backup)
        clean_lang = clean_language(language)
        clean_link = check_call_link(call_url) if call_url else None
        clean_number = clean_phone(phone)
        if self._email_taken(clean_email, None):
            raise UserError("There is already a contact with the email address {email}.", {"email": clean_email})
        stored_photo = self._store_photo(photo) if photo else None
        with self._database.session() as session:
            row = ContactRow(name=clean_name, email=clean_email, role=role, backup=backup, photo=stored_photo,
                             call_url=clean_link, auto_answer=auto_answer, created=self._clock.now(),
                             phone=clean_number, language=clean_lang)
            session.add(row)
            session.flush()
            contact = self._to_contact(row, self._photos)
        self.changed.emit(None)
        return contact

    def update(self, contact_id: int, name: str, email: str, role: str, backup: bool,
               photo: Path | None = None, phone: str | None = None) -> Contact:
        """Change a contact; a new photo replaces the old one, no photo keeps the old one. The phone number is
        set to `phone` (None or "" clears it)."""
        self.get(contact_id)
        clean_name, clean_email = self._check(name, email, role, backup)
        clean_number = clean_phone(phone)
        if self._email_taken(clean_email, contact_id):
            raise UserError("There is already a contact with the email address {email}.", {"email": clean_email})
        stored_photo = self._store_photo(photo) if photo else None
        with self._database.session() as session:
            row = session.get_one(ContactRow, contact_id)
            old_photo = row.photo
            row.name, row.email, row.role, row.backup = clean_name, clean_email, role, backup
            row.phone = clean_number
            if stored_photo:
                row.photo = stored_photo
            contact = self._to_contact(row, self._photos)
        if stored_photo and old_photo:
            forget(self._photos, [old_photo])  # (and its thumbnail)
        self.changed.emit(None)
        return contact

    def set_language(self, contact_id: int, language: str | None) -> Contact:
        """The language of the emails CareLink sends them ("cy", "de", …; None or "": the household's)."""
        clean = clean_language(language)
        self.get(contact_id)
        with self._database.session() as session:
            session.get_one(ContactRow, contact_id).language = clean
        self.changed.emit(None)
        return self.get(contact_id)

    def get(self, contact_id: int) -> Contact:
        with self._database.session() as session:
            row = session.get(ContactRow, contact_id)
            if row is None:
                raise UserError("There is no contact number {number}. 'carelink contacts list' shows them.",
                                {"number": contact_id})
            return self._to_contact(row, self._photos)

    def list(self) -> list[Contact]:
        with self._database.session() as session:
            rows = session.scalars(select(ContactRow).order_by(ContactRow.role.desc(), ContactRow.name))
            return [self._to_contact(row, self._photos) for row in rows]

    def remove(self, contact_id: int) -> Contact:
        contact = self.get(contact_id)
        with self._database.session() as session:
            session.delete(session.get_one(ContactRow, contact_id))
        if contact.photo:
            forget(self._photos, [contact.photo.name])  # (and its thumbnail)
        self.changed.emit(None)
        return contact

    def find_by_email(self, address: str) -> Contact | None:
        with self._database.session() as session:
            query = select(ContactRow).where(func.lower(ContactRow.email) == address.strip().lower())
            row = session.scalars(query).first()
            return None if row is None else self._to_contact(row, self._photos)
