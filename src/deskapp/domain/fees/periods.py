"""Billing periods: the month a bill run is for, and what an item of each cycle covers in
it — the month, the quarter (only in a quarter's first month), the year (only in
January) — with the label the bill prints and its first and last day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from deskapp.domain import checks
from deskapp.domain.fees.records import Cycle
from deskapp.i18n import translate

# Bills fall due on this day of their month unless the run says otherwise (the payment
# notice goes out a month ahead; readings are taken around the 18th).
DUE_DAY = 25
_MONTH = re.compile(r"(\d{4})-(\d{2})", re.ASCII)


@dataclass(frozen=True)
class BillPeriod:
    """What a charge covers: its printed label and its first and last day."""

    label: str
    start: dt.date
    end: dt.date


def month_problem(value: object) -> str | None:
    """Why ``value`` is not a month ``YYYY-MM`` the services accept, or None."""
    match = _MONTH.fullmatch(value) if isinstance(value, str) else None
    if match is None or not 1 <= int(match[2]) <= 12:
        return translate("FeeCollection", "Give the month as YYYY-MM, e.g. 2026-11.")
    first = dt.date(int(match[1]), int(match[2]), 1)
    if not checks.FIRST_DAY <= first <= checks.LAST_DAY:
        return checks.date_range_message()
    return None


def month(errors: dict[str, str], field: str, value: object) -> tuple[int, int]:
    """``value`` ``YYYY-MM`` as (year, month); a problem is recorded under ``field``."""
    if problem := month_problem(value):
        errors.setdefault(field, problem)
        return 2000, 1
    assert isinstance(value, str)
    return int(value[:4]), int(value[5:])


def month_key(year: int, month_no: int) -> str:
    """``2026-11``."""
    return f"{year:04d}-{month_no:02d}"


def month_period(year: int, month_no: int) -> BillPeriod:
    """The month itself: ``2026-11``, 1 to 30 November."""
    last = calendar.monthrange(year, month_no)[1]
    return BillPeriod(month_key(year, month_no), dt.date(year, month_no, 1),
                      dt.date(year, month_no, last))


def cycle_period(year: int, month_no: int, cycle: Cycle) -> BillPeriod | None:
    """What an item of ``cycle`` is billed for in the run of this month, or None when it
    is not billed in this month (a quarterly item outside a quarter's first month, a
    yearly one outside January, an item charged only when asked for)."""
    if cycle is Cycle.MONTHLY:
        return month_period(year, month_no)
    if cycle is Cycle.QUARTERLY:
        if month_no % 3 != 1:
            return None
        quarter = (month_no - 1) // 3 + 1
        last = month_period(year, month_no + 2)
        return BillPeriod(f"{year} Q{quarter}", dt.date(year, month_no, 1), last.end)
    if cycle is Cycle.YEARLY:
        if month_no != 1:
            return None
        return BillPeriod(f"{year}", dt.date(year, 1, 1), dt.date(year, 12, 31))
    return None


def default_due_on(year: int, month_no: int) -> dt.date:
    """When a bill of the run of this month falls due: the :data:`DUE_DAY` of the month."""
    return dt.date(year, month_no, DUE_DAY)
