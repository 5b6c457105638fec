"""Tests for the openpyxl export layer: read every file back the way a user's Excel would."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet import _writer as openpyxl_sheet_writer

from deskapp.fileio import host_tag, is_temp_file_name
from deskapp.output.workbook import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    MAX_COLUMN_WIDTH,
    MONEY_FORMAT,
    Column,
    ColumnKind,
    ExportCancelled,
    Sheet,
    display_width,
    sanitize_sheet_title,
    sanitize_text,
    write_workbook,
)

INJECTIONS = [
    '=HYPERLINK("http://x","y")',
    "=1+2",
    "@SUM(A1)",
    "+1",
    "-1",
    "=cmd|' /C calc'!A0",
    "\t=1+2",
]

VISITOR_COLUMNS = [
    Column("姓名"),
    Column("来访事由"),
    Column("金额", ColumnKind.MONEY_FEN),
    Column("到访时间", ColumnKind.DATETIME),
    Column("日期", ColumnKind.DATE),
    Column("人数", ColumnKind.INT),
]


def _visitor_row(n: int) -> tuple[object, ...]:
    when = dt.datetime(2024, 5, 1, 1, 30, tzinfo=dt.UTC) + dt.timedelta(minutes=n)
    return (f"访客{n}", "送快递", 123456 + n, when, when.date(), n)


def _sheet_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        ]


def test_round_trip_types_formats_and_layout(tmp_path: Path, shanghai_tz: None) -> None:
    path = tmp_path / "visitors.xlsx"
    rows = [
        (
            "张三",
            "找物业",
            123456,
            dt.datetime(2024, 5, 1, 1, 30, tzinfo=dt.UTC),
            dt.date(2024, 5, 1),
            2,
        ),
        ("李四", None, 0, None, None, None),
    ]
    written = write_workbook(
        path,
        [Sheet("来访登记", VISITOR_COLUMNS, iter(rows)), Sheet("Empty", [Column("x")], [])],
        title="访客导出",
    )
    assert written == 2

    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["来访登记", "Empty"]
    assert wb.properties.title == "访客导出"
    ws = wb["来访登记"]
    assert [c.value for c in ws[1]] == [c.header for c in VISITOR_COLUMNS]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:F3"

    name, purpose, money, when, day, count = ws[2]
    assert (name.value, name.data_type) == ("张三", "s")
    assert purpose.value == "找物业"
    assert money.value == pytest.approx(1234.56)
    assert Decimal(str(money.value)) == Decimal("1234.56")
    assert money.number_format == MONEY_FORMAT
    # 01:30 UTC is 09:30 at the counter; stored naive, as Excel has no time zones.
    assert when.value == dt.datetime(2024, 5, 1, 9, 30)
    assert when.value.tzinfo is None
    assert when.number_format == DATETIME_FORMAT
    assert day.value == dt.datetime(2024, 5, 1)
    assert day.number_format == DATE_FORMAT
    assert count.value == 2

    assert [c.value for c in ws[3]] == ["李四", None, 0, None, None, None]
    assert wb["Empty"].freeze_panes == "A2"
    assert [c.value for c in wb["Empty"][1]] == ["x"]


def test_a_preamble_stands_above_the_frozen_filtered_header(tmp_path: Path,
                                                          shanghai_tz: None) -> None:
    path = tmp_path / "p.xlsx"
    when = dt.datetime(2024, 5, 1, 1, 30, 15, tzinfo=dt.UTC)
    columns = [Column("编号", ColumnKind.INT),
               Column("时间", ColumnKind.DATETIME, number_format="yyyy-mm-dd hh:mm:ss"),
               Column("备注")]
    preamble = [("星河物业",), ("过滤", "=1+2"), ("长" * 200,)]
    written = write_workbook(path, [Sheet("s", columns, [(1, when, "+1"), (2, None, "x")],
                                          preamble=preamble)])
    assert written == 2
    ws = openpyxl.load_workbook(path).active
    assert [ws.cell(1, 1).value, ws.cell(2, 1).value, ws.cell(2, 2).value] == [
        "星河物业", "过滤", "=1+2"]
    assert ws.cell(2, 2).data_type == "s"  # a preamble line never becomes a formula
    assert ws.cell(4, 1).value is None  # one empty row before the header
    assert [c.value for c in ws[5]] == ["编号", "时间", "备注"]
    assert ws.freeze_panes == "A6"
    assert ws.auto_filter.ref == "A5:C7"
    assert ws["B6"].value == dt.datetime(2024, 5, 1, 9, 30, 15)
    assert ws["B6"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert ws["C6"].value == "+1" and ws["C6"].data_type == "s"
    assert ws.column_dimensions["A"].width < 20  # a long preamble line does not widen A


def test_aware_datetime_in_date_column_uses_local_date(tmp_path: Path, shanghai_tz: None) -> None:
    path = tmp_path / "d.xlsx"
    late_utc = dt.datetime(2024, 5, 1, 20, 0, tzinfo=dt.UTC)  # already 2 May at UTC+8
    write_workbook(path, [Sheet("s", [Column("d", ColumnKind.DATE)], [(late_utc,)])])
    assert openpyxl.load_workbook(path).active["A2"].value == dt.datetime(2024, 5, 2)


@pytest.mark.parametrize("text", INJECTIONS)
def test_formula_like_text_stays_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "inj.xlsx"
    write_workbook(path, [Sheet("s", [Column(text), Column("备注")], [(text, text)])])

    ws = openpyxl.load_workbook(path).active
    for cell in (ws["A1"], *ws[2]):
        assert cell.data_type == "s"
        assert cell.value == text
    for xml in _sheet_xml(path):
        assert "<f>" not in xml and "<f " not in xml


def test_all_injections_in_one_sheet_leave_no_formula_element(tmp_path: Path) -> None:
    path = tmp_path / "inj.xlsx"
    write_workbook(path, [Sheet("s", [Column("v")], [(t,) for t in INJECTIONS])])
    ws = openpyxl.load_workbook(path).active
    assert [c.value for (c,) in ws.iter_rows(min_row=2)] == INJECTIONS
    (xml,) = _sheet_xml(path)
    assert "<f" not in xml.replace("<false", "")


def test_control_characters_are_replaced_visibly(tmp_path: Path) -> None:
    path = tmp_path / "ctl.xlsx"
    dirty = "a\x00b\x07c\x1bd\ud800e\tf\ng"
    write_workbook(path, [Sheet("s\x01", [Column("h\x02")], [(dirty,)])])
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "s_"
    assert ws["A1"].value == "h\ufffd"
    assert ws["A2"].value == "a\ufffdb\ufffdc\ufffdd\ufffde\tf\ng"


def test_sanitize_text_cuts_to_excel_cell_limit() -> None:
    assert len(sanitize_text("长" * 40_000)) == 32_767
    assert sanitize_text("ok\r\n") == "ok\r\n"


@pytest.mark.parametrize(
    ("wanted", "taken", "expected"),
    [
        ("访客/来访[2024]:*?\\", (), "访客_来访_2024_____"),
        ("x" * 40, (), "x" * 31),
        ("'quoted'", (), "quoted"),
        ("", (), "Sheet"),
        ("History", (), "History_"),
        ("访客", ("访客",), "访客 (2)"),
        ("Visits", ("visits", "Visits (2)"), "Visits (3)"),
        ("y" * 31, ("y" * 31,), "y" * 27 + " (2)"),
    ],
)
def test_sheet_titles_follow_excel_rules(
    wanted: str, taken: tuple[str, ...], expected: str
) -> None:
    assert sanitize_sheet_title(wanted, taken) == expected


def test_duplicate_sheet_titles_are_made_unique(tmp_path: Path) -> None:
    path = tmp_path / "dup.xlsx"
    write_workbook(path, [Sheet("记录", [Column("a")], []), Sheet("记录", [Column("a")], [])])
    assert openpyxl.load_workbook(path).sheetnames == ["记录", "记录 (2)"]


def test_column_widths_fit_chinese_and_are_capped(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    columns = [Column("来访单位"), Column("备注"), Column("ID"), Column("固定", width=25)]
    rows = [("北京市朝阳区某某科技有限公司", "长" * 200, "1", "x")]
    write_workbook(path, [Sheet("s", columns, rows)])

    dims = openpyxl.load_workbook(path).active.column_dimensions
    assert display_width("来访单位") == 8
    assert dims["A"].width > display_width("北京市朝阳区某某科技有限公司")  # 28
    assert dims["B"].width == MAX_COLUMN_WIDTH
    assert dims["C"].width > display_width("ID")
    assert dims["D"].width == 25


def test_header_only_chinese_column_is_wider_than_its_header(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    write_workbook(path, [Sheet("s", [Column("被访人联系电话")], [("1",)])])
    width = openpyxl.load_workbook(path).active.column_dimensions["A"].width
    assert width > display_width("被访人联系电话") == 14


def test_generator_of_20000_rows(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    pulled = 0
    calls: list[tuple[int, int | None]] = []

    def rows() -> Iterator[tuple[object, ...]]:
        nonlocal pulled
        for n in range(20_000):
            pulled += 1
            yield _visitor_row(n)

    started = time.perf_counter()
    written = write_workbook(
        path,
        [Sheet("big", VISITOR_COLUMNS, rows(), row_count_hint=20_000)],
        progress=lambda done, total: calls.append((done, total)),
    )
    elapsed = time.perf_counter() - started
    print(
        f"\n20,000 rows x {len(VISITOR_COLUMNS)} columns: {elapsed:.2f} s, "
        f"{path.stat().st_size / 1024:.0f} KiB",
        file=sys.stderr,
    )

    assert written == pulled == 20_000
    assert calls[0] == (0, 20_000)
    assert calls[-1] == (20_000, 20_000)
    assert (500, 20_000) in calls
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    ws = openpyxl.load_workbook(path, read_only=True).active
    last = next(ws.iter_rows(min_row=20_001, max_row=20_001, values_only=True))
    assert last[0] == "访客19999"
    assert last[5] == 19_999


def test_progress_total_is_none_without_hints(tmp_path: Path) -> None:
    calls: list[tuple[int, int | None]] = []
    rows = ((f"r{n}",) for n in range(1_200))
    write_workbook(
        tmp_path / "p.xlsx",
        [Sheet("a", [Column("v")], rows), Sheet("b", [Column("v")], [("x",)], row_count_hint=1)],
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(0, None), (500, None), (1000, None), (1201, None)]


def test_failure_mid_way_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    buffers_before = list(openpyxl_sheet_writer.ALL_TEMP_FILES)

    def rows() -> Iterator[tuple[str]]:
        for n in range(1_000):
            if n == 700:
                raise RuntimeError("database went away")
            yield (f"r{n}",)

    with pytest.raises(RuntimeError, match="database went away"):
        write_workbook(target, [Sheet("s", [Column("v")], rows())])

    assert target.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["out.xlsx"]
    # openpyxl's own per-sheet buffers (they hold the personal data) are gone too.
    assert openpyxl_sheet_writer.ALL_TEMP_FILES == buffers_before


def test_cancel_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    checks = 0

    def cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks >= 2  # let the first 500 rows through, stop at 1000

    with pytest.raises(ExportCancelled):
        write_workbook(
            target,
            [Sheet("s", [Column("v")], ((f"r{n}",) for n in range(5_000)))],
            cancelled=cancelled,
        )
    assert checks == 2
    assert target.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["out.xlsx"]


def test_failure_closes_half_read_row_generators(tmp_path: Path) -> None:
    closed: list[str] = []

    def rows(name: str) -> Iterator[tuple[str]]:
        try:
            for n in range(10_000):
                yield (f"{name}{n}",)
        finally:
            closed.append(name)  # where a query's cursor/session would be released

    with pytest.raises(ExportCancelled):
        write_workbook(
            tmp_path / "out.xlsx",
            [Sheet("a", [Column("v")], rows("a")), Sheet("b", [Column("v")], rows("b"))],
            cancelled=lambda: True,
        )
    assert closed == ["a"]  # "b" never started, so it has nothing to release


def test_cancel_on_a_small_export_is_still_honoured(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    with pytest.raises(ExportCancelled):
        write_workbook(target, [Sheet("s", [Column("v")], [("a",)])], cancelled=lambda: True)
    assert not target.exists()
    assert os.listdir(tmp_path) == []


def test_success_replaces_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    write_workbook(target, [Sheet("s", [Column("v")], [("new",)])])
    assert openpyxl.load_workbook(target).active["A2"].value == "new"
    assert sorted(os.listdir(tmp_path)) == ["out.xlsx"]


def test_sheet_buffers_live_beside_the_target_never_in_the_system_temp_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    out = tmp_path / "out"
    out.mkdir()
    seen: list[list[str]] = []

    def rows(name: str) -> Iterator[tuple[str]]:
        for n in range(2_000):
            if n == 1_500:  # mid-stream: look where the rows are buffered
                seen.append(sorted(os.listdir(out)))
                assert os.listdir(system_temp) == []
            yield (f"{name}{n} 13800138000",)

    write_workbook(out / "访客.xlsx",
                   [Sheet("a", [Column("v")], rows("a")), Sheet("b", [Column("v")], rows("b"))])

    pid = os.getpid()
    first, second = seen
    # The workbook's own temp file, then one buffer per sheet streamed so far (sheet 1's
    # buffer stays until the file is zipped).
    assert len(first) == 2 and any(n.endswith(".sheet1.part") for n in first)
    assert len(second) == 3 and any(n.endswith(".sheet2.part") for n in second)
    assert all(n.startswith(f".访客.xlsx.deskapp-{pid}-") and is_temp_file_name(n)
               for n in first + second)
    assert os.listdir(system_temp) == []
    assert sorted(os.listdir(out)) == ["访客.xlsx"]
    ws = openpyxl.load_workbook(out / "访客.xlsx")["b"]
    assert ws.max_row == 2_001 and ws["A2001"].value == "b1999 13800138000"


def test_failure_removes_the_sheet_buffers_beside_the_target(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    out = tmp_path / "out"
    out.mkdir()

    def rows() -> Iterator[tuple[str]]:
        yield from ((f"r{n}",) for n in range(1_000))
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_workbook(out / "x.xlsx", [Sheet("a", [Column("v")], [("a",)]),
                                        Sheet("b", [Column("v")], rows())])
    assert os.listdir(out) == [] and os.listdir(system_temp) == []


def test_exports_on_two_threads_keep_their_buffers_apart(tmp_path: Path) -> None:
    results: dict[str, int] = {}

    def export(name: str) -> None:
        rows = ((f"{name}{n}",) for n in range(3_000))
        results[name] = write_workbook(tmp_path / f"{name}.xlsx",
                                       [Sheet(name, [Column("v")], rows)])

    threads = [threading.Thread(target=export, args=(name,)) for name in ("a", "b", "c")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {"a": 3_000, "b": 3_000, "c": 3_000}
    assert sorted(os.listdir(tmp_path)) == ["a.xlsx", "b.xlsx", "c.xlsx"]
    for name in results:
        ws = openpyxl.load_workbook(tmp_path / f"{name}.xlsx", read_only=True)[name]
        assert [row[0] for row in ws.iter_rows(min_row=2, values_only=True)] == [
            f"{name}{n}" for n in range(3_000)]


def test_export_sweeps_what_killed_exports_left_in_the_folder(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # an export that died: its PID runs no more
    stem = f".out.xlsx.deskapp-{child.pid}-{host_tag()}-0123abcd"
    for name in (f"{stem}.part", f"{stem}.sheet1.part"):
        (tmp_path / name).write_bytes(b"rows with phone numbers")
    write_workbook(tmp_path / "out.xlsx", [Sheet("s", [Column("v")], [("new",)])])
    assert sorted(os.listdir(tmp_path)) == ["out.xlsx"]


@pytest.mark.parametrize(
    ("kind", "value", "error"),
    [
        (ColumnKind.MONEY_FEN, 12.5, TypeError),
        (ColumnKind.MONEY_FEN, Decimal("12.50"), TypeError),
        (ColumnKind.INT, "3", TypeError),
        (ColumnKind.INT, True, TypeError),
        (ColumnKind.DATETIME, dt.datetime(2024, 5, 1, 9, 30), ValueError),
        (ColumnKind.DATETIME, dt.date(2024, 5, 1), TypeError),
        (ColumnKind.DATE, "2024-05-01", TypeError),
    ],
)
def test_wrong_value_types_fail_loudly(
    tmp_path: Path, kind: ColumnKind, value: object, error: type[Exception]
) -> None:
    target = tmp_path / "out.xlsx"
    with pytest.raises(error, match="row 2 column 1"):
        write_workbook(target, [Sheet("s", [Column("c", kind)], [(value,)])])
    assert not target.exists()


def test_row_length_must_match_columns(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="2 values for 1 columns"):
        write_workbook(tmp_path / "o.xlsx", [Sheet("s", [Column("a")], [("x", "y")])])


def test_non_string_text_values_are_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(path, [Sheet("s", [Column("a")], [(13800138000,)])])
    cell = openpyxl.load_workbook(path).active["A2"]
    assert (cell.value, cell.data_type) == ("13800138000", "s")
