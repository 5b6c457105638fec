"""What fee collection hands back to the screens, documents and exports: plain rows read
from the database, amounts in fen, moments aware."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from deskapp.domain.fees.records import (
    Category,
    DepositKind,
    DepositState,
    LineKind,
    Method,
    ReceiptKind,
)


@dataclass(frozen=True)
class ChargeRow:
    """One item a unit owes for one period, and how much of it is still owed."""

    id: int
    unit_id: int
    unit_label: str
    item_id: int
    item_name: str
    category: Category
    period: str
    period_start: dt.date
    period_end: dt.date
    due_on: dt.date
    quantity: int  # hundredths
    unit_price: int  # hundredths of a fen
    amount_fen: int
    paid_fen: int
    waived_fen: int
    voided: bool = False

    @property
    def outstanding_fen(self) -> int:
        """What is still owed (0 for a voided charge)."""
        return 0 if self.voided else max(self.amount_fen - self.paid_fen - self.waived_fen, 0)

    def overdue_days(self, today: dt.date) -> int:
        """Days past its due date (0: not yet due)."""
        return max((today - self.due_on).days, 0)


@dataclass(frozen=True)
class ReceiptLineRow:
    """What a receipt paid: a charge or part of it, a sale, a deposit, credit kept."""

    kind: LineKind
    item_name: str
    period: str
    amount_fen: int
    quantity: int = 100
    unit_price: int = 0
    charge_id: int | None = None


@dataclass(frozen=True)
class PaymentPartRow:
    """Money of one method on a receipt."""

    method: Method
    amount_fen: int
    reference: str = ""


@dataclass(frozen=True)
class ReceiptRow:
    """A receipt as printed and listed."""

    id: int
    number: str
    kind: ReceiptKind
    unit_id: int | None
    unit_label: str
    payer: str
    total_fen: int
    method: Method
    tendered_fen: int
    change_fen: int
    credit_used_fen: int
    credit_added_fen: int
    issued_at: dt.datetime
    cashier: str
    desk: str
    form_serial: str = ""
    note: str = ""
    lines: tuple[ReceiptLineRow, ...] = ()
    parts: tuple[PaymentPartRow, ...] = ()
    voided_at: dt.datetime | None = None
    void_reason: str = ""
    voided_by: str = ""
    void_approved_by: str = ""
    invoice_no: str = ""
    invoiced_at: dt.datetime | None = None
    invoiced_by: str = ""
    handed_over: bool = False

    @property
    def voided(self) -> bool:
        """Whether the receipt was voided (its number stays used)."""
        return self.voided_at is not None

    @property
    def stamp(self) -> str:
        """现金收讫 for cash, 银行收讫 for money through a bank or payment platform; a
        mixed payment with cash in it is stamped by its cash."""
        if any(part.method is Method.CASH for part in self.parts):
            return Method.CASH.stamp()
        return self.method.stamp()


@dataclass(frozen=True)
class DeductionRow:
    """One itemised deduction from a refunded deposit."""

    reason: str
    amount_fen: int


@dataclass(frozen=True)
class RefundRow:
    """A deposit given back (退押金单)."""

    id: int
    number: str
    deposit_id: int
    at: dt.datetime
    deducted_fen: int
    refunded_fen: int
    method: Method
    received_by: str
    approved_by: str
    cashier: str
    deductions: tuple[DeductionRow, ...] = ()


@dataclass(frozen=True)
class DepositRow:
    """Money held, and whether and how it went back."""

    id: int
    receipt_id: int
    receipt_number: str
    unit_id: int | None
    unit_label: str
    kind: DepositKind
    payer: str
    amount_fen: int
    purpose: str
    taken_at: dt.datetime
    state: DepositState
    refund: RefundRow | None = None


@dataclass(frozen=True)
class MethodTotal:
    """The day's money of one method on a cashier's handover."""

    method: Method
    receipts: int
    amount_fen: int


@dataclass(frozen=True)
class HandoverSummary:
    """A cashier's day as the handover sheet shows it (日收入情况交接表), before or after
    it is handed over."""

    day: dt.date
    cashier: str
    by_method: tuple[MethodTotal, ...]
    total_fen: int  # money received on receipts not voided (deposits included)
    receipts: int  # receipts issued, voided ones included (their numbers are used)
    first_number: str
    last_number: str
    voided_numbers: tuple[str, ...]
    deposits_taken_fen: int
    deposits_taken: int
    deposits_refunded_fen: int
    deposits_refunded: int
    cash_in_fen: int  # cash received, change already given back
    cash_out_fen: int  # cash paid out: deposit refunds in cash
    float_fen: int = 0
    counted_cash_fen: int | None = None  # None: not handed over yet
    received_by: str = ""
    handed_over_at: dt.datetime | None = None
    note: str = ""
    receipt_rows: tuple[ReceiptRow, ...] = field(default=(), repr=False)

    @property
    def expected_cash_fen(self) -> int:
        """What the drawer should hold: the float, plus cash taken, less cash paid out."""
        return self.float_fen + self.cash_in_fen - self.cash_out_fen

    @property
    def difference_fen(self) -> int | None:
        """Counted less expected (None before the count)."""
        if self.counted_cash_fen is None:
            return None
        return self.counted_cash_fen - self.expected_cash_fen

    @property
    def handed_over(self) -> bool:
        """Whether the day is handed over (and so locked)."""
        return self.handed_over_at is not None
