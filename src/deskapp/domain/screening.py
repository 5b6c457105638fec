"""Deny list, police watch list (协查通报) and temporary passes (临时出入证).

The temporary passes live in :mod:`deskapp.domain.temp_passes`; the service here offers them
too, so check-in and the screening dialog keep one service to ask.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import Engine, func, or_
from sqlmodel import Session, select

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.models import AlertEvent, DenyEntry, WatchEntry
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.identity import (
    IdType,
    id_number_problem,
    mask_id_number,
    normalise_id_number,
)
from deskapp.domain.operators import Operator
from deskapp.domain.phone import normalise_phone, phone_digits, phone_problem
from deskapp.domain.roles import Action, Approval
from deskapp.domain.temp_passes import TempPassDesk
from deskapp.domain.text import clean_text
from deskapp.i18n import fill, translate

# Longest text each field keeps (names as on the visit; notes and reasons one line).
NAME_LIMIT = 100
COMPANY_LIMIT = 200
NOTE_LIMIT = 500


class DenyReason(StrEnum):
    """Why the counter refuses someone unless specially permitted."""

    SALES = "sales"
    ADVERTISING = "advertising"
    NO_CONTACT_NO_ID = "no_contact"
    OTHER = "other"

    def label(self) -> str:
        """The reason in the user's language."""
        return {
            DenyReason.SALES: translate("DenyReason", "Sales / promotion"),
            DenyReason.ADVERTISING: translate("DenyReason", "Advertising"),
            DenyReason.NO_CONTACT_NO_ID: translate("DenyReason", "No contact and no ID"),
            DenyReason.OTHER: translate("DenyReason", "Other"),
        }[self]


class AlertKind(StrEnum):
    """The list a recorded match came from (stored as its value)."""

    WATCH = "watch"
    DENY = "deny"

    def label(self) -> str:
        """The list in the user's language."""
        return {
            AlertKind.WATCH: translate("AlertKind", "Watch list"),
            AlertKind.DENY: translate("AlertKind", "Deny list"),
        }[self]


class AlertOutcome(StrEnum):
    """What the receptionist did about a recorded match (stored as its value)."""

    STOPPED = "stopped"  # a watch-list match: the check-in stopped, discreetly
    ADMITTED = "admitted"  # a deny-list match let in with a recorded permission
    TURNED_AWAY = "turned_away"  # a deny-list match refused at the counter

    def label(self) -> str:
        """What happened, in the user's language."""
        return {
            AlertOutcome.STOPPED: translate(
                "AlertOutcome", "Check-in paused; manager and security to be told"),
            AlertOutcome.ADMITTED: translate("AlertOutcome", "Let in with permission"),
            AlertOutcome.TURNED_AWAY: translate("AlertOutcome", "Turned away"),
        }[self]


class MatchField(StrEnum):
    """What of the visitor matched a list entry (stored as its value on the alert)."""

    ID_NUMBER = "id_number"
    NAME_PHONE = "name_phone"  # name and phone together (a watch notice)
    PHONE = "phone"
    NAME = "name"  # a deny entry that has neither ID number nor phone

    def label(self) -> str:
        """What matched, in the user's language."""
        return {
            MatchField.ID_NUMBER: translate("MatchField", "ID number"),
            MatchField.NAME_PHONE: translate("MatchField", "Name and phone"),
            MatchField.PHONE: translate("MatchField", "Phone"),
            MatchField.NAME: translate("MatchField", "Name only"),
        }[self]


def _match_field(value: str) -> MatchField | None:
    try:
        return MatchField(value)
    except ValueError:
        return None  # an alert recorded before deskapp kept what matched


@dataclass(frozen=True)
class DenyRow:
    """A deny-list entry."""

    id: int
    name: str
    id_number: str
    phone: str
    company: str
    reason: DenyReason
    note: str
    active: bool
    matched_on: MatchField | None = None  # set when the row is a match at check-in

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)


@dataclass(frozen=True)
class WatchRow:
    """A person from a police watch notice."""

    id: int
    name: str
    id_number: str
    phone: str
    description: str
    source: str
    valid_until: dt.date | None
    active: bool
    matched_on: MatchField | None = None  # set when the row is a match at check-in

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)


