"""Lost property: a found item recorded by two staff (both named, not the same person),
numbered by the year; claimed once, against an ID and the claimant's description; kept for
the period, then due for the police and handed over with the station and the officer;
the photo checked as a picture; the list by filter and search; the day's lines. Nothing is
deleted."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session, func, select

from deskapp.bootstrap import Services
from deskapp.db.models import AuditEntry
from deskapp.db.service_models import FoundItem
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.operators import Operator
from deskapp.domain.roles import Role
from deskapp.domain.services.lost_property import LostProperty, picture_kind, read_photo
from deskapp.domain.services.lost_property_records import (
    POLICE_AFTER_DAYS,
    ClaimInput,
    DayEvent,
    FoundCategory,
    FoundFilter,
    FoundItemInput,
    FoundQuery,
    FoundState,
    PoliceHandover,
)

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
ID_ZHANG = "11010519491231002X"  # GB 11643's own example
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 40


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SHANGHAI)


@pytest.fixture
def lost(services: Services) -> LostProperty:
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    return services.lost_property


def backpack(**kw) -> FoundItemInput:  # type: ignore[no-untyped-def]
    base = dict(description="黑色双肩包", found_where="三楼电梯厅", witnessed_by="陈静",
                category=FoundCategory.BAGS, contents="联想笔记本电脑一台\n蓝色水杯",
                found_by="保洁 刘阿姨", kept_where="前台保险柜 2 号格")
    base.update(kw)
    return FoundItemInput(**base)  # type: ignore[arg-type]


def claim(**kw) -> ClaimInput:  # type: ignore[no-untyped-def]
    base = dict(claimant_name="张三", id_number=ID_ZHANG, phone="13800138000",
                claim_description="黑色双肩包，里面有联想电脑和一个蓝色杯子")
    base.update(kw)
    return ClaimInput(**base)  # type: ignore[arg-type]


# --- Recording ---------------------------------------------------------------------------

def test_two_staff_record_it_and_it_is_numbered_by_the_year(lost: LostProperty, now) -> None:
    item = lost.record_found(backpack(found_at=local(2026, 11, 23, 8, 40)))
    assert item.number == "SW2026-0001" and item.state is FoundState.KEPT
    assert (item.recorded_by, item.witnessed_by) == ("王芳", "陈静")
    assert item.contents == "联想笔记本电脑一台\n蓝色水杯"  # lines kept, each cleaned
    assert item.found_at == local(2026, 11, 23, 8, 40) and item.created_by == "王芳"
    assert lost.record_found(backpack()).number == "SW2026-0002"
    now.value = local(2027, 1, 2, 9, 0)
    third = lost.record_found(backpack())
    assert third.number == "SW2027-0001" and third.found_at == now.value
    assert lost.item_by_number("ｓｗ2026-0002").number == "SW2026-0002"  # full-width, case
    with pytest.raises(NotFound):
        lost.item_by_number("SW2026-0099")


@pytest.mark.parametrize("witness", ["", "   ", "王芳", "王 芳", None])
def test_the_second_staff_member_is_required_and_someone_else(lost: LostProperty,
                                                               witness: object) -> None:
    with pytest.raises(ValidationError) as refused:
        lost.record_found(backpack(witnessed_by=witness))
    assert set(refused.value.errors) == {"witnessed_by"}
    assert lost.kept_items() == []


def test_without_a_log_in_the_recorder_is_named_by_hand(services: Services) -> None:
    lost = services.lost_property  # nobody logged in: a command, or a single counter
    with pytest.raises(ValidationError) as refused:
        lost.record_found(backpack())
    assert set(refused.value.errors) == {"recorded_by"}
    with pytest.raises(ValidationError) as same:
        lost.record_found(backpack(recorded_by="陈静"))
    assert set(same.value.errors) == {"witnessed_by"}
    item = lost.record_found(backpack(recorded_by="刘洋"))
    assert (item.recorded_by, item.witnessed_by) == ("刘洋", "陈静")


def test_what_is_missing_or_wrong_is_said_by_field(lost: LostProperty, now) -> None:
    with pytest.raises(ValidationError) as refused:
        lost.record_found(FoundItemInput(description=" ", found_where="", witnessed_by="陈静",
                                         category="lost", photo=b"not a picture",  # type: ignore[arg-type]
                                         found_at=now.value + dt.timedelta(hours=2)))
    assert set(refused.value.errors) == {"description", "found_where", "category", "photo",
                                         "found_at"}


def test_the_photo_is_a_picture_kept_with_the_item(lost: LostProperty, tmp_path) -> None:
    item = lost.record_found(backpack(photo=JPEG))
    assert item.has_photo and lost.photo(item.id) == JPEG
    assert not lost.record_found(backpack()).has_photo
    assert lost.photo(lost.record_found(backpack()).id) is None
    assert [picture_kind(d) for d in (JPEG, PNG, b"GIF89a..", b"RIFF\0\0\0\0WEBPVP8 ",
                                      b"%PDF-1.7")] == ["jpeg", "png", "gif", "webp", None]
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    assert read_photo(photo) == PNG
    for bad in (tmp_path / "missing.jpg", tmp_path / "empty.jpg", tmp_path / "note.txt"):
        if bad.name != "missing.jpg":
            bad.write_bytes(b"" if bad.name == "empty.jpg" else "失物".encode())
        with pytest.raises(ValidationError) as refused:
            read_photo(bad)
        assert set(refused.value.errors) == {"photo"}
    big = tmp_path / "big.jpg"
    big.write_bytes(JPEG + b"\0" * (5 * 1024 * 1024))
    with pytest.raises(ValidationError, match="5 MB"):
        read_photo(big)


# --- The owner comes ---------------------------------------------------------------------

def test_claimed_once_with_the_id_checked_and_masked(lost: LostProperty, now) -> None:
    item = lost.record_found(backpack())
    now.advance(hours=3)
    with pytest.raises(ValidationError) as refused:
        lost.claim(item.id, claim(id_number="110105194912310021", phone="123",
                                  claim_description=""))
    assert set(refused.value.errors) == {"id_number", "phone", "claim_description"}
    with pytest.raises(ValidationError) as no_id:
        lost.claim(item.id, claim(id_number=""))
    assert set(no_id.value.errors) == {"id_number"}
    claimed = lost.claim(item.id, claim(id_number=ID_ZHANG.lower()))
    assert claimed.state is FoundState.CLAIMED and claimed.claimant_name == "张三"
    assert claimed.claimant_id_number == ID_ZHANG
    assert claimed.claimant_id_masked == "110105********002X"
    assert claimed.claimant_phone_masked == "138****8000"
    assert (claimed.handed_over_at, claimed.handed_over_by) == (now.value, "王芳")
    with pytest.raises(DomainError, match="already claimed by 张三"):
        lost.claim(item.id, claim(claimant_name="李四"))
    with pytest.raises(DomainError, match="already claimed"):
        now.advance(days=POLICE_AFTER_DAYS)
        lost.hand_to_police(item.id, PoliceHandover("南山派出所", "李警官"))
    assert lost.item(item.id).claimant_name == "张三"  # the first claim stands
    with pytest.raises(NotFound):
        lost.claim(999, claim())


def test_a_passport_is_checked_as_a_passport(lost: LostProperty) -> None:
    item = lost.record_found(backpack())
    claimed = lost.claim(item.id, claim(id_type=IdType.PASSPORT, id_number="E12345678"))
    assert claimed.claimant_id_type is IdType.PASSPORT
    assert claimed.claimant_id_masked == "*****5678"


# --- Unclaimed: the police ---------------------------------------------------------------

def test_after_the_period_it_is_due_and_handed_to_the_police(lost: LostProperty, now) -> None:
    item = lost.record_found(backpack(found_at=now.value - dt.timedelta(hours=1)))
    other = lost.record_found(backpack(description="钥匙一串"))
    with pytest.raises(DomainError, match="kept for its owner until 2026-12-23 08:30"):
        lost.hand_to_police(item.id, PoliceHandover("南山派出所", "李警官"))
    assert lost.due_for_police() == []
    now.advance(days=POLICE_AFTER_DAYS, minutes=-59)
    assert [i.id for i in lost.due_for_police()] == [item.id]
    assert lost.item(item.id).due_for_police(now.value)
    assert not lost.item(other.id).due_for_police(now.value)
    summary = lost.count(FoundQuery(now.value.date(), now.value.date()))
    assert (summary.kept, summary.due) == (2, 1)
    with pytest.raises(ValidationError) as refused:
        lost.hand_to_police(item.id, PoliceHandover("", " "))
    assert set(refused.value.errors) == {"station", "officer"}
    handed = lost.hand_to_police(item.id, PoliceHandover("粤海派出所", "李警官 警号 012345"))
    assert handed.state is FoundState.TO_POLICE and handed.handed_over_by == "王芳"
    assert (handed.police_station, handed.police_officer) == ("粤海派出所", "李警官 警号 012345")
    assert handed.handed_over_at == now.value
    with pytest.raises(DomainError, match="already handed to the police"):
        lost.claim(item.id, claim())
    assert lost.due_for_police() == []
    assert [i.id for i in lost.kept_items()] == [other.id]


def test_nothing_is_deleted_and_the_trail_tells_without_personal_data(lost: LostProperty,
                                                                      services) -> None:
    item = lost.record_found(backpack(photo=PNG))
    lost.claim(item.id, claim())
    with Session(services.engine) as session:
        assert session.exec(select(func.count(FoundItem.id))).one() == 1
        entries = session.exec(select(AuditEntry).where(AuditEntry.record_kind == "found_item")
                               .order_by(AuditEntry.seq)).all()
    assert [e.action for e in entries] == ["create", "change"]
    created = entries[0].changes
    assert "联想" not in created and "PNG" not in created and "保洁" not in created
    assert "黑色双肩包" in created
    assert ID_ZHANG not in entries[1].changes and "13800138000" not in entries[1].changes


# --- The list ----------------------------------------------------------------------------

def test_the_list_by_filter_and_search_a_page_at_a_time(lost: LostProperty, now) -> None:
    today = now.value.date()
    old = lost.record_found(backpack(description="银色雨伞", found_where="大堂",
                                     found_at=now.value - dt.timedelta(days=40)))
    keys = lost.record_found(backpack(description="钥匙一串", category=FoundCategory.KEYS))
    wallet = lost.record_found(backpack(description="棕色钱包",
                                        category=FoundCategory.VALUABLES))
    lost.claim(wallet.id, claim())
    query = FoundQuery(today, today)

    def numbers(**kw) -> list[str]:  # type: ignore[no-untyped-def]
        from dataclasses import replace

        return [r.number for r in lost.page(replace(query, **kw))]

    assert numbers() == [keys.number, old.number]  # kept: whenever found, newest first
    assert numbers(only=FoundFilter.DUE) == [old.number]
    assert numbers(only=FoundFilter.CLAIMED) == [wallet.number]
    assert numbers(only=FoundFilter.ALL) == [wallet.number, keys.number]  # today's
    assert numbers(only=FoundFilter.ALL, text="雨伞") == [old.number]  # search: any day
    assert numbers(only=FoundFilter.ALL, text=old.number.lower()) == [old.number]
    assert numbers(only=FoundFilter.ALL, text="钱包 棕色") == [wallet.number]
    assert numbers(only=FoundFilter.ALL, text="电脑") == []  # contents are never searched
    assert numbers(only=FoundFilter.ALL, descending=False) == [keys.number, wallet.number]
    first = lost.page(query, limit=1)
    assert [r.number for r in lost.page(query, lost.cursor_after(first[0]))] == [old.number]
    assert lost.count(query).shown == 2
    assert all(not r.has_photo for r in lost.page(query))
    with pytest.raises(ValidationError):
        lost.page(FoundQuery(today, today, only="lost"))  # type: ignore[arg-type]


def test_the_days_lines_found_handed_over_and_still_kept(lost: LostProperty, now) -> None:
    yesterday = now.value - dt.timedelta(days=1)
    kept = lost.record_found(backpack(description="雨伞", found_at=yesterday))
    claimed = lost.record_found(backpack(description="钱包",
                                         found_at=now.value - dt.timedelta(hours=1)))
    now.advance(hours=2)
    lost.claim(claimed.id, claim())
    today = lost.day_lines(now.value.date())
    assert [(line.event, line.item.id) for line in today] == [
        (DayEvent.FOUND, claimed.id), (DayEvent.CLAIMED, claimed.id),
        (DayEvent.STILL_KEPT, kept.id)]
    # Yesterday's close: the umbrella was kept (the wallet not yet found).
    assert [(line.event, line.item.id) for line in lost.day_lines(yesterday.date())] == [
        (DayEvent.FOUND, kept.id), (DayEvent.STILL_KEPT, kept.id)]
    assert lost.day_lines(now.value.date(), desk="Another counter") == []


def test_another_counter_signs_with_its_own_name(services: Services) -> None:
    lost = services.with_clock(services.clock, Operator("李建国", "二楼前台")).lost_property
    item = lost.record_found(backpack())
    assert (item.recorded_by, item.desk) == ("李建国", "二楼前台")
