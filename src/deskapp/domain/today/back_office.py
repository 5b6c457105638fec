"""Today's sources for the work behind the counter: requests due, keys out, parcels on
the shelf, release passes whose guard's copy is not back, and the day's takings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlmodel import Session, col, func, select

from deskapp.db.fee_models import Receipt, ReceiptPayment
from deskapp.db.models import KeyLoan, Request
from deskapp.db.service_models import PARCEL_WAITING, PASS_OPEN, Parcel, ReleasePass
from deskapp.domain.fees.records import Method
from deskapp.domain.money import format_money
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.requests.records import State
from deskapp.domain.services.parcels.records import ACTION_AFTER, REMIND_AFTER
from deskapp.domain.today.items import (
    AttentionGroup,
    AttentionSource,
    Entry,
    Link,
    SourceContext,
    Urgency,
    shorten,
)
from deskapp.i18n import fill, translate

# The partial indexes' own conditions, written as they are (SQLite uses a partial index
# only for a query that states its condition).
_REQUEST_OPEN = text("state NOT IN ('closed')")
_REQUEST_RESOLVED = text("state = 'resolved'")
_HANDLING = [s.value for s in State if s.being_handled]
# A bound on the time of receipt makes SQLite search ix_parcel_waiting (see ParcelLists).
_AHEAD = dt.timedelta(days=1)



# --- Requests due for action today, and overdue (ix_request_open) ----------------------

def read_requests_due(session: Session, context: SourceContext) -> AttentionGroup:
    """Requests being handled whose deadline falls before the end of today, the earliest
    deadline first; past it, overdue (a paused request waits: its clock is stopped)."""
    _start, end = context.day_bounds()
    where = (_REQUEST_OPEN, col(Request.state).in_(_HANDLING), col(Request.paused_at).is_(None),
             col(Request.due_at) < end)
    count = session.exec(select(func.count(col(Request.id))).where(*where)).one()
    late = session.exec(select(func.count(col(Request.id))).where(
        *where, col(Request.due_at) < context.now)).one()
    rows = session.exec(select(Request.id, Request.number, Request.content,
                               Request.due_at).where(*where)
                        .order_by(col(Request.due_at), col(Request.id)).limit(context.limit))
    entries = tuple(
        Entry(" ".join(p for p in (number, shorten(content, 30)) if p),
              Link(RecordKind.REQUEST, request_id),
              Urgency.OVERDUE if due < context.now else Urgency.ATTENTION,
              context.time_text(due))
        for request_id, number, content, due in rows)
    urgency = Urgency.OVERDUE if late else (Urgency.ATTENTION if count else Urgency.NORMAL)
    return AttentionGroup("requests_due", translate("Today", "Requests due today"), int(count),
                          urgency, entries, "requests",
                          note=fill(translate("Today", "%1 overdue"), late) if late else "")


def read_revisits_due(session: Session, context: SourceContext) -> AttentionGroup:
    """Resolved requests whose revisit is due today or late (ix_request_revisit_due)."""
    where = (_REQUEST_RESOLVED, col(Request.revisit_due).is_not(None),
             col(Request.revisit_due) <= context.today)
    count = session.exec(select(func.count(col(Request.id))).where(*where)).one()
    late = session.exec(select(func.count(col(Request.id))).where(
        *where, col(Request.revisit_due) < context.today)).one()
    rows = session.exec(select(Request.id, Request.number, Request.complainant,
                               Request.about_label, Request.revisit_due).where(*where)
                        .order_by(col(Request.revisit_due), col(Request.id))
                        .limit(context.limit))
    entries = tuple(
        Entry(" ".join(p for p in (number, shorten(who or about, 24)) if p),
              Link(RecordKind.REQUEST, request_id),
              Urgency.OVERDUE if due < context.today else Urgency.ATTENTION,
              due.strftime("%m-%d"))
        for request_id, number, who, about, due in rows)
    urgency = Urgency.OVERDUE if late else (Urgency.ATTENTION if count else Urgency.NORMAL)
    return AttentionGroup("revisits_due", translate("Today", "Revisits due"), int(count), urgency,
                          entries, "requests",
                          note=fill(translate("Today", "%1 late"), late) if late else "")


# --- Keys out (ix_keyloan_open) -------------------------------------------------------

def read_keys_out(session: Session, context: SourceContext) -> AttentionGroup:
    """Keys signed out and not all back, the longest out first; past the time they were
    to come back, overdue."""
    where = (col(KeyLoan.closed_at).is_(None),)
    count = session.exec(select(func.count(col(KeyLoan.id))).where(*where)).one()
    late = session.exec(select(func.count(col(KeyLoan.id))).where(
        *where, col(KeyLoan.expected_back) < context.now)).one()
    rows = session.exec(select(KeyLoan.id, KeyLoan.tag, KeyLoan.unit_label,
                               KeyLoan.borrower_name, KeyLoan.expected_back).where(*where)
                        .order_by(col(KeyLoan.out_at), col(KeyLoan.id)).limit(context.limit))
    entries = tuple(
        Entry(" ".join(p for p in (tag, shorten(unit, 16), "·", shorten(borrower, 10)) if p),
              Link(RecordKind.KEY_LOAN, loan_id),
              Urgency.OVERDUE if back < context.now else Urgency.NORMAL,
              context.time_text(back))
        for loan_id, tag, unit, borrower, back in rows)
    return AttentionGroup("keys_out", translate("Today", "Keys out"), int(count),
                          Urgency.OVERDUE if late else Urgency.NORMAL, entries, "keys",
                          note=fill(translate("Today", "%1 overdue"), late) if late else "")


# --- Parcels on the shelf (ix_parcel_waiting) ------------------------------------------

def read_parcels(session: Session, context: SourceContext) -> AttentionGroup:
    """Parcels waiting on the shelf, the oldest first: a reminder is due after three days,
    the sender's return after fourteen."""
    where = (text(PARCEL_WAITING), col(Parcel.received_at) < context.now + _AHEAD)
    remind, act = context.now - REMIND_AFTER, context.now - ACTION_AFTER
    count = session.exec(select(func.count(col(Parcel.id))).where(*where)).one()
    over_remind = session.exec(select(func.count(col(Parcel.id))).where(
        *where, col(Parcel.received_at) < remind)).one()
    over_act = session.exec(select(func.count(col(Parcel.id))).where(
        *where, col(Parcel.received_at) < act)).one()
    rows = session.exec(select(Parcel.id, Parcel.recipient_label,
                               Parcel.recipient_name, Parcel.shelf, Parcel.received_at)
                        .where(*where).order_by(col(Parcel.received_at), col(Parcel.id))
                        .limit(context.limit))
    entries = tuple(
        Entry(" · ".join(p for p in (shorten(label or name, 24), shelf) if p),
              Link(RecordKind.PARCEL, parcel_id),
              Urgency.OVERDUE if at < act else
              (Urgency.ATTENTION if at < remind else Urgency.NORMAL), context.time_text(at))
        for parcel_id, label, name, shelf, at in rows)
    urgency = (Urgency.OVERDUE if over_act else
               Urgency.ATTENTION if over_remind else Urgency.NORMAL)
    return AttentionGroup("parcels", translate("Today", "Parcels not collected"), int(count),
                          urgency, entries, "services",
                          note=fill(translate("Today", "%1 waiting over 3 days"), over_remind)
                          if over_remind else "")


