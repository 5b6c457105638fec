"""The receipt 收款收据 on an A5 sheet or an 80 mm roll; the pre-printed three-part form is
:mod:`deskapp.output.receipt_form`.

It says what the money paid, item by item with its period (a sale: quantity × unit price),
the credit it used and the credit it left, the total in figures and in capitals — always
the money received —, how it was paid (cash: tendered and change), the stamp it earns
(现金收讫 or 银行收讫), and who took it at which counter. A voided receipt prints under a
VOID band with why, by whom and on whose approval; one exchanged for a 发票 names its
number, so it is not invoiced twice. The payer has no ID number here: nothing to mask.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from deskapp.domain.fees.records import LineKind, Method, ReceiptKind
from deskapp.domain.fees.rows import ReceiptLineRow, ReceiptRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    HAIRLINE,
    INK,
    DocumentBuilder,
    KeyValue,
    Mark,
    RenderResult,
    format_local,
    render,
)
from deskapp.output.fee_parts import (
    MoneyColumn,
    StampBox,
    amount_in_words,
    money,
    money_table,
    price,
    quantity,
    void_mark,
)
from deskapp.output.form_grid import FormGrid

PAPERS = (Paper.A5, Paper.ROLL80, Paper.FORM241)
# More lines than this (a year of bills paid at once) print in small type, closer together.
COMPACT_LINES = 12


def title() -> str:
    """The receipt's title in the user's language."""
    return translate("Receipt", "Receipt")


# --- What the receipt says (shared with the pre-printed form)


def line_text(line: ReceiptLineRow) -> str:
    """``Management fee 2026-11``: what a line paid, with its period."""
    if line.kind is LineKind.CREDIT:
        return translate("Receipt", "Kept as credit for the next bills")
    if line.period:
        return fill(translate("Receipt", "%1 %2"), line.item_name, line.period)
    return line.item_name


def quantity_text(line: ReceiptLineRow) -> str:
    """``20 × ¥0.50`` for a sale; "" for what was billed (its bill says how)."""
    if line.kind is not LineKind.SALE or not line.unit_price:
        return ""
    return fill(translate("Receipt", "%1 × %2"), quantity(line.quantity), price(line.unit_price))


def credit_used_text() -> str:
    """The deduction line of credit an earlier overpayment left."""
    return translate("Receipt", "Credit used (paid before)")


def payment_text(receipt: ReceiptRow) -> str:
    """``Cash ¥300.00; WeChat Pay ¥50.00 (4200001234)``: each method with its amount, or
    the one method alone."""
    if len(receipt.parts) <= 1:
        part = receipt.parts[0] if receipt.parts else None
        if part is not None and part.reference:
            return fill(translate("Receipt", "%1 (%2)"), part.method.label(), part.reference)
        return (part.method if part else receipt.method).label()
    texts = []
    for part in receipt.parts:
        text = fill(translate("Receipt", "%1 %2"), part.method.label(), money(part.amount_fen))
        if part.reference:
            text = fill(translate("Receipt", "%1 (%2)"), text, part.reference)
        texts.append(text)
    return translate("Receipt", "; ").join(texts)


def cash_text(receipt: ReceiptRow) -> str:
    """``Tendered ¥500.00, change ¥50.00`` when cash changed hands ("" otherwise)."""
    paid_cash = receipt.method is Method.CASH or any(p.method is Method.CASH
                                                     for p in receipt.parts)
    if not paid_cash or not receipt.tendered_fen:
        return ""
    return fill(translate("Receipt", "Tendered %1, change %2"), money(receipt.tendered_fen),
                money(receipt.change_fen))


def void_text(receipt: ReceiptRow) -> str:
    """``2026-11-23 10:05 by 王芳, approved by 李主管; reason: 金额输错`` ("" while valid)."""
    if receipt.voided_at is None:
        return ""
    text = fill(translate("Receipt", "%1 by %2"), format_local(receipt.voided_at),
                receipt.voided_by)
    if receipt.void_approved_by:
        text = fill(translate("Receipt", "%1, approved by %2"), text, receipt.void_approved_by)
    if receipt.void_reason:
        text = fill(translate("Receipt", "%1; reason: %2"), text, receipt.void_reason)
    return text


def invoice_text(receipt: ReceiptRow) -> str:
    """``Exchanged for invoice 04412345 on 2026-11-30 by 李会计`` ("" while not)."""
    if not receipt.invoice_no:
        return ""
    if receipt.invoiced_at is None:
        return fill(translate("Receipt", "Exchanged for invoice (发票) No. %1"),
                    receipt.invoice_no)
    return fill(translate("Receipt", "Exchanged for invoice (发票) No. %1 on %2 by %3"),
                receipt.invoice_no, format_local(receipt.invoiced_at, fmt="%Y-%m-%d"),
                receipt.invoiced_by)


def receipt_marks(receipt: ReceiptRow) -> list[Mark]:
    """VOID for a voided receipt (the printing layer adds COPY for a reprint)."""
    return [void_mark()] if receipt.voided else []


def amount_rows(receipt: ReceiptRow) -> list[tuple[str, str, str]]:
    """Every line as (what, quantity × price, amount), then the credit used as a deduction."""
    rows = [(line_text(line), quantity_text(line), money(line.amount_fen))
            for line in receipt.lines]
    if receipt.credit_used_fen:
        rows.append((credit_used_text(), "", money(-receipt.credit_used_fen)))
    return rows


def deposit_note(receipt: ReceiptRow) -> str:
    """What a deposit's payer must know: the receipt is the claim to the money."""
    if receipt.kind is not ReceiptKind.DEPOSIT or receipt.voided:
        return ""
    return translate("Receipt", "Money held, not a fee: keep this receipt, the deposit is "
                                "refunded only against it.")


