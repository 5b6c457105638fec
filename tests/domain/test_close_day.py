"""Closing the day end to end: the workbook (summary first, then every workspace's sheet),
the verified backup, the closing; a cancel before the record leaves the day open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from day_data import busy_day
from openpyxl import load_workbook

from deskapp.bootstrap import Services
from deskapp.domain.day_closing.open_items import OpenGroup
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.usecases.close_day import CloseCancelled, close_day
from deskapp.usecases.day_export import sheets

DAY = dt.date(2026, 11, 23)


def summary_rows(path: Path) -> dict[str, tuple[object, ...]]:
    sheet = load_workbook(path)["Summary"]
    return {row[0]: row[1:] for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]}


def test_closing_writes_the_workbook_and_the_backup_then_records_the_day(
        services: Services, now, tmp_path: Path) -> None:
    ids = busy_day(services, now)
    steps: list[tuple[int, str]] = []
    closed = close_day(services, DAY, tuple(OpenGroup), tmp_path / "日结", "交班前关门",
                       progress=lambda done, total, text: steps.append((done, text)))
    assert closed.workbook == tmp_path / "日结" / "deskapp-2026-11-23.xlsx"
    book = load_workbook(closed.workbook)
    assert book.sheetnames[0] == "Summary" and len(book.sheetnames) == len(sheets())
    assert book.sheetnames[1:4] == ["Visitors", "Calls", "Requests"]
    rows = summary_rows(closed.workbook)
    assert rows["Visits"][:3] == (2, None, "4 people")
    assert rows["Takings: Cash"][:2] == (1, 210) and rows["Takings, total"][1] == 210
    assert rows["Open: Visitors still on site"] == (1, None, "张三")
    assert rows["Open: Cashiers not yet handed over"][0] == 1
    # Values only: no cell of the summary is a formula.
    assert all(cell.data_type != "f" for row in book["Summary"].iter_rows() for cell in row)
    if services.backups is None:  # on a server its backups are the server's job
        assert closed.backup is None and closed.closing.backup == ""
    else:
        assert closed.backup is not None and closed.backup.stat().st_size > 0
        assert closed.closing.backup == str(closed.backup)
    assert closed.closing.workbook == str(closed.workbook)
    assert services.closing.closing(DAY) == closed.closing and closed.closing.note == "交班前关门"
    assert steps[0][0] == 0 and steps[-1][0] == 1000 and [d for d, _ in steps] == sorted(
        d for d, _ in steps)
    assert ids["receipt"]


def test_a_cancel_before_the_record_leaves_the_day_open(services: Services, now,
                                                        tmp_path: Path) -> None:
    busy_day(services, now)
    asked: list[bool] = []

    def cancel_after_the_workbook() -> bool:
        asked.append(True)
        return (tmp_path / "deskapp-2026-11-23.xlsx").exists()

    with pytest.raises(CloseCancelled):
        close_day(services, DAY, tuple(OpenGroup), tmp_path,
                  cancelled=cancel_after_the_workbook)
    assert not services.closing.is_closed(DAY)
    assert not (tmp_path / "deskapp-2026-11-23-closing.sqlite").exists()
    # Closed afterwards, the day is closed once.
    close_day(services, DAY, tuple(OpenGroup), tmp_path)
    assert services.closing.is_closed(DAY)


def test_what_the_closing_refuses_is_refused_before_anything_is_written(
        services: Services, now, tmp_path: Path) -> None:
    busy_day(services, now)
    with pytest.raises(ValidationError) as refused:
        close_day(services, DAY, [OpenGroup.ON_SITE], tmp_path / "a")
    assert "confirmed" in refused.value.errors and not (tmp_path / "a").exists()
    with pytest.raises(ValidationError) as refused:
        close_day(services, DAY, tuple(OpenGroup), " ")
    assert "day_folder" in refused.value.errors
    close_day(services, DAY, tuple(OpenGroup), tmp_path / "b")
    with pytest.raises(DomainError, match="closed already"):
        close_day(services, DAY, tuple(OpenGroup), tmp_path / "c")
    assert not (tmp_path / "c").exists()


def test_late_entries_are_marked_in_the_days_sheets(services: Services, now,
                                                   tmp_path: Path) -> None:
    from day_data import visitor

    busy_day(services, now)
    close_day(services, DAY, tuple(OpenGroup), tmp_path)
    now.advance(hours=16)  # the next morning
    services.visitors.check_in(visitor("林涛", time_in=now.value - dt.timedelta(hours=18)))
    services.exports.day_workbook(DAY, tmp_path / "again.xlsx")
    sheet = load_workbook(tmp_path / "again.xlsx")["Visitors"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    name, late = header.index("Name"), header.index("Late entry")
    marks = {row[name]: row[late] for row in rows[1:]}
    assert marks == {"张三": None, "李雷": None, "林涛": "Late"}
    summary = {row[0]: row for row in load_workbook(tmp_path / "again.xlsx")["Summary"]
               .iter_rows(max_row=3, values_only=True) if row[0]}
    assert any(str(key).startswith("Closed at 2026-11-23") for key in summary)