# --- Release passes whose guard's copy is not back (ix_releasepass_open) -----------------

def read_release_passes(session: Session, context: SourceContext) -> AttentionGroup:
    """Release passes whose guard's copy is not back; one of an earlier day is overdue."""
    start, _end = context.day_bounds()
    where = (text(PASS_OPEN),)
    count = session.exec(select(func.count(col(ReleasePass.id))).where(*where)).one()
    late = session.exec(select(func.count(col(ReleasePass.id))).where(
        *where, col(ReleasePass.issued_at) < start)).one()
    rows = session.exec(select(ReleasePass.id, ReleasePass.number, ReleasePass.unit_label,
                               ReleasePass.carrier_name, ReleasePass.issued_at).where(*where)
                        .order_by(col(ReleasePass.issued_at), col(ReleasePass.id))
                        .limit(context.limit))
    entries = tuple(
        Entry(" ".join(p for p in (number, shorten(unit, 16), "·", shorten(carrier, 10)) if p),
              Link(RecordKind.RELEASE_PASS, pass_id),
              Urgency.OVERDUE if at < start else Urgency.NORMAL, context.time_text(at))
        for pass_id, number, unit, carrier, at in rows)
    return AttentionGroup("release_passes", translate("Today", "Release passes not back"),
                          int(count), Urgency.OVERDUE if late else Urgency.NORMAL, entries,
                          "services",
                          note=(fill(translate("Today", "%1 from earlier days"), late)
                                if late else ""))


# --- Today's takings by method (ix_receipt_issued_at_id) --------------------------------

def read_takings(session: Session, context: SourceContext) -> AttentionGroup:
    """The money received today on receipts not voided, by method, every cashier's (the
    handover sheet's sums, for the whole counter); the count is the receipts."""
    start, end = context.day_bounds()
    kept = (col(Receipt.issued_at) >= start, col(Receipt.issued_at) < end,
            col(Receipt.voided_at).is_(None))
    receipts, total = session.exec(select(func.count(col(Receipt.id)),
                                          func.coalesce(func.sum(Receipt.total_fen), 0))
                                   .where(*kept)).one()
    by_method = session.exec(
        select(ReceiptPayment.method, func.count(col(ReceiptPayment.id)),
               func.sum(ReceiptPayment.amount_fen))
        .join(Receipt, col(Receipt.id) == col(ReceiptPayment.receipt_id))
        .where(*kept).group_by(col(ReceiptPayment.method))).all()
    order = {m.value: i for i, m in enumerate(Method)}
    entries = tuple(
        Entry(fill(translate("Today", "%1 (%2)"), _method_label(method), parts),
              aside=format_money(int(fen or 0)))
        for method, parts, fen in sorted(by_method, key=lambda r: order.get(r[0], 99)))
    return AttentionGroup("takings", translate("Today", "Today's takings"), int(receipts),
                          Urgency.NORMAL, entries, "fees", figure=format_money(int(total)),
                          note=fill(translate("Today", "Receipts: %1"), receipts),
                          empty=translate("Today", "No money taken yet today"))


def _method_label(method: str) -> str:
    try:
        return Method(method).label()
    except ValueError:
        return method


REQUESTS_DUE = AttentionSource("requests_due", "requests", read_requests_due)
REVISITS_DUE = AttentionSource("revisits_due", "requests", read_revisits_due)
KEYS_OUT = AttentionSource("keys_out", "keys", read_keys_out)
PARCELS = AttentionSource("parcels", "services", read_parcels)
RELEASE_PASSES = AttentionSource("release_passes", "services", read_release_passes)
TAKINGS = AttentionSource("takings", "fees", read_takings)
