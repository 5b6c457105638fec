"""The revisit record: 《电话回访记录表》 for a revisit by phone, 《回访记录单》 for one in
person, which the customer signs. A4.

Top: the request in short (number, complainant, unit, what it was about, the result the
revisit asked about — a request reopened and resolved again has a newer one). Then
the revisit: when, by whom and at what level (the same level as the request's severity),
the effect, the satisfaction as four tick boxes with the chosen one ticked, shortcomings,
suggestions, the final opinion, and what goes back to the department. No phone number: the
record is about the service, and the in-person one is signed in front of the customer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.requests.records import (
    EventKind,
    EventRow,
    RequestRow,
    RevisitHow,
    RevisitRow,
    Satisfaction,
)
from deskapp.i18n import fill, translate
from deskapp.output.document import (
    DocumentBuilder,
    RenderResult,
    format_local,
    render,
    shortened,
)
from deskapp.output.form_grid import Choice, FormGrid, signature_cells

PAPERS = (Paper.A4,)
# The request's content is printed in short: the handling form has it whole.
CONTENT_CHARS = 120


def title(how: RevisitHow) -> str:
    """《电话回访记录表》 by phone, 《回访记录单》 in person."""
    if how is RevisitHow.PHONE:
        return translate("RevisitRecord", "Telephone revisit record")
    return translate("RevisitRecord", "Revisit record")


def satisfaction_choices(chosen: Satisfaction) -> list[Choice]:
    """The four verdicts in order, ``chosen`` ticked."""
    return [Choice(s.label(), s is chosen) for s in Satisfaction]


def level_text(request: RequestRow) -> str:
    """The level the revisit is made at: ``Customer-service supervisor (important)``."""
    return fill(translate("RevisitRecord", "%1 (%2)"), request.level.label(),
                request.severity.label().lower())


def signers(how: RevisitHow) -> list[str]:
    """Who signs: the customer too when the revisit was made in person."""
    who = [translate("RevisitRecord", "Revisited by (signature)")]
    if how is RevisitHow.IN_PERSON:
        who.insert(0, translate("RevisitRecord", "Customer (signature)"))
    return who


def result_revisited(request: RequestRow, events: Sequence[EventRow],
                     revisit: RevisitRow) -> str:
    """The result the revisit was about: the last resolution recorded before it (the
    request's own result if the steps say nothing)."""
    found = [e.text for e in events if e.kind is EventKind.RESOLVED and e.at <= revisit.at]
    return found[-1] if found else request.result


def record_flowables(doc: DocumentBuilder, request: RequestRow, revisit: RevisitRow,
                     result: str) -> list[Flowable]:
    """The request in short, the revisit, then the signatures."""
    box = 18 * mm
    grid = FormGrid(doc)
    grid.section(translate("RevisitRecord", "The request"))
    grid.pair(translate("RevisitRecord", "Number"), request.number,
              translate("RevisitRecord", "Received"), format_local(request.received_at))
    grid.pair(translate("RevisitRecord", "Customer"), request.complainant,
              translate("RevisitRecord", "Unit / company"), request.about_label)
    grid.pair(translate("RevisitRecord", "Kind"), request.kind.label(),
              translate("RevisitRecord", "Department"), request.department_label)
    grid.wide(translate("RevisitRecord", "About"), shortened(request.content, CONTENT_CHARS))
    grid.wide(translate("RevisitRecord", "Result"), result)
    grid.section(translate("RevisitRecord", "The revisit"))
    grid.pair(translate("RevisitRecord", "Revisited"), format_local(revisit.at),
              translate("RevisitRecord", "How"), revisit.how.label())
    grid.pair(translate("RevisitRecord", "Revisited by"), revisit.revisited_by,
              translate("RevisitRecord", "Level"), level_text(request))
    grid.wide(translate("RevisitRecord", "Effect of the service"), revisit.effect, min_height=box)
    grid.choices(translate("RevisitRecord", "Satisfaction"),
                 satisfaction_choices(revisit.satisfaction))
    grid.wide(translate("RevisitRecord", "Shortcomings"), revisit.shortcomings, min_height=box)
    grid.wide(translate("RevisitRecord", "Suggestions"), revisit.suggestions, min_height=box)
    grid.wide(translate("RevisitRecord", "Customer's final opinion"), revisit.final_opinion,
              min_height=box)
    grid.wide(translate("RevisitRecord", "Sent back to the department"), revisit.sent_back,
              min_height=box)
    story: list[Flowable] = [*grid.flowables(), doc.spacer(3 * mm)]
    story.append(signature_cells(doc, signers(revisit.how)))
    return story


def render_revisit_record(request: RequestRow, revisit: RevisitRow, org: OrgInfo, paper: Paper,
                          out: Path, *, events: Sequence[EventRow] = (),
                          now: dt.datetime | None = None) -> RenderResult:
    """Print the record of ``revisit`` (of ``request``, whose dated steps are ``events``)
    to ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the record, or the revisit is another
            request's.
    """
    if paper not in PAPERS:
        raise ValueError(f"the revisit record is laid out for {PAPERS}, not {paper}")
    if revisit.request_id != request.id:
        raise ValueError("the revisit belongs to another request")
    heading = title(revisit.how)
    return render(out, paper=paper, org=org, title=heading,
                  content=lambda doc: record_flowables(
                      doc, request, revisit, result_revisited(request, events, revisit)),
                  now=now,
                  pdf_title=f"{heading} {request.number}")

