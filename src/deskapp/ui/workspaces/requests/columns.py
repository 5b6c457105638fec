"""The request list's columns, row colours and tooltips."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

from deskapp.domain.clock import Clock
from deskapp.domain.requests.records import RequestRow, RequestSort, Severity, State
from deskapp.i18n import fill, translate
from deskapp.ui.framework.paged_model import Column
from deskapp.ui.framework.times import when

OVERDUE_BRUSH = QBrush(QColor("#fde7c8"))
REVISIT_BRUSH = QBrush(QColor("#dcebf7"))
MAJOR_BRUSH = QBrush(QColor("#f9d6d5"))



def state_text(row: RequestRow, clock: Clock) -> str:
    """The state, with what it waits for."""
    text = row.state.label()
    if row.paused:
        text = fill(translate("RequestColumns", "%1, waiting on the customer"), text)
    if row.state is State.RESOLVED and row.revisit_due is not None:
        text = fill(translate("RequestColumns", "%1, revisit by %2"), text,
                    row.revisit_due.strftime("%m-%d"))
    if row.reopened:
        text = fill(translate("RequestColumns", "%1 (reopened %2×)"), text, row.reopened)
    return text


def due_text(row: RequestRow, clock: Clock) -> str:
    """The deadline, and whether it has passed."""
    if row.due_at is None or not row.state.being_handled:
        return ""
    if row.overdue(clock.now()):
        return fill(translate("RequestColumns", "Overdue since %1"), when(clock, row.due_at))
    return when(clock, row.due_at)


def request_columns(clock: Clock) -> list[Column[RequestRow]]:
    """The columns, in order; only indexed columns sort."""
    return [
        Column("received_at", lambda: translate("RequestColumns", "Taken"),
               lambda r: when(clock, r.received_at), RequestSort.RECEIVED_AT, 118),
        Column("number", lambda: translate("RequestColumns", "Number"),
               lambda r: r.number, None, 92),
        Column("complainant", lambda: translate("RequestColumns", "From"),
               lambda r: r.complainant, None, 80),
        Column("about", lambda: translate("RequestColumns", "Unit / company"),
               lambda r: r.about_label, None, 130),
        Column("kind", lambda: translate("RequestColumns", "Kind"),
               lambda r: r.kind.label(), None, 80),
        Column("severity", lambda: translate("RequestColumns", "Severity"),
               lambda r: r.severity.label(), None, 76,
               bold=lambda r: r.severity is Severity.MAJOR),
        Column("content", lambda: translate("RequestColumns", "What was said"),
               lambda r: r.content.replace("\n", " "), None, 200),
        Column("department", lambda: translate("RequestColumns", "Department"),
               lambda r: r.department_label, None, 80),
        Column("due", lambda: translate("RequestColumns", "Deadline"),
               lambda r: due_text(r, clock), None, 120,
               bold=lambda r: r.overdue(clock.now())),
        Column("state", lambda: translate("RequestColumns", "State"),
               lambda r: state_text(r, clock), None, 130),
        Column("by", lambda: translate("RequestColumns", "Taken by"),
               lambda r: r.created_by, None, 70),
    ]


def request_background(clock: Clock):  # type: ignore[no-untyped-def]
    """Overdue amber, a revisit due blue, an open major request red."""

    def background(row: RequestRow) -> QBrush | None:
        if row.overdue(clock.now()):
            return OVERDUE_BRUSH
        if row.state is State.RESOLVED and row.revisit_due is not None \
                and row.revisit_due <= clock.today():
            return REVISIT_BRUSH
        if row.severity is Severity.MAJOR and row.state is not State.CLOSED:
            return MAJOR_BRUSH
        return None

    return background


def request_tooltip(row: RequestRow) -> str:
    """What was said, the grounds and the result, on hover."""
    lines = [f"{row.number}  {row.complainant}  {row.about_label}".strip(), row.content]
    if row.grounds is not None:
        lines.append(fill(translate("RequestColumns", "Grounds: %1"), row.grounds.label()))
    if row.pause_reason:
        lines.append(fill(translate("RequestColumns", "Waiting for: %1"), row.pause_reason))
    if row.result:
        lines.append(fill(translate("RequestColumns", "Result: %1"), row.result))
    return "\n".join(lines)
