"""The shift handover's sheet of the day's workbook."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet


def _handover_notes(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.handover_sheet import handover_sheet

    return handover_sheet(day, domain.handover.day_notes(day, desk))


HANDOVER_NOTES = DaySheetSource("handover-notes", _handover_notes)
