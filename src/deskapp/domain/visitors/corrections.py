"""Putting a saved visit right: voiding one entered by mistake, and showing its full ID
number to a supervisor. Nothing is deleted or overwritten without a trace: the void keeps
the visit (struck out, with its reason) and the audit trail says who did it, who approved
it and when; a reveal is an audit entry of its own.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.models import Visit
from deskapp.domain import checks
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.operators import Operator
from deskapp.domain.records import VisitRow
from deskapp.domain.roles import Action, Approval
from deskapp.domain.visitors.rows import visit_row
from deskapp.i18n import fill, translate

REASON_LIMIT = 200


class VisitCorrections:
    """Voids and reveals (a part of :class:`deskapp.domain.visitors.VisitorLog`)."""

    _engine: Engine
    _clock: Clock
    _operator: Operator

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
            visit = self._visit(session, visit_id)
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
    def _visit(session: Session, visit_id: int) -> Visit:
        visit = session.get(Visit, checks.record_id(visit_id) or 0)
        if visit is None:
            raise NotFound(fill(translate("VisitorLog", "There is no visit number %1."),
                                visit_id))
        return visit
