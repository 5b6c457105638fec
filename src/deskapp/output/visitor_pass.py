"""The visitor pass (访客单) handed to a visitor at the counter: 80 mm roll or A6."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.records import HostResponse, OrgInfo, Paper, VisitFlag, VisitRow
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    DocumentBuilder,
    KeyValue,
    Mark,
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
    if visit.time_out is not None:
        rows.append(KeyValue(translate("VisitorPass", "Time out"), format_local(visit.time_out)))
    return rows


def _time_out(visit: VisitRow) -> str:
    # HH:MM on the day of the visit; a visitor who left on a later day gets the date too.
    assert visit.time_out is not None
    if visit.time_out.astimezone().date() == visit.time_in.astimezone().date():
        return format_local(visit.time_out, fmt="%H:%M")
    return format_local(visit.time_out)


def pass_marks(visit: VisitRow) -> list[Mark]:
    """Why this pass no longer admits anyone, as a white-on-black band (empty: valid).

    A pass printed again after the host declined, or after the visitor left, is still a
    record to look up (its QR stays), but it must never get anyone past a guard. A declined
    visit is closed at once, so its time out is the moment of the refusal: the band says
    DECLINED, not when they left.
    """
    if visit.host_response is HostResponse.DECLINED:
        reason = translate("VisitorPass", "DECLINED")
    elif visit.time_out is not None:
        reason = fill(translate("VisitorPass", "CHECKED OUT %1"), _time_out(visit))
    else:
        return []
    not_valid = translate("VisitorPass", "NOT VALID")
    return [Mark(f"{reason}\n{not_valid}", footer=not_valid, inverted=True)]


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
        # The counter reads an ID card and hands it back: it never holds one as a pledge.
        doc.note(translate("VisitorPass", "Your ID card was handed back at once; the counter "
                                          "never keeps it.")),
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

    A pass the host declined, or of a visitor who has left, prints marked as not valid
    (:func:`pass_marks`).

    Raises:
        ValueError: ``paper`` is not laid out for passes, a time is naive, or the visit was
            voided (it has no pass; the printing layer refuses it with the reason first).
        UnprintableText: In strict mode, when a text has a character the font lacks.
    """
    if paper not in PAPERS:
        raise ValueError(f"a visitor pass is laid out for {PAPERS}, not {paper}")
    if VisitFlag.VOIDED in visit.flags:
        raise ValueError(f"visit {visit.pass_no} was voided: it has no pass")
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
        marks=pass_marks(visit),
    )
