"""A receipt in words for the fee dialogs: a short summary above a void or an invoice, and
the whole receipt (lines, payments, capitals, stamp, void and invoice) for its page."""

from __future__ import annotations

import datetime as dt
import html

from deskapp.domain.clock import Clock
from deskapp.domain.fees.capitals import rmb_capitals
from deskapp.domain.fees.records import LineKind, Method
from deskapp.domain.fees.rounding import format_price, format_quantity
from deskapp.domain.fees.rows import ReceiptLineRow, ReceiptRow
from deskapp.domain.money import format_money
from deskapp.i18n import fill, translate

SUMMARY_LINES = 4  # what a receipt paid, in its summary; the rest counted
LABEL_CELL = "<td style='color:#555;padding-right:14px'>"


def line_name(line: ReceiptLineRow) -> str:
    """What a line paid: ``物业管理费 2026-10``, ``复印 × 12``, a deposit, credit kept."""
    if line.kind is LineKind.CREDIT:
        return translate("FeeReceiptText", "Kept as the unit's credit")
    if line.kind is LineKind.DEPOSIT:
        return translate("FeeReceiptText", "Deposit held")
    if line.kind is LineKind.SALE:
        return fill("%1 × %2", line.item_name, format_quantity(line.quantity).removesuffix(".00"))
    return " ".join(filter(None, (line.item_name, line.period)))


def paid_by(receipt: ReceiptRow) -> str:
    """``¥630.00 · Cash`` or, for a mixed payment, each part."""
    if receipt.method is Method.MIXED and receipt.parts:
        return " + ".join(fill("%1 %2", part.method.label(), format_money(part.amount_fen))
                          for part in receipt.parts)
    return fill("%1 · %2", format_money(receipt.total_fen), receipt.method.label())


def receipt_summary(receipt: ReceiptRow, clock: Clock) -> str:
    """Three lines: number, kind, time and cashier; payer, unit and money; what it paid."""
    issued = clock.local(receipt.issued_at).strftime("%Y-%m-%d %H:%M")
    lines = [fill(translate("FeeReceiptText", "Receipt %1 · %2 · %3 · cashier %4"),
                  receipt.number, receipt.kind.label(), issued, receipt.cashier),
             " · ".join(filter(None, (receipt.payer, receipt.unit_label, paid_by(receipt))))]
    names = [line_name(line) for line in receipt.lines]
    if names:
        shown = ", ".join(names[:SUMMARY_LINES])
        if len(names) > SUMMARY_LINES:
            shown += " " + fill(translate("FeeReceiptText", "and %1 more"),
                                len(names) - SUMMARY_LINES)
        lines.append(fill(translate("FeeReceiptText", "For: %1"), shown))
    return "\n".join(lines)


def receipt_html(receipt: ReceiptRow, clock: Clock) -> str:
    """The whole receipt for its page in the fee workspace."""
    def when(moment: dt.datetime | None) -> str:
        return clock.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    title = html.escape(fill(translate("FeeReceiptText", "Receipt %1"), receipt.number))
    parts = [f"<h3>{title} <span style='color:#555;font-weight:normal'>"
             f"{html.escape(receipt.kind.label())}</span></h3>"]
    if receipt.voided:
        void = fill(translate("FeeReceiptText", "VOID since %1: %2 (voided by %3, approved by %4)"),
                    when(receipt.voided_at), receipt.void_reason, receipt.voided_by,
                    receipt.void_approved_by)
        parts.append(f"<p style='color:#b3261e'><b>{html.escape(void)}</b></p>")
    issued = fill("%1 · %2 · %3", when(receipt.issued_at), receipt.cashier, receipt.desk or "—")
    parts.append(_table([
        (translate("FeeReceiptText", "Issued"), issued),
        (translate("FeeReceiptText", "Payer"), receipt.payer),
        (translate("FeeReceiptText", "Unit"), receipt.unit_label),
        (translate("FeeReceiptText", "Printed form no."), receipt.form_serial),
        (translate("FeeReceiptText", "Note"), receipt.note),
    ]))
    parts.append(_lines_table(receipt))
    paid = [(part.method.label(), " · ".join(filter(None, (format_money(part.amount_fen),
                                                          part.reference))))
            for part in receipt.parts]
    if receipt.tendered_fen and receipt.change_fen:
        paid.append((translate("FeeReceiptText", "Cash handed over"),
                     fill(translate("FeeReceiptText", "%1, change %2"),
                          format_money(receipt.tendered_fen), format_money(receipt.change_fen))))
    if receipt.credit_used_fen:
        paid.append((translate("FeeReceiptText", "Credit used"),
                     format_money(receipt.credit_used_fen)))
    if receipt.credit_added_fen:
        paid.append((translate("FeeReceiptText", "Kept as credit"),
                     format_money(receipt.credit_added_fen)))
    paid.append((translate("FeeReceiptText", "In capitals"), rmb_capitals(receipt.total_fen)))
    paid.append((translate("FeeReceiptText", "Stamp"), receipt.stamp))
    if receipt.invoice_no:
        paid.append((translate("FeeReceiptText", "Invoice"),
                     fill(translate("FeeReceiptText", "%1 · %2 by %3"), receipt.invoice_no,
                          when(receipt.invoiced_at), receipt.invoiced_by)))
    if receipt.handed_over:
        paid.append((translate("FeeReceiptText", "Handover"),
                     translate("FeeReceiptText", "Handed over: the day is locked")))
    parts.append(_table(paid, "margin-top:8px"))
    return "".join(parts)


def _table(pairs: list[tuple[str, str]], style: str = "") -> str:
    """Label and value rows (rows without a value left out)."""
    cells = "".join(f"<tr>{LABEL_CELL}{html.escape(label)}</td><td>{html.escape(value)}</td></tr>"
                    for label, value in pairs if value)
    return f"<table style='{style}'>{cells}</table>"


def _lines_table(receipt: ReceiptRow) -> str:
    """What the receipt paid, a row a line, and its total."""
    head = [translate("FeeReceiptText", "For"), translate("FeeReceiptText", "Price"),
            translate("FeeReceiptText", "Amount")]
    rows = [f"<tr style='background:#eee'><th align='left'>{html.escape(head[0])}</th>"
            f"<th align='right'>{html.escape(head[1])}</th>"
            f"<th align='right'>{html.escape(head[2])}</th></tr>"]
    rows += [f"<tr><td>{html.escape(line_name(line))}</td>"
             f"<td align='right'>{html.escape(_unit_price(line))}</td>"
             f"<td align='right'>{html.escape(format_money(line.amount_fen))}</td></tr>"
             for line in receipt.lines]
    total = html.escape(translate("FeeReceiptText", "Total"))
    money = html.escape(format_money(receipt.total_fen))
    rows.append(f"<tr><td colspan='2'><b>{total}</b></td>"
                f"<td align='right'><b>{money}</b></td></tr>")
    return ("<table width='100%' cellspacing='0' cellpadding='3' style='margin-top:8px'>"
            + "".join(rows) + "</table>")


def _unit_price(line: ReceiptLineRow) -> str:
    if line.kind in (LineKind.CREDIT, LineKind.DEPOSIT) or not line.unit_price:
        return ""
    price = "¥" + format_price(line.unit_price)
    if line.kind is LineKind.CHARGE and line.quantity != 100:  # an area or a usage
        return fill("%1 × %2", format_quantity(line.quantity), price)
    return price
