"""Closing the day (日结) end to end, off the window's thread: write the day's workbook to
the counter's day folder, take a verified backup beside it, then record the day as
closed.

Cancelling before the record is written leaves the day open: the workbook and the backup
are each written to a temporary file and put in place only once complete, so a cancel
leaves either the finished file or nothing; the record is written last, in one
transaction, or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.day_closing.open_items import OpenGroup
from deskapp.domain.day_closing.service import ClosingRow
from deskapp.domain.errors import ValidationError
from deskapp.i18n import translate

if TYPE_CHECKING:
    from deskapp.bootstrap import Services

# How the whole run is shared out on one progress bar (out of STEPS_TOTAL).
STEPS_TOTAL = 1000
_WORKBOOK_END = 700
_BACKUP_END = 980

StepProgress = Callable[[int, "int | None", str], None]
"""``progress(done, total, text)``: how far the close is, and the step under way."""


class CloseCancelled(Exception):
    """The receptionist cancelled before the day was recorded as closed: it stays open."""


@dataclass(frozen=True)
class ClosedDay:
    """What the close did: the closing, where the workbook went, and the backup (None on a
    server, whose backups are the server's job)."""

    closing: ClosingRow
    workbook: Path
    backup: Path | None


def workbook_path(folder: Path, day: dt.date) -> Path:
    """Where ``day``'s workbook goes in the day folder."""
    return folder / f"deskapp-{day.isoformat()}.xlsx"


def backup_path(folder: Path, day: dt.date) -> Path:
    """Where the backup taken at ``day``'s close goes in the day folder."""
    return folder / f"deskapp-{day.isoformat()}-closing.sqlite"


def close_day(services: Services, day: dt.date, confirmed: Iterable[OpenGroup | str],
              folder: Path | str, note: str = "", *, progress: StepProgress | None = None,
              cancelled: Callable[[], bool] | None = None) -> ClosedDay:
    """Close ``day``: its workbook and a verified backup in ``folder``, then the closing.

    Raises:
        ValidationError: no folder; what :meth:`DayClosings.close` refuses (checked first,
            before anything is written).
        DomainError: the day was closed already.
        CloseCancelled: cancelled before the closing was recorded.
    """
    confirmed = list(confirmed)
    if not str(folder).strip():
        raise ValidationError({"day_folder": translate(
            "CloseDay", "Choose the folder for the day's workbooks first.")})
    folder = Path(folder)
    services.closing.check(day, confirmed)  # refused before hours of work, not after

    def report(done: int, text: str = "") -> None:
        if progress is not None:
            progress(done, STEPS_TOTAL, text)

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise CloseCancelled()

    def scaled(start: int, end: int) -> Callable[[int, int | None], None]:
        def step(done: int, total: int | None) -> None:
            if total:
                report(start + (end - start) * min(done, total) // total)
        return step

    report(0, translate("CloseDay", "Writing the day's workbook…"))
    book = workbook_path(folder, day)
    try:
        services.exports.day_workbook(day, book, progress=scaled(0, _WORKBOOK_END),
                                      cancelled=cancelled)
    except Exception:
        stop_if_cancelled()  # the export's own way out of a cancel: say it as one
        raise
    stop_if_cancelled()
    copy: Path | None = None
    if services.backups is not None:
        report(_WORKBOOK_END, translate("CloseDay", "Taking the backup…"))
        try:
            copy = services.backup(backup_path(folder, day),
                                   progress=scaled(_WORKBOOK_END, _BACKUP_END),
                                   cancelled=cancelled)
        except Exception:
            stop_if_cancelled()
            raise
    stop_if_cancelled()
    report(_BACKUP_END, translate("CloseDay", "Recording the day as closed…"))
    closing = services.closing.close(day, confirmed, str(book), str(copy or ""), note)
    report(STEPS_TOTAL, translate("CloseDay", "The day is closed."))
    return ClosedDay(closing, book, copy)
