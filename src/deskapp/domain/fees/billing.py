"""Bills (账单): the month's charges of every unit made from the charge items in one run,
an item billed when asked for (a repair) charged to one unit, and a unit's charges read.

A run is one transaction and may be repeated: a unit is charged an item for a period
once (the database's unique index on unit, item and first day, voided charges aside), so
a second run — or a second counter running the same month — makes nothing new, and a
charge voided by mistake is made again by the next run. Runs queue up behind one lock:
each looks at what is billed only once the run before it has committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.fee_models import CHARGE_OPEN, ChargeItem, FeeCharge, MeterReading
from deskapp.db.models import Unit
from deskapp.db.sequences import next_number
from deskapp.domain import checks, paging
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.fees import periods, rounding
from deskapp.domain.fees.base import NAME_LIMIT, FeeServiceBase
from deskapp.domain.fees.billing_records import (
    MAX_CHARGE_FEN,
    MAX_QUANTITY,
    AdHocChargeInput,
    BillRun,
    SkippedCharge,
    SkipReason,
)
from deskapp.domain.fees.periods import BillPeriod
from deskapp.domain.fees.rates import price_on
from deskapp.domain.fees.records import Category, Cycle, Pricing
from deskapp.domain.fees.rows import ChargeRow
from deskapp.i18n import fill, translate

# The counter row every bill run (and every rebilled reading) takes first: on PostgreSQL
# its row lock makes runs queue, so none inserts a charge another is inserting.
BILL_LOCK = "fee-bill-run"
PERIOD_LABEL_LIMIT = 32


def charge_row(charge: FeeCharge, unit_label: str) -> ChargeRow:
    """A stored charge as lists, receipts and notices read it."""
    assert charge.id is not None
    return ChargeRow(
        id=charge.id, unit_id=charge.unit_id, unit_label=unit_label, item_id=charge.item_id,
        item_name=charge.item_name, category=Category(charge.category), period=charge.period,
        period_start=charge.period_start, period_end=charge.period_end, due_on=charge.due_on,
        quantity=charge.quantity, unit_price=charge.unit_price, amount_fen=charge.amount_fen,
        paid_fen=charge.paid_fen, waived_fen=charge.waived_fen,
        voided=charge.voided_at is not None)


def quantity(errors: dict[str, str], field: str, value: object, *,
             positive: bool = False) -> int:
    """A quantity or meter reading: hundredths (an int), or typed (``"89.35"``)."""
    if isinstance(value, str):
        try:
            value = rounding.parse_quantity(value, maximum=MAX_QUANTITY)
        except ValueError as exc:
            errors.setdefault(field, str(exc))
            return 0
    low = 1 if positive else 0
    if not checks.is_whole_number(value) or not low <= value <= MAX_QUANTITY:  # type: ignore[operator]
        errors.setdefault(field, fill(translate(
            "FeeCollection", "Give a number from %1 to %2, with at most two decimals."),
            rounding.format_quantity(low), rounding.format_quantity(MAX_QUANTITY)))
        return 0
    return value  # type: ignore[return-value]


def amount_of(quantity_hundredths: int, unit_price: int) -> int:
    """The charge for ``quantity`` at ``unit_price``, by the one rounding rule.

    Raises:
        DomainError: more than a charge can hold (a typing slip in an area or a reading).
    """
    amount = rounding.charge_fen(quantity_hundredths, unit_price)
    if amount > MAX_CHARGE_FEN:
        raise DomainError(translate(
            "FeeCollection", "This charge is too large: check the quantity and the price."))
    return amount


def take_bill_lock(session: Session) -> None:
    """Queue behind any bill run in progress (see :data:`BILL_LOCK`)."""
    next_number(session, BILL_LOCK)


def live_charge_exists(session: Session, unit_id: int, item_id: int,
                       start: dt.date) -> bool:
    """Whether the unit is charged the item for the period beginning on ``start``."""
    return session.exec(select(FeeCharge.id).where(
        FeeCharge.unit_id == unit_id, FeeCharge.item_id == item_id,
        FeeCharge.period_start == start, col(FeeCharge.voided_at).is_(None))).first() is not None


@dataclass(frozen=True)
class _Billable:
    """A periodic item as one run bills it: its period in the month and its price."""

    item: ChargeItem
    period: BillPeriod
    unit_price: int


class Bills(FeeServiceBase):
    """Bill runs, charges made by hand, and a unit's charges (a part of fee collection)."""

    # --- Bill runs
    def generate_bills(self, period: str, due_on: dt.date | None = None,
                       unit_ids: Sequence[int] | None = None) -> BillRun:
        """Charge every occupied unit (or those of ``unit_ids``) the month's periodic items:
        per m² the unit's area × the price, a fixed amount once, a metered item the
        month's reading (not superseded); a quarterly item only in a quarter's first month
        (for the quarter), a yearly one only in January (for the year). A price is the one
        in force when the charge's period begins. Units without an area or a reading are
        listed in the run, never charged 0. ``due_on`` None: the :data:`periods.DUE_DAY`
        of the month. One transaction; a charge already made is not made again.

        Raises:
            ValidationError: period, due_on, unit_ids.
            DomainError: a charge too large for the record (a typing slip).
        """
        errors: dict[str, str] = {}
        year, month_no = periods.month(errors, "period", period)
        due = periods.default_due_on(year, month_no) if due_on is None \
            else checks.day(errors, "due_on", due_on)
        wanted = self._unit_ids(errors, unit_ids)
        paging.raise_if(errors)
        assert due is not None
        month = periods.month_key(year, month_no)
        with write_session(self._engine) as session:
            take_bill_lock(session)
            billable = self._billable(session, year, month_no)
            units = self._units_to_bill(session, wanted)
            made, skipped, already = self._bill(session, units, billable, month, due)
            session.commit()
            labels = {unit.id: unit.number for unit in units}
            return BillRun(month, due, tuple(charge_row(c, labels[c.unit_id]) for c in made),
                           already, tuple(skipped))

    def _bill(self, session: Session, units: Sequence[Unit], billable: Sequence[_Billable],
              month: str, due: dt.date
              ) -> tuple[list[FeeCharge], list[SkippedCharge], int]:
        if not units or not billable:
            return [], [], 0
        unit_ids = [unit.id for unit in units]
        item_ids = [b.item.id for b in billable]
        billed = {(c.unit_id, c.item_id, c.period_start) for c in session.exec(
            select(FeeCharge).where(col(FeeCharge.unit_id).in_(unit_ids),
                                    col(FeeCharge.item_id).in_(item_ids),
                                    col(FeeCharge.voided_at).is_(None),
                                    col(FeeCharge.period_start).in_(
                                        {b.period.start for b in billable})))}
        readings = {(r.unit_id, r.item_id): r for r in session.exec(
            select(MeterReading).where(col(MeterReading.unit_id).in_(unit_ids),
                                       col(MeterReading.item_id).in_(item_ids),
                                       MeterReading.period == month,
                                       col(MeterReading.superseded).is_(False)))}
        made: list[tuple[FeeCharge, MeterReading | None]] = []
        skipped: list[SkippedCharge] = []
        already = 0
        for unit in units:
            assert unit.id is not None
            for entry in billable:
                item = entry.item
                assert item.id is not None
                if (unit.id, item.id, entry.period.start) in billed:
                    already += 1
                    continue
                reading = None
                pricing = Pricing(item.pricing)
                if pricing is Pricing.AREA:
                    amount_base = unit.area_dm2
                    if amount_base <= 0:
                        skipped.append(SkippedCharge(unit.id, unit.number, item.id, item.name,
                                                     SkipReason.NO_AREA))
                        continue
                elif pricing is Pricing.METERED:
                    reading = readings.get((unit.id, item.id))
                    if reading is None:
                        skipped.append(SkippedCharge(unit.id, unit.number, item.id, item.name,
                                                     SkipReason.NO_READING))
                        continue
                    amount_base = reading.usage
                else:
                    amount_base = 100  # one bill's fixed amount
                charge = self._new_charge(unit.id, item, item.name, entry.period, due,
                                          amount_base, entry.unit_price, reading)
                session.add(charge)
                made.append((charge, reading))
        session.flush()
        for charge, reading in made:
            if reading is not None:
                reading.charge_id = charge.id
                session.add(reading)
        return [charge for charge, _ in made], skipped, already

    def _new_charge(self, unit_id: int, item: ChargeItem, item_name: str, period: BillPeriod,
                    due: dt.date, quantity_hundredths: int, unit_price: int,
                    reading: MeterReading | None = None) -> FeeCharge:
        return FeeCharge(
            unit_id=unit_id, item_id=item.id, item_name=item_name, category=item.category,
            period=period.label, period_start=period.start, period_end=period.end,
            due_on=due, quantity=quantity_hundredths, unit_price=unit_price,
            amount_fen=amount_of(quantity_hundredths, unit_price),
            reading_id=reading.id if reading is not None else None,
            created_at=self._clock.now(), **self._operator.signature())

    @staticmethod
    def _billable(session: Session, year: int, month_no: int) -> list[_Billable]:
        """The items billed in this month's run, each with its period and price."""
        items = session.exec(select(ChargeItem).where(
            col(ChargeItem.active).is_(True), col(ChargeItem.deposit).is_(False),
            ChargeItem.cycle != Cycle.ONCE.value).order_by(col(ChargeItem.id))).all()
        billable = []
        for item in items:
            period = periods.cycle_period(year, month_no, Cycle(item.cycle))
            if period is not None and Pricing(item.pricing) is not Pricing.PER_PAGE:
                billable.append(_Billable(item, period, price_on(session, item, period.start)))
        return billable

    @staticmethod
    def _unit_ids(errors: dict[str, str], unit_ids: Sequence[int] | None) -> list[int] | None:
        if unit_ids is None:
            return None
        if isinstance(unit_ids, (str, bytes)) or not all(
                checks.record_id(u) is not None for u in unit_ids):
            errors.setdefault("unit_ids", translate("InputCheck", "Choose from the list."))
            return []
        return list(dict.fromkeys(unit_ids))

    @staticmethod
    def _units_to_bill(session: Session, wanted: list[int] | None) -> list[Unit]:
        """The occupied units, or the ones asked for (each must exist)."""
        if wanted is None:
            return list(session.exec(select(Unit).where(col(Unit.occupied).is_(True))
                                     .order_by(col(Unit.id))))
        units = list(session.exec(select(Unit).where(col(Unit.id).in_(wanted))
                                  .order_by(col(Unit.id))))
        missing = set(wanted) - {unit.id for unit in units}
        if missing:
            raise NotFound(fill(translate("FeeCollection", "There is no unit number %1."),
                                min(missing)))
        return units

    # --- A charge made by hand
    def add_charge(self, data: AdHocChargeInput) -> ChargeRow:
        """Charge one unit an item billed when asked for (a repair, a one-off service):
        ``quantity`` × the item's current price.

        Raises:
            ValidationError: unit_id, item_id (not an item charged when asked for, or
                retired), quantity, period, period_start, period_end, due_on, note; the
                unit charged that item for that day already.
            NotFound: no such unit or item.
        """
        errors: dict[str, str] = {}
        amount_base = quantity(errors, "quantity", data.quantity, positive=True)
        today = self._today()
        start = checks.day(errors, "period_start", data.period_start or today) or today
        end = checks.day(errors, "period_end", data.period_end or start) or start
        if end < start:
            errors.setdefault("period_end", translate(
                "FeeCollection", "The period cannot end before it begins."))
        due = checks.day(errors, "due_on", data.due_on or start) or start
        label = checks.text(errors, "period", data.period, PERIOD_LABEL_LIMIT) \
            or start.isoformat()
        note = checks.text(errors, "note", data.note, NAME_LIMIT)
        if checks.record_id(data.unit_id) is None:
            errors.setdefault("unit_id", translate("InputCheck", "Choose from the list."))
        if checks.record_id(data.item_id) is None:
            errors.setdefault("item_id", translate("InputCheck", "Choose from the list."))
        paging.raise_if(errors)
        try:
            with write_session(self._engine) as session:
                unit = self._unit(session, data.unit_id)
                item = self._item(session, data.item_id)
                if not item.active or item.deposit or Cycle(item.cycle) is not Cycle.ONCE:
                    raise ValidationError({"item_id": translate(
                        "FeeCollection", "Choose an item charged when asked for; bills "
                        "charge the others, deposits are taken on their own receipt.")})
                if live_charge_exists(session, unit.id or 0, item.id or 0, start):
                    raise ValidationError({"period_start": self._charged_already(item, start)})
                name = fill(translate("FeeCollection", "%1 (%2)"), item.name, note) if note \
                    else item.name
                charge = self._new_charge(
                    unit.id or 0, item, name[:NAME_LIMIT], BillPeriod(label, start, end), due,
                    amount_base, price_on(session, item, start))
                session.add(charge)
                session.commit()
                return charge_row(charge, unit.number)
        except IntegrityError:  # another counter charged it a moment before
            with Session(self._engine) as session:
                item = self._item(session, data.item_id)
                raise ValidationError({"period_start": self._charged_already(
                    item, start)}) from None

    @staticmethod
    def _charged_already(item: ChargeItem, start: dt.date) -> str:
        return fill(translate(
            "FeeCollection", "This unit is charged %1 for %2 already: change the quantity "
            "by voiding that charge, or charge it for another day."),
            item.name, start.isoformat())

    # --- Reading
    def charge(self, charge_id: int) -> ChargeRow:
        """One charge.

        Raises:
            NotFound: no such charge.
        """
        with Session(self._engine) as session:
            charge = self._charge(session, charge_id)
            return charge_row(charge, self._unit(session, charge.unit_id).number)

    def charges(self, unit_id: int, *, include_settled: bool = False) -> list[ChargeRow]:
        """A unit's charges still owed, oldest due first; ``include_settled``: every charge
        of the unit, settled and voided ones too.

        Raises:
            NotFound: no such unit.
        """
        with Session(self._engine) as session:
            unit = self._unit(session, unit_id)
            stmt = select(FeeCharge).where(FeeCharge.unit_id == unit.id)
            if not include_settled:
                stmt = stmt.where(text(CHARGE_OPEN))
            stmt = stmt.order_by(col(FeeCharge.due_on), col(FeeCharge.period_start),
                                 col(FeeCharge.id))
            return [charge_row(c, unit.number) for c in session.exec(stmt)]

    @staticmethod
    def _charge(session: Session, charge_id: object, *, lock: bool = False) -> FeeCharge:
        found = session.get(FeeCharge, checks.record_id(charge_id) or 0, with_for_update=lock)
        if found is None:
            raise NotFound(fill(translate("FeeCollection", "There is no charge number %1."),
                                charge_id))
        return found
