"""The request log's printed documents: the complaint handling form, the revisit record and
the monthly complaints list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.errors import NotFound
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.requests.records import EventRow, RequestRow, RevisitRow
from deskapp.i18n import fill, translate
from deskapp.usecases.printing import DocumentSpec, record_id
from deskapp.usecases.requests_month import MonthReport, month_report, parse_month

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.document import RenderResult


@dataclass(frozen=True)
class _Form:
    request: RequestRow
    events: list[EventRow]


def _load_form(domain: Domain, typed: str) -> _Form:
    # The request's id, or the number printed on its form (R2026-0012) as typed.
    number = record_id(typed)
    request = (domain.requests.request(number) if number is not None
               else domain.requests.by_number(typed))
    return _Form(request, domain.requests.events(request.id))


def _render_form(form: _Form, org: OrgInfo, paper: Paper, out: Path,
                 now: dt.datetime) -> RenderResult:
    # ReportLab loads on the first print, not at start-up.
    from deskapp.output.complaint_form import render_complaint_form

    return render_complaint_form(form.request, form.events, org, paper, out, now=now)


COMPLAINT_FORM = DocumentSpec(
    kind="complaint-form",
    label=lambda: translate("DocumentKind", "Complaint handling form"),
    papers=(Paper.A4,),
    load=_load_form,
    reference=lambda form: form.request.number,
    render=_render_form,
)


@dataclass(frozen=True)
class _Revisit:
    request: RequestRow
    revisit: RevisitRow
    events: list[EventRow]


def _load_revisit(domain: Domain, typed: str) -> _Revisit:
    number = record_id(typed)
    if number is None:
        raise NotFound(fill(translate("RequestLog", "There is no revisit number %1."), typed))
    revisit = domain.requests.revisit_record(number)
    return _Revisit(domain.requests.request(revisit.request_id), revisit,
                    domain.requests.events(revisit.request_id))


def _render_revisit(record: _Revisit, org: OrgInfo, paper: Paper, out: Path,
                    now: dt.datetime) -> RenderResult:
    from deskapp.output.revisit_record import render_revisit_record

    return render_revisit_record(record.request, record.revisit, org, paper, out,
                                 events=record.events, now=now)


REVISIT_RECORD = DocumentSpec(
    kind="revisit-record",
    label=lambda: translate("DocumentKind", "Revisit record"),
    papers=(Paper.A4,),
    load=_load_revisit,
    # A request may be revisited more than once: each revisit is its own record.
    reference=lambda record: f"{record.request.number}-V{record.revisit.id}",
    render=_render_revisit,
)


def _load_month(domain: Domain, typed: str) -> MonthReport:
    return month_report(domain, *parse_month(typed))


def _render_month(report: MonthReport, org: OrgInfo, paper: Paper, out: Path,
                  now: dt.datetime) -> RenderResult:
    from deskapp.output.monthly_complaints import render_monthly_complaints

    return render_monthly_complaints(report.rows, report.summary, report.drawn_at, org, paper,
                                     out, now=now)


MONTHLY_COMPLAINTS = DocumentSpec(
    kind="monthly-complaints",
    label=lambda: translate("DocumentKind", "Monthly complaints list"),
    papers=(Paper.A4,),  # landscape: the list has twelve columns
    load=_load_month,
    reference=lambda report: report.label,
    render=_render_month,
    copies_marked=False,  # drawn afresh as the month's requests move on
)
