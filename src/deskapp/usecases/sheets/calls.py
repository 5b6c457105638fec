"""The call log's sheet of the day's workbook."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.domain.calls.records import CallQuery
from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet


def _build(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.day_workbook import calls_sheet

    calls = domain.calls.count(CallQuery(day, day, desk=desk)).calls
    rule = domain.closing.late_rule()
    return calls_sheet(domain.calls.iter_day(day, desk), calls,
                       late=lambda c: rule.is_late(c.started_at, c.created_at))


CALLS = DaySheetSource("calls", _build)
