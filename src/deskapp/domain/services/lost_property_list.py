"""What the lost-property records tell: the items still kept and those due for the police,
the list a page at a time (paged by the time found, so years of items list as fast as a
week), and the day's lines for the workbook. Photos are never read for a list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, or_
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from deskapp.db.dialect import contains
from deskapp.db.service_models import FoundItem
from deskapp.domain import checks, paging
from deskapp.domain.services.lost_property_base import LostPropertyBase, found_item_row
from deskapp.domain.services.lost_property_records import (
    POLICE_AFTER,
    DayEvent,
    DayLine,
    FoundFilter,
    FoundItemRow,
    FoundQuery,
    FoundState,
    FoundSummary,
)
from deskapp.domain.text import halfwidth

KEPT = FoundState.KEPT.value
# What a search word is looked for in: the number on the label and the notice, what the
# item is, where it was found.
SEARCHED = (FoundItem.number, FoundItem.description, FoundItem.found_where)


def _listed(stmt: Any) -> Any:
    """``stmt`` reading items without their photos, saying only whether each has one."""
    return stmt.options(defer(FoundItem.photo))  # type: ignore[arg-type]


def _rows(found: list[Any]) -> list[FoundItemRow]:
    return [found_item_row(item, has_photo) for item, has_photo in found]


def _with_photo_flag() -> Any:
    return _listed(select(FoundItem, col(FoundItem.photo).is_not(None)))


def _gone_by(handed: dt.datetime | None, close: dt.datetime, end: dt.datetime) -> bool:
    """Whether an item handed over at ``handed`` had left by ``close``: the day's end (a
    hand-over at midnight is the next day's), or now (one a moment ago has left)."""
    return handed is not None and (handed < end if close == end else handed <= close)


