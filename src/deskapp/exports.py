"""The end-of-day export: the day's workbook, one sheet per workspace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp import paths
from deskapp.domain.settings import SettingsService
from deskapp.domain.visitors import VisitorLog, VisitQuery
from deskapp.i18n import translate

if TYPE_CHECKING:
    from deskapp.output.workbook import CancelledCallback, ProgressCallback


class ExportService:
    """Builds the day's workbook from every workspace that exists."""

    def __init__(self, settings: SettingsService, visitors: VisitorLog, db_path: Path) -> None:
        self._settings = settings
        self._visitors = visitors
        self._db_path = db_path

    def day_workbook(self, day: dt.date, target: Path, *,
                     progress: ProgressCallback | None = None,
                     cancelled: CancelledCallback | None = None) -> Path:
        """Write ``day``'s workbook to ``target`` (replaced only when complete)."""
        paths.refuse_data_file(target, self._db_path)
        # openpyxl loads on the first export, not at start-up.
        from deskapp.output.day_workbook import visitors_sheet
        from deskapp.output.workbook import write_workbook

        visits, _people = self._visitors.count(VisitQuery(day, day))
        sheets = [visitors_sheet(self._visitors.iter_day(day), visits)]
        org = self._settings.load().org_name
        target.parent.mkdir(parents=True, exist_ok=True)
        write_workbook(
            target, sheets, progress=progress, cancelled=cancelled,
            title=translate("DayWorkbook", "Front desk, %1").replace("%1", day.isoformat()),
            subject=org,
        )
        return target
