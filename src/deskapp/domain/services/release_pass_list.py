"""What the pass records tell: the passes whose guard's copy is not back (those past their
day first), a day's passes and those still out at its close (the day's workbook), and the
pass list a page at a time, searched by number, unit, plate or carrier."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine, and_, func, or_
from sqlmodel import Session, col, select

from deskapp.db.dialect import contains
from deskapp.db.service_models import ReleasePass, ReleasePassItem
from deskapp.domain import checks, paging
from deskapp.domain.clock import Clock
from deskapp.domain.operators import Operator
from deskapp.domain.services.release_pass_records import PassFilter, PassQuery, PassSort
from deskapp.domain.services.release_pass_rows import PassSummary, ReleasePassRow, pass_row
from deskapp.domain.text import halfwidth

# What a search word is looked for in: the number, the unit, the plate, the carrier.
SEARCHED = (ReleasePass.number, ReleasePass.unit_label, ReleasePass.plate,
            ReleasePass.carrier_name)


def _is_open() -> Any:
    """The partial index's own condition (``ix_releasepass_open``)."""
    return and_(col(ReleasePass.guard_copy_back_at).is_(None),
                col(ReleasePass.voided_at).is_(None))


def pass_rows(session: Session, stored: Sequence[ReleasePass]) -> list[ReleasePassRow]:
    """Passes with their goods, read in one more query for the lot."""
    ids = [p.id for p in stored]
    goods: dict[int, list[ReleasePassItem]] = {i: [] for i in ids if i is not None}
    if ids:
        for item in session.exec(select(ReleasePassItem)
                                 .where(col(ReleasePassItem.pass_id).in_(ids))
                                 .order_by(col(ReleasePassItem.id))):
            goods[item.pass_id].append(item)
    return [pass_row(p, goods.get(p.id or 0, [])) for p in stored]


class ReleasePassList:
    """The reads of the pass records (a part of
    :class:`deskapp.domain.services.release_passes.ReleasePasses`)."""

    def __init__(self, engine: Engine, clock: Clock, operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock pass records are stamped with."""
        return self._clock

    # --- Now
    def not_returned(self) -> list[ReleasePassRow]:
        """Every pass whose guard's copy is not back (voided ones aside), oldest first: the
        passes past their day — a copy missing — come before today's."""
        with Session(self._engine) as session:
            found = session.exec(select(ReleasePass).where(_is_open())
                                 .order_by(col(ReleasePass.issued_at), col(ReleasePass.id)))
            return pass_rows(session, list(found))

    # --- A day (the workbook)
    def day_passes(self, day: dt.date, desk: str | None = None) -> Iterator[ReleasePassRow]:
        """Every pass issued on local ``day``, oldest first, streamed in pages; ``desk`` one
        counter's only."""
        query = self.validate_query(PassQuery(day, day, descending=False, desk=desk))
        return paging.every_page(self.page, self.cursor_after, query)

    def still_out_at_close(self, day: dt.date,
                           desk: str | None = None) -> list[ReleasePassRow]:
        """The passes of days before ``day`` whose guard's copy was still not back at the
        close of ``day`` (today, or a day to come: now), oldest first — each as it stood
        then; ``desk`` one counter's only."""
        errors: dict[str, str] = {}
        first, _last = paging.check_days(errors, day, day)
        desk = paging.check_desk(errors, desk)
        paging.raise_if(errors)
        start, end = self._clock.day_bounds(first)
        at = min(end, self._clock.now())
        stmt = select(ReleasePass).where(
            ReleasePass.issued_at < start,
            or_(col(ReleasePass.guard_copy_back_at).is_(None),
                col(ReleasePass.guard_copy_back_at) > at),
            or_(col(ReleasePass.voided_at).is_(None), col(ReleasePass.voided_at) > at))
        if desk is not None:
            stmt = stmt.where(ReleasePass.desk == desk)
        with Session(self._engine) as session:
            found = list(session.exec(stmt.order_by(col(ReleasePass.issued_at),
                                                    col(ReleasePass.id))))
            rows = pass_rows(session, found)
        # As they stood at the close: a copy back (or a void) later is not yet known.
        return [replace(row, guard_copy_back_at=None, guard_copy_back_by="", voided_at=None,
                        void_reason="") for row in rows]

    # --- The list
    def validate_query(self, query: PassQuery) -> PassQuery:
        """The query as run, or ValidationError (date, search, only, descending, desk)."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, query.first_day, query.last_day)
        words = paging.search_words(errors, query.text)
        only = checks.choice(errors, "only", query.only, PassFilter)
        descending = checks.flag(errors, "descending", query.descending)
        desk = paging.check_desk(errors, query.desk)
        checks.choice(errors, "sort", query.sort, PassSort)
        paging.raise_if(errors)
        return PassQuery(first, last, " ".join(words), only or PassFilter.ALL, descending, desk)

    def page(self, query: PassQuery, after: paging.PageCursor | None = None,
             limit: int = 200) -> list[ReleasePassRow]:
        """Up to ``limit`` passes of ``query`` after ``after`` (keyset paging by the time of
        issue, newest first unless ascending)."""
        query = self.validate_query(query)
        with Session(self._engine) as session:
            found = paging.keyset_page(
                session, self._filtered(select(ReleasePass), query), ReleasePass.issued_at,
                ReleasePass.id, after=after, descending=query.descending, limit=limit)
            return pass_rows(session, found)

    @staticmethod
    def cursor_after(row: ReleasePassRow, _query: PassQuery | None = None) -> paging.PageCursor:
        """The cursor continuing after ``row``."""
        return paging.cursor_after(row, "issued_at")

    def count(self, query: PassQuery) -> PassSummary:
        """How many passes the query shows, and how many guard's copies are awaited
        anywhere (of which how many past their day)."""
        query = self.validate_query(query)
        start_of_today = self._clock.day_bounds(self._clock.today())[0]
        with Session(self._engine) as session:
            shown = session.exec(self._filtered(select(func.count(col(ReleasePass.id))),
                                                query)).one()
            waiting = session.exec(select(ReleasePass.issued_at).where(_is_open())).all()
        past = sum(1 for issued in waiting if issued < start_of_today)
        return PassSummary(int(shown), len(waiting), past)

    def _filtered(self, stmt: Any, query: PassQuery) -> Any:
        if query.only is PassFilter.NOT_RETURNED:
            stmt = stmt.where(_is_open())
        else:
            days = ((self._clock.today(),) * 2 if query.only is PassFilter.TODAY
                    else (query.first_day, query.last_day))
            start, end = self._clock.day_bounds(*days)
            stmt = stmt.where(ReleasePass.issued_at >= start, ReleasePass.issued_at < end)
        if query.desk is not None:
            stmt = stmt.where(ReleasePass.desk == query.desk)
        # A number or plate typed with a Chinese input method reads in full-width
        # characters; letter case is ignored anyway.
        for word in _words(query.text):
            stmt = stmt.where(or_(*(contains(column, word) for column in SEARCHED)))
        return stmt


def _words(text: str) -> Iterable[str]:
    return [halfwidth(word) for word in text.split()]
