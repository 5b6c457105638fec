"""The key borrowing slip 钥匙借用单, with its return stub 归还回执 below a cut line. A4.

The top is what the borrower signs when the keys go out: the keys, the borrower (ID number
and phone masked: the slip is filed at the counter and a copy may go with the borrower),
why, on whose authority — the management, the owner's list, or the owner's consent (who
confirmed it, how, when) —, out and expected back. The stub is signed when the keys come
back; a slip printed after returns carries them filled in, a partial return with a blank
row for the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from deskapp.domain.keys.records import LoanBasis
from deskapp.domain.keys.rows import (
    AuthorisedRow,
    KeySetRow,
    LoanRow,
    LostReportRow,
    ReturnRow,
)
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    DocumentBuilder,
    RenderResult,
    format_local,
    render,
)
from deskapp.output.form_grid import CutLine, FormGrid, ruled_list, signature_cells

PAPERS = (Paper.A4,)


def title() -> str:
    """The slip's title in the user's language."""
    return translate("KeySlip", "Key borrowing slip")


def borrower_identity(loan: LoanRow) -> str:
    """The borrower's document and its masked number, or that staff need none."""
    if loan.staff and not loan.id_number:
        return translate("KeySlip", "Management staff: no ID needed")
    if not loan.id_number:
        return ""
    # Two lines: the number never breaks in its middle in a half-width cell.
    return f"{loan.id_type.label()}\n{loan.id_number_masked}"


def keys_out_text(loan: LoanRow, key_set: KeySetRow) -> str:
    """``2``, or ``2 (the set has 3)`` when some keys stayed behind."""
    if loan.keys_out == key_set.key_count:
        return str(loan.keys_out)
    return fill(translate("KeySlip", "%1 (the set has %2)"), loan.keys_out, key_set.key_count)


def purpose_text(loan: LoanRow) -> str:
    """``Repair: 卫生间漏水``: the purpose, with what was said of it."""
    if loan.purpose_note:
        return fill(translate("KeySlip", "%1: %2"), loan.purpose.label(), loan.purpose_note)
    return loan.purpose.label()


def basis_text(loan: LoanRow, listed: AuthorisedRow | None) -> str:
    """On whose authority the keys went out, naming the owner's list entry (``listed``)."""
    label = loan.basis.label()
    if loan.basis is LoanBasis.LISTED and listed is not None:
        who = (fill(translate("KeySlip", "%1 (%2)"), listed.name, listed.relation)
               if listed.relation else listed.name)
        return fill(translate("KeySlip", "%1: %2"), label, who)
    return label


def consent_text(loan: LoanRow) -> str:
    """``王先生 · By phone · 2026-11-23 11:35``: who confirmed the owner's consent, how,
    when ("" when the loan did not rest on a consent)."""
    if loan.basis is not LoanBasis.CONSENT or not loan.consent_by:
        return ""
    how = loan.consent_how.label() if loan.consent_how is not None else ""
    return " · ".join(part for part in (loan.consent_by, how, format_local(loan.consent_at))
                      if part)


def state_text(loan: LoanRow) -> str:
    """Where the loan stands when printed: keys out, partly back, all back, lost."""
    lost = loan.keys_lost
    parts = []
    if loan.open:
        if loan.keys_back:
            parts.append(fill(translate("KeySlip", "%1 of %2 keys back; %3 still out"),
                              loan.keys_back, loan.keys_out, loan.outstanding))
        else:
            parts.append(translate("KeySlip", "Not yet returned"))
    elif loan.keys_back == loan.keys_out:
        parts.append(fill(translate("KeySlip", "Every key back %1"),
                          format_local(loan.closed_at)))
    elif loan.keys_back:
        parts.append(fill(translate("KeySlip", "Closed %1: %2 of %3 keys back"),
                          format_local(loan.closed_at), loan.keys_back, loan.keys_out))
    else:
        parts.append(fill(translate("KeySlip", "Closed %1"), format_local(loan.closed_at)))
    if lost:
        parts.append(fill(translate("KeySlip", "%1 reported lost"), lost))
    return translate("KeySlip", "; ").join(parts)


def return_rows(loan: LoanRow, returns: Sequence[ReturnRow],
                losses: Sequence[LostReportRow]) -> list[list[str]]:
    """The returns so far, and the losses reported on the loan, oldest first."""
    rows: list[tuple[dt.datetime, list[str]]] = []
    for r in returns:
        rows.append((r.at, [format_local(r.at), str(r.keys_back), r.condition_note,
                            r.returned_by or loan.borrower_name, r.created_by]))
    for lost in losses:
        note = fill(translate("KeySlip", "Keys lost: %1"), lost.keys_lost)
        if lost.circumstances:
            note = fill(translate("KeySlip", "%1; %2"), note, lost.circumstances)
        rows.append((lost.reported_at, [format_local(lost.reported_at), "0", note,
                                        lost.reported_by, lost.created_by]))
    return [row for _at, row in sorted(rows, key=lambda pair: pair[0])]


