"""The goods release pass 放行条, in two parts on one sheet: the tenant's copy 业户联 and the
guard's copy 门岗联, a cut line between them. A5, or the 80 mm roll.

Each part stands on its own once cut: the organisation, the number in large type with a QR
code of the number alone (the guard's scanner, and the desk's when the copy comes back),
the unit, the goods line by line, the plate, the carrier (ID number and phone masked: both
parts leave the counter), who authorised it and how, when and by whom it was issued, that
it is valid on its day only, and — when the unit owed fees past due — the amount and the
supervisor who approved it. The guard keeps the guard's copy at the gate, signs it and
brings it back to the desk, where it is checked off.

A pass printed again once its copy is back, or after its day, carries a band saying it is
not valid: it is a record then, never a way out for more goods.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from deskapp.domain.identity import IdType
from deskapp.domain.money import format_money
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.services.release_pass_rows import ReleasePassRow
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    INK,
    DocumentBuilder,
    KeyValue,
    Mark,
    RenderResult,
    format_local,
    make_styles,
    render,
)
from deskapp.output.form_grid import LABEL_FILL, CutLine

PAPERS = (Paper.A5, Paper.ROLL80)
DAY = "%Y-%m-%d"
QR_SIDE = {Paper.A5: 21 * mm, Paper.ROLL80: 34 * mm}
SHEET_SIZE = 8.5  # points: the body text of both parts on one A5 sheet


def title() -> str:
    """The document's title in the user's language."""
    return translate("ReleasePassPaper", "Goods release pass")


def copy_names() -> tuple[str, str]:
    """The two parts: the tenant's copy, the guard's copy."""
    return (translate("ReleasePassPaper", "Tenant's copy"),
            translate("ReleasePassPaper", "Guard's copy"))


def valid_text(row: ReleasePassRow) -> str:
    """``Valid on 2026-11-23 only``."""
    return fill(translate("ReleasePassPaper", "Valid on %1 only"), row.valid_on.strftime(DAY))


def carrier_text(row: ReleasePassRow) -> str:
    """``刘师傅 · 110105********002X · 138****8000``: the carrier, their document's number
    (masked; its kind named unless a resident ID card) and phone (masked)."""
    document = row.carrier_id_masked
    if document and row.carrier_id_type is not IdType.RESIDENT:
        document = f"{row.carrier_id_type.label()} {document}"
    return " · ".join(part for part in (row.carrier_name, document, row.carrier_phone_masked)
                      if part)


def authorisation_text(row: ReleasePassRow) -> str:
    """``陈女士 · By phone · 电话 0755-86001234``: who consented, how, what was noted."""
    return " · ".join(part for part in (row.authorised_by, row.authorisation_how.label(),
                                        row.authorisation_note) if part)


def issued_text(row: ReleasePassRow) -> str:
    """``2026-11-23 09:30 · 王芳 · Lobby``."""
    return " · ".join(part for part in (format_local(row.issued_at), row.created_by, row.desk)
                      if part)


def arrears_text(row: ReleasePassRow) -> str:
    """The arrears the unit owed and who let the goods out all the same ("" without)."""
    if row.arrears_fen <= 0:
        return ""
    if row.approved_by:
        return fill(translate("ReleasePassPaper", "%1 past due when issued; let out with the "
                                                  "approval of %2"),
                    format_money(row.arrears_fen), row.approved_by)
    return fill(translate("ReleasePassPaper", "%1 past due when issued"),
                format_money(row.arrears_fen))


def goods_rows(row: ReleasePassRow) -> list[list[str]]:
    """The goods list as printed: line number, what, how many."""
    return [[str(n), line.description, line.quantity_text.strip()]
            for n, line in enumerate(row.goods, start=1)]


def pass_marks(row: ReleasePassRow, today: dt.date) -> list[Mark]:
    """Why the pass no longer lets goods out, as a white-on-black band (empty: valid)."""
    if row.returned:
        reason = fill(translate("ReleasePassPaper", "GUARD'S COPY BACK %1"),
                      format_local(row.guard_copy_back_at))
    elif row.voided:
        reason = translate("ReleasePassPaper", "VOIDED")
    elif row.valid_on < today:
        reason = fill(translate("ReleasePassPaper", "VALID ON %1 ONLY"),
                      row.valid_on.strftime(DAY))
    else:
        return []
    not_valid = translate("ReleasePassPaper", "NOT VALID")
    return [Mark(f"{reason}\n{not_valid}", footer=not_valid, inverted=True)]


def _heading(doc: DocumentBuilder, org: OrgInfo, part: str) -> list[Flowable]:
    """The organisation, the title and the part's name (on one line on a sheet): each part
    names all three once it is cut."""
    s = doc.styles
    style = ParagraphStyle("pass_heading", parent=s.title, fontSize=s.value_large.fontSize,
                           leading=s.value_large.leading)
    width = doc.geometry.frame_width
    joiner = translate("ReleasePassPaper", " · ")
    heading = joiner.join([title(), part])
    if doc.geometry.is_roll:  # the roll is narrow: the organisation on a line of its own
        lines = [doc.paragraph(org.name, field=translate("Document", "Organisation"),
                               style=ParagraphStyle("pass_org", parent=s.org_detail,
                                                    textColor=s.title.textColor))
                 ] if org.name else []
        return [*lines, doc.paragraph(heading, field=title(),
                                      style=doc.fit_style(style, heading, width))]
    text = joiner.join([org.name, heading]) if org.name else heading
    return [doc.paragraph(text, field=title(),
                          style=doc.fit_style(style, text, width, min_scale=0.75))]


def _plain_table(doc: DocumentBuilder, data: list[list[object]], widths: list[float],
                 commands: list[tuple] | None = None, padding: float = 0.8 * mm) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        *(commands or []),
    ]))
    return table


def _number_block(doc: DocumentBuilder, row: ReleasePassRow) -> list[Flowable]:
    """The QR code of the number beside the number in large type and the day it is valid,
    and on a sheet the unit and plate beside them (above each other on the roll)."""
    s = doc.styles
    label = translate("ReleasePassPaper", "Pass number")
    qr = doc.qr_code(row.number, size=QR_SIDE[doc.geometry.paper])
    valid_style = ParagraphStyle("pass_valid", parent=s.body)
    if doc.geometry.is_roll:
        big = doc.fit_style(s.big, row.number, doc.geometry.frame_width)
        valid_style.alignment = s.title.alignment
        return [qr, doc.paragraph(row.number, field=label, style=big),
                doc.paragraph(valid_text(row), field=label, style=valid_style)]
    gap = 2 * mm
    rest = doc.geometry.frame_width - qr.width - gap
    number_width, place_width = rest * 0.5, rest * 0.5
    big = doc.fit_style(ParagraphStyle("pass_big", parent=s.big, alignment=TA_LEFT),
                        row.number, number_width - 2 * mm)
    issued = translate("ReleasePassPaper", "Issued")
    number = [doc.paragraph(label, field=label, style=s.label),
              doc.paragraph(row.number, field=label, style=big),
              doc.paragraph(valid_text(row), field=label, style=valid_style),
              doc.paragraph(fill(translate("ReleasePassPaper", "Issued %1"), issued_text(row)),
                            field=issued, style=s.label)]
    unit_label = translate("ReleasePassPaper", "Unit")
    plate_label = translate("ReleasePassPaper", "Plate")
    place = [doc.paragraph(unit_label, field=unit_label, style=s.label),
             doc.paragraph(row.unit_label, field=unit_label, style=s.value_large)]
    if row.plate:
        place += [doc.paragraph(plate_label, field=plate_label, style=s.label),
                  doc.paragraph(row.plate, field=plate_label, style=s.value_large)]
    return [_plain_table(doc, [[qr, number, place]], [qr.width + gap, number_width,
                                                       place_width],
                         [("VALIGN", (0, 0), (-1, -1), "MIDDLE")], padding=0)]


def _details(doc: DocumentBuilder, row: ReleasePassRow) -> list[Flowable]:
    """Carrier, authorisation, arrears (and on the roll the unit, plate and issue): label
    and value rows."""
    rows = []
    if doc.geometry.is_roll:
        rows.append(KeyValue(translate("ReleasePassPaper", "Unit"), row.unit_label, large=True))
        if row.plate:
            rows.append(KeyValue(translate("ReleasePassPaper", "Plate"), row.plate, large=True))
    rows += [KeyValue(translate("ReleasePassPaper", "Carrier"), carrier_text(row)),
             KeyValue(translate("ReleasePassPaper", "Authorised by"), authorisation_text(row))]
    if doc.geometry.is_roll:  # on a sheet it stands under the number
        rows.append(KeyValue(translate("ReleasePassPaper", "Issued"), issued_text(row)))
    if arrears := arrears_text(row):
        rows.append(KeyValue(translate("ReleasePassPaper", "Arrears"), arrears))
    if row.note:
        rows.append(KeyValue(translate("ReleasePassPaper", "Note"), row.note))
    return [doc.key_values(rows, label_width=None if doc.geometry.is_roll else 22 * mm)]


def _goods(doc: DocumentBuilder, row: ReleasePassRow) -> Flowable:
    """The goods, ruled, a line each: number, what, how many."""
    s = doc.styles
    headings = [translate("ReleasePassPaper", "No."), translate("ReleasePassPaper", "Goods"),
                translate("ReleasePassPaper", "Quantity")]
    shares = (0.12, 0.63, 0.25) if doc.geometry.is_roll else (0.08, 0.72, 0.2)
    head = ParagraphStyle("pass_goods_head", parent=s.label, textColor=s.body.textColor)
    data: list[list[object]] = [[doc.paragraph(h, field=h, style=head) for h in headings]]
    data += [[doc.paragraph(text, field=headings[i], style=s.body)
              for i, text in enumerate(line)] for line in goods_rows(row)]
    width = doc.geometry.frame_width
    return _plain_table(doc, data, [width * share for share in shares], [
        ("GRID", (0, 0), (-1, -1), 0.6, INK),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
    ])


def _signatures(doc: DocumentBuilder, who: list[str]) -> Flowable:
    """A ruled row with a box to sign in for each signer, their role at its top."""
    width = doc.geometry.frame_width / len(who)
    height = 10 * mm
    cells = [doc.paragraph(name, field=name, style=doc.styles.label) for name in who]
    table = Table([cells], colWidths=[width] * len(who), rowHeights=[height], hAlign="LEFT")
    table.setStyle(doc.table_style([
        ("GRID", (0, 0), (-1, -1), 0.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
    ]))
    return table


def part_flowables(doc: DocumentBuilder, row: ReleasePassRow, org: OrgInfo,
                   guard: bool) -> list[Flowable]:
    """One part of the pass: the tenant's (``guard`` False) or the guard's copy."""
    part = copy_names()[1 if guard else 0]
    space = doc.spacer(1.2 * mm)
    signers = ([translate("ReleasePassPaper", "Guard (signature)"),
                translate("ReleasePassPaper", "Time out")] if guard
               else [translate("ReleasePassPaper", "Carrier (signature)"),
                     translate("ReleasePassPaper", "Desk (signature)")])
    note = (translate("ReleasePassPaper", "Guard: check the goods and the carrier against "
                                          "this copy, keep it, and return it to the desk.")
            if guard else
            translate("ReleasePassPaper", "Show this pass at the gate with the goods. The "
                                          "carrier's ID card was handed back at once."))
    return [
        *_heading(doc, org, part),
        space,
        *doc.mark_bands(),
        *_number_block(doc, row),
        space,
        *_details(doc, row),
        space,
        _goods(doc, row),
        space,
        _signatures(doc, signers),
        doc.spacer(0.6 * mm),
        doc.note(note),
    ]


def pass_flowables(doc: DocumentBuilder, row: ReleasePassRow, org: OrgInfo) -> list[Flowable]:
    """Both parts, the cut line between them; a part is kept whole on its page."""
    if not doc.geometry.is_roll:
        # A size smaller than a sheet's other papers: both parts of a pass of a few lines
        # share one A5 sheet (a longer list takes a second sheet, each part whole).
        doc.styles = make_styles(replace(doc.geometry, base_size=SHEET_SIZE))
    return [
        KeepTogether(part_flowables(doc, row, org, guard=False)),
        doc.spacer(1 * mm),
        CutLine(doc, translate("ReleasePassPaper", "Cut here: the guard's copy below")),
        doc.spacer(1 * mm),
        KeepTogether(part_flowables(doc, row, org, guard=True)),
    ]


def render_release_pass(row: ReleasePassRow, org: OrgInfo, paper: Paper, out: Path, *,
                        today: dt.date, now: dt.datetime | None = None) -> RenderResult:
    """Print the pass ``row`` in its two parts to ``out`` (A5 or the 80 mm roll); ``today``
    decides whether a reprint is still valid.

    Raises:
        ValueError: ``paper`` is not laid out for the pass.
    """
    if paper not in PAPERS:
        raise ValueError(f"a release pass is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=title(), header=False, mark_bands=False,
                  content=lambda doc: pass_flowables(doc, row, org), now=now,
                  pdf_title=f"{title()} {row.number}", marks=pass_marks(row, today))
