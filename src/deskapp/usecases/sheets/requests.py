"""The request log's sheet of the day's workbook."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.domain.requests.records import RequestQuery
from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet


def _build(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.request_sheets import requests_sheet

    taken = domain.requests.count(RequestQuery(day, day, desk=desk)).shown
    rule = domain.closing.late_rule()
    return requests_sheet(domain.requests.iter_day(day, desk), taken,
                          late=lambda r: rule.is_late(r.received_at, r.created_at))


REQUESTS = DaySheetSource("requests", _build)
