"""Today's sources for the people at the counter: visitors on site and expected, the
phone's messages and callbacks, the handover notes not yet read."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, func, select

from deskapp.db.day_models import HandoverNote
from deskapp.db.models import Call, CallMessage, ExpectedVisitor, Visit
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.today.items import (
    AttentionGroup,
    AttentionSource,
    Entry,
    Link,
    SourceContext,
    Urgency,
    most_urgent,
    shorten,
)
from deskapp.domain.visitors.expected import NO_SHOW_AFTER
from deskapp.i18n import fill, translate

# --- Visitors on site (the partial index ix_visit_on_site holds exactly them) ------------

def _on_site_where() -> tuple[object, ...]:
    return (col(Visit.time_out).is_(None), col(Visit.voided_at).is_(None))


def late_before(context: SourceContext) -> dt.datetime:
    """Visits that came before this instant are over their time now: every earlier day's,
    and today's once the settings' late hour has struck (the visitor log's own rule)."""
    start, end = context.day_bounds()
    late_today = context.clock.at_local(context.today, context.late_hour)
    return end if context.now >= late_today else start


def read_on_site(session: Session, context: SourceContext) -> AttentionGroup:
    """Visitors on site, the ones over their time first (the oldest arrivals)."""
    where = _on_site_where()
    cutoff = late_before(context)
    count = session.exec(select(func.count(col(Visit.id))).where(*where)).one()
    late = session.exec(select(func.count(col(Visit.id))).where(
        *where, col(Visit.time_in) < cutoff)).one()
    rows = session.exec(select(Visit.id, Visit.name, Visit.host_label,
                               Visit.time_in, Visit.party_size).where(*where)
                        .order_by(col(Visit.time_in), col(Visit.id)).limit(context.limit))
    entries = []
    for visit_id, name, host, time_in, party in rows:
        who = name if party <= 1 else fill(translate("Today", "%1 (party of %2)"), name, party)
        entries.append(Entry(" ".join(p for p in (who, "→", shorten(host, 24)) if p),
                             Link(RecordKind.VISIT, visit_id),
                             Urgency.OVERDUE if time_in < cutoff else Urgency.NORMAL,
                             context.time_text(time_in)))
    return AttentionGroup(
        "on_site", translate("Today", "Visitors on site"), int(count),
        Urgency.OVERDUE if late else Urgency.NORMAL, tuple(entries), "visitors",
        note=fill(translate("Today", "%1 over their time"), late) if late else "")


# --- Expected visitors not yet arrived ---------------------------------------------------

def read_expected(session: Session, context: SourceContext) -> AttentionGroup:
    """Today's expected visitors still waiting: not arrived, not cancelled, not yet a
    no-show (see :func:`deskapp.domain.visitors.expected.expected_state`)."""
    start, end = context.day_bounds()
    # Still waiting: expected from NO_SHOW_AFTER ago on, until the day's end.
    where = (col(ExpectedVisitor.expected_at) >= max(start, context.now - NO_SHOW_AFTER),
             col(ExpectedVisitor.expected_at) < end,
             col(ExpectedVisitor.visit_id).is_(None),
             col(ExpectedVisitor.cancelled_at).is_(None))
    count = session.exec(select(func.count(col(ExpectedVisitor.id))).where(*where)).one()
    late = session.exec(select(func.count(col(ExpectedVisitor.id))).where(
        *where, col(ExpectedVisitor.expected_at) < context.now)).one()
    rows = session.exec(select(ExpectedVisitor.id, ExpectedVisitor.name,
                               ExpectedVisitor.host_label, ExpectedVisitor.expected_at)
                        .where(*where).order_by(col(ExpectedVisitor.expected_at),
                                                col(ExpectedVisitor.id))
                        .limit(context.limit))
    entries = tuple(
        Entry(" ".join(p for p in (name, "→", shorten(host, 24)) if p),
              Link(RecordKind.EXPECTED_VISIT, entry_id),
              Urgency.ATTENTION if at < context.now else Urgency.NORMAL,
              context.time_text(at))
        for entry_id, name, host, at in rows)
    return AttentionGroup(
        "expected", translate("Today", "Expected, not yet arrived"), int(count),
        Urgency.ATTENTION if late else Urgency.NORMAL, entries, "visitors",
        note=fill(translate("Today", "%1 past their time"), late) if late else "")


# --- Messages not yet passed on (ix_callmessage_pending) ---------------------------------

def read_messages(session: Session, context: SourceContext) -> AttentionGroup:
    """Messages taken on the phone and not yet passed on, the oldest first; one from an
    earlier day is overdue."""
    where = (col(CallMessage.delivered_at).is_(None),)
    start, _end = context.day_bounds()
    count = session.exec(select(func.count(col(CallMessage.id))).where(*where)).one()
    old = session.exec(select(func.count(col(CallMessage.id))).where(
        *where, col(CallMessage.created_at) < start)).one()
    rows = session.exec(select(CallMessage.call_id, CallMessage.recipient, CallMessage.text,
                               CallMessage.created_at).where(*where)
                        .order_by(col(CallMessage.created_at), col(CallMessage.id))
                        .limit(context.limit))
    entries = tuple(
        Entry(fill(translate("Today", "For %1: %2"), shorten(recipient, 16), shorten(text, 30)),
              Link(RecordKind.CALL, call_id),
              Urgency.OVERDUE if at < start else Urgency.ATTENTION, context.time_text(at))
        for call_id, recipient, text, at in rows)
    urgency = Urgency.OVERDUE if old else (Urgency.ATTENTION if count else Urgency.NORMAL)
    return AttentionGroup("messages", translate("Today", "Messages to pass on"), int(count),
                          urgency, entries, "calls",
                          note=fill(translate("Today", "%1 from earlier days"), old) if old else "")


# --- Callbacks due (ix_call_callback_open) -----------------------------------------------

def read_callbacks(session: Session, context: SourceContext) -> AttentionGroup:
    """Callbacks due by the end of today, the most urgent first; past their time, overdue."""
    _start, end = context.day_bounds()
    where = (col(Call.callback_due).is_not(None), col(Call.callback_done_at).is_(None),
             col(Call.callback_due) < end)
    count = session.exec(select(func.count(col(Call.id))).where(*where)).one()
    late = session.exec(select(func.count(col(Call.id))).where(
        *where, col(Call.callback_due) < context.now)).one()
    rows = session.exec(select(Call.id, Call.caller_name, Call.about_label, Call.subject,
                               Call.callback_due).where(*where)
                        .order_by(col(Call.callback_due), col(Call.id)).limit(context.limit))
    entries = []
    for call_id, caller, about, subject, due in rows:
        who = caller or about or subject
        entries.append(Entry(
            " · ".join(p for p in (shorten(who, 20),
                                   shorten(subject, 24) if subject != who else "") if p),
            Link(RecordKind.CALL, call_id),
            Urgency.OVERDUE if due < context.now else Urgency.ATTENTION,
            context.time_text(due)))
    urgency = Urgency.OVERDUE if late else (Urgency.ATTENTION if count else Urgency.NORMAL)
    return AttentionGroup("callbacks", translate("Today", "Callbacks due today"), int(count),
                          urgency, tuple(entries), "calls",
                          note=fill(translate("Today", "%1 overdue"), late) if late else "")


# --- Handover notes not yet acknowledged (ix_handovernote_unacknowledged) ---------------

def read_handover_notes(session: Session, context: SourceContext) -> AttentionGroup:
    """The shift handover notes nobody has acknowledged yet, the oldest first."""
    where = (col(HandoverNote.acknowledged_at).is_(None),)
    count = session.exec(select(func.count(col(HandoverNote.id))).where(*where)).one()
    rows = session.exec(select(HandoverNote.id, HandoverNote.written_at,
                               HandoverNote.written_by, HandoverNote.shift, HandoverNote.text)
                        .where(*where)
                        .order_by(col(HandoverNote.written_at), col(HandoverNote.id))
                        .limit(context.limit))
    entries = tuple(
        Entry(fill(translate("Today", "%1: %2"), " ".join(p for p in (shift, by) if p),
                   shorten(text, 30)),
              Link(RecordKind.HANDOVER_NOTE, note_id), Urgency.ATTENTION,
              context.time_text(at))
        for note_id, at, by, shift, text in rows)
    return AttentionGroup("handover_notes",
                          translate("Today", "Unread handover notes"), int(count),
                          most_urgent(*(e.urgency for e in entries)), entries, "")


ON_SITE = AttentionSource("on_site", "visitors", read_on_site)
EXPECTED = AttentionSource("expected", "visitors", read_expected)
MESSAGES = AttentionSource("messages", "calls", read_messages)
CALLBACKS = AttentionSource("callbacks", "calls", read_callbacks)
HANDOVER_NOTES = AttentionSource("handover_notes", "", read_handover_notes)
