"""The rate schedule 收费标准公示 posted where fees are paid: every item still charged, its
category, what it is priced by, the unit price as posted (¥2.35 / m² / month), how often it
is billed and since when the price holds, under the note that these are the approved
rates and the desk may not set its own. A4.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.fees.billing_records import RateScheduleLine
from deskapp.domain.fees.records import Category
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, RenderResult, render
from deskapp.output.fee_parts import MoneyColumn, money_table, price_text

PAPERS = (Paper.A4,)


def title() -> str:
    """The schedule's title in the user's language."""
    return translate("RateSchedule", "Fee rates")


def ordered(lines: Sequence[RateScheduleLine]) -> list[RateScheduleLine]:
    """The lines by category (in the order the categories are listed), then by name."""
    order = list(Category)
    return sorted(lines, key=lambda line: (order.index(line.category), line.name, line.item_id))


def schedule_rows(lines: Sequence[RateScheduleLine]) -> list[list[str]]:
    """(category, item, priced by, unit price per period, since, note) of every line; the
    category only on the first line of its group."""
    rows = []
    previous = None
    for line in ordered(lines):
        category = line.category.label() if line.category is not previous else ""
        previous = line.category
        price = price_text(line.unit_price, line.pricing, line.cycle)
        rows.append([category, line.name, line.pricing.label(), price,
                     line.effective_from.isoformat(), line.note])
    return rows


def schedule_notes(org: OrgInfo) -> list[str]:
    """The paragraphs under the table."""
    notes = [
        translate("RateSchedule", "These are the approved rates. The service counter charges "
                                  "by them alone and may not set rates of its own."),
        translate("RateSchedule", "Every payment is given a receipt stating the items and "
                                  "periods paid; deposits are money held and refunded against "
                                  "their receipt."),
    ]
    if org.phone:
        notes.append(fill(translate("RateSchedule", "Questions about the rates: call %1."),
                          org.phone))
    return notes


def schedule_flowables(doc: DocumentBuilder, lines: Sequence[RateScheduleLine], org: OrgInfo,
                       today: dt.date) -> list[Flowable]:
    """The table of rates and the notes below it."""
    # The cycle is in the price (¥2.35 / m² / month; a price without a period is charged
    # when asked for), so it needs no column of its own.
    columns = [MoneyColumn(translate("RateSchedule", "Category"), 0.16),
               MoneyColumn(translate("RateSchedule", "Item"), 0.2),
               MoneyColumn(translate("RateSchedule", "Priced by"), 0.16),
               MoneyColumn(translate("RateSchedule", "Unit price"), 0.2, amount=True),
               MoneyColumn(translate("RateSchedule", "Since"), 0.14),
               MoneyColumn(translate("RateSchedule", "Note"), 0.14)]
    field = translate("RateSchedule", "Note")
    flowables: list[Flowable] = [
        doc.paragraph(fill(translate("RateSchedule", "In force on %1"), today.isoformat()),
                      field=field, style=doc.styles.note),
        doc.spacer(3 * mm),
    ]
    if lines:
        flowables.append(money_table(doc, columns, schedule_rows(lines)))
    else:
        flowables.append(doc.paragraph(translate("RateSchedule", "No charge items are set up."),
                                       field=field))
    flowables.append(doc.spacer(4 * mm))
    flowables += [doc.paragraph(text, field=field) for text in schedule_notes(org)]
    return flowables


def render_rate_schedule(lines: Sequence[RateScheduleLine], org: OrgInfo, paper: Paper,
                         out: Path, *, today: dt.date, now: dt.datetime | None = None,
                         strict: bool = False) -> RenderResult:
    """Print the rate schedule of ``lines`` as in force on ``today`` to ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the schedule.
    """
    if paper not in PAPERS:
        raise ValueError(f"the rate schedule is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: schedule_flowables(doc, lines, org, today), now=now,
                  strict=strict)
