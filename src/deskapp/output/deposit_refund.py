"""The deposit refund slip 退押金单: the deposit as it was taken (its receipt's number, kind,
payer, what it was held for, the amount), each deduction with its reason, the amount given
back in figures and in capitals, how, and the signatures of who received it and who
approved it. A5.

A deposit still held prints the same slip with the deductions and the amount left blank:
the sign-off sheet the supervisor and the payer fill in before the money goes back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.fees.records import PART_METHODS, DepositState
from deskapp.domain.fees.rows import DepositRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, RenderResult, format_local, render
from deskapp.output.fee_parts import MoneyColumn, amount_in_words, money, money_table
from deskapp.output.form_grid import Choice, FormGrid, signature_cells

PAPERS = (Paper.A5, Paper.A4)
BLANK_DEDUCTIONS = 3  # rows to write deductions in by hand on a deposit still held


def title() -> str:
    """The slip's title in the user's language."""
    return translate("DepositRefund", "Deposit refund slip")


def deposit_flowables(doc: DocumentBuilder, deposit: DepositRow) -> list[Flowable]:
    """The deposit, its deductions, the amount refunded and the signatures."""
    refund = deposit.refund
    grid = FormGrid(doc, label_share=0.2)
    if refund is not None:
        grid.pair(translate("DepositRefund", "Refund No."), refund.number,
                  translate("DepositRefund", "Refunded on"), format_local(refund.at),
                  large=True)
    grid.pair(translate("DepositRefund", "Receipt No."), deposit.receipt_number,
              translate("DepositRefund", "Taken on"), format_local(deposit.taken_at),
              large=True)
    grid.pair(translate("DepositRefund", "Kind"), deposit.kind.label(),
              translate("DepositRefund", "Unit"), deposit.unit_label)
    grid.pair(translate("DepositRefund", "Paid by"), deposit.payer,
              translate("DepositRefund", "Amount held"), money(deposit.amount_fen))
    if deposit.purpose:
        grid.wide(translate("DepositRefund", "Held for"), deposit.purpose)
    deductions = refund.deductions if refund is not None else ()
    total = (money(refund.deducted_fen) if refund is not None else "")
    table = money_table(
        doc, [MoneyColumn(translate("DepositRefund", "Deduction and reason"), 0.72),
              MoneyColumn(translate("DepositRefund", "Amount"), 0.28, amount=True)],
        [[d.reason, money(d.amount_fen)] for d in deductions],
        blank_rows=0 if refund is not None else BLANK_DEDUCTIONS,
        totals=[[translate("DepositRefund", "Total deducted"), total]])
    flowables: list[Flowable] = [*grid.flowables(), doc.spacer(2.5 * mm), table,
                                 doc.spacer(2.5 * mm)]
    label = translate("DepositRefund", "Refunded (in capitals)")
    if refund is not None:
        flowables.append(amount_in_words(doc, refund.refunded_fen, label=label))
        how = FormGrid(doc, label_share=0.2)
        how.pair(translate("DepositRefund", "Refunded by"), refund.method.label(),
                 translate("DepositRefund", "Cashier"), refund.cashier)
        flowables += [doc.spacer(2.5 * mm), *how.flowables()]
    else:
        blank = FormGrid(doc, label_share=0.2)
        blank.wide(label, "", min_height=10 * mm)
        blank.pair(translate("DepositRefund", "In figures"), "",
                   translate("DepositRefund", "Cashier"), "")
        blank.choices(translate("DepositRefund", "Refunded by"),
                      [Choice(m.label(), False) for m in PART_METHODS])
        flowables += blank.flowables()
    received = (fill(translate("DepositRefund", "Received by: %1 (signature)"),
                     refund.received_by) if refund is not None and refund.received_by
                else translate("DepositRefund", "Received by (signature)"))
    approved = (fill(translate("DepositRefund", "Approved by: %1 (signature)"),
                     refund.approved_by) if refund is not None and refund.approved_by
                else translate("DepositRefund", "Approved by (signature)"))
    flowables += [
        doc.spacer(3 * mm),
        signature_cells(doc, [received, approved], height=20 * mm),
        doc.spacer(2 * mm),
        doc.note(translate("DepositRefund", "A deposit is refunded only against its receipt, "
                                            "which the counter keeps with this slip.")),
    ]
    return flowables


def render_deposit_refund(deposit: DepositRow, org: OrgInfo, paper: Paper, out: Path, *,
                          now: dt.datetime | None = None,
                          strict: bool = False) -> RenderResult:
    """Print the refund slip of ``deposit`` to ``out`` (blank to fill in while still held).

    Raises:
        ValueError: ``paper`` is not laid out for the slip, or the deposit's receipt was
            voided (it was never held: there is nothing to refund).
    """
    if paper not in PAPERS:
        raise ValueError(f"a deposit refund slip is laid out for {PAPERS}, not {paper}")
    if deposit.state is DepositState.VOID:
        raise ValueError(f"deposit {deposit.id} was voided: it has no refund slip")
    number = deposit.refund.number if deposit.refund is not None else deposit.receipt_number
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: deposit_flowables(doc, deposit), now=now, strict=strict,
                  pdf_title=f"{title()} {number}")
