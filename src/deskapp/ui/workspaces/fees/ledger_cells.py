"""The cells of the ledger dialog's tables: a unit's charges month by month, its receipts,
waivers, contacts and dunning notices, as text in the user's language."""

from __future__ import annotations

import datetime as dt

from deskapp.domain.clock import Clock
from deskapp.domain.fees.ledger_rows import (
    ContactRow,
    DeliveryRow,
    DunningRow,
    LedgerMonth,
    WaiverRow,
)
from deskapp.domain.fees.rows import ChargeRow, ReceiptRow
from deskapp.domain.money import format_money
from deskapp.i18n import fill, translate


def local_time(clock: Clock, moment: dt.datetime | None) -> str:
    """``moment`` in the counter's time to the minute ("" for none)."""
    return clock.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def money_or_blank(fen: int) -> str:
    """An amount, or nothing for zero (a column of ¥0.00 hides the figures that matter)."""
    return format_money(fen) if fen else ""


# --- Charges
def charge_headers() -> list[str]:
    """The charges table's headers."""
    return [translate("FeeLedgerDialog", "Month"), translate("FeeLedgerDialog", "Item"),
            translate("FeeLedgerDialog", "Period"), translate("FeeLedgerDialog", "Due"),
            translate("FeeLedgerDialog", "Amount"), translate("FeeLedgerDialog", "Paid"),
            translate("FeeLedgerDialog", "Waived"), translate("FeeLedgerDialog", "Owed"),
            translate("FeeLedgerDialog", "Days late")]


MONEY_FROM = 4  # the charges table's money columns start here (right-aligned)
OWED_COLUMN = 7


def charge_rows(months: tuple[LedgerMonth, ...],
                today: dt.date) -> list[tuple[ChargeRow, list[str]]]:
    """Each charge with its cells; the month is written on its first charge only, as a
    ledger book has it."""
    rows = []
    for month in months:
        for index, charge in enumerate(month.charges):
            late = charge.overdue_days(today) if charge.outstanding_fen else 0
            name = charge.item_name
            if charge.voided:
                name = fill(translate("FeeLedgerDialog", "%1 (voided)"), name)
            rows.append((charge, [
                month.month if index == 0 else "", name, charge.period,
                charge.due_on.isoformat(), format_money(charge.amount_fen),
                money_or_blank(charge.paid_fen), money_or_blank(charge.waived_fen),
                money_or_blank(charge.outstanding_fen), str(late) if late else ""]))
    return rows


# --- Receipts and waivers
def receipt_headers() -> list[str]:
    """The receipts table's headers."""
    return [translate("FeeLedgerDialog", "Receipt"), translate("FeeLedgerDialog", "Issued"),
            translate("FeeLedgerDialog", "Amount"), translate("FeeLedgerDialog", "Paid by"),
            translate("FeeLedgerDialog", "Payer"), translate("FeeLedgerDialog", "Cashier"),
            translate("FeeLedgerDialog", "State")]


def receipt_cells(clock: Clock, receipt: ReceiptRow) -> list[str]:
    """A receipt's cells; a voided one says so and why."""
    if receipt.voided:
        state = fill(translate("FeeLedgerDialog", "Void: %1"), receipt.void_reason)
    elif receipt.invoice_no:
        state = fill(translate("FeeLedgerDialog", "Invoiced: %1"), receipt.invoice_no)
    else:
        state = ""
    return [receipt.number, local_time(clock, receipt.issued_at),
            format_money(receipt.total_fen), receipt.method.label(), receipt.payer,
            receipt.cashier, state]


def waiver_headers() -> list[str]:
    """The waivers table's headers."""
    return [translate("FeeLedgerDialog", "Charge"), translate("FeeLedgerDialog", "Waived"),
            translate("FeeLedgerDialog", "Reason"),
            translate("FeeLedgerDialog", "Approved by"), translate("FeeLedgerDialog", "When")]


def waiver_cells(clock: Clock, waiver: WaiverRow) -> list[str]:
    """A waiver's cells."""
    return [fill("%1 %2", waiver.period, waiver.item_name), format_money(waiver.amount_fen),
            waiver.reason, waiver.approved_by, local_time(clock, waiver.at)]


# --- Contacts
def contact_headers() -> list[str]:
    """The contact log's headers."""
    return [translate("FeeLedgerDialog", "When"), translate("FeeLedgerDialog", "Kind"),
            translate("FeeLedgerDialog", "What was said"),
            translate("FeeLedgerDialog", "Promised to pay by"),
            translate("FeeLedgerDialog", "Logged by")]


def promise_broken(contact: ContactRow, today: dt.date, owed_fen: int) -> bool:
    """A promised day gone by while the unit still owes."""
    return contact.promised_on is not None and contact.promised_on < today and owed_fen > 0


def contact_cells(clock: Clock, contact: ContactRow) -> list[str]:
    """A contact's cells."""
    return [local_time(clock, contact.at), contact.kind.label(), contact.note,
            contact.promised_on.isoformat() if contact.promised_on else "",
            " · ".join(filter(None, (contact.created_by, contact.desk)))]


# --- Dunning
def notice_headers() -> list[str]:
    """The dunning notices' headers."""
    return [translate("FeeLedgerDialog", "Notice"), translate("FeeLedgerDialog", "Stage"),
            translate("FeeLedgerDialog", "Issued"),
            translate("FeeLedgerDialog", "Arrears named"),
            translate("FeeLedgerDialog", "Pay by"), translate("FeeLedgerDialog", "Delivered")]


def delivery_text(clock: Clock, delivery: DeliveryRow) -> str:
    """``By courier · SF1234567890 · 2026-11-24 10:00`` (who signed, for one by hand)."""
    return " · ".join(filter(None, (delivery.how.label(), delivery.waybill,
                                    delivery.signed_by, local_time(clock, delivery.delivered_at),
                                    delivery.note)))


def notice_cells(clock: Clock, notice: DunningRow) -> list[str]:
    """A notice's cells; one not yet delivered says so (it is not evidence until it is)."""
    delivered = "; ".join(delivery_text(clock, d) for d in notice.deliveries)
    return [notice.number, notice.stage.label(), local_time(clock, notice.issued_at),
            format_money(notice.arrears_fen), notice.pay_by.isoformat(),
            delivered or translate("FeeLedgerDialog", "Not delivered yet")]
