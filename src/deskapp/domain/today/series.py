"""Today's pictures as numbers: visitors per hour today against the usual day, requests
per week by severity, takings per day this month.

Each is one grouped query over an indexed range of its history, grouped by the hour
(:func:`deskapp.db.dialect.hours_since`, alike on SQLite and PostgreSQL); the hours are
turned into local hours, days and weeks here, so a zone's daylight-saving change still
lands each record on its own wall-clock hour and day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_
from sqlmodel import Session, col, func, select

from deskapp.db.dialect import hours_since
from deskapp.db.fee_models import Receipt
from deskapp.db.models import Request, Visit
from deskapp.domain.clock import Clock
from deskapp.domain.requests.records import Severity

# The usual day: the mean per hour of the same weekday over these many weeks before today
# (days with no visit at all — the counter closed, or not yet in use — left out).
USUAL_WEEKS = 4
# Requests per week: this week and the weeks before it.
REQUEST_WEEKS = 12


@dataclass(frozen=True)
class HourlyVisits:
    """Visits checked in per local hour today, and the usual day's mean per hour.

    ``usual_days`` is how many of the last :data:`USUAL_WEEKS` same weekdays had visits
    (the mean is over them; 0: no usual day yet)."""

    day: dt.date
    today: tuple[int, ...]  # 24 counts
    usual: tuple[float, ...]  # 24 means
    usual_days: int


@dataclass(frozen=True)
class WeeklyRequests:
    """Requests received per week (Monday to Sunday) by severity, oldest week first."""

    weeks: tuple[dt.date, ...]  # each week's Monday
    by_severity: tuple[tuple[Severity, tuple[int, ...]], ...]  # every severity, in order

    def total(self, week: int) -> int:
        """All severities of the week at ``week``."""
        return sum(counts[week] for _severity, counts in self.by_severity)


@dataclass(frozen=True)
class DailyTakings:
    """Money received per local day of this month on receipts not voided (deposits
    included, as on the handover sheet), in fen."""

    month: dt.date  # the first of the month
    fen: tuple[int, ...]  # one per day of the month, today's and the days to come included

    @property
    def total_fen(self) -> int:
        """The month so far."""
        return sum(self.fen)


def _bucket_starts(clock: Clock, anchor: dt.datetime,
                   rows: Sequence[tuple[int, ...]]) -> list[tuple[dt.datetime, tuple]]:
    """Each row's hour (its first column, hours from ``anchor``) as a local time, with the
    rest of the row."""
    return [(clock.local(anchor + dt.timedelta(hours=int(row[0]))), tuple(row[1:]))
            for row in rows]


def visits_per_hour(session: Session, clock: Clock, now: dt.datetime) -> HourlyVisits:
    """Today's visits per hour, and the usual day (see :class:`HourlyVisits`)."""
    today = clock.local(now).date()
    days = [today - dt.timedelta(weeks=w) for w in range(USUAL_WEEKS + 1)]
    ranges = [clock.day_bounds(day) for day in days]
    anchor = ranges[-1][0]
    bucket = hours_since(session, col(Visit.time_in), anchor)
    rows = session.exec(
        select(bucket, func.count(col(Visit.id)))
        .where(or_(*(and_(col(Visit.time_in) >= start, col(Visit.time_in) < end)
                     for start, end in ranges)), col(Visit.voided_at).is_(None))
        .group_by(bucket)).all()
    per_day: dict[dt.date, list[int]] = {day: [0] * 24 for day in days}
    for local, (count,) in _bucket_starts(clock, anchor, rows):
        if local.date() in per_day:
            per_day[local.date()][local.hour] += int(count)
    earlier = [per_day[day] for day in days[1:] if any(per_day[day])]
    usual = tuple(sum(day[h] for day in earlier) / len(earlier) if earlier else 0.0
                  for h in range(24))
    return HourlyVisits(today, tuple(per_day[today]), usual, len(earlier))


def requests_per_week(session: Session, clock: Clock, now: dt.datetime) -> WeeklyRequests:
    """Requests received in this week and the :data:`REQUEST_WEEKS` - 1 before, by
    severity."""
    today = clock.local(now).date()
    this_monday = today - dt.timedelta(days=today.weekday())
    weeks = tuple(this_monday - dt.timedelta(weeks=w) for w in range(REQUEST_WEEKS - 1, -1, -1))
    start, end = clock.day_bounds(weeks[0], this_monday + dt.timedelta(days=6))
    bucket = hours_since(session, col(Request.received_at), start)
    rows = session.exec(
        select(bucket, col(Request.severity), func.count(col(Request.id)))
        .where(col(Request.received_at) >= start, col(Request.received_at) < end)
        .group_by(bucket, col(Request.severity))).all()
    counts = {severity: [0] * len(weeks) for severity in Severity}
    for local, (severity, count) in _bucket_starts(clock, start, rows):
        week = (local.date() - weeks[0]).days // 7
        if 0 <= week < len(weeks) and severity in counts:
            counts[Severity(severity)][week] += int(count)
    return WeeklyRequests(weeks, tuple((s, tuple(counts[s])) for s in Severity))


def takings_per_day(session: Session, clock: Clock, now: dt.datetime) -> DailyTakings:
    """This month's takings per day (see :class:`DailyTakings`)."""
    today = clock.local(now).date()
    first = today.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    start, end = clock.day_bounds(first, last)
    bucket = hours_since(session, col(Receipt.issued_at), start)
    rows = session.exec(
        select(bucket, func.sum(Receipt.total_fen))
        .where(col(Receipt.issued_at) >= start, col(Receipt.issued_at) < end,
               col(Receipt.voided_at).is_(None))
        .group_by(bucket)).all()
    fen = [0] * last.day
    for local, (amount,) in _bucket_starts(clock, start, rows):
        if local.date().month == first.month:
            fen[local.day - 1] += int(amount or 0)
    return DailyTakings(first, tuple(fen))
