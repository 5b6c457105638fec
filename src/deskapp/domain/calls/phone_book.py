"""The phone directory 电话联系一览表: departments and staff, outside services, and the
occupants' numbers from the building's directory, looked up as you type (pinyin too)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import PhoneBookReview, PhoneEntry
from deskapp.domain import checks, paging
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import NotFound
from deskapp.domain.operators import Operator
from deskapp.domain.phone import (
    is_service_number,
    mask_phone,
    normalise_phone,
    phone_problem,
)
from deskapp.domain.pinyin import matches, search_key
from deskapp.i18n import fill, translate

# The documents ask for the list to be brought up to date every month.
REVIEW_EVERY = dt.timedelta(days=31)
LIMITS = {"name": 100, "organisation": 200, "extension": 16, "notes": 500}


class EntryKind(StrEnum):
    """What a number belongs to."""

    DEPARTMENT = "department"
    STAFF = "staff"
    EXTERNAL = "external"  # police, fire, utilities, lift maintenance …
    OCCUPANT = "occupant"  # from the building's directory (not stored here)

    def label(self) -> str:
        """The kind in the user's language."""
        return {EntryKind.DEPARTMENT: translate("PhoneBook", "Department"),
                EntryKind.STAFF: translate("PhoneBook", "Staff"),
                EntryKind.EXTERNAL: translate("PhoneBook", "Outside service"),
                EntryKind.OCCUPANT: translate("PhoneBook", "Occupant")}[self]


@dataclass(frozen=True)
class PhoneEntryRow:
    """One line of the phone directory. ``id`` None: an occupant from the directory."""

    id: int | None
    name: str
    kind: EntryKind
    number: str
    organisation: str = ""
    extension: str = ""
    confidential: bool = False
    notes: str = ""
    active: bool = True

    @property
    def number_masked(self) -> str:
        """The number as a confidential entry shows it."""
        return mask_phone(self.number)

    def shown_number(self, reveal: bool = False) -> str:
        """The number as the counter may show it: masked when confidential."""
        return self.number if reveal or not self.confidential else self.number_masked

    @property
    def key(self) -> str:
        """Text and pinyin for lookup as you type."""
        return search_key(self.name, self.organisation, self.number, self.extension)


class PhoneBook:
    """Keeps the phone directory; one transaction per write."""

    def __init__(self, engine: Engine, clock: Clock, directory: DirectoryService,
                 operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._directory = directory
        self._operator = operator or Operator()

    def validate(self, row: PhoneEntryRow) -> PhoneEntryRow:
        """The entry as stored, or ValidationError naming each bad field."""
        errors: dict[str, str] = {}
        text = {field: checks.text(errors, field, getattr(row, field), limit)
                for field, limit in LIMITS.items()}
        kind = checks.choice(errors, "kind", row.kind, EntryKind)
        if kind is EntryKind.OCCUPANT:
            errors.setdefault("kind", translate(
                "PhoneBook", "Occupants' numbers are kept in the directory of units."))
        number = normalise_phone(checks.raw_text(errors, "number", row.number))
        if not number and not text["extension"]:
            errors.setdefault("number", translate("PhoneBook", "Enter a number or an extension."))
        elif not is_service_number(number) and (problem := phone_problem(number)):
            errors.setdefault("number", problem)
        if not text["name"]:
            errors.setdefault("name", translate("PhoneBook", "Enter whose number this is."))
        if checks.has_foreign_digits(text["extension"]):
            errors.setdefault("extension", checks.foreign_digits_message())
        confidential = checks.flag(errors, "confidential", row.confidential)
        active = checks.flag(errors, "active", row.active)
        paging.raise_if(errors)
        assert kind is not None
        return replace(row, kind=kind, number=number, confidential=confidential,
                       active=active, **text)

    def save(self, row: PhoneEntryRow) -> PhoneEntryRow:
        """Add an entry (id None) or correct one; an old number is retired, not deleted."""
        row = self.validate(row)
        with write_session(self._engine) as session:
            if row.id is None:
                entry = PhoneEntry(name=row.name, **self._operator.signature())
            else:
                found = session.get(PhoneEntry, checks.record_id(row.id) or 0)
                if found is None:
                    raise NotFound(fill(translate("PhoneBook", "There is no entry number %1."),
                                        row.id))
                entry = found
            entry.name, entry.kind, entry.organisation = row.name, row.kind.value, row.organisation
            entry.number, entry.extension, entry.notes = row.number, row.extension, row.notes
            entry.confidential, entry.active = row.confidential, row.active
            entry.search_key = row.key
            entry.updated_at = self._clock.now()
            session.add(entry)
            session.commit()
            return _entry_row(entry)

    def entries(self, *, include_retired: bool = False,
                include_occupants: bool = True) -> list[PhoneEntryRow]:
        """The whole directory: our entries by kind and name, then the occupants by unit."""
        with Session(self._engine) as session:
            stmt = select(PhoneEntry).order_by(col(PhoneEntry.kind), col(PhoneEntry.name))
            if not include_retired:
                stmt = stmt.where(col(PhoneEntry.active))
            rows = [_entry_row(e) for e in session.exec(stmt)]
        if include_occupants:
            rows += self._occupants()
        return rows

    def _occupants(self) -> list[PhoneEntryRow]:
        rows = []
        for unit in self._directory.units():
            if not unit.occupied or not unit.phones:
                continue
            who = unit.occupant or unit.company
            for number in unit.phones.split(","):
                rows.append(PhoneEntryRow(None, f"{unit.number} {who}".strip(),
                                          EntryKind.OCCUPANT, number.strip(),
                                          organisation=unit.company))
        return rows

    def lookup(self, typed: str, limit: int = 30) -> list[PhoneEntryRow]:
        """Entries whose name, organisation or number contains every word typed (``zs`` finds
        张三)."""
        errors: dict[str, str] = {}
        words = paging.search_words(errors, typed)
        paging.raise_if(errors)
        typed = " ".join(words)
        found = [row for row in self.entries() if matches(row.key, typed)]
        return found[:limit]

    # --- Reviews
    def mark_reviewed(self) -> dt.date:
        """The list was checked today (the documents ask for it every month)."""
        today = self._clock.today()
        with write_session(self._engine) as session:
            session.add(PhoneBookReview(reviewed_on=today, **self._operator.signature()))
            session.commit()
        return today

    def last_review(self) -> dt.date | None:
        """The day the list was last checked, or None."""
        with Session(self._engine) as session:
            return session.exec(select(PhoneBookReview.reviewed_on)
                                .order_by(col(PhoneBookReview.reviewed_on).desc())).first()

    def review_due(self) -> bool:
        """The list has not been checked for over a month (or never)."""
        last = self.last_review()
        return last is None or self._clock.today() - last > REVIEW_EVERY


def _entry_row(e: PhoneEntry) -> PhoneEntryRow:
    return PhoneEntryRow(e.id, e.name, EntryKind(e.kind), e.number, e.organisation,
                         e.extension, e.confidential, e.notes, e.active)
