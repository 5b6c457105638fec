"""The monthly summary 《月度投诉一览表》: every request taken in the month with its result and
rectification plan, then the month's figures and a chart. A4 landscape.

The list's column heads repeat on every page; a row is never split across two pages (long
texts are shortened so that every row is shorter than a page). Phones are masked (the list
goes to meetings; the handling form has the number). The figures are those of
:class:`~deskapp.domain.requests.summary.MonthSummary`, as the requests stand when the list
is drawn, which the page says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.requests.records import RequestRow
from deskapp.domain.requests.summary import MonthSummary
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    HAIRLINE,
    INK,
    DocumentBuilder,
    RenderResult,
    format_local,
    render,
    shortened,
)
from deskapp.output.month_figures import figure_rows
from deskapp.output.request_chart import department_chart

PAPERS = (Paper.A4,)
TABLE_SIZE = 7.8  # points: twelve columns across A4 landscape
HEAD_FILL = colors.Color(0.88, 0.88, 0.88)
# Share of the frame per column: number, taken, complainant, content, kind, severity,
# department, deadline, resolved, state, result, rectification.
COLUMNS = (0.066, 0.07, 0.095, 0.125, 0.06, 0.062, 0.065, 0.07, 0.05, 0.072, 0.135, 0.13)
CONTENT_CHARS = 50
# A result or plan longer than this ends in "…" here (the handling form and the workbook
# have it whole): every row then fits a page, so no row is ever split across two.
RESULT_CHARS = 300
SHORT_TIME = "%m-%d %H:%M"
SHORT_DATE = "%m-%d"


def title() -> str:
    """The list's title in the user's language."""
    return translate("MonthlyComplaints", "Monthly complaints list")


def internal_line() -> str:
    """The line at the foot of every page."""
    return translate("MonthlyComplaints", "For internal use: it names customers. Phones are "
                                          "masked; the handling forms hold them.")


def month_heading(summary: MonthSummary, drawn_at: dt.datetime) -> str:
    """``2026-11 · 312 requests taken · as they stand at 2026-12-05 10:00``."""
    return fill(translate("MonthlyComplaints", "%1 · %2 requests taken · as they stand at %3"),
                f"{summary.year:04d}-{summary.month:02d}", summary.total,
                format_local(drawn_at))


def _headings() -> list[str]:
    return [translate("MonthlyComplaints", "No."),
            translate("MonthlyComplaints", "Taken"),
            translate("MonthlyComplaints", "Complainant / unit"),
            translate("MonthlyComplaints", "Content"),
            translate("MonthlyComplaints", "Kind"),
            translate("MonthlyComplaints", "Severity"),
            translate("MonthlyComplaints", "Department"),
            translate("MonthlyComplaints", "Deadline"),
            translate("MonthlyComplaints", "Resolved"),
            translate("MonthlyComplaints", "State"),
            translate("MonthlyComplaints", "Result"),
            translate("MonthlyComplaints", "Rectification plan")]


def who_text(row: RequestRow) -> str:
    """Name and unit on one line, the masked phone under them."""
    who = " · ".join(filter(None, (row.complainant, row.about_label)))
    return "\n".join(filter(None, (who, row.phone_masked)))


def state_text(row: RequestRow, at: dt.datetime) -> str:
    """The state, and under it that it is late when it is."""
    if row.overdue(at):
        late = translate("MonthlyComplaints", "overdue")
        return f"{row.state.label()}\n{late}"
    return row.state.label()


def row_texts(row: RequestRow, at: dt.datetime) -> list[str]:
    """One request's cells, as printed."""
    severity = row.severity.label()
    if row.grounds is not None:
        severity = f"{severity}\n{row.grounds.label()}"
    return [row.number, format_local(row.received_at, fmt=SHORT_TIME), who_text(row),
            shortened(row.content, CONTENT_CHARS), row.kind.label(), severity,
            row.department_label, format_local(row.due_at, fmt=SHORT_TIME),
            format_local(row.resolved_at, fmt=SHORT_DATE), state_text(row, at),
            shortened(row.result, RESULT_CHARS), shortened(row.rectification, RESULT_CHARS)]


def _cell_style(doc: DocumentBuilder) -> ParagraphStyle:
    return ParagraphStyle("month_cell", parent=doc.styles.body, fontSize=TABLE_SIZE,
                          leading=round(TABLE_SIZE * 1.25, 1))


def list_table(doc: DocumentBuilder, rows: Sequence[RequestRow], at: dt.datetime) -> Table:
    """Every request of the month, the column heads on every page."""
    body = _cell_style(doc)
    head = ParagraphStyle("month_head", parent=body, textColor=INK)
    headings = _headings()
    data: list[list[object]] = [[doc.paragraph(h, field=h, style=head) for h in headings]]
    for row in rows:
        data.append([doc.paragraph(text, field=headings[i], style=body)
                     for i, text in enumerate(row_texts(row, at))])
    width = doc.geometry.frame_width
    table = Table(data, colWidths=[width * share for share in COLUMNS], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HAIRLINE),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
    ]))
    return table


