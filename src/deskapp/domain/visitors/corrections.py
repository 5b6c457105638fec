"""Putting a saved visit right: correcting a field (a typo in the name, the wrong host),
voiding one entered by mistake, and showing its full ID number to a supervisor.

Nothing is deleted or overwritten without a trace: a correction keeps the value before in
its own row (the visit's history), the void keeps the visit (struck out, with its
reason), and the audit trail says who did it, who approved it and when; a reveal is an
audit entry of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.dialect import VISIT_SEARCH, reindex_records
from deskapp.db.engine import write_session
from deskapp.db.models import Visit, VisitCorrection, Visitor
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.operators import Operator
from deskapp.domain.records import Purpose, VisitFlag, VisitRow
from deskapp.domain.roles import Action, Approval
from deskapp.domain.screening import DenyListHit
from deskapp.domain.visitors.check_in import WatchMatch
from deskapp.domain.visitors.history import search_entry
from deskapp.domain.visitors.inputs import HostRef, VisitInput
from deskapp.domain.visitors.rows import visit_row
from deskapp.i18n import fill, translate

REASON_LIMIT = 200

# The fields a saved visit can be corrected in; the rest (times, pass number, ID number)
# have their own ways (check-out and its undo, a void and a new check-in).
CORRECTABLE = ("name", "phone", "company", "party_size", "purpose", "host", "plate",
               "items", "note")


def field_label(field: str) -> str:
    """A correctable field in the user's language."""
    return {
        "name": translate("VisitField", "Name"),
        "phone": translate("VisitField", "Phone"),
        "company": translate("VisitField", "Company"),
        "party_size": translate("VisitField", "People"),
        "purpose": translate("VisitField", "Purpose"),
        "host": translate("VisitField", "Host"),
        "plate": translate("VisitField", "Plate"),
        "items": translate("VisitField", "Items carried"),
        "note": translate("VisitField", "Note"),
    }.get(field, field)


@dataclass(frozen=True)
class CorrectionRow:
    """One corrected field of a visit: what it said before and after, why, and who."""

    at: dt.datetime
    field: str
    before: str
    after: str
    reason: str
    corrected_by: str
    approved_by: str

    @property
    def label(self) -> str:
        """The field in the user's language."""
        return field_label(self.field)


