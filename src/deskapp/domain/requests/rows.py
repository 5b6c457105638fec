"""Stored requests, steps, revisits and attachments as the rows the rest of deskapp reads."""

from __future__ import annotations

from deskapp.db.dialect import SearchEntry
from deskapp.db.models import Request, RequestAttachment, RequestEvent, Revisit
from deskapp.domain import pinyin
from deskapp.domain.requests.records import (
    AttachmentRow,
    Channel,
    EventKind,
    EventRow,
    Grounds,
    Kind,
    Nature,
    RequestRow,
    RevisitHow,
    RevisitRow,
    Satisfaction,
    Severity,
    State,
)

# Searched in every request (with the pinyin of the complainant's name).
SEARCHED = (Request.complainant, Request.phone, Request.about_label, Request.number,
            Request.department_label)


def search_entry(request: Request) -> SearchEntry:
    """What the search index keeps of ``request``."""
    assert request.id is not None
    return (request.id, [getattr(request, column.key) for column in SEARCHED],
            pinyin.readings(request.complainant))


def request_row(r: Request) -> RequestRow:
    """``r`` as a row."""
    return RequestRow(
        id=r.id or 0, number=r.number, received_at=r.received_at, channel=Channel(r.channel),
        complainant=r.complainant, phone=r.phone, about_label=r.about_label,
        kind=Kind(r.kind), content=r.content, nature=Nature(r.nature),
        severity=Severity(r.severity), grounds=Grounds(r.grounds) if r.grounds else None,
        department_label=r.department_label, state=State(r.state), created_by=r.created_by,
        forwarded_from=r.forwarded_from, call_id=r.call_id, owner=r.owner, due_at=r.due_at,
        handler=r.handler, dispatched_at=r.dispatched_at, resolved_at=r.resolved_at,
        result=r.result, rectification=r.rectification, revisit_due=r.revisit_due,
        closed_at=r.closed_at,
        final_opinion=r.final_opinion, reopened=r.reopened, paused_at=r.paused_at,
        pause_reason=r.pause_reason, escalated_at=r.escalated_at,
        last_progress_at=r.last_progress_at, desk=r.desk, created_at=r.created_at)


def event_row(e: RequestEvent) -> EventRow:
    """``e`` as a row."""
    return EventRow(e.id or 0, e.at, EventKind(e.kind), e.text, e.created_by, e.approved_by)


def revisit_row(v: Revisit) -> RevisitRow:
    """``v`` as a row."""
    return RevisitRow(
        id=v.id or 0, request_id=v.request_id, at=v.at, how=RevisitHow(v.how),
        satisfaction=Satisfaction(v.satisfaction), effect=v.effect,
        shortcomings=v.shortcomings, suggestions=v.suggestions,
        final_opinion=v.final_opinion, revisited_by=v.revisited_by, sent_back=v.sent_back,
        created_by=v.created_by)


def attachment_row(a: RequestAttachment) -> AttachmentRow:
    """``a`` as a row (without its bytes)."""
    return AttachmentRow(a.id or 0, a.request_id, a.name, a.size, a.added_at, a.created_by)
