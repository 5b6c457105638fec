"""The visit history: its query, its order, one keyset page, counts and the day's stream.

Keyset paging over indexed columns (see :mod:`deskapp.domain.paging`): a page deep in five
years of history costs the same as the first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from sqlalchemy import Engine, func, union_all
from sqlmodel import Session, col, select

from deskapp.db.dialect import VISIT_SEARCH, SearchEntry, search_condition
from deskapp.db.models import Visit
from deskapp.domain import checks, paging, pinyin
from deskapp.domain.clock import Clock
from deskapp.domain.errors import ValidationError
from deskapp.domain.paging import PageCursor
from deskapp.domain.records import VisitRow
from deskapp.domain.visitors.rows import visit_row

# Searched in every visit (a search is ANDed words, each OR-ed over these columns and the
# pinyin of the name).
SEARCHED = (Visit.name, Visit.phone, Visit.company, Visit.host_label, Visit.plate,
            Visit.pass_no)


def search_entry(visit: Visit) -> SearchEntry:
    """What the search index keeps of ``visit``: its searched texts and the name's pinyin."""
    assert visit.id is not None
    return (visit.id, [getattr(visit, column.key) for column in SEARCHED],
            pinyin.readings(visit.name))


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
    """What the visitor table shows: a local date range, a search text, on-site only, and
    one counter's visits (``desk``) or every counter's (None).

    ``earlier_on_site`` adds the visits from before the range still on site — the counter's
    default view is today plus everyone not yet checked out, so no open visit is out of
    sight.
    """

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    on_site_only: bool = False
    sort: SortKey = SortKey.TIME_IN
    descending: bool = True
    desk: str | None = None
    earlier_on_site: bool = False


def validate_query(query: VisitQuery) -> VisitQuery:
    """The query as the log runs it (search words cleaned), or ValidationError.

    Refuses days outside :data:`checks.FIRST_DAY` … :data:`checks.LAST_DAY` ("date"), more
    than :data:`paging.MAX_SEARCH_WORDS` search words or a word longer than
    :data:`paging.MAX_SEARCH_WORD` characters ("search").
    """
    errors: dict[str, str] = {}
    first, last = paging.check_days(errors, query.first_day, query.last_day)
    words = paging.search_words(errors, query.text)
    on_site_only = checks.flag(errors, "on_site_only", query.on_site_only)
    sort = checks.choice(errors, "sort", query.sort, SortKey)
    descending = checks.flag(errors, "descending", query.descending)
    desk = paging.check_desk(errors, query.desk)
    earlier_on_site = checks.flag(errors, "earlier_on_site", query.earlier_on_site)
    paging.raise_if(errors)
    assert sort is not None
    return VisitQuery(first, last, " ".join(words), on_site_only, sort, descending, desk,
                      earlier_on_site)


class VisitHistory:
    """The reading side of the visitor log (a part of :class:`VisitorLog`)."""

    _engine: Engine
    _clock: Clock

    def page(self, query: VisitQuery, after: PageCursor | None = None,
             limit: int = 200) -> list[VisitRow]:
        """Up to ``limit`` visits matching ``query``, continuing after ``after``.

        Raises:
            ValidationError: the query is refused by :func:`validate_query`.
        """
        query = validate_query(query)
        with Session(self._engine) as session:
            visits = paging.keyset_page(
                session, self._filtered(session, select(Visit), query, "page"),
                getattr(Visit, query.sort.value), Visit.id, after=after,
                descending=query.descending, limit=limit)
            return [visit_row(v) for v in visits]

    @staticmethod
    def cursor_after(row: VisitRow, query: VisitQuery) -> PageCursor:
        """The cursor that continues after ``row`` in ``query``'s order."""
        # VisitRow's attributes carry the same names as the sort columns.
        return paging.cursor_after(row, query.sort.value)

    def count(self, query: VisitQuery) -> tuple[int, int]:
        """(visits, people) matching ``query``, voided visits left out (ValidationError: see
        :func:`validate_query`)."""
        query = validate_query(query)
        with Session(self._engine) as session:
            stmt = self._filtered(session, select(func.count(Visit.id), func.coalesce(
                func.sum(Visit.party_size), 0)), query, "count").where(
                col(Visit.voided_at).is_(None))
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

    def iter_day(self, day: dt.date, desk: str | None = None) -> Iterator[VisitRow]:
        """Every visit that came in on ``day`` (local), oldest first, streamed; only those
        checked in at the counter ``desk`` unless it is None.

        Raises:
            ValidationError: ``day`` is not a date from FIRST_DAY to LAST_DAY ("date"); raised
                at the call, before the first row is asked for.
        """
        if problem := checks.day_problem(day):
            raise ValidationError({"date": problem})
        return self._iter_window(*self._clock.day_bounds(day), desk=desk)

    def _iter_window(self, start: dt.datetime, end: dt.datetime,
                     desk: str | None = None) -> Iterator[VisitRow]:
        stmt = select(Visit).where(Visit.time_in >= start, Visit.time_in < end)
        if desk is not None:
            stmt = stmt.where(Visit.desk == desk)
        with Session(self._engine) as session:
            result = session.exec(
                stmt.order_by(col(Visit.time_in), col(Visit.id)).execution_options(yield_per=500)
            )
            for visit in result:
                yield visit_row(visit)

    def _filtered(self, session: Session, stmt, query: VisitQuery,  # type: ignore[no-untyped-def]
                  purpose: Literal["page", "count"]):
        if query.on_site_only:
            # Everyone still in the building, whichever day they came (partial index).
            stmt = stmt.where(col(Visit.time_out).is_(None))
        elif query.earlier_on_site:
            # Two indexed reads joined (the day's range, the on-site partial index): an OR
            # of the two would read the whole history.
            start, end = self._clock.day_bounds(query.first_day, query.last_day)
            stmt = stmt.where(col(Visit.id).in_(union_all(
                select(Visit.id).where(Visit.time_in >= start, Visit.time_in < end),
                select(Visit.id).where(col(Visit.time_out).is_(None), Visit.time_in < start))))
        else:
            start, end = self._clock.day_bounds(query.first_day, query.last_day)
            stmt = stmt.where(Visit.time_in >= start, Visit.time_in < end)
        if query.desk is not None:
            stmt = stmt.where(Visit.desk == query.desk)
        if words := query.text.split():
            stmt = stmt.where(search_condition(session, VISIT_SEARCH, col(Visit.id),
                                               [col(c) for c in SEARCHED], words,
                                               purpose=purpose))
        return stmt

    def is_late(self, row: VisitRow, late_hour: int) -> bool:
        """Still on site after the set hour of the day they came (or on a later day)."""
        if row.time_out is not None:
            return False
        day = self._clock.local(row.time_in).date()
        return self._clock.now() >= self._clock.at_local(day, late_hour)
