"""The visitor log's sheet of the day's workbook."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.domain.visitors import VisitQuery
from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet


def _build(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.day_workbook import visitors_sheet

    visits, _people = domain.visitors.count(VisitQuery(day, day, desk=desk))
    rule = domain.closing.late_rule()
    return visitors_sheet(domain.visitors.iter_day(day, desk), visits,
                          late=lambda v: rule.is_late(v.time_in, v.created_at))


VISITORS = DaySheetSource("visitors", _build)