@dataclass(frozen=True)
class Person:
    """Who is being screened at check-in."""

    name: str
    id_number: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AlertRow:
    """A recorded deny-list or watch-list match and what the receptionist did."""

    id: int
    at: dt.datetime
    kind: AlertKind
    outcome: AlertOutcome
    name: str
    id_number: str
    phone: str
    reason: str
    visit_id: int | None
    entry_label: str  # the notice (watch) or the deny reason
    matched_on: MatchField | None = None  # None: recorded before deskapp kept it
    entry_name: str = ""  # the name on the list entry that matched
    entry_id: int = 0

    def match_text(self) -> str:
        """Which entry matched and by what: "Zhang Wei (entry 12): matched by ID number"."""
        return describe_match(self.entry_name, self.matched_on, self.entry_id)

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)


def describe_match(entry_name: str, matched_on: MatchField | None, entry_id: int) -> str:
    """One line naming the entry that matched and by what."""
    entry = fill(translate("Screening", "%1 (entry %2)"), entry_name or "—", entry_id)
    if matched_on is None:
        return entry
    return fill(translate("Screening", "%1: matched by %2"), entry, matched_on.label())


class WatchListHit(DomainError):
    """A police watch notice matches: the check-in stops, discreetly, and is recorded."""

    def __init__(self, entries: list[WatchRow], event_id: int) -> None:
        super().__init__(translate("Screening", "This person matches a watch notice."))
        self.entries = entries
        self.event_id = event_id


class DenyListHit(DomainError):
    """A deny-list entry matches: warn; admission needs a recorded override reason."""

    def __init__(self, entries: list[DenyRow]) -> None:
        super().__init__(translate("Screening", "This person is on the deny list."))
        self.entries = entries


