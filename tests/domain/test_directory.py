"""The directory's rules: units, departments, import, completion."""

from __future__ import annotations

import pytest

from deskapp.domain.directory import DepartmentKind, DepartmentRow, UnitRow
from deskapp.domain.errors import ValidationError


def test_import_keeps_fields_the_sheet_has_no_column_for(services) -> None:
    d = services.directory
    d.save_unit(UnitRow(None, "1203", "李四", "华为", "13800138000", "钥匙在前台", occupied=False))
    report = d.import_units([(2, {"number": "1203", "occupant": "李四"}),
                             (3, {"number": "1204", "occupant": "王五"})])
    assert (report.added, report.updated, report.rejected) == (1, 0, [])
    unit = next(u for u in d.units() if u.number == "1203")
    assert (unit.company, unit.phones, unit.notes, unit.occupied) == (
        "华为", "13800138000", "钥匙在前台", False)
    report = d.import_units([(2, {"number": "1203", "company": "腾讯", "occupied": "入住"}),
                             (3, {"number": "1205", "phones": "123"})])
    assert report.updated == 1 and report.rejected[0][0] == 3
    unit = next(u for u in d.units() if u.number == "1203")
    assert (unit.occupant, unit.company, unit.occupied) == ("李四", "腾讯", True)


def test_a_units_area_is_kept_in_dm2_and_imported_in_m2(services) -> None:
    d = services.directory
    saved = d.save_unit(UnitRow(None, "1203", "李四", area_dm2="89.35"))
    assert (saved.area_dm2, saved.area_text) == (8935, "89.35")
    assert d.save_unit(UnitRow(saved.id, "1203", "李四", area_dm2=12000)).area_text == "120.00"
    for bad in ("89.355", "-1", "八十", 1.5, True, 10_000_001):
        with pytest.raises(ValidationError) as caught:
            d.save_unit(UnitRow(saved.id, "1203", "李四", area_dm2=bad))  # type: ignore[arg-type]
        assert "m²" in caught.value.errors["area_dm2"]
    assert d.save_unit(UnitRow(saved.id, "1203", "李四", area_dm2="")).area_dm2 == 0

    d.save_unit(UnitRow(saved.id, "1203", "李四", area_dm2=8935))
    report = d.import_units([(2, {"number": "1203", "area": ""}),
                             (3, {"number": "1204", "area": "156.5"}),
                             (4, {"number": "1205", "area": "1.234"})])
    assert (report.added, report.updated) == (1, 0)
    assert [row for row, _ in report.rejected] == [4]
    areas = {u.number: u.area_dm2 for u in d.units()}
    assert areas == {"1203": 8935, "1204": 15650}  # an empty cell keeps the area


def test_hosts_complete_by_pinyin_initials(services) -> None:
    d = services.directory
    d.save_unit(UnitRow(None, "1203", "张三", "华为"))
    d.save_department(DepartmentRow(None, "工程部", "8001", DepartmentKind.ENGINEERING))
    assert [o.label for o in d.find_hosts("zs")] == ["1203 张三 (华为)"]
    assert [o.label for o in d.find_hosts("gcb")] == ["工程部"]
    assert [o.label for o in d.find_hosts("huawei")] == ["1203 张三 (华为)"]


def test_a_hosts_contact_reads_extensions_aloud(services) -> None:
    from deskapp.domain.phone import readable_phone

    assert readable_phone("021-62345678-8001") == "021-62345678 ext. 8001"
    assert readable_phone("13900001111") == "13900001111"
    unit = services.directory.save_unit(UnitRow(None, "1203", "李四", phones="62345678-12",
                                                notes="午休不接待"))
    contact = services.directory.host_contact(unit_id=unit.id)
    assert contact.text() == "Phone: 62345678 ext. 12 · Notes: 午休不接待"
    assert services.directory.host_contact(unit_id=999) is None
    assert services.directory.host_contact() is None


def test_departments_read_in_pinyin_order(services) -> None:
    for name in ("客服中心", "工程部", "保安部", "Admin"):
        services.directory.save_department(DepartmentRow(None, name))
    assert [d.name for d in services.directory.departments()] == [
        "Admin", "保安部", "工程部", "客服中心"]
    departments = [o.label for o in services.directory.host_options() if o.kind == "department"]
    assert departments == ["Admin", "保安部", "工程部", "客服中心"]


def test_the_pinyin_order_reads_the_stored_key() -> None:
    from deskapp.domain.pinyin import search_key, sort_key

    assert sort_key("工程部", search_key("工程部", "8002")) == ("gongchengbu", "工程部")
    assert sort_key("Admin", search_key("Admin", "8001")) == ("admin", "Admin")
