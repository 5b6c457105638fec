"""The summary sheet that opens the day's workbook (the day's figures, what was open)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet


def _build(domain: Domain, day: dt.date, _desk: str | None) -> Sheet:
    from deskapp.output.day_summary_sheet import summary_sheet

    closing = domain.closing
    return summary_sheet(closing.figures(day), closing.open_items(day), closing.closing(day),
                         domain.clock.now(), domain.settings.load().org_name, domain.clock.tz)


SUMMARY = DaySheetSource("summary", _build)
