"""Fee collection's sheets of the day's workbook: the day's receipts, the deposits (the
day's movements and what was still held that evening), and the units in arrears that day."""

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
ARREARS_PAGE = 1000  # units per read of the arrears overview (its largest page)


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


def _arrears(domain: Domain, day: dt.date, desk: str | None) -> Sheet:
    from deskapp.output.fee_sheets import arrears_sheet

    # What units owe is the building's, not a counter's: every unit, a page at a time.
    units = []
    after: str | None = None
    while True:
        page = domain.fees.arrears_overview(as_of=day, only_owing=True, after=after,
                                            limit=ARREARS_PAGE)
        units += page.rows
        if page.next_after is None:
            break
        after = page.next_after
    return arrears_sheet(units, day, domain.clock.now())


RECEIPTS = DaySheetSource("receipts", _receipts)
DEPOSITS = DaySheetSource("deposits", _deposits)
ARREARS = DaySheetSource("arrears", _arrears)
