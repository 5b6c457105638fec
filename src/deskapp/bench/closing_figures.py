"""The closing figure: the whole close of the busiest day (日结) — its workbook, the
verified backup, the closing recorded — beside the bare tool's same workbook written
with openpyxl and the bare SQLite backup API's copy.

The closing is taken back after each run (the bench's data is reused, and a day is closed
once); nothing else of it is kept beside the output.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete

from deskapp.bench.figures import Figure, median, timed_ms
from deskapp.db.day_models import DayClosing
from deskapp.domain.day_closing.open_items import OpenGroup
from deskapp.usecases.close_day import close_day

NAMES = ("close_day_s",)


def closing_figures(services, data, output: Path, repeat: int,  # type: ignore[no-untyped-def]
                    bare_workbook: Callable[[Path, int, int], None]) -> dict[str, Figure]:
    """``repeat`` closes of the busiest day, each beside the bare workbook and copy."""
    day = data.busy_day or services.clock.today()
    folder = output.with_name(f"{output.stem}-closing")
    ours, theirs = [], []
    figures = services.closing.figures(day)
    try:
        for _ in range(repeat):
            _reopen(services, day)
            ours.append(timed_ms(lambda: close_day(services, day, tuple(OpenGroup),
                                                   folder)) / 1000)
            theirs.append(timed_ms(lambda: _bare_close(
                folder, data, bare_workbook)) / 1000)
    finally:
        _reopen(services, day)
        shutil.rmtree(folder, ignore_errors=True)
    return {"close_day_s": Figure(median(ours), median(theirs), extra={
        "day": day.isoformat(), "visits": figures.visits, "calls": figures.calls,
        "receipts": figures.receipts, "backup": services.backups is not None})}


def _reopen(services, day) -> None:  # type: ignore[no-untyped-def]
    # The bench's own made-up day, closed only to be timed: opened again for the next run.
    with services.engine.begin() as conn:
        conn.execute(delete(DayClosing).where(DayClosing.day == day))  # type: ignore[arg-type]


def _bare_close(folder: Path, data, bare_workbook) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    bare_workbook(folder / "bare-day.xlsx", data.busy_day_visits, data.busy_day_calls)
    if data.path is not None:
        source = sqlite3.connect(data.path)
        target = sqlite3.connect(folder / "bare-copy.sqlite")
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
