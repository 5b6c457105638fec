"""The dunning notice 催缴通知书 of a stage (first, second, final): the notice's number, the
unit and its occupant, the charges past due and still owed, the total in figures and in
capitals, the day to pay by, how to pay, the stage's standard paragraphs, and a delivery
receipt 回执 to tear off, signed by whoever received the notice — the evidence the ladder
of dunning needs. A4.

The paragraphs come from the domain (worded within the law: the Civil Code, art. 944,
forbids cutting water, electricity, heating or gas to collect fees, so no notice says it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from deskapp.domain.fees.rows import ChargeRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, RenderResult, format_local, render
from deskapp.output.fee_parts import (
    MoneyColumn,
    amount_in_words,
    centred_heading,
    money,
    money_table,
)
from deskapp.output.form_grid import CutLine, FormGrid, signature_cells
from deskapp.output.payment_notice import how_to_pay

PAPERS = (Paper.A4,)
ONE_PAGE_ROWS = 15


def kind_title() -> str:
    """What the paper is, whatever its stage."""
    return translate("DunningNotice", "Dunning notice")


@dataclass(frozen=True)
class DunningPaper:
    """What a dunning notice prints.

    Attributes:
        number: The notice's number (CJ2026-0003).
        title: The stage's heading ("Final Payment Notice").
        stage: The stage in words ("Final notice").
        unit_label: The unit.
        payer: Whom it is addressed to: the company, else the occupant.
        occupant: The occupant, when a company is addressed.
        charges: The charges past due and still owed, oldest first.
        pay_by: The day to pay by.
        issued_at: When the notice was issued.
        paragraphs: The stage's standard paragraphs.
        issued_by: Who issued it.
    """

    number: str
    title: str
    stage: str
    unit_label: str
    payer: str
    occupant: str
    charges: tuple[ChargeRow, ...]
    pay_by: dt.date
    issued_at: dt.datetime
    paragraphs: tuple[str, ...]
    issued_by: str = ""

    @property
    def owed_fen(self) -> int:
        """Everything still owed of the charges named."""
        return sum(c.outstanding_fen for c in self.charges)


def arrears_rows(notice: DunningPaper) -> list[list[str]]:
    """(item, period, due on, days overdue, still owed) of every charge named."""
    day = notice.issued_at.astimezone().date()
    return [[c.item_name, c.period, c.due_on.isoformat(), str(c.overdue_days(day)),
             money(c.outstanding_fen)] for c in notice.charges]


def notice_flowables(doc: DocumentBuilder, notice: DunningPaper,
                     org: OrgInfo) -> list[Flowable]:
    """The notice under its title, then the delivery receipt to tear off."""
    s = doc.styles
    grid = FormGrid(doc)
    grid.pair(translate("DunningNotice", "Notice No."), notice.number,
              translate("DunningNotice", "Stage"), notice.stage, large=True)
    grid.pair(translate("DunningNotice", "Unit"), notice.unit_label,
              translate("DunningNotice", "To"), notice.payer, large=True)
    if notice.occupant and notice.occupant != notice.payer:
        grid.pair(translate("DunningNotice", "Occupant"), notice.occupant,
                  translate("DunningNotice", "Issued on"),
                  format_local(notice.issued_at, fmt="%Y-%m-%d"))
    else:
        grid.pair(translate("DunningNotice", "Issued on"),
                  format_local(notice.issued_at, fmt="%Y-%m-%d"),
                  translate("DunningNotice", "Pay by"), notice.pay_by.isoformat())
    field = translate("DunningNotice", "Notice")
    salutation = fill(translate("DunningNotice", "To %1 of unit %2:"), notice.payer,
                      notice.unit_label)
    columns = [MoneyColumn(translate("DunningNotice", "Item"), 0.3),
               MoneyColumn(translate("DunningNotice", "Period"), 0.16),
               MoneyColumn(translate("DunningNotice", "Due on"), 0.18),
               MoneyColumn(translate("DunningNotice", "Days overdue"), 0.14, amount=True),
               MoneyColumn(translate("DunningNotice", "Still owed"), 0.22, amount=True)]
    total = [translate("DunningNotice", "Total owed"), "", "", "", money(notice.owed_fen)]
    body = ParagraphStyle("dunning_body", parent=s.body, leading=s.body.fontSize * 1.45,
                          firstLineIndent=2 * s.body.fontSize, spaceAfter=1 * mm)
    pay_by = ParagraphStyle("dunning_pay_by", parent=s.value_large)
    flowables: list[Flowable] = [
        *grid.flowables(),
        doc.spacer(4 * mm),
        doc.paragraph(salutation, field=field),
        doc.spacer(1.5 * mm),
        *[doc.paragraph(text, field=field, style=body) for text in notice.paragraphs],
        doc.spacer(2 * mm),
        money_table(doc, columns, arrears_rows(notice), totals=[total]),
        doc.spacer(2 * mm),
        amount_in_words(doc, notice.owed_fen,
                        label=translate("DunningNotice", "Total owed (in capitals)")),
        doc.spacer(2 * mm),
        doc.paragraph(fill(translate("DunningNotice", "Please pay by %1."),
                           notice.pay_by.isoformat()), field=field, style=pay_by),
        doc.spacer(1.5 * mm),
        *[doc.paragraph(line, field=field, style=s.small)
          for line in how_to_pay(org, paid_already=False)],
        doc.spacer(3 * mm),
        doc.paragraph(f"{org.name}\n{format_local(notice.issued_at, fmt='%Y-%m-%d')}",
                      field=field,
                      style=ParagraphStyle("dunning_sender", parent=s.body, alignment=TA_RIGHT)),
        doc.spacer(3 * mm),
        CutLine(doc, translate("DunningNotice", "Cut here: delivery receipt")),
        doc.spacer(2 * mm),
        _kept_together(doc, delivery_receipt(doc, notice)),
    ]
    return flowables


def _kept_together(doc: DocumentBuilder, flowables: list[Flowable]) -> Table:
    # One table cell never splits across pages (a KeepTogether cannot go into the frame
    # that squeezes a notice onto one page).
    table = Table([[flowables]], colWidths=[doc.geometry.frame_width], hAlign="LEFT")
    table.setStyle(doc.table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def delivery_receipt(doc: DocumentBuilder, notice: DunningPaper) -> list[Flowable]:
    """The slip the recipient signs, kept by the office as proof the notice arrived."""
    grid = FormGrid(doc)
    grid.pair(translate("DunningNotice", "Notice No."), notice.number,
              translate("DunningNotice", "Stage"), notice.stage)
    grid.pair(translate("DunningNotice", "Unit"), notice.unit_label,
              translate("DunningNotice", "Amount owed"), money(notice.owed_fen))
    # Who signed, if not the occupant: family, staff, the company's front desk.
    grid.wide(translate("DunningNotice", "Relation to the unit"), "", min_height=8 * mm)
    return [
        centred_heading(doc, translate("DunningNotice", "Delivery receipt")),
        doc.spacer(2 * mm),
        *grid.flowables(),
        doc.spacer(1.5 * mm),
        doc.paragraph(translate("DunningNotice", "I have received the notice above."),
                      field=translate("DunningNotice", "Delivery receipt"),
                      style=doc.styles.small),
        doc.spacer(1.5 * mm),
        signature_cells(doc, [translate("DunningNotice", "Received by (signature)"),
                              translate("DunningNotice", "Delivered by (signature)")],
                        height=17 * mm),
    ]


def render_dunning_notice(notice: DunningPaper, org: OrgInfo, paper: Paper, out: Path, *,
                          now: dt.datetime | None = None,
                          strict: bool = False) -> RenderResult:
    """Print ``notice`` with its delivery receipt to ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the notice.
    """
    if paper not in PAPERS:
        raise ValueError(f"a dunning notice is laid out for {PAPERS}, not {paper}")
    # The delivery receipt must stay on the notice's sheet: a usual list of arrears is
    # squeezed onto one page; a very long one (years unpaid) runs on, legibly.
    return render(out, paper=paper, org=org, title=notice.title,
                  content=lambda doc: notice_flowables(doc, notice, org), now=now,
                  strict=strict, pdf_title=f"{kind_title()} {notice.number}",
                  one_page=len(notice.charges) <= ONE_PAGE_ROWS)


def charges_named(charges: Sequence[ChargeRow]) -> tuple[ChargeRow, ...]:
    """The charges a notice names: those still owed, oldest due first."""
    return tuple(sorted((c for c in charges if c.outstanding_fen),
                        key=lambda c: (c.due_on, c.period, c.id)))
