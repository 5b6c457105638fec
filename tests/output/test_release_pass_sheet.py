"""The release passes' sheet of the day's workbook, reopened with openpyxl: the day's passes
(the guard's copy back or not, voided with the reason, the arrears and their approver), then
the earlier passes whose copy was still missing at the close — ID numbers and phones masked,
a past day as it stood that evening, typed cells, never a formula."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from ledger_data import FeeBook

from deskapp.bootstrap import Services
from deskapp.domain.roles import Action, Role
from deskapp.domain.services.release_pass_records import GoodsLine, ReleasePassInput

pytestmark = pytest.mark.usefixtures("shanghai_tz")

FULL_ID = "11010519491231002X"
MASKED_ID = "110105********002X"


def no_formulas(book: openpyxl.Workbook) -> None:
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"


def records(sheet, first: str) -> list[dict]:  # type: ignore[no-untyped-def]
    values = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(values) if row and row[0] == first)
    return [dict(zip(values[start], row, strict=True)) for row in values[start + 1:]]


def test_the_days_passes_and_those_still_missing_at_the_close(
        services: Services, now, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = FeeBook(services)
    owing = book.unit("1203", "张三")
    book.charge(owing, dt.date(2026, 10, 25), 21000)
    clear = book.unit("1505", "李四")
    accounts = services.accounts
    accounts.create_first_administrator("管理员", "admin-pin", "admin-pin")
    accounts.add("李建国", Role.SUPERVISOR, "9876", "9876")
    accounts.add("王芳", Role.RECEPTIONIST, "5678", "5678")
    accounts.log_in("王芳", "5678")
    services.operator.move_to("大堂")
    passes = services.release_passes

    def issue(unit: int, carrier: str, **more):  # type: ignore[no-untyped-def]
        return passes.issue(ReleasePassInput(
            unit, (GoodsLine("纸箱", 5, "箱"), GoodsLine("=SUM(A1)", 1, "件")), carrier,
            FULL_ID, "业主", carrier_phone="13800138000", plate="粤B12345"), **more)

    earlier = issue(clear, "赵师傅")  # its copy never comes back
    back_late = issue(clear, "钱师傅")
    now.advance(days=1)
    day = services.clock.today()
    first = issue(owing, "孙师傅",
                  approval=accounts.approve("李建国", "9876", Action.RELEASE_WITH_ARREARS))
    now.advance(minutes=30)
    passes.check_off(first.number)
    second = issue(clear, "周师傅")
    void = issue(clear, "吴师傅")
    passes.void(void.id, "开错单元")
    now.advance(days=1)
    passes.check_off(back_late.number)  # back only the day after: missing at the close
    workbook = openpyxl.load_workbook(services.exports.day_workbook(day, tmp_path / "d.xlsx"))
    no_formulas(workbook)
    sheet = workbook["Release passes"]
    assert str(sheet["A1"].value).startswith(f"Passes issued on {day.isoformat()}")
    rows = records(sheet, "Issued")
    numbers = [r["Number"] for r in rows]
    assert numbers == [first.number, second.number, void.number, None,
                       "Earlier days, copy still missing at the close", earlier.number,
                       back_late.number]
    got = rows[0]
    assert got["Issued"] == dt.datetime(2026, 11, 24, 9, 30)  # local, naive
    assert (got["State"], got["Copy back"], got["Checked off by"]) == (
        "Guard's copy back", dt.datetime(2026, 11, 24, 10, 0), "王芳")
    assert got["Goods"] == "纸箱 ×5箱; =SUM(A1) ×1件" and got["Pieces"] == 6
    assert (got["ID number"], got["Phone"], got["Plate"]) == (MASKED_ID, "138****8000",
                                                              "粤B12345")
    assert (got["Arrears"], got["Approved by"], got["Counter"]) == (Decimal("210"), "李建国",
                                                                    "大堂")
    assert rows[1]["State"] == "Copy missing"  # today is a day later: it never came back
    assert rows[1]["Arrears"] is None and rows[1]["Approved by"] is None
    assert rows[2]["State"] == "Voided: 开错单元"
    assert rows[5]["State"] == rows[6]["State"] == "Copy missing"
    assert rows[6]["Copy back"] is None  # as it stood at the close
    everything = "".join(str(c) for r in sheet.iter_rows(values_only=True) for c in r)
    assert FULL_ID not in everything and "13800138000" not in everything
