"""Reading an import sheet: header row search, column mapping, clean text, clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from deskapp.domain.directory import UNIT_IMPORT_HEADERS
from deskapp.output.xlsx_rows import (
    HEADER_SEARCH_ROWS,
    SheetFormatError,
    cell_text,
    read_sheet_rows,
)

HEADERS = {
    "number": ("房号", "unit", "unit number"),
    "occupant": ("业主", "occupant"),
    "phones": ("电话", "phone"),
}


def make_xlsx(path: Path, rows: list[list[object]], title: str = "Sheet") -> Path:
    """A workbook whose active sheet holds ``rows`` from A1 (None leaves a cell empty)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def test_reads_rows_with_excel_row_numbers_and_clean_numbers(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "units.xlsx", [
        ["房号", "业主", "电话"],
        [1203.0, "张三", 13800138000],
        ["1204", " 李四 ", "010-12345678"],
    ])

    sheet = read_sheet_rows(path, HEADERS)

    assert sheet.header_row == 1
    assert sheet.sheet == "Sheet"
    assert list(sheet) == [
        (2, {"number": "1203", "occupant": "张三", "phones": "13800138000"}),
        (3, {"number": "1204", "occupant": "李四", "phones": "010-12345678"}),
    ]
    assert len(sheet) == 2


def test_header_row_below_a_title_and_columns_in_any_order(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "units.xlsx", [
        ["2026 年业主名册"],
        [],
        ["备注", " Phone ", "UNIT  NUMBER", "Occupant*"],
        ["装修中", 13900139000, 101, "王五"],
    ])

    sheet = read_sheet_rows(path, HEADERS)

    assert sheet.header_row == 3
    assert sheet.columns == {"number": "UNIT  NUMBER", "occupant": "Occupant*", "phones": "Phone"}
    assert list(sheet) == [(4, {"number": "101", "occupant": "王五", "phones": "13900139000"})]


def test_blank_rows_are_skipped_but_row_numbers_stay_true(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "units.xlsx", [
        ["房号", "业主", "电话", "无关列"],
        ["101", "甲", None],
        [],
        [None, None, None, "only an unmapped column"],
        ["   ", None, None],
        ["105", None, None],
    ])

    rows = list(read_sheet_rows(path, HEADERS))

    assert rows == [
        (2, {"number": "101", "occupant": "甲", "phones": ""}),
        (6, {"number": "105", "occupant": "", "phones": ""}),
    ]


def test_missing_optional_columns_are_reported_and_absent(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "units.xlsx", [["unit"], ["A-1"]])

    sheet = read_sheet_rows(path, HEADERS)

    assert sheet.missing == ("occupant", "phones")
    assert list(sheet) == [(2, {"number": "A-1"})]


def test_first_matching_column_wins_for_duplicate_headers(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "units.xlsx", [["房号", "电话", "电话"], ["1", "13800138000", "x"]])

    assert list(read_sheet_rows(path, HEADERS)) == [
        (2, {"number": "1", "phones": "13800138000"})
    ]


def test_reads_the_named_sheet_or_the_active_one(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "请在第二页填写"
    units = wb.create_sheet("名册")
    units.append(["房号", "业主"])
    units.append([301, "赵六"])
    wb.active = 1
    path = tmp_path / "two.xlsx"
    wb.save(path)

    assert list(read_sheet_rows(path, HEADERS)) == [(2, {"number": "301", "occupant": "赵六"})]
    with pytest.raises(SheetFormatError, match="说明"):
        read_sheet_rows(path, HEADERS, sheet="说明")


def test_formula_cells_give_their_cached_value_or_nothing(tmp_path: Path) -> None:
    # openpyxl stores no cached value, as a program other than Excel might; data_only reads None.
    path = make_xlsx(tmp_path / "units.xlsx", [["房号", "业主"], ["=1+1", "X"]])

    assert list(read_sheet_rows(path, HEADERS)) == [(2, {"number": "", "occupant": "X"})]


def test_unit_import_headers_accept_the_counter_sheet(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "units.xlsx", [
        ["房号", "业主", "公司", "电话", "备注", "状态"],
        [1203, "张三", "华为", 13800138000, None, "空置"],
    ])

    assert list(read_sheet_rows(path, UNIT_IMPORT_HEADERS)) == [(2, {
        "number": "1203", "occupant": "张三", "company": "华为", "phones": "13800138000",
        "notes": "", "occupied": "空置",
    })]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (1203, "1203"),
        (1203.0, "1203"),
        (13800138000, "13800138000"),
        (13800138000.0, "13800138000"),
        (12.5, "12.5"),
        (0.1 + 0.2, "0.3"),
        (-3.0, "-3"),
        (True, "TRUE"),
        (False, "FALSE"),
        (dt.datetime(2026, 11, 23), "2026-11-23"),
        (dt.datetime(2026, 11, 23, 9, 30), "2026-11-23 09:30"),
        (dt.date(2026, 1, 2), "2026-01-02"),
        (dt.time(8, 5), "08:05"),
        ("  张三\u3000", "张三"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_no_header_row_names_the_expected_headers(tmp_path: Path) -> None:
    rows: list[list[object]] = [["标题"]] * HEADER_SEARCH_ROWS + [["房号", "业主"], ["1", "x"]]
    path = make_xlsx(tmp_path / "late.xlsx", rows, title="名册")

    with pytest.raises(SheetFormatError) as caught:
        read_sheet_rows(path, HEADERS)

    message = str(caught.value)
    assert "名册" in message
    assert "房号 / unit / unit number" in message
    assert "房号, 业主, 电话" in message


def test_empty_sheet_has_no_header_row(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "empty.xlsx", [])

    with pytest.raises(SheetFormatError, match="房号"):
        read_sheet_rows(path, HEADERS)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("units.xlsx", b"this is not a zip file"),
        ("units.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old excel"),
        ("units.csv", "房号,业主\n1,x\n".encode()),
    ],
)
def test_unreadable_files_raise_a_clear_error(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(SheetFormatError, match=r"\.xlsx") as caught:
        read_sheet_rows(path, HEADERS)

    assert name in str(caught.value)


def test_a_zip_that_is_not_a_workbook_is_unreadable(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")

    with pytest.raises(SheetFormatError, match="fake.xlsx"):
        read_sheet_rows(path, HEADERS)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SheetFormatError, match="gone.xlsx"):
        read_sheet_rows(tmp_path / "gone.xlsx", HEADERS)


def test_the_file_is_closed_after_reading(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "units.xlsx", [["房号"], ["1"]])

    read_sheet_rows(path, HEADERS)
    # On Windows an open read-only workbook keeps the file locked; renaming proves it is free.
    path.rename(tmp_path / "moved.xlsx")
    assert (tmp_path / "moved.xlsx").exists()
