"""Mail and parcels: intake (the recipient resolved against the directory, the waybill as
scanned, a double scan refused, several for one recipient in a row), numbering year by year,
the recipient told with the call logged in the same transaction, pickups of some parcels
against an ID (refused once gone, also at another counter), returns to sender, reminders at
3 and 14 days on the domain's clock, the list and the day."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import Call
from deskapp.domain.calls.records import Category, Direction
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.operators import Operator
from deskapp.domain.roles import Role
from deskapp.domain.services.parcels.base import DoubleScan, NotWaiting
from deskapp.domain.services.parcels.records import (
    CallNotice,
    Carrier,
    ParcelFilter,
    ParcelInput,
    ParcelKind,
    ParcelQuery,
    ParcelState,
    PickupInput,
    Recipient,
    Reminder,
    guess_carrier,
    normalise_waybill,
)
from deskapp.domain.services.parcels.rows import floor_of

ID_ZHANG = "11010519491231002X"  # GB 11643's own example


@pytest.fixture
def parcels(services: Services):  # type: ignore[no-untyped-def]
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    services.operator.move_to("大堂")
    directory = services.directory
    directory.save_unit(UnitRow(None, "1203", "张三", "华为技术有限公司", "13800138000"))
    directory.save_unit(UnitRow(None, "201", "李四", "", "13900139000"))
    directory.save_unit(UnitRow(None, "1505", "", "星光电子", ""))
    directory.save_department(DepartmentRow(None, "工程部", "0755-86001234"))
    return services.parcels


def unit(services: Services, number: str) -> int:
    return next(u.id for u in services.directory.units() if u.number == number)  # type: ignore[misc]


def sf(n: int) -> ParcelInput:
    return ParcelInput(f"SF{1000000000 + n}", shelf="A-3")


# --- Intake --------------------------------------------------------------------------------


def test_a_parcel_is_signed_for_numbered_and_shelved(parcels, services, now) -> None:  # type: ignore[no-untyped-def]
    row = parcels.intake(Recipient("1203"), ParcelInput(
        "ｓｆ 1234 5678 9012", carrier="", shelf="a-3", damaged=True, damage="外箱破损"))
    # The unit typed is the directory's unit; the waybill as scanned, made ASCII.
    assert row.unit_id == unit(services, "1203")
    assert row.recipient_label == "1203 张三 (华为技术有限公司)"
    assert row.waybill == "SF123456789012" and row.carrier == Carrier.SF.value
    assert row.number == "PK2026-000001" and row.state is ParcelState.WAITING
    assert row.shelf == "A-3" and row.condition == "外箱破损" and row.damaged
    assert row.received_at == now.value and row.created_by == "王芳" and row.desk == "大堂"
    assert row.notified_at is None and row.reminder(now.value) is Reminder.NONE
    assert parcels.parcel(row.id) == row
    assert parcels.parcel_by_number("pk2026-000001") == row
    assert parcels.by_waybill("sf123456789012") == [row]
    assert parcels.find_scanned("SF123456789012") == row
    assert parcels.find_scanned("PK2026-000001") == row


def test_recipients_are_units_departments_companies_or_people(parcels, services) -> None:  # type: ignore[no-untyped-def]
    dept = parcels.intake(Recipient("工程部"), ParcelInput(kind=ParcelKind.LETTER))
    assert dept.department_id is not None and dept.recipient_label == "工程部"
    chosen = parcels.intake(Recipient("whatever", unit_id=unit(services, "201"), name="李小龙"),
                            ParcelInput(kind=ParcelKind.NEWSPAPER))
    assert chosen.recipient_label == "201 李四" and chosen.recipient_name == "李小龙"
    assert chosen.recipient_text == "201 李四 李小龙"
    # Not in the directory: a company and a person, with a phone to tell them.
    with pytest.raises(ValidationError) as err:
        parcels.intake(Recipient("天虹商场", name="陈经理"), sf(1))
    assert set(err.value.errors) == {"recipient_phone"}
    other = parcels.intake(Recipient("天虹商场", name="陈经理", phone="+86 137 1234 5678"),
                           sf(1))
    assert other.unit_id is None and other.recipient_phone == "13712345678"
    with pytest.raises(ValidationError) as err:
        parcels.intake(Recipient(), sf(2))
    assert set(err.value.errors) == {"recipient"}
    with pytest.raises(ValidationError) as err:
        parcels.intake(Recipient(unit_id=99999), sf(2))
    assert set(err.value.errors) == {"recipient"}


def test_what_is_typed_is_checked_field_by_field(parcels) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        parcels.intake(Recipient("1203", phone="12345"), ParcelInput(
            "", shelf="X" * 17, damaged=True, carrier="x" * 51))
    assert set(err.value.errors) == {"recipient_phone", "waybill", "shelf", "damage",
                                     "carrier"}
    with pytest.raises(ValidationError) as err:
        parcels.intake(Recipient("1203"), ParcelInput("运单!!", carrier=Carrier.OTHER.value))
    assert set(err.value.errors) == {"waybill", "carrier"}
    with pytest.raises(ValidationError) as err:
        parcels.intake(Recipient("1203"), ParcelInput("123456789012"))  # no carrier known
    assert set(err.value.errors) == {"carrier"}
    row = parcels.intake(Recipient("1203"), ParcelInput("123456789012", carrier="闪送"))
    assert row.carrier == "闪送" and row.carrier_text == "闪送"
    assert parcels.intake(Recipient("1203"), ParcelInput(kind=ParcelKind.LETTER)).waybill == ""


def test_a_waybill_waiting_is_refused_as_a_double_scan(parcels) -> None:  # type: ignore[no-untyped-def]
    first = parcels.intake(Recipient("1203"), sf(1))
    with pytest.raises(DoubleScan) as err:
        parcels.intake(Recipient("201"), ParcelInput("sf1000000001"))
    assert err.value.waiting == first and "PK2026-000001" in str(err.value)
    # Given twice in one batch: nothing of the batch is saved.
    with pytest.raises(DoubleScan):
        parcels.intake_many(Recipient("201"), [sf(2), sf(3), sf(2)])
    assert [r.number for r in parcels.uncollected()] == ["PK2026-000001"]
    # Once it has left the shelf, the same waybill may come again (re-delivered).
    parcels.return_to_sender(first.id, "地址错误")
    again = parcels.intake(Recipient("1203"), sf(1))
    assert again.number == "PK2026-000002"  # the refused batch gave its numbers back
    assert [r.id for r in parcels.by_waybill("SF1000000001")] == [again.id, first.id]


def test_the_database_itself_refuses_a_waybill_another_counter_shelved_first(
        parcels, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The check before saving and another counter's save can cross (PostgreSQL): the
    unique index of what is waiting refuses the second, told as a double scan."""
    from deskapp.domain.services.parcels.intake import ParcelIntake

    first = parcels.intake(Recipient("1203"), sf(1))
    monkeypatch.setattr(ParcelIntake, "_waiting_with_waybill",
                        staticmethod(lambda _session, _waybill: None))
    with pytest.raises(DoubleScan) as err:
        parcels.intake(Recipient("201"), sf(1))
    monkeypatch.undo()
    assert err.value.waiting.id == first.id
    assert len(parcels.uncollected()) == 1


