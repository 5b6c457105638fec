"""The fee workspace's tables: the receipt list's columns and the unit's charges."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

from deskapp.domain.clock import Clock
from deskapp.domain.fees.ledger_rows import UnitArrears
from deskapp.domain.fees.rows import ChargeRow, ReceiptRow
from deskapp.domain.money import format_money
from deskapp.i18n import translate
from deskapp.ui.framework.paged_model import Column
from deskapp.ui.framework.times import when

VOID_BRUSH = QBrush(QColor("#e4e4e4"))
OVERDUE_BRUSH = QBrush(QColor("#f7c9c6"))


def receipt_background(row: ReceiptRow) -> QBrush | None:
    """Voided receipts greyed."""
    return VOID_BRUSH if row.voided else None


def receipt_state(row: ReceiptRow) -> str:
    """Voided, invoiced, or nothing to say."""
    if row.voided:
        return translate("FeeColumns", "Void")
    if row.invoice_no:
        return translate("FeeColumns", "Invoiced")
    return ""


def receipt_columns(clock: Clock) -> list[Column[ReceiptRow]]:
    """The receipt list's columns; only the time of issue sorts (it is indexed)."""
    return [
        Column("issued_at", lambda: translate("FeeColumns", "Issued"),
               lambda r: when(clock, r.issued_at), "issued_at", 112),
        Column("number", lambda: translate("FeeColumns", "Receipt"), lambda r: r.number,
               None, 110),
        Column("unit", lambda: translate("FeeColumns", "Unit"), lambda r: r.unit_label,
               None, 110),
        Column("payer", lambda: translate("FeeColumns", "Payer"), lambda r: r.payer, None, 90),
        Column("kind", lambda: translate("FeeColumns", "For"), lambda r: r.kind.label(),
               None, 80),
        Column("method", lambda: translate("FeeColumns", "Paid by"),
               lambda r: r.method.label(), None, 80),
        Column("amount", lambda: translate("FeeColumns", "Amount"),
               lambda r: format_money(r.total_fen), None, 90),
        Column("state", lambda: translate("FeeColumns", "State"), receipt_state, None, 70),
        Column("cashier", lambda: translate("FeeColumns", "Cashier"), lambda r: r.cashier,
               None, 70),
    ]


def charge_cells(row: ChargeRow, today) -> list[str]:  # type: ignore[no-untyped-def]
    """A charge's cells in the unit's table: period, item, due, amount, settled, owed,
    days overdue."""
    late = row.overdue_days(today)
    return [row.period, row.item_name, row.due_on.isoformat(), format_money(row.amount_fen),
            format_money(row.paid_fen + row.waived_fen), format_money(row.outstanding_fen),
            str(late) if late else ""]


def charge_headers() -> list[str]:
    """The unit's table headers."""
    return [translate("FeeColumns", "Period"), translate("FeeColumns", "Item"),
            translate("FeeColumns", "Due"), translate("FeeColumns", "Amount"),
            translate("FeeColumns", "Paid"), translate("FeeColumns", "Owed"),
            translate("FeeColumns", "Days late")]


def arrears_headers() -> list[str]:
    """The headers of every unit's arrears (the table when no unit is chosen)."""
    return [translate("FeeColumns", "Unit"), translate("FeeColumns", "Occupant"),
            translate("FeeColumns", "Owed"), translate("FeeColumns", "Up to 30 days"),
            translate("FeeColumns", "31–60 days"), translate("FeeColumns", "61–90 days"),
            translate("FeeColumns", "Over 90 days"), translate("FeeColumns", "Credit")]


def arrears_cells(row: UnitArrears) -> list[str]:
    """A unit's line among every unit's arrears."""
    return [row.unit_number, row.occupant, format_money(row.owed_fen),
            *(format_money(fen) if fen else "" for fen in row.arrears.buckets),
            format_money(row.credit_fen) if row.credit_fen else ""]
