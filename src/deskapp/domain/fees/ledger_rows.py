"""What the ledger, the arrears overview and dunning hand back to screens and papers: plain
rows read from the database, amounts in fen, moments aware (UTC).

Owed and credit are shown side by side and never netted silently: ``owed_fen`` is what the
unit's charges still lack, ``credit_fen`` what the unit has in hand (kept from an
overpayment, spent on its next bill by the cashier)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from deskapp.domain.fees.ledger_records import ContactKind, DeliveryHow, DunningStage
from deskapp.domain.fees.rows import ChargeRow, ReceiptRow
from deskapp.i18n import translate


@dataclass(frozen=True)
class Ageing:
    """Arrears by days past the due date: up to 30, 31–60, 61–90, over 90."""

    up_to_30_fen: int = 0
    days_31_60_fen: int = 0
    days_61_90_fen: int = 0
    over_90_fen: int = 0

    @property
    def buckets(self) -> tuple[int, int, int, int]:
        """The four ages in order, as :func:`ageing_labels` heads them."""
        return (self.up_to_30_fen, self.days_31_60_fen, self.days_61_90_fen,
                self.over_90_fen)

    @property
    def total_fen(self) -> int:
        """Everything past due."""
        return sum(self.buckets)

    def __add__(self, other: Ageing) -> Ageing:
        return Ageing(*(a + b for a, b in zip(self.buckets, other.buckets, strict=True)))


@dataclass(frozen=True)
class WaiverRow:
    """Part or all of a charge waived (减免), with its reason and approval."""

    id: int
    charge_id: int
    item_name: str
    period: str
    amount_fen: int
    reason: str
    approved_by: str
    at: dt.datetime
    created_by: str = ""


@dataclass(frozen=True)
class LedgerMonth:
    """The charges of one month of a unit's ledger (by the month their period starts)."""

    month: str  # 2026-11
    charges: tuple[ChargeRow, ...]

    @property
    def billed_fen(self) -> int:
        """Charged this month (voided charges left out)."""
        return sum(c.amount_fen for c in self.charges if not c.voided)

    @property
    def outstanding_fen(self) -> int:
        """Still owed of this month's charges."""
        return sum(c.outstanding_fen for c in self.charges)


@dataclass(frozen=True)
class UnitLedger:
    """A unit's fee ledger (物业服务费台账) as of a day: what was billed, paid and waived,
    what is owed and how old it is, the unit's credit, and the records behind the figures.

    Voided charges are listed (marked) but count in no total; ``paid_fen`` is money applied
    to charges (receipts and credit spent), voided receipts undone. A charge on or before
    its due date is not in arrears: it counts in ``due_soon_fen``.
    """

    unit_id: int
    unit_number: str
    unit_label: str
    occupant: str
    company: str
    as_of: dt.date
    billed_fen: int
    paid_fen: int
    waived_fen: int
    owed_fen: int  # everything still owed: arrears and due soon, credit not deducted
    due_soon_fen: int  # owed but not yet past its due date
    arrears: Ageing  # owed and past due, by age
    credit_fen: int  # the unit's credit balance (the sum of its credit movements)
    oldest_due: dt.date | None  # the due date of the oldest charge in arrears
    months: tuple[LedgerMonth, ...] = ()  # oldest first
    receipts: tuple[ReceiptRow, ...] = ()  # fee receipts of the unit, oldest first
    waivers: tuple[WaiverRow, ...] = ()

    @property
    def arrears_fen(self) -> int:
        """Owed and past due."""
        return self.arrears.total_fen

    @property
    def owed_after_credit_fen(self) -> int:
        """What is left to pay once the credit in hand is spent on the charges."""
        return max(self.owed_fen - self.credit_fen, 0)

    @property
    def charges(self) -> tuple[ChargeRow, ...]:
        """Every charge of the ledger, oldest first."""
        return tuple(charge for month in self.months for charge in month.charges)


