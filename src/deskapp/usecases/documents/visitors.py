"""The visitor log's printed document: the visitor pass."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.records import OrgInfo, Paper, VisitRow
from deskapp.i18n import translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


def _load(domain: Domain, typed: str) -> VisitRow:
    # The visit's id, or the number printed on its pass (as typed or scanned).
    number = record_id(typed)
    if number is not None:
        return domain.visitors.visit(number)
    return domain.visitors.visit_by_pass(typed)


def _render(visit: VisitRow, org: OrgInfo, paper: Paper, out: Path,
            now: dt.datetime) -> RenderResult:
    # ReportLab loads on the first print, not at start-up.
    from deskapp.output.visitor_pass import render_visitor_pass

    return render_visitor_pass(visit, org, paper, out, now=now)


VISITOR_PASS = DocumentSpec(
    kind="visitor-pass",
    label=lambda: translate("DocumentKind", "Visitor pass"),
    papers=(Paper.ROLL80, Paper.A6),
    load=_load,
    reference=lambda visit: visit.pass_no,
    render=_render,
)
