"""A unit's fee ledger (物业服务费台账): what was billed, paid and waived month by month,
what is still owed and how long past due, the unit's credit, and its receipts and waivers.

Arrears are aged by days past the due date as of a day (today by the clock): only what is
past its due date is in arrears; what is owed but not yet due is shown as "due soon".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import groupby

from sqlmodel import Session, col, select

from deskapp.db.fee_models import FeeCharge, FeeWaiver, Receipt
from deskapp.domain import checks, paging
from deskapp.domain.directory import unit_label
from deskapp.domain.fees.base import FeeServiceBase
from deskapp.domain.fees.ledger_records import AgeingCutoffs
from deskapp.domain.fees.ledger_rows import Ageing, LedgerMonth, UnitLedger, WaiverRow
from deskapp.domain.fees.payments import charge_row
from deskapp.domain.fees.receipts import credit_balance, receipt_rows
from deskapp.domain.fees.records import ReceiptKind
from deskapp.domain.fees.rows import ChargeRow


def age(charges: Iterable[ChargeRow], cutoffs: AgeingCutoffs) -> tuple[Ageing, int,
                                                                        dt.date | None]:
    """What ``charges`` still owe, aged as of ``cutoffs.today``: (arrears by age, owed but
    not yet past due, due date of the oldest charge in arrears)."""
    buckets = [0, 0, 0, 0]
    due_soon = 0
    oldest: dt.date | None = None
    for charge in charges:
        owed = charge.outstanding_fen
        if owed <= 0:
            continue
        bucket = cutoffs.bucket(charge.due_on)
        if bucket is None:
            due_soon += owed
            continue
        buckets[bucket] += owed
        oldest = charge.due_on if oldest is None else min(oldest, charge.due_on)
    return Ageing(*buckets), due_soon, oldest


def unit_charges(session: Session, unit_id: int, label: str) -> list[ChargeRow]:
    """Every charge of a unit, voided ones included, by due date (its index's order)."""
    found = session.exec(select(FeeCharge).where(FeeCharge.unit_id == unit_id)
                         .order_by(col(FeeCharge.due_on), col(FeeCharge.id))).all()
    return [charge_row(charge, label) for charge in found]


class FeeLedger(FeeServiceBase):
    """The per-unit ledger (a part of :class:`FeeCollection`)."""

    def _as_of(self, as_of: object) -> dt.date:
        """The day arrears are aged on (None: today), or ValidationError."""
        if as_of is None:
            return self._today()
        errors: dict[str, str] = {}
        day = checks.day(errors, "as_of", as_of)
        paging.raise_if(errors)
        assert day is not None
        return day

    def ledger(self, unit_id: int, as_of: dt.date | None = None) -> UnitLedger:
        """The unit's ledger, arrears aged as of ``as_of`` (None: today). Amounts are as
        recorded now; ``as_of`` only moves the day the ages are counted from.

        Raises:
            NotFound: no such unit.
            ValidationError: ``as_of`` not a date the services accept.
        """
        cutoffs = AgeingCutoffs.as_of(self._as_of(as_of))
        with Session(self._engine) as session:
            unit = self._unit(session, unit_id)
            assert unit.id is not None
            label = unit_label(unit)
            charges = unit_charges(session, unit.id, label)
            receipts = session.exec(
                select(Receipt).where(Receipt.unit_id == unit.id,
                                      Receipt.kind == ReceiptKind.PAYMENT.value)
                .order_by(col(Receipt.issued_at), col(Receipt.id))).all()
            waivers = session.exec(
                select(FeeWaiver, FeeCharge.item_name, FeeCharge.period)
                .join(FeeCharge, col(FeeCharge.id) == FeeWaiver.charge_id)
                .where(FeeWaiver.unit_id == unit.id)
                .order_by(col(FeeWaiver.at), col(FeeWaiver.id))).all()
            credit = credit_balance(session, unit.id)
            receipt_list = receipt_rows(session, receipts)
        live = [charge for charge in charges if not charge.voided]
        arrears, due_soon, oldest = age(live, cutoffs)
        by_start = sorted(charges, key=lambda c: (c.period_start, c.due_on, c.id))
        months = tuple(LedgerMonth(month, tuple(rows)) for month, rows in groupby(
            by_start, key=lambda c: c.period_start.strftime("%Y-%m")))
        return UnitLedger(
            unit_id=unit.id, unit_number=unit.number, unit_label=label,
            occupant=unit.occupant, company=unit.company, as_of=cutoffs.today,
            billed_fen=sum(c.amount_fen for c in live),
            paid_fen=sum(c.paid_fen for c in live),
            waived_fen=sum(c.waived_fen for c in live),
            owed_fen=sum(c.outstanding_fen for c in live), due_soon_fen=due_soon,
            arrears=arrears, credit_fen=credit, oldest_due=oldest, months=months,
            receipts=tuple(receipt_list),
            waivers=tuple(WaiverRow(
                id=w.id or 0, charge_id=w.charge_id, item_name=item, period=period,
                amount_fen=w.amount_fen, reason=w.reason, approved_by=w.approved_by,
                at=w.at, created_by=w.created_by) for w, item, period in waivers))
