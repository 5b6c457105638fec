"""The month's requests for the monthly summary 《月度投诉一览表》: loaded once from the
services, summarised, and written as a PDF (``deskapp print monthly-complaints 2026-11``)
or as a workbook (:func:`save_monthly_workbook`, which the requests window calls)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp import paths
from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.records import RequestRow, RevisitRow
from deskapp.domain.requests.summary import MonthSummary, local_date, month_days, summarise
from deskapp.i18n import fill, translate
from deskapp.progress import Cancelled, Progress

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$", re.ASCII)


@dataclass(frozen=True)
class MonthReport:
    """A month's requests with their revisits and summary, as of ``drawn_at``."""

    rows: tuple[RequestRow, ...]
    revisits: dict[int, list[RevisitRow]]
    summary: MonthSummary
    drawn_at: dt.datetime

    @property
    def label(self) -> str:
        """``2026-11``: the month, as typed and as the archive names it."""
        return month_label(self.summary.year, self.summary.month)


def month_label(year: int, month: int) -> str:
    """``2026-11``."""
    return f"{year:04d}-{month:02d}"


def parse_month(typed: str) -> tuple[int, int]:
    """``2026-11`` as (2026, 11).

    Raises:
        ValidationError: not a month of the years deskapp keeps (field ``month``).
    """
    found = _MONTH.match(str(typed))
    if found is not None:
        year, month = int(found.group(1)), int(found.group(2))
        if 1 <= month <= 12 and FIRST_DAY.year <= year <= LAST_DAY.year:
            return year, month
    raise ValidationError({"month": fill(translate(
        "MonthSummary", "Type the month as year-month, e.g. %1 (not %2)."), "2026-11", typed)})


def month_report(domain: Domain, year: int, month: int) -> MonthReport:
    """Every request taken in the month, its revisits and the summary, as they stand now.

    The working days are read from the month's first day to the latest resolution (a
    request of the month may be resolved in the next one).
    """
    if not (1 <= month <= 12 and FIRST_DAY.year <= year <= LAST_DAY.year):
        parse_month(f"{year}-{month}")  # raises the message a user reads
    rows = tuple(domain.requests.month(year, month))
    revisits = domain.requests.revisits_of([r.id for r in rows])
    tz = domain.clock.tz
    first, last = month_days(year, month)
    resolved = [local_date(r.resolved_at, tz) for r in rows if r.resolved_at is not None]
    working_days = domain.calendar.days(first, max([last, *resolved]))
    summary = summarise(rows, revisits, working_days, year=year, month=month, tz=tz)
    return MonthReport(rows, revisits, summary, domain.clock.now())


def save_monthly_workbook(domain: Domain, year: int, month: int, path: str | Path, *,
                          progress: Progress | None = None,
                          cancelled: Cancelled | None = None) -> Path:
    """Write the month's workbook (the list, then the summary) to ``path``: replaced only
    when complete, so a cancel or a failure leaves an existing file as it was.

    Raises:
        ValidationError: no such month.
        ProtectedFile: ``path`` is the data file itself (when ``domain`` is the window's
            services, which know the data file).
        ExportCancelled: ``cancelled()`` said so.
        OSError: the file could not be written.
    """
    # openpyxl loads on the first export, not at start-up.
    from deskapp.output.request_sheets import month_list_sheet, month_summary_sheet
    from deskapp.output.workbook import write_workbook

    target = Path(path)
    location = getattr(domain, "location", None)  # Services know the data file; Domain not
    if location is not None and location.file is not None:
        paths.refuse_data_file(target, location.file)
    report = month_report(domain, year, month)
    org = domain.settings.load().org_name
    target.parent.mkdir(parents=True, exist_ok=True)
    write_workbook(
        target,
        [month_list_sheet(report.rows, report.label, org),
         month_summary_sheet(report.summary, org, report.drawn_at)],
        progress=progress, cancelled=cancelled,
        title=fill(translate("MonthSummary", "Monthly complaints %1"), report.label),
        subject=org)
    return target
