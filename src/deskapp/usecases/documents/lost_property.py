"""Lost property's printed documents: the notice posted for the owner, the claim slip the
owner signs, and the record of an item handed to the police. Each is found by the item's
id or the number on its label (SW2026-0007)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.errors import DomainError
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.services.lost_property_records import FoundItemRow, FoundState
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


def _item(domain: Domain, typed: str) -> FoundItemRow:
    number = record_id(typed)
    lost = domain.lost_property
    return lost.item(number) if number is not None else lost.item_by_number(typed)


def _in_state(state: FoundState, refusal: Callable[[], str]) -> Callable[[Domain, str],
                                                                         FoundItemRow]:
    def load(domain: Domain, typed: str) -> FoundItemRow:
        item = _item(domain, typed)
        if item.state is not state:
            raise DomainError(fill(refusal(), item.number, item.state.label().lower()))
        return item
    return load


def _render_notice(item: FoundItemRow, org: OrgInfo, paper: Paper, out: Path,
                   now: dt.datetime) -> RenderResult:
    from deskapp.output.lost_property_papers import render_found_notice

    return render_found_notice(item, org, paper, out, now=now)


def _render_claim(item: FoundItemRow, org: OrgInfo, paper: Paper, out: Path,
                  now: dt.datetime) -> RenderResult:
    from deskapp.output.lost_property_papers import render_claim_slip

    return render_claim_slip(item, org, paper, out, now=now)


def _render_police(item: FoundItemRow, org: OrgInfo, paper: Paper, out: Path,
                   now: dt.datetime) -> RenderResult:
    from deskapp.output.lost_property_papers import render_police_record

    return render_police_record(item, org, paper, out, now=now)


LOST_PROPERTY_NOTICE = DocumentSpec(
    kind="lost-property-notice",
    label=lambda: translate("DocumentKind", "Lost property notice"),
    papers=(Paper.A4, Paper.A5),
    load=_in_state(FoundState.KEPT, lambda: translate(
        "LostPropertyDocuments", "%1 is %2: there is nothing to post any more.")),
    reference=lambda item: item.number,
    render=_render_notice,
    copies_marked=False,  # posted again when it is torn down or rained on
)

LOST_PROPERTY_CLAIM = DocumentSpec(
    kind="lost-property-claim",
    label=lambda: translate("DocumentKind", "Lost property claim slip"),
    papers=(Paper.A5, Paper.A4),
    load=_in_state(FoundState.CLAIMED, lambda: translate(
        "LostPropertyDocuments", "%1 is %2: a claim slip is printed once its owner has "
        "claimed it.")),
    reference=lambda item: item.number,
    render=_render_claim,
)

LOST_PROPERTY_POLICE = DocumentSpec(
    kind="lost-property-police",
    label=lambda: translate("DocumentKind", "Lost property handed to the police"),
    papers=(Paper.A4, Paper.A5),
    load=_in_state(FoundState.TO_POLICE, lambda: translate(
        "LostPropertyDocuments", "%1 is %2: this record is printed once it is handed to the "
        "police.")),
    reference=lambda item: item.number,
    render=_render_police,
)