def test_several_for_one_recipient_in_a_row(parcels) -> None:  # type: ignore[no-untyped-def]
    rows = parcels.intake_many(Recipient("1203"), [
        sf(1), ParcelInput("JDX000123456789"), ParcelInput(kind=ParcelKind.LETTER)])
    assert [r.number for r in rows] == ["PK2026-000001", "PK2026-000002", "PK2026-000003"]
    assert [r.carrier for r in rows] == [Carrier.SF.value, Carrier.JD.value, ""]
    assert len({r.recipient_label for r in rows}) == 1
    with pytest.raises(ValidationError) as err:
        parcels.intake_many(Recipient("1203"), [sf(4), ParcelInput("")])
    assert set(err.value.errors) == {"parcels[1].waybill"}
    with pytest.raises(ValidationError):
        parcels.intake_many(Recipient("1203"), [])


def test_numbers_run_on_through_the_year_and_start_again_in_the_next(parcels, now) -> None:  # type: ignore[no-untyped-def]
    now.value = dt.datetime(2026, 12, 31, 23, 50, tzinfo=now.value.tzinfo)
    assert parcels.intake(Recipient("1203"), sf(1)).number == "PK2026-000001"
    assert parcels.intake(Recipient("1203"), sf(2)).number == "PK2026-000002"
    now.advance(minutes=20)  # the new year at the counter
    assert parcels.intake(Recipient("1203"), sf(3)).number == "PK2027-000001"