def _small_table(doc: DocumentBuilder, rows: list[list[str]], widths: list[float], *,
                 field: str, head: bool = True) -> Table:
    style = _cell_style(doc)
    number = ParagraphStyle("month_number", parent=style, alignment=TA_RIGHT)
    # Counts line up on the right, under their heading.
    data = [[doc.paragraph(text, field=field,
                           style=number if head and c and r and text.isdigit() else style)
             for c, text in enumerate(cells)] for r, cells in enumerate(rows)]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("GRID", (0, 0), (-1, -1), 0.4, HAIRLINE),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    table.setStyle(doc.table_style(commands))
    return table


def summary_flowables(doc: DocumentBuilder, summary: MonthSummary) -> list[Flowable]:
    """The figures, the counts by severity, kind and department, and the chart."""
    width = doc.geometry.frame_width
    gap = 5 * mm
    heading = ParagraphStyle("month_heading", parent=doc.styles.value_large)
    figures = _small_table(doc, [[what, value] for what, value in figure_rows(summary)],
                           [50 * mm, 62 * mm], field=translate("MonthlyComplaints", "Summary"),
                           head=False)
    requests = translate("MonthlyComplaints", "Requests")
    severity = translate("MonthlyComplaints", "Severity")
    severities = _small_table(
        doc, [[severity, requests]] + [[s.label(), str(n)] for s, n in summary.by_severity.items()],
        [22 * mm, 16 * mm], field=severity)
    kind = translate("MonthlyComplaints", "Kind")
    kinds = _small_table(
        doc, [[kind, requests]] + [[k.label(), str(n)] for k, n in summary.by_kind.items()],
        [22 * mm, 16 * mm], field=kind)
    department = translate("MonthlyComplaints", "Department")
    departments = _small_table(
        doc, [[department, *(s.label() for s in summary.by_severity),
               translate("MonthlyComplaints", "Total")]]
        + [[d.name(), *(str(n) for n in d.by_severity.values()), str(d.total)]
           for d in summary.by_department],
        [32 * mm, 15 * mm, 15 * mm, 15 * mm, 15 * mm], field=department)
    left = 112 * mm
    counts = Table([[severities, kinds]], colWidths=[40 * mm, 40 * mm], hAlign="LEFT")
    counts.setStyle(doc.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    right = width - left - gap
    block = Table([[[figures, doc.spacer(3 * mm), counts], departments]],
                  colWidths=[left + gap, right], hAlign="LEFT")
    block.setStyle(doc.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [
        doc.paragraph(translate("MonthlyComplaints", "The month in figures"), field=title(),
                      style=heading),
        doc.spacer(2 * mm), block]
    if summary.total:
        story += [doc.spacer(5 * mm),
                  department_chart(doc, summary.by_department, width=width, height=80 * mm)]
    # The figures and their chart read together: on a page of their own if need be.
    return [KeepTogether(story)]


def month_flowables(doc: DocumentBuilder, rows: Sequence[RequestRow], summary: MonthSummary,
                    drawn_at: dt.datetime) -> list[Flowable]:
    """The month and when it was drawn, the list (or that it is empty), then the figures."""
    s = doc.styles
    story: list[Flowable] = [
        doc.paragraph(month_heading(summary, drawn_at), field=title(),
                      style=ParagraphStyle("month_sub", parent=s.note, alignment=TA_CENTER)),
        doc.spacer(3 * mm),
    ]
    if rows:
        story.append(list_table(doc, rows, drawn_at))
    else:
        story.append(doc.paragraph(translate("MonthlyComplaints",
                                             "No request was taken this month."),
                                   field=title(), style=s.note))
    story += [doc.spacer(6 * mm), *summary_flowables(doc, summary)]
    return story


def render_monthly_complaints(rows: Sequence[RequestRow], summary: MonthSummary,
                              drawn_at: dt.datetime, org: OrgInfo, paper: Paper, out: Path, *,
                              now: dt.datetime | None = None) -> RenderResult:
    """Print the month's list and figures to ``out``, landscape; pages follow the list."""
    if paper not in PAPERS:
        raise ValueError(f"the monthly list is laid out for {PAPERS}, not {paper}")
    label = f"{summary.year:04d}-{summary.month:02d}"
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: month_flowables(doc, rows, summary, drawn_at), now=now,
                  pdf_title=f"{title()} {label}", footer_note=internal_line(), landscape=True)
