"""The slips an owner signs at the counter: the key handover slip 钥匙交接单 (the set leaves
the desk's custody for good, at move-in or when the owner takes their keys back) and the key
deposit slip 钥匙留存单 (the owner leaves keys and says who may borrow them, until when). A4.

ID numbers and phones are masked: the owner keeps a copy, the desk files one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.keys.rows import AuthorisedRow, DepositRow, HandoverRow, KeySetRow
from deskapp.domain.records import OrgInfo, Paper
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, RenderResult, format_local, render
from deskapp.output.form_grid import FormGrid, ruled_list, signature_cells

PAPERS = (Paper.A4,)


def handover_title() -> str:
    """The handover slip's title in the user's language."""
    return translate("KeyOwnerSlips", "Key handover slip")


def deposit_title() -> str:
    """The deposit slip's title in the user's language."""
    return translate("KeyOwnerSlips", "Key deposit slip")


def _statement(doc: DocumentBuilder, text: str) -> Flowable:
    style = ParagraphStyle("key_statement", parent=doc.styles.body,
                           fontSize=doc.styles.small.fontSize, leading=doc.styles.small.leading)
    return doc.paragraph(text, field=translate("KeyOwnerSlips", "Statement"), style=style)


def _operator(created_by: str, desk: str) -> str:
    """``王芳 · 大堂``: who served at the counter, and which counter."""
    return " · ".join(part for part in (created_by, desk) if part)


def _identity(id_type_label: str, masked: str) -> str:
    return fill(translate("KeyOwnerSlips", "%1 %2"), id_type_label, masked) if masked else ""


# --- Handover


def handover_flowables(doc: DocumentBuilder, handover: HandoverRow,
                       key_set: KeySetRow) -> list[Flowable]:
    """The keys handed over, to whom, the statement and the signatures."""
    grid = FormGrid(doc)
    grid.section(translate("KeyOwnerSlips", "Keys"))
    grid.pair(translate("KeyOwnerSlips", "Tag"), handover.tag,
              translate("KeyOwnerSlips", "Unit / area"), handover.unit_label, large=True)
    grid.pair(translate("KeyOwnerSlips", "Kind"), key_set.kind.label(),
              translate("KeyOwnerSlips", "Keys handed over"), str(handover.keys_handed),
              large=False)
    grid.section(translate("KeyOwnerSlips", "Received by"))
    grid.pair(translate("KeyOwnerSlips", "Owner"), handover.owner_name,
              translate("KeyOwnerSlips", "Phone"), handover.phone_masked, large=True)
    grid.wide(translate("KeyOwnerSlips", "ID document"),
              _identity(handover.id_type.label(), handover.id_number_masked))
    grid.pair(translate("KeyOwnerSlips", "Handed over at"), format_local(handover.at),
              translate("KeyOwnerSlips", "Desk"), _operator(handover.created_by, handover.desk))
    if handover.note:
        grid.wide(translate("KeyOwnerSlips", "Note"), handover.note)
    return [
        *grid.flowables(),
        doc.spacer(3 * mm),
        _statement(doc, fill(translate(
            "KeyOwnerSlips", "The owner has counted the %1 keys above in front of the desk "
                             "and received them complete. From now on the management keeps "
                             "no key of set %2."), handover.keys_handed, handover.tag)),
        doc.spacer(3 * mm),
        signature_cells(doc, [translate("KeyOwnerSlips", "Owner (signature)"),
                              translate("KeyOwnerSlips", "Desk (signature)")]),
    ]


def render_handover_slip(handover: HandoverRow, key_set: KeySetRow, org: OrgInfo,
                         paper: Paper, out: Path, *,
                         now: dt.datetime | None = None) -> RenderResult:
    """Print the handover slip of ``handover`` (of ``key_set``) to ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the slip.
    """
    if paper not in PAPERS:
        raise ValueError(f"the key handover slip is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=handover_title(),
                  content=lambda doc: handover_flowables(doc, handover, key_set), now=now,
                  pdf_title=f"{handover_title()} {handover.tag}")


# --- Deposit


def until_text(day: dt.date | None) -> str:
    """A list's end date, or that it runs until the owner withdraws it."""
    return day.isoformat() if day is not None else translate("KeyOwnerSlips",
                                                             "Until withdrawn")


