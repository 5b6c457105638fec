"""The phone directory (电话联系一览表) posted at the counter: A4 or A5, one table per kind.

Occupants' numbers stay off the paper: the counter never discloses residents' information,
and a sheet on the wall is read by everyone at the desk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from deskapp.domain.calls.phone_book import EntryKind, PhoneEntryRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import HAIRLINE, DocumentBuilder, RenderResult, render

PAPERS = (Paper.A4, Paper.A5)
ORDER = (EntryKind.DEPARTMENT, EntryKind.STAFF, EntryKind.EXTERNAL)


def _section(kind: EntryKind) -> str:
    return {EntryKind.DEPARTMENT: translate("PhoneDirectory", "Departments"),
            EntryKind.STAFF: translate("PhoneDirectory", "Staff"),
            EntryKind.EXTERNAL: translate("PhoneDirectory", "Outside services")}[kind]


def printed_entries(entries: Sequence[PhoneEntryRow], *, confidential: bool
                    ) -> list[PhoneEntryRow]:
    """What goes on paper: numbers in use, no occupant's; confidential ones only when
    allowed."""
    return [e for e in entries if e.active and e.kind in ORDER
            and (confidential or not e.confidential)]


def _table(doc: DocumentBuilder, rows: Sequence[PhoneEntryRow]) -> Table:
    s = doc.styles
    heads = [translate("PhoneDirectory", "Name"), translate("PhoneDirectory", "Organisation"),
             translate("PhoneDirectory", "Number"), translate("PhoneDirectory", "Ext.")]
    data = [[doc.paragraph(h, field=h, style=s.label) for h in heads]]
    for row in rows:
        data.append([doc.paragraph(text, field=heads[i]) for i, text in enumerate(
            (row.name, row.organisation, row.number, row.extension))])
    width = doc.geometry.frame_width
    table = Table(data, colWidths=[width * 0.34, width * 0.30, width * 0.24, width * 0.12],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HAIRLINE),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, HAIRLINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def directory_flowables(doc: DocumentBuilder, entries: Sequence[PhoneEntryRow],
                        reviewed: dt.date | None) -> list[Flowable]:
    """A section per kind, then when the list was last checked."""
    story: list[Flowable] = []
    for kind in ORDER:
        rows = [e for e in entries if e.kind is kind]
        if not rows:
            continue
        story.append(doc.paragraph(_section(kind), field=_section(kind),
                                   style=doc.styles.value_large))
        story.append(doc.spacer(1 * mm))
        story.append(_table(doc, rows))
        story.append(doc.spacer(4 * mm))
    checked = (fill(translate("PhoneDirectory", "Checked on %1."), reviewed.isoformat())
               if reviewed else translate("PhoneDirectory", "Not yet checked."))
    story.append(doc.note(checked))
    return story


def render_phone_directory(entries: Sequence[PhoneEntryRow], reviewed: dt.date | None,
                           org: OrgInfo, paper: Paper, out: Path, *,
                           now: dt.datetime | None = None) -> RenderResult:
    """Print the phone directory (already filtered for paper) to ``out``."""
    if paper not in PAPERS:
        raise ValueError(f"the phone directory is laid out for {PAPERS}, not {paper}")
    title = translate("PhoneDirectory", "Phone directory")
    return render(out, paper=paper, org=org, title=title,
                  content=lambda doc: directory_flowables(doc, entries, reviewed), now=now,
                  pdf_title=title)
