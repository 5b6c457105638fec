"""Lost property's sheet of the day's workbook, reopened with openpyxl: the items found,
claimed and handed to the police that day, then those still kept (a past day as it stood
that evening); the claimant's ID and phone masked; typed cells, never a formula."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from deskapp.bootstrap import Services
from deskapp.domain.roles import Role
from deskapp.domain.services.lost_property_records import (
    POLICE_AFTER_DAYS,
    ClaimInput,
    FoundItemInput,
    PoliceHandover,
)

pytestmark = pytest.mark.usefixtures("shanghai_tz")
ID_ZHANG = "11010519491231002X"


def records(sheet) -> list[dict]:  # type: ignore[no-untyped-def]
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_the_days_lost_property_sheet(services: Services, now, tmp_path: Path) -> None:
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    lost = services.lost_property
    old = lost.record_found(FoundItemInput(
        "棕色皮夹", "大堂沙发", "陈静", contents="身份证一张\n现金 50 元",
        found_at=now.value - dt.timedelta(days=POLICE_AFTER_DAYS + 1)))
    umbrella = lost.record_found(FoundItemInput("=雨伞", "大堂", "陈静",
                                                found_at=now.value - dt.timedelta(days=2)))
    now.advance(hours=1)
    bag = lost.record_found(FoundItemInput("黑色双肩包", "三楼电梯厅", "陈静", contents="电脑"))
    now.advance(hours=1)
    lost.claim(bag.id, ClaimInput("张三", ID_ZHANG, "13800138000", "黑色双肩包，有电脑"))
    now.advance(minutes=10)
    lost.hand_to_police(old.id, PoliceHandover("粤海派出所", "李警官"))
    day = services.clock.today()
    book = openpyxl.load_workbook(services.exports.day_workbook(day, tmp_path / "day.xlsx"))
    assert "Lost property" in book.sheetnames
    rows = records(book["Lost property"])
    assert [(r["What happened"], r["Number"]) for r in rows] == [
        ("Found", bag.number), ("Claimed", bag.number), ("Handed to the police", old.number),
        ("Still kept", umbrella.number)]
    claimed = rows[1]
    assert claimed["ID number"] == "110105********002X" and claimed["Phone"] == "138****8000"
    assert claimed["Handed over at"] == dt.datetime(2026, 11, 23, 11, 30)
    assert (claimed["Recorded by"], claimed["Second staff member"]) == ("王芳", "陈静")
    assert rows[2]["Police station and officer"] == "粤海派出所 · 李警官"
    assert rows[2]["What it holds"] == "身份证一张; 现金 50 元"
    assert rows[3]["Item"] == "=雨伞"  # text, never a formula
    for sheet_row in book["Lost property"].iter_rows():
        assert all(cell.data_type != "f" for cell in sheet_row)
    # Two days ago the wallet and the umbrella were both still kept at closing.
    earlier = openpyxl.load_workbook(services.exports.day_workbook(
        day - dt.timedelta(days=2), tmp_path / "earlier.xlsx"))
    assert [(r["What happened"], r["Number"]) for r in records(earlier["Lost property"])] == [
        ("Found", umbrella.number), ("Still kept", old.number), ("Still kept", umbrella.number)]
