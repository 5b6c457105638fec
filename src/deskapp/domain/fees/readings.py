"""Meter readings (抄表): entered around the 18th for the month, each from the meter's last
reading — previous, current, multiplier, usage — and corrected only by a new signed
reading that supersedes the old one.

A reading lower than the last is refused unless it is marked as a rollover (the dial
passed its end) or a meter change (a new meter was fitted); usage is never negative. A
meter is read once a month. A billed reading is never edited: its correction voids the
charge (with the reason and a supervisor's approval) and bills the corrected reading at
once, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import and_, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.fee_models import ChargeItem, FeeCharge, MeterReading
from deskapp.db.models import Unit
from deskapp.domain import checks, paging
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.fees import periods, rounding
from deskapp.domain.fees.base import REASON_LIMIT
from deskapp.domain.fees.billing import Bills, quantity, take_bill_lock
from deskapp.domain.fees.billing_records import (
    MAX_MULTIPLIER,
    MAX_QUANTITY,
    ReadingGridRow,
    ReadingInput,
    ReadingKind,
    ReadingRow,
)
from deskapp.domain.fees.periods import BillPeriod
from deskapp.domain.fees.records import Pricing
from deskapp.domain.fees.waivers import void_charge_in
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate

NOTE_LIMIT = 200


@dataclass(frozen=True)
class CheckedReading:
    """A reading's typed values, checked for type and range (not yet against the meter)."""

    unit_id: int
    item_id: int
    period: str
    read_on: dt.date
    current: int
    previous: int | None
    multiplier: int | None
    kind: ReadingKind
    rollover_at: int | None
    old_meter_final: int | None
    note: str


def reading_row(reading: MeterReading, unit_label: str, item_name: str) -> ReadingRow:
    """A stored reading as the grid and the meter's history show it."""
    assert reading.id is not None
    return ReadingRow(
        id=reading.id, unit_id=reading.unit_id, unit_label=unit_label,
        item_id=reading.item_id, item_name=item_name, period=reading.period,
        read_on=reading.read_on, previous=reading.previous, current=reading.current,
        multiplier=reading.multiplier, kind=ReadingKind(reading.kind), usage=reading.usage,
        rollover_at=reading.rollover_at, old_meter_final=reading.old_meter_final,
        superseded=reading.superseded, corrects_id=reading.corrects_id,
        charge_id=reading.charge_id, source=reading.source, note=reading.note,
        created_at=reading.created_at, created_by=reading.created_by)


