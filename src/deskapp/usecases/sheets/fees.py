"""Fee collection's sheets of the day's workbook: the day's receipts, and the deposits (the
day's movements and what was still held that evening)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from deskapp.usecases.day_export import DaySheetSource

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.output.workbook import Sheet

# Every deposit is looked at to see which were held that evening; far more than a building
# ever holds at once.
DEPOSITS_READ = 5000


def _receipts(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.fee_sheets import receipts_sheet

    receipts = domain.fees.receipts_on(day)
    if desk is not None:
        receipts = [r for r in receipts if r.desk == desk]
    return receipts_sheet(receipts)


def _deposits(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.fee_sheets import deposits_sheet, held_at

    # Money held belongs to the building, not to a counter: every counter's deposits.
    start, end = domain.clock.day_bounds(day)
    # A past day's workbook lists what was held that evening, not what is held today.
    closing = min(end, domain.clock.now())
    held = held_at(domain.fees.deposits(limit=DEPOSITS_READ), closing)
    return deposits_sheet(domain.fees.deposits_moved_on(day), held, (start, end), closing)


RECEIPTS = DaySheetSource("receipts", _receipts)
DEPOSITS = DaySheetSource("deposits", _deposits)
