"""The payment notice 缴费通知单 sent to a unit before its bills fall due: what it owes, item
by item and period by period, the total in figures and in capitals, the date to pay by, and
where and how to pay. A4; a batch prints one page per unit into one PDF.

A barcode carries the unit number, so the cashier scans the notice the payer brings instead
of typing the unit (a unit number the barcode cannot carry, with Chinese in it, is typed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from deskapp.domain.fees.records import PART_METHODS
from deskapp.domain.fees.rows import ChargeRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, KeyValue, RenderResult, render
from deskapp.output.fee_parts import (
    MoneyColumn,
    amount_in_words,
    money,
    money_table,
    price,
    quantity,
)
from deskapp.output.form_grid import FormGrid

PAPERS = (Paper.A4,)


def title() -> str:
    """The notice's title in the user's language."""
    return translate("PaymentNotice", "Payment notice")


@dataclass(frozen=True)
class NoticeUnit:
    """One unit's notice: the unit, who pays for it, and its charges still owed."""

    unit_id: int
    unit_label: str
    payer: str
    charges: tuple[ChargeRow, ...]

    @property
    def owed_fen(self) -> int:
        """Everything still owed on the charges."""
        return sum(c.outstanding_fen for c in self.charges)

    @property
    def pay_by(self) -> dt.date | None:
        """The last due date of its charges: the notice asks for all of it by then."""
        return max((c.due_on for c in self.charges), default=None)


def basis_text(charge: ChargeRow) -> str:
    """``89.35 × ¥2.35``: how the amount was reached ("" for one of a fixed amount)."""
    if not charge.unit_price or charge.quantity == 100:
        return ""
    return fill(translate("PaymentNotice", "%1 × %2"), quantity(charge.quantity),
                price(charge.unit_price))


def due_text(charge: ChargeRow, today: dt.date) -> str:
    """The due date, and how long overdue when it is."""
    days = charge.overdue_days(today)
    due = charge.due_on.isoformat()
    if not days:
        return due
    return fill(translate("PaymentNotice", "%1\n%2 days overdue"), due, days)


def how_to_pay(org: OrgInfo, *, paid_already: bool = True) -> list[str]:
    """Where to pay, how, and whom to ask: the paragraphs under the total; with
    ``paid_already``, the line asking a payer who has paid to disregard the notice."""
    where = org.counter or translate("PaymentNotice", "the property service centre")
    place = (fill(translate("PaymentNotice", "%1, %2"), where, org.address) if org.address
             else where)
    methods = translate("PaymentNotice", ", ").join(m.label() for m in PART_METHODS)
    lines = [
        fill(translate("PaymentNotice", "Where to pay: at %1."), place),
        fill(translate("PaymentNotice", "How to pay: %1. Every payment is given a receipt."),
             methods),
    ]
    if org.phone:
        lines.append(fill(translate("PaymentNotice", "Questions about this notice: call %1."),
                          org.phone))
    if paid_already:
        lines.append(translate("PaymentNotice", "If you have paid already, please disregard "
                                                "this notice, and thank you."))
    return lines


def notice_flowables(doc: DocumentBuilder, notice: NoticeUnit, org: OrgInfo,
                     today: dt.date) -> list[Flowable]:
    """One unit's page: header, marks, the charges, the total, and how to pay."""
    s = doc.styles
    flowables: list[Flowable] = [*doc.org_header(org), doc.rule(space=1.6 * mm),
                                 doc.title(title()), doc.spacer(1.5 * mm), *doc.mark_bands()]
    grid = FormGrid(doc)
    grid.pair(translate("PaymentNotice", "Unit"), notice.unit_label,
              translate("PaymentNotice", "Payer"), notice.payer, large=True)
    pay_by = notice.pay_by.isoformat() if notice.pay_by else ""
    grid.pair(translate("PaymentNotice", "Notice date"), today.isoformat(),
              translate("PaymentNotice", "Pay by"), pay_by)
    flowables += grid.flowables()
    greeting = fill(translate(
        "PaymentNotice", "To the occupant of %1: the fees below are due. Please pay them by "
                         "%2. Thank you for your support of our work."), notice.unit_label,
        pay_by)
    flowables += [doc.spacer(3 * mm),
                  doc.paragraph(greeting, field=translate("PaymentNotice", "Notice")),
                  doc.spacer(3 * mm)]
    columns = [MoneyColumn(translate("PaymentNotice", "Item"), 0.21),
               MoneyColumn(translate("PaymentNotice", "Period"), 0.11),
               MoneyColumn(translate("PaymentNotice", "Quantity × unit price"), 0.2),
               MoneyColumn(translate("PaymentNotice", "Due on"), 0.17),
               MoneyColumn(translate("PaymentNotice", "Amount"), 0.14, amount=True),
               MoneyColumn(translate("PaymentNotice", "Still owed"), 0.17, amount=True)]
    rows = [[c.item_name, c.period, basis_text(c), due_text(c, today), money(c.amount_fen),
             money(c.outstanding_fen)] for c in notice.charges]
    total = [translate("PaymentNotice", "Total owed"), "", "", "",
             money(sum(c.amount_fen for c in notice.charges)), money(notice.owed_fen)]
    flowables += [money_table(doc, columns, rows, totals=[total]), doc.spacer(2 * mm),
                  amount_in_words(doc, notice.owed_fen,
                                  label=translate("PaymentNotice", "Total owed (in capitals)")),
                  doc.spacer(4 * mm)]
    field = translate("PaymentNotice", "How to pay")
    flowables.append(KeepTogether(
        [doc.key_values([KeyValue(field, "\n".join(how_to_pay(org)))])]))
    if code := _unit_code(doc, notice.unit_label):
        flowables += [doc.spacer(5 * mm), code,
                      doc.paragraph(translate("PaymentNotice", "Bring this notice to the "
                                                              "counter: it is scanned to find "
                                                              "your unit."), field=field,
                                    style=s.note)]
    return flowables


def _unit_code(doc: DocumentBuilder, unit_label: str) -> Flowable | None:
    # Code128 carries ASCII only; a unit number with Chinese in it is typed at the counter.
    if not unit_label or not all(" " <= c <= "~" for c in unit_label):
        return None
    try:
        return doc.barcode(unit_label, bar_height=10 * mm)
    except ValueError:
        return None


def render_payment_notices(notices: Sequence[NoticeUnit], org: OrgInfo, paper: Paper,
                           out: Path, *, today: dt.date, now: dt.datetime | None = None,
                           strict: bool = False) -> RenderResult:
    """Print one page (or more, for a long list) per unit of ``notices`` into ``out``.

    Args:
        today: The notice's date; charges past their due date show how long overdue.

    Raises:
        ValueError: ``paper`` is not laid out for the notice, or there is no unit to print.
    """
    if paper not in PAPERS:
        raise ValueError(f"a payment notice is laid out for {PAPERS}, not {paper}")
    if not notices:
        raise ValueError("a payment notice needs at least one unit")

    def content(doc: DocumentBuilder) -> list[Flowable]:
        flowables: list[Flowable] = []
        for index, notice in enumerate(notices):
            if index:
                flowables.append(PageBreak())
            flowables += notice_flowables(doc, notice, org, today)
        return flowables

    label = notices[0].unit_label if len(notices) == 1 else fill(
        translate("PaymentNotice", "%1 units"), len(notices))
    return render(out, paper=paper, org=org, title=title(), content=content, now=now,
                  strict=strict, header=False, mark_bands=False,
                  pdf_title=f"{title()} {label}")