class LostPropertyList(LostPropertyBase):
    """The reads of lost property (a part of :class:`LostProperty`)."""

    # --- Now
    def kept_items(self) -> list[FoundItemRow]:
        """Every item still at the desk, the longest kept first (the shelf's stocktake)."""
        with Session(self._engine) as session:
            return _rows(list(session.exec(_with_photo_flag().where(FoundItem.state == KEPT)
                                           .order_by(col(FoundItem.found_at),
                                                     col(FoundItem.id)))))

    def due_for_police(self) -> list[FoundItemRow]:
        """The items kept past the period, unclaimed: to go to the police, the oldest
        first."""
        cutoff = self._clock.now() - POLICE_AFTER
        with Session(self._engine) as session:
            return _rows(list(session.exec(
                _with_photo_flag().where(FoundItem.state == KEPT, FoundItem.found_at <= cutoff)
                .order_by(col(FoundItem.found_at), col(FoundItem.id)))))

    # --- The list
    def validate_query(self, query: FoundQuery) -> FoundQuery:
        """The query as run, or ValidationError (date, search, only, descending, desk)."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, query.first_day, query.last_day)
        words = paging.search_words(errors, query.text)
        only = checks.choice(errors, "only", query.only, FoundFilter)
        descending = checks.flag(errors, "descending", query.descending)
        desk = paging.check_desk(errors, query.desk)
        paging.raise_if(errors)
        return FoundQuery(first, last, " ".join(words), only or FoundFilter.KEPT, descending,
                          desk)

    def page(self, query: FoundQuery, after: paging.PageCursor | None = None,
             limit: int = 200) -> list[FoundItemRow]:
        """Up to ``limit`` items of ``query`` after ``after`` (newest found first unless
        ascending)."""
        query = self.validate_query(query)
        with Session(self._engine) as session:
            found = paging.keyset_page(
                session, self._filtered(_with_photo_flag(), query), FoundItem.found_at,
                FoundItem.id, after=after, descending=query.descending, limit=limit)
            return _rows(found)

    @staticmethod
    def cursor_after(row: FoundItemRow, _query: FoundQuery | None = None) -> paging.PageCursor:
        """The cursor continuing after ``row``."""
        return paging.cursor_after(row, "found_at")

    def count(self, query: FoundQuery) -> FoundSummary:
        """How many items the list shows, and how many are kept and due anywhere."""
        query = self.validate_query(query)
        cutoff = self._clock.now() - POLICE_AFTER
        with Session(self._engine) as session:
            shown = session.exec(self._filtered(select(func.count(FoundItem.id)), query)).one()
            kept, due = session.exec(select(
                func.count(FoundItem.id),
                func.count(FoundItem.id).filter(FoundItem.found_at <= cutoff))
                .where(FoundItem.state == KEPT)).one()
        return FoundSummary(int(shown), int(kept), int(due))

    def _filtered(self, stmt: Any, query: FoundQuery) -> Any:
        # A number or a word is looked for in the whole history; kept items are listed
        # whenever they were found; the days narrow what is settled.
        if query.only is FoundFilter.KEPT:
            stmt = stmt.where(FoundItem.state == KEPT)
        elif query.only is FoundFilter.DUE:
            stmt = stmt.where(FoundItem.state == KEPT,
                              FoundItem.found_at <= self._clock.now() - POLICE_AFTER)
        elif query.only is FoundFilter.CLAIMED:
            stmt = stmt.where(FoundItem.state == FoundState.CLAIMED.value)
        elif query.only is FoundFilter.TO_POLICE:
            stmt = stmt.where(FoundItem.state == FoundState.TO_POLICE.value)
        settled = query.only not in (FoundFilter.KEPT, FoundFilter.DUE)
        if settled and not query.text:
            start, end = self._clock.day_bounds(query.first_day, query.last_day)
            stmt = stmt.where(FoundItem.found_at >= start, FoundItem.found_at < end)
        if query.desk is not None:
            stmt = stmt.where(FoundItem.desk == query.desk)
        for word in query.text.split():
            # A number typed with a Chinese input method reads in full-width characters.
            typed = halfwidth(word)
            stmt = stmt.where(or_(*(contains(column, typed) for column in SEARCHED)))
        return stmt

    # --- The day
    def day_lines(self, day: dt.date, desk: str | None = None) -> list[DayLine]:
        """Local ``day``'s lost property for the workbook: the items found, claimed and
        handed to the police that day, in time order, then those still kept at its close
        (today: now), the longest kept first; ``desk`` the items recorded at one counter."""
        errors: dict[str, str] = {}
        first, _last = paging.check_days(errors, day, day)
        desk = paging.check_desk(errors, desk)
        paging.raise_if(errors)
        start, end = self._clock.day_bounds(first)
        close = min(end, self._clock.now())
        stmt = _with_photo_flag().where(or_(
            and_(FoundItem.found_at >= start, FoundItem.found_at < end),
            and_(col(FoundItem.handed_over_at) >= start, col(FoundItem.handed_over_at) < end),
            and_(FoundItem.found_at < close, or_(col(FoundItem.handed_over_at).is_(None),
                                                 col(FoundItem.handed_over_at) >= close))))
        if desk is not None:
            stmt = stmt.where(FoundItem.desk == desk)
        with Session(self._engine) as session:
            items = _rows(list(session.exec(stmt.order_by(col(FoundItem.found_at),
                                                          col(FoundItem.id)))))
        moves: list[tuple[dt.datetime, DayLine]] = []
        kept: list[DayLine] = []
        for item in items:
            if start <= item.found_at < end:
                moves.append((item.found_at, DayLine(DayEvent.FOUND, item)))
            handed = item.handed_over_at
            if handed is not None and start <= handed < end:
                event = (DayEvent.CLAIMED if item.state is FoundState.CLAIMED
                         else DayEvent.TO_POLICE)
                moves.append((handed, DayLine(event, item)))
            if item.found_at < close and not _gone_by(handed, close, end):
                kept.append(DayLine(DayEvent.STILL_KEPT, item))
        moves.sort(key=lambda pair: pair[0])
        return [line for _at, line in moves] + kept
