"""Lost property's sheet of the day's workbook: found and handed over that day, still kept
at its close."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet


def _lost_property(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.lost_property_sheet import lost_property_sheet

    return lost_property_sheet(domain.lost_property.day_lines(day, desk))


LOST_PROPERTY = DaySheetSource("lost-property", _lost_property)
