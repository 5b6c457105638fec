"""The complaint handling form 《客户投诉处理表》 sent to the responsible department. A4.

The desk fills the top (who, what, how serious, who handles it, by when); the department
writes the process and result and returns it; the desk writes the customer's final opinion.
A form printed after the request moved on carries what is known already: the result, the
dated progress notes, the final opinion. The phone is printed whole: the department calls
the customer back, so the form is internal and says so on every page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.requests.records import EventKind, EventRow, RequestRow, Severity
from deskapp.i18n import fill, translate
from deskapp.output.document import DocumentBuilder, RenderResult, format_local, render
from deskapp.output.form_grid import FormGrid, signature_cells

PAPERS = (Paper.A4,)
# The steps already said elsewhere on the form are not repeated among the notes.
_NOT_NOTES = (EventKind.REGISTERED,)


def title() -> str:
    """The form's title in the user's language."""
    return translate("ComplaintForm", "Customer complaint handling form")


def internal_line() -> str:
    """The line at the foot of every page."""
    return translate("ComplaintForm", "Internal form: it holds the customer's phone number. "
                                      "Return it to customer service when done.")


def severity_text(request: RequestRow) -> str:
    """``Important · Attitude``: the severity with the grounds it was filed under."""
    if request.grounds is None:
        return request.severity.label()
    return fill(translate("ComplaintForm", "%1 · %2"), request.severity.label(),
                request.grounds.label())


def handler_level_text(severity: Severity) -> str:
    """Who handles a request of ``severity``: assistant, supervisor or manager."""
    return severity.level.label()


def channel_text(request: RequestRow) -> str:
    """How it came in (a forwarded one names the department that forwarded it)."""
    if request.forwarded_from:
        return fill(translate("ComplaintForm", "%1 (%2)"), request.channel.label(),
                    request.forwarded_from)
    return request.channel.label()


def state_text(request: RequestRow) -> str:
    """Where it stands, with what it waits for and how often it was reopened."""
    parts = [request.state.label()]
    if request.paused:
        parts.append(fill(translate("ComplaintForm", "waiting on the customer: %1"),
                          request.pause_reason))
    if request.reopened:
        parts.append(fill(translate("ComplaintForm", "reopened %1 times"), request.reopened))
    return translate("ComplaintForm", "; ").join(parts)


def result_texts(request: RequestRow) -> list[str]:
    """The process and result, and the rectification planned (empty until resolved)."""
    texts = [request.result] if request.result else []
    if request.rectification:
        texts.append(fill(translate("ComplaintForm", "Rectification: %1"),
                          request.rectification))
    return texts


def note_lines(events: Sequence[EventRow]) -> list[str]:
    """The dated steps after intake, oldest first, each with who wrote it:
    ``2026-11-23 10:05 Dispatched: 工程部 (王芳)``."""
    lines = []
    for event in events:
        if event.kind in _NOT_NOTES:
            continue
        text = fill(translate("ComplaintForm", "%1 %2: %3"), format_local(event.at),
                    event.kind.label(), event.text) if event.text else fill(
            translate("ComplaintForm", "%1 %2"), format_local(event.at), event.kind.label())
        if event.created_by:
            text = fill(translate("ComplaintForm", "%1 (%2)"), text, event.created_by)
        lines.append(text)
    return lines


def form_flowables(doc: DocumentBuilder, request: RequestRow,
                   events: Sequence[EventRow]) -> list[Flowable]:
    """The grid of the form, then the signatures."""
    grid = FormGrid(doc)
    grid.pair(translate("ComplaintForm", "Number"), request.number,
              translate("ComplaintForm", "Received"), format_local(request.received_at), large=True)
    grid.pair(translate("ComplaintForm", "Channel"), channel_text(request),
              translate("ComplaintForm", "Taken by"), request.created_by)
    grid.pair(translate("ComplaintForm", "Complainant"), request.complainant,
              translate("ComplaintForm", "Phone"), request.phone)
    grid.wide(translate("ComplaintForm", "Unit / company"), request.about_label)
    grid.wide(translate("ComplaintForm", "Complaint"), request.content, min_height=32 * mm)
    grid.pair(translate("ComplaintForm", "Kind"), request.kind.label(),
              translate("ComplaintForm", "Nature"), request.nature.label())
    grid.pair(translate("ComplaintForm", "Severity"), severity_text(request),
              translate("ComplaintForm", "Handled by"), handler_level_text(request.severity))
    grid.pair(translate("ComplaintForm", "Owner"),
              request.owner or (translate("ComplaintForm", "(major requests only)")
                                if request.severity is not Severity.MAJOR else ""),
              translate("ComplaintForm", "Deadline"), format_local(request.due_at))
    grid.pair(translate("ComplaintForm", "Department"), request.department_label,
              translate("ComplaintForm", "Dispatched"), format_local(request.dispatched_at))
    grid.pair(translate("ComplaintForm", "Handler"), request.handler,
              translate("ComplaintForm", "Resolved"), format_local(request.resolved_at))
    grid.wide(translate("ComplaintForm", "Process and result"), result_texts(request),
              min_height=38 * mm)
    grid.wide(translate("ComplaintForm", "Progress notes"), note_lines(events), min_height=22 * mm)
    grid.pair(translate("ComplaintForm", "State"), state_text(request),
              translate("ComplaintForm", "Revisit due"),
              request.revisit_due.isoformat() if request.revisit_due else "")
    grid.wide(translate("ComplaintForm", "Customer's final opinion"), request.final_opinion,
              min_height=18 * mm)
    return [
        *grid.flowables(),
        doc.spacer(3 * mm),
        signature_cells(doc, [translate("ComplaintForm", "Handler (signature)"),
                              translate("ComplaintForm", "Head of department (signature)"),
                              translate("ComplaintForm", "Customer service (signature)")]),
    ]


def render_complaint_form(request: RequestRow, events: Sequence[EventRow], org: OrgInfo,
                          paper: Paper, out: Path, *,
                          now: dt.datetime | None = None) -> RenderResult:
    """Print the handling form of ``request`` (its dated steps ``events``) to ``out``.

    Raises:
        ValueError: ``paper`` is not laid out for the form.
    """
    if paper not in PAPERS:
        raise ValueError(f"the complaint form is laid out for {PAPERS}, not {paper}")
    return render(out, paper=paper, org=org, title=title(),
                  content=lambda doc: form_flowables(doc, request, events), now=now,
                  pdf_title=f"{title()} {request.number}", footer_note=internal_line())
