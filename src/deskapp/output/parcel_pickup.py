"""The pickup slip 取件签收单: the parcels handed over in one pickup, who collected them (for
the recipient or themselves), the ID shown — masked: the slip is filed at the counter —,
and the lines to sign. A5, an 80 mm roll or A4."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.services.parcels.rows import PickupRow
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, KeyValue, RenderResult, format_local, render
from deskapp.output.form_grid import signature_cells
from deskapp.output.parcel_parts import ListColumn, carrier_cell, kind_cell, parcel_list

PAPERS = (Paper.A5, Paper.ROLL80, Paper.A4)


def title() -> str:
    """The slip's title in the user's language."""
    return translate("ParcelPickup", "Parcel pickup slip")


def pickup_number(pickup: PickupRow) -> str:
    """The slip's reference: P000012."""
    return f"P{pickup.id:06d}"


def collector_text(pickup: PickupRow) -> str:
    """``王五 (for the recipient)``, or the name alone."""
    if pickup.on_behalf:
        return fill(translate("ParcelPickup", "%1 (for the recipient)"), pickup.collected_by)
    return pickup.collected_by


def identity_text(pickup: PickupRow) -> str:
    """The document shown and its masked number ("" when none was asked for)."""
    if not pickup.id_number:
        return ""
    # Two lines: the number never breaks in its middle on a roll.
    return f"{pickup.id_type.label()}\n{pickup.id_number_masked}"


def slip_flowables(doc: DocumentBuilder, pickup: PickupRow) -> list[Flowable]:
    """Who collected, the parcels, the declaration and the signatures."""
    s = doc.styles
    rows = [
        KeyValue(translate("ParcelPickup", "Pickup"), pickup_number(pickup), large=True),
        KeyValue(translate("ParcelPickup", "Collected at"), format_local(pickup.at)),
        KeyValue(translate("ParcelPickup", "Collected by"), collector_text(pickup), large=True),
        KeyValue(translate("ParcelPickup", "ID document"), identity_text(pickup)),
        KeyValue(translate("ParcelPickup", "Phone"), pickup.phone_masked),
        KeyValue(translate("ParcelPickup", "Handed over by"),
                 " · ".join(p for p in (pickup.created_by, pickup.desk) if p)),
    ]
    columns = [
        ListColumn(translate("ParcelPickup", "Number"), 0.23, lambda r: r.number),
        ListColumn(translate("ParcelPickup", "For"), 0.24, lambda r: r.recipient_text),
        ListColumn(translate("ParcelPickup", "Carrier / waybill"), 0.27, carrier_cell),
        ListColumn(translate("ParcelPickup", "Kind"), 0.16, kind_cell),
        ListColumn(translate("ParcelPickup", "Shelf"), 0.1, lambda r: r.shelf),
    ]
    count = fill(translate("ParcelPickup", "%1 item(s) handed over"), len(pickup.parcels))
    return [
        doc.key_values([r for r in rows if r.value]),
        doc.spacer(2.5 * mm),
        doc.paragraph(count, field=title(), style=s.label),
        doc.spacer(1 * mm),
        *parcel_list(doc, columns, pickup.parcels),
        doc.spacer(2.5 * mm),
        doc.paragraph(translate(
            "ParcelPickup", "I have received the items above; damage noted at intake is "
                            "listed with them."), field=title(), style=s.body),
        doc.spacer(2 * mm),
        *_signatures(doc),
    ]


def _signatures(doc: DocumentBuilder) -> list[Flowable]:
    who = [translate("ParcelPickup", "Collected by (signature)"),
           translate("ParcelPickup", "Desk (signature)")]
    if doc.geometry.is_roll:  # one under the other: the roll is narrow
        return [doc.signature_line(name, height=14 * mm) for name in who]
    return [signature_cells(doc, who, height=20 * mm)]


def render_pickup_slip(pickup: PickupRow, org: OrgInfo, paper: Paper, out: Path, *,
                       now: dt.datetime | None = None) -> RenderResult:
    """Print the slip of ``pickup`` to ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the slip.
    """
    if paper not in PAPERS:
        raise ValueError(f"the pickup slip is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: slip_flowables(doc, pickup), now=now,
                  pdf_title=f"{title()} {pickup_number(pickup)}")