# --- The sheet and the roll


def _header_rows(doc: DocumentBuilder, receipt: ReceiptRow) -> list[Flowable]:
    if doc.geometry.is_roll:
        rows = [KeyValue(translate("Receipt", "No."), receipt.number, large=True),
                KeyValue(translate("Receipt", "Date"), format_local(receipt.issued_at)),
                KeyValue(translate("Receipt", "Received from"), receipt.payer)]
        if receipt.unit_label:
            rows.append(KeyValue(translate("Receipt", "Unit"), receipt.unit_label))
        return [doc.key_values(rows)]
    grid = FormGrid(doc)
    grid.pair(translate("Receipt", "No."), receipt.number,
              translate("Receipt", "Date"), format_local(receipt.issued_at), large=True)
    grid.pair(translate("Receipt", "Received from"), receipt.payer,
              translate("Receipt", "Unit"), receipt.unit_label)
    return grid.flowables()


def _items(doc: DocumentBuilder, receipt: ReceiptRow) -> Flowable:
    total = translate("Receipt", "Total received")
    if doc.geometry.is_roll:
        return _roll_items(doc, receipt)
    sales = any(quantity_text(line) for line in receipt.lines)
    if sales:
        columns = [MoneyColumn(translate("Receipt", "Item and period"), 0.5),
                   MoneyColumn(translate("Receipt", "Quantity × unit price"), 0.27),
                   MoneyColumn(translate("Receipt", "Amount"), 0.23, amount=True)]
        rows = [list(row) for row in amount_rows(receipt)]
        totals = [[total, "", money(receipt.total_fen)]]
    else:
        columns = [MoneyColumn(translate("Receipt", "Item and period"), 0.74),
                   MoneyColumn(translate("Receipt", "Amount"), 0.26, amount=True)]
        rows = [[what, amount] for what, _qty, amount in amount_rows(receipt)]
        totals = [[total, money(receipt.total_fen)]]
    return money_table(doc, columns, rows, totals=totals,
                       compact=len(rows) > COMPACT_LINES)


def _roll_items(doc: DocumentBuilder, receipt: ReceiptRow) -> Flowable:
    # Narrow paper: what was paid on the left, the amount on the right, a sale's quantity
    # × price on a small line under its name.
    s = doc.styles
    width = doc.geometry.frame_width
    amount_style = ParagraphStyle("receipt_roll_amount", parent=s.body, alignment=TA_RIGHT)
    total_style = ParagraphStyle("receipt_roll_total", parent=s.value_large,
                                 alignment=TA_RIGHT)
    field = translate("Receipt", "Item and period")
    data: list[list[object]] = []
    for what, qty, amount in amount_rows(receipt):
        left: list[Flowable] = [doc.paragraph(what, field=field)]
        if qty:
            left.append(doc.paragraph(qty, field=field, style=s.small))
        data.append([left, doc.paragraph(amount, field=field, style=amount_style)])
    total = translate("Receipt", "Total received")
    data.append([doc.paragraph(total, field=total, style=s.value_large),
                 doc.paragraph(money(receipt.total_fen), field=total, style=total_style)])
    table = Table(data, colWidths=[width * 0.64, width * 0.36], hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LINEBELOW", (0, 0), (-1, -3), 0.25, HAIRLINE),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, INK),
    ]))
    return table


