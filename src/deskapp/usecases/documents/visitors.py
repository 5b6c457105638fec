"""The visitor log's printed document: the visitor pass."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.errors import DomainError
from deskapp.domain.records import OrgInfo, Paper, VisitFlag, VisitRow
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


class VoidedVisit(DomainError):
    """A voided visit was entered by mistake: it has no pass to print."""

    def __init__(self, visit: VisitRow) -> None:
        if visit.void_reason:
            text = fill(translate("VisitorPass", "Visit %1 was voided (%2): it has no pass "
                                  "to print."), visit.pass_no, visit.void_reason)
        else:
            text = fill(translate("VisitorPass", "Visit %1 was voided: it has no pass to "
                                  "print."), visit.pass_no)
        super().__init__(text)
        self.visit = visit


def _load(domain: Domain, typed: str) -> VisitRow:
    # The visit's id, or the number printed on its pass (as typed or scanned).
    number = record_id(typed)
    if number is not None:
        visit = domain.visitors.visit(number)
    else:
        visit = domain.visitors.visit_by_pass(typed)
    if VisitFlag.VOIDED in visit.flags:
        raise VoidedVisit(visit)
    return visit


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
