"""The visitor log 访客登记: check-in, host response, check-out and the history."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import Engine, func, or_, tuple_
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import HostResponseEvent, Visit, VisitEvent, Visitor
from deskapp.db.sequences import next_number
from deskapp.domain import checks
from deskapp.domain.clock import Clock, format_local
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.identity import IdType, id_number_problem, normalise_id_number
from deskapp.domain.operators import Operator
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.records import HostResponse, Purpose, VisitFlag, VisitRow
from deskapp.domain.screening import DenyListHit, Person, ScreeningService, WatchListHit
from deskapp.domain.text import clean_text
from deskapp.i18n import fill, translate

MAX_PARTY = 50
PASS_NO = re.compile(r"V[0-9]{6}-[0-9]{4,}", re.ASCII)  # with fullmatch; the 10,000th too
# Longest text each field keeps (the name's limit is checked with its own message).
FIELD_LIMITS = {"company": 200, "host": 200, "plate": 16, "items": 500, "note": 500,
                "temp_pass_no": 32, "deny_override_reason": 500}
# A search is ANDed words, each OR-ed over six columns: a thousand words made SQLite give up
# ("Expression tree is too large") and emptied the list.
MAX_SEARCH_WORDS = 8
MAX_SEARCH_WORD = 100
MAX_HOST_MESSAGE = 500
MAX_PASS_NO = 32  # the column's width


@dataclass(frozen=True)
class HostRef:
    """Whom the visitor came to see: a directory entry, or free text when not listed."""

    label: str
    unit_id: int | None = None
    department_id: int | None = None


@dataclass(frozen=True)
class VisitInput:
    """What the receptionist typed at check-in (raw, validated by the service)."""

    name: str
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    phone: str = ""
    company: str = ""
    party_size: int = 1
    purpose: Purpose = Purpose.VISIT
    host: HostRef = HostRef("")
    plate: str = ""
    items: str = ""
    note: str = ""
    time_in: dt.datetime | None = None
    valid_until: dt.datetime | None = None
    temp_pass_no: str = ""
    deny_override_reason: str = ""
    visitor_id: int | None = None  # the returning visitor the form was filled from
    again_while_on_site: bool = False  # the receptionist confirmed a second open visit

    @property
    def person(self) -> Person:
        """Who is screened against the lists."""
        return Person(self.name, self.id_number, self.phone)


@dataclass(frozen=True)
class VisitorProfile:
    """A returning visitor's details, to fill the form."""

    visitor_id: int
    name: str
    id_type: IdType
    id_number: str
    phone: str
    company: str
    plate: str
    exempt: bool
    visit_count: int
    last_host: HostRef | None = None
    last_purpose: Purpose | None = None
    last_party_size: int = 1
    on_site_pass: str = ""  # the pass of a visit not yet checked out, if any


class AlreadyCheckedOut(DomainError):
    """The visit already has a time out."""


class AlreadyOnSite(DomainError):
    """The visitor has a visit without a time out; checking in again needs a confirmation."""

    def __init__(self, open_visit: VisitRow, tz: dt.tzinfo) -> None:
        super().__init__(fill(translate("VisitorLog", "%1 is already on site since %2 (pass %3)."),
                              open_visit.name, format_local(open_visit.time_in, tz),
                              open_visit.pass_no))
        self.open_visit = open_visit


class VisitEventKind(StrEnum):
    """Changes to a visit after check-in that are kept as events."""

    CHECKED_OUT = "checked_out"
    UNDONE = "check_out_undone"


UNDO_CHECK_OUT_MINUTES = 10


class SortKey(StrEnum):
    """Columns the visitor table can sort by (each one indexed)."""

    TIME_IN = "time_in"
    NAME = "name"
    COMPANY = "company"
    HOST = "host_label"
    PHONE = "phone"
    PLATE = "plate"
    PASS_NO = "pass_no"


@dataclass(frozen=True)
class VisitQuery:
    """What the visitor table shows: a local date range, a search text, on-site only."""

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    on_site_only: bool = False
    sort: SortKey = SortKey.TIME_IN
    descending: bool = True