def _payment_rows(receipt: ReceiptRow) -> list[KeyValue]:
    rows = [KeyValue(translate("Receipt", "Paid by"), payment_text(receipt))]
    if cash := cash_text(receipt):
        rows.append(KeyValue(translate("Receipt", "Cash"), cash))
    if receipt.credit_added_fen:
        rows.append(KeyValue(translate("Receipt", "Credit kept"),
                             fill(translate("Receipt", "%1, used by the unit's next bills"),
                                  money(receipt.credit_added_fen))))
    if receipt.note:
        rows.append(KeyValue(translate("Receipt", "Note"), receipt.note))
    if invoice := invoice_text(receipt):
        rows.append(KeyValue(translate("Receipt", "Invoice"), invoice))
    if void := void_text(receipt):
        rows.append(KeyValue(translate("Receipt", "Voided"), void, large=True))
    return rows


def _signed(doc: DocumentBuilder, receipt: ReceiptRow) -> list[Flowable]:
    """Cashier and counter on the left, the stamp box on the right (on a roll, below)."""
    s = doc.styles
    width = doc.geometry.frame_width
    who = [doc.paragraph(fill(translate("Receipt", "Cashier: %1"), receipt.cashier),
                         field=translate("Receipt", "Cashier"))]
    if receipt.desk:
        who.append(doc.paragraph(fill(translate("Receipt", "Counter: %1"), receipt.desk),
                                 field=translate("Receipt", "Counter"), style=s.small))
    stamp = StampBox(doc, receipt.stamp)
    if doc.geometry.is_roll:
        return [*who, doc.spacer(1.5 * mm), stamp]
    stamp_width = stamp.wrap(width, 0)[0] + 2 * mm
    table = Table([[who, stamp]], colWidths=[width - stamp_width, stamp_width], hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def receipt_flowables(doc: DocumentBuilder, receipt: ReceiptRow) -> list[Flowable]:
    """The body of the receipt below the organisation header, title and marks."""
    # The total, how it was paid and the stamp stay together below the last item.
    flowables: list[Flowable] = [
        *_header_rows(doc, receipt),
        doc.spacer(2 * mm),
        _items(doc, receipt),
        doc.spacer(2 * mm),
        KeepTogether([amount_in_words(doc, receipt.total_fen), doc.spacer(2 * mm),
                      doc.key_values(_payment_rows(receipt)), doc.spacer(3 * mm),
                      *_signed(doc, receipt)]),
    ]
    if note := deposit_note(receipt):
        flowables += [doc.spacer(2 * mm), doc.note(note)]
    return flowables


def render_receipt(receipt: ReceiptRow, org: OrgInfo, paper: Paper, out: Path, *,
                   now: dt.datetime | None = None, strict: bool = False) -> RenderResult:
    """Print ``receipt`` on ``paper`` to ``out``: an A5 sheet, an 80 mm roll, or the values
    into a pre-printed three-part form (:mod:`deskapp.output.receipt_form`).

    Raises:
        ValueError: ``paper`` is not laid out for receipts.
        UnprintableText: In strict mode, when a text has a character the font lacks.
    """
    if paper not in PAPERS:
        raise ValueError(f"a receipt is laid out for {PAPERS}, not {paper}")
    if paper is Paper.FORM241:
        from deskapp.output.receipt_form import render_receipt_form

        return render_receipt_form(receipt, org, out, now=now, strict=strict)
    # Every page names the receipt: the pages of a long one may come apart.
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: receipt_flowables(doc, receipt), now=now,
                  strict=strict, pdf_title=f"{title()} {receipt.number}",
                  marks=receipt_marks(receipt), footer_note=f"{title()} {receipt.number}")