def person_rows(people: Sequence[AuthorisedRow], deposit: DepositRow) -> list[list[str]]:
    """One row per person on the list: number, name, relation, masked phone, until (the
    earlier of their own date and the deposit's)."""
    rows = []
    for number, person in enumerate(people, start=1):
        ends = [d for d in (person.valid_until, deposit.authorised_until) if d is not None]
        rows.append([str(number), person.name, person.relation, person.phone_masked,
                     until_text(min(ends) if ends else None)])
    return rows


def deposit_flowables(doc: DocumentBuilder, deposit: DepositRow, key_set: KeySetRow,
                      people: Sequence[AuthorisedRow]) -> list[Flowable]:
    """The keys left, by whom, the owner's list, the statement and the signatures."""
    grid = FormGrid(doc)
    grid.section(translate("KeyOwnerSlips", "Keys"))
    grid.pair(translate("KeyOwnerSlips", "Tag"), key_set.tag,
              translate("KeyOwnerSlips", "Unit / area"), key_set.unit_label, large=True)
    grid.pair(translate("KeyOwnerSlips", "Kind"), key_set.kind.label(),
              translate("KeyOwnerSlips", "Keys left"), str(deposit.keys_deposited))
    grid.section(translate("KeyOwnerSlips", "Left by"))
    grid.pair(translate("KeyOwnerSlips", "Owner"), deposit.owner_name,
              translate("KeyOwnerSlips", "Phone"), deposit.owner_phone_masked, large=True)
    grid.pair(translate("KeyOwnerSlips", "Signed by"), deposit.signed_by or deposit.owner_name,
              translate("KeyOwnerSlips", "Left at"), format_local(deposit.deposited_at))
    grid.pair(translate("KeyOwnerSlips", "Borrowing allowed until"),
              until_text(deposit.authorised_until),
              translate("KeyOwnerSlips", "Desk"), _operator(deposit.created_by, deposit.desk))
    if deposit.note:
        grid.wide(translate("KeyOwnerSlips", "Note"), deposit.note)
    headings = [translate("KeyOwnerSlips", "No."), translate("KeyOwnerSlips", "Name"),
                translate("KeyOwnerSlips", "Relation"), translate("KeyOwnerSlips", "Phone"),
                translate("KeyOwnerSlips", "Until")]
    heading = ParagraphStyle("key_list_heading", parent=doc.styles.body)
    story: list[Flowable] = [
        *grid.flowables(),
        doc.spacer(3 * mm),
        doc.paragraph(translate("KeyOwnerSlips", "People the owner allows to borrow the keys"),
                      field=deposit_title(), style=heading),
        doc.spacer(1.5 * mm),
    ]
    if people:
        story.append(ruled_list(doc, headings, person_rows(people, deposit),
                                (0.07, 0.27, 0.2, 0.22, 0.24)))
    else:
        story.append(_statement(doc, translate(
            "KeyOwnerSlips", "Nobody: the keys are lent only with the owner's consent, "
                             "asked each time.")))
    story += [
        doc.spacer(3 * mm),
        _statement(doc, translate(
            "KeyOwnerSlips", "The owner leaves the keys above in the management's safekeeping. "
                             "They are lent only to the people listed, until the date given, "
                             "each of whom shows ID and signs a borrowing slip; anyone else "
                             "only with the owner's consent, confirmed each time. The owner "
                             "tells the desk at once of any change to the list.")),
        doc.spacer(3 * mm),
        signature_cells(doc, [translate("KeyOwnerSlips", "Owner (signature)"),
                              translate("KeyOwnerSlips", "Desk (signature)")]),
    ]
    return story


def render_deposit_slip(deposit: DepositRow, key_set: KeySetRow,
                        people: Sequence[AuthorisedRow], org: OrgInfo, paper: Paper, out: Path,
                        *, now: dt.datetime | None = None) -> RenderResult:
    """Print the deposit slip of ``deposit`` (of ``key_set``, the owner's list ``people``
    as it stands) to ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the slip.
    """
    if paper not in PAPERS:
        raise ValueError(f"the key deposit slip is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=deposit_title(),
                  content=lambda doc: deposit_flowables(doc, deposit, key_set, people),
                  now=now, pdf_title=f"{deposit_title()} {key_set.tag}")
