"""Lost property's papers: the notice posted for the owner (失物招领启事), the claim slip the
owner signs (失物认领单) and the record of an item handed to the police (移交公安机关登记单).

The notice says what was found, where and when, and how to claim it — never what the item
holds or how to tell it apart, which only the owner can say; the slips list them. ID
numbers and phones are masked on paper. A4 or A5.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.services.lost_property_records import FoundItemRow, FoundState
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, RenderResult, format_local, render
from deskapp.output.form_grid import FormGrid, signature_cells

PAPERS = (Paper.A4, Paper.A5)


def notice_title() -> str:
    """The notice's title in the user's language."""
    return translate("LostPropertyPapers", "Lost property notice")


def claim_title() -> str:
    """The claim slip's title in the user's language."""
    return translate("LostPropertyPapers", "Lost property claim slip")


def police_title() -> str:
    """The police handover record's title in the user's language."""
    return translate("LostPropertyPapers", "Lost property handed to the police")


def _day(moment: dt.datetime) -> str:
    return format_local(moment, fmt="%Y-%m-%d")


def _style(doc: DocumentBuilder, name: str, scale: float, *, align: int | None = None,
           after: float = 0) -> ParagraphStyle:
    body = doc.styles.body
    style = ParagraphStyle(name, parent=body, fontSize=body.fontSize * scale,
                           leading=body.leading * scale, spaceAfter=after)
    if align is not None:
        style.alignment = align
    return style


def _item_line(item: FoundItemRow) -> str:
    return fill(translate("LostPropertyPapers", "%1 (%2)"), item.description,
                item.category.label())


# --- The notice for posting


def notice_flowables(doc: DocumentBuilder, item: FoundItemRow, org: OrgInfo,
                     posted: dt.datetime) -> list[Flowable]:
    """What was found, where and when, how to claim it, whom to ask."""
    field = notice_title()
    text = _style(doc, "lost_text", 1.3, after=3 * mm)
    item_style = _style(doc, "lost_item", 2.0, align=TA_CENTER, after=4 * mm)
    number = _style(doc, "lost_number", 0.9, align=TA_RIGHT)
    contact = [fill(translate("LostPropertyPapers", "Tel. %1"), org.phone)] if org.phone else []
    if org.address:
        contact.append(org.address)
    # Read from across the lobby: the title as large as the page takes.
    big = ParagraphStyle("lost_title", parent=doc.styles.big, fontSize=doc.styles.big.fontSize
                         * 1.3, leading=doc.styles.big.leading * 1.3, spaceAfter=2 * mm)
    story: list[Flowable] = [
        *doc.org_header(org),
        doc.rule(space=1.6 * mm),
        doc.paragraph(field, field=field, style=doc.fit_style(big, field,
                                                              doc.geometry.frame_width)),
        doc.paragraph(fill(translate("LostPropertyPapers", "No. %1"), item.number),
                      field=field, style=number),
        doc.spacer(4 * mm),
        doc.paragraph(fill(translate(
            "LostPropertyPapers", "On %1 the following was found at %2 and is kept at the "
            "reception desk:"), format_local(item.found_at), item.found_where),
            field=field, style=text),
        doc.paragraph(_item_line(item), field=field, style=doc.fit_style(
            item_style, _item_line(item), doc.geometry.frame_width, min_scale=0.7)),
        doc.paragraph(fill(translate(
            "LostPropertyPapers", "Its owner is asked to come to the reception desk of %1 "
            "with their own ID document, and to describe the item and what it holds. Once "
            "the description matches, the item is handed over against a signature."),
            org.name), field=field, style=text),
        doc.paragraph(translate(
            "LostPropertyPapers", "To protect the owner, this notice does not say what the "
            "item holds or how it can be told apart: only its owner can describe that."),
            field=field, style=text),
        doc.paragraph(fill(translate(
            "LostPropertyPapers", "It is kept for its owner until %1. Unclaimed by then, it "
            "is handed to the police."), _day(item.police_due_at)), field=field, style=text),
    ]
    if contact:
        story.append(doc.paragraph(fill(translate("LostPropertyPapers", "Contact: %1"),
                                        "  ·  ".join(contact)), field=field, style=text))
    story += [
        doc.spacer(8 * mm),
        doc.paragraph(org.name, field=field, style=_style(doc, "lost_signed", 1.3,
                                                         align=TA_RIGHT)),
        doc.paragraph(_day(posted), field=field, style=_style(doc, "lost_dated", 1.3,
                                                             align=TA_RIGHT)),
    ]
    return story


def render_found_notice(item: FoundItemRow, org: OrgInfo, paper: Paper, out: Path, *,
                        now: dt.datetime, strict: bool = False) -> RenderResult:
    """Print the notice of ``item`` for posting to ``out``.

    Raises:
        ValueError: ``paper`` is not one the notice is laid out for.
    """
    if paper not in PAPERS:
        raise ValueError(f"the lost property notice is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=notice_title(), header=False,
                  content=lambda doc: notice_flowables(doc, item, org, now), now=now,
                  strict=strict, pdf_title=f"{notice_title()} {item.number}", one_page=True)


# --- What both slips say of the item


def _item_grid(grid: FormGrid, item: FoundItemRow) -> None:
    grid.section(translate("LostPropertyPapers", "The item"))
    grid.pair(translate("LostPropertyPapers", "Number"), item.number,
              translate("LostPropertyPapers", "Found at"), format_local(item.found_at),
              large=True)
    grid.wide(translate("LostPropertyPapers", "Item"), _item_line(item))
    grid.wide(translate("LostPropertyPapers", "What it holds"),
              item.contents.splitlines() or "—")
    grid.pair(translate("LostPropertyPapers", "Found where"), item.found_where,
              translate("LostPropertyPapers", "Brought in by"), item.found_by or "—")
    grid.pair(translate("LostPropertyPapers", "Recorded by"),
              fill(translate("LostPropertyPapers", "%1 and %2"), item.recorded_by,
                   item.witnessed_by),
              translate("LostPropertyPapers", "Kept at"), item.kept_where or "—")


def _handed(item: FoundItemRow) -> str:
    return format_local(item.handed_over_at) if item.handed_over_at else ""


# --- The claim slip


def claim_flowables(doc: DocumentBuilder, item: FoundItemRow) -> list[Flowable]:
    """The item, the claimant and how they described it, the signatures."""
    grid = FormGrid(doc, label_share=0.19)
    _item_grid(grid, item)
    grid.section(translate("LostPropertyPapers", "Claimed by"))
    grid.pair(translate("LostPropertyPapers", "Name"), item.claimant_name,
              translate("LostPropertyPapers", "Phone"), item.claimant_phone_masked, large=True)
    grid.wide(translate("LostPropertyPapers", "ID document"),
              fill(translate("LostPropertyPapers", "%1 %2"), item.claimant_id_type.label(),
                   item.claimant_id_masked))
    grid.wide(translate("LostPropertyPapers", "As the claimant described it"),
              item.claim_description.splitlines())
    grid.pair(translate("LostPropertyPapers", "Handed over at"), _handed(item),
              translate("LostPropertyPapers", "Handed over by"), item.handed_over_by)
    statement = _style(doc, "lost_statement", 0.9)
    return [
        *grid.flowables(),
        doc.spacer(3 * mm),
        doc.paragraph(translate(
            "LostPropertyPapers", "The claimant described the item and what it holds before "
            "seeing it, showed their ID document, and has checked and received the item "
            "complete."), field=claim_title(), style=statement),
        doc.spacer(3 * mm),
        signature_cells(doc, [translate("LostPropertyPapers", "Claimant (signature)"),
                              translate("LostPropertyPapers", "Handed over by (signature)")],
                        height=20 * mm),
    ]


def render_claim_slip(item: FoundItemRow, org: OrgInfo, paper: Paper, out: Path, *,
                      now: dt.datetime | None = None, strict: bool = False) -> RenderResult:
    """Print the claim slip of ``item`` to ``out``.

    Raises:
        ValueError: ``paper`` is not one the slip is laid out for, or the item was not
            claimed.
    """
    if paper not in PAPERS:
        raise ValueError(f"the claim slip is laid out for {PAPERS}, not {paper}")
    if item.state is not FoundState.CLAIMED:
        raise ValueError(f"found item {item.number} was not claimed: it has no claim slip")
    return render(out, paper=paper, org=org, title=claim_title(),
                  content=lambda doc: claim_flowables(doc, item), now=now, strict=strict,
                  pdf_title=f"{claim_title()} {item.number}")


# --- The police handover record


def police_flowables(doc: DocumentBuilder, item: FoundItemRow) -> list[Flowable]:
    """The item, the station and the officer, the signatures."""
    grid = FormGrid(doc, label_share=0.19)
    _item_grid(grid, item)
    grid.section(translate("LostPropertyPapers", "Handed to the police"))
    grid.pair(translate("LostPropertyPapers", "Police station"), item.police_station,
              translate("LostPropertyPapers", "Received by"), item.police_officer, large=True)
    grid.pair(translate("LostPropertyPapers", "Handed over at"), _handed(item),
              translate("LostPropertyPapers", "Handed over by"), item.handed_over_by)
    return [
        *grid.flowables(),
        doc.spacer(3 * mm),
        doc.paragraph(fill(translate(
            "LostPropertyPapers", "Kept at the desk from %1, unclaimed, and handed to the "
            "police with what it holds as listed above."), _day(item.found_at)),
            field=police_title(), style=_style(doc, "lost_statement", 0.9)),
        doc.spacer(3 * mm),
        signature_cells(doc, [translate("LostPropertyPapers", "Received by the officer "
                                                              "(signature)"),
                              translate("LostPropertyPapers", "Handed over by (signature)")],
                        height=20 * mm),
    ]


def render_police_record(item: FoundItemRow, org: OrgInfo, paper: Paper, out: Path, *,
                         now: dt.datetime | None = None, strict: bool = False) -> RenderResult:
    """Print the record of ``item`` handed to the police to ``out``.

    Raises:
        ValueError: ``paper`` is not one the record is laid out for, or the item was not
            handed to the police.
    """
    if paper not in PAPERS:
        raise ValueError(f"the police handover record is laid out for {PAPERS}, not {paper}")
    if item.state is not FoundState.TO_POLICE:
        raise ValueError(f"found item {item.number} was not handed to the police")
    return render(out, paper=paper, org=org, title=police_title(),
                  content=lambda doc: police_flowables(doc, item), now=now, strict=strict,
                  pdf_title=f"{police_title()} {item.number}")
