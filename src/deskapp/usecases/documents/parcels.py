"""Mail and parcels' printed documents: the pickup notice of one recipient (or, for 0, the
lists posted floor by floor) and the pickup slip signed when parcels are collected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.errors import NotFound
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.services.parcels.rows import FloorLists, PickupRow, UnitNotice
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


# --- The pickup notice


def _load_notice(domain: Domain, typed: str) -> UnitNotice | FloorLists:
    # A unit's id: its notice; 0: every floor's list; a parcel's number (PK2026-000123):
    # the notice of its recipient, whoever they are (a department, a company, a person).
    parcels = domain.parcels
    number = record_id(typed)
    if number == 0:
        return parcels.floor_lists()
    if number is not None:
        return parcels.unit_notice(number)
    return parcels.notice_for(parcels.parcel_by_number(typed).recipient)


def _render_notice(notice: UnitNotice | FloorLists, org: OrgInfo, paper: Paper, out: Path,
                   now: dt.datetime) -> RenderResult:
    # ReportLab loads on the first print, not at start-up.
    from deskapp.output.parcel_notice import render_floor_lists, render_parcel_notice

    if isinstance(notice, FloorLists):
        return render_floor_lists(notice, org, paper, out, now=now)
    return render_parcel_notice(notice, org, paper, out, now=now)


def _notice_reference(notice: UnitNotice | FloorLists) -> str:
    if isinstance(notice, FloorLists):
        return "floors"
    return notice.parcels[0].number


PARCEL_NOTICE = DocumentSpec(
    kind="parcel-notice",
    label=lambda: translate("DocumentKind", "Parcel pickup notice"),
    papers=(Paper.A4, Paper.A5, Paper.ROLL80),
    load=_load_notice,
    reference=_notice_reference,
    render=_render_notice,
    copies_marked=False,  # printed again whenever more comes or a reminder is due
)


# --- The pickup slip


def _load_pickup(domain: Domain, typed: str) -> PickupRow:
    number = record_id(typed)
    if number is None:
        raise NotFound(fill(translate("ParcelLog", "There is no pickup number %1."),
                            typed.strip()))
    return domain.parcels.pickup_record(number)


def _render_pickup(pickup: PickupRow, org: OrgInfo, paper: Paper, out: Path,
                   now: dt.datetime) -> RenderResult:
    from deskapp.output.parcel_pickup import render_pickup_slip

    return render_pickup_slip(pickup, org, paper, out, now=now)


PARCEL_PICKUP = DocumentSpec(
    kind="parcel-pickup",
    label=lambda: translate("DocumentKind", "Parcel pickup slip"),
    papers=(Paper.A5, Paper.ROLL80, Paper.A4),
    load=_load_pickup,
    reference=lambda pickup: f"P{pickup.id:06d}",
    render=_render_pickup,
)
