"""Key custody's sheets of the day's workbook, reopened with openpyxl: the day's movements,
and the keys out at the close of the day (overdue marked, ID numbers and phones masked,
a past day as it stood that evening) — typed cells, never a formula."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from deskapp.bootstrap import Services
from deskapp.domain.keys.records import ConsentHow, IssueInput, OwnerConsent
from key_cabinet import ID_ZHANG, ID_ZHANG_MASKED, PHONE_ZHANG, PHONE_ZHANG_MASKED, fill_cabinet

pytestmark = pytest.mark.usefixtures("shanghai_tz")


def no_formulas(book: openpyxl.Workbook) -> None:
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"


def records(sheet, first: str) -> list[dict]:  # type: ignore[no-untyped-def]
    values = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(values) if row and row[0] == first)
    return [dict(zip(values[start], row, strict=True)) for row in values[start + 1:]]


def test_the_days_workbook_has_the_key_movements_and_the_keys_out_at_closing(
        services: Services, now, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cabinet = fill_cabinet(services, now)
    # A borrower's company typed as a formula stays text.
    services.keys.return_loan(cabinet.consent.id)
    services.keys.issue(IssueInput(
        cabinet.entrusted.id, "周八", now.value + dt.timedelta(hours=1), phone="13811112222",
        id_number=ID_ZHANG, company="=HYPERLINK(\"http://x\")",
        consent=OwnerConsent("王先生", ConsentHow.PHONE, now.value)))
    day = services.clock.today()
    book = openpyxl.load_workbook(services.exports.day_workbook(day, tmp_path / "day.xlsx"))
    assert book.sheetnames[4:6] == ["Key movements", "Keys out at closing"]
    no_formulas(book)
    moves = records(book["Key movements"], "Time")
    assert [(m["Step"], m["Tag"]) for m in moves] == [
        ("Registered", "K0001"), ("Registered", "K0002"), ("Registered", "K0003"),
        ("Registered", "K0004"), ("Issued", "K0001"), ("Issued", "K0003"),
        ("Partly returned", "K0001"), ("Issued", "K0002"), ("Handed over", "K0004"),
        ("Returned", "K0002"), ("Issued", "K0002")]
    issued = moves[4]
    assert issued["Time"] == dt.datetime(2026, 11, 23, 9, 30)  # local, naive
    assert (issued["Keys"], issued["Slip"], issued["Borrower"], issued["By"],
            issued["Counter"]) == (3, "KL2026-0001", "张三", "王芳", "大堂")
    assert moves[6]["Details"] == "一把齿有磨损" and moves[6]["Keys"] == 2
    sheet = book["Keys out at closing"]
    assert str(sheet["A1"].value).startswith("Keys still out at 2026-11-23 11:10")
    out = records(sheet, "Overdue")
    # Overdue first (the engineer's, due 10:00), then by expected return.
    assert [(r["Overdue"], r["Slip"]) for r in out] == [
        ("Overdue", "KL2026-0002"), (None, "KL2026-0001"), (None, "KL2026-0004")]
    viewing = out[1]
    assert viewing["ID number"] == ID_ZHANG_MASKED and viewing["Phone"] == PHONE_ZHANG_MASKED
    assert (viewing["Keys out"], viewing["Still out"]) == (3, 1)
    assert viewing["Expected back"] == dt.datetime(2026, 11, 23, 11, 30)
    assert out[0]["Purpose"] == "Repair: 配电柜检修" and out[0]["ID number"] is None
    assert out[2]["Company / department"] == "=HYPERLINK(\"http://x\")"
    every = [cell for s in book.worksheets for row in s.iter_rows(values_only=True)
             for cell in row]
    assert ID_ZHANG not in every and PHONE_ZHANG not in every


def test_a_past_days_keys_out_are_those_of_that_evening(
        services: Services, now, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cabinet = fill_cabinet(services, now)
    day = services.clock.today()
    now.advance(days=1)
    services.keys.return_loan(cabinet.viewing.id)
    services.keys.return_loan(cabinet.engineer.id)
    book = openpyxl.load_workbook(services.exports.day_workbook(day, tmp_path / "d.xlsx"))
    sheet = book["Keys out at closing"]
    assert str(sheet["A1"].value).startswith("Keys still out at 2026-11-24 00:00")
    out = records(sheet, "Overdue")
    # All due that day, none back by midnight: each overdue, the partial return counted.
    assert [(r["Overdue"], r["Slip"], r["Still out"]) for r in out] == [
        ("Overdue", "KL2026-0002", 1), ("Overdue", "KL2026-0001", 1),
        ("Overdue", "KL2026-0003", 2)]
    today = openpyxl.load_workbook(services.exports.day_workbook(
        services.clock.today(), tmp_path / "t.xlsx"))
    assert [r["Slip"] for r in records(today["Keys out at closing"], "Overdue")] == [
        "KL2026-0003"]
    assert [m["Step"] for m in records(today["Key movements"], "Time")] == [
        "Returned", "Returned"]
    lobby = openpyxl.load_workbook(services.exports.day_workbook(
        day, tmp_path / "lobby.xlsx", desk="别的柜台"))
    assert records(lobby["Key movements"], "Time") == []
    assert records(lobby["Keys out at closing"], "Overdue") == []

