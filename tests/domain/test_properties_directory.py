"""Property tests of the directory and the settings services (hypothesis).

The sheet import takes any rows and reports the bad ones by number, never raising; units,
departments and settings are refused with a ValidationError or NotFound, or stored clean
and read back as they were returned.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from deskapp.bootstrap import Services, build_services
from deskapp.domain.clock import Clock
from deskapp.domain.directory import (
    UNIT_IMPORT_HEADERS,
    DepartmentKind,
    DepartmentRow,
    UnitRow,
    validate_department,
    validate_unit,
)
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.records import Paper
from deskapp.domain.settings import AppSettings, validate_settings
from strategies import (
    NOW,
    SHANGHAI,
    clean_names,
    mostly_valid,
    not_texts,
    numbers,
    phones,
    texts,
    valid_phones,
    weighted,
)

SOME = settings(max_examples=100, deadline=None)
ANY_TEXT = weighted((1, texts), (1, not_texts))
unit_numbers = weighted((3, st.sampled_from(["1203", "1204", "１２０５", "A-2", "B座301"])),
                        (1, st.from_regex(r"[0-9]{3,4}", fullmatch=True)), (1, texts))


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path: Path = tmp_path_factory.mktemp("directory") / "deskapp.sqlite"
    services = build_services(path, clock=Clock(lambda: NOW, tz=SHANGHAI))
    yield services
    services.close()


def assert_directory_clean(desk: Services) -> None:
    """Everything the directory holds is what validation would keep."""
    units = desk.directory.units()
    assert len({u.number for u in units}) == len(units)
    for unit in units:
        assert validate_unit(unit) == unit
    for dept in desk.directory.departments():
        assert validate_department(dept) == dept


cells = weighted((3, st.sampled_from(["", "李四", "华为", "13800138000", "入住", "空置"])),
                 (2, texts), (1, phones), (1, not_texts))
sheet_rows = st.lists(st.tuples(
    st.integers(-5, 10_000),
    st.dictionaries(st.sampled_from([*UNIT_IMPORT_HEADERS, "junk"]), cells).flatmap(
        lambda row: unit_numbers.map(lambda number: {"number": number, **row})),
), max_size=6)


@SOME
@given(rows=sheet_rows)
def test_an_import_takes_any_rows_and_reports_the_bad_ones(desk: Services, rows) -> None:
    before = {u.number for u in desk.directory.units()}
    report = desk.directory.import_units(rows)
    event(f"added {min(report.added, 2)}, rejected {min(len(report.rejected), 2)}")
    assert report.added + report.updated + len(report.rejected) <= len(rows)
    assert {number for number, _ in report.rejected} <= {number for number, _ in rows}
    assert all(isinstance(reason, str) and reason for _, reason in report.rejected)
    after = {u.number for u in desk.directory.units()}
    assert before <= after and len(after - before) == report.added
    assert_directory_clean(desk)


@SOME
@given(row=mostly_valid(UnitRow, valid={
    "id": st.none(), "number": unit_numbers, "occupant": weighted((3, clean_names),
                                                                  (1, st.just(""))),
    "company": st.sampled_from(["", "华为", "腾讯"]), "phones": valid_phones,
    "notes": st.sampled_from(["", "钥匙在前台"]), "occupied": st.booleans(),
}, junk={
    "id": weighted((1, st.integers()), (1, not_texts)), "number": ANY_TEXT,
    "occupant": ANY_TEXT, "company": ANY_TEXT, "phones": weighted((1, phones), (1, not_texts)),
    "notes": ANY_TEXT, "occupied": not_texts,
}))
def test_a_unit_is_refused_clearly_or_saved_clean(desk: Services, row: UnitRow) -> None:
    try:
        saved = desk.directory.save_unit(row)
    except (ValidationError, NotFound) as exc:
        event(type(exc).__name__)
        return
    event("saved")
    assert desk.directory.unit(saved.id) == saved
    assert saved == validate_unit(saved)
    assert_directory_clean(desk)


@SOME
@given(row=mostly_valid(DepartmentRow, valid={
    "id": st.none(), "name": clean_names, "phone": st.sampled_from(["", "8001", "0755-86001234"]),
    "kind": st.sampled_from(list(DepartmentKind)),
}, junk={
    "id": weighted((1, st.integers()), (1, not_texts)), "name": ANY_TEXT, "phone": ANY_TEXT,
    "kind": weighted((1, st.sampled_from(["security", "x"])), (1, not_texts)),
}))
def test_a_department_is_refused_clearly_or_saved_clean(desk: Services,
                                                       row: DepartmentRow) -> None:
    try:
        saved = desk.directory.save_department(row)
    except (ValidationError, NotFound) as exc:
        event(type(exc).__name__)
        return
    event("saved")
    assert saved in desk.directory.departments()
    assert_directory_clean(desk)


@SOME
@given(value=mostly_valid(AppSettings, valid={
    "org_name": clean_names, "org_address": st.sampled_from(["", "深圳市南山区"]),
    "org_phone": st.sampled_from(["", "0755-86001234"]), "counter_name": st.just("一楼大堂"),
    "language": st.sampled_from(["", "zh_CN", "en"]),
    "papers": st.dictionaries(st.just("visitor-pass"),
                              st.sampled_from([Paper.A6.value, Paper.ROLL80.value])),
    "printer": st.sampled_from(["", "HP  LaserJet 400"]), "late_hour": st.integers(0, 23),
    "welcomed": st.booleans(),
}, junk={
    "org_name": ANY_TEXT, "org_address": ANY_TEXT, "org_phone": ANY_TEXT,
    "counter_name": ANY_TEXT, "language": ANY_TEXT,
    "papers": weighted((1, st.dictionaries(texts, texts, max_size=2)), (1, not_texts)),
    "printer": ANY_TEXT, "late_hour": numbers, "welcomed": not_texts,
}))
def test_settings_are_refused_clearly_or_stored_as_returned(desk: Services,
                                                           value: AppSettings) -> None:
    try:
        saved = desk.settings.save(value)
    except ValidationError as exc:
        event("refused")
        assert exc.errors
        return
    event("saved")
    assert desk.settings.load() == saved == validate_settings(saved)
