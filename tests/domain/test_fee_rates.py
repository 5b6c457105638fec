"""Charge items and their rates: only a supervisor (or a receptionist with one's approval
in place) sets them up, reprices or retires them; a price change is a new rate from a
day on; bills keep the price they were made with; the rate schedule for the counter."""

from __future__ import annotations

import datetime as dt

import pytest
from fee_billing import SUPERVISOR, approval, building, fee_collection

from deskapp.bootstrap import Services
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.fees.billing_records import ChargeItemInput
from deskapp.domain.fees.records import Category, Cycle, Pricing
from deskapp.domain.operators import ApprovalNeeded
from deskapp.domain.roles import Action, Role


def test_a_receptionist_sets_up_an_item_only_with_a_supervisors_approval(
        services: Services) -> None:
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    fees = fee_collection(services)
    data = ChargeItemInput("电费", Category.ELECTRICITY, Pricing.METERED, "0.5883")
    with pytest.raises(ApprovalNeeded):
        fees.add_item(data)
    with pytest.raises(ApprovalNeeded):  # an approval of something else does not do
        fees.add_item(data, approval(Action.WAIVE_FEES))
    assert fees.charge_items() == []

    item = fees.add_item(data, approval(Action.CHANGE_RATES))
    assert (item.name, item.unit_price, item.cycle, item.deposit, item.active) == (
        "电费", 5883, Cycle.MONTHLY, False, True)
    assert item.price_since == services.clock.today()
    [rate] = fees.charge_item(item.id, with_rates=True).rates
    assert (rate.unit_price, rate.created_by, rate.approved_by) == (5883, "王芳", SUPERVISOR)


def test_a_supervisor_signs_as_the_approver_themselves(services: Services) -> None:
    services.operator.hand_over(SUPERVISOR, Role.SUPERVISOR)
    fees = fee_collection(services)
    item = fees.add_item(ChargeItemInput("装修押金", Category.DEPOSIT, Pricing.FIXED, "0",
                                         Cycle.ONCE))
    assert item.deposit and item.unit_price == 0  # a deposit's amount is set when taken
    assert fees.charge_item(item.id, with_rates=True).rates[0].approved_by == SUPERVISOR


@pytest.mark.parametrize(("data", "field"), [
    (ChargeItemInput("", Category.WATER, Pricing.METERED, "1"), "name"),
    (ChargeItemInput("水费", "tax", Pricing.METERED, "1"), "category"),
    (ChargeItemInput("水费", Category.WATER, "per_litre", "1"), "pricing"),
    (ChargeItemInput("水费", Category.WATER, Pricing.METERED, "1", "weekly"), "cycle"),
    (ChargeItemInput("水费", Category.WATER, Pricing.METERED, "0"), "unit_price"),
    (ChargeItemInput("水费", Category.WATER, Pricing.METERED, "1.23456"), "unit_price"),
    (ChargeItemInput("水费", Category.WATER, Pricing.METERED, -5), "unit_price"),
    (ChargeItemInput("水费", Category.WATER, Pricing.METERED, 2.5), "unit_price"),  # type: ignore[arg-type]
    (ChargeItemInput("水费", Category.WATER, Pricing.METERED, "4", Cycle.QUARTERLY), "cycle"),
    (ChargeItemInput("复印", Category.SERVICE, Pricing.PER_PAGE, "0.5"), "cycle"),
    (ChargeItemInput("押金", Category.DEPOSIT, Pricing.AREA, "0", Cycle.ONCE), "pricing"),
    (ChargeItemInput("押金", Category.DEPOSIT, Pricing.FIXED, "0"), "cycle"),
    (ChargeItemInput("水费", Category.WATER, Pricing.METERED, "4",
                     effective_from=dt.date(2026, 12, 1)), "effective_from"),
])
def test_an_item_is_refused_by_its_field(services: Services, data: ChargeItemInput,
                                         field: str) -> None:
    services.operator.hand_over(SUPERVISOR, Role.SUPERVISOR)
    fees = fee_collection(services)
    with pytest.raises(ValidationError) as caught:
        fees.add_item(data)
    assert field in caught.value.errors
    assert fees.charge_items() == []


def test_a_name_is_one_items(services: Services) -> None:
    b = building(services)
    with pytest.raises(ValidationError) as caught:
        b.fees.add_item(ChargeItemInput("水费", Category.WATER, Pricing.METERED, "5"),
                        approval(Action.CHANGE_RATES))
    assert "水费" in caught.value.errors["name"]


