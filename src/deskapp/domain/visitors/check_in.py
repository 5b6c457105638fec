"""Check-in: the form checked, the visitor screened against the lists, the visit saved with
its pass number, in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.dialect import VISIT_SEARCH, index_records
from deskapp.db.engine import write_session
from deskapp.db.models import Visit
from deskapp.db.sequences import next_number
from deskapp.domain import checks
from deskapp.domain.clock import Clock, format_local
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.identity import IdType, id_number_problem, normalise_id_number
from deskapp.domain.operators import Operator
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.records import Purpose, VisitRow
from deskapp.domain.screening import (
    AlertKind,
    AlertOutcome,
    DenyListHit,
    Person,
    ScreeningService,
    WatchListHit,
    WatchRow,
)
from deskapp.domain.text import clean_text
from deskapp.domain.visitors.expected import mark_arrived_in
from deskapp.domain.visitors.history import search_entry
from deskapp.domain.visitors.hosts import resolve_host
from deskapp.domain.visitors.inputs import FIELD_LIMITS, MAX_PARTY, HostRef, VisitInput
from deskapp.domain.visitors.rows import visit_row
from deskapp.i18n import fill, translate


class AlreadyOnSite(DomainError):
    """The visitor has a visit without a time out; checking in again needs a confirmation."""

    def __init__(self, open_visit: VisitRow, tz: dt.tzinfo) -> None:
        super().__init__(fill(translate("VisitorLog", "%1 is already on site since %2 (pass %3)."),
                              open_visit.name, format_local(open_visit.time_in, tz),
                              open_visit.pass_no))
        self.open_visit = open_visit


class WatchMatch(Exception):  # noqa: N818 - internal signal, turned into WatchListHit
    """A watch-notice match found while saving: the transaction is rolled back first."""

    def __init__(self, entries: list[WatchRow], person: Person) -> None:
        super().__init__()
        self.entries = entries
        self.person = person


class CheckIn:
    """Checking visitors in (a part of :class:`VisitorLog`)."""

    _engine: Engine
    _clock: Clock
    _screening: ScreeningService
    _directory: DirectoryService
    _operator: Operator
    _collect_id_number: Callable[[], bool]

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
                              "deny_override_reason", "address")}
        id_number = normalise_id_number(checks.raw_text(errors, "id_number", data.id_number))
        phone = normalise_phone(checks.raw_text(errors, "phone", data.phone))
        if data.visitor_id is not None and checks.record_id(data.visitor_id) is None:
            errors["visitor_id"] = translate("VisitorLog", "This visitor is no longer on record.")
        if data.expected_id is not None and checks.record_id(data.expected_id) is None:
            errors["expected_id"] = translate("VisitorLog",
                                              "This expected visitor is no longer on record.")
        again = checks.flag(errors, "again_while_on_site", data.again_while_on_site)
        data = replace(
            data, name=name, id_type=id_type or IdType.OTHER, purpose=purpose or Purpose.OTHER,
            host=host, company=text["company"],
            plate=clean_text(text["plate"].upper()).replace(" ", ""), items=text["items"],
            note=text["note"], temp_pass_no=clean_text(text["temp_pass_no"].upper()),
            deny_override_reason=text["deny_override_reason"], id_number=id_number,
            address=text["address"],
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
                  "deny_override_reason": data.deny_override_reason, "address": data.address}
        for field, limit in FIELD_LIMITS.items():
            if len(values[field]) > limit and field not in errors:
                errors[field] = fill(translate("VisitorLog", "Use at most %1 characters."),
                                     limit)
        if data.id_number and "id_number" not in errors and not self._collect_id_number():
            errors["id_number"] = translate(
                "VisitorLog",
                "This counter does not take ID numbers (see Settings, Visitors' personal data).")
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
            NotWaiting: the expected visitor (``expected_id``) arrived already or was
                cancelled; nothing saved.
            WatchListHit: a watch-notice match; the event is recorded, the visit is not.
            DenyListHit: a deny-list match without an override reason; nothing saved.
            AlreadyOnSite: the visitor has an open visit and ``again_while_on_site`` is off.
        """
        data = self._resolve_host(self.validate(data))
        with write_session(self._engine) as session:
            try:
                visit, data = self._save_visit(session, data, exempt)
            except WatchMatch as match:
                session.rollback()
                raise self._stopped(match) from None
            if data.expected_id is not None:
                # The expected visitor has come: one arrival, even with two counters.
                mark_arrived_in(session, data.expected_id, visit.id or 0)
            session.commit()
            return visit_row(visit, data.temp_pass_no)

    def _save_visit(self, session: Session, data: VisitInput, exempt: bool,
                    group_id: int | None = None) -> tuple[Visit, VisitInput]:
        """Screen and add one checked visit to the caller's transaction.

        Raises:
            WatchMatch: a watch-notice match (the caller records it, outside this
                transaction, and stops).
            DenyListHit, AlreadyOnSite, ValidationError: as :meth:`check_in`.
        """
        assert data.time_in is not None
        known = self._known_visitor(session, data)
        if known is not None and not data.id_number and known.id_number \
                and self._collect_id_number():
            # The number on file is screened and recorded, never shown in the form.
            data = replace(data, id_type=IdType(known.id_type), id_number=known.id_number)
        temp_pass_id, data = self._usable_temp_pass(data)
        watch = self._screening.watch_matches(session, data.person)
        if watch:
            raise WatchMatch(watch, data.person)
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
            time_in=data.time_in, group_id=group_id, address=data.address,
            valid_until=data.valid_until or self._end_of_day(data.time_in),
            created_at=self._clock.now(), **self._operator.signature(),
        )
        session.add(visit)
        session.flush()
        # Found by a search from the moment it is saved, or not saved at all.
        index_records(session, VISIT_SEARCH, [search_entry(visit)])
        visitor.last_visit_id = visit.id
        session.add(visitor)
        for entry in deny:
            self._screening.record_event(session, kind=AlertKind.DENY, entry_id=entry.id,
                                         person=data.person, outcome=AlertOutcome.ADMITTED,
                                         reason=data.deny_override_reason, visit_id=visit.id,
                                         matched_on=entry.matched_on)
        return visit, data

    def _stopped(self, match: WatchMatch) -> WatchListHit:
        """Record a watch-notice match in a transaction of its own; the hit to raise."""
        with write_session(self._engine) as session:
            events = [self._screening.record_event(
                session, kind=AlertKind.WATCH, entry_id=w.id, person=match.person,
                outcome=AlertOutcome.STOPPED, matched_on=w.matched_on) for w in match.entries]
            session.commit()
            return WatchListHit(match.entries, events[0].id or 0)

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
        # Shared with the expected visitors (deskapp.domain.visitors.hosts).
        return replace(data, host=resolve_host(self._directory, data.host))

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
