"""The temporary pass card (``deskapp print temp-pass ID``), by record id or pass number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.errors import NotFound
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.temp_passes import TempPassRow
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


def _load(domain: Domain, typed: str) -> TempPassRow:
    # The pass's record id, or the number printed on it (as typed or scanned).
    number = record_id(typed)
    if number is not None:
        return domain.screening.temp_pass_by_id(number)
    found = domain.screening.temp_pass(typed)
    if found is None:
        raise NotFound(fill(translate("TempPass", "There is no temporary pass %1."), typed.strip()))
    return found


def _render(row: TempPassRow, org: OrgInfo, paper: Paper, out: Path,
            now: dt.datetime) -> RenderResult:
    # ReportLab loads on the first print, not at start-up.
    from deskapp.output.temp_pass_card import render_temp_pass_card

    return render_temp_pass_card(row, org, paper, out, now=now)


TEMP_PASS = DocumentSpec(
    kind="temp-pass",
    label=lambda: translate("DocumentKind", "Temporary pass card"),
    papers=(Paper.A6, Paper.ROLL80),
    load=_load,
    reference=lambda row: row.pass_no,
    render=_render,
)
