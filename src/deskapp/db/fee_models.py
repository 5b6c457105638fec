"""The tables of fee collection (收费), registered with the others by :mod:`deskapp.db.models`.

Money is integer fen. Unit prices are integer hundredths of a fen (ten-thousandths of a
yuan: 0.5883 yuan/kWh is 5883) and quantities integer hundredths (89.35 m² is 8935), so
a charge is computed exactly and rounded once (:mod:`deskapp.domain.fees.rounding`).

Nothing here is deleted or overwritten: a charge or receipt is voided with a reason and
an approval, a reading is corrected by a new reading that supersedes it, a deposit is
refunded against its receipt, a rate change is a new rate row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from deskapp.db.types import UTCDateTime


def _ts(*, nullable: bool = False) -> object:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable))


# A charge still owed: neither settled (paid and waived) in full nor voided. The column
# stands on the left of the comparison: SQLite's planner turns ``paid + waived < amount``
# round into ``amount > …`` before matching it against a partial index's condition, so an
# index written the other way round could never be used.
CHARGE_OPEN = "voided_at IS NULL AND amount_fen > paid_fen + waived_fen"
CHARGE_LIVE = "voided_at IS NULL"
READING_CURRENT = "superseded = false"


class ChargeItem(SQLModel, table=True):
    """What the counter charges for, as a supervisor set it up (the desk cannot invent a
    rate): name, category, how it is priced, its current unit price and billing cycle."""

    __audit__ = "charge_item"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    category: str = Field(max_length=16)  # management | water | electricity | shared | …
    pricing: str = Field(max_length=16)  # area | metered | per_page | fixed
    unit_price: int = Field()  # hundredths of a fen per m², metered unit, page or bill
    cycle: str = Field(default="monthly", max_length=16)  # monthly | quarterly | yearly | once
    deposit: bool = Field(default=False)  # money held (押金/保证金), not income
    active: bool = Field(default=True)
    note: str = Field(default="")
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    approved_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class ChargeRate(SQLModel, table=True):
    """A unit price of an item from a day on: the item's price history, never rewritten;
    a bill keeps the price it was made with."""

    __audit__ = "charge_rate"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="chargeitem.id", index=True)
    unit_price: int = Field()
    effective_from: dt.date = Field()
    reason: str = Field(default="", max_length=200)
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    approved_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class MeterReading(SQLModel, table=True):
    """A unit's meter read for a period (抄表): previous and current reading, multiplier,
    usage. Lower than the last reading only as a rollover or a meter change. Once billed
    it is never edited; a correction is a new reading that supersedes it."""

    __audit__ = "meter_reading"

    __table_args__ = (
        Index("ux_meterreading_current", "unit_id", "item_id", "period", unique=True,
              sqlite_where=text(READING_CURRENT), postgresql_where=text(READING_CURRENT)),
    )

    id: int | None = Field(default=None, primary_key=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)
    item_id: int = Field(foreign_key="chargeitem.id")
    period: str = Field(max_length=7)  # 2026-11
    read_on: dt.date = Field()
    previous: int = Field()  # hundredths of the meter's unit
    current: int = Field()
    multiplier: int = Field(default=1)
    kind: str = Field(default="normal", max_length=16)  # normal | rollover | meter_change
    old_meter_final: int | None = Field(default=None)  # meter change: the old meter's last
    rollover_at: int | None = Field(default=None)  # rollover: where the dial starts over
    usage: int = Field()  # hundredths, multiplier applied
    superseded: bool = Field(default=False)
    corrects_id: int | None = Field(default=None, foreign_key="meterreading.id")
    charge_id: int | None = Field(default=None)  # the charge billed from it
    source: str = Field(default="typed", max_length=16)  # typed | imported
    note: str = Field(default="")
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class FeeCharge(SQLModel, table=True):
    """One item a unit owes for one period (a bill's line): quantity × unit price, due on
    a day; settled by payments and waivers, or voided with an approval."""

    __audit__ = "fee_charge"
    __audit_ignores__ = ("paid_fen",)  # moved by receipts, which are entries themselves

    __table_args__ = (
        Index("ux_feecharge_period", "unit_id", "item_id", "period_start", unique=True,
              sqlite_where=text(CHARGE_LIVE), postgresql_where=text(CHARGE_LIVE)),
        Index("ix_feecharge_unit_due", "unit_id", "due_on", "id"),
        Index("ix_feecharge_open", "due_on", "unit_id", sqlite_where=text(CHARGE_OPEN),
              postgresql_where=text(CHARGE_OPEN)),
    )

    id: int | None = Field(default=None, primary_key=True)
    unit_id: int = Field(foreign_key="unit.id")
    item_id: int = Field(foreign_key="chargeitem.id")
    item_name: str = Field(max_length=100)  # as billed
    category: str = Field(max_length=16)
    period: str = Field(max_length=32)  # as printed: 2026-11, 2026 Q4, 2026
    period_start: dt.date = Field()
    period_end: dt.date = Field()
    due_on: dt.date = Field()
    quantity: int = Field()  # hundredths: m², metered units, pages, 100 for a fixed fee
    unit_price: int = Field()  # hundredths of a fen, as billed
    amount_fen: int = Field()
    paid_fen: int = Field(default=0)
    waived_fen: int = Field(default=0)
    reading_id: int | None = Field(default=None, foreign_key="meterreading.id")
    voided_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    void_reason: str = Field(default="", max_length=200)
    void_approved_by: str = Field(default="", max_length=50)
    created_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class Receipt(SQLModel, table=True):
    """A receipt (收款收据): its number (a yearly series allocated in the saving
    transaction, never reused or skipped), payer, amount, method, cashier; voided with a
    reason and an approval (the number stays used); exchanged for a 发票 at finance."""

    __audit__ = "receipt"
    __personal__ = ("payer_phone",)
    __audit_ignores__ = ("handover_id",)

    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_receipt_issued_at_id", "issued_at", "id"),  # keyset paging
        Index("ix_receipt_cashier_issued", "created_by", "issued_at"),  # the handover
        Index("ix_receipt_unit_issued", "unit_id", "issued_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # SK2026-000123
    year: int = Field()
    seq: int = Field()
    kind: str = Field(default="payment", max_length=16)  # payment | sale | deposit
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    unit_label: str = Field(default="", max_length=200)
    payer: str = Field(default="", index=True, max_length=100)
    payer_phone: str = Field(default="", max_length=32)
    total_fen: int = Field()  # the money received
    method: str = Field(max_length=16)  # cash | bank | wechat | alipay | card | mixed
    tendered_fen: int = Field(default=0)  # cash handed over
    change_fen: int = Field(default=0)
    credit_used_fen: int = Field(default=0)  # the unit's credit spent on these charges
    credit_added_fen: int = Field(default=0)  # overpayment kept as the unit's credit
    form_serial: str = Field(default="", max_length=32)  # a three-part form's printed no.
    note: str = Field(default="")
    issued_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)  # the cashier
    desk: str = Field(default="", max_length=50)
    voided_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    void_reason: str = Field(default="", max_length=200)
    voided_by: str = Field(default="", max_length=50)
    void_approved_by: str = Field(default="", max_length=50)
    invoice_no: str = Field(default="", max_length=32)  # the 发票 it was exchanged for
    invoiced_at: dt.datetime | None = _ts(nullable=True)  # type: ignore[assignment]
    invoiced_by: str = Field(default="", max_length=50)
    handover_id: int | None = Field(default=None, foreign_key="cashhandover.id")


class ReceiptLine(SQLModel, table=True):
    """What a receipt paid: a charge (or part of it), a sale, a deposit."""

    __audit__ = "receipt_line"

    id: int | None = Field(default=None, primary_key=True)
    receipt_id: int = Field(foreign_key="receipt.id", index=True)
    charge_id: int | None = Field(default=None, foreign_key="feecharge.id", index=True)
    kind: str = Field(default="charge", max_length=16)  # charge | sale | deposit
    item_name: str = Field(max_length=100)
    period: str = Field(default="", max_length=32)
    quantity: int = Field(default=100)  # hundredths
    unit_price: int = Field(default=0)  # hundredths of a fen
    amount_fen: int = Field()


class ReceiptPayment(SQLModel, table=True):
    """How a receipt's money came: one row per method (two or more for a mixed payment)."""

    __audit__ = "receipt_payment"

    id: int | None = Field(default=None, primary_key=True)
    receipt_id: int = Field(foreign_key="receipt.id", index=True)
    method: str = Field(max_length=16)
    amount_fen: int = Field()
    reference: str = Field(default="", max_length=64)  # a transfer's or QR payment's no.


class UnitCredit(SQLModel, table=True):
    """A movement of a unit's credit (预存/余额): overpayment kept, credit spent on a bill,
    a void undoing either. The balance is their sum; rows are only appended."""

    __audit__ = "unit_credit"

    id: int | None = Field(default=None, primary_key=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    change_fen: int = Field()  # + kept, − spent
    reason: str = Field(max_length=16)  # overpayment | applied | void
    receipt_id: int | None = Field(default=None, foreign_key="receipt.id")
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class FeeWaiver(SQLModel, table=True):
    """Part or all of a charge waived (减免), with a reason, under a supervisor's approval."""

    __audit__ = "fee_waiver"

    id: int | None = Field(default=None, primary_key=True)
    charge_id: int = Field(foreign_key="feecharge.id", index=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)
    amount_fen: int = Field()
    reason: str = Field(max_length=200)
    approved_by: str = Field(max_length=50)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class FeeDeposit(SQLModel, table=True):
    """Money held (押金/保证金): a construction deposit, a decoration pass or key/access card
    deposit. Taken on a receipt; refunded only against that receipt, deductions itemised."""

    __audit__ = "fee_deposit"
    __personal__ = ("payer_phone",)

    id: int | None = Field(default=None, primary_key=True)
    receipt_id: int = Field(foreign_key="receipt.id", unique=True)
    unit_id: int | None = Field(default=None, foreign_key="unit.id", index=True)
    unit_label: str = Field(default="", max_length=200)
    kind: str = Field(max_length=16)  # construction | decoration_pass | key_card | other
    payer: str = Field(max_length=100)
    payer_phone: str = Field(default="", max_length=32)
    amount_fen: int = Field()
    purpose: str = Field(default="", max_length=200)
    taken_at: dt.datetime = _ts()  # type: ignore[assignment]
    state: str = Field(default="held", max_length=16, index=True)  # held | refunded | void


class DepositRefund(SQLModel, table=True):
    """A deposit given back (退押金单): what was deducted and why, what was paid out, who
    received it, signed off by a supervisor. Numbered in its own yearly series."""

    __audit__ = "deposit_refund"
    __personal__ = ("received_by",)
    __audit_ignores__ = ("handover_id",)

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # TK2026-0007
    deposit_id: int = Field(foreign_key="feedeposit.id", unique=True)
    at: dt.datetime = _ts()  # type: ignore[assignment]
    deducted_fen: int = Field(default=0)
    refunded_fen: int = Field()
    method: str = Field(max_length=16)
    received_by: str = Field(max_length=100)
    approved_by: str = Field(max_length=50)
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)
    handover_id: int | None = Field(default=None, foreign_key="cashhandover.id")


class DepositDeduction(SQLModel, table=True):
    """One itemised deduction from a refunded deposit (damage, cleaning, unpaid fees)."""

    __audit__ = "deposit_deduction"

    id: int | None = Field(default=None, primary_key=True)
    refund_id: int = Field(foreign_key="depositrefund.id", index=True)
    reason: str = Field(max_length=200)
    amount_fen: int = Field()


class CashHandover(SQLModel, table=True):
    """A cashier's day handed over (日收入情况交接表): counted against expected cash, the
    difference kept, both signatures. Once recorded, that cashier's day is locked."""

    __audit__ = "cash_handover"

    __table_args__ = (UniqueConstraint("day", "cashier"),)

    id: int | None = Field(default=None, primary_key=True)
    day: dt.date = Field(index=True)
    cashier: str = Field(max_length=50)
    float_fen: int = Field(default=0)
    expected_cash_fen: int = Field()
    counted_cash_fen: int = Field()
    difference_fen: int = Field()  # counted − expected
    receipts: int = Field(default=0)
    first_number: str = Field(default="", max_length=20)
    last_number: str = Field(default="", max_length=20)
    received_by: str = Field(default="", max_length=100)  # the treasurer, or the next shift
    note: str = Field(default="")
    at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class DunningNotice(SQLModel, table=True):
    """A dunning notice (催缴通知书) issued to a unit at a stage, with the arrears it named."""

    __audit__ = "dunning_notice"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # CJ2026-0003
    unit_id: int = Field(foreign_key="unit.id", index=True)
    stage: str = Field(max_length=16)  # first | second | final
    arrears_fen: int = Field()
    oldest_due: dt.date | None = Field(default=None)
    pay_by: dt.date = Field()
    issued_at: dt.datetime = _ts()  # type: ignore[assignment]
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class NoticeDelivery(SQLModel, table=True):
    """How a dunning notice reached the unit, kept as evidence: by hand with who signed,
    by courier with the waybill number, by post."""

    __audit__ = "notice_delivery"
    __personal__ = ("signed_by",)

    id: int | None = Field(default=None, primary_key=True)
    notice_id: int = Field(foreign_key="dunningnotice.id", index=True)
    how: str = Field(max_length=16)  # hand | courier | post
    waybill: str = Field(default="", max_length=64)
    signed_by: str = Field(default="", max_length=100)
    delivered_at: dt.datetime = _ts()  # type: ignore[assignment]
    note: str = Field(default="")
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)


class FeeContact(SQLModel, table=True):
    """One contact with a unit about its fees (催费记录): a call, a visit, a notice, a note,
    and the date they promised to pay by."""

    __audit__ = "fee_contact"
    __personal__ = ("note",)

    __table_args__ = (Index("ix_feecontact_unit_at", "unit_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    unit_id: int = Field(foreign_key="unit.id")
    at: dt.datetime = _ts()  # type: ignore[assignment]
    kind: str = Field(max_length=16)  # call | visit | notice | note
    note: str = Field(default="")
    promised_on: dt.date | None = Field(default=None)
    created_by: str = Field(default="", max_length=50)
    desk: str = Field(default="", max_length=50)
