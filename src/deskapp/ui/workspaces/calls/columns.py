"""The call log's table: its columns, row colours and tooltips."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

from deskapp.domain.calls.records import CallRow, CallSort, Direction
from deskapp.domain.clock import Clock
from deskapp.i18n import fill, translate
from deskapp.ui.framework.paged_model import Column
from deskapp.ui.framework.times import when

OVERDUE_BRUSH = QBrush(QColor("#fde7c8"))
PENDING_BRUSH = QBrush(QColor("#dcebf7"))


def call_columns(clock: Clock) -> list[Column[CallRow]]:
    """The columns, in order; only indexed columns sort."""

    def message(row: CallRow) -> str:
        if not row.messages:
            return ""
        pending = row.pending_messages
        if pending:
            return fill(translate("CallColumns", "For %1: not yet passed on"),
                        pending[0].recipient)
        return fill(translate("CallColumns", "Passed on to %1"), row.messages[-1].delivered_to)

    def callback(row: CallRow) -> str:
        if row.callback_due is None:
            return ""
        if row.callback_done_at is not None:
            return fill(translate("CallColumns", "Called back %1"),
                        when(clock, row.callback_done_at))
        if row.callback_overdue(clock.now()):
            return fill(translate("CallColumns", "Overdue since %1"), when(clock, row.callback_due))
        return fill(translate("CallColumns", "By %1"), when(clock, row.callback_due))

    # Each title is spelled out in its translate() call, where lupdate can find it.
    return [
        Column("started_at", lambda: translate("CallColumns", "Time"),
               lambda r: when(clock, r.started_at), CallSort.STARTED_AT, 62),
        Column("direction", lambda: translate("CallColumns", "In/out"),
               lambda r: "↙" if r.direction is Direction.IN else "↗", None, 52),
        Column("caller", lambda: translate("CallColumns", "Caller"),
               lambda r: r.caller_name, CallSort.CALLER, 90),
        Column("phone", lambda: translate("CallColumns", "Phone"),
               lambda r: r.phone, CallSort.PHONE, 104),
        Column("about", lambda: translate("CallColumns", "Unit / company"),
               lambda r: r.about_label, CallSort.ABOUT, 150),
        Column("category", lambda: translate("CallColumns", "Category"),
               lambda r: r.category.label(), None, 96),
        Column("subject", lambda: translate("CallColumns", "Subject"),
               lambda r: r.subject, None, 180),
        Column("message", lambda: translate("CallColumns", "Message"), message, None, 150,
               bold=lambda r: bool(r.pending_messages)),
        Column("callback", lambda: translate("CallColumns", "Callback"), callback, None, 120,
               bold=lambda r: r.callback_overdue(clock.now())),
        Column("transferred", lambda: translate("CallColumns", "Transferred to"),
               lambda r: r.transferred_to, None, 100),
        Column("by", lambda: translate("CallColumns", "Taken by"),
               lambda r: r.created_by, None, 70),
        Column("desk", lambda: translate("CallColumns", "Counter"), lambda r: r.desk, None, 90),
    ]


def call_background(clock: Clock):  # type: ignore[no-untyped-def]
    """An overdue callback amber, a message not yet passed on blue."""

    def background(row: CallRow) -> QBrush | None:
        if row.callback_overdue(clock.now()):
            return OVERDUE_BRUSH
        if row.pending_messages:
            return PENDING_BRUSH
        return None

    return background


def call_tooltip(row: CallRow) -> str:
    """The notes, the messages and the callback's result, on hover."""
    lines = [f"{row.caller_name}  {row.phone}  {row.subject}".strip()]
    if row.notes:
        lines.append(fill(translate("CallColumns", "Notes: %1"), row.notes))
    for message in row.messages:
        lines.append(fill(translate("CallColumns", "Message for %1: %2"), message.recipient,
                          message.text))
    if row.callback_result:
        lines.append(fill(translate("CallColumns", "Callback: %1"), row.callback_result))
    return "\n".join(lines)