def slip_flowables(doc: DocumentBuilder, loan: LoanRow, key_set: KeySetRow,
                   returns: Sequence[ReturnRow], losses: Sequence[LostReportRow],
                   listed: AuthorisedRow | None) -> list[Flowable]:
    """The slip, its declaration and signatures, the cut line and the return stub."""
    grid = FormGrid(doc)
    grid.pair(translate("KeySlip", "Slip number"), loan.number,
              translate("KeySlip", "Out at"), format_local(loan.out_at), large=True)
    grid.pair(translate("KeySlip", "Tag"), loan.tag,
              translate("KeySlip", "Unit / area"), loan.unit_label, large=True)
    grid.pair(translate("KeySlip", "Kind"), key_set.kind.label(),
              translate("KeySlip", "Keys out"), keys_out_text(loan, key_set))
    grid.pair(translate("KeySlip", "Name"), loan.borrower_name,
              translate("KeySlip", "Company / department"), loan.company, large=True)
    grid.pair(translate("KeySlip", "ID document"), borrower_identity(loan),
              translate("KeySlip", "Phone"), loan.phone_masked)
    grid.pair(translate("KeySlip", "Purpose"), purpose_text(loan),
              translate("KeySlip", "Expected back"), format_local(loan.expected_back))
    grid.pair(translate("KeySlip", "Authorised by"), loan.authorised_by,
              translate("KeySlip", "Basis"), basis_text(loan, listed))
    if consent := consent_text(loan):
        grid.wide(translate("KeySlip", "Owner's consent"), consent)
    if loan.note:
        grid.wide(translate("KeySlip", "Note"), loan.note)
    grid.pair(translate("KeySlip", "Issued by"), loan.created_by,
              translate("KeySlip", "Counter"), loan.desk)
    declaration = ParagraphStyle("key_slip_declaration", parent=doc.styles.body,
                                 fontSize=doc.styles.small.fontSize,
                                 leading=doc.styles.small.leading)
    return [
        *grid.flowables(),
        doc.spacer(2 * mm),
        doc.paragraph(translate(
            "KeySlip", "I have received the keys above. I will use them only for the purpose "
                       "stated, will not copy them or lend them to anyone, and will return "
                       "them by the time expected; keys lost or damaged are mine to answer "
                       "for."), field=translate("KeySlip", "Declaration"), style=declaration),
        doc.spacer(2 * mm),
        signature_cells(doc, [translate("KeySlip", "Borrower (signature)"),
                              translate("KeySlip", "Desk (signature)")], height=22 * mm),
        doc.spacer(4 * mm),
        CutLine(doc, translate("KeySlip", "Cut here: return stub")),
        doc.spacer(3 * mm),
        KeepTogether(stub_flowables(doc, loan, returns, losses)),
    ]


def stub_flowables(doc: DocumentBuilder, loan: LoanRow, returns: Sequence[ReturnRow],
                   losses: Sequence[LostReportRow]) -> list[Flowable]:
    """The return stub: the loan in short, the returns so far, room for the rest, the
    signatures."""
    heading = ParagraphStyle("key_stub_title", parent=doc.styles.title,
                             fontSize=doc.styles.value_large.fontSize,
                             leading=doc.styles.value_large.leading, alignment=TA_CENTER)
    grid = FormGrid(doc)
    grid.pair(translate("KeySlip", "Slip number"), loan.number,
              translate("KeySlip", "Tag"), loan.tag, large=True)
    grid.pair(translate("KeySlip", "Unit / area"), loan.unit_label,
              translate("KeySlip", "Keys out"), str(loan.keys_out))
    grid.pair(translate("KeySlip", "Borrower"), loan.borrower_name,
              translate("KeySlip", "State"), state_text(loan))
    headings = [translate("KeySlip", "Returned at"), translate("KeySlip", "Keys back"),
                translate("KeySlip", "Condition"), translate("KeySlip", "Brought by"),
                translate("KeySlip", "Taken by")]
    rows = return_rows(loan, returns, losses)
    # Room to write the return by hand while keys are still out.
    blank = 1 if loan.open else 0
    return [
        doc.paragraph(translate("KeySlip", "Return stub"), field=title(), style=heading),
        doc.spacer(2 * mm),
        *grid.flowables(),
        doc.spacer(2 * mm),
        ruled_list(doc, headings, rows, (0.2, 0.12, 0.32, 0.18, 0.18), blank_rows=blank,
                   blank_height=9 * mm),
        doc.spacer(2 * mm),
        signature_cells(doc, [translate("KeySlip", "Returned by (signature)"),
                              translate("KeySlip", "Desk (signature)")], height=20 * mm),
    ]


def render_key_slip(loan: LoanRow, key_set: KeySetRow, org: OrgInfo, paper: Paper, out: Path,
                    *, returns: Sequence[ReturnRow] = (), losses: Sequence[LostReportRow] = (),
                    listed: AuthorisedRow | None = None,
                    now: dt.datetime | None = None) -> RenderResult:
    """Print the borrowing slip of ``loan`` (of ``key_set``) with its return stub to
    ``out``: the ``returns`` so far and the ``losses`` reported on it filled in, the owner's
    list entry it rests on (``listed``) named.

    Raises:
        ValueError: ``paper`` is not laid out for the slip.
    """
    if paper not in PAPERS:
        raise ValueError(f"the key borrowing slip is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: slip_flowables(doc, loan, key_set, returns, losses,
                                                     listed),
                  now=now, pdf_title=f"{title()} {loan.number}")
