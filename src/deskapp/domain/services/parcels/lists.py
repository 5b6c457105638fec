"""What the parcel records tell: the shelf now (oldest first, for the shift handover), a
recipient's waiting parcels, a waybill scanned, the list a page at a time, the pickup
notices and the floor lists, and a day for the workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sqlalchemy import func, or_, text, true
from sqlmodel import Session, col, select

from deskapp.db.dialect import contains
from deskapp.db.models import Unit
from deskapp.db.service_models import PARCEL_WAITING, Parcel, ParcelPickup
from deskapp.domain import checks, paging
from deskapp.domain.errors import DomainError, NotFound
from deskapp.domain.services.parcels.base import ParcelServiceBase, pickup_row
from deskapp.domain.services.parcels.records import (
    ACTION_AFTER,
    PARCEL_NUMBER,
    REMIND_AFTER,
    WAYBILL,
    ParcelFilter,
    ParcelQuery,
    ParcelSort,
    ParcelState,
    Recipient,
    normalise_waybill,
)
from deskapp.domain.services.parcels.rows import (
    DayParcels,
    FloorList,
    FloorLists,
    ParcelRow,
    ParcelSummary,
    PickupRow,
    UnitNotice,
    WaitingRecipient,
    floor_of,
)
from deskapp.domain.text import halfwidth
from deskapp.i18n import fill, translate

WAITING = ParcelState.WAITING.value
# Written as the partial index of what is waiting says it, so SQLite reads that index (a
# bound parameter would not prove the index covers the query).
ON_SHELF = text(PARCEL_WAITING)
# Counting what waits, a bound on the time of receipt makes SQLite search that index instead
# of scanning a narrower one over the whole history; a day ahead covers another PC's clock.
AHEAD = dt.timedelta(days=1)
# The list searches these (the number and waybill as printed and scanned).
SEARCHED = (Parcel.number, Parcel.waybill, Parcel.recipient_label, Parcel.recipient_name,
            Parcel.recipient_phone)
HISTORY_LIMIT = 500
# Waybills run to ten characters and more; what is shorter was typed (a unit, a shelf).
SCAN_MIN_LENGTH = 8
# How far back a day's closing list looks for parcels collected or returned later (a
# parcel waiting longer than this is on the shelf still, or was counted then).
CLOSING_LOOKBACK = dt.timedelta(days=366)


class ParcelLists(ParcelServiceBase):
    """The reads of the parcel log (a part of :class:`ParcelLog`)."""

    # --- The shelf now
    def uncollected(self) -> list[ParcelRow]:
        """Every parcel on the shelf, the oldest first: the list for the shift handover
        (read through the small index of what is waiting)."""
        with Session(self._engine) as session:
            return self._rows(session, session.exec(
                select(Parcel).where(ON_SHELF)
                .order_by(col(Parcel.received_at), col(Parcel.id))))

    def waiting_for(self, recipient: Recipient) -> list[ParcelRow]:
        """The parcels on the shelf for ``recipient``, oldest first: a unit's or a
        department's by its entry (whoever in it they are addressed to), anyone else's by
        the label and name written."""
        if not isinstance(recipient, Recipient):
            return []
        stmt = select(Parcel).where(Parcel.state == WAITING)
        if recipient.unit_id is not None:
            stmt = stmt.where(Parcel.unit_id == checks.record_id(recipient.unit_id))
        elif recipient.department_id is not None:
            stmt = stmt.where(Parcel.department_id == checks.record_id(recipient.department_id))
        else:
            stmt = stmt.where(col(Parcel.unit_id).is_(None), col(Parcel.department_id).is_(None),
                              Parcel.recipient_label == recipient.label,
                              Parcel.recipient_name == recipient.name)
        with Session(self._engine) as session:
            return self._rows(session, session.exec(
                stmt.order_by(col(Parcel.received_at), col(Parcel.id))))

    def waiting_recipients(self) -> list[WaitingRecipient]:
        """Everyone with parcels on the shelf, the longest waiting first."""
        groups: dict[tuple[Any, ...], list[ParcelRow]] = {}
        for row in self.uncollected():
            groups.setdefault(row.recipient.key, []).append(row)
        found = [WaitingRecipient(rows[0].recipient, _group_label(rows), len(rows),
                                  rows[0].received_at) for rows in groups.values()]
        return sorted(found, key=lambda r: (r.oldest, r.label))

    # --- Finding one
    def parcel(self, parcel_id: int) -> ParcelRow:
        """One parcel (NotFound if there is none)."""
        with Session(self._engine) as session:
            return self._rows(session, [self._parcel(session, parcel_id)])[0]

    def parcel_by_number(self, number: str) -> ParcelRow:
        """The parcel with the number on its label (PK2026-000123).

        Raises:
            NotFound: no such parcel.
        """
        with Session(self._engine) as session:
            return self._rows(session, [self._by_number(session, number)])[0]

    def by_waybill(self, waybill: str) -> list[ParcelRow]:
        """Every parcel ever signed for with this waybill, newest first (an exact match,
        through its index)."""
        wanted = normalise_waybill(waybill)
        if not WAYBILL.fullmatch(wanted):
            return []
        with Session(self._engine) as session:
            return self._rows(session, session.exec(
                select(Parcel).where(Parcel.waybill == wanted)
                .order_by(col(Parcel.received_at).desc(), col(Parcel.id).desc())
                .limit(HISTORY_LIMIT)))

    def waiting_by_waybill(self, waybill: str) -> ParcelRow | None:
        """The parcel on the shelf with this waybill, or None."""
        with Session(self._engine) as session:
            found = self._waiting_with_waybill(session, normalise_waybill(waybill))
            return self._rows(session, [found])[0] if found is not None else None

    def find_scanned(self, code: str) -> ParcelRow | None:
        """What a scan names: the parcel on the shelf with this waybill, else the parcel
        with this number (the code on its notice), in whatever state; None for neither."""
        wanted = normalise_waybill(code)
        if (waiting := self.waiting_by_waybill(wanted)) is not None:
            return waiting
        if PARCEL_NUMBER.fullmatch(wanted):
            try:
                return self.parcel_by_number(wanted)
            except NotFound:
                return None
        return None

    @staticmethod
    def is_scan(code: str) -> bool:
        """Whether ``code`` (a scanner's burst) reads as a waybill or a parcel number: a
        unit number or a shelf typed quickly is too short to be taken for one."""
        wanted = normalise_waybill(code)
        return len(wanted) >= SCAN_MIN_LENGTH and bool(WAYBILL.fullmatch(wanted))

    def by_unit(self, unit_id: int, *, waiting_only: bool = False) -> list[ParcelRow]:
        """A unit's parcels, newest first (the last HISTORY_LIMIT), or only those waiting."""
        stmt = select(Parcel).where(Parcel.unit_id == (checks.record_id(unit_id) or 0))
        if waiting_only:
            stmt = stmt.where(Parcel.state == WAITING)
        with Session(self._engine) as session:
            return self._rows(session, session.exec(
                stmt.order_by(col(Parcel.received_at).desc(), col(Parcel.id).desc())
                .limit(HISTORY_LIMIT)))

    def pickup_record(self, pickup_id: int) -> PickupRow:
        """One pickup with its parcels (NotFound if there is none)."""
        with Session(self._engine) as session:
            pickup = session.get(ParcelPickup, checks.record_id(pickup_id) or 0)
            if pickup is None:
                raise NotFound(fill(translate("ParcelLog", "There is no pickup number %1."),
                                    pickup_id))
            parcels = session.exec(select(Parcel).where(Parcel.pickup_id == pickup.id)
                                   .order_by(col(Parcel.id))).all()
            return pickup_row(pickup, self._rows(session, parcels))

    def has_parcels(self) -> bool:
        """Whether any parcel was ever signed for."""
        with Session(self._engine) as session:
            return session.exec(select(Parcel.id).limit(1)).first() is not None

    # --- Notices
    def notice_for(self, recipient: Recipient) -> UnitNotice:
        """The pickup notice of ``recipient``'s waiting parcels.

        Raises:
            DomainError: nothing of theirs is waiting.
        """
        parcels = self.waiting_for(recipient)
        if not parcels:
            raise DomainError(fill(translate("ParcelLog", "Nothing is waiting for %1."),
                                   recipient.label or recipient.name))
        return UnitNotice(_group_label(parcels), tuple(parcels), self._clock.now())

    def unit_notice(self, unit_id: int) -> UnitNotice:
        """The pickup notice of a unit's waiting parcels.

        Raises:
            NotFound: no such unit.
            DomainError: nothing is waiting for it.
        """
        unit = self._directory.unit(unit_id)
        return self.notice_for(Recipient(unit.number, unit_id=unit.id))

    def floor_lists(self) -> FloorLists:
        """Every waiting parcel, floor by floor (the floor from the unit's number, see
        :func:`floor_of`), each floor's by unit then age; those of no floor last."""
        with Session(self._engine) as session:
            found = session.exec(
                select(Parcel, Unit.number).outerjoin(Unit, col(Unit.id) == Parcel.unit_id)
                .where(ON_SHELF)
                .order_by(col(Parcel.received_at), col(Parcel.id))).all()
            rows = self._rows(session, [parcel for parcel, _number in found])
        floors: dict[str, list[tuple[str, ParcelRow]]] = {}
        for row, (_parcel, number) in zip(rows, found, strict=True):
            floors.setdefault(floor_of(number or ""), []).append((number or "", row))
        ordered = sorted(floors, key=lambda f: (f == "", int(f) if f else 0))
        return FloorLists(tuple(FloorList(floor, tuple(row for _n, row in sorted(
            floors[floor], key=lambda pair: (pair[0] == "", pair[0], pair[1].received_at))))
            for floor in ordered), self._clock.now())

    # --- The list
    def validate_query(self, query: ParcelQuery) -> ParcelQuery:
        """The query as run, or ValidationError (date, search, only, descending, desk)."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, query.first_day, query.last_day)
        words = paging.search_words(errors, query.text)
        only = checks.choice(errors, "only", query.only, ParcelFilter)
        descending = checks.flag(errors, "descending", query.descending)
        desk = paging.check_desk(errors, query.desk)
        checks.choice(errors, "sort", query.sort, ParcelSort)
        paging.raise_if(errors)
        assert only is not None
        return ParcelQuery(first, last, " ".join(words), only, ParcelSort.RECEIVED_AT,
                           descending, desk)

    def page(self, query: ParcelQuery, after: paging.PageCursor | None = None,
             limit: int = 200) -> list[ParcelRow]:
        """Up to ``limit`` parcels of ``query`` after ``after`` (keyset paging by time of
        receipt, newest first unless ascending)."""
        query = self.validate_query(query)
        with Session(self._engine) as session:
            found = paging.keyset_page(session, self._filtered(select(Parcel), query),
                                       Parcel.received_at, Parcel.id, after=after,
                                       descending=query.descending, limit=limit)
            return self._rows(session, found)

    @staticmethod
    def cursor_after(row: ParcelRow, _query: ParcelQuery | None = None) -> paging.PageCursor:
        """The cursor continuing after ``row``."""
        return paging.cursor_after(row, "received_at")

    def count(self, query: ParcelQuery) -> ParcelSummary:
        """How many parcels the query shows, and how many wait (over 3 and 14 days) on the
        shelf anywhere."""
        query = self.validate_query(query)
        now = self._clock.now()
        waiting = select(func.count(Parcel.id)).where(ON_SHELF,
                                                      Parcel.received_at < now + AHEAD)
        with Session(self._engine) as session:
            shown = session.exec(self._filtered(select(func.count(Parcel.id)), query)).one()
            on_shelf = session.exec(waiting).one()
            over_3 = session.exec(waiting.where(Parcel.received_at < now - REMIND_AFTER)).one()
            over_14 = session.exec(waiting.where(Parcel.received_at < now - ACTION_AFTER)).one()
        return ParcelSummary(int(shown), int(on_shelf), int(over_3), int(over_14))

    def _filtered(self, stmt: Any, query: ParcelQuery) -> Any:
        now = self._clock.now()
        only = query.only
        if only.waiting_only:
            stmt = stmt.where(ON_SHELF, Parcel.received_at < now + AHEAD)
            if only is ParcelFilter.OVER_3_DAYS:
                stmt = stmt.where(Parcel.received_at < now - REMIND_AFTER)
            elif only is ParcelFilter.OVER_14_DAYS:
                stmt = stmt.where(Parcel.received_at < now - ACTION_AFTER)
        else:
            start, end = self._clock.day_bounds(query.first_day, query.last_day)
            stmt = stmt.where(Parcel.received_at >= start, Parcel.received_at < end)
            if only is ParcelFilter.COLLECTED:
                stmt = stmt.where(Parcel.state == ParcelState.COLLECTED.value)
            elif only is ParcelFilter.RETURNED:
                stmt = stmt.where(Parcel.state == ParcelState.RETURNED.value)
        if query.desk is not None:
            stmt = stmt.where(Parcel.desk == query.desk)
        # A waybill typed with a Chinese input method reads in full-width characters.
        for word in (halfwidth(word) for word in query.text.split()):
            stmt = stmt.where(or_(*(contains(col(column), word) for column in SEARCHED)))
        return stmt

    def iter_waiting(self) -> Iterator[ParcelRow]:
        """Every waiting parcel, oldest first, streamed in pages (a long shelf)."""
        today = self._clock.today()
        query = self.validate_query(ParcelQuery(today, today, only=ParcelFilter.WAITING,
                                                descending=False))
        return paging.every_page(self.page, self.cursor_after, query)

    # --- A day, for the workbook
    def day(self, day: dt.date, desk: str | None = None) -> DayParcels:
        """Local ``day`` at the shelf: received, collected and returned that day, oldest
        first, and what was waiting at its close (today: now), each as it stood then;
        ``desk`` one counter's intake and pickups only."""
        errors: dict[str, str] = {}
        first, _last = paging.check_days(errors, day, day)
        desk = paging.check_desk(errors, desk)
        paging.raise_if(errors)
        start, end = self._clock.day_bounds(first)
        at = min(end, self._clock.now())
        mine = (Parcel.desk == desk) if desk is not None else true()
        order = (col(Parcel.received_at), col(Parcel.id))
        with Session(self._engine) as session:
            received = self._rows(session, session.exec(select(Parcel).where(
                Parcel.received_at >= start, Parcel.received_at < end, mine).order_by(*order)))
            pickups = select(ParcelPickup.id).where(ParcelPickup.at >= start,
                                                    ParcelPickup.at < end)
            if desk is not None:
                pickups = pickups.where(ParcelPickup.desk == desk)
            collected = self._rows(session, session.exec(select(Parcel).where(
                col(Parcel.pickup_id).in_(pickups)).order_by(col(Parcel.pickup_id),
                                                             col(Parcel.id))))
            returned = self._rows(session, session.exec(select(Parcel).where(
                Parcel.state == ParcelState.RETURNED.value, Parcel.returned_at >= start,
                Parcel.returned_at < end, mine).order_by(col(Parcel.returned_at))))
            waiting = self._waiting_at(session, at, mine)
        return DayParcels(tuple(received), tuple(collected), tuple(returned), tuple(waiting),
                          at)

    def _waiting_at(self, session: Session, at: dt.datetime, mine: Any) -> list[ParcelRow]:
        """The parcels on the shelf at ``at``, each as it stood then, oldest first: those
        still waiting, and those collected or returned since (looked for within a year)."""
        order = (col(Parcel.received_at), col(Parcel.id))
        still = self._rows(session, session.exec(select(Parcel).where(
            ON_SHELF, Parcel.received_at < at, mine).order_by(*order)))
        if at >= self._clock.now():
            return still  # nothing has left the shelf after now
        later = [row for row in self._rows(session, session.exec(select(Parcel).where(
            Parcel.state != WAITING, Parcel.received_at < at,
            Parcel.received_at >= at - CLOSING_LOOKBACK, mine).order_by(*order)))
            if row.finished_at is not None and row.finished_at > at]
        as_then = [_as_waiting(row) for row in later]
        return sorted(still + as_then, key=lambda r: (r.received_at, r.id))


def _group_label(rows: list[ParcelRow]) -> str:
    first = rows[0]
    return first.recipient_label if first.unit_id or first.department_id \
        else first.recipient_text


def _as_waiting(row: ParcelRow) -> ParcelRow:
    """``row`` as it stood before it left the shelf."""
    return replace(row, state=ParcelState.WAITING, pickup_id=None, collected_at=None,
                   collected_by="", returned_at=None, return_reason="")