class VisitCorrections:
    """Corrections, voids and reveals (a part of :class:`deskapp.domain.visitors.VisitorLog`)."""

    _engine: Engine
    _clock: Clock
    _operator: Operator

    def correct(self, visit_id: int, changes: Mapping[str, object], reason: str,
                approval: Approval | None = None) -> VisitRow:
        """Put fields of a saved visit right; the values before stay in its history.

        ``changes`` maps fields of :data:`CORRECTABLE` to their new values (``host`` a
        :class:`HostRef` or the text typed). They are checked as at check-in. The operator
        who checked the visit in may correct it the same day; otherwise a supervisor, or
        their approval.

        Raises:
            ValidationError: a bad value (by its field), nothing changed ("changes"), or no
                reason ("reason").
            ApprovalNeeded: someone else's or an earlier day's visit, by a receptionist.
            DomainError: the visit is voided.
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason and "reason" not in errors:
            errors["reason"] = translate("VisitorLog", "Say why the visit is corrected.")
        unknown = [name for name in changes if name not in CORRECTABLE]
        if unknown:
            errors["changes"] = fill(translate("VisitorLog", "%1 cannot be corrected here."),
                                     ", ".join(map(str, unknown)))
        if errors:
            raise ValidationError(errors)
        current = self.visit(visit_id)  # type: ignore[attr-defined]
        # Checked before asking anyone to approve: a refused value asks no supervisor.
        self._changes_to(current, changes)
        approved_by = self._correction_approval(current, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            session.info[audit.ACTION] = "correct"
            visit = self._visit(session, visit_id, lock=True)
            # Again from what it says now, read under the lock: another counter may have
            # just corrected it, and its value must be this history's "before".
            corrected, changed = self._changes_to(visit_row(visit), changes)
            if "name" in changed or "phone" in changed:
                self._screen_corrected(session, corrected)
            old_entry = search_entry(visit)
            now = self._clock.now()
            for field, (was, now_is) in changed.items():
                session.add(VisitCorrection(visit_id=visit.id, at=now, field=field,
                                            before=was, after=now_is, reason=reason,
                                            approved_by=approved_by,
                                            **self._operator.signature()))
            _apply(visit, corrected, changed)
            visit.corrections = (visit.corrections or 0) + len(changed)
            session.add(visit)
            self._correct_visitor(session, visit, changed)
            session.flush()
            # Found by its new name from now on (and no longer by the misspelt one).
            reindex_records(session, VISIT_SEARCH, [(old_entry, search_entry(visit))])
            session.commit()
            return visit_row(visit)

    def _screen_corrected(self, session: Session, corrected: VisitInput) -> None:
        """A corrected name or phone is screened as at check-in: a watch notice stops it
        (recorded apart, as at check-in), a deny-list entry refuses it."""
        watch = self._screening.watch_matches(session, corrected.person)  # type: ignore[attr-defined]
        if watch:
            session.rollback()
            raise self._stopped(WatchMatch(watch, corrected.person))  # type: ignore[attr-defined]
        deny = self._screening.deny_matches(session, corrected.person)  # type: ignore[attr-defined]
        if deny:
            raise DenyListHit(deny)

    @staticmethod
    def _correct_visitor(session: Session, visit: Visit,
                         changed: Mapping[str, tuple[str, str]]) -> None:
        # The returning-visitor record took its name and phone from this visit: it
        # follows the correction, so the next check-in is not filled with the typo.
        if visit.visitor_id is None:
            return
        visitor = session.get(Visitor, visit.visitor_id)
        if visitor is None or visitor.last_visit_id != visit.id:
            return
        for field in ("name", "phone"):
            if field in changed and getattr(visitor, field) == changed[field][0]:
                setattr(visitor, field, changed[field][1])
                session.add(visitor)

    def corrections_of(self, visit_id: int) -> list[CorrectionRow]:
        """A visit's corrections, oldest first."""
        visit_id = checks.record_id(visit_id) or 0
        with Session(self._engine) as session:
            rows = session.exec(select(VisitCorrection).where(
                VisitCorrection.visit_id == visit_id)
                .order_by(col(VisitCorrection.at), col(VisitCorrection.id))).all()
            return [CorrectionRow(r.at, r.field, r.before, r.after, r.reason, r.created_by,
                                  r.approved_by) for r in rows]

    def _changes_to(self, visit: VisitRow, changes: Mapping[str, object]
                    ) -> tuple[VisitInput, dict[str, tuple[str, str]]]:
        """The visit as corrected, and each changed field's (before, after).

        Raises:
            DomainError: the visit is voided.
            ValidationError: a bad value, or nothing that differs ("changes").
        """
        if VisitFlag.VOIDED in visit.flags:
            raise DomainError(fill(translate(
                "VisitorLog", "Pass %1 is voided: check the visitor in again instead."),
                visit.pass_no))
        corrected = self._corrected_input(visit, changes)
        before, after = _values(visit), _input_values(corrected)
        changed = {f: (before[f], after[f]) for f in changes if before[f] != after[f]}
        if not changed:
            raise ValidationError({"changes": translate(
                "VisitorLog", "Nothing was changed: the visit already says that.")})
        return corrected, changed

    def _correction_approval(self, visit: VisitRow, approval: Approval | None) -> str:
        # Fixing one's own typo the same day is part of the work at the counter.
        own = bool(visit.created_by) and visit.created_by == self._operator.name
        same_day = self._clock.local(visit.time_in).date() == self._clock.today()
        if own and same_day and approval is None:
            return self._operator.authorise(Action.WORK_AT_COUNTER)
        return self._operator.authorise(Action.CORRECT_RECORD, approval)

    def _corrected_input(self, visit: VisitRow, changes: Mapping[str, object]) -> VisitInput:
        """The visit as check-in would see it with the changes, checked the same way."""
        base = VisitInput(
            name=visit.name, phone=visit.phone, company=visit.company,
            party_size=visit.party_size, purpose=visit.purpose,
            host=HostRef(visit.host_label, visit.host_unit_id, visit.host_department_id),
            plate=visit.plate, items=visit.items, note=visit.note, time_in=visit.time_in,
            valid_until=visit.valid_until, id_type=IdType.RESIDENT)
        values = dict(changes)
        if isinstance(values.get("host"), str):
            values["host"] = HostRef(str(values["host"]))
        try:
            data = replace(base, **values)  # type: ignore[arg-type]
        except TypeError as exc:  # pragma: no cover - the names were checked above
            raise ValidationError({"changes": str(exc)}) from exc
        # The same checks as at check-in (the time in is the visit's own, long past).
        checked = self.validate(replace(data, time_in=None, valid_until=None))  # type: ignore[attr-defined]
        checked = replace(checked, time_in=visit.time_in, valid_until=visit.valid_until)
        if "host" in changes:
            checked = self._resolve_host(checked)  # type: ignore[attr-defined]
        return checked

    def void(self, visit_id: int, reason: str, approval: Approval | None = None) -> VisitRow:
        """Void a visit entered by mistake, with the reason; it stays on record, struck
        out, and leaves the counts and the list of who is on site.

        Raises:
            ValidationError: no reason ("void_reason").
            ApprovalNeeded: a receptionist's void needs a supervisor's approval.
            DomainError: it is voided already.
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "void_reason", reason, REASON_LIMIT)
        if not reason and not errors:
            errors["void_reason"] = translate("VisitorLog", "Say why the visit is voided.")
        if errors:
            raise ValidationError(errors)
        approved_by = self._operator.authorise(Action.VOID_RECORD, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            session.info[audit.ACTION] = "void"
            visit = self._visit(session, visit_id, lock=True)
            if visit.voided_at is not None:
                raise DomainError(fill(translate("VisitorLog", "Pass %1 is voided already."),
                                       visit.pass_no))
            now = self._clock.now()
            visit.voided_at = now
            visit.void_reason = reason
            if visit.time_out is None:
                visit.time_out = now  # not in the building: it never was
            session.add(visit)
            session.commit()
            return visit_row(visit)

    def reveal_id_number(self, visit_id: int, approval: Approval | None = None) -> str:
        """The full ID number of a visit, for a supervisor (or with their approval); the
        reveal is written to the audit trail first.

        Raises:
            ApprovalNeeded: a receptionist needs a supervisor's approval.
            NotFound: no such visit.
        """
        approved_by = self._operator.authorise(Action.REVEAL_ID_NUMBER, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            visit = self._visit(session, visit_id)
            audit.record(session, "reveal", "visit", visit.id, {"field": "id_number"})
            session.commit()
            return visit.id_number

    @staticmethod
    def _visit(session: Session, visit_id: int, *, lock: bool = False) -> Visit:
        visit = session.get(Visit, checks.record_id(visit_id) or 0, with_for_update=lock)
        if visit is None:
            raise NotFound(fill(translate("VisitorLog", "There is no visit number %1."),
                                visit_id))
        return visit


def _values(visit: VisitRow) -> dict[str, str]:
    """A visit's correctable fields as the history keeps them (text)."""
    return {"name": visit.name, "phone": visit.phone, "company": visit.company,
            "party_size": str(visit.party_size), "purpose": Purpose(visit.purpose).value,
            "host": visit.host_label, "plate": visit.plate, "items": visit.items,
            "note": visit.note}


def _input_values(data: VisitInput) -> dict[str, str]:
    return {"name": data.name, "phone": data.phone, "company": data.company,
            "party_size": str(data.party_size), "purpose": Purpose(data.purpose).value,
            "host": data.host.label, "plate": data.plate, "items": data.items,
            "note": data.note}


def _apply(visit: Visit, data: VisitInput, changed: Mapping[str, object]) -> None:
    for field in changed:
        if field == "host":
            visit.host_label = data.host.label
            visit.host_unit_id = data.host.unit_id
            visit.host_department_id = data.host.department_id
        elif field == "purpose":
            visit.purpose = Purpose(data.purpose).value
        else:
            setattr(visit, field, getattr(data, field))
