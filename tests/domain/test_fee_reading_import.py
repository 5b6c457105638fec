"""Meter readings from a sheet: a dry run writes nothing and says what each row would do
(a new reading with its usage and amount, or why it is refused); the real run writes
every good row in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from fee_billing import Building, building, number
from sqlmodel import Session, func, select

from deskapp.bootstrap import Services
from deskapp.db.fee_models import MeterReading
from deskapp.domain.fees.billing_records import ImportOutcome, ReadingInput, ReadingKind
from deskapp.usecases.imports import SheetFormatError, import_readings, read_readings

HEADER = ["房号", "收费项目", "月份", "抄表日期", "本期读数", "上期读数", "倍率", "类型"]


@pytest.fixture
def b(services: Services) -> Building:
    made = building(services)
    made.fees.enter_reading(ReadingInput(made.units["1203"], made.water.id, "2026-10",
                                         dt.date(2026, 10, 18), "100", previous="80"))
    made.fees.enter_reading(ReadingInput(made.units["1205"], made.water.id, "2026-11",
                                         dt.date(2026, 11, 18), "10", previous="0"))
    return made


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2026年11月抄表记录"])  # a title line above the headers
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


ROWS: list[list[object]] = [
    # sheet row: what it does
    ["1203", "水费", "2026-11", dt.date(2026, 11, 18), 130.5, None, None, None],  # 3: new
    ["1204", "水费", "2026年10月", "2026/10/18", "40", "30", "2", ""],  # 4: new, the first
    ["1204", "水费", "2026-11", "2026-11-18", "45", None, None, None],  # 5: from row 4
    ["1203", "水费", "2026-12", "2026-11-20", "90", None, None, None],  # 6: lower than row 3
    ["9999", "水费", "2026-11", "2026-11-18", "10", "0", None, None],  # 7: unknown unit
    ["1205", "燃气费", "2026-11", "2026-11-18", "10", "0", None, None],  # 8: unknown item
    ["1205", "水费", "2026-11", "2026-11-18", "12", None, None, None],  # 9: read already
    ["1203", "水费", "2026-11", "2026-11-18", "131", None, None, None],  # 10: twice
    ["1206", "水费", "2026-11", "2026-11-18", "3", "9998", None, "翻表"],  # 11: rollover
    ["1206", "物业管理费", "2026-11", "2026-11-18", "3", "0", None, None],  # 12: not metered
    ["1204", "水费", "2026-12", "", "50", None, None, None],  # 13: no day
]


def count_readings(services: Services) -> int:
    with Session(services.engine) as session:
        return session.exec(select(func.count()).select_from(MeterReading)).one()


def test_a_dry_run_writes_nothing_and_says_what_each_row_would_do(
        services: Services, b: Building, tmp_path: Path) -> None:
    sheet = read_readings(workbook(tmp_path / "readings.xlsx", ROWS))
    before = count_readings(services)
    report = import_readings(b.fees, sheet)
    assert report.dry_run and count_readings(services) == before
    lines = {line.row: line for line in report.lines}
    assert [line.row for line in report.taken] == [3, 4, 5, 11]
    assert (lines[3].period, lines[3].usage, lines[3].amount_fen) == ("2026-11", 3050, 12810)
    assert (lines[4].period, lines[4].previous, lines[4].usage, lines[4].amount_fen) == (
        "2026-10", 3000, 2000, 8400)
    assert (lines[5].period, lines[5].previous, lines[5].usage) == ("2026-11", 4000, 1000)
    assert lines[11].usage == 500  # 9998 → 10000 → 3
    assert report.total_fen == sum(line.amount_fen for line in report.taken)
    reasons = {line.row: line.reason for line in report.refused}
    assert set(reasons) == {6, 7, 8, 9, 10, 12, 13}
    assert "Lower than the previous reading (130.50)" in reasons[6]
    assert "9999" in reasons[7] and "燃气费" in reasons[8]
    assert "correct that reading" in reasons[9] and "twice" in reasons[10]
    assert "物业管理费" in reasons[12] and "YYYY-MM-DD" in reasons[13]
    assert all(line.reading_id is None for line in report.lines)


def test_the_real_run_writes_every_good_row_at_once(services: Services, b: Building,
                                                    tmp_path: Path) -> None:
    sheet = read_readings(workbook(tmp_path / "readings.xlsx", ROWS))
    before = count_readings(services)
    dry = import_readings(b.fees, sheet)
    report = import_readings(b.fees, sheet, dry_run=False)
    assert not report.dry_run
    assert tuple(replace(line, reading_id=None) for line in report.lines) == dry.lines
    assert count_readings(services) == before + 4
    written = [b.fees.reading(line.reading_id) for line in report.taken]
    assert {r.source for r in written} == {"imported"}
    assert [(number(r.unit_label), r.period, r.usage) for r in written] == [
        ("1203", "2026-11", 3050), ("1204", "2026-10", 2000), ("1204", "2026-11", 1000),
        ("1206", "2026-11", 500)]
    assert written[1].multiplier == 2 and written[2].multiplier == 2
    assert written[3].kind is ReadingKind.ROLLOVER
    again = import_readings(b.fees, sheet)  # now every row is read already or refused
    assert again.taken == ()
    run = b.fees.generate_bills("2026-11")
    assert {(number(c.unit_label), c.amount_fen) for c in run.made if c.item_id == b.water.id} == {
        ("1203", 12810), ("1204", 4200), ("1205", 4200)}  # 1206 is vacant


def test_readings_come_from_a_csv_file_too(services: Services, b: Building,
                                           tmp_path: Path) -> None:
    path = tmp_path / "readings.csv"
    path.write_bytes(("unit,item,period,read on,current\n"
                      "1204,水费,2026-11,2026-11-18,12.5\n").encode("gb18030"))
    report = import_readings(b.fees, read_readings(path), dry_run=False)
    assert [line.outcome for line in report.lines] == [ImportOutcome.REFUSED]
    assert "first reading" in report.lines[0].reason
    path.write_text("\ufeff房号,收费项目,月份,抄表日期,本期读数,上期读数\n"
                    "1204,水费,2026-11,2026-11-18,12.5,10\n", encoding="utf-8")
    report = import_readings(b.fees, read_readings(path), dry_run=False)
    assert [(line.outcome, line.usage) for line in report.lines] == [(ImportOutcome.NEW, 250)]
    with pytest.raises(SheetFormatError):
        read_readings(tmp_path / "missing.csv")
    (tmp_path / "other.csv").write_text("name,phone\n张三,1\n", encoding="utf-8")
    with pytest.raises(SheetFormatError):
        read_readings(tmp_path / "other.csv")
