"""The request log's sheets reopened with openpyxl: the day's requests in the day's workbook,
and the month's workbook (list and summary) — masked phones, typed cells, never a formula."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.records import (
    Grounds,
    Kind,
    Nature,
    RequestInput,
    RevisitInput,
    Satisfaction,
    Severity,
)
from deskapp.errors import ProtectedFile
from deskapp.usecases.requests_month import save_monthly_workbook

pytestmark = pytest.mark.usefixtures("shanghai_tz")


def taken(**kw) -> RequestInput:  # type: ignore[no-untyped-def]
    base = dict(content="楼道灯坏了", complainant="张三", phone="13800138000",
                about_label="1203")
    base.update(kw)
    return RequestInput(**base)  # type: ignore[arg-type]


def no_formulas(book: openpyxl.Workbook) -> None:
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"


def rows_after_header(sheet, first: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    values = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(values) if row and row[0] == first)
    return values[start:]


def a_month(services: Services, now) -> None:  # type: ignore[no-untyped-def]
    log = services.requests
    first = log.register(taken(severity=Severity.IMPORTANT, grounds=Grounds.ATTITUDE,
                               content="=HYPERLINK(\"http://x\",\"点我\")"))
    log.dispatch(first.id, "工程部")
    now.advance(days=1)
    log.resolve(first.id, "已道歉并培训员工", rectification="每月服务礼仪培训")
    now.advance(days=1)
    log.revisit(first.id, RevisitInput(Satisfaction.SATISFIED))
    log.register(taken(kind=Kind.REPAIR, nature=Nature.HELP_SEEKING, complainant="李四",
                       phone="13900139000"))


def test_the_days_workbook_has_the_requests_of_the_day(services: Services, now,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    a_month(services, now)
    day = services.clock.today()  # the repair was taken today, the complaint two days ago
    path = services.exports.day_workbook(day, tmp_path / "day.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:4] == ["Summary", "Visitors", "Calls", "Requests"]
    rows = list(book["Requests"].iter_rows(values_only=True))
    header = rows[0]
    assert header[:5] == ("Number", "Received", "Channel", "Complainant", "Phone")
    assert len(rows) == 2
    record = dict(zip(header, rows[1], strict=True))
    assert record["Number"] == "R2026-0002" and record["Phone"] == "139****9000"
    assert record["Kind"] == "Repair" and record["State"] == "Registered"
    assert record["Received"] == dt.datetime(2026, 11, 25, 9, 30)  # local, naive
    assert record["Deadline"] == dt.datetime(2026, 11, 27, 9, 30)
    no_formulas(book)
    earlier = openpyxl.load_workbook(services.exports.day_workbook(
        day - dt.timedelta(days=2), tmp_path / "earlier.xlsx"))
    [_head, complaint] = list(earlier["Requests"].iter_rows(values_only=True))
    assert complaint[0] == "R2026-0001" and complaint[10].startswith("=HYPERLINK")
    no_formulas(earlier)


def test_the_months_workbook_lists_and_sums_up(services: Services, now,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    a_month(services, now)
    path = save_monthly_workbook(services, 2026, 11, tmp_path / "2026-11.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["List", "Summary"]
    no_formulas(book)
    listed = rows_after_header(book["List"], "Number")
    assert [r[0] for r in listed[1:]] == ["R2026-0001", "R2026-0002"]
    record = dict(zip(listed[0], listed[1], strict=True))
    assert record["Content"] == "=HYPERLINK(\"http://x\",\"点我\")"  # text, not a formula
    assert record["Rectification plan"] == "每月服务礼仪培训"
    assert record["Phone"] == "138****8000" and record["Grounds"] == "Attitude"
    assert record["Revisit due"] is None and record["State"] == "Closed"
    assert ("Month", "2026-11") in [r[:2] for r in book["List"].iter_rows(values_only=True)]

    summary = book["Summary"]
    above = {r[0]: r[1] for r in summary.iter_rows(values_only=True) if r[0]}
    assert above["Valid-complaint handling rate"] == "1 / 1 = 100% (target ≥ 95%, met)"
    assert above["Revisit rate (complaints and repairs)"] == "1 / 1 = 100% (target 100%, met)"
    assert above["Average time to resolve"] == "1.0 working days (over 1 resolved)"
    assert above["Still being handled"] == "1"
    counts = rows_after_header(summary, "Counted by")
    assert counts[0] == ("Counted by", "Item", "Number of requests", "Share", "General",
                         "Important", "Major")
    assert counts[1] == ("All", "Requests taken", 2, "100%", 1, 1, 0)
    assert ("Severity", "Important", 1, "50%", None, None, None) in counts
    assert ("Kind", "Suggestion", 0, "0%", None, None, None) in counts
    assert ("Department", "工程部", 1, "50%", 0, 1, 0) in counts
    assert ("Department", "Not yet dispatched", 1, "50%", 1, 0, 0) in counts


def test_an_empty_month_still_makes_a_workbook(services: Services, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(save_monthly_workbook(services, 2026, 2, tmp_path / "e.xlsx"))
    assert rows_after_header(book["List"], "Number")[1:] == []
    above = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r[0]}
    assert above["Valid-complaint handling rate"] == "— (none this month; target ≥ 95%)"
    assert above["Average time to resolve"] == "— (none resolved yet)"


def test_the_month_workbook_refuses_the_data_file_and_a_bad_month(
        services: Services, tmp_path: Path) -> None:
    if services.db_path is not None:
        with pytest.raises(ProtectedFile):
            save_monthly_workbook(services, 2026, 11, services.db_path)
    with pytest.raises(ValidationError):
        save_monthly_workbook(services, 2026, 13, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
