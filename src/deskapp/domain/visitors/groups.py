"""Parties checked in together (a delivery crew, a decoration team): each member is a visit
with a pass of their own, tied by ``group_id`` (the first member's visit), so that they can
leave together or one by one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import Visit, VisitEvent
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.errors import ValidationError
from deskapp.domain.operators import Operator
from deskapp.domain.records import VisitRow
from deskapp.domain.visitors.check_in import WatchMatch
from deskapp.domain.visitors.expected import mark_arrived_in
from deskapp.domain.visitors.inputs import MAX_PARTY, VisitInput
from deskapp.domain.visitors.rows import visit_row
from deskapp.i18n import fill, translate


class GroupVisits:
    """Checking a party in and out (a part of :class:`VisitorLog`)."""

    _engine: Engine
    _clock: Clock
    _operator: Operator

    def check_in_group(self, members: Sequence[VisitInput], *,
                       deny_override_reason: str = "") -> list[VisitRow]:
        """Check a party in, one visit and pass per member, all or none.

        The first member leads: the host, company, purpose, plate and time in of the party
        are theirs; each member brings their own name, ID and phone. Each member is
        screened as at a single check-in.

        Raises:
            ValidationError: a member's bad input, keyed ``"members.N.field"`` (N from 0),
                or fewer than two or more than :data:`MAX_PARTY` members ("members").
            WatchListHit, DenyListHit, AlreadyOnSite: as for one check-in; nobody is saved.
        """
        if not isinstance(members, Sequence) or not 2 <= len(members) <= MAX_PARTY:
            raise ValidationError({"members": fill(translate(
                "VisitorLog", "A party has 2 to %1 members; check one visitor in alone."),
                MAX_PARTY)})
        leader = self._resolve_host(self.validate(members[0]))  # type: ignore[attr-defined]
        checked: list[VisitInput] = [replace(leader, party_size=1)]
        errors: dict[str, str] = {}
        for index, member in enumerate(members[1:], start=1):
            if not isinstance(member, VisitInput):
                errors[f"members.{index}.name"] = translate("VisitorLog",
                                                            "Enter the visitor's name.")
                continue
            shared = replace(leader, name=member.name, id_type=member.id_type,
                             id_number=member.id_number, phone=member.phone, party_size=1,
                             visitor_id=None, temp_pass_no=member.temp_pass_no,
                             expected_id=None,
                             address=member.address, time_in=member.time_in or leader.time_in)
            try:
                checked.append(self.validate(shared))  # type: ignore[attr-defined]
            except ValidationError as exc:
                errors.update({f"members.{index}.{field}": message
                               for field, message in exc.errors.items()})
        if errors:
            raise ValidationError(errors)
        checked = [replace(m, deny_override_reason=deny_override_reason) for m in checked]
        with write_session(self._engine) as session:
            try:
                first, _ = self._save_visit(session, checked[0], False)  # type: ignore[attr-defined]
                first.group_id = first.id
                session.add(first)
                visits = [first]
                for member in checked[1:]:
                    visit, _ = self._save_visit(  # type: ignore[attr-defined]
                        session, member, False, group_id=first.id)
                    visits.append(visit)
            except WatchMatch as match:
                session.rollback()
                raise self._stopped(match) from None  # type: ignore[attr-defined]
            if checked[0].expected_id is not None:
                # The party came on the leader's booking: it has arrived, once.
                mark_arrived_in(session, checked[0].expected_id, first.id or 0)
            session.commit()
            return [visit_row(v) for v in visits]

    def party(self, group_id: int) -> list[VisitRow]:
        """The members of a party, in the order they were checked in."""
        group_id = checks.record_id(group_id) or 0
        with Session(self._engine) as session:
            return [visit_row(v) for v in session.exec(
                select(Visit).where(Visit.group_id == group_id).order_by(col(Visit.id)))]

    def check_out_party(self, group_id: int) -> list[VisitRow]:
        """Check out every member of a party still on site, at one time; the visits done."""
        from deskapp.domain.visitors.log import VisitEventKind

        group_id = checks.record_id(group_id) or 0
        with write_session(self._engine) as session:
            now = self._clock.now()
            on_site = session.exec(select(Visit).where(
                Visit.group_id == group_id, col(Visit.time_out).is_(None),
                col(Visit.voided_at).is_(None)).order_by(col(Visit.id))
                .with_for_update()).all()
            for visit in on_site:
                visit.time_out = now
                session.add(visit)
                session.add(VisitEvent(visit_id=visit.id, at=now,
                                       kind=VisitEventKind.CHECKED_OUT,
                                       **self._operator.signature()))
            session.commit()
            return [visit_row(v) for v in on_site]
