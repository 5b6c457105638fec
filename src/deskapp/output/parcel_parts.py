"""What the parcel papers share: a parcel's cells as printed, and the list of parcels — a
ruled table on a sheet (the heads repeated on every page, a row never split, the long
waiting shaded), one block per parcel on an 80 mm roll."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from deskapp.domain.clock import format_local
from deskapp.domain.services.parcels.rows import ParcelRow
from deskapp.i18n import fill, translate
from deskapp.output.document import HAIRLINE, INK, DocumentBuilder, KeyValue

HEAD_FILL = colors.Color(0.88, 0.88, 0.88)
LONG_FILL = colors.Color(0.93, 0.93, 0.93)  # waiting over 3 days: look twice
TABLE_SCALE = 0.9  # of the body size: a list is read close up
RECEIVED = "%m-%d %H:%M"


@dataclass(frozen=True)
class ListColumn:
    """One column of a parcel list: its head, its share of the width, and its cell."""

    heading: str
    share: float
    cell: Callable[[ParcelRow], str]


def received_text(row: ParcelRow) -> str:
    """When it came, as the lists print it: ``11-23 09:30``."""
    return format_local(row.received_at, fmt=RECEIVED)


def waited_text(row: ParcelRow, at: dt.datetime) -> str:
    """How long it has waited, in whole days."""
    days = row.waited(at).days
    if days < 1:
        return translate("ParcelPapers", "<1 day")
    return fill(translate("ParcelPapers", "%1 days"), days)


def carrier_cell(row: ParcelRow) -> str:
    """The carrier, and the waybill under it (what the recipient knows it by)."""
    return "\n".join(part for part in (row.carrier_text, row.waybill) if part)


def kind_cell(row: ParcelRow) -> str:
    """The kind, with the damage noted at intake under it."""
    if row.condition:
        return row.kind.label() + "\n" + fill(translate("ParcelPapers", "Damaged: %1"),
                                              row.condition)
    return row.kind.label()


def parcel_list(doc: DocumentBuilder, columns: Sequence[ListColumn],
                parcels: Sequence[ParcelRow], *,
                shaded: Sequence[bool] = ()) -> list[Flowable]:
    """The parcels as a ruled table (sheet) or one block each (roll); ``shaded`` rows are
    those that waited long."""
    if doc.geometry.is_roll:
        return _blocks(doc, columns, parcels)
    size = doc.geometry.base_size * TABLE_SCALE
    body = ParagraphStyle("parcel_cell", parent=doc.styles.body, fontSize=size,
                          leading=round(size * 1.25, 1))
    head = ParagraphStyle("parcel_head", parent=body, textColor=INK)
    data: list[list[object]] = [[doc.paragraph(c.heading, field=c.heading, style=head)
                                 for c in columns]]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HAIRLINE),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
    ]
    for index, row in enumerate(parcels, start=1):
        data.append([doc.paragraph(c.cell(row), field=c.heading, style=body)
                     for c in columns])
        if index - 1 < len(shaded) and shaded[index - 1]:
            commands.append(("BACKGROUND", (0, index), (-1, index), LONG_FILL))
    width = doc.geometry.frame_width
    table = Table(data, colWidths=[width * c.share for c in columns], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(doc.table_style(commands))
    return [table]


def _blocks(doc: DocumentBuilder, columns: Sequence[ListColumn],
            parcels: Sequence[ParcelRow]) -> list[Flowable]:
    """On a roll: each parcel's cells as label and value lines, a rule between parcels."""
    story: list[Flowable] = []
    for row in parcels:
        rows = [KeyValue(c.heading, c.cell(row), large=i == 0)
                for i, c in enumerate(columns)]
        story += [KeepTogether([doc.key_values([r for r in rows if r.value])]),
                  doc.rule(space=1.2 * mm, thickness=0.5)]
    return story
