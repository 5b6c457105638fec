"""Today's board: every attention source and the three series, read at one instant."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session

from deskapp.domain.clock import Clock
from deskapp.domain.today import series
from deskapp.domain.today.items import ENTRIES_SHOWN, AttentionGroup, AttentionSource, SourceContext
from deskapp.domain.today.registry import SOURCES


@dataclass(frozen=True)
class TodaySnapshot:
    """Everything Today shows, as it stood at ``taken_at``."""

    taken_at: dt.datetime
    groups: tuple[AttentionGroup, ...]
    visits: series.HourlyVisits
    requests: series.WeeklyRequests
    takings: series.DailyTakings


class TodayBoard:
    """Reads what needs attention now, and the day's pictures (a read model: it writes
    nothing)."""

    def __init__(self, engine: Engine, clock: Clock, late_hour: Callable[[], int],
                 sources: Sequence[AttentionSource] = SOURCES,
                 limit: int = ENTRIES_SHOWN) -> None:
        self._engine = engine
        self._clock = clock
        self._late_hour = late_hour
        self._sources = tuple(sources)
        self._limit = limit

    @property
    def sources(self) -> tuple[AttentionSource, ...]:
        """The sources read, in order."""
        return self._sources

    def _context(self, now: dt.datetime) -> SourceContext:
        return SourceContext(self._clock, now, self._late_hour(), self._limit)

    def attention(self) -> tuple[AttentionGroup, ...]:
        """Every source's group, in the registry's order."""
        context = self._context(self._clock.now())
        with Session(self._engine) as session:
            return tuple(source.read(session, context) for source in self._sources)

    def visits_per_hour(self) -> series.HourlyVisits:
        """Visitors per hour today against the usual day."""
        with Session(self._engine) as session:
            return series.visits_per_hour(session, self._clock, self._clock.now())

    def requests_per_week(self) -> series.WeeklyRequests:
        """Requests per week by severity, the last twelve weeks."""
        with Session(self._engine) as session:
            return series.requests_per_week(session, self._clock, self._clock.now())

    def takings_per_day(self) -> series.DailyTakings:
        """Takings per day this month."""
        with Session(self._engine) as session:
            return series.takings_per_day(session, self._clock, self._clock.now())

    def snapshot(self) -> TodaySnapshot:
        """All of it in one session, at one instant (what the tab reads off the UI thread)."""
        now = self._clock.now()
        context = self._context(now)
        with Session(self._engine) as session:
            groups = tuple(source.read(session, context) for source in self._sources)
            return TodaySnapshot(
                now, groups, series.visits_per_hour(session, self._clock, now),
                series.requests_per_week(session, self._clock, now),
                series.takings_per_day(session, self._clock, now))