def default_rollover(previous: int) -> int:
    """Where a dial showing ``previous`` (hundredths) starts again: the next power of ten
    of its whole units (9876.00 → 10000.00)."""
    return 10 ** len(str(previous // 100)) * 100


def usage_of(kind: ReadingKind, previous: int, current: int, multiplier: int,
             rollover_at: int | None, old_meter_final: int | None) -> int:
    """What the meter counted since ``previous``, times the multiplier; the figures
    checked by :meth:`MeterReadings._plan` (never negative)."""
    if kind is ReadingKind.ROLLOVER:
        assert rollover_at is not None
        return (rollover_at - previous + current) * multiplier
    if kind is ReadingKind.METER_CHANGE:
        assert old_meter_final is not None
        return (old_meter_final - previous + current) * multiplier
    return (current - previous) * multiplier


class MeterReadings(Bills):
    """Meter readings entered, corrected and listed (a part of fee collection)."""

    # --- Checking
    def check_reading(self, data: ReadingInput) -> CheckedReading:
        """The reading's values checked for type and range, or ValidationError naming
        each bad field (unit_id, item_id, period, read_on, current, previous, multiplier,
        kind, rollover_at, old_meter_final, note)."""
        errors: dict[str, str] = {}
        if checks.record_id(data.unit_id) is None:
            errors["unit_id"] = translate("InputCheck", "Choose from the list.")
        if checks.record_id(data.item_id) is None:
            errors["item_id"] = translate("InputCheck", "Choose from the list.")
        year, month_no = periods.month(errors, "period", data.period)
        read_on = checks.day(errors, "read_on", data.read_on)
        if read_on is not None and read_on > self._today():
            errors.setdefault("read_on", translate(
                "FeeCollection", "A meter is entered once it is read: this day is ahead."))
        current = quantity(errors, "current", data.current)
        previous = None if data.previous is None or data.previous == "" \
            else quantity(errors, "previous", data.previous)
        multiplier = data.multiplier
        if multiplier is not None and (not checks.is_whole_number(multiplier)
                                       or not 1 <= multiplier <= MAX_MULTIPLIER):
            errors.setdefault("multiplier", fill(translate(
                "FeeCollection", "Give a whole number from 1 to %1."), MAX_MULTIPLIER))
        kind = checks.choice(errors, "kind", data.kind, ReadingKind) or ReadingKind.NORMAL
        rollover_at = None if data.rollover_at in (None, "") \
            else quantity(errors, "rollover_at", data.rollover_at, positive=True)
        old_final = None if data.old_meter_final in (None, "") \
            else quantity(errors, "old_meter_final", data.old_meter_final)
        note = checks.text(errors, "note", data.note, NOTE_LIMIT)
        paging.raise_if(errors)
        assert read_on is not None
        return CheckedReading(data.unit_id, data.item_id, periods.month_key(year, month_no),
                              read_on, current, previous, multiplier, kind, rollover_at,
                              old_final, note)

    def _plan(self, session: Session, data: CheckedReading, *,
              earlier: MeterReading | None = None, correcting: MeterReading | None = None,
              source: str = "typed") -> tuple[MeterReading, Unit, ChargeItem]:
        """The new reading (not yet added): checked against the meter's last reading
        (``earlier``: one not yet saved, from the same sheet) or, for a correction, the
        reading it corrects.

        Raises:
            ValidationError: the fields as :meth:`check_reading`.
        """
        unit = session.get(Unit, data.unit_id)
        if unit is None:
            raise ValidationError({"unit_id": translate(
                "FeeCollection", "That unit is not in the directory.")})
        item = session.get(ChargeItem, data.item_id)
        if item is None or Pricing(item.pricing) is not Pricing.METERED or not item.active:
            raise ValidationError({"item_id": translate(
                "FeeCollection", "Choose a metered item that is still charged.")})
        if correcting is None and self._current_reading(
                session, data.unit_id, data.item_id, data.period) is not None:
            raise ValidationError({"period": self._read_already(unit, item, data.period)})
        if correcting is not None:
            previous = data.previous if data.previous is not None else correcting.previous
            multiplier = data.multiplier or correcting.multiplier
        else:
            last = self._last_reading(session, data.unit_id, data.item_id, data.period)
            if earlier is not None and (last is None or earlier.period > last.period):
                last = earlier
            previous = data.previous if data.previous is not None else (
                last.current if last is not None else None)
            multiplier = data.multiplier or (last.multiplier if last is not None else 1)
        if previous is None:
            raise ValidationError({"previous": translate(
                "FeeCollection", "This is the meter's first reading: enter the previous "
                "reading too (where the meter started).")})
        rollover_at, old_final = self._refuse_lower(data, previous)
        usage = usage_of(data.kind, previous, data.current, multiplier, rollover_at, old_final)
        if usage > MAX_QUANTITY:
            raise ValidationError({"current": translate(
                "FeeCollection", "The usage is too large to be right: check the readings "
                "and the multiplier.")})
        reading = MeterReading(
            unit_id=unit.id, item_id=item.id, period=data.period, read_on=data.read_on,
            previous=previous, current=data.current, multiplier=multiplier,
            kind=data.kind.value, rollover_at=rollover_at, old_meter_final=old_final,
            usage=usage, corrects_id=correcting.id if correcting is not None else None,
            source=source, note=data.note, created_at=self._clock.now(),
            **self._operator.signature())
        return reading, unit, item

    @staticmethod
    def _refuse_lower(data: CheckedReading, previous: int) -> tuple[int | None, int | None]:
        """``(rollover_at, old_meter_final)`` as the reading keeps them; ValidationError
        for a reading lower than the previous that is neither a rollover nor a meter
        change, and for a rollover or change that does not add up."""
        if data.kind is ReadingKind.NORMAL:
            if data.current < previous:
                raise ValidationError({"current": fill(translate(
                    "FeeCollection", "Lower than the previous reading (%1). If the meter "
                    "rolled over or was changed, mark the reading so."),
                    rounding.format_quantity(previous))})
            return None, None
        if data.kind is ReadingKind.ROLLOVER:
            rollover_at = data.rollover_at or default_rollover(previous)
            if data.current >= previous:
                raise ValidationError({"kind": translate(
                    "FeeCollection", "The reading is not lower than the previous one: the "
                    "meter did not roll over.")})
            if rollover_at <= previous:
                raise ValidationError({"rollover_at": fill(translate(
                    "FeeCollection", "The dial starts again above the previous reading "
                    "(%1)."), rounding.format_quantity(previous))})
            return rollover_at, None
        if data.old_meter_final is None:
            raise ValidationError({"old_meter_final": translate(
                "FeeCollection", "Enter the old meter's last reading.")})
        if data.old_meter_final < previous:
            raise ValidationError({"old_meter_final": fill(translate(
                "FeeCollection", "The old meter's last reading cannot be lower than its "
                "previous reading (%1)."), rounding.format_quantity(previous))})
        return None, data.old_meter_final

    # --- Entering and correcting
    def enter_reading(self, data: ReadingInput) -> ReadingRow:
        """Enter a meter's reading for a month.

        Raises:
            ValidationError: the fields as :meth:`check_reading`; lower than the previous
                reading (``current``) unless a rollover or a meter change; the meter read
                for the month already (``period``: correct that reading instead).
        """
        checked = self.check_reading(data)
        try:
            with write_session(self._engine) as session:
                reading, unit, item = self._plan(session, checked)
                session.add(reading)
                session.commit()
                return reading_row(reading, unit.number, item.name)
        except IntegrityError:  # another counter entered it a moment before
            with Session(self._engine) as session:
                unit, item = self._unit(session, checked.unit_id), self._item(
                    session, checked.item_id)
                raise ValidationError({"period": self._read_already(
                    unit, item, checked.period)}) from None

    def correct_reading(self, reading_id: int, data: ReadingInput, reason: str,
                        approval: Approval | None = None) -> ReadingRow:
        """Correct a reading by a new signed one for the same unit, meter and month; the
        old one stays, superseded. ``data.previous``/``multiplier`` None keep the old
        reading's. A billed reading's charge is voided with ``reason`` and the corrected
        reading billed at once (same period, due day and price) — that needs a
        supervisor's approval.

        Raises:
            ValidationError: as :meth:`enter_reading`; reason; another unit, meter or
                month than the reading's (``unit_id``, ``item_id``, ``period``).
            ApprovalNeeded: a billed reading, corrected by a receptionist.
            NotFound: no such reading.
            DomainError: corrected already; its charge is paid (void the receipts first).
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason and "reason" not in errors:
            errors["reason"] = translate("FeeCollection", "Say why the reading is corrected.")
        try:
            checked = self.check_reading(data)
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            old = session.get(MeterReading, checks.record_id(reading_id) or 0,
                              with_for_update=True)
            if old is None:
                raise NotFound(fill(translate(
                    "FeeCollection", "There is no meter reading number %1."), reading_id))
            self._refuse_other_meter(old, checked)
            if old.superseded:
                raise DomainError(translate(
                    "FeeCollection", "This reading was corrected already: correct the "
                    "latest one."))
            charge = session.get(FeeCharge, old.charge_id, with_for_update=True) \
                if old.charge_id is not None else None
            billed = charge is not None and charge.voided_at is None
            approved_by = self._operator.authorise(
                Action.CORRECT_RECORD if billed else Action.WORK_AT_COUNTER, approval)
            session.info[audit.APPROVED_BY] = approved_by
            session.info[audit.ACTION] = "correct"
            if billed:
                assert charge is not None
                take_bill_lock(session)
                void_charge_in(session, charge, reason, approved_by or self._operator.name,
                               self._clock.now())
            old.superseded = True
            session.add(old)
            session.flush()  # the old one leaves the index of current readings first
            reading, unit, item = self._plan(session, checked, correcting=old,
                                             source=old.source)
            session.add(reading)
            session.flush()
            if billed:
                assert charge is not None
                self._rebill(session, reading, item, charge)
            session.commit()
            return reading_row(reading, unit.number, item.name)

    def _rebill(self, session: Session, reading: MeterReading, item: ChargeItem,
                voided: FeeCharge) -> None:
        """Charge the corrected reading as the voided charge was made."""
        period = BillPeriod(voided.period, voided.period_start, voided.period_end)
        charge = self._new_charge(voided.unit_id, item, voided.item_name, period,
                                  voided.due_on, reading.usage, voided.unit_price, reading)
        session.add(charge)
        session.flush()
        reading.charge_id = charge.id
        session.add(reading)

    @staticmethod
    def _refuse_other_meter(old: MeterReading, checked: CheckedReading) -> None:
        message = translate("FeeCollection", "A correction is for the same unit, meter "
                                             "and month as the reading.")
        for field, mine, theirs in (("unit_id", checked.unit_id, old.unit_id),
                                    ("item_id", checked.item_id, old.item_id),
                                    ("period", checked.period, old.period)):
            if mine != theirs:
                raise ValidationError({field: message})

    # --- Reading
    def reading(self, reading_id: int) -> ReadingRow:
        """One reading.

        Raises:
            NotFound: no such reading.
        """
        with Session(self._engine) as session:
            found = session.get(MeterReading, checks.record_id(reading_id) or 0)
            if found is None:
                raise NotFound(fill(translate(
                    "FeeCollection", "There is no meter reading number %1."), reading_id))
            return reading_row(found, self._unit(session, found.unit_id).number,
                               self._item(session, found.item_id).name)

    def meter_history(self, unit_id: int, item_id: int) -> list[ReadingRow]:
        """A unit's readings of one meter, newest first, corrected ones too.

        Raises:
            NotFound: no such unit or item.
        """
        with Session(self._engine) as session:
            unit, item = self._unit(session, unit_id), self._item(session, item_id)
            found = session.exec(select(MeterReading).where(
                MeterReading.unit_id == unit.id, MeterReading.item_id == item.id).order_by(
                col(MeterReading.period).desc(), col(MeterReading.id).desc()))
            return [reading_row(r, unit.number, item.name) for r in found]

    def readings(self, period: str, item_id: int) -> list[ReadingGridRow]:
        """The month's entry grid of one metered item: every occupied unit (and any other
        read this month) with its last reading before the month and the month's own.

        Raises:
            ValidationError: period.
            NotFound: no such item.
        """
        errors: dict[str, str] = {}
        year, month_no = periods.month(errors, "period", period)
        paging.raise_if(errors)
        month = periods.month_key(year, month_no)
        with Session(self._engine) as session:
            item = self._item(session, item_id)
            current = col(MeterReading.superseded).is_(False)
            mine = and_(MeterReading.item_id == item.id, current)
            this_month = {r.unit_id: r for r in session.exec(
                select(MeterReading).where(mine, MeterReading.period == month))}
            latest = select(MeterReading.unit_id, func.max(MeterReading.period).label("period")
                            ).where(mine, MeterReading.period < month).group_by(
                col(MeterReading.unit_id)).subquery()
            last = {r.unit_id: r for r in session.exec(select(MeterReading).join(
                latest, and_(MeterReading.unit_id == latest.c.unit_id,
                             MeterReading.period == latest.c.period)).where(mine))}
            units = session.exec(select(Unit).where(
                col(Unit.occupied).is_(True) | col(Unit.id).in_(list(this_month)))).all()
            rows = []
            for unit in units:
                assert unit.id is not None
                before, now = last.get(unit.id), this_month.get(unit.id)
                rows.append(ReadingGridRow(
                    unit.id, unit.number,
                    reading_row(before, unit.number, item.name) if before else None,
                    reading_row(now, unit.number, item.name) if now else None))
        return sorted(rows, key=lambda r: _natural(r.unit_label))

    # --- Helpers
    @staticmethod
    def _current_reading(session: Session, unit_id: int, item_id: int,
                         period: str) -> MeterReading | None:
        return session.exec(select(MeterReading).where(
            MeterReading.unit_id == unit_id, MeterReading.item_id == item_id,
            MeterReading.period == period, col(MeterReading.superseded).is_(False))).first()

    @staticmethod
    def _last_reading(session: Session, unit_id: int, item_id: int,
                      period: str) -> MeterReading | None:
        """The meter's latest reading before ``period`` (not superseded)."""
        return session.exec(select(MeterReading).where(
            MeterReading.unit_id == unit_id, MeterReading.item_id == item_id,
            MeterReading.period < period, col(MeterReading.superseded).is_(False)).order_by(
            col(MeterReading.period).desc(), col(MeterReading.id).desc()).limit(1)).first()

    @staticmethod
    def _read_already(unit: Unit, item: ChargeItem, period: str) -> str:
        return fill(translate(
            "FeeCollection", "%1 of unit %2 is read for %3 already: correct that reading "
            "instead."), item.name, unit.number, period)


def _natural(text: str) -> tuple[tuple[int, int, str], ...]:
    """Unit numbers as people order them: 201 before 1001."""
    return tuple((0, int(p), "") if p.isascii() and p.isdigit() else (1, 0, p.casefold())
                 for p in re.split(r"([0-9]+)", text) if p)
