"""Mail and parcels' sheet of the day's workbook: what came, was collected and went back to
its sender that day, and what was still waiting at the close."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet


def _parcels(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.parcel_sheet import parcels_sheet

    # A past day's workbook lists that evening's shelf, not today's.
    return parcels_sheet(domain.parcels.day(day, desk))


PARCELS = DaySheetSource("parcels", _parcels)
