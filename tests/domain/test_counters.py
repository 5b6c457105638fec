"""Several counters on one database: each record names its counter, the histories and the
day's workbook show one counter or all, each counter keeps its own settings, and every
save moves the change number the other counters watch."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import Session, select

from deskapp.bootstrap import Services, build_services
from deskapp.db.models import Setting
from deskapp.domain.calls.records import CallInput, CallQuery
from deskapp.domain.errors import ValidationError
from deskapp.domain.visitors import HostRef, VisitInput, VisitQuery
from deskapp.station import StationFile


def visit(name: str) -> VisitInput:
    return VisitInput(name=name, host=HostRef("1203"))


def at_desk(services: Services, desk: str, operator: str = "") -> None:
    services.operator.move_to(desk)
    services.operator.hand_over(operator)


def test_every_record_names_the_counter_and_the_receptionist(services: Services) -> None:
    at_desk(services, "一楼大堂", "王芳")
    row = services.visitors.check_in(visit("张三"))
    assert (row.desk, row.created_by) == ("一楼大堂", "王芳")
    at_desk(services, "服务中心", "李娜")
    call = services.calls.log_call(CallInput(subject="报修", caller_name="赵六",
                                             message_for="1203", message="请回电"))
    assert (call.desk, call.created_by) == ("服务中心", "李娜")
    assert call.messages[0].desk == "服务中心"


def test_the_histories_show_one_counter_or_all(services: Services) -> None:
    today = services.clock.today()
    for desk, names in (("一楼大堂", ["甲", "乙"]), ("服务中心", ["丙"])):
        at_desk(services, desk)
        for name in names:
            services.visitors.check_in(visit(name))
        services.calls.log_call(CallInput(subject=f"{desk}的电话"))
    every = VisitQuery(today, today)
    lobby = dataclasses.replace(every, desk="一楼大堂")
    assert {r.name for r in services.visitors.page(every)} == {"甲", "乙", "丙"}
    assert {r.name for r in services.visitors.page(lobby)} == {"甲", "乙"}
    assert services.visitors.count(lobby) == (2, 2)
    on_site = dataclasses.replace(lobby, on_site_only=True)
    assert {r.name for r in services.visitors.page(on_site)} == {"甲", "乙"}
    nowhere = dataclasses.replace(every, desk="三楼")
    assert services.visitors.page(nowhere) == []
    calls = CallQuery(today, today, desk="服务中心")
    assert [c.subject for c in services.calls.page(calls)] == ["服务中心的电话"]
    assert [r.name for r in services.visitors.iter_day(today, "服务中心")] == ["丙"]
    assert len(list(services.visitors.iter_day(today))) == 3
    # Building-wide: who is on site does not depend on where they checked in.
    assert services.visitors.on_site_count() == (3, 3)


def test_a_counter_filter_is_checked_like_any_input(services: Services) -> None:
    today = services.clock.today()
    with pytest.raises(ValidationError) as err:
        services.visitors.page(VisitQuery(today, today, desk=42))  # type: ignore[arg-type]
    assert "desk" in err.value.errors
    with pytest.raises(ValidationError):
        services.calls.page(CallQuery(today, today, desk="x" * 51))


def test_the_day_workbook_holds_one_counter_or_all(services: Services, tmp_path: Path) -> None:
    for desk, name in (("一楼大堂", "甲"), ("服务中心", "乙")):
        at_desk(services, desk, "值班员")
        services.visitors.check_in(visit(name))
    today = services.clock.today()
    every = services.exports.day_workbook(today, tmp_path / "all.xlsx")
    lobby = services.exports.day_workbook(today, tmp_path / "lobby.xlsx", desk="一楼大堂")

    def visitors(path: Path) -> list[tuple[str, str, str]]:
        sheet = load_workbook(path)["Visitors"]
        header = [cell.value for cell in sheet[1]]
        name, by, desk = (header.index(h) for h in ("Name", "Checked in by", "Counter"))
        return [(row[name], row[by], row[desk])
                for row in sheet.iter_rows(min_row=2, values_only=True) if row[name]]

    assert sorted(visitors(every)) == [("乙", "值班员", "服务中心"), ("甲", "值班员", "一楼大堂")]
    assert visitors(lobby) == [("甲", "值班员", "一楼大堂")]
    assert "一楼大堂" in (load_workbook(lobby).properties.title or "")


def test_the_counters_in_use_are_those_that_saved_records(services: Services) -> None:
    assert services.desks_in_use() == []
    for desk in ("服务中心", "一楼大堂", ""):
        at_desk(services, desk)
        services.visitors.check_in(visit("甲"))
    services.calls.log_call(CallInput(subject="x"))
    at_desk(services, "三楼")
    services.calls.log_call(CallInput(subject="y"))
    assert services.desks_in_use() == sorted(["服务中心", "一楼大堂", "三楼"])


def test_every_save_moves_the_change_number_and_reading_does_not(services: Services) -> None:
    before = services.change_stamp()
    services.visitors.page(VisitQuery(services.clock.today(), services.clock.today()))
    assert services.change_stamp() == before
    row = services.visitors.check_in(visit("甲"))
    after_check_in = services.change_stamp()
    assert after_check_in > before
    services.visitors.check_out(row.id)
    assert services.change_stamp() > after_check_in
    moved = services.change_stamp()
    with pytest.raises(ValidationError):
        services.visitors.check_in(VisitInput(name="", host=HostRef("1203")))
    assert services.change_stamp() == moved  # nothing saved, nothing moved


def test_a_counter_keeps_its_own_settings_on_its_pc(services: Services, tmp_path: Path) -> None:
    station = StationFile(tmp_path / "lobby" / "station.json")
    lobby = build_services(services.location.value, station=station, clock=services.clock)
    try:
        shared = dataclasses.replace(lobby.settings.load(), org_name="星河物业",
                                     counter_name="一楼大堂", language="en",
                                     printer="EPSON TM-T82", late_hour=20)
        lobby.settings.save(shared)
        mine = json.loads(station.path.read_text(encoding="utf-8"))
        assert mine["counter_name"] == "一楼大堂" and mine["printer"] == "EPSON TM-T82"
        with Session(lobby.engine) as session:
            in_database = {row.key for row in session.exec(select(Setting))}
        assert "org_name" in in_database and "late_hour" in in_database
        # Another counter on the same records shares the organisation, not the counter.
        other = StationFile(tmp_path / "centre" / "station.json")
        centre = build_services(services.location.value, station=other, clock=services.clock)
        try:
            seen = centre.settings.load()
            assert (seen.org_name, seen.late_hour) == ("星河物业", 20)
            assert (seen.counter_name, seen.printer) == ("", "")
            assert centre.operator.desk == ""
        finally:
            centre.close()
    finally:
        lobby.close()
    reopened = build_services(services.location.value, station=station, clock=services.clock)
    try:
        assert reopened.operator.desk == "一楼大堂"
    finally:
        reopened.close()


def test_a_counter_is_named_before_anything_else_is_set(services: Services,
                                                        tmp_path: Path) -> None:
    station = StationFile(tmp_path / "station.json")
    fresh = build_services(services.location.value, station=station, clock=services.clock)
    try:
        assert fresh.settings.name_counter("  服务中心 ") == "服务中心"
        assert fresh.settings.load().counter_name == "服务中心"
        assert fresh.settings.name_counter("一楼\n大堂") == "一楼 大堂"  # one line
        for bad in ("", "   ", "x" * 51, 42):
            with pytest.raises(ValidationError) as err:
                fresh.settings.name_counter(bad)  # type: ignore[arg-type]
            assert "counter_name" in err.value.errors
    finally:
        fresh.close()


def test_a_damaged_station_file_is_read_as_nothing_set(services: Services,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "station.json"
    for content in ("{not json", "[1, 2]", json.dumps({"language": "fr", "counter_name": 7})):
        path.write_text(content, encoding="utf-8")
        opened = build_services(services.location.value, station=StationFile(path),
                                clock=services.clock)
        try:
            settings = opened.settings.load()
            assert settings.counter_name == "" and settings.language == ""
        finally:
            opened.close()


def test_a_document_printed_at_a_counter_names_it(services: Services) -> None:
    from helpers import pdf_text

    services.settings.save(dataclasses.replace(services.settings.load(), org_name="星河物业",
                                               counter_name="服务中心"))
    row = services.visitors.check_in(visit("张三"))
    printed = services.documents.render("visitor-pass", row.id)
    assert "服务中心" in pdf_text(printed.path)
