"""Lost property's sheet of the day's workbook: the items found, claimed and handed to the
police that day, then those still kept at its close. The claimant's ID number and phone
are masked; what an item holds is listed (the workbook stays in the office)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from deskapp.domain.services.lost_property_records import DayEvent, DayLine
from deskapp.i18n import translate
from deskapp.output.workbook import Column, ColumnKind, Sheet


def lost_property_sheet(lines: Sequence[DayLine]) -> Sheet:
    """The day's lost property, one line per item and event."""
    columns = [
        Column(translate("LostPropertySheet", "What happened")),
        Column(translate("LostPropertySheet", "Number")),
        Column(translate("LostPropertySheet", "Item")),
        Column(translate("LostPropertySheet", "Category")),
        Column(translate("LostPropertySheet", "What it holds")),
        Column(translate("LostPropertySheet", "Found at"), ColumnKind.DATETIME),
        Column(translate("LostPropertySheet", "Found where")),
        Column(translate("LostPropertySheet", "Brought in by")),
        Column(translate("LostPropertySheet", "Kept at")),
        Column(translate("LostPropertySheet", "Recorded by")),
        Column(translate("LostPropertySheet", "Second staff member")),
        Column(translate("LostPropertySheet", "Handed over at"), ColumnKind.DATETIME),
        Column(translate("LostPropertySheet", "Handed over by")),
        Column(translate("LostPropertySheet", "Claimant")),
        Column(translate("LostPropertySheet", "ID number")),
        Column(translate("LostPropertySheet", "Phone")),
        Column(translate("LostPropertySheet", "Police station and officer")),
        Column(translate("LostPropertySheet", "Counter")),
    ]

    def rows() -> Iterable[tuple[object, ...]]:
        for line in lines:
            item = line.item
            handed = line.event in (DayEvent.CLAIMED, DayEvent.TO_POLICE)
            police = " · ".join(p for p in (item.police_station, item.police_officer) if p)
            yield (line.event.label(), item.number, item.description, item.category.label(),
                   item.contents.replace("\n", "; "), item.found_at, item.found_where,
                   item.found_by, item.kept_where, item.recorded_by, item.witnessed_by,
                   item.handed_over_at if handed else None,
                   item.handed_over_by if handed else "",
                   item.claimant_name if line.event is DayEvent.CLAIMED else "",
                   item.claimant_id_masked if line.event is DayEvent.CLAIMED else "",
                   item.claimant_phone_masked if line.event is DayEvent.CLAIMED else "",
                   police if line.event is DayEvent.TO_POLICE else "", item.desk)

    return Sheet(translate("LostPropertySheet", "Lost property"), columns, rows(), len(lines))
