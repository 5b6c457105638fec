"""The visitor pass (访客单) handed to a visitor at the counter: 80 mm roll or A6."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.records import OrgInfo, Paper, VisitRow
from deskapp.i18n import translate
from deskapp.output.document import (
    DocumentBuilder,
    KeyValue,
    RenderResult,
    format_local,
    render,
)

PAPERS = (Paper.ROLL80, Paper.A6)


def qr_payload(visit: VisitRow) -> str:
    """What the pass's QR code carries: the pass number only, never personal data."""
    return visit.pass_no


def pass_rows(visit: VisitRow) -> list[KeyValue]:
    """The label/value rows of the pass, in print order (empty optional fields left out).

    The ID number is always the masked form: a pass leaves the building in a pocket.
    """
    rows = [
        KeyValue(translate("VisitorPass", "Name"), visit.name, large=True),
        KeyValue(translate("VisitorPass", "People"), str(visit.party_size)),
    ]
    if visit.id_number_masked:
        rows.append(KeyValue(translate("VisitorPass", "ID number"), visit.id_number_masked))
    if visit.company:
        rows.append(KeyValue(translate("VisitorPass", "Company"), visit.company))
    if visit.host_label:
        rows.append(KeyValue(translate("VisitorPass", "Host"), visit.host_label))
    rows.append(KeyValue(translate("VisitorPass", "Purpose"), visit.purpose.label()))
    rows.append(KeyValue(translate("VisitorPass", "Time in"), format_local(visit.time_in)))
    valid_until = (
        format_local(visit.valid_until)
        if visit.valid_until is not None
        else translate("VisitorPass", "Same day")
    )
    rows.append(KeyValue(translate("VisitorPass", "Valid until"), valid_until))
    if visit.plate:
        rows.append(KeyValue(translate("VisitorPass", "Plate"), visit.plate))
    if visit.items:
        # Guards compare what leaves with what came in.
        rows.append(KeyValue(translate("VisitorPass", "Items carried"), visit.items))
    return rows


def pass_flowables(doc: DocumentBuilder, visit: VisitRow) -> list[Flowable]:
    """The body of the pass below the organisation header and title.

    Args:
        doc: The builder for the chosen paper (applies the glyph policy).
        visit: The visit to print.
    """
    return [
        *doc.number_with_qr(qr_payload(visit), label=translate("VisitorPass", "Pass number")),
        doc.rule(space=1.5 * mm, thickness=0.5),
        doc.key_values(pass_rows(visit)),
        doc.spacer(1 * mm),
        doc.signature_line(translate("VisitorPass", "Host signature")),
        doc.spacer(3 * mm),
        doc.note(translate("VisitorPass", "Please return this pass at the counter when you leave")),
    ]


def render_visitor_pass(visit: VisitRow, org: OrgInfo, paper: Paper, out: Path, *,
                        now: dt.datetime | None = None, strict: bool = False) -> RenderResult:
    """Print a visitor pass to ``out`` (PDF, written atomically).

    Args:
        visit: The visit; its times are aware UTC and print in local time.
        org: The organisation header.
        paper: :attr:`Paper.ROLL80` or :attr:`Paper.A6`.
        out: Target PDF path.
        now: Print time for the footer (aware); defaults to now.
        strict: Raise instead of printing □ for characters the font lacks.

    Returns:
        The written PDF, its page count and any glyph warnings to show the receptionist.

    Raises:
        ValueError: ``paper`` is not laid out for passes, or a time is naive.
        UnprintableText: In strict mode, when a text has a character the font lacks.
    """
    if paper not in PAPERS:
        raise ValueError(f"a visitor pass is laid out for {PAPERS}, not {paper}")
    title = translate("VisitorPass", "Visitor pass")
    return render(
        out,
        paper=paper,
        org=org,
        title=title,
        content=lambda doc: pass_flowables(doc, visit),
        now=now,
        strict=strict,
        pdf_title=f"{title} {visit.pass_no}",
        one_page=True,  # a pass is one sheet; squeeze rather than spill onto a second A6
    )
