"""The pickup notices 取件通知: one recipient's (slipped under the door or into the
mailbox), and the lists posted floor by floor (a page per floor; on a roll, one after
another). A4, A5 or an 80 mm roll.

A recipient's notice lists what waits for them — number, carrier and waybill, kind,
received, shelf — with the first number as a Code128 barcode: scanned at the desk it brings
up every parcel of theirs. A floor list is posted in the lift lobby, so it names no one: the
unit number (or the company or department), the person's surname only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.services.parcels.records import Reminder
from deskapp.domain.services.parcels.rows import FloorList, FloorLists, ParcelRow, UnitNotice
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    DocumentBuilder,
    KeyValue,
    RenderResult,
    code128_symbol,
    format_local,
    render,
)
from deskapp.output.parcel_parts import (
    ListColumn,
    carrier_cell,
    kind_cell,
    parcel_list,
    received_text,
    waited_text,
)

PAPERS = (Paper.A4, Paper.A5, Paper.ROLL80)


def notice_title() -> str:
    """The notice's title in the user's language."""
    return translate("ParcelNotice", "Parcel pickup notice")


def floors_title() -> str:
    """The floor list's title in the user's language."""
    return translate("ParcelNotice", "Parcels waiting at the front desk")


def _bring_line() -> str:
    return translate("ParcelNotice", "Please collect them at the front desk with your ID. "
                                     "Someone collecting for you brings their own ID.")


def _long(row: ParcelRow, at: dt.datetime) -> bool:
    return row.reminder(at) is not Reminder.NONE


# --- One recipient -----------------------------------------------------------------------


def notice_flowables(doc: DocumentBuilder, notice: UnitNotice) -> list[Flowable]:
    """To whom, the parcels, how to collect them, the barcode to scan at the desk."""
    s = doc.styles
    at = notice.at
    columns = [
        ListColumn(translate("ParcelNotice", "Number"), 0.23, lambda r: r.number),
        ListColumn(translate("ParcelNotice", "Carrier / waybill"), 0.29, carrier_cell),
        ListColumn(translate("ParcelNotice", "Kind"), 0.18, kind_cell),
        ListColumn(translate("ParcelNotice", "Received"), 0.18, received_text),
        ListColumn(translate("ParcelNotice", "Shelf"), 0.12, lambda r: r.shelf),
    ]
    count = len(notice.parcels)
    story: list[Flowable] = [
        doc.key_values([
            KeyValue(translate("ParcelNotice", "For"), notice.label, large=True),
            KeyValue(translate("ParcelNotice", "Waiting"),
                     fill(translate("ParcelNotice", "%1 item(s) since %2"), count,
                          format_local(notice.parcels[0].received_at, fmt="%Y-%m-%d"))),
        ]),
        doc.spacer(2.5 * mm),
        *parcel_list(doc, columns, notice.parcels,
                     shaded=[_long(r, at) for r in notice.parcels]),
        doc.spacer(2.5 * mm),
        doc.paragraph(_bring_line(), field=notice_title(), style=s.body),
    ]
    if any(_long(r, at) for r in notice.parcels):
        # A roll has no shading: its blocks say when each came.
        hurry = (translate("ParcelNotice", "Some have waited more than 3 days: please "
                                           "collect them soon.") if doc.geometry.is_roll
                 else translate("ParcelNotice", "Some have waited more than 3 days (shaded): "
                                                "please collect them soon."))
        story += [doc.spacer(1.5 * mm), doc.paragraph(hurry, field=notice_title(),
                                                      style=s.body)]
    first = notice.parcels[0].number
    if code128_symbol(first, doc.geometry.frame_width) is not None:
        story += [doc.spacer(3 * mm), doc.barcode(first, bar_height=10 * mm),
                  doc.note(translate("ParcelNotice", "Show this at the desk: the scan "
                                                     "brings up all your parcels."))]
    return story


def render_parcel_notice(notice: UnitNotice, org: OrgInfo, paper: Paper, out: Path, *,
                         now: dt.datetime | None = None) -> RenderResult:
    """Print ``notice`` (one recipient's waiting parcels) to ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the notice.
    """
    if paper not in PAPERS:
        raise ValueError(f"the parcel notice is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=notice_title(),
                  content=lambda doc: notice_flowables(doc, notice), now=now,
                  pdf_title=f"{notice_title()} {notice.label}")


# --- Floor by floor ----------------------------------------------------------------------


def posted_recipient(row: ParcelRow) -> str:
    """Whom a posted list names: the unit number, or the company or department, and the
    person's surname only (张*)."""
    if row.unit_id is not None:
        where = row.recipient_label.split(" ")[0]
    else:
        where = row.recipient_label
    name = row.recipient_name
    who = name[0] + "*" if name and name not in row.recipient_label else ""
    return " ".join(part for part in (where, who) if part)


def floor_heading(floor: str) -> str:
    """``Floor 12``, or the page of what belongs to no floor."""
    if floor:
        return fill(translate("ParcelNotice", "Floor %1"), floor)
    return translate("ParcelNotice", "Other recipients")


def floor_flowables(doc: DocumentBuilder, org: OrgInfo, lists: FloorLists) -> list[Flowable]:
    """A page per floor, each with the organisation, the floor and its parcels."""
    s = doc.styles
    at = lists.at
    columns = [
        ListColumn(translate("ParcelNotice", "Unit / recipient"), 0.2, posted_recipient),
        ListColumn(translate("ParcelNotice", "Number"), 0.17, lambda r: r.number),
        ListColumn(translate("ParcelNotice", "Carrier"), 0.16, lambda r: r.carrier_text),
        ListColumn(translate("ParcelNotice", "Kind"), 0.16, lambda r: r.kind.label()),
        ListColumn(translate("ParcelNotice", "Received"), 0.12, received_text),
        ListColumn(translate("ParcelNotice", "Waiting"), 0.1, lambda r: waited_text(r, at)),
        ListColumn(translate("ParcelNotice", "Shelf"), 0.09, lambda r: r.shelf),
    ]
    heading = ParagraphStyle("parcel_floor", parent=s.big)
    as_of = fill(translate("ParcelNotice", "As at %1"), format_local(at))
    story: list[Flowable] = []
    floors: tuple[FloorList, ...] = lists.floors or (FloorList("", ()),)
    for index, floor in enumerate(floors):
        if index:  # a roll's one page follows its content: the floors run on
            story.append(doc.rule(space=4 * mm) if doc.geometry.is_roll else PageBreak())
        story += doc.org_header(org)
        story += [doc.rule(space=1.6 * mm), doc.title(floors_title()),
                  doc.paragraph(floor_heading(floor.floor) if lists.floors else "",
                                field=floors_title(), style=heading),
                  doc.note(as_of), doc.spacer(3 * mm)]
        if not floor.parcels:
            story.append(doc.paragraph(translate(
                "ParcelNotice", "Nothing is waiting at the front desk."), field=floors_title(),
                style=s.body))
            continue
        story += parcel_list(doc, columns, floor.parcels,
                             shaded=[_long(r, at) for r in floor.parcels])
        story += [doc.spacer(3 * mm),
                  doc.paragraph(_bring_line(), field=floors_title(), style=s.body),
                  doc.paragraph(translate("ParcelNotice", "Shaded: waiting more than 3 "
                                                          "days."), field=floors_title(),
                                style=s.small)]
    return story


def render_floor_lists(lists: FloorLists, org: OrgInfo, paper: Paper, out: Path, *,
                       now: dt.datetime | None = None) -> RenderResult:
    """Print every waiting parcel, a page (or more) per floor, to ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the lists.
    """
    if paper not in PAPERS:
        raise ValueError(f"the floor lists are laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=floors_title(), header=False,
                  content=lambda doc: floor_flowables(doc, org, lists), now=now,
                  pdf_title=floors_title())
