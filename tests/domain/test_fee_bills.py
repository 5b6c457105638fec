"""Bills: a month's run charges every occupied unit per m², a fixed amount and the month's
meter reading; quarterly items in a quarter's first month, yearly ones in January; units
without an area or a reading are listed, never billed 0; a second run (also from a second
counter at the same moment) makes nothing new; charges made by hand for items billed when
asked for; a unit's charges, oldest first."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from fee_billing import Building, approval, building, number
from sqlmodel import Session, col, func, select

from deskapp.bootstrap import Services
from deskapp.db.fee_models import FeeCharge, MeterReading
from deskapp.domain.directory import UnitRow
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.fees.billing_records import AdHocChargeInput, ReadingInput, SkipReason
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.roles import Action


def read_water(b: Building, unit: str, period: str, previous: str, current: str) -> int:
    return b.fees.enter_reading(ReadingInput(b.units[unit], b.water.id, period,
                                             dt.date(2026, 11, 18), current,
                                             previous=previous)).id


def by_unit_and_item(b: Building, run) -> dict[tuple[str, str], int]:  # type: ignore[no-untyped-def]
    return {(number(c.unit_label), c.item_name): c.amount_fen for c in run.made}


def test_a_months_run_charges_area_fixed_and_metered_items(services: Services) -> None:
    b = building(services)
    reading = read_water(b, "1203", "2026-11", "100", "130.5")
    run = b.fees.generate_bills("2026-11")
    assert by_unit_and_item(b, run) == {
        ("1203", "物业管理费"): 20997,  # 89.35 m² × ¥2.35 = ¥209.9725 → ¥209.97
        ("1203", "水费"): 12810,  # 30.5 × ¥4.20
        ("1203", "垃圾清运费"): 1500,
        ("1204", "物业管理费"): 28200,
        ("1204", "垃圾清运费"): 1500,
        ("1205", "垃圾清运费"): 1500,
    }  # 1206 is vacant; no quarterly or yearly item in November
    assert run.total_fen == sum(by_unit_and_item(b, run).values())
    assert run.due_on == dt.date(2026, 11, 25)  # the 25th of the month by default
    charge = next(c for c in run.made if c.item_name == "水费")
    assert (charge.period, charge.period_start, charge.period_end, charge.quantity,
            charge.unit_price) == ("2026-11", dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                                   3050, 42000)
    assert b.fees.reading(reading).charge_id == charge.id
    with Session(services.engine) as session:
        assert session.get(FeeCharge, charge.id).reading_id == reading

    # Never billed 0: the unit without an area and those without a reading are listed.
    assert [(number(s.unit_label), s.item_name) for s in run.no_area] == [("1205", "物业管理费")]
    assert {(number(s.unit_label), s.reason) for s in run.no_reading} == {
        ("1204", SkipReason.NO_READING), ("1205", SkipReason.NO_READING)}


def test_a_second_run_makes_nothing_new_and_a_late_reading_is_billed_then(
        services: Services) -> None:
    b = building(services)
    first = b.fees.generate_bills("2026-11")
    again = b.fees.generate_bills("2026-11")
    assert again.made == () and again.already_billed == len(first.made)
    read_water(b, "1204", "2026-11", "50", "60")
    late = b.fees.generate_bills("2026-11")
    assert [(number(c.unit_label), c.item_name, c.amount_fen) for c in late.made] == [
        ("1204", "水费", 4200)]
    with Session(services.engine) as session:
        assert session.exec(select(func.count()).select_from(FeeCharge)).one() == \
            len(first.made) + 1


def test_two_counters_running_the_same_month_at_once_bill_each_charge_once(
        services: Services) -> None:
    b = building(services)
    counters = [FeeCollection(b.fees._engine, services.clock, services.operator)
                for _ in range(2)]
    start = threading.Barrier(2)
    runs: list[object] = []

    def run(fees: FeeCollection) -> None:
        start.wait()
        try:
            runs.append(fees.generate_bills("2026-10"))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            runs.append(exc)

    threads = [threading.Thread(target=run, args=(fees,)) for fees in counters]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert all(not isinstance(r, Exception) for r in runs), runs
    made = sorted(len(r.made) for r in runs)  # type: ignore[attr-defined]
    assert made == [0, 8]  # one run billed the month (with parking's Q4), the other nothing
    with Session(services.engine) as session:
        assert session.exec(select(func.count()).select_from(FeeCharge)).one() == 8


def test_quarterly_items_in_a_quarters_first_month_and_yearly_in_january(
        services: Services) -> None:
    b = building(services)
    october = b.fees.generate_bills("2026-10", unit_ids=[b.units["1203"]])
    [parking] = [c for c in october.made if c.item_id == b.parking.id]
    assert (parking.period, parking.period_start, parking.period_end, parking.amount_fen) == (
        "2026 Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31), 30000)
    for month in ("2026-11", "2026-12"):
        run = b.fees.generate_bills(month, unit_ids=[b.units["1203"]])
        assert b.parking.id not in {c.item_id for c in run.made}
        assert b.insurance.id not in {c.item_id for c in run.made}
    january = b.fees.generate_bills("2027-01", dt.date(2027, 1, 31), [b.units["1203"]])
    insurance = next(c for c in january.made if c.item_id == b.insurance.id)
    assert (insurance.period, insurance.period_start, insurance.period_end,
            insurance.amount_fen, insurance.due_on) == (
        "2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31), 10722, dt.date(2027, 1, 31))
    assert {c.period for c in january.made if c.item_id == b.parking.id} == {"2027 Q1"}


def test_units_asked_for_are_billed_even_when_vacant(services: Services) -> None:
    b = building(services)
    run = b.fees.generate_bills("2026-11", unit_ids=[b.units["1206"]])
    assert by_unit_and_item(b, run) == {("1206", "物业管理费"): 23500,
                                        ("1206", "垃圾清运费"): 1500}
    with pytest.raises(NotFound):
        b.fees.generate_bills("2026-11", unit_ids=[999])
    for bad in ({"period": "2026-13"}, {"period": "202611"}, {"period": 202611},
                {"period": "2026-11", "due_on": "2026-11-25"},
                {"period": "2026-11", "unit_ids": ["1203"]}):
        with pytest.raises(ValidationError) as caught:
            b.fees.generate_bills(**bad)  # type: ignore[arg-type]
        assert set(caught.value.errors) <= {"period", "due_on", "unit_ids"}


def test_a_charge_voided_by_mistake_is_made_again_by_the_next_run(services: Services) -> None:
    b = building(services)
    run = b.fees.generate_bills("2026-11", unit_ids=[b.units["1204"]])
    management = next(c for c in run.made if c.item_id == b.management.id)
    b.fees.void_charge(management.id, "面积录错", approval(Action.VOID_RECORD))
    services.directory.save_unit(UnitRow(b.units["1204"], "1204", "业主1204",
                                         area_dm2="118.5"))
    again = b.fees.generate_bills("2026-11", unit_ids=[b.units["1204"]])
    assert [(c.item_id, c.amount_fen) for c in again.made] == [(b.management.id, 27848)]
    assert again.already_billed == 1  # the rubbish charge stands


def test_an_item_billed_when_asked_for_is_charged_to_one_unit(services: Services) -> None:
    b = building(services)
    charge = b.fees.add_charge(AdHocChargeInput(b.units["1203"], b.repair.id, "2",
                                                note="更换门锁"))
    assert (charge.item_name, charge.quantity, charge.amount_fen, charge.period,
            charge.period_start, charge.due_on) == (
        "维修费 (更换门锁)", 200, 10000, "2026-11-23", dt.date(2026, 11, 23),
        dt.date(2026, 11, 23))
    with pytest.raises(ValidationError) as caught:  # the same item for the same day
        b.fees.add_charge(AdHocChargeInput(b.units["1203"], b.repair.id))
    assert "period_start" in caught.value.errors
    other_day = b.fees.add_charge(AdHocChargeInput(
        b.units["1203"], b.repair.id, 100, period="2026年12月", period_start=dt.date(2026, 12, 1),
        due_on=dt.date(2026, 12, 10)))
    assert (other_day.period, other_day.due_on) == ("2026年12月", dt.date(2026, 12, 10))
    with pytest.raises(ValidationError) as caught:  # bills charge the periodic items
        b.fees.add_charge(AdHocChargeInput(b.units["1203"], b.management.id))
    assert "item_id" in caught.value.errors
    for bad, field in ((AdHocChargeInput(b.units["1203"], b.repair.id, 0), "quantity"),
                       (AdHocChargeInput(b.units["1203"], b.repair.id, "一"), "quantity"),
                       (AdHocChargeInput(b.units["1203"], b.repair.id, 100,
                                         period_start=dt.date(2026, 12, 5),
                                         period_end=dt.date(2026, 12, 1)), "period_end"),
                       (AdHocChargeInput("1203", b.repair.id), "unit_id")):  # type: ignore[arg-type]
        with pytest.raises(ValidationError) as caught:
            b.fees.add_charge(bad)
        assert field in caught.value.errors
    with pytest.raises(NotFound):
        b.fees.add_charge(AdHocChargeInput(999, b.repair.id))


def test_a_units_charges_oldest_first_and_settled_ones_on_request(services: Services) -> None:
    b = building(services)
    unit = b.units["1203"]
    b.fees.generate_bills("2026-11", unit_ids=[unit])
    b.fees.generate_bills("2026-10", unit_ids=[unit])
    owed = b.fees.charges(unit)
    assert [c.period for c in owed] == ["2026-10", "2026-10", "2026 Q4", "2026-11", "2026-11"]
    assert owed[0].due_on == dt.date(2026, 10, 25)
    rubbish = next(c for c in owed if c.item_id == b.rubbish.id)
    b.fees.waive(rubbish.id, 1500, "空置期减免", approval(Action.WAIVE_FEES))
    assert rubbish.id not in {c.id for c in b.fees.charges(unit)}
    settled = b.fees.charges(unit, include_settled=True)
    assert rubbish.id in {c.id for c in settled} and len(settled) == len(owed)
    assert b.fees.charge(rubbish.id).outstanding_fen == 0
    with pytest.raises(NotFound):
        b.fees.charge(999)
    with pytest.raises(NotFound):
        b.fees.charges(999)
    with Session(services.engine) as session:
        assert session.exec(select(MeterReading).where(
            col(MeterReading.charge_id).is_not(None))).all() == []
