"""The end-of-day workbook: one sheet per workspace, built from the domain's rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from deskapp.domain.calls.records import CallRow
from deskapp.domain.clock import format_local
from deskapp.domain.records import VisitFlag, VisitRow
from deskapp.i18n import fill, translate
from deskapp.output.workbook import Column, ColumnKind, Sheet


def late_column() -> Column:
    """The column that marks late entries (saved after their day was closed)."""
    return Column(translate("DayWorkbook", "Late entry"))


def late_mark(late: bool) -> str:
    """A late entry's mark in its sheet ("" for the rest)."""
    return translate("DayWorkbook", "Late") if late else ""


def visitors_sheet(visits: Iterable[VisitRow], row_count: int | None = None,
                   late: Callable[[VisitRow], bool] | None = None) -> Sheet:
    """The visitors sheet: every visit of the day, ID numbers and phones masked; with
    ``late``, a last column marks the visits saved after the day was closed."""
    columns = [
        Column(translate("DayWorkbook", "Pass")),
        Column(translate("DayWorkbook", "Name")),
        Column(translate("DayWorkbook", "People"), ColumnKind.INT),
        Column(translate("DayWorkbook", "ID type")),
        Column(translate("DayWorkbook", "ID number")),
        Column(translate("DayWorkbook", "Phone")),
        Column(translate("DayWorkbook", "Company")),
        Column(translate("DayWorkbook", "Purpose")),
        Column(translate("DayWorkbook", "Host")),
        Column(translate("DayWorkbook", "Host response")),
        Column(translate("DayWorkbook", "Message / new time")),
        Column(translate("DayWorkbook", "Time in"), ColumnKind.DATETIME),
        Column(translate("DayWorkbook", "Time out"), ColumnKind.DATETIME),
        Column(translate("DayWorkbook", "Plate")),
        Column(translate("DayWorkbook", "Items carried")),
        Column(translate("DayWorkbook", "Note")),
        Column(translate("DayWorkbook", "Remarks")),
        Column(translate("DayWorkbook", "Checked in by")),
        Column(translate("DayWorkbook", "Counter")),
        *([late_column()] if late else []),
    ]

    def rows() -> Iterable[tuple[object, ...]]:
        for v in visits:
            message = v.host_message
            if v.appointment_at:
                message = " ".join(filter(None, [message, format_local(v.appointment_at)]))
            yield (
                v.pass_no, v.name, v.party_size, v.id_type.label(), v.id_number_masked,
                v.phone_masked,
                v.company, v.purpose.label(), v.host_label, v.host_response.label(), message,
                v.time_in, v.time_out, v.plate, v.items, v.note, _remarks(v), v.created_by,
                v.desk, *((late_mark(late(v)),) if late else ()),
            )

    return Sheet(translate("DayWorkbook", "Visitors"), columns, rows(), row_count)


def _remarks(v: VisitRow) -> str:
    notes = []
    if VisitFlag.EXEMPT in v.flags:
        notes.append(translate("DayWorkbook", "Regular (exempt)"))
    if VisitFlag.DENY_OVERRIDE in v.flags:
        notes.append(translate("DayWorkbook", "Admitted despite the deny list"))
    if VisitFlag.TEMP_PASS in v.flags:
        notes.append(translate("DayWorkbook", "Temporary pass"))
    if VisitFlag.VOIDED in v.flags:
        notes.append(fill(translate("DayWorkbook", "Voided: %1"), v.void_reason))
    return "; ".join(notes)


def calls_sheet(calls: Iterable[CallRow], row_count: int | None = None,
                late: Callable[[CallRow], bool] | None = None) -> Sheet:
    """The calls sheet: every call of the day, with its message and callback as they stand;
    with ``late``, a last column marks the calls written up after the day was closed."""
    columns = [
        Column(translate("DayWorkbook", "Started"), ColumnKind.DATETIME),
        Column(translate("DayWorkbook", "Ended"), ColumnKind.DATETIME),
        Column(translate("DayWorkbook", "In/out")),
        Column(translate("DayWorkbook", "Caller")),
        Column(translate("DayWorkbook", "Phone")),
        Column(translate("DayWorkbook", "Unit / company")),
        Column(translate("DayWorkbook", "Category")),
        Column(translate("DayWorkbook", "Subject")),
        Column(translate("DayWorkbook", "Notes")),
        Column(translate("DayWorkbook", "Transferred to")),
        Column(translate("DayWorkbook", "Message for")),
        Column(translate("DayWorkbook", "Message")),
        Column(translate("DayWorkbook", "Message passed on")),
        Column(translate("DayWorkbook", "Callback by"), ColumnKind.DATETIME),
        Column(translate("DayWorkbook", "Callback")),
        Column(translate("DayWorkbook", "Taken by")),
        Column(translate("DayWorkbook", "Counter")),
        *([late_column()] if late else []),
    ]

    def rows() -> Iterable[tuple[object, ...]]:
        for c in calls:
            message = c.messages[-1] if c.messages else None
            passed = ""
            if message is not None:
                passed = (fill(translate("DayWorkbook", "to %1, %2, %3"), message.delivered_to,
                               format_local(message.delivered_at),
                               message.delivered_how.label() if message.delivered_how else "")
                          if message.delivered_at else translate("DayWorkbook", "Not yet"))
            callback = ""
            if c.callback_due is not None:
                callback = (fill(translate("DayWorkbook", "Made %1: %2"),
                                 format_local(c.callback_done_at), c.callback_result)
                            if c.callback_done_at else translate("DayWorkbook", "Not yet made"))
            yield (c.started_at, c.ended_at, c.direction.label(), c.caller_name, c.phone_masked,
                   c.about_label, c.category.label(), c.subject, c.notes, c.transferred_to,
                   message.recipient if message else "", message.text if message else "",
                   passed, c.callback_due, callback, c.created_by, c.desk,
                   *((late_mark(late(c)),) if late else ()))

    return Sheet(translate("DayWorkbook", "Calls"), columns, rows(), row_count)
