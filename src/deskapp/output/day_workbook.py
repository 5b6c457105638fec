"""The end-of-day workbook: one sheet per workspace, built from the domain's rows."""

from __future__ import annotations

from collections.abc import Iterable

from deskapp.domain.clock import format_local
from deskapp.domain.records import VisitFlag, VisitRow
from deskapp.i18n import translate
from deskapp.output.workbook import Column, ColumnKind, Sheet


def visitors_sheet(visits: Iterable[VisitRow], row_count: int | None = None) -> Sheet:
    """The visitors sheet: every visit of the day, ID numbers masked."""
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
    ]

    def rows() -> Iterable[tuple[object, ...]]:
        for v in visits:
            message = v.host_message
            if v.appointment_at:
                message = " ".join(filter(None, [message, format_local(v.appointment_at)]))
            yield (
                v.pass_no, v.name, v.party_size, v.id_type.label(), v.id_number_masked, v.phone,
                v.company, v.purpose.label(), v.host_label, v.host_response.label(), message,
                v.time_in, v.time_out, v.plate, v.items, v.note, _remarks(v),
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
    return "; ".join(notes)
