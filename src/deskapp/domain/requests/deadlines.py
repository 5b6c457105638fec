"""How long a request may take: one rule per severity and kind, set by a supervisor, in
hours (an urgent repair) or working days (see :mod:`.calendar`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session, select

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.models import RequestDeadline
from deskapp.domain import checks, paging
from deskapp.domain.clock import Clock
from deskapp.domain.operators import Operator
from deskapp.domain.requests.calendar import MAX_WORKING_DAYS, WorkingCalendar
from deskapp.domain.requests.records import DeadlineUnit, Kind, Severity
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate

MAX_HOURS = 24 * 30


@dataclass(frozen=True)
class DeadlineRule:
    """A request of ``severity`` and ``kind`` is due ``amount`` ``unit`` after intake."""

    severity: Severity
    kind: Kind
    amount: int
    unit: DeadlineUnit

    def describe(self) -> str:
        """"3 working days", "4 hours" in the user's language."""
        if self.unit is DeadlineUnit.HOURS:
            return fill(translate("DeadlineRule", "%1 hours"), self.amount)
        return fill(translate("DeadlineRule", "%1 working days"), self.amount)


_H, _WD = DeadlineUnit.HOURS, DeadlineUnit.WORKING_DAYS
# Until a supervisor sets its own: an urgent (important or major) repair in hours, the rest
# in working days; a major request's owner sets its own deadline in any case.
DEFAULTS: dict[tuple[Severity, Kind], tuple[int, DeadlineUnit]] = {
    (Severity.GENERAL, Kind.COMPLAINT): (3, _WD),
    (Severity.GENERAL, Kind.REPAIR): (2, _WD),
    (Severity.GENERAL, Kind.INQUIRY): (1, _WD),
    (Severity.GENERAL, Kind.SUGGESTION): (5, _WD),
    (Severity.IMPORTANT, Kind.COMPLAINT): (1, _WD),
    (Severity.IMPORTANT, Kind.REPAIR): (4, _H),
    (Severity.IMPORTANT, Kind.INQUIRY): (1, _WD),
    (Severity.IMPORTANT, Kind.SUGGESTION): (3, _WD),
    (Severity.MAJOR, Kind.COMPLAINT): (24, _H),
    (Severity.MAJOR, Kind.REPAIR): (2, _H),
    (Severity.MAJOR, Kind.INQUIRY): (24, _H),
    (Severity.MAJOR, Kind.SUGGESTION): (1, _WD),
}


class DeadlineRules:
    """The deadlines of requests, and when one taken now falls due."""

    def __init__(self, engine: Engine, clock: Clock, calendar: WorkingCalendar,
                 operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._calendar = calendar
        self._operator = operator or Operator()

    def rules(self) -> list[DeadlineRule]:
        """Every rule, severity by severity, kind by kind (the defaults where none is set)."""
        with Session(self._engine) as session:
            stored = {(r.severity, r.kind): r for r in session.exec(select(RequestDeadline))}
        rules = []
        for severity in Severity:
            for kind in Kind:
                amount, unit = DEFAULTS[(severity, kind)]
                if (row := stored.get((severity.value, kind.value))) is not None:
                    amount, unit = row.amount, DeadlineUnit(row.unit)
                rules.append(DeadlineRule(severity, kind, amount, unit))
        return rules

    def rule(self, severity: Severity, kind: Kind) -> DeadlineRule:
        """The rule for ``severity`` and ``kind``."""
        return next(r for r in self.rules() if r.severity is severity and r.kind is kind)

    def set_rule(self, rule: DeadlineRule, approval: Approval | None = None) -> DeadlineRule:
        """Change one rule (a supervisor's, or approved by one in place).

        Raises:
            ValidationError: an amount out of range (1–720 hours, 1–250 working days).
            ApprovalNeeded, NotAllowed: not a supervisor.
        """
        errors: dict[str, str] = {}
        checked = _checked(errors, rule)
        paging.raise_if(errors)
        assert checked is not None
        self._store([checked], approval)
        return checked

    def set_rules(self, rules: Sequence[DeadlineRule],
                  approval: Approval | None = None) -> list[DeadlineRule]:
        """Change several rules at once, all or none: one save of the deadlines dialog,
        under one supervisor's approval.

        Raises:
            ValidationError: keyed by :func:`cell_field` of each bad rule; nothing saved.
            ApprovalNeeded, NotAllowed: not a supervisor.
        """
        errors: dict[str, str] = {}
        checked: list[DeadlineRule] = []
        for rule in rules:
            found: dict[str, str] = {}
            good = _checked(found, rule)
            if good is None:
                errors[cell_field(rule.severity, rule.kind)] = next(iter(found.values()))
            else:
                checked.append(good)
        paging.raise_if(errors)
        if checked:
            self._store(checked, approval)
        return checked

    def _store(self, rules: list[DeadlineRule], approval: Approval | None) -> None:
        approved_by = self._operator.authorise(Action.SET_DEADLINES, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            for rule in rules:
                key = (rule.severity.value, rule.kind.value)
                row = session.get(RequestDeadline, key) or RequestDeadline(
                    severity=key[0], kind=key[1], amount=rule.amount, unit=rule.unit.value)
                row.amount, row.unit = rule.amount, rule.unit.value
                session.add(row)
            session.commit()

    def due(self, severity: Severity, kind: Kind, received_at: dt.datetime) -> dt.datetime:
        """When a request of ``severity`` and ``kind`` received at ``received_at`` is due:
        so many hours later, or the same time of day so many working days later."""
        rule = self.rule(severity, kind)
        return due_after(rule, received_at, self._clock, self._calendar)


def cell_field(severity: object, kind: object) -> str:
    """How :meth:`DeadlineRules.set_rules` names the rule of ``severity`` and ``kind`` in
    its errors: "general.repair"."""
    return f"{getattr(severity, 'value', severity)}.{getattr(kind, 'value', kind)}"


def _checked(errors: dict[str, str], rule: DeadlineRule) -> DeadlineRule | None:
    """``rule`` with its severity, kind and unit made sure of (None, ``errors`` filled,
    when one of them or the amount is bad)."""
    severity = checks.choice(errors, "severity", rule.severity, Severity)
    kind = checks.choice(errors, "kind", rule.kind, Kind)
    unit = checks.choice(errors, "unit", rule.unit, DeadlineUnit)
    limit = MAX_HOURS if unit is DeadlineUnit.HOURS else MAX_WORKING_DAYS
    if not checks.is_whole_number(rule.amount) or not 1 <= rule.amount <= limit:
        errors.setdefault("amount", fill(translate(
            "DeadlineRule", "Give a whole number from 1 to %1."), limit))
    if severity is None or kind is None or unit is None or "amount" in errors:
        return None
    return DeadlineRule(severity, kind, rule.amount, unit)


def due_after(rule: DeadlineRule, received_at: dt.datetime, clock: Clock,
              calendar: WorkingCalendar) -> dt.datetime:
    """The deadline ``rule`` gives a request received at ``received_at``."""
    if rule.unit is DeadlineUnit.HOURS:
        return received_at + dt.timedelta(hours=rule.amount)
    local = clock.local(received_at)
    days = calendar.from_day(local.date(), span_days=rule.amount * 3 + 60)
    day = days.add(local.date(), rule.amount)
    return clock.from_local(dt.datetime.combine(day, local.time().replace(tzinfo=None)))
