"""What every part of the parcel log shares: the engine, clock, directory, call log and
operator; reading parcels (locked for a change) with their pickups; the refusals."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db.service_models import Parcel, ParcelPickup
from deskapp.domain import checks
from deskapp.domain.calls.log import CallLog
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import DomainError, NotFound
from deskapp.domain.identity import IdType
from deskapp.domain.operators import Operator
from deskapp.domain.services.parcels.records import (
    ParcelKind,
    ParcelState,
    normalise_waybill,
)
from deskapp.domain.services.parcels.rows import ParcelRow, PickupRow
from deskapp.i18n import fill, translate

# At most this many parcels in one intake, pickup or notice (a whole mail bag is a few).
MAX_BATCH = 100


class DoubleScan(DomainError):
    """The waybill scanned is already on the shelf: scanned twice, not two parcels.
    ``waiting`` is the parcel already there."""

    def __init__(self, waiting: ParcelRow, received: str) -> None:
        super().__init__(fill(translate(
            "ParcelLog", "Waybill %1 is already on the shelf as %2 for %3 (received %4): "
            "scanned twice?"), waiting.waybill, waiting.number, waiting.recipient_text,
            received))
        self.waiting = waiting


class NotWaiting(DomainError):
    """A parcel that has left the shelf (collected or returned) cannot be handed over,
    told about or returned again. ``parcel`` says where it went."""

    def __init__(self, message: str, parcel: ParcelRow) -> None:
        super().__init__(message)
        self.parcel = parcel


class ParcelServiceBase:
    """The state every part of :class:`ParcelLog` works on."""

    def __init__(self, engine: Engine, clock: Clock, directory: DirectoryService,
                 calls: CallLog, operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._directory = directory
        self._calls = calls
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock parcels are stamped and aged with."""
        return self._clock

    # --- Reading
    @staticmethod
    def _rows(session: Session, parcels: Iterable[Parcel]) -> list[ParcelRow]:
        """``parcels`` as rows, each collected one with its pickup's time and taker."""
        found = list(parcels)
        ids = {p.pickup_id for p in found if p.pickup_id is not None}
        pickups = {pick.id: pick for pick in session.exec(
            select(ParcelPickup).where(col(ParcelPickup.id).in_(ids)))} if ids else {}
        return [parcel_row(p, pickups.get(p.pickup_id or 0)) for p in found]

    def _locked(self, session: Session, parcel_ids: Sequence[int]) -> list[Parcel]:
        """The parcels, read for update in id order (two counters taking the same parcels
        queue up instead of deadlocking), as they stand once the lock is held.

        Raises:
            NotFound: one of them does not exist.
        """
        wanted = sorted(set(parcel_ids))
        found = list(session.exec(
            select(Parcel).where(col(Parcel.id).in_(wanted)).order_by(col(Parcel.id))
            .with_for_update().execution_options(populate_existing=True)))
        missing = sorted(set(wanted) - {p.id for p in found})
        if missing:
            raise NotFound(fill(translate("ParcelLog", "There is no parcel number %1."),
                                missing[0]))
        return found

    def _refuse_gone(self, session: Session, parcels: Iterable[Parcel]) -> None:
        """Refuse when any of ``parcels`` has left the shelf, saying where it went."""
        for parcel in parcels:
            if parcel.state == ParcelState.WAITING.value:
                continue
            [row] = self._rows(session, [parcel])
            if row.state is ParcelState.COLLECTED:
                message = fill(translate(
                    "ParcelLog", "%1 (%2) was collected at %3 by %4."), row.number,
                    row.waybill or row.kind.label(), self._when(row.collected_at),
                    row.collected_by)
            else:
                message = fill(translate(
                    "ParcelLog", "%1 (%2) was returned to its sender at %3: %4."), row.number,
                    row.waybill or row.kind.label(), self._when(row.returned_at),
                    row.return_reason)
            raise NotWaiting(message, row)

    def _when(self, moment: Any) -> str:
        return self._clock.local(moment).strftime("%Y-%m-%d %H:%M") if moment else "?"

    @staticmethod
    def _waiting_with_waybill(session: Session, waybill: str) -> Parcel | None:
        if not waybill:
            return None
        return session.exec(select(Parcel).where(
            Parcel.waybill == waybill, Parcel.state == ParcelState.WAITING.value)).first()

    @staticmethod
    def _parcel(session: Session, parcel_id: int) -> Parcel:
        found = session.get(Parcel, checks.record_id(parcel_id) or 0)
        if found is None:
            raise NotFound(fill(translate("ParcelLog", "There is no parcel number %1."),
                                parcel_id))
        return found

    @staticmethod
    def _by_number(session: Session, number: str) -> Parcel:
        wanted = normalise_waybill(number)[:20]
        found = session.exec(select(Parcel).where(Parcel.number == wanted)).first()
        if found is None:
            raise NotFound(fill(translate("ParcelLog", "There is no parcel %1."), wanted))
        return found


def parcel_row(p: Parcel, pickup: ParcelPickup | None = None) -> ParcelRow:
    """``p`` as a row (``pickup``: the collection it left the shelf with)."""
    return ParcelRow(
        id=p.id or 0, number=p.number, carrier=p.carrier, waybill=p.waybill,
        kind=ParcelKind(p.kind), recipient_label=p.recipient_label,
        recipient_name=p.recipient_name, recipient_phone=p.recipient_phone, shelf=p.shelf,
        condition=p.condition, received_at=p.received_at, state=ParcelState(p.state),
        unit_id=p.unit_id, department_id=p.department_id, notified_at=p.notified_at,
        reminded_at=p.reminded_at, pickup_id=p.pickup_id,
        collected_at=pickup.at if pickup is not None else None,
        collected_by=pickup.collected_by if pickup is not None else "",
        returned_at=p.returned_at, return_reason=p.return_reason, note=p.note,
        created_by=p.created_by, desk=p.desk)


def pickup_row(pickup: ParcelPickup, parcels: Sequence[ParcelRow]) -> PickupRow:
    """``pickup`` as a row with its parcels."""
    return PickupRow(
        id=pickup.id or 0, at=pickup.at, collected_by=pickup.collected_by,
        on_behalf=pickup.on_behalf, id_type=IdType(pickup.id_type), id_number=pickup.id_number,
        phone=pickup.phone, parcels=tuple(parcels), created_by=pickup.created_by,
        desk=pickup.desk)
