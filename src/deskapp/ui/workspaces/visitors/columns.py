"""The visitor log's table: its columns, row colours and tooltips."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor

from deskapp.domain.clock import Clock, format_local
from deskapp.domain.records import HostResponse, VisitFlag, VisitRow
from deskapp.domain.visitors import SortKey
from deskapp.i18n import fill, translate
from deskapp.ui.framework.paged_model import Column

LATE_BRUSH = QBrush(QColor("#fde7c8"))
DECLINED_BRUSH = QBrush(QColor("#f3d6d6"))  # distinct from the alternating row colour



def visit_columns(clock: Clock) -> list[Column[VisitRow]]:
    """The columns, in order; only indexed columns sort."""

    def time(value: dt.datetime, reference: dt.datetime) -> str:
        # Same-day times read as HH:MM; other days carry the date.
        local, ref = clock.local(value), clock.local(reference)
        if local.date() == ref.date() == clock.today():
            return local.strftime("%H:%M")
        if local.year == clock.today().year:
            return local.strftime("%m-%d %H:%M")  # an earlier visit still on site
        return local.strftime("%Y-%m-%d %H:%M")

    def host(row: VisitRow) -> str:
        # A declined visit shows the host's answer right beside the host.
        return f"{row.host_label} ✗" if row.host_response is HostResponse.DECLINED \
            else row.host_label

    def time_out(row: VisitRow) -> str:
        if row.time_out is None:
            return translate("VisitColumns", "On site")
        return time(row.time_out, row.time_in)

    def response(row: VisitRow) -> str:
        text = row.host_response.label() if row.host_response is not HostResponse.PENDING else ""
        if row.appointment_at:
            text += " · " + fill(translate("VisitColumns", "new time %1"),
                                 format_local(row.appointment_at, clock.tz))
        if row.host_message:
            text += " · " + row.host_message
        return text

    # Each title is spelled out in its translate() call, where lupdate can find it.
    return [
        Column("pass_no", lambda: translate("VisitColumns", "Pass"),
               lambda r: r.pass_no, SortKey.PASS_NO, 104),
        Column("name", lambda: translate("VisitColumns", "Name"),
               lambda r: r.name + (" ★" if VisitFlag.EXEMPT in r.flags else "")
               + (" ✎" if r.corrections else ""), SortKey.NAME, 72),
        Column("party_size", lambda: translate("VisitColumns", "People"),
               lambda r: str(r.party_size), None, 46),
        Column("host", lambda: translate("VisitColumns", "Host"), host, SortKey.HOST, 170),
        Column("time_in", lambda: translate("VisitColumns", "Time in"),
               lambda r: time(r.time_in, r.time_in), SortKey.TIME_IN, 96),
        Column("time_out", lambda: translate("VisitColumns", "Time out"), time_out, None, 80,
               bold=lambda r: r.on_site),
        Column("response", lambda: translate("VisitColumns", "Host response"), response, None,
               170),
        Column("purpose", lambda: translate("VisitColumns", "Purpose"),
               lambda r: r.purpose.label(), None, 96),
        # What they carry in and the note, readable in the list (not only on hover).
        Column("items", lambda: translate("VisitColumns", "Items, note"), items_and_note, None,
               160),
        Column("company", lambda: translate("VisitColumns", "Company"),
               lambda r: r.company, SortKey.COMPANY, 120),
        Column("phone", lambda: translate("VisitColumns", "Phone"),
               lambda r: r.phone, SortKey.PHONE, 100),
        Column("id_number", lambda: translate("VisitColumns", "ID number"),
               lambda r: r.id_number_masked, None, 140),
        Column("plate", lambda: translate("VisitColumns", "Plate"),
               lambda r: r.plate, SortKey.PLATE, 80),
        Column("by", lambda: translate("VisitColumns", "Checked in by"),
               lambda r: r.created_by, None, 70),
        Column("desk", lambda: translate("VisitColumns", "Counter"), lambda r: r.desk, None, 90),
    ]


def items_and_note(row: VisitRow) -> str:
    """``laptop · back before 6`` — items carried and the note, in one cell."""
    return " · ".join(text for text in (row.items, row.note) if text)


def visit_background(is_late: Callable[[VisitRow], bool]) -> Callable[[VisitRow], QBrush | None]:
    """Late visitors amber, declined visits pink."""

    def background(row: VisitRow) -> QBrush | None:
        if is_late(row):
            return LATE_BRUSH
        if row.host_response is HostResponse.DECLINED:
            return DECLINED_BRUSH
        return None

    return background


def visit_tooltip(row: VisitRow) -> str:
    """Items, note, the message for the host and overrides, on hover."""
    lines = [f"{row.pass_no}  {row.name}"]
    if row.void_reason:
        lines.append(fill(translate("VisitColumns", "Voided: %1"), row.void_reason))
    if row.corrections:
        lines.append(fill(translate("VisitColumns", "Corrected (%1 fields): F7 shows what "
                                    "it said before"), row.corrections))
    if row.items:
        lines.append(fill(translate("VisitColumns", "Items: %1"), row.items))
    if row.note:
        lines.append(fill(translate("VisitColumns", "Note: %1"), row.note))
    if row.host_message:
        lines.append(fill(translate("VisitColumns", "Message for the host: %1"), row.host_message))
    if VisitFlag.DENY_OVERRIDE in row.flags:
        lines.append(translate("VisitColumns", "Admitted despite the deny list"))
    return "\n".join(lines)
