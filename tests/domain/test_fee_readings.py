"""Meter readings: each from the meter's last, once a month; lower than the last only as a
rollover or a meter change; usage times the multiplier; a correction is a new signed
reading, and a billed one voids its charge (with a supervisor's approval) and is billed
again at once; the month's entry grid."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from fee_billing import SUPERVISOR, Building, approval, building, number
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.engine import write_session
from deskapp.db.fee_models import FeeCharge
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.fees.billing_records import ReadingInput, ReadingKind
from deskapp.domain.operators import ApprovalNeeded
from deskapp.domain.roles import Action

READ_ON = dt.date(2026, 11, 18)


@pytest.fixture
def b(services: Services) -> Building:
    return building(services)


def water(b: Building, period: str, current: object, unit: str = "1203",
          **kw: object) -> ReadingInput:
    return ReadingInput(b.units[unit], b.water.id, period, READ_ON, current, **kw)  # type: ignore[arg-type]


def test_a_reading_starts_where_the_last_ended_with_its_multiplier(b: Building) -> None:
    with pytest.raises(ValidationError) as caught:  # a new meter: where did it start?
        b.fees.enter_reading(water(b, "2026-09", "120"))
    assert "first reading" in caught.value.errors["previous"]
    first = b.fees.enter_reading(water(b, "2026-09", "120", previous="100", multiplier=10))
    assert (first.previous, first.current, first.usage, first.created_by) == (
        10000, 12000, 20000, "王芳")
    second = b.fees.enter_reading(water(b, "2026-10", "125.5"))
    assert (second.previous, second.multiplier, second.usage) == (12000, 10, 5500)
    third = b.fees.enter_reading(water(b, "2026-11", 13000, multiplier=1))
    assert (third.previous, third.usage) == (12550, 450)


def test_a_reading_lower_than_the_last_is_refused_unless_marked(b: Building) -> None:
    b.fees.enter_reading(water(b, "2026-10", "9876", previous="9800"))
    with pytest.raises(ValidationError) as caught:
        b.fees.enter_reading(water(b, "2026-11", "12"))
    assert "9876.00" in caught.value.errors["current"]

    rolled = b.fees.enter_reading(water(b, "2026-11", "12", kind=ReadingKind.ROLLOVER))
    assert (rolled.rollover_at, rolled.usage) == (1_000_000, 13600)  # 9876 → 10000 → 12
    assert b.fees.reading(rolled.id).kind is ReadingKind.ROLLOVER


def test_a_rollover_and_a_meter_change_must_add_up(b: Building) -> None:
    b.fees.enter_reading(water(b, "2026-09", "500", previous="400", unit="1204"))
    with pytest.raises(ValidationError) as caught:  # higher: no rollover
        b.fees.enter_reading(water(b, "2026-10", "600", unit="1204", kind="rollover"))
    assert "kind" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        b.fees.enter_reading(water(b, "2026-10", "20", unit="1204", kind="rollover",
                                   rollover_at="300"))
    assert "rollover_at" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        b.fees.enter_reading(water(b, "2026-10", "20", unit="1204", kind="meter_change"))
    assert "old_meter_final" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        b.fees.enter_reading(water(b, "2026-10", "20", unit="1204", kind="meter_change",
                                   old_meter_final="450"))
    assert "500.00" in caught.value.errors["old_meter_final"]
    changed = b.fees.enter_reading(water(b, "2026-10", "20", unit="1204", multiplier=2,
                                         kind="meter_change", old_meter_final="530"))
    assert (changed.old_meter_final, changed.usage) == (53000, (3000 + 2000) * 2)
    rolled = b.fees.enter_reading(water(b, "2026-11", "5", unit="1204", kind="rollover",
                                        rollover_at="100"))
    assert rolled.usage == (10000 - 2000 + 500) * 2  # the multiplier carried on


def test_a_meter_is_read_once_a_month(b: Building) -> None:
    b.fees.enter_reading(water(b, "2026-11", "130", previous="100"))
    with pytest.raises(ValidationError) as caught:
        b.fees.enter_reading(water(b, "2026-11", "140"))
    assert "correct that reading" in caught.value.errors["period"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"unit_id": 999}, "unit_id"),
    ({"item_id": "水费"}, "item_id"),
    ({"period": "2026-1"}, "period"),
    ({"read_on": dt.date(2026, 11, 24)}, "read_on"),
    ({"read_on": "2026-11-18"}, "read_on"),
    ({"current": "12.345"}, "current"),
    ({"current": -1}, "current"),
    ({"current": 1.5}, "current"),
    ({"previous": "abc"}, "previous"),
    ({"multiplier": 0}, "multiplier"),
    ({"multiplier": 1.5}, "multiplier"),
    ({"kind": "reset"}, "kind"),
    ({"rollover_at": "0"}, "rollover_at"),
    ({"note": 5}, "note"),
])
def test_a_bad_field_is_named(b: Building, changes: dict[str, object], field: str) -> None:
    data = replace(water(b, "2026-11", "130", previous="100"), **changes)
    with pytest.raises(ValidationError) as caught:
        b.fees.enter_reading(data)
    assert field in caught.value.errors


def test_only_a_metered_item_still_charged_is_read(b: Building) -> None:
    with pytest.raises(ValidationError) as caught:
        b.fees.enter_reading(ReadingInput(b.units["1203"], b.management.id, "2026-11",
                                          READ_ON, "100", previous="0"))
    assert "item_id" in caught.value.errors


def test_correcting_a_reading_not_billed_supersedes_it(b: Building) -> None:
    wrong = b.fees.enter_reading(water(b, "2026-11", "310", previous="100"))
    with pytest.raises(ValidationError) as caught:
        b.fees.correct_reading(wrong.id, water(b, "2026-11", "130"), "")
    assert "reason" in caught.value.errors
    with pytest.raises(ValidationError) as caught:  # the same unit, meter and month
        b.fees.correct_reading(wrong.id, water(b, "2026-10", "130"), "多写了一位")
    assert "period" in caught.value.errors
    right = b.fees.correct_reading(wrong.id, water(b, "2026-11", "130"), "多写了一位")
    assert (right.previous, right.usage, right.corrects_id, right.charge_id) == (
        10000, 3000, wrong.id, None)
    assert b.fees.reading(wrong.id).superseded
    with pytest.raises(DomainError):
        b.fees.correct_reading(wrong.id, water(b, "2026-11", "131"), "再改")
    history = b.fees.meter_history(b.units["1203"], b.water.id)
    assert [(r.id, r.superseded) for r in history] == [(right.id, False), (wrong.id, True)]
    with pytest.raises(NotFound):
        b.fees.correct_reading(999, water(b, "2026-11", "130"), "多写了一位")


def test_correcting_a_billed_reading_voids_its_charge_and_bills_it_again(
        services: Services, b: Building) -> None:
    wrong = b.fees.enter_reading(water(b, "2026-11", "310", previous="100"))
    run = b.fees.generate_bills("2026-11", dt.date(2026, 11, 30), [b.units["1203"]])
    billed = next(c for c in run.made if c.item_id == b.water.id)
    assert billed.amount_fen == 21000 * 42000 // 10000
    with pytest.raises(ApprovalNeeded):
        b.fees.correct_reading(wrong.id, water(b, "2026-11", "130"), "多写了一位")
    assert not b.fees.reading(wrong.id).superseded

    right = b.fees.correct_reading(wrong.id, water(b, "2026-11", "130"), "多写了一位",
                                   approval(Action.CORRECT_RECORD))
    voided = b.fees.charge(billed.id)
    assert voided.voided and voided.outstanding_fen == 0
    rebilled = b.fees.charge(right.charge_id)
    assert (rebilled.quantity, rebilled.amount_fen, rebilled.unit_price, rebilled.period,
            rebilled.due_on) == (3000, 12600, 42000, "2026-11", dt.date(2026, 11, 30))
    with Session(services.engine) as session:
        old = session.get(FeeCharge, billed.id)
        assert (old.void_reason, old.void_approved_by) == ("多写了一位", SUPERVISOR)
        assert session.get(FeeCharge, rebilled.id).reading_id == right.id
    assert [c.id for c in b.fees.charges(b.units["1203"]) if c.item_id == b.water.id] == [
        rebilled.id]
    assert b.fees.generate_bills("2026-11", unit_ids=[b.units["1203"]]).made == ()


def test_a_paid_reading_is_corrected_only_after_its_receipts_are_voided(
        services: Services, b: Building) -> None:
    reading = b.fees.enter_reading(water(b, "2026-11", "310", previous="100"))
    run = b.fees.generate_bills("2026-11", unit_ids=[b.units["1203"]])
    billed = next(c for c in run.made if c.item_id == b.water.id)
    with write_session(services.engine) as session:  # a receipt paid part of it
        charge = session.exec(select(FeeCharge).where(FeeCharge.id == billed.id)).one()
        charge.paid_fen = 1000
        session.add(charge)
        session.commit()
    with pytest.raises(DomainError) as caught:
        b.fees.correct_reading(reading.id, water(b, "2026-11", "130"), "多写了一位",
                               approval(Action.CORRECT_RECORD))
    assert "receipts" in str(caught.value)
    assert not b.fees.reading(reading.id).superseded
    assert not b.fees.charge(billed.id).voided


def test_the_months_grid_shows_each_units_last_and_this_months_reading(b: Building) -> None:
    b.fees.enter_reading(water(b, "2026-09", "100", previous="90", multiplier=5))
    b.fees.enter_reading(water(b, "2026-10", "120"))
    b.fees.enter_reading(water(b, "2026-10", "40", previous="30", unit="1204"))
    b.fees.enter_reading(water(b, "2026-11", "45", unit="1204"))
    b.fees.enter_reading(water(b, "2026-11", "7", previous="0", unit="1206"))  # vacant
    grid = b.fees.readings("2026-11", b.water.id)
    assert [number(row.unit_label) for row in grid] == ["1203", "1204", "1205", "1206"]
    first = grid[0]
    assert (first.previous, first.multiplier, first.this_period) == (12000, 5, None)
    assert grid[1].this_period is not None and grid[1].this_period.usage == 500
    assert (grid[2].last, grid[2].previous, grid[2].multiplier) == (None, None, 1)
    with pytest.raises(ValidationError):
        b.fees.readings("November", b.water.id)
    with pytest.raises(NotFound):
        b.fees.readings("2026-11", 999)
