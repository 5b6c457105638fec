"""Returning visitors and regulars: who is on record, to fill the form and check in fast."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import Visit, Visitor
from deskapp.domain import checks
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.identity import (
    IdType,
    id_number_problem,
    mask_id_number,
    normalise_id_number,
)
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.records import Purpose
from deskapp.domain.visitors.inputs import HostRef, VisitInput
from deskapp.i18n import translate


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

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)


class VisitorProfiles:
    """Visitors on record (a part of :class:`VisitorLog`)."""

    _engine: Engine

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
