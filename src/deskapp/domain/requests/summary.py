"""The monthly summary of requests (月度投诉一览表): counts, the two rates the documents set
targets for, and how long requests took to resolve. Pure: it reads rows already loaded.

Every figure is about the requests *taken* in the month (by local intake date), as they
stand when the summary is drawn: a complaint of November resolved on 3 December counts as
handled in a summary drawn on 5 December, not in one drawn on 30 November.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from deskapp.domain.requests.calendar import WorkingDays
from deskapp.domain.requests.records import (
    Kind,
    Nature,
    RequestRow,
    RevisitRow,
    Severity,
    State,
)
from deskapp.i18n import translate

# The documents' targets: valid complaints handled ≥ 95 %; every complaint and repair
# revisited.
HANDLING_TARGET = 0.95
REVISIT_TARGET = 1.0
NO_RATE = "—"  # a rate of nothing: shown instead of dividing by zero
_HANDLED = (State.RESOLVED, State.REVISITED, State.CLOSED)


@dataclass(frozen=True)
class Rate:
    """``done`` out of ``of``, against a target share.

    Attributes:
        done: How many met the rule.
        of: How many the rule applies to (0: the rate does not exist this month).
        target: The share to reach, 0–1.
    """

    done: int
    of: int
    target: float

    @property
    def value(self) -> float | None:
        """The share, 0–1 (None when there was nothing to count)."""
        return self.done / self.of if self.of else None

    @property
    def met(self) -> bool | None:
        """Whether the target is reached (None when there was nothing to count)."""
        value = self.value
        return None if value is None else value >= self.target - 1e-9

    def text(self) -> str:
        """``96.2%``, ``100%``, or ``—`` when there was nothing to count."""
        value = self.value
        return NO_RATE if value is None else percent(value)


def percent(share: float) -> str:
    """A share as people read it: ``95%``, ``96.2%`` (one decimal unless whole)."""
    value = round(share * 100, 1)
    return f"{value:.0f}%" if value == int(value) else f"{value:.1f}%"


@dataclass(frozen=True)
class DepartmentCount:
    """The requests of one responsible department, by severity.

    Attributes:
        label: The department as recorded ("" for requests not yet dispatched).
        by_severity: Every severity, in order, with its count (0 included).
    """

    label: str
    by_severity: Mapping[Severity, int]

    @property
    def total(self) -> int:
        """All of the department's requests of the month."""
        return sum(self.by_severity.values())

    def name(self) -> str:
        """The department in words (those not yet dispatched say so)."""
        return department_name(self.label)


def department_name(label: str) -> str:
    """A request's department in words: its label, or that it has none yet."""
    return label or translate("MonthSummary", "Not yet dispatched")


@dataclass(frozen=True)
class MonthSummary:
    """The figures under the month's list.

    Attributes:
        year, month: The month (requests taken in it, local time).
        total: Requests taken.
        by_severity: Every severity, in order, with its count.
        by_kind: Every kind, in order, with its count.
        by_department: Per responsible department, the most requests first (ties by
            name); requests not yet dispatched are one row with label "".
        handling_rate: Valid complaints (kind complaint, nature valid) taken in the month
            that are now resolved, revisited or closed, out of all valid complaints taken
            in the month. Target ≥ 95 %.
        revisit_rate: Complaints and repairs taken in the month that are now resolved
            (resolved, revisited or closed) and were revisited after their latest
            resolution, out of all such resolved complaints and repairs. A revisit that
            found the customer dissatisfied reopened the request, so it counts again only
            once the request is resolved and revisited anew. Target 100 %.
        resolved: Requests of the month now resolved (any kind): those the average is
            taken over.
        average_days: The mean number of working days from the local intake date to the
            local resolution date (:meth:`WorkingDays.between`: same day 0, Friday to
            Monday 1), over the ``resolved`` requests; None when none is resolved.
        open: Requests of the month still being handled (registered, dispatched or in
            progress).
    """

    year: int
    month: int
    total: int
    by_severity: Mapping[Severity, int]
    by_kind: Mapping[Kind, int]
    by_department: tuple[DepartmentCount, ...]
    handling_rate: Rate
    revisit_rate: Rate
    resolved: int
    average_days: float | None
    open: int

    def average_days_text(self) -> str:
        """The average to one decimal (``2.5``), or ``—`` when none is resolved."""
        return NO_RATE if self.average_days is None else f"{self.average_days:.1f}"


def month_days(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def local_date(value: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    """The counter's date of an aware instant (``tz`` None: the PC's own zone)."""
    return value.astimezone(tz).date()


def revisited_after_resolution(row: RequestRow, revisits: Sequence[RevisitRow]) -> bool:
    """Whether ``row`` (resolved) was revisited at or after its latest resolution."""
    return row.resolved_at is not None and any(v.at >= row.resolved_at for v in revisits)


def summarise(rows: Iterable[RequestRow], revisits_by_request: Mapping[int, Sequence[RevisitRow]],
              working_days: WorkingDays, *, year: int, month: int,
              tz: dt.tzinfo | None = None) -> MonthSummary:
    """The summary of ``rows``, the requests taken in ``year``-``month``.

    Args:
        rows: The month's requests (:meth:`RequestLog.month`).
        revisits_by_request: Their revisits by request id (:meth:`RequestLog.revisits_of`);
            a request without revisits may be missing.
        working_days: The working days from the month's first day to the latest resolution.
        year, month: The month summarised.
        tz: The counter's zone (the clock's; None: the PC's own), for the local dates.
    """
    rows = list(rows)
    severities = Counter(r.severity for r in rows)
    kinds = Counter(r.kind for r in rows)
    departments: dict[str, Counter[Severity]] = {}
    for r in rows:
        departments.setdefault(r.department_label, Counter())[r.severity] += 1
    by_department = sorted(
        (DepartmentCount(label, {s: counts[s] for s in Severity})
         for label, counts in departments.items()),
        key=lambda d: (-d.total, d.label == "", d.label))

    valid = [r for r in rows if r.kind is Kind.COMPLAINT and r.nature is Nature.VALID]
    handling = Rate(sum(1 for r in valid if r.state in _HANDLED), len(valid), HANDLING_TARGET)
    resolved = [r for r in rows if r.state in _HANDLED and r.resolved_at is not None]
    to_revisit = [r for r in resolved if r.kind.needs_revisit]
    revisit = Rate(sum(1 for r in to_revisit
                       if revisited_after_resolution(r, revisits_by_request.get(r.id, ()))),
                   len(to_revisit), REVISIT_TARGET)
    days = [working_days.between(local_date(r.received_at, tz),
                                 local_date(r.resolved_at, tz))  # type: ignore[arg-type]
            for r in resolved]
    return MonthSummary(
        year=year, month=month, total=len(rows),
        by_severity={s: severities[s] for s in Severity},
        by_kind={k: kinds[k] for k in Kind},
        by_department=tuple(by_department),
        handling_rate=handling, revisit_rate=revisit, resolved=len(resolved),
        average_days=sum(days) / len(days) if days else None,
        open=sum(1 for r in rows if r.state.being_handled))
