"""The phone directory: kept entries, occupants from the directory, lookup, monthly review."""

from __future__ import annotations

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.calls.phone_book import EntryKind, PhoneEntryRow
from deskapp.domain.directory import UnitRow
from deskapp.domain.errors import ValidationError


def test_entries_occupants_and_lookup_by_pinyin(services: Services) -> None:
    services.directory.save_unit(UnitRow(None, "1203", "张三", "华为", phones="13800138000"))
    services.phone_book.save(PhoneEntryRow(None, "工程部", EntryKind.DEPARTMENT, "",
                                           extension="8001"))
    services.phone_book.save(PhoneEntryRow(None, "王经理", EntryKind.STAFF, "13912345678",
                                           organisation="客服中心", confidential=True))
    services.phone_book.save(PhoneEntryRow(None, "电梯维保", EntryKind.EXTERNAL,
                                           "400-820-1234", organisation="奥的斯"))
    kinds = {row.name: row.kind for row in services.phone_book.entries()}
    assert kinds["1203 张三"] is EntryKind.OCCUPANT and kinds["工程部"] is EntryKind.DEPARTMENT
    assert [r.name for r in services.phone_book.lookup("zs")] == ["1203 张三"]
    assert [r.name for r in services.phone_book.lookup("dtwb")] == ["电梯维保"]
    [manager] = services.phone_book.lookup("王经理")
    assert manager.shown_number() == "139****5678" and manager.shown_number(reveal=True) == (
        "13912345678")


def test_an_old_number_is_retired_not_deleted(services: Services) -> None:
    row = services.phone_book.save(PhoneEntryRow(None, "水务公司", EntryKind.EXTERNAL,
                                                 "0755-12345678"))
    from dataclasses import replace

    services.phone_book.save(replace(row, active=False))
    assert "水务公司" not in [r.name for r in services.phone_book.entries()]
    assert "水务公司" in [r.name for r in services.phone_book.entries(include_retired=True)]


@pytest.mark.parametrize("row, field", [
    (PhoneEntryRow(None, "", EntryKind.STAFF, "13800138000"), "name"),
    (PhoneEntryRow(None, "某人", EntryKind.STAFF, ""), "number"),
    (PhoneEntryRow(None, "某人", EntryKind.STAFF, "12"), "number"),
    (PhoneEntryRow(None, "某人", EntryKind.OCCUPANT, "13800138000"), "kind"),
    (PhoneEntryRow(None, "某人", EntryKind.STAFF, "", extension="٨٠٠١"), "extension"),
])
def test_bad_entries_are_refused_by_the_field(services: Services, row, field) -> None:
    with pytest.raises(ValidationError) as err:
        services.phone_book.save(row)
    assert field in err.value.errors


def test_the_list_asks_for_a_review_once_a_month(services: Services, now) -> None:
    assert services.phone_book.review_due() and services.phone_book.last_review() is None
    services.phone_book.mark_reviewed()
    assert not services.phone_book.review_due()
    now.advance(days=32)
    assert services.phone_book.review_due()
