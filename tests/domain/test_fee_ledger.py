"""The per-unit fee ledger and the overview of all units: billed, paid, waived, owed and
credit side by side; arrears aged by days past due as of today (the boundaries exactly at
30/31, 60/61, 90/91 days); what is not yet due is never arrears; the overview's totals are
the sum of the units' ledgers; the overview reads the open charges through their index."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ledger_data import FeeBook, fee_service

from deskapp.bootstrap import Services
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.fees.ledger_records import AgeingCutoffs, ContactInput, ContactKind
from deskapp.domain.fees.ledger_rows import Ageing, PayState
from deskapp.domain.fees.overview import unit_order
from deskapp.domain.fees.service import FeeCollection
from helpers import plans_of

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2026, 11, 23)  # the conftest clock's day


@pytest.fixture
def fees(services: Services) -> FeeCollection:
    services.operator.hand_over("Wang Fang")
    return fee_service(services)


@pytest.fixture
def book(services: Services) -> FeeBook:
    return FeeBook(services)


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


# --- The ledger of one unit


def test_ledger_of_part_paid_waived_voided_charges_and_credit(fees: FeeCollection,
                                                              book: FeeBook, now) -> None:  # type: ignore[no-untyped-def]
    unit = book.unit("1203", "李四", "华为技术有限公司")
    book.charge(unit, dt.date(2026, 8, 1), 10000, paid=10000)  # paid in full
    part = book.charge(unit, dt.date(2026, 9, 1), 10000, paid=4000)  # 83 days past due
    book.waiver(part, 1000)
    book.charge(unit, dt.date(2026, 10, 1), 8000, voided=True)  # billed in error
    waived = book.charge(unit, dt.date(2026, 11, 1), 12000)
    book.waiver(waived, 12000, "业主委员会决定免收")
    book.charge(unit, dt.date(2026, 12, 1), 9000)  # not yet due
    book.credit(unit, 3000)
    book.credit(unit, -1000, "applied")
    book.receipt(unit, 10000, at=dt.datetime(2026, 8, 3, 10, tzinfo=SHANGHAI))
    book.receipt(unit, 4000, at=dt.datetime(2026, 9, 5, 10, tzinfo=SHANGHAI), voided=True)
    book.receipt(unit, 4000, at=dt.datetime(2026, 9, 5, 11, tzinfo=SHANGHAI))
    book.receipt(unit, 500, kind="deposit")  # money held is not in the fee ledger

    ledger = fees.ledger(unit)

    assert ledger.unit_label == "1203 李四 (华为技术有限公司)"
    assert ledger.as_of == TODAY
    assert ledger.billed_fen == 10000 + 10000 + 12000 + 9000  # the voided charge left out
    assert ledger.paid_fen == 14000
    assert ledger.waived_fen == 13000
    assert ledger.owed_fen == 5000 + 9000
    assert ledger.due_soon_fen == 9000
    assert ledger.arrears == Ageing(days_61_90_fen=5000)
    assert ledger.arrears_fen == 5000
    assert ledger.oldest_due == dt.date(2026, 9, 1)
    assert ledger.credit_fen == 2000
    assert ledger.owed_after_credit_fen == 12000  # shown, never netted silently
    assert [m.month for m in ledger.months] == ["2026-08", "2026-09", "2026-10", "2026-11",
                                                "2026-12"]
    october = ledger.months[2]
    assert [c.voided for c in october.charges] == [True]
    assert october.billed_fen == 0 and october.outstanding_fen == 0
    assert [m.outstanding_fen for m in ledger.months] == [0, 5000, 0, 0, 9000]
    assert [c.outstanding_fen for c in ledger.charges] == [0, 5000, 0, 0, 9000]
    assert [(r.total_fen, r.voided) for r in ledger.receipts] == [
        (10000, False), (4000, True), (4000, False)]
    assert [(w.amount_fen, w.reason, w.approved_by) for w in ledger.waivers] == [
        (1000, "空置减免", "Zhao Li"), (12000, "业主委员会决定免收", "Zhao Li")]
    assert ledger.waivers[0].period == "2026-09"


def test_a_unit_without_records_owes_nothing(fees: FeeCollection, book: FeeBook) -> None:
    ledger = fees.ledger(book.unit("1505"))
    assert (ledger.billed_fen, ledger.owed_fen, ledger.credit_fen, ledger.oldest_due) == (
        0, 0, 0, None)
    assert ledger.months == () and ledger.arrears == Ageing()


def test_ledger_refuses_an_unknown_unit_and_a_bad_day(fees: FeeCollection,
                                                      book: FeeBook) -> None:
    with pytest.raises(NotFound):
        fees.ledger(999)
    with pytest.raises(NotFound):
        fees.ledger("1")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as raised:
        fees.ledger(book.unit("1505"), as_of=dt.datetime(2026, 1, 1))  # type: ignore[arg-type]
    assert set(raised.value.errors) == {"as_of"}


# --- Ageing


@pytest.mark.parametrize(("days", "bucket"), [
    (-1, None), (0, None), (1, 0), (30, 0), (31, 1), (60, 1), (61, 2), (90, 2), (91, 3),
    (400, 3)])
def test_ageing_boundaries(fees: FeeCollection, book: FeeBook, days: int,
                           bucket: int | None) -> None:
    unit = book.unit("1203")
    book.charge(unit, days_ago(days), 1234)
    expected = [0, 0, 0, 0]
    if bucket is not None:
        expected[bucket] = 1234
    ledger = fees.ledger(unit)
    line = fees.arrears_overview().rows[0]
    assert ledger.arrears.buckets == tuple(expected) == line.arrears.buckets
    assert ledger.due_soon_fen == line.due_soon_fen == (1234 if bucket is None else 0)
    assert ledger.owed_fen == line.owed_fen == 1234
    assert line.state is (PayState.DUE if bucket is None else PayState.IN_ARREARS)
    assert AgeingCutoffs.as_of(TODAY).bucket(days_ago(days)) == bucket


def test_ages_move_with_the_clock_at_local_midnight(fees: FeeCollection, book: FeeBook,
                                                    now) -> None:  # type: ignore[no-untyped-def]
    unit = book.unit("1203")
    book.charge(unit, dt.date(2026, 10, 24), 500)  # 30 days past due on 11-23
    assert fees.ledger(unit).arrears == Ageing(up_to_30_fen=500)
    now.value = dt.datetime(2026, 11, 23, 23, 59, tzinfo=SHANGHAI)
    assert fees.ledger(unit).arrears == Ageing(up_to_30_fen=500)
    now.value = dt.datetime(2026, 11, 24, 0, 1, tzinfo=SHANGHAI)  # 16:01 UTC, still the 23rd
    assert fees.ledger(unit).as_of == dt.date(2026, 11, 24)
    assert fees.ledger(unit).arrears == Ageing(days_31_60_fen=500)
    assert fees.arrears_overview().rows[0].arrears == Ageing(days_31_60_fen=500)


def test_a_charge_due_today_or_later_is_not_arrears(fees: FeeCollection,
                                                    book: FeeBook) -> None:
    unit = book.unit("1203")
    book.charge(unit, TODAY, 100)
    book.charge(unit, TODAY + dt.timedelta(days=40), 200)
    ledger = fees.ledger(unit)
    assert ledger.arrears_fen == 0 and ledger.oldest_due is None
    assert ledger.due_soon_fen == ledger.owed_fen == 300
    page = fees.arrears_overview(only_owing=True)
    assert page.rows == () and page.totals.owed_fen == 0
    everyone = fees.arrears_overview()
    assert everyone.totals.due_soon_fen == 300 and everyone.totals.units_in_arrears == 0


def test_ageing_as_of_another_day(fees: FeeCollection, book: FeeBook) -> None:
    unit = book.unit("1203")
    book.charge(unit, dt.date(2026, 9, 1), 700)
    assert fees.ledger(unit, as_of=dt.date(2026, 9, 1)).due_soon_fen == 700
    assert fees.ledger(unit, as_of=dt.date(2027, 1, 1)).arrears == Ageing(over_90_fen=700)
    page = fees.arrears_overview(as_of=dt.date(2026, 10, 1))
    assert page.as_of == dt.date(2026, 10, 1)
    assert page.rows[0].arrears == Ageing(up_to_30_fen=700)


# --- The overview


def test_overview_orders_units_as_people_do_and_pages(fees: FeeCollection,
                                                      book: FeeBook) -> None:
    for number in ("1001", "201", "A-10", "A-2", "B1", "99"):
        book.unit(number)
    first = fees.arrears_overview(limit=4)
    assert [r.unit_number for r in first.rows] == ["99", "201", "1001", "A-2"]
    assert first.next_after == "A-2" and first.totals.units == 6
    rest = fees.arrears_overview(after=first.next_after, limit=4)
    assert [r.unit_number for r in rest.rows] == ["A-10", "B1"]
    assert rest.next_after is None
    assert fees.arrears_overview(after="B1").rows == ()
    assert unit_order("201") < unit_order("1001") < unit_order("A-2") < unit_order("A-10")


def test_overview_lines_and_totals(fees: FeeCollection, book: FeeBook, now) -> None:  # type: ignore[no-untyped-def]
    owing = book.unit("1203", "李四", "华为技术有限公司")
    paid_up = book.unit("1505", "", "星巴克")
    due = book.unit("1801", "王五")
    book.charge(owing, days_ago(10), 1000)
    book.charge(owing, days_ago(45), 2000, paid=500)
    book.charge(owing, days_ago(75), 3000)
    book.charge(owing, days_ago(200), 4000)
    book.charge(owing, days_ago(-5), 600)
    book.charge(paid_up, days_ago(20), 5000, paid=5000)
    book.charge(due, days_ago(-3), 800)
    book.credit(paid_up, 1200)
    book.receipt(owing, 9000, at=dt.datetime(2026, 6, 1, 9, tzinfo=SHANGHAI))
    book.receipt(owing, 500, at=dt.datetime(2026, 10, 9, 9, tzinfo=SHANGHAI))
    book.receipt(owing, 700, at=dt.datetime(2026, 11, 1, 9, tzinfo=SHANGHAI), voided=True)
    book.receipt(owing, 50, at=dt.datetime(2026, 11, 2, 9, tzinfo=SHANGHAI), kind="sale")
    fees.log_contact(ContactInput(owing, ContactKind.CALL, "说下周来交",
                                  promised_on=dt.date(2026, 11, 30)))
    now.advance(hours=1)
    fees.log_contact(ContactInput(owing, ContactKind.VISIT, "没人在"))
    notice = fees.issue_dunning(owing, "first")

    page = fees.arrears_overview()
    lines = {r.unit_number: r for r in page.rows}
    line = lines["1203"]
    assert line.unit_label == "1203 李四 (华为技术有限公司)" and line.occupant == "李四"
    assert line.owed_fen == 1000 + 1500 + 3000 + 4000 + 600
    assert line.arrears == Ageing(1000, 1500, 3000, 4000)
    assert line.due_soon_fen == 600
    assert line.oldest_due == days_ago(200)
    assert line.last_paid_at == dt.datetime(2026, 10, 9, 1, tzinfo=dt.UTC)  # not the voided
    assert line.last_contact_kind is ContactKind.VISIT
    assert line.last_contact_at == now.value.astimezone(dt.UTC)
    assert line.promised_on == dt.date(2026, 11, 30)  # of the latest contact promising
    assert line.dunning_stage is notice.stage and line.dunning_issued_at == notice.issued_at
    assert lines["1505"].state is PayState.PAID and lines["1505"].credit_fen == 1200
    assert lines["1505"].occupant == "星巴克" and lines["1505"].last_paid_at is None
    assert lines["1801"].state is PayState.DUE
    totals = page.totals
    assert (totals.units, totals.units_in_arrears) == (3, 1)
    assert totals.owed_fen == 10100 + 800 and totals.due_soon_fen == 1400
    assert totals.arrears == Ageing(1000, 1500, 3000, 4000) and totals.credit_fen == 1200

    only = fees.arrears_overview(only_owing=True)
    assert [r.unit_number for r in only.rows] == ["1203"]
    assert only.totals.units == 1 and only.totals.due_soon_fen == 600
    assert [r.unit_number for r in fees.arrears_overview(search="wangwu").rows] == ["1801"]
    assert [r.unit_number for r in fees.arrears_overview(search="星巴克").rows] == ["1505"]
    assert [r.unit_number for r in fees.arrears_overview(search="１２０３").rows] == ["1203"]
    assert fees.arrears_overview(search="nobody").totals.units == 0


def test_overview_refuses_bad_queries(fees: FeeCollection) -> None:
    for kwargs, field in [({"limit": 0}, "limit"), ({"limit": 5000}, "limit"),
                          ({"limit": True}, "limit"), ({"only_owing": "yes"}, "only_owing"),
                          ({"search": 3}, "search"), ({"after": 12}, "after"),
                          ({"as_of": "2026-11-01"}, "as_of")]:
        with pytest.raises(ValidationError) as raised:
            fees.arrears_overview(**kwargs)  # type: ignore[arg-type]
        assert field in raised.value.errors, kwargs


# --- The overview is the sum of the ledgers

charge_spec = st.tuples(
    st.integers(0, 3),  # which unit
    st.integers(-60, 400),  # days past due (negative: not yet due)
    st.integers(1, 50_000),  # amount
    st.floats(0, 1.2),  # share paid (over 1: paid in full)
    st.integers(0, 3),  # 0: waive a part, 1: voided, else nothing
)
_numbers = itertools.count(1)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(charges=st.lists(charge_spec, max_size=12),
       credits=st.lists(st.tuples(st.integers(0, 3), st.integers(-500, 3000)), max_size=4))
def test_overview_totals_are_the_sum_of_the_ledgers(services: Services,
                                                    charges: list, credits: list) -> None:  # type: ignore[type-arg]
    fees, book = fee_service(services), FeeBook(services)
    batch = next(_numbers)
    units = [book.unit(f"{batch}-{i}") for i in range(4)]
    for which, days, amount, share, other in charges:
        paid = min(int(amount * share), amount)
        waived = (amount - paid) // 3 if other == 0 else 0
        book.charge(units[which], days_ago(days), amount, paid=paid, waived=waived,
                    voided=other == 1, period_start=dt.date(2000, 1, 1) + dt.timedelta(
                        days=next(_numbers)))
    for which, change in credits:
        book.credit(units[which], change)

    page = fees.arrears_overview(limit=1000)
    ledgers = [fees.ledger(line.unit_id) for line in page.rows]
    total = Ageing()
    for ledger in ledgers:
        total += ledger.arrears
    assert page.totals.owed_fen == sum(ledger.owed_fen for ledger in ledgers)
    assert page.totals.arrears == total
    assert page.totals.due_soon_fen == sum(ledger.due_soon_fen for ledger in ledgers)
    assert page.totals.credit_fen == sum(ledger.credit_fen for ledger in ledgers)
    for line, ledger in zip(page.rows, ledgers, strict=True):
        assert (line.owed_fen, line.arrears, line.oldest_due, line.credit_fen) == (
            ledger.owed_fen, ledger.arrears, ledger.oldest_due, ledger.credit_fen)
        assert ledger.owed_fen == ledger.arrears_fen + ledger.due_soon_fen
        assert ledger.owed_fen == ledger.billed_fen - ledger.paid_fen - ledger.waived_fen


# --- The plan




def test_the_overview_reads_open_charges_through_their_index(services: Services,
                                                             fees: FeeCollection,
                                                             book: FeeBook) -> None:
    for i in range(5):
        unit = book.unit(f"{1200 + i}")
        book.receipt(unit, 100)
        for month in range(1, 13):
            book.charge(unit, dt.date(2026, month, 5), 100, paid=100 if month < 9 else 0)
    plans = plans_of(services, lambda: fees.arrears_overview(limit=3), "feecharge")
    assert len(plans) == 1
    if services.engine.dialect.name == "sqlite":
        # Without statistics SQLite would walk every live charge; it must take the open ones.
        assert "ix_feecharge_open (due_on>? AND due_on<?)" in plans[0], plans[0]
    else:  # PostgreSQL picks among the indexes by its statistics; never the whole table
        assert "Index" in plans[0] and "Seq Scan" not in plans[0], plans[0]
    receipt_plans = plans_of(services, lambda: fees.arrears_overview(limit=3), "receipt")
    for plan in receipt_plans:  # the last payment: along (unit, issued_at), not the table
        assert "ix_receipt_unit_issued" in plan, plan
        assert not re.search(r"SCAN receipt\b(?! USING)|Seq Scan on receipt", plan), plan
