"""Mail and parcels' sheet of the day's workbook: a row per parcel received, collected or
returned to its sender that day, then a row per parcel still waiting at the close with how
long it had waited — the longest first, as the shift handover reads it. The phones and ID
numbers are left off: the sheet is about the shelf, not the people."""

from __future__ import annotations

from collections.abc import Iterable

from deskapp.domain.clock import format_local
from deskapp.domain.services.parcels.records import Reminder
from deskapp.domain.services.parcels.rows import DayParcels, ParcelRow
from deskapp.i18n import fill, translate
from deskapp.output.workbook import Column, ColumnKind, Sheet


def parcels_sheet(day: DayParcels) -> Sheet:
    """The day's parcels (see the module's note), oldest first within each part."""
    columns = [
        Column(translate("ParcelSheet", "What")),
        Column(translate("ParcelSheet", "Time"), ColumnKind.DATETIME),
        Column(translate("ParcelSheet", "Number")),
        Column(translate("ParcelSheet", "Kind")),
        Column(translate("ParcelSheet", "Carrier")),
        Column(translate("ParcelSheet", "Waybill")),
        Column(translate("ParcelSheet", "For")),
        Column(translate("ParcelSheet", "Shelf")),
        Column(translate("ParcelSheet", "Condition")),
        Column(translate("ParcelSheet", "Received"), ColumnKind.DATETIME),
        Column(translate("ParcelSheet", "Days waited"), ColumnKind.INT),
        Column(translate("ParcelSheet", "Reminder")),
        Column(translate("ParcelSheet", "Collected by / reason")),
        Column(translate("ParcelSheet", "Signed for by")),
        Column(translate("ParcelSheet", "Counter")),
    ]
    received = translate("ParcelSheet", "Received")
    collected = translate("ParcelSheet", "Collected")
    returned = translate("ParcelSheet", "Returned to sender")
    waiting = translate("ParcelSheet", "Waiting at closing")

    def row(what: str, at: object, parcel: ParcelRow, settled: str = "") -> tuple[object, ...]:
        waited = parcel.waited(day.at)
        mark = parcel.reminder(day.at)
        return (what, at, parcel.number, parcel.kind.label(), parcel.carrier_text,
                parcel.waybill, parcel.recipient_text, parcel.shelf, parcel.condition,
                parcel.received_at, waited.days, mark.label() if mark is not Reminder.NONE
                else "", settled, parcel.created_by, parcel.desk)

    def rows() -> Iterable[tuple[object, ...]]:
        for parcel in day.received:
            yield row(received, parcel.received_at, parcel)
        for parcel in day.collected:
            yield row(collected, parcel.collected_at, parcel, parcel.collected_by)
        for parcel in day.returned:
            yield row(returned, parcel.returned_at, parcel, parcel.return_reason)
        for parcel in day.waiting:
            yield row(waiting, None, parcel)

    counts = fill(translate("ParcelSheet", "Received %1 · collected %2 · returned %3 · "
                                           "waiting at %4: %5"),
                  len(day.received), len(day.collected), len(day.returned),
                  format_local(day.at), len(day.waiting))
    return Sheet(translate("ParcelSheet", "Parcels"), columns, rows(),
                 len(day.received) + len(day.collected) + len(day.returned)
                 + len(day.waiting), preamble=[(counts,)])