def validate_query(query: VisitQuery) -> VisitQuery:
    """The query as the log runs it (search words cleaned), or ValidationError.

    Refuses days outside :data:`checks.FIRST_DAY` … :data:`checks.LAST_DAY` ("date"), more
    than :data:`MAX_SEARCH_WORDS` search words or a word longer than :data:`MAX_SEARCH_WORD`
    characters ("search").
    """
    errors: dict[str, str] = {}
    first = checks.day(errors, "date", query.first_day)
    last = checks.day(errors, "date", query.last_day)
    words = checks.text(errors, "search", query.text).split()
    if len(words) > MAX_SEARCH_WORDS:
        errors.setdefault("search", fill(translate("VisitorLog", "Search with at most %1 words."),
                                         MAX_SEARCH_WORDS))
    elif any(len(word) > MAX_SEARCH_WORD for word in words):
        errors.setdefault("search", fill(translate(
            "VisitorLog", "A search word can have at most %1 characters."), MAX_SEARCH_WORD))
    on_site_only = checks.flag(errors, "on_site_only", query.on_site_only)
    sort = checks.choice(errors, "sort", query.sort, SortKey)
    descending = checks.flag(errors, "descending", query.descending)
    if errors:
        raise ValidationError(errors)
    assert first is not None and last is not None and sort is not None
    return VisitQuery(first, last, " ".join(words), on_site_only, sort, descending)


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts (keyset paging: no OFFSET, so deep pages stay fast)."""

    value: object
    id: int


class VisitorLog:
    """The visitor log's rules; every public write is one transaction."""

    def __init__(self, engine: Engine, clock: Clock, screening: ScreeningService,
                 directory: DirectoryService, operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._screening = screening
        self._directory = directory
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock the log stamps visits with."""
        return self._clock

    # --- Check-in
    def validate(self, data: VisitInput) -> VisitInput:
        """Return the input normalised, or raise ValidationError naming each bad field.

        Every field is checked for its type too (a float party size, a naive time or a
        number where text belongs is refused here, not by the database or the export).
        """
        errors: dict[str, str] = {}
        id_type = checks.choice(errors, "id_type", data.id_type, IdType)
        purpose = checks.choice(errors, "purpose", data.purpose, Purpose)
        name = checks.text(errors, "name", data.name)
        host = data.host if isinstance(data.host, HostRef) else None
        ids = (host.unit_id, host.department_id) if host else (None, None)
        if host is None or any(v is not None and checks.record_id(v) is None for v in ids):
            errors["host"] = translate("VisitorLog", "Choose whom the visitor came to see.")
        host = HostRef(checks.text(errors, "host", host.label if host else ""), *ids)
        text = {field: checks.text(errors, field, getattr(data, field))
                for field in ("company", "plate", "items", "note", "temp_pass_no",
                              "deny_override_reason")}
        id_number = normalise_id_number(checks.raw_text(errors, "id_number", data.id_number))
        phone = normalise_phone(checks.raw_text(errors, "phone", data.phone))
        if data.visitor_id is not None and checks.record_id(data.visitor_id) is None:
            errors["visitor_id"] = translate("VisitorLog", "This visitor is no longer on record.")
        again = checks.flag(errors, "again_while_on_site", data.again_while_on_site)
        data = replace(
            data, name=name, id_type=id_type or IdType.OTHER, purpose=purpose or Purpose.OTHER,
            host=host, company=text["company"],
            plate=clean_text(text["plate"].upper()).replace(" ", ""), items=text["items"],
            note=text["note"], temp_pass_no=clean_text(text["temp_pass_no"].upper()),
            deny_override_reason=text["deny_override_reason"], id_number=id_number,
            phone=phone, again_while_on_site=again,
        )
        if not data.name:
            errors.setdefault("name", translate("VisitorLog", "Enter the visitor's name."))
        elif len(data.name) > 100:
            errors.setdefault("name", translate("VisitorLog", "Use at most 100 characters."))
        if id_type is not None and (problem := id_number_problem(id_type, data.id_number)):
            errors.setdefault("id_number", problem)
        if problem := phone_problem(data.phone):
            errors.setdefault("phone", problem)
        if not checks.is_whole_number(data.party_size) or not 1 <= data.party_size <= MAX_PARTY:
            # 2.0 or 2.5 would be saved, and the day's export would then fail.
            errors["party_size"] = translate("VisitorLog", "Enter 1 to 50 people.")
        if not data.host.label:
            errors.setdefault("host", translate("VisitorLog",
                                                "Choose whom the visitor came to see."))
        values = {"company": data.company, "host": data.host.label, "plate": data.plate,
                  "items": data.items, "note": data.note, "temp_pass_no": data.temp_pass_no,
                  "deny_override_reason": data.deny_override_reason}
        for field, limit in FIELD_LIMITS.items():
            if len(values[field]) > limit and field not in errors:
                errors[field] = fill(translate("VisitorLog", "Use at most %1 characters."),
                                     limit)
        now = self._clock.now()
        time_in = checks.moment(errors, "time_in", data.time_in, self._clock) or now
        if time_in > now + dt.timedelta(minutes=5):
            errors.setdefault("time_in", translate("VisitorLog",
                                                   "The time in cannot be in the future."))
        valid_until = checks.moment(errors, "valid_until", data.valid_until, self._clock)
        if valid_until is not None and valid_until <= time_in:
            errors.setdefault("valid_until", translate(
                "VisitorLog", "The pass must be valid after the time in."))
        if errors:
            raise ValidationError(errors)
        return replace(data, time_in=time_in)

    def check_in(self, data: VisitInput, *, exempt: bool = False) -> VisitRow:
        """Register a visitor: validate, screen against the lists, save, return the visit.

        Raises:
            ValidationError: bad input, or an unusable temporary pass; nothing saved.
            WatchListHit: a watch-notice match; the event is recorded, the visit is not.
            DenyListHit: a deny-list match without an override reason; nothing saved.
            AlreadyOnSite: the visitor has an open visit and ``again_while_on_site`` is off.
        """
        data = self._resolve_host(self.validate(data))
        assert data.time_in is not None
        with write_session(self._engine) as session:
            known = self._known_visitor(session, data)
            if known is not None and not data.id_number and known.id_number:
                # The number on file is screened and recorded, never shown in the form.
                data = replace(data, id_type=IdType(known.id_type), id_number=known.id_number)
            temp_pass_id, data = self._usable_temp_pass(data)
            watch = self._screening.watch_matches(session, data.person)
            if watch:
                events = [
                    self._screening.record_event(session, kind="watch", entry_id=w.id,
                                                 person=data.person, outcome="stopped")
                    for w in watch
                ]
                session.commit()
                raise WatchListHit(watch, events[0].id or 0)
            deny = self._screening.deny_matches(session, data.person)
            if deny and not data.deny_override_reason:
                raise DenyListHit(deny)
            if known is not None and not data.again_while_on_site:
                still_in = session.exec(
                    select(Visit).where(Visit.visitor_id == known.id,
                                        col(Visit.time_out).is_(None))
                    .order_by(col(Visit.time_in).desc())).first()
                if still_in is not None:
                    raise AlreadyOnSite(visit_row(still_in), self._clock.tz)
            visitor = self._remember_visitor(session, known, data, exempt)
            visit = Visit(
                pass_no=self._next_pass_no(session, data.time_in), visitor_id=visitor.id,
                name=data.name, id_type=data.id_type.value, id_number=data.id_number,
                phone=data.phone, company=data.company, party_size=data.party_size,
                purpose=Purpose(data.purpose).value, host_unit_id=data.host.unit_id,
                host_department_id=data.host.department_id, host_label=data.host.label,
                plate=data.plate, items=data.items, note=data.note, temp_pass_id=temp_pass_id,
                exempt=exempt, deny_override_reason=data.deny_override_reason if deny else "",
                time_in=data.time_in,
                valid_until=data.valid_until or self._end_of_day(data.time_in),
                created_at=self._clock.now(), created_by=self._operator.name,
            )
            session.add(visit)
            session.flush()
            visitor.last_visit_id = visit.id
            session.add(visitor)
            for entry in deny:
                self._screening.record_event(session, kind="deny", entry_id=entry.id,
                                             person=data.person, outcome="admitted",
                                             reason=data.deny_override_reason, visit_id=visit.id)
            session.commit()
            return visit_row(visit, data.temp_pass_no)

    def quick_check_in(self, visitor_id: int, *, deny_override_reason: str = "",
                       again_while_on_site: bool = False) -> VisitRow:
        """Check in an exempt regular with the details of their last visit (one key)."""
        profile = self.profile(visitor_id)
        data = VisitInput(
            name=profile.name, id_type=profile.id_type, phone=profile.phone,
            company=profile.company, plate=profile.plate,
            party_size=profile.last_party_size, purpose=profile.last_purpose or Purpose.VISIT,
            host=profile.last_host or HostRef(""), visitor_id=visitor_id,
            deny_override_reason=deny_override_reason, again_while_on_site=again_while_on_site,
        )
        return self.check_in(data, exempt=True)

    def _resolve_host(self, data: VisitInput) -> VisitInput:
        # "1203" typed and saved with a click still points at unit 1203 in the directory.
        if data.host.unit_id is not None or data.host.department_id is not None:
            listed = {(o.kind, o.id) for o in self._directory.host_options()}
            if ((data.host.unit_id is not None and ("unit", data.host.unit_id) not in listed)
                    or (data.host.department_id is not None
                        and ("department", data.host.department_id) not in listed)):
                # The visit would point at nothing (and the foreign key would refuse it).
                raise ValidationError({"host": translate(
                    "Directory", "This entry is no longer in the directory.")})
            return data
        option, problem = self._directory.match_host(data.host.label)
        if problem:
            raise ValidationError({"host": problem})
        if option is None:
            return data
        return replace(data, host=HostRef(
            option.label, option.id if option.kind == "unit" else None,
            option.id if option.kind == "department" else None))

    def _usable_temp_pass(self, data: VisitInput) -> tuple[int | None, VisitInput]:
        """The temporary pass the visitor shows, checked now and for its holder.

        Returns its id and the input with the holder's ID number when none was typed.
        """
        if not data.temp_pass_no:
            return None, data
        temp = self._screening.temp_pass(data.temp_pass_no)
        if temp is None:
            raise ValidationError({"temp_pass_no": translate(
                "VisitorLog", "No temporary pass has this number.")})
        # Validity counts at the counter's clock, not at an edited time in.
        if problem := temp.problem_at(self._clock.now()):
            raise ValidationError({"temp_pass_no": problem})
        same_id = bool(temp.id_number) and temp.id_number == data.id_number
        if not same_id and temp.holder_name != data.name:
            raise ValidationError({"temp_pass_no": fill(translate(
                "VisitorLog", "Pass %1 was issued to %2, not to this visitor."),
                temp.pass_no, temp.holder_name)})
        if not data.id_number and temp.id_number:
            data = replace(data, id_type=temp.id_type, id_number=temp.id_number)
        return temp.id, data

    def _end_of_day(self, time_in: dt.datetime) -> dt.datetime:
        # 23:59:59 local: the pass reads "valid until <that day> 23:59", not the next day.
        day_end = self._clock.day_bounds(self._clock.local(time_in).date())[1]
        return day_end - dt.timedelta(seconds=1)

    def _next_pass_no(self, session: Session, time_in: dt.datetime) -> str:
        # V + local date + per-day sequence: short enough to type from the slip. The
        # number comes from the day's counter row, in the saving transaction.
        prefix = "V" + self._clock.local(time_in).strftime("%y%m%d")
        return f"{prefix}-{next_number(session, f'visit-pass:{prefix}'):04d}"

    def _known_visitor(self, session: Session, data: VisitInput) -> Visitor | None:
        """The person already on record for this check-in, or None for someone new.

        The ID number identifies a person; a phone alone does not (a company's reception
        line is shared), so it needs the same name too.
        """
        if data.visitor_id is not None:
            chosen = session.get(Visitor, data.visitor_id)
            if (chosen is not None and chosen.name == data.name
                    and not (data.id_number and chosen.id_number
                             and data.id_number != chosen.id_number)):
                return chosen
        if data.id_number:
            return session.exec(select(Visitor).where(Visitor.id_number == data.id_number)).first()
        if data.phone:
            return session.exec(select(Visitor).where(
                Visitor.phone == data.phone, Visitor.name == data.name)).first()
        return None

    def _remember_visitor(self, session: Session, known: Visitor | None, data: VisitInput,
                          exempt: bool) -> Visitor:
        visitor = known or Visitor(name=data.name)
        visitor.name = data.name
        if data.id_number and not visitor.id_number:
            visitor.id_type, visitor.id_number = data.id_type.value, data.id_number
        visitor.phone = data.phone or visitor.phone
        visitor.company = data.company or visitor.company
        visitor.plate = data.plate or visitor.plate
        visitor.visit_count += 1
        visitor.last_seen = data.time_in
        session.add(visitor)
        session.flush()
        return visitor

    # --- Returning visitors
    def find_returning(self, *, phone: str = "", id_number: str = "") -> VisitorProfile | None:
        """A visitor seen before with this ID number or phone, or None."""
        errors: dict[str, str] = {}
        id_number = normalise_id_number(checks.raw_text(errors, "id_number", id_number))
        phone = normalise_phone(checks.raw_text(errors, "phone", phone))
        if errors:
            raise ValidationError(errors)
        # A number check-in would refuse is on no one's record: do not look it up.
        if id_number_problem(IdType.OTHER, id_number):
            id_number = ""
        if phone_problem(phone):
            phone = ""
        with Session(self._engine) as session:
            visitor = None
            if id_number:
                visitor = session.exec(
                    select(Visitor).where(Visitor.id_number == id_number)).first()
            if visitor is None and phone:
                visitor = session.exec(select(Visitor).where(Visitor.phone == phone).order_by(
                    col(Visitor.last_seen).desc())).first()
            return self._profile(session, visitor) if visitor else None

    def profile(self, visitor_id: int) -> VisitorProfile:
        """One known visitor."""
        with Session(self._engine) as session:
            visitor = session.get(Visitor, checks.record_id(visitor_id) or 0)
            if visitor is None:
                raise NotFound(translate("VisitorLog", "This visitor is no longer on record."))
            return self._profile(session, visitor)

    def _profile(self, session: Session, v: Visitor) -> VisitorProfile:
        last = session.get(Visit, v.last_visit_id) if v.last_visit_id else None
        host = None
        if last is not None and last.host_label:
            host = HostRef(last.host_label, last.host_unit_id, last.host_department_id)
        still_in = session.exec(select(Visit.pass_no).where(
            Visit.visitor_id == v.id, col(Visit.time_out).is_(None))).first()
        return VisitorProfile(
            on_site_pass=still_in or "",
            visitor_id=v.id or 0, name=v.name, id_type=IdType(v.id_type), id_number=v.id_number,
            phone=v.phone, company=v.company, plate=v.plate, exempt=v.exempt,
            visit_count=v.visit_count, last_host=host,
            last_purpose=Purpose(last.purpose) if last else None,
            last_party_size=last.party_size if last else 1,
        )

    def set_exempt(self, visitor_id: int, exempt: bool) -> None:
        """Mark a regular as exempt from full registration (or not)."""
        errors: dict[str, str] = {}
        exempt = checks.flag(errors, "exempt", exempt)
        if errors:
            raise ValidationError(errors)
        with write_session(self._engine) as session:
            visitor = session.get(Visitor, checks.record_id(visitor_id) or 0)
            if visitor is None:
                raise NotFound(translate("VisitorLog", "This visitor is no longer on record."))
            visitor.exempt = exempt
            session.add(visitor)
            session.commit()

    def exempt_regulars(self) -> list[VisitorProfile]:
        """Regulars marked exempt, by name."""
        with Session(self._engine) as session:
            rows = session.exec(select(Visitor).where(Visitor.exempt).order_by(Visitor.name)).all()
            return [self._profile(session, v) for v in rows]

    # --- Host response
    def record_host_response(self, visit_id: int, response: HostResponse, *, message: str = "",
                             appointment_at: dt.datetime | None = None) -> VisitRow:
        """Record what the host said. Declined needs a message or a new appointment time."""
        errors: dict[str, str] = {}
        chosen = checks.choice(errors, "host_response", response, HostResponse)
        message = checks.text(errors, "host_message", message, MAX_HOST_MESSAGE)
        appointment_at = checks.moment(errors, "appointment_at", appointment_at, self._clock)
        if errors:
            raise ValidationError(errors)
        response = chosen or HostResponse.PENDING
        if response is HostResponse.DECLINED and not message and appointment_at is None:
            raise ValidationError({"host_message": translate(
                "VisitorLog", "Write a message for the host or a new appointment time.")})
        if appointment_at is not None and appointment_at <= self._clock.now():
            raise ValidationError({"appointment_at": translate(
                "VisitorLog", "The new appointment must be in the future.")})
        with write_session(self._engine) as session:
            visit = self._get(session, visit_id)
            now = self._clock.now()
            was_declined = visit.host_response == HostResponse.DECLINED.value
            # Every answer is kept; the visit shows the latest.
            session.add(HostResponseEvent(visit_id=visit.id, at=now, response=response.value,
                                          message=message, appointment_at=appointment_at,
                                          created_by=self._operator.name))
            visit.host_response = response.value
            visit.host_message = message
            visit.appointment_at = appointment_at
            if response is HostResponse.DECLINED and visit.time_out is None:
                # Turned away at the counter: the visitor leaves now.
                visit.time_out = now
            elif response is HostResponse.RECEIVED and was_declined:
                # The host called back: the visitor who was sent off is let in after all.
                visit.time_out = None
            session.add(visit)
            session.commit()
            return visit_row(visit)

    def host_responses(self, visit_id: int) -> list[tuple[dt.datetime, HostResponse, str]]:
        """Every answer recorded for a visit, oldest first: (time, response, message)."""
        visit_id = checks.record_id(visit_id) or 0
        with Session(self._engine) as session:
            events = session.exec(select(HostResponseEvent).where(
                HostResponseEvent.visit_id == visit_id).order_by(col(HostResponseEvent.at))).all()
            return [(e.at, HostResponse(e.response), e.message) for e in events]

    # --- Check-out
    def check_out(self, visit_id: int) -> VisitRow:
        """Stamp the time out of a visit still on site."""
        with write_session(self._engine) as session:
            visit = self._get(session, visit_id)
            if visit.time_out is not None:
                raise AlreadyCheckedOut(fill(translate(
                    "VisitorLog", "%1 already left at %2."),
                    visit.name, self._clock.local(visit.time_out).strftime("%H:%M")))
            visit.time_out = self._clock.now()
            session.add(visit)
            session.add(VisitEvent(visit_id=visit.id, at=visit.time_out,
                                   kind=VisitEventKind.CHECKED_OUT, created_by=self._operator.name))
            session.commit()
            return visit_row(visit)

    def undo_check_out(self, visit_id: int) -> VisitRow:
        """Take back a check-out made a moment ago (the wrong visit, a pass scanned twice).

        Allowed within :data:`UNDO_CHECK_OUT_MINUTES` of the check-out; both the check-out
        and its undoing stay on record as visit events.
        """
        with write_session(self._engine) as session:
            visit = self._get(session, visit_id)
            now = self._clock.now()
            if visit.time_out is None:
                raise DomainError(fill(translate("VisitorLog", "%1 is still on site."),
                                       visit.name))
            if now - visit.time_out > dt.timedelta(minutes=UNDO_CHECK_OUT_MINUTES):
                raise DomainError(fill(translate(
                    "VisitorLog", "%1 left at %2: too long ago to undo. Check them in again."),
                    visit.name, self._clock.local(visit.time_out).strftime("%H:%M")))
            visit.time_out = None
            session.add(visit)
            session.add(VisitEvent(visit_id=visit.id, at=now, kind=VisitEventKind.UNDONE,
                                   created_by=self._operator.name))
            session.commit()
            return visit_row(visit)

    def events(self, visit_id: int) -> list[tuple[dt.datetime, VisitEventKind, str]]:
        """What happened to a visit after check-in, oldest first: (time, kind, operator)."""
        with Session(self._engine) as session:
            found = session.exec(select(VisitEvent).where(VisitEvent.visit_id == visit_id)
                                 .order_by(col(VisitEvent.at), col(VisitEvent.id))).all()
            return [(e.at, VisitEventKind(e.kind), e.created_by) for e in found]

    def check_out_by_pass(self, pass_no: str) -> VisitRow:
        """Check out by the number typed or scanned from the pass slip."""
        return self.check_out(self.visit_by_pass(pass_no).id)

    @staticmethod
    def is_pass_number(text: str) -> bool:
        """Whether ``text`` is a visitor pass number (as a scanner types it from the QR)."""
        return isinstance(text, str) and bool(PASS_NO.fullmatch(text.strip().upper()))

    def visit_by_pass(self, pass_no: str) -> VisitRow:
        """The visit with this pass number (as typed or scanned, any case)."""
        errors: dict[str, str] = {}
        pass_no = checks.text(errors, "pass_no", pass_no).upper()
        if errors:
            raise ValidationError(errors)
        visit = None
        if len(pass_no) <= MAX_PASS_NO:  # longer text is no pass number (nor fit a message)
            with Session(self._engine) as session:
                visit = session.exec(select(Visit).where(Visit.pass_no == pass_no)).first()
        if visit is None:
            shown = pass_no if len(pass_no) <= MAX_PASS_NO else pass_no[:MAX_PASS_NO] + "…"
            raise NotFound(fill(translate("VisitorLog", "No visit has pass number %1."), shown))
        return visit_row(visit)

    # --- Reading
    def visit(self, visit_id: int) -> VisitRow:
        """One visit."""
        with Session(self._engine) as session:
            return visit_row(self._get(session, visit_id))

    def _get(self, session: Session, visit_id: int) -> Visit:
        visit = session.get(Visit, checks.record_id(visit_id) or 0)
        if visit is None:
            raise NotFound(fill(translate("VisitorLog", "There is no visit number %1."), visit_id))
        return visit

    def page(self, query: VisitQuery, after: PageCursor | None = None,
             limit: int = 200) -> list[VisitRow]:
        """Up to ``limit`` visits matching ``query``, continuing after ``after``.

        Keyset paging over indexed columns: a page deep in five years of history costs the
        same as the first.

        Raises:
            ValidationError: the query is refused by :func:`validate_query`.
        """
        query = validate_query(query)
        sort_col = getattr(Visit, query.sort.value)
        start, end = self._clock.day_bounds(query.first_day, query.last_day)
        if query.on_site_only:
            start = dt.datetime.min.replace(tzinfo=dt.UTC)
            end = dt.datetime.max.replace(tzinfo=dt.UTC)
        if after is not None and query.sort is SortKey.TIME_IN:
            # Narrow the time window to the cursor, so SQLite starts its index scan there
            # instead of at the edge of the whole range (pages deep in history stay fast).
            assert isinstance(after.value, dt.datetime)
            if query.descending:
                end = min(end, after.value + dt.timedelta(microseconds=1))
            else:
                start = max(start, after.value)
        stmt = self._filtered(select(Visit), query, (start, end))
        if after is not None:
            key = tuple_(sort_col, Visit.id)
            mark = (after.value, after.id)  # SQLAlchemy binds each with its column's type
            # The plain bound on the sort column lets SQLite start the index scan at the
            # cursor; the row-value comparison alone made it walk from the top.
            stmt = stmt.where(key < mark if query.descending else key > mark)
        order = (sort_col.desc(), col(Visit.id).desc()) if query.descending else (
            sort_col.asc(), col(Visit.id).asc())
        with Session(self._engine) as session:
            rows = session.exec(stmt.order_by(*order).limit(limit)).all()
            return [visit_row(v) for v in rows]

    @staticmethod
    def cursor_after(row: VisitRow, query: VisitQuery) -> PageCursor:
        """The cursor that continues after ``row`` in ``query``'s order."""
        # VisitRow's attributes carry the same names as the sort columns.
        return PageCursor(getattr(row, query.sort.value), row.id)

    def count(self, query: VisitQuery) -> tuple[int, int]:
        """(visits, people) matching ``query`` (ValidationError: see :func:`validate_query`)."""
        query = validate_query(query)
        stmt = self._filtered(
            select(func.count(Visit.id), func.coalesce(func.sum(Visit.party_size), 0)), query)
        with Session(self._engine) as session:
            visits, people = session.exec(stmt).one()
            return int(visits), int(people)

    def on_site_count(self) -> tuple[int, int]:
        """(visits, people) in the building now, over the whole history (partial index)."""
        with Session(self._engine) as session:
            visits, people = session.exec(
                select(func.count(Visit.id), func.coalesce(func.sum(Visit.party_size), 0))
                .where(col(Visit.time_out).is_(None))
            ).one()
            return int(visits), int(people)

    def has_visits(self) -> bool:
        """Whether any visit was ever recorded."""
        with Session(self._engine) as session:
            return session.exec(select(Visit.id).limit(1)).first() is not None

    def iter_day(self, day: dt.date) -> Iterator[VisitRow]:
        """Every visit that came in on ``day`` (local), oldest first, streamed.

        Raises:
            ValidationError: ``day`` is not a date from FIRST_DAY to LAST_DAY ("date"); raised
                at the call, before the first row is asked for.
        """
        if problem := checks.day_problem(day):
            raise ValidationError({"date": problem})
        return self._iter_window(*self._clock.day_bounds(day))

    def _iter_window(self, start: dt.datetime, end: dt.datetime) -> Iterator[VisitRow]:
        with Session(self._engine) as session:
            result = session.exec(
                select(Visit).where(Visit.time_in >= start, Visit.time_in < end)
                .order_by(col(Visit.time_in), col(Visit.id)).execution_options(yield_per=500)
            )
            for visit in result:
                yield visit_row(visit)

    def _filtered(self, stmt, query: VisitQuery,  # type: ignore[no-untyped-def]
                  window: tuple[dt.datetime, dt.datetime] | None = None):
        if query.on_site_only:
            # Everyone still in the building, whichever day they came (partial index).
            stmt = stmt.where(col(Visit.time_out).is_(None))
            if window is not None:
                stmt = stmt.where(Visit.time_in >= window[0], Visit.time_in < window[1])
        else:
            start, end = window or self._clock.day_bounds(query.first_day, query.last_day)
            stmt = stmt.where(Visit.time_in >= start, Visit.time_in < end)
        for word in query.text.split():
            # A typed % or _ is a character to find, not a LIKE wildcard ("1_03" is not "1203").
            like = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"
            stmt = stmt.where(or_(*(
                column.ilike(like, escape="\\") for column in (
                    col(Visit.name), col(Visit.phone), col(Visit.company),
                    col(Visit.host_label), col(Visit.plate), col(Visit.pass_no)))))
        return stmt

    def is_late(self, row: VisitRow, late_hour: int) -> bool:
        """Still on site after the set hour of the day they came (or on a later day)."""
        if row.time_out is not None:
            return False
        day = self._clock.local(row.time_in).date()
        return self._clock.now() >= self._clock.at_local(day, late_hour)


def visit_row(v: Visit, temp_pass_no: str = "") -> VisitRow:
    """The plain row of a Visit."""
    flags: list[VisitFlag] = []
    if v.exempt:
        flags.append(VisitFlag.EXEMPT)
    if v.deny_override_reason:
        flags.append(VisitFlag.DENY_OVERRIDE)
    if v.temp_pass_id:
        flags.append(VisitFlag.TEMP_PASS)
    return VisitRow(
        id=v.id or 0, pass_no=v.pass_no, name=v.name, id_type=IdType(v.id_type),
        id_number=v.id_number, phone=v.phone, company=v.company, party_size=v.party_size,
        purpose=Purpose(v.purpose), host_label=v.host_label, time_in=v.time_in,
        time_out=v.time_out, valid_until=v.valid_until, plate=v.plate, items=v.items,
        note=v.note, host_response=HostResponse(v.host_response), host_message=v.host_message,
        appointment_at=v.appointment_at, temp_pass_no=temp_pass_no, flags=tuple(flags),
        visitor_id=v.visitor_id,
    )