def test_carriers_are_guessed_only_from_prefixes_that_name_them() -> None:
    assert guess_carrier("SF1234567890123") is Carrier.SF
    assert guess_carrier("jdvb01234567890") is Carrier.JD
    assert guess_carrier("EA123456789CN") is Carrier.EMS
    assert guess_carrier("773012345678901") is None
    assert normalise_waybill(" ＹＴ１２３ ４５６ ") == "YT123456"


# --- Telling, pickup, return ---------------------------------------------------------------


def test_the_call_that_told_them_is_logged_with_the_notice(parcels, services, now) -> None:  # type: ignore[no-untyped-def]
    rows = parcels.intake_many(Recipient("1203"), [sf(1), sf(2)])
    now.advance(minutes=10)
    told = parcels.notify([r.id for r in rows], call=CallNotice())
    assert all(r.notified_at == now.value and r.reminded_at is None for r in told.parcels)
    call = services.calls.call(told.call_id)
    assert call.direction is Direction.OUT and call.category is Category.DELIVERY
    assert call.phone == "13800138000"  # the unit's phone in the directory
    assert call.about_label == rows[0].recipient_label
    assert "PK2026-000001, PK2026-000002" in call.subject
    # A reminder later keeps the first notice's time.
    now.advance(days=3, minutes=1)
    again = parcels.notify([rows[0].id])
    assert again.call_id is None
    assert again.parcels[0].notified_at == told.parcels[0].notified_at
    assert again.parcels[0].reminded_at == now.value == again.parcels[0].told_at


def test_a_notice_for_two_recipients_or_without_a_phone_logs_nothing(parcels, services) -> None:  # type: ignore[no-untyped-def]
    a = parcels.intake(Recipient("1203"), sf(1))
    b = parcels.intake(Recipient("201"), sf(2))
    c = parcels.intake(Recipient("1505"), sf(3))  # a company with no phone on record
    with pytest.raises(ValidationError) as err:
        parcels.notify([a.id, b.id], call=CallNotice())
    assert set(err.value.errors) == {"parcel_ids"}
    with pytest.raises(ValidationError) as err:
        parcels.notify([c.id], call=CallNotice())
    assert set(err.value.errors) == {"phone"}
    with pytest.raises(ValidationError) as err:
        parcels.notify([c.id], call=CallNotice(phone="123"))
    assert set(err.value.errors) == {"phone"}
    with Session(services.engine) as session:
        assert session.exec(select(Call)).all() == []
    assert all(p.notified_at is None for p in parcels.uncollected())
    told = parcels.notify([c.id], call=CallNotice(phone="0755-86005678", called="前台小刘"))
    assert services.calls.call(told.call_id).caller_name == "前台小刘"


def test_a_pickup_of_some_parcels_signs_for_them_together(parcels, now) -> None:  # type: ignore[no-untyped-def]
    rows = parcels.intake_many(Recipient("1203"), [sf(1), sf(2), sf(3)])
    now.advance(hours=5)
    with pytest.raises(ValidationError) as err:
        parcels.pickup(PickupInput((), "", on_behalf=True, id_number="110105194912310021"))
    assert set(err.value.errors) == {"parcel_ids", "collected_by", "id_number"}
    with pytest.raises(ValidationError) as err:  # someone else shows an ID
        parcels.pickup(PickupInput((rows[0].id,), "王五", on_behalf=True))
    assert set(err.value.errors) == {"id_number"}
    pickup = parcels.pickup(PickupInput((rows[0].id, rows[1].id, rows[0].id), "王五",
                                        on_behalf=True, id_number=ID_ZHANG,
                                        phone="13712345678"))
    assert [p.number for p in pickup.parcels] == [rows[0].number, rows[1].number]
    assert pickup.at == now.value and pickup.id_number_masked == "110105********002X"
    assert pickup.phone_masked == "137****5678"
    assert all(p.state is ParcelState.COLLECTED and p.collected_by == "王五"
               and p.collected_at == now.value for p in pickup.parcels)
    assert parcels.pickup_record(pickup.id) == pickup
    assert [r.id for r in parcels.uncollected()] == [rows[2].id]
    # Collected already: refused, saying when and by whom; nothing changes.
    with pytest.raises(NotWaiting) as refused:
        parcels.pickup(PickupInput((rows[2].id, rows[1].id), "张三"))
    assert "王五" in str(refused.value) and refused.value.parcel.id == rows[1].id
    assert [r.id for r in parcels.uncollected()] == [rows[2].id]
    with pytest.raises(NotWaiting):
        parcels.notify([rows[0].id])
    with pytest.raises(NotWaiting):
        parcels.return_to_sender(rows[0].id, "拒收")
    with pytest.raises(NotFound):
        parcels.pickup(PickupInput((99999,), "张三"))


