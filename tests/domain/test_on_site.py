"""Who is on site now: the floor a unit number names, and the evacuation list's order."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.bootstrap import Services
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import DomainError
from deskapp.domain.operators import Operator
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.domain.visitors.on_site import (
    HostGroup,
    HostGroupKind,
    OnSiteList,
    OnSiteRow,
    floor_of,
    natural_key,
)

GOOD_ID = "11010519491231002X"


@pytest.mark.parametrize("number, floor", [
    ("1203", 12), ("803", 8), ("0803", 8), ("101", 1), ("2501", 25),
    ("12F-03", 12), ("12f03", 12), ("3F", 3), ("12层03", 12), ("５楼", 5),
    ("B1-02", -1), ("B2", -2), ("B1F-05", -1), ("地下2层", -2), ("负1层", -1),
    ("A-1203", 12), ("A1203", 12), ("B1203", 12),  # tower A or B, floor 12
    ("3-201", 2),  # building 3, room 201
    ("12-03", 12),  # floor 12, room 03
    ("L3-12", 3),  # a mall's level 3
    ("１２０３", 12),  # typed full-width
    ("A05", None), ("12", None), ("商铺", None), ("", None), ("000", None), ("0F", None),
    ("99999", None),  # no building has floor 999
])
def test_the_floor_a_unit_number_names(number: str, floor: int | None) -> None:
    assert floor_of(number) == floor


@given(st.text(max_size=40))
def test_any_text_gives_a_floor_or_none_without_failing(text: str) -> None:
    floor = floor_of(text)
    assert floor is None or (floor != 0 and -200 <= floor <= 200)
    assert sorted([text, "1203", "B1-02"], key=natural_key)  # any two keys compare


def test_digits_of_other_scripts_sort_as_text() -> None:
    assert natural_key("\u19da2") == ((1, "\u19da"), (0, 2))  # NEW TAI LUE THAM DIGIT ONE


def test_unit_numbers_sort_by_their_numbers() -> None:
    numbers = ["1210", "B1-10", "1203", "2-05", "B1-02", "12-01"]
    assert sorted(numbers, key=natural_key) == [
        "2-05", "12-01", "1203", "1210", "B1-02", "B1-10"]


def test_sections_come_floor_by_floor_then_the_rest() -> None:
    groups = [HostGroup(HostGroupKind.OTHER), HostGroup(HostGroupKind.FLOOR, 12),
              HostGroup(HostGroupKind.DEPARTMENT), HostGroup(HostGroupKind.FLOOR, -1),
              HostGroup(HostGroupKind.UNIT), HostGroup(HostGroupKind.FLOOR, 3)]
    assert sorted(groups) == [
        HostGroup(HostGroupKind.FLOOR, -1), HostGroup(HostGroupKind.FLOOR, 3),
        HostGroup(HostGroupKind.FLOOR, 12), HostGroup(HostGroupKind.UNIT),
        HostGroup(HostGroupKind.DEPARTMENT), HostGroup(HostGroupKind.OTHER)]
    assert HostGroup(HostGroupKind.FLOOR, -1).label() == "Basement 1"
    assert HostGroup(HostGroupKind.FLOOR, 12).label() == "Floor 12"


def test_a_row_never_carries_an_id_number() -> None:
    assert not [f.name for f in dataclasses.fields(OnSiteRow) if "id_number" in f.name]


@pytest.fixture
def building(services: Services) -> dict[str, HostRef]:
    """Units on several floors, two departments; host references by number or name."""
    hosts: dict[str, HostRef] = {}
    for number in ("1203", "B1-02", "12F-03", "803", "A05", "1210"):
        unit = services.directory.save_unit(UnitRow(None, number, occupant="李四",
                                                    company="华为"))
        hosts[number] = HostRef(f"{number} 李四 (华为)", unit_id=unit.id)
    for name in ("客服中心", "工程部"):
        dept = services.directory.save_department(DepartmentRow(None, name, "8000"))
        hosts[name] = HostRef(name, department_id=dept.id)
    return hosts


def arrive(services: Services, now, name: str, host: HostRef, **kw) -> int:  # type: ignore[no-untyped-def]
    now.advance(minutes=1)
    return services.visitors.check_in(VisitInput(name=name, host=host, **kw)).id


def test_the_list_walks_the_building_floor_by_floor(services: Services, now,  # type: ignore[no-untyped-def]
                                                    building) -> None:
    arrive(services, now, "十二楼乙", building["1210"])
    arrive(services, now, "十二楼甲", building["1203"], party_size=3, phone="13800138000",
           company="星河科技", id_number=GOOD_ID)
    arrive(services, now, "八楼", building["803"])
    arrive(services, now, "地下", building["B1-02"])
    arrive(services, now, "十二F", building["12F-03"])
    arrive(services, now, "无楼层", building["A05"])
    arrive(services, now, "客服", building["客服中心"])
    arrive(services, now, "工程", building["工程部"])
    arrive(services, now, "快递", HostRef("顺丰快递"))
    arrive(services, now, "十二楼丙", building["1203"])

    snapshot = OnSiteList(services.engine, services.clock).snapshot()
    assert [r.name for r in snapshot.rows] == [
        "地下", "八楼", "十二F", "十二楼甲", "十二楼丙", "十二楼乙", "无楼层",
        "工程", "客服",  # departments by pinyin: gongchengbu before kefuzhongxin
        "快递"]
    assert (snapshot.visits, snapshot.people) == (10, 12)
    assert snapshot.taken_at == now.value
    assert [(g.label(), len(rows)) for g, rows in snapshot.groups()] == [
        ("Basement 1", 1), ("Floor 8", 1), ("Floor 12", 4), ("Other units", 1),
        ("Management departments", 2), ("Hosts not in the directory", 1)]
    first = snapshot.rows[3]
    assert (first.phone, first.company, first.party_size) == ("13800138000", "星河科技", 3)
    assert first.unit_number == "1203" and first.host_label == "1203 李四 (华为)"
    assert snapshot.rows[7].department == "工程部"


def test_who_left_or_was_voided_is_not_on_the_list(services: Services, now,  # type: ignore[no-untyped-def]
                                                   building) -> None:
    stays = arrive(services, now, "留下", building["1203"])
    leaves = arrive(services, now, "离开", building["1203"])
    mistake = arrive(services, now, "登错", building["1203"])
    services.visitors.check_out(leaves)
    services.visitors.void(mistake, "登记重复")
    # A voided visit cannot be put back on site by undoing its (void's) check-out.
    with pytest.raises(DomainError):
        services.visitors.undo_check_out(mistake)
    rows = OnSiteList(services.engine, services.clock).rows()
    assert [r.visit_id for r in rows] == [stays]


def test_visitors_in_since_an_earlier_day_are_listed(services: Services, now,  # type: ignore[no-untyped-def]
                                                     building) -> None:
    yesterday = arrive(services, now, "昨天来的", building["803"])
    now.advance(days=1)
    today = arrive(services, now, "今天来的", building["803"])
    rows = OnSiteList(services.engine, services.clock).rows()
    assert [r.visit_id for r in rows] == [yesterday, today]
    assert rows[0].time_in == now.value - dt.timedelta(days=1, minutes=1)


def test_every_counter_s_visitors_are_on_it(services: Services, now, building) -> None:  # type: ignore[no-untyped-def]
    arrive(services, now, "大堂", building["803"])
    other = services.with_clock(services.clock, Operator(desk="B座前台"))
    now.advance(minutes=1)
    other.visitors.check_in(VisitInput(name="B座", host=building["803"]))
    rows = OnSiteList(services.engine, services.clock).rows()
    assert {r.name for r in rows} == {"大堂", "B座"}


def test_nobody_in_gives_an_empty_list(services: Services) -> None:
    snapshot = OnSiteList(services.engine, services.clock).snapshot()
    assert (snapshot.rows, snapshot.visits, snapshot.people) == ((), 0, 0)
    assert list(snapshot.groups()) == []
