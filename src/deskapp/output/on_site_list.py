"""The evacuation list 在场访客名单: everyone on site now, for a fire drill or an alarm. A4.

One table, floor by floor as the warden walks the building, with a box to tick per visit at
the roll call. The column heads repeat on every page and a section's heading never ends a
page alone. Phones are printed whole (the point is to reach people), so every page says
that the list holds personal data and is destroyed after use; ID numbers are never on it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.visitors.on_site import HostGroup, OnSiteRow, OnSiteSnapshot
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    HAIRLINE,
    INK,
    DocumentBuilder,
    RenderResult,
    format_local,
    render,
)

PAPERS = (Paper.A4,)
TABLE_SIZE = 8.6  # points: eight columns across A4 portrait, still read at arm's length
HEAD_FILL = colors.Color(0.88, 0.88, 0.88)
SECTION_FILL = colors.Color(0.95, 0.95, 0.95)
# Share of the frame per column: tick, pass, name, people, company, host, time in, phone.
COLUMNS = (0.045, 0.12, 0.125, 0.065, 0.185, 0.21, 0.105, 0.145)


def title() -> str:
    """The list's title in the user's language."""
    return translate("OnSiteList", "Visitors on site now")


def privacy_line() -> str:
    """The line at the foot of every page."""
    return translate("OnSiteList", "This list holds personal data: give it only to the person "
                                   "in charge of the roll call and destroy it after use.")


def _headings() -> list[str]:
    return [translate("OnSiteList", "Here"), translate("OnSiteList", "Pass no."),
            translate("OnSiteList", "Name"), translate("OnSiteList", "People"),
            translate("OnSiteList", "Company"), translate("OnSiteList", "Host"),
            translate("OnSiteList", "Time in"), translate("OnSiteList", "Phone")]


class TickBox(Flowable):
    """An empty square to tick at the roll call."""

    def __init__(self, side: float = 3.6 * mm, margin: float = 0.9 * mm) -> None:
        super().__init__()
        self.side = side
        self.margin = margin  # keeps boxes of one-line rows apart, room for the pen
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side + 2 * self.margin

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, self.margin, self.side, self.side, stroke=1, fill=0)


def time_in_text(row: OnSiteRow, today: dt.date) -> str:
    """``09:30`` for today's arrivals; ``11-22 18:05`` for someone in since an earlier day."""
    if row.time_in.astimezone().date() == today:
        return format_local(row.time_in, fmt="%H:%M")
    return format_local(row.time_in, fmt="%m-%d %H:%M")


def _section_heading(group: HostGroup, rows: tuple[OnSiteRow, ...]) -> str:
    people = sum(r.party_size for r in rows)
    return fill(translate("OnSiteList", "%1 — visits: %2, people: %3"), group.label(),
                len(rows), people)


def list_table(doc: DocumentBuilder, snapshot: OnSiteSnapshot) -> Table:
    """The roll-call table: column heads, then per section a heading row and its visits."""
    body = ParagraphStyle("on_site_cell", parent=doc.styles.body, fontSize=TABLE_SIZE,
                          leading=round(TABLE_SIZE * 1.25, 1))
    head = ParagraphStyle("on_site_head", parent=body, textColor=INK)
    head_centred = ParagraphStyle("on_site_head_centred", parent=head, alignment=TA_CENTER)
    number = ParagraphStyle("on_site_number", parent=body, alignment=TA_CENTER)
    section = ParagraphStyle("on_site_section", parent=body, fontSize=TABLE_SIZE * 1.15,
                             leading=round(TABLE_SIZE * 1.45, 1))
    headings = _headings()
    data: list[list[object]] = [[doc.paragraph(h, field=h, style=head_centred if i in (0, 3)
                                               else head) for i, h in enumerate(headings)]]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (0, -1), 0),  # the narrow tick column holds "Here" whole
        ("RIGHTPADDING", (0, 0), (0, -1), 0),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
    ]
    today = snapshot.taken_at.astimezone().date()  # local, as format_local prints
    for group, rows in snapshot.groups():
        at = len(data)
        heading = _section_heading(group, rows)
        data.append([doc.paragraph(heading, field=headings[5], style=section)]
                    + [""] * (len(headings) - 1))
        commands += [
            ("SPAN", (0, at), (-1, at)),
            ("BACKGROUND", (0, at), (-1, at), SECTION_FILL),
            ("LINEABOVE", (0, at), (-1, at), 0.6, INK),
            ("LEFTPADDING", (0, at), (0, at), 3),
            # A heading never ends a page without its first visit under it.
            ("NOSPLIT", (0, at), (-1, at + 1)),
        ]
        for row in rows:
            cells = (row.pass_no, row.name, str(row.party_size), row.company,
                     row.host_label, time_in_text(row, today), row.phone)
            data.append([TickBox()] + [
                doc.paragraph(text, field=headings[i + 1],
                              style=number if i + 1 == 3 else body)
                for i, text in enumerate(cells)])
        if len(rows) > 1:
            commands.append(("LINEBELOW", (0, at + 1), (-1, len(data) - 2), 0.25, HAIRLINE))
    width = doc.geometry.frame_width
    table = Table(data, colWidths=[width * share for share in COLUMNS], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(doc.table_style(commands))
    return table


def on_site_flowables(doc: DocumentBuilder, snapshot: OnSiteSnapshot) -> list[Flowable]:
    """The time the list was drawn, the totals, then the table (or that nobody is in)."""
    s = doc.styles
    as_of = fill(translate("OnSiteList", "As of %1"), format_local(snapshot.taken_at))
    totals = fill(translate("OnSiteList", "On site: %1 visits, %2 people"),
                  snapshot.visits, snapshot.people)
    story: list[Flowable] = [
        doc.paragraph(as_of, field=as_of, style=s.note),
        doc.spacer(1.5 * mm),
        doc.paragraph(totals, field=totals, style=ParagraphStyle(
            "on_site_totals", parent=s.value_large, alignment=TA_CENTER)),
        doc.spacer(3 * mm),
    ]
    if not snapshot.rows:
        story.append(doc.paragraph(translate("OnSiteList", "Nobody is on site."),
                                   field=title(), style=s.note))
        return story
    story.append(list_table(doc, snapshot))
    return story


def render_on_site_list(snapshot: OnSiteSnapshot, org: OrgInfo, paper: Paper, out: Path, *,
                        now: dt.datetime | None = None) -> RenderResult:
    """Print the list to ``out``; pages follow as many visitors as there are."""
    if paper not in PAPERS:
        raise ValueError(f"the on-site list is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: on_site_flowables(doc, snapshot), now=now,
                  pdf_title=title(), footer_note=privacy_line())
