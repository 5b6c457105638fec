"""A notice of the property management (物业通知), posted in the lobby and the lifts: the
organisation's header, the notice's title, its paragraphs, the signature block and the
date. A4.

The notice prints as it was written, in its own language (the date too); only the
chrome around it — the number, the footer — follows the user's language. A withdrawn
notice prints marked so, for the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.services.notice_templates import NoticeLanguage
from deskapp.domain.services.notices import NoticeRow
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, Mark, RenderResult, render

PAPERS = (Paper.A4,)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def dated(day: dt.date, language: NoticeLanguage) -> str:
    """The notice's date as its language writes it: 2026年11月23日, 23 November 2026."""
    if language is NoticeLanguage.ZH:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def withdrawn_mark() -> Mark:
    """The band of a notice taken down: it is no longer in force."""
    text = translate("PropertyNotice", "WITHDRAWN — no longer in force")
    return Mark(text, footer=translate("PropertyNotice", "Withdrawn"), inverted=True)


def notice_flowables(doc: DocumentBuilder, notice: NoticeRow, org: OrgInfo) -> list[Flowable]:
    """The header, the title, the paragraphs and the signature block."""
    body = doc.styles.body
    scale = 1.35  # read from a step away on a notice board
    chinese = notice.language is NoticeLanguage.ZH
    text = ParagraphStyle("notice_text", parent=body, fontSize=body.fontSize * scale,
                          leading=body.fontSize * scale * 1.7, spaceAfter=2.5 * mm)
    # A Chinese paragraph starts two characters in; the greeting that ends with a colon
    # stands at the margin.
    indented = ParagraphStyle("notice_indented", parent=text,
                              firstLineIndent=2 * text.fontSize if chinese else 0)
    title = ParagraphStyle("notice_title", parent=doc.styles.big, alignment=TA_CENTER,
                           spaceAfter=6 * mm)
    right = ParagraphStyle("notice_signed", parent=text, alignment=TA_RIGHT, spaceAfter=0)
    number = ParagraphStyle("notice_number", parent=doc.styles.small, alignment=TA_RIGHT)
    field = translate("PropertyNotice", "Notice")
    story: list[Flowable] = [
        *doc.org_header(org),
        doc.rule(space=1.6 * mm),
        doc.paragraph(fill(translate("PropertyNotice", "No. %1"), notice.number),
                      field=field, style=number),
        doc.spacer(3 * mm),
        *doc.mark_bands(),
        doc.paragraph(notice.title, field=field, style=title),
    ]
    for index, paragraph in enumerate(notice.paragraphs):
        greeting = index == 0 and paragraph.endswith(("：", ":", ","))
        story.append(doc.paragraph(paragraph, field=field,
                                   style=text if greeting else indented))
    story += [
        doc.spacer(12 * mm),
        doc.paragraph(notice.signed, field=field, style=right),
        doc.paragraph(dated(notice.dated, notice.language), field=field, style=right),
    ]
    return story


def render_notice(notice: NoticeRow, org: OrgInfo, paper: Paper, out: Path, *,
                  now: dt.datetime | None = None, strict: bool = False) -> RenderResult:
    """Print ``notice`` to ``out``.

    Raises:
        ValueError: ``paper`` is not A4.
    """
    if paper not in PAPERS:
        raise ValueError(f"a notice is laid out for {PAPERS}, not {paper}")
    marks = (withdrawn_mark(),) if notice.withdrawn else ()
    return render(out, paper=paper, org=org, title=notice.title, header=False,
                  content=lambda doc: notice_flowables(doc, notice, org), now=now,
                  strict=strict, pdf_title=f"{notice.number} {notice.title}", marks=marks,
                  mark_bands=False, one_page=True)