def test_a_new_price_is_a_new_rate_and_bills_made_keep_theirs(services: Services,
                                                               now) -> None:
    b = building(services)
    fees = b.fees
    october = fees.generate_bills("2026-10", unit_ids=[b.units["1203"]])
    [made] = [c for c in october.made if c.item_id == b.management.id]
    assert (made.unit_price, made.amount_fen) == (23500, 20997)  # 89.35 × 2.35 = 209.9725

    with pytest.raises(ApprovalNeeded):
        fees.change_price(b.management.id, "2.50", "2026年物价局批复")
    with pytest.raises(ValidationError) as caught:
        fees.change_price(b.management.id, "2.50", "", approval=approval(Action.CHANGE_RATES))
    assert "reason" in caught.value.errors
    item = fees.change_price(b.management.id, "2.50", "2026年物价局批复",
                             dt.date(2026, 11, 1), approval(Action.CHANGE_RATES))
    assert (item.unit_price, item.price_since) == (25000, dt.date(2026, 11, 1))
    assert fees.charge(made.id).unit_price == 23500  # the October bill keeps its price

    # A bill run for September made now takes September's price; November takes the new.
    september = fees.generate_bills("2026-09", unit_ids=[b.units["1203"]])
    assert {c.unit_price for c in september.made if c.item_id == b.management.id} == {23500}
    november = fees.generate_bills("2026-11", unit_ids=[b.units["1203"]])
    assert {c.unit_price for c in november.made if c.item_id == b.management.id} == {25000}

    history = fees.charge_item(b.management.id, with_rates=True).rates
    assert [(r.unit_price, r.effective_from, r.reason, r.created_by, r.approved_by)
            for r in history] == [
        (25000, dt.date(2026, 11, 1), "2026年物价局批复", "王芳", SUPERVISOR),
        (23500, dt.date(2026, 1, 1), "", SUPERVISOR, SUPERVISOR)]
    assert fees.charge_item(b.management.id).rates == ()  # the history only when asked

    with pytest.raises(ValidationError) as caught:  # not before the price in force
        fees.change_price(b.management.id, "2.60", "更正", dt.date(2026, 10, 1),
                          approval(Action.CHANGE_RATES))
    assert "2026-11-01" in caught.value.errors["effective_from"]
    with pytest.raises(ValidationError) as caught:  # not ahead of the day it takes effect
        fees.change_price(b.management.id, "2.60", "明年调价", dt.date(2027, 1, 1),
                          approval(Action.CHANGE_RATES))
    assert "effective_from" in caught.value.errors
    with pytest.raises(ValidationError):  # 0 only for a deposit
        fees.change_price(b.management.id, "0", "免收", approval=approval(Action.CHANGE_RATES))


def test_a_retired_item_leaves_the_bills_and_the_schedule(services: Services) -> None:
    b = building(services)
    fees = b.fees
    with pytest.raises(ApprovalNeeded):
        fees.deactivate_item(b.rubbish.id)
    retired = fees.deactivate_item(b.rubbish.id, approval(Action.CHANGE_RATES))
    assert not retired.active
    assert fees.charge_items()[-1].id == b.rubbish.id  # those still charged come first
    assert b.rubbish.id not in {i.id for i in fees.charge_items(include_inactive=False)}
    run = fees.generate_bills("2026-11")
    assert b.rubbish.id not in {c.item_id for c in run.made}
    with pytest.raises(DomainError):
        fees.change_price(b.rubbish.id, "20", "调价", approval=approval(Action.CHANGE_RATES))
    assert b.rubbish.id not in {line.item_id for line in fees.rate_schedule()}

    assert fees.reactivate_item(b.rubbish.id, approval(Action.CHANGE_RATES)).active
    assert b.rubbish.id in {c.item_id for c in fees.generate_bills("2026-11").made}


def test_the_rate_schedule_lists_what_is_charged_with_its_price_and_since_when(
        services: Services) -> None:
    b = building(services)
    b.fees.change_price(b.water.id, "4.5", "水价调整", dt.date(2026, 7, 1),
                        approval(Action.CHANGE_RATES))
    schedule = {line.name: line for line in b.fees.rate_schedule()}
    assert set(schedule) == {"物业管理费", "水费", "垃圾清运费", "维修费", "车位租金",
                             "公众责任险分摊"}
    water = schedule["水费"]
    assert (water.unit_price, water.effective_from, water.cycle, water.per) == (
        45000, dt.date(2026, 7, 1), Cycle.MONTHLY, "unit")
    assert schedule["物业管理费"].per == "m²"
    assert [line.category for line in b.fees.rate_schedule()][0] is Category.MANAGEMENT