class ScreeningService(TempPassDesk):
    """Keeps the lists and answers 'does this person match?' for check-in; issues
    temporary passes (:class:`~deskapp.domain.temp_passes.TempPassDesk`)."""

    def __init__(self, engine: Engine, clock: Clock, directory: DirectoryService,
                 operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._directory = directory
        self._operator = operator or Operator()

    # --- Matching (used by check-in inside its own transaction)
    def watch_matches(self, session: Session, person: Person) -> list[WatchRow]:
        """Active watch entries matching by ID number, or by name and phone together."""
        id_number = normalise_id_number(person.id_number)
        phone = phone_digits(person.phone)
        name = person.name.strip()
        conditions = []
        if id_number:
            conditions.append(WatchEntry.id_number == id_number)
        if name and phone:
            conditions.append((WatchEntry.name == name) & (_digits(WatchEntry.phone) == phone))
        if not conditions:
            return []
        today = self._clock.today()
        rows = session.exec(
            select(WatchEntry).where(or_(*conditions), WatchEntry.withdrawn_at.is_(None))  # type: ignore[union-attr]
        ).all()
        return [replace(_watch_row(w), matched_on=MatchField.ID_NUMBER
                        if id_number and w.id_number == id_number else MatchField.NAME_PHONE)
                for w in rows if w.valid_until is None or w.valid_until >= today]

    def deny_matches(self, session: Session, person: Person) -> list[DenyRow]:
        """Active deny entries matching by ID number or phone, or by name when it has neither."""
        id_number = normalise_id_number(person.id_number)
        phone = phone_digits(person.phone)
        conditions = []
        if id_number:
            conditions.append(DenyEntry.id_number == id_number)
        if phone:
            conditions.append(_digits(DenyEntry.phone) == phone)
        if person.name.strip():
            conditions.append(
                (DenyEntry.name == person.name.strip()) & (DenyEntry.id_number == "")
                & (DenyEntry.phone == "")
            )
        if not conditions:
            return []
        rows = session.exec(select(DenyEntry).where(or_(*conditions), DenyEntry.active)).all()

        def matched_on(d: DenyEntry) -> MatchField:
            if id_number and d.id_number == id_number:
                return MatchField.ID_NUMBER
            if phone and phone_digits(d.phone) == phone:
                return MatchField.PHONE
            return MatchField.NAME

        return [replace(_deny_row(d), matched_on=matched_on(d)) for d in rows]

    def record_event(self, session: Session, *, kind: AlertKind, entry_id: int, person: Person,
                     outcome: AlertOutcome, reason: str = "", visit_id: int | None = None,
                     matched_on: MatchField | None = None) -> AlertEvent:
        """Add an AlertEvent to the caller's transaction."""
        event = AlertEvent(at=self._clock.now(), kind=AlertKind(kind).value, entry_id=entry_id,
                           matched_on=matched_on.value if matched_on else "",
                           visit_id=visit_id, name=clean_text(person.name),
                           id_number=normalise_id_number(person.id_number),
                           phone=normalise_phone(person.phone),
                           outcome=AlertOutcome(outcome).value, reason=reason,
                           **self._operator.signature())
        session.add(event)
        return event

    def record_turned_away(self, person: Person, entries: list[DenyRow]) -> None:
        """The receptionist refused a deny-list match: keep that on record."""
        with write_session(self._engine) as session:
            for entry in entries:
                self.record_event(session, kind=AlertKind.DENY, entry_id=entry.id,
                                  person=person, outcome=AlertOutcome.TURNED_AWAY,
                                  matched_on=entry.matched_on)
            session.commit()

    def alerts(self, limit: int = 500) -> list[AlertRow]:
        """The newest recorded matches, newest first (for the manager's review)."""
        with Session(self._engine) as session:
            events = session.exec(select(AlertEvent).order_by(
                AlertEvent.at.desc()).limit(limit)).all()  # type: ignore[attr-defined]
            kinds = [_alert_kind(e.kind) for e in events]
            watch_ids = {e.entry_id for e, k in zip(events, kinds, strict=True)
                         if k is AlertKind.WATCH}
            deny_ids = {e.entry_id for e, k in zip(events, kinds, strict=True)
                        if k is AlertKind.DENY}
            watched = {w.id: (w.source, w.name) for w in session.exec(
                select(WatchEntry).where(WatchEntry.id.in_(watch_ids)))}  # type: ignore[union-attr]
            denied = {d.id: (_deny_row(d).reason.label(), d.name) for d in session.exec(
                select(DenyEntry).where(DenyEntry.id.in_(deny_ids)))}  # type: ignore[union-attr]
        rows = []
        for e, kind in zip(events, kinds, strict=True):
            label, entry_name = (watched if kind is AlertKind.WATCH else denied).get(
                e.entry_id, ("", ""))
            rows.append(AlertRow(e.id or 0, e.at, kind, _alert_outcome(e.outcome), e.name,
                                 e.id_number, e.phone, e.reason, e.visit_id, label,
                                 _match_field(e.matched_on), entry_name, e.entry_id))
        return rows

    # --- Deny list
    def deny_list(self, include_inactive: bool = False) -> list[DenyRow]:
        """The deny list, newest first."""
        with Session(self._engine) as session:
            query = select(DenyEntry).order_by(DenyEntry.id.desc())  # type: ignore[union-attr]
            if not include_inactive:
                query = query.where(DenyEntry.active)
            return [_deny_row(d) for d in session.exec(query)]

    def add_deny(self, *, name: str, id_number: str = "", phone: str = "", company: str = "",
                 reason: DenyReason = DenyReason.OTHER, note: str = "",
                 approval: Approval | None = None) -> DenyRow:
        """Put someone on the deny list; needs a name, ID number or phone to match by.

        A supervisor's, or their approval (ApprovalNeeded otherwise).
        """
        errors: dict[str, str] = {}
        name = checks.text(errors, "name", name, NAME_LIMIT)
        id_number = checks.raw_text(errors, "id_number", id_number)
        phone = checks.raw_text(errors, "phone", phone)
        company = checks.text(errors, "company", company, COMPANY_LIMIT)
        note = checks.text(errors, "note", note, NOTE_LIMIT)
        chosen = checks.choice(errors, "reason", reason, DenyReason)
        if not (name or normalise_id_number(id_number) or normalise_phone(phone)):
            errors.setdefault("name", translate(
                "Screening", "Enter a name, ID number or phone to match by."))
        if problem := phone_problem(phone):
            errors.setdefault("phone", problem)
        if problem := id_number_problem(IdType.OTHER, id_number):
            errors.setdefault("id_number", problem)
        if errors or chosen is None:
            raise ValidationError(errors)
        approved_by = self._operator.authorise(Action.EDIT_SCREENING_LISTS, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            entry = DenyEntry(name=name, id_number=normalise_id_number(id_number),
                              phone=normalise_phone(phone), company=company,
                              reason=chosen.value, note=note,
                              created_at=self._clock.now(), **self._operator.signature())
            session.add(entry)
            session.commit()
            return _deny_row(entry)

    def deactivate_deny(self, entry_id: int, approval: Approval | None = None) -> None:
        """Take an entry off the active list (it stays on record); as :meth:`add_deny`."""
        approved_by = self._operator.authorise(Action.EDIT_SCREENING_LISTS, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            entry = session.get(DenyEntry, checks.record_id(entry_id) or 0)
            if entry is None:
                raise NotFound(translate("Screening", "This entry is no longer on record."))
            entry.active = False
            entry.deactivated_at = self._clock.now()
            session.add(entry)
            session.commit()

    # --- Watch list
    def watch_list(self, include_inactive: bool = False) -> list[WatchRow]:
        """The watch list, newest first; by default only entries still in force."""
        with Session(self._engine) as session:
            rows = [_watch_row(w) for w in session.exec(
                select(WatchEntry).order_by(WatchEntry.id.desc()))]  # type: ignore[union-attr]
        today = self._clock.today()
        if include_inactive:
            return rows
        return [r for r in rows if r.active and (r.valid_until is None or r.valid_until >= today)]

    def add_watch(self, *, name: str, id_number: str = "", phone: str = "",
                  description: str = "", source: str = "",
                  valid_until: dt.date | None = None,
                  approval: Approval | None = None) -> WatchRow:
        """Record a person from a police watch notice; as :meth:`add_deny`."""
        errors: dict[str, str] = {}
        name = checks.text(errors, "name", name, NAME_LIMIT)
        id_number = checks.raw_text(errors, "id_number", id_number)
        phone = checks.raw_text(errors, "phone", phone)
        description = checks.text(errors, "description", description, NOTE_LIMIT)
        source = checks.text(errors, "source", source, COMPANY_LIMIT)
        if valid_until is not None:
            valid_until = checks.day(errors, "valid_until", valid_until)
        if not normalise_id_number(id_number) and not (name and normalise_phone(phone)):
            errors.setdefault("id_number", translate(
                "Screening",
                "Enter the ID number, or both name and phone, so a visitor can match."))
        if problem := id_number_problem(IdType.OTHER, id_number):
            errors["id_number"] = problem
        if problem := phone_problem(phone):
            errors.setdefault("phone", problem)
        if not source:
            errors.setdefault("source", translate("Screening", "Enter the notice this comes from."))
        if valid_until is not None and valid_until < self._clock.today():
            errors.setdefault("valid_until",
                              translate("Screening", "This date has already passed."))
        if errors:
            raise ValidationError(errors)
        approved_by = self._operator.authorise(Action.EDIT_SCREENING_LISTS, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            entry = WatchEntry(name=name, id_number=normalise_id_number(id_number),
                               phone=normalise_phone(phone), description=description,
                               source=source, valid_until=valid_until,
                               created_at=self._clock.now(), **self._operator.signature())
            session.add(entry)
            session.commit()
            return _watch_row(entry)

    def withdraw_watch(self, entry_id: int, approval: Approval | None = None) -> None:
        """The notice was withdrawn: stop matching (the entry stays on record)."""
        approved_by = self._operator.authorise(Action.EDIT_SCREENING_LISTS, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            entry = session.get(WatchEntry, checks.record_id(entry_id) or 0)
            if entry is None:
                raise NotFound(translate("Screening", "This entry is no longer on record."))
            entry.withdrawn_at = self._clock.now()
            session.add(entry)
            session.commit()


def _digits(column):  # type: ignore[no-untyped-def]
    """A stored phone without its dashes, so 010-12345678 matches 01012345678 (SQL side)."""
    return func.replace(column, "-", "")


def _alert_kind(stored: str) -> AlertKind:
    try:
        return AlertKind(stored)
    except ValueError:
        return AlertKind.DENY  # as the log always read anything but "watch"


def _alert_outcome(stored: str) -> AlertOutcome:
    try:
        return AlertOutcome(stored)
    except ValueError:
        return AlertOutcome.STOPPED  # unknown: shown as the one that needs a manager's look


def _deny_row(d: DenyEntry) -> DenyRow:
    try:
        reason = DenyReason(d.reason)
    except ValueError:
        reason = DenyReason.OTHER
    return DenyRow(d.id or 0, d.name, d.id_number, d.phone, d.company, reason, d.note, d.active)


def _watch_row(w: WatchEntry) -> WatchRow:
    return WatchRow(w.id or 0, w.name, w.id_number, w.phone, w.description, w.source,
                    w.valid_until, w.withdrawn_at is None)
