"""The end-of-day export: the day's workbook, its summary first, then one sheet per
workspace from :func:`sheets`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp import paths
from deskapp.domain.checks import day_problem
from deskapp.domain.errors import ValidationError
from deskapp.domain.operators import desk_name
from deskapp.i18n import fill, translate
from deskapp.progress import Cancelled, Progress

if TYPE_CHECKING:
    from deskapp.bootstrap import Domain
    from deskapp.location import DataLocation
    from deskapp.output.workbook import Sheet


@dataclass(frozen=True)
class DaySheetSource:
    """One workspace's sheet of the day's workbook.

    Attributes:
        name: The workspace's name.
        build: The sheet of a day, of one counter's records (its name) or every
            counter's (None); its rows are streamed from the database while writing.
    """

    name: str
    build: Callable[[Domain, dt.date, str | None], Sheet]


def sheets() -> tuple[DaySheetSource, ...]:
    """Every workspace's day sheet, in workbook order."""
    from deskapp.usecases.sheets.calls import CALLS
    from deskapp.usecases.sheets.fees import ARREARS, DEPOSITS, RECEIPTS
    from deskapp.usecases.sheets.handover import HANDOVER_NOTES
    from deskapp.usecases.sheets.keys import KEY_MOVEMENTS, KEYS_OUT
    from deskapp.usecases.sheets.lost_property import LOST_PROPERTY
    from deskapp.usecases.sheets.parcels import PARCELS
    from deskapp.usecases.sheets.release_passes import RELEASE_PASSES
    from deskapp.usecases.sheets.requests import REQUESTS
    from deskapp.usecases.sheets.summary import SUMMARY
    from deskapp.usecases.sheets.visitors import VISITORS

    return (SUMMARY, VISITORS, CALLS, REQUESTS, KEY_MOVEMENTS, KEYS_OUT, PARCELS, RELEASE_PASSES,
            LOST_PROPERTY, RECEIPTS, DEPOSITS, ARREARS, HANDOVER_NOTES)


class ExportService:
    """Builds the day's workbook from every workspace."""

    def __init__(self, domain: Domain, location: DataLocation) -> None:
        self._domain = domain
        self._location = location

    def day_workbook(self, day: dt.date, target: Path, *, desk: str | None = None,
                     progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> Path:
        """Write ``day``'s workbook to ``target`` (replaced only when complete): every
        counter's records, or only those saved at the counter ``desk``."""
        # openpyxl loads on the first export, not at start-up.
        from deskapp.output.workbook import write_workbook

        if self._location.file is not None:
            paths.refuse_data_file(target, self._location.file)
        if problem := day_problem(day):
            raise ValidationError({"date": problem})
        if desk is not None:
            desk = desk_name(desk)
        org = self._domain.settings.load().org_name
        title = fill(translate("DayWorkbook", "Front desk, %1"), day.isoformat())
        if desk is not None:
            title = fill(translate("DayWorkbook", "%1, counter %2"), title,
                         desk or translate("DayWorkbook", "without a name"))
        target.parent.mkdir(parents=True, exist_ok=True)
        write_workbook(
            target, [source.build(self._domain, day, desk) for source in sheets()],
            progress=progress, cancelled=cancelled, title=title, subject=org,
        )
        return target