def test_registered_mail_is_handed_over_against_an_id(parcels) -> None:  # type: ignore[no-untyped-def]
    row = parcels.intake(Recipient("1203"), ParcelInput("EA123456789CN",
                                                       kind=ParcelKind.REGISTERED))
    with pytest.raises(ValidationError) as err:
        parcels.pickup(PickupInput((row.id,), "张三"))
    assert set(err.value.errors) == {"id_number"}
    assert parcels.pickup(PickupInput((row.id,), "张三", id_number=ID_ZHANG)).parcels


def test_another_counter_cannot_hand_over_what_this_one_handed_over(parcels, services) -> None:  # type: ignore[no-untyped-def]
    rows = parcels.intake_many(Recipient("1203"), [sf(1), sf(2)])
    other = services.with_clock(services.clock, Operator("李四", "服务中心")).parcels
    other.pickup(PickupInput((rows[1].id,), "张三"))
    with pytest.raises(NotWaiting) as refused:
        parcels.pickup(PickupInput((rows[0].id, rows[1].id), "张三"))
    assert refused.value.parcel.id == rows[1].id
    assert [r.id for r in parcels.uncollected()] == [rows[0].id]  # the pickup did nothing
    assert parcels.parcel(rows[1].id).collected_by == "张三"


def test_a_parcel_goes_back_to_its_sender_with_the_reason(parcels, now) -> None:  # type: ignore[no-untyped-def]
    row = parcels.intake(Recipient("201"), sf(1))
    with pytest.raises(ValidationError) as err:
        parcels.return_to_sender(row.id, " ")
    assert set(err.value.errors) == {"reason"}
    now.advance(days=15)
    back = parcels.return_to_sender(row.id, "超期未取，退回")
    assert back.state is ParcelState.RETURNED and back.returned_at == now.value
    assert back.return_reason == "超期未取，退回" and back.reminder(now.value) is Reminder.NONE
    assert parcels.uncollected() == []
    with pytest.raises(NotWaiting):
        parcels.pickup(PickupInput((row.id,), "李四"))


# --- Reminders and lists --------------------------------------------------------------------


def test_reminders_at_three_and_fourteen_days(parcels, services, now) -> None:  # type: ignore[no-untyped-def]
    old = parcels.intake(Recipient("1203"), sf(1))
    now.advance(days=2)
    newer = parcels.intake(Recipient("201"), sf(2))
    today = services.clock.today()

    def shown(only: ParcelFilter) -> list[str]:
        return [r.number for r in parcels.page(ParcelQuery(today, today, only=only))]

    now.advance(days=1)  # the first parcel has waited exactly three days: not yet over
    assert old.reminder(now.value) is Reminder.NONE and shown(ParcelFilter.OVER_3_DAYS) == []
    now.advance(minutes=1)
    assert old.reminder(now.value) is Reminder.REMIND
    assert shown(ParcelFilter.OVER_3_DAYS) == [old.number]
    assert parcels.count(ParcelQuery(today, today)).over_3_days == 1
    now.advance(days=11)
    assert old.reminder(now.value) is Reminder.ACT and newer.reminder(now.value) is Reminder.REMIND
    assert shown(ParcelFilter.OVER_14_DAYS) == [old.number]
    assert shown(ParcelFilter.OVER_3_DAYS) == [newer.number, old.number]
    summary = parcels.count(ParcelQuery(today, today, only=ParcelFilter.WAITING))
    assert (summary.shown, summary.waiting, summary.over_3_days, summary.over_14_days) == (
        2, 2, 2, 1)
    # The shift handover's list: the oldest first.
    assert [r.number for r in parcels.uncollected()] == [old.number, newer.number]