class PayState(StrEnum):
    """Where a unit stands with its fees, for the paid/unpaid view."""

    PAID = "paid"  # nothing owed
    DUE = "due"  # owes only what is not yet due
    IN_ARREARS = "in_arrears"  # owes something past its due date

    def label(self) -> str:
        """The state in the user's language."""
        return {PayState.PAID: translate("FeeLedger", "Paid up"),
                PayState.DUE: translate("FeeLedger", "Due soon"),
                PayState.IN_ARREARS: translate("FeeLedger", "In arrears")}[self]


@dataclass(frozen=True)
class UnitArrears:
    """One unit's line in the overview of all units."""

    unit_id: int
    unit_number: str
    unit_label: str
    occupant: str  # the occupant, or the company when no one is named
    owed_fen: int  # credit not deducted
    due_soon_fen: int
    arrears: Ageing
    oldest_due: dt.date | None
    credit_fen: int
    last_paid_at: dt.datetime | None = None  # the last fee receipt not voided
    last_contact_at: dt.datetime | None = None
    last_contact_kind: ContactKind | None = None
    promised_on: dt.date | None = None  # of the latest contact that carried a promise
    dunning_stage: DunningStage | None = None  # of the latest dunning notice
    dunning_issued_at: dt.datetime | None = None

    @property
    def arrears_fen(self) -> int:
        """Owed and past due."""
        return self.arrears.total_fen

    @property
    def state(self) -> PayState:
        """Paid up, due soon, or in arrears."""
        if self.arrears_fen > 0:
            return PayState.IN_ARREARS
        return PayState.DUE if self.owed_fen > 0 else PayState.PAID


@dataclass(frozen=True)
class ArrearsTotals:
    """The totals row of the overview: every unit the query matched, not only the page."""

    units: int = 0
    units_in_arrears: int = 0
    owed_fen: int = 0
    due_soon_fen: int = 0
    arrears: Ageing = field(default_factory=Ageing)
    credit_fen: int = 0

    @property
    def arrears_fen(self) -> int:
        """Owed and past due, all units together."""
        return self.arrears.total_fen


@dataclass(frozen=True)
class ArrearsPage:
    """A page of the overview, by unit number as people order them (201 before 1001), the
    totals of every unit matched, and where the next page starts (None: this is the last)."""

    as_of: dt.date
    rows: tuple[UnitArrears, ...]
    totals: ArrearsTotals
    next_after: str | None = None


@dataclass(frozen=True)
class DeliveryRow:
    """How a dunning notice reached the unit: the evidence."""

    id: int
    notice_id: int
    how: DeliveryHow
    delivered_at: dt.datetime
    waybill: str = ""
    signed_by: str = ""
    note: str = ""
    created_by: str = ""
    desk: str = ""


@dataclass(frozen=True)
class DunningRow:
    """A dunning notice (催缴通知书): the unit and who is in it, the stage, the arrears it
    named when issued, the day to pay by, how it was delivered. ``open_charges`` (filled
    by :meth:`FeeDunning.dunning_notice` only) are the charges that were past due on the
    day it was issued and are still owed now; ``still_owed_fen`` is their sum."""

    id: int
    number: str
    unit_id: int
    unit_number: str
    unit_label: str
    occupant: str
    company: str
    stage: DunningStage
    arrears_fen: int
    oldest_due: dt.date | None
    pay_by: dt.date
    issued_at: dt.datetime
    created_by: str = ""
    desk: str = ""
    deliveries: tuple[DeliveryRow, ...] = ()
    open_charges: tuple[ChargeRow, ...] = ()

    @property
    def delivered(self) -> bool:
        """Whether a delivery is on record."""
        return bool(self.deliveries)

    @property
    def still_owed_fen(self) -> int:
        """What is still owed of the charges the notice was about."""
        return sum(charge.outstanding_fen for charge in self.open_charges)

    @property
    def payer(self) -> str:
        """Whom the notice is addressed to: the company, else the occupant."""
        return self.company or self.occupant


@dataclass(frozen=True)
class ContactRow:
    """One contact with a unit about its fees (催费记录)."""

    id: int
    unit_id: int
    at: dt.datetime
    kind: ContactKind
    note: str = ""
    promised_on: dt.date | None = None
    created_by: str = ""
    desk: str = ""
