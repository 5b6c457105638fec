"""The shift handover record (交接班记录): one note as the outgoing shift left it — when,
by whom, the shift, what the next shift should know —, then its items to follow up with a
column for who signed each off, and the lines for both shifts' signatures. A5."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from deskapp.domain.handover.records import ItemRow, NoteRow, kind_label
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    HAIRLINE,
    INK,
    DocumentBuilder,
    KeyValue,
    RenderResult,
    format_local,
    render,
)

PAPERS = (Paper.A5,)
HEAD_FILL = colors.Color(0.9, 0.9, 0.9)
# Share of the frame per column: number, item, signed off.
COLUMNS = (0.07, 0.58, 0.35)


def title() -> str:
    """The record's title in the user's language."""
    return translate("HandoverNote", "Shift handover record")


def note_rows(note: NoteRow) -> list[KeyValue]:
    """The label/value rows above the items."""
    rows = [KeyValue(translate("HandoverNote", "Written at"), format_local(note.written_at)),
            KeyValue(translate("HandoverNote", "Handed over by"), note.written_by or "—")]
    if note.shift:
        rows.append(KeyValue(translate("HandoverNote", "Shift"), note.shift))
    if note.desk:
        rows.append(KeyValue(translate("HandoverNote", "Counter"), note.desk))
    if note.acknowledged_at is not None:
        rows.append(KeyValue(translate("HandoverNote", "Read by"), fill(
            translate("HandoverNote", "%1 at %2"), note.acknowledged_by or "—",
            format_local(note.acknowledged_at))))
    if note.text:
        rows.append(KeyValue(translate("HandoverNote", "To know"), note.text, large=True))
    return rows


def item_text(item: ItemRow) -> str:
    """The item as printed, with what it links to."""
    if item.record_kind is None:
        return item.text
    return fill(translate("HandoverNote", "%1 (%2 %3)"), item.text,
                kind_label(item.record_kind), item.record_id)


def done_text(item: ItemRow) -> str:
    """Who signed the item off and when, or nothing (a line to sign on paper)."""
    if item.done_at is None:
        return ""
    parts = [item.done_by, format_local(item.done_at, fmt="%m-%d %H:%M"), item.done_note]
    return " ".join(p for p in parts if p)


def items_table(doc: DocumentBuilder, note: NoteRow) -> Table:
    """The items, numbered, with the signed-off column."""
    heads = [translate("HandoverNote", "No."), translate("HandoverNote", "To follow up"),
             translate("HandoverNote", "Signed off")]
    data: list[list[object]] = [[doc.paragraph(h, field=h) for h in heads]]
    for item in note.items:
        data.append([doc.paragraph(str(item.position), field=heads[0]),
                     doc.paragraph(item_text(item), field=heads[1]),
                     doc.paragraph(done_text(item), field=heads[2])])
    width = doc.geometry.frame_width
    table = Table(data, colWidths=[width * share for share in COLUMNS], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HAIRLINE),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def note_flowables(doc: DocumentBuilder, note: NoteRow) -> list[Flowable]:
    """The body below the organisation header and title."""
    body: list[Flowable] = [doc.key_values(note_rows(note)), doc.spacer(3 * mm)]
    if note.items:
        body += [items_table(doc, note), doc.spacer(3 * mm)]
    body += [doc.signature_line(translate("HandoverNote", "Handed over (signature)")),
             doc.signature_line(translate("HandoverNote", "Taken over (signature)"))]
    return body


def render_handover_note(note: NoteRow, org: OrgInfo, paper: Paper, out: Path, *,
                         now: dt.datetime | None = None) -> RenderResult:
    """Print ``note`` to ``out`` (PDF, written atomically).

    Raises:
        ValueError: ``paper`` is not laid out for the handover record.
    """
    if paper not in PAPERS:
        raise ValueError(f"a handover record is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: note_flowables(doc, note), now=now,
                  pdf_title=f"{title()} {note.id}")
