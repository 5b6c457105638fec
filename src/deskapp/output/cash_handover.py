"""The daily takings handover 日收入情况交接表: one page per cashier of the day — the money
by method, the receipts issued (first and last number, how many, those voided), deposits
taken and refunded on lines of their own (money held is not income), the cash in the drawer
against what it should hold, and the signatures of who handed the money over and who
received it. A4.

A day not yet handed over prints with the float, the counted cash and the difference left
blank to fill in by hand; once handed over, with what was entered and the difference kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from deskapp.domain.fees.rows import HandoverSummary
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, RenderResult, format_local, render
from deskapp.output.fee_parts import MoneyColumn, money, money_table
from deskapp.output.form_grid import FormGrid, signature_cells

PAPERS = (Paper.A4,)


def title() -> str:
    """The sheet's title in the user's language."""
    return translate("CashHandover", "Daily takings handover")


def difference_text(summary: HandoverSummary) -> str:
    """``¥0.00``, ``¥1.50 over`` or ``¥2.00 short`` ("" before the count)."""
    difference = summary.difference_fen
    if difference is None:
        return ""
    if difference > 0:
        return fill(translate("CashHandover", "%1 over"), money(difference))
    if difference < 0:
        return fill(translate("CashHandover", "%1 short"), money(-difference))
    return money(0)


def numbers_text(summary: HandoverSummary) -> str:
    """``SK2026-000120 – SK2026-000131`` (one number alone; "" for none)."""
    if not summary.first_number:
        return ""
    if summary.first_number == summary.last_number:
        return summary.first_number
    return f"{summary.first_number} – {summary.last_number}"


def method_rows(summary: HandoverSummary) -> list[list[str]]:
    """(method, receipts, amount) for every method that took money."""
    return [[t.method.label(), str(t.receipts), money(t.amount_fen)]
            for t in summary.by_method]


def cash_rows(summary: HandoverSummary) -> list[list[str]]:
    """The drawer's count: what came in and went out, what it should hold, what it held."""
    counted = summary.counted_cash_fen is not None
    blank = ""
    return [
        [translate("CashHandover", "Float at the start of the day"),
         money(summary.float_fen) if counted else blank],
        [translate("CashHandover", "Cash received (change given back)"),
         money(summary.cash_in_fen)],
        [translate("CashHandover", "Cash paid out (deposit refunds)"),
         money(summary.cash_out_fen)],
        [translate("CashHandover", "Cash expected in the drawer"),
         money(summary.expected_cash_fen) if counted else blank],
        [translate("CashHandover", "Cash counted"),
         money(summary.counted_cash_fen) if summary.counted_cash_fen is not None else blank],
        [translate("CashHandover", "Difference (counted less expected)"),
         difference_text(summary)],
    ]


def cashier_flowables(doc: DocumentBuilder, summary: HandoverSummary,
                      org: OrgInfo) -> list[Flowable]:
    """One cashier's page."""
    grid = FormGrid(doc)
    grid.pair(translate("CashHandover", "Date"), summary.day.isoformat(),
              translate("CashHandover", "Cashier"), summary.cashier, large=True)
    state = (fill(translate("CashHandover", "Handed over %1"),
                  format_local(summary.handed_over_at)) if summary.handed_over_at
             else translate("CashHandover", "Not handed over yet"))
    grid.wide(translate("CashHandover", "State"), state)
    grid.section(translate("CashHandover", "Receipts"))
    grid.pair(translate("CashHandover", "Numbers"), numbers_text(summary),
              translate("CashHandover", "Issued"), str(summary.receipts))
    voided = ", ".join(summary.voided_numbers) or translate("CashHandover", "None")
    grid.wide(translate("CashHandover", "Voided"), voided)
    grid.section(translate("CashHandover", "Deposits (money held, not income)"))
    grid.pair(translate("CashHandover", "Taken"),
              fill(translate("CashHandover", "%1 (%2)"), money(summary.deposits_taken_fen),
                   summary.deposits_taken),
              translate("CashHandover", "Refunded"),
              fill(translate("CashHandover", "%1 (%2)"), money(summary.deposits_refunded_fen),
                   summary.deposits_refunded))
    income = summary.total_fen - summary.deposits_taken_fen
    methods = money_table(
        doc, [MoneyColumn(translate("CashHandover", "Method"), 0.5),
              MoneyColumn(translate("CashHandover", "Receipts"), 0.2, amount=True),
              MoneyColumn(translate("CashHandover", "Amount"), 0.3, amount=True)],
        method_rows(summary),
        totals=[[translate("CashHandover", "Total received"), "", money(summary.total_fen)],
                [translate("CashHandover", "of which deposits held"), "",
                 money(summary.deposits_taken_fen)],
                [translate("CashHandover", "of which fee income"), "", money(income)]])
    cash = money_table(doc, [MoneyColumn(translate("CashHandover", "Cash"), 0.65),
                             MoneyColumn(translate("CashHandover", "Amount"), 0.35,
                                         amount=True)],
                       cash_rows(summary))
    flowables: list[Flowable] = [
        *doc.org_header(org), doc.rule(space=1.6 * mm), doc.title(title()),
        doc.spacer(1.5 * mm), *doc.mark_bands(),
        *grid.flowables(), doc.spacer(3 * mm),
        methods, doc.spacer(3 * mm),
        cash, doc.spacer(3 * mm),
    ]
    if summary.note:
        note = FormGrid(doc)
        note.wide(translate("CashHandover", "Note"), summary.note)
        flowables += [*note.flowables(), doc.spacer(3 * mm)]
    received = (fill(translate("CashHandover", "Received by: %1 (signature)"),
                     summary.received_by) if summary.received_by
                else translate("CashHandover", "Received by (signature)"))
    flowables.append(signature_cells(doc, [
        fill(translate("CashHandover", "Handed over by: %1 (signature)"), summary.cashier),
        received]))
    return flowables


def render_cash_handover(summaries: Sequence[HandoverSummary], org: OrgInfo, paper: Paper,
                         out: Path, *, now: dt.datetime | None = None,
                         strict: bool = False) -> RenderResult:
    """Print one page per cashier of ``summaries`` (one day's) into ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the sheet, or there is no cashier.
    """
    if paper not in PAPERS:
        raise ValueError(f"the handover sheet is laid out for {PAPERS}, not {paper}")
    if not summaries:
        raise ValueError("a handover sheet needs at least one cashier")

    def content(doc: DocumentBuilder) -> list[Flowable]:
        flowables: list[Flowable] = []
        for index, summary in enumerate(summaries):
            if index:
                flowables.append(PageBreak())
            flowables += cashier_flowables(doc, summary, org)
        return flowables

    return render(out, paper=paper, org=org, title=title(), content=content, now=now,
                  strict=strict, header=False, mark_bands=False,
                  pdf_title=f"{title()} {summaries[0].day.isoformat()}")
