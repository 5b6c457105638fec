"""A unit's fee ledger (物业服务费台账): what was billed, paid and waived month by month,
what is still owed and how long past due, the unit's credit, and its receipts and waivers.

Arrears are aged by days past the due date as of a day (today by the clock): only what is
past its due date is in arrears; what is owed but not yet due is shown as "due soon".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import groupby

from sqlalchemy import func
from sqlmodel import Session, col, select

from deskapp.db.fee_models import FeeCharge, FeeWaiver, Receipt, UnitCredit
from deskapp.domain import checks, paging
from deskapp.domain.directory import unit_label
from deskapp.domain.fees.base import FeeServiceBase
from deskapp.domain.fees.ledger_records import AgeingCutoffs
from deskapp.domain.fees.ledger_rows import Ageing, LedgerMonth, UnitLedger, WaiverRow
from deskapp.domain.fees.records import Category, Method, ReceiptKind
from deskapp.domain.fees.rows import ChargeRow, ReceiptRow


def charge_row(charge: FeeCharge, label: str) -> ChargeRow:
    """A stored charge as the ledger and the notices list it."""
    return ChargeRow(
        id=charge.id or 0, unit_id=charge.unit_id, unit_label=label, item_id=charge.item_id,
        item_name=charge.item_name, category=Category(charge.category), period=charge.period,
        period_start=charge.period_start, period_end=charge.period_end, due_on=charge.due_on,
        quantity=charge.quantity, unit_price=charge.unit_price, amount_fen=charge.amount_fen,
        paid_fen=charge.paid_fen, waived_fen=charge.waived_fen,
        voided=charge.voided_at is not None)


def receipt_summary(receipt: Receipt) -> ReceiptRow:
    """A receipt as the ledger lists it: number, date, amount, method, voided or not
    (without its lines and payment parts)."""
    return ReceiptRow(
        id=receipt.id or 0, number=receipt.number, kind=ReceiptKind(receipt.kind),
        unit_id=receipt.unit_id, unit_label=receipt.unit_label, payer=receipt.payer,
        total_fen=receipt.total_fen, method=Method(receipt.method),
        tendered_fen=receipt.tendered_fen, change_fen=receipt.change_fen,
        credit_used_fen=receipt.credit_used_fen, credit_added_fen=receipt.credit_added_fen,
        issued_at=receipt.issued_at, cashier=receipt.created_by, desk=receipt.desk,
        form_serial=receipt.form_serial, note=receipt.note, voided_at=receipt.voided_at,
        void_reason=receipt.void_reason, voided_by=receipt.voided_by,
        void_approved_by=receipt.void_approved_by, invoice_no=receipt.invoice_no,
        invoiced_at=receipt.invoiced_at, invoiced_by=receipt.invoiced_by,
        handed_over=receipt.handover_id is not None)


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


def credit_balance(session: Session, unit_id: int) -> int:
    """The unit's credit: the sum of its credit movements (0 without any)."""
    total = session.exec(select(func.sum(UnitCredit.change_fen))
                         .where(UnitCredit.unit_id == unit_id)).one()
    return int(total or 0)


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
            receipts=tuple(receipt_summary(r) for r in receipts),
            waivers=tuple(WaiverRow(
                id=w.id or 0, charge_id=w.charge_id, item_name=item, period=period,
                amount_fen=w.amount_fen, reason=w.reason, approved_by=w.approved_by,
                at=w.at, created_by=w.created_by) for w, item, period in waivers))