def test_the_list_pages_filters_and_searches(parcels, services, now) -> None:  # type: ignore[no-untyped-def]
    rows = [parcels.intake(Recipient("1203" if n % 2 else "201"), sf(n)) for n in range(7)]
    now.advance(minutes=1)
    parcels.pickup(PickupInput((rows[0].id,), "李四"))
    parcels.return_to_sender(rows[1].id, "拒收")
    today = services.clock.today()
    query = ParcelQuery(today, today)
    first = parcels.page(query, limit=4)
    rest = parcels.page(query, parcels.cursor_after(first[-1]), limit=4)
    assert [r.id for r in first + rest] == [r.id for r in reversed(rows)]
    assert [r.id for r in parcels.page(ParcelQuery(today, today, only=ParcelFilter.COLLECTED))
            ] == [rows[0].id]
    assert [r.id for r in parcels.page(ParcelQuery(today, today, only=ParcelFilter.RETURNED))
            ] == [rows[1].id]
    assert len(parcels.page(ParcelQuery(today, today, only=ParcelFilter.WAITING))) == 5
    assert [r.id for r in parcels.page(ParcelQuery(today, today, "ｓｆ1000000003"))] == [
        rows[3].id]
    assert len(parcels.page(ParcelQuery(today, today, "李四"))) == 4  # unit 201's
    yesterday = today - dt.timedelta(days=1)
    assert parcels.page(ParcelQuery(yesterday, yesterday)) == []
    assert parcels.count(ParcelQuery(today, today, "1203")).shown == 3
    with pytest.raises(ValidationError):
        parcels.page(ParcelQuery(today, today, only="late"))  # type: ignore[arg-type]


def test_a_recipients_waiting_parcels_and_the_notices(parcels, services, now) -> None:  # type: ignore[no-untyped-def]
    mine = parcels.intake_many(Recipient("1203"), [sf(1), sf(2)])
    parcels.intake(Recipient(unit_id=unit(services, "1203"), name="张小三"), sf(3))
    theirs = parcels.intake(Recipient("201"), sf(4))
    person = parcels.intake(Recipient("天虹商场", name="陈经理", phone="13712345678"), sf(5))
    parcels.intake(Recipient("工程部"), ParcelInput(kind=ParcelKind.LETTER))
    # A unit's parcels come together, whoever in it they are addressed to.
    assert [r.id for r in parcels.waiting_for(mine[0].recipient)][:2] == [m.id for m in mine]
    assert len(parcels.waiting_for(mine[0].recipient)) == 3
    assert parcels.waiting_for(person.recipient) == [person]
    recipients = parcels.waiting_recipients()
    assert [(r.label, r.count) for r in recipients][:2] == [(mine[0].recipient_label, 3),
                                                          (theirs.recipient_label, 1)]
    notice = parcels.unit_notice(unit(services, "1203"))
    assert notice.label == mine[0].recipient_label and len(notice.parcels) == 3
    with pytest.raises(DomainError):
        parcels.unit_notice(unit(services, "1505"))
    floors = parcels.floor_lists()
    assert [(f.floor, len(f.parcels)) for f in floors.floors] == [("2", 1), ("12", 3), ("", 2)]


def test_floors_from_unit_numbers() -> None:
    assert [floor_of(n) for n in ("1203", "201", "2栋1503", "B1-101", "0305", "S1", "B2",
                                  "")] == ["12", "2", "15", "1", "3", "", "", ""]


def test_a_day_at_the_shelf_as_it_stood_at_closing(parcels, services, now) -> None:  # type: ignore[no-untyped-def]
    day = services.clock.today()
    kept = parcels.intake(Recipient("1203"), sf(1))
    later = parcels.intake(Recipient("201"), sf(2))
    gone = parcels.intake(Recipient("201"), sf(3))
    now.advance(hours=2)
    parcels.pickup(PickupInput((gone.id,), "李四"))
    parcels.intake(Recipient("1203"), sf(4))
    parcels.return_to_sender(parcels.uncollected()[-1].id, "拒收")
    now.advance(days=1)
    parcels.pickup(PickupInput((later.id,), "李四"))  # the next day
    report = parcels.day(day)
    assert len(report.received) == 4 and [r.id for r in report.collected] == [gone.id]
    assert len(report.returned) == 1
    assert [(r.id, r.state) for r in report.waiting] == [(kept.id, ParcelState.WAITING),
                                                         (later.id, ParcelState.WAITING)]
    assert report.at == services.clock.day_bounds(day)[1]
    today = parcels.day(services.clock.today())
    assert today.received == () and [r.id for r in today.collected] == [later.id]
    assert [r.id for r in today.waiting] == [kept.id]
    assert parcels.day(day, desk="别处").received == ()
