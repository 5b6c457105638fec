"""Expected visitors (预约来访): the list of a day, its states, cancelling and arriving."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.engine import write_session
from deskapp.db.models import AuditEntry, ExpectedVisitor
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.records import HostResponse, Purpose
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.domain.visitors.expected import (
    MAX_DAYS_AHEAD,
    NO_SHOW_AFTER,
    ExpectedInput,
    ExpectedState,
    NotWaiting,
    add_in,
    expected_state,
    mark_arrived_in,
    next_half_hour,
    summarise,
)

SHANGHAI = dt.timezone(dt.timedelta(hours=8), "CST")


def at(hour: int, minute: int = 0, day: int = 23) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


def expected(**kw) -> ExpectedInput:
    base = dict(name="张三", expected_at=at(10), host=HostRef("1203 李四"), phone="13800138000",
                company="华为", party_size=2, purpose=Purpose.MEETING)
    base.update(kw)
    return ExpectedInput(**base)


def visit(services: Services, name: str = "张三"):
    return services.visitors.check_in(VisitInput(name=name, host=HostRef("1203 李四")))


def arrive(services: Services, expected_id: int, visit_id: int) -> None:
    with write_session(services.engine) as session:
        mark_arrived_in(session, expected_id, visit_id)
        session.commit()


# --- The no-show rule, once -------------------------------------------------------------

DAY_END = at(0, day=24)


@pytest.mark.parametrize("expected_at, now, state", [
    (at(10), at(9), ExpectedState.WAITING),  # not yet due
    (at(10), at(11, 59), ExpectedState.WAITING),  # late, not yet two hours
    (at(10), at(12), ExpectedState.NO_SHOW),  # two hours late
    (at(23, 30), at(23, 59), ExpectedState.WAITING),
    (at(23, 30), at(0, day=24), ExpectedState.NO_SHOW),  # the day is over before 2 h
])
def test_a_visitor_not_come_two_hours_late_or_by_the_day_s_end_is_a_no_show(
        expected_at, now, state) -> None:
    assert NO_SHOW_AFTER == dt.timedelta(hours=2)
    assert expected_state(expected_at=expected_at, day_end=DAY_END, now=now, arrived=False,
                          cancelled=False) is state


def test_arrived_and_cancelled_are_final() -> None:
    late = at(9, day=30)
    assert expected_state(expected_at=at(10), day_end=DAY_END, now=late, arrived=True,
                          cancelled=False) is ExpectedState.ARRIVED
    assert expected_state(expected_at=at(10), day_end=DAY_END, now=at(9), arrived=False,
                          cancelled=True) is ExpectedState.CANCELLED


# --- The day's list ---------------------------------------------------------------------

def test_the_day_s_list_in_order_with_each_state(services: Services, now) -> None:
    services.operator.hand_over("王芳")
    late = services.expected.add(expected(name="李雷", expected_at=at(9, 25)))
    coming = services.expected.add(expected(name="韩梅梅", expected_at=at(11), party_size=3))
    arriving = services.expected.add(expected(expected_at=at(10)))
    cancelled = services.expected.add(expected(name="王五", expected_at=at(15)))
    tomorrow = services.expected.add(expected(name="赵六", expected_at=at(9, day=24)))
    assert (coming.name, coming.party_size, coming.created_by) == ("韩梅梅", 3, "王芳")
    assert coming.expected_at == at(11) and coming.expected_at.utcoffset() == dt.timedelta(0)

    pass_of = visit(services)
    arrive(services, arriving.id, pass_of.id)
    services.expected.cancel(cancelled.id, "客户改期")
    rows = services.expected.for_day(now.value.date())
    assert [r.name for r in rows] == ["李雷", "张三", "韩梅梅", "王五"]
    assert [r.state for r in rows] == [ExpectedState.WAITING, ExpectedState.ARRIVED,
                                       ExpectedState.WAITING, ExpectedState.CANCELLED]
    assert (rows[1].visit_id, rows[1].pass_no, rows[1].arrived_at) == (
        pass_of.id, pass_of.pass_no, pass_of.time_in)
    assert rows[3].cancel_reason == "客户改期" and rows[3].cancelled_at == now.value
    assert [r.id for r in services.expected.waiting_now()] == [late.id, coming.id]
    assert [r.id for r in services.expected.for_day(at(0, day=24).date())] == [tomorrow.id]

    now.advance(hours=2)  # 11:30: 李雷 is two hours late
    rows = services.expected.for_day(now.value.date())
    assert rows[0].state is ExpectedState.NO_SHOW
    assert [r.id for r in services.expected.waiting_now()] == [coming.id]
    assert summarise(rows) == summarise(rows).__class__(
        expected=3, arrived=1, no_show=1, waiting=1, cancelled=1)

    now.value = at(0, 1, day=24)  # the day is over: whoever did not come is a no-show
    rows = services.expected.for_day(at(0).date())
    assert [r.state for r in rows] == [ExpectedState.NO_SHOW, ExpectedState.ARRIVED,
                                       ExpectedState.NO_SHOW, ExpectedState.CANCELLED]
    assert [r.id for r in services.expected.waiting_now()] == [tomorrow.id]


def test_state_labels_are_words() -> None:
    assert [s.label() for s in ExpectedState] == ["Expected", "Arrived", "Cancelled",
                                                  "Not come"]


# --- Adding -----------------------------------------------------------------------------

def test_bad_input_names_each_field_and_saves_nothing(services: Services, now) -> None:
    with pytest.raises(ValidationError) as err:
        services.expected.add(expected(name=" \u200b", phone="12345", party_size=0,
                                       host=HostRef(""), expected_at=None))
    assert set(err.value.errors) == {"name", "phone", "party_size", "host", "expected_at"}
    with pytest.raises(ValidationError) as err:
        services.expected.add(expected(expected_at=dt.datetime(2026, 11, 23, 10)))  # naive
    assert set(err.value.errors) == {"expected_at"}
    assert services.expected.for_day(now.value.date()) == []


def test_the_time_may_be_a_few_minutes_gone_but_not_long_gone_nor_far_ahead(
        services: Services, now) -> None:
    assert services.expected.add(expected(expected_at=at(9, 21))).state is ExpectedState.WAITING
    for wrong, says in ((at(9, 19), "passed"),
                        (now.value + dt.timedelta(days=MAX_DAYS_AHEAD, minutes=1), "90 days")):
        with pytest.raises(ValidationError) as err:
            services.expected.add(expected(expected_at=wrong))
        assert says in err.value.errors["expected_at"]
    far = services.expected.add(expected(expected_at=now.value + dt.timedelta(days=MAX_DAYS_AHEAD)))
    assert far.state is ExpectedState.WAITING


def test_text_is_cleaned_and_the_phone_normalised(services: Services) -> None:
    row = services.expected.add(expected(name=" 张\u200b三 ", phone="+86 138 0013 8000",
                                         company="  华为\n技术 ", note="带\t样品"))
    assert (row.name, row.phone, row.company, row.note) == ("张三", "13800138000", "华为 技术",
                                                            "带 样品")
    assert row.phone_masked == "138****8000"


def test_the_host_is_resolved_from_the_directory(services: Services) -> None:
    unit = services.directory.save_unit(UnitRow(None, "1203", "李四", "华为"))
    dept = services.directory.save_department(DepartmentRow(None, "工程部", "8001"))
    services.directory.save_unit(UnitRow(None, "1204", "李五"))
    row = services.expected.add(expected(host=HostRef("1203")))
    assert row.host == HostRef("1203 李四 (华为)", unit.id, None)
    assert services.expected.add(expected(host=HostRef("工程部"))).host == HostRef(
        "工程部", None, dept.id)
    assert services.expected.add(expected(host=HostRef("前台王姐"))).host == HostRef("前台王姐")
    with pytest.raises(ValidationError) as err:
        services.expected.add(expected(host=HostRef("李")))  # 1203 李四 or 1204 李五
    assert "Several" in err.value.errors["host"]
    with pytest.raises(ValidationError) as err:
        services.expected.add(expected(host=HostRef("1299 gone", 999)))
    assert "no longer" in err.value.errors["host"]


def test_add_in_joins_the_caller_s_transaction(services: Services, now) -> None:
    declined = visit(services)
    services.visitors.record_host_response(declined.id, HostResponse.DECLINED, message="在开会",
                                           appointment_at=at(14))
    kw = dict(clock=services.clock, directory=services.directory, operator=services.operator)
    # The host's answer booked the new time itself.
    [booked] = services.expected.for_day(now.value.date())
    assert (booked.from_visit_id, booked.expected_at) == (declined.id, at(14))
    with write_session(services.engine) as session:
        first = add_in(session, expected(expected_at=at(14), from_visit_id=declined.id), **kw)
    assert services.expected.for_day(now.value.date()) == [booked]  # never committed
    with write_session(services.engine) as session:
        first = add_in(session, expected(expected_at=at(14), from_visit_id=declined.id), **kw)
        session.commit()
    # The host changed the appointment: the new one replaces the one still waiting.
    with write_session(services.engine) as session:
        second = add_in(session, expected(expected_at=at(16), from_visit_id=declined.id), **kw)
        session.commit()
    rows = {r.id: r for r in services.expected.for_day(now.value.date())}
    assert rows[booked.id].state is ExpectedState.CANCELLED  # replaced by the first
    assert rows[first.id].state is ExpectedState.CANCELLED
    assert rows[first.id].cancel_reason == "A new appointment was made."
    assert rows[second.id].state is ExpectedState.WAITING
    assert rows[second.id].from_visit_id == declined.id
    with write_session(services.engine) as session, pytest.raises(ValidationError) as err:
        add_in(session, expected(from_visit_id=987654), **kw)
    assert set(err.value.errors) == {"from_visit_id"}


# --- Cancelling -------------------------------------------------------------------------

def test_cancel_needs_a_reason_and_keeps_the_entry(services: Services, now) -> None:
    row = services.expected.add(expected())
    with pytest.raises(ValidationError) as err:
        services.expected.cancel(row.id, "  ")
    assert set(err.value.errors) == {"cancel_reason"}
    cancelled = services.expected.cancel(row.id, "业主来电取消")
    assert cancelled.state is ExpectedState.CANCELLED
    assert services.expected.row(row.id) == cancelled
    with pytest.raises(NotWaiting, match="cancelled: 业主来电取消"):
        services.expected.cancel(row.id, "again")
    with pytest.raises(NotFound):
        services.expected.cancel(424242, "x")
    with Session(services.engine) as session:
        assert session.exec(select(ExpectedVisitor)).one().cancel_reason == "业主来电取消"


def test_an_arrived_visitor_cannot_be_cancelled_nor_a_cancelled_one_arrive(
        services: Services) -> None:
    arrived = services.expected.add(expected())
    cancelled = services.expected.add(expected(name="王五"))
    pass_of = visit(services)
    arrive(services, arrived.id, pass_of.id)
    services.expected.cancel(cancelled.id, "改天")
    with pytest.raises(NotWaiting, match=f"arrived already \\(pass {pass_of.pass_no}\\)"):
        services.expected.cancel(arrived.id, "x")
    with pytest.raises(NotWaiting, match="cancelled"):
        arrive(services, cancelled.id, visit(services, "王五").id)
    assert services.expected.row(cancelled.id).visit_id is None


# --- Arriving ---------------------------------------------------------------------------

def test_a_refused_arrival_rolls_the_whole_check_in_back(services: Services, now) -> None:
    row = services.expected.add(expected())
    first = visit(services)
    arrive(services, row.id, first.id)
    second = visit(services, "张三 (again)")
    kw = dict(clock=services.clock, directory=services.directory, operator=services.operator)
    with pytest.raises(NotWaiting), write_session(services.engine) as session:
        add_in(session, expected(name="同一事务"), **kw)
        mark_arrived_in(session, row.id, second.id)
        session.commit()
    assert [r.name for r in services.expected.for_day(now.value.date())] == ["张三"]
    assert services.expected.row(row.id).visit_id == first.id
    with pytest.raises(NotFound), write_session(services.engine) as session:
        mark_arrived_in(session, 31337, first.id)
    with pytest.raises(NotFound), write_session(services.engine) as session:
        mark_arrived_in(session, "1", first.id)  # type: ignore[arg-type]


def test_a_late_no_show_may_still_arrive(services: Services, now) -> None:
    row = services.expected.add(expected(expected_at=at(9, 30)))
    now.advance(hours=3)
    assert services.expected.row(row.id).state is ExpectedState.NO_SHOW
    arrive(services, row.id, visit(services).id)
    assert services.expected.row(row.id).state is ExpectedState.ARRIVED


def test_two_counters_checking_the_same_visitor_in_at_once_one_wins(services: Services) -> None:
    """The first counter holds its check-in open while the second tries; then both at once."""
    for hold in (0.5, 0.0):
        row = services.expected.add(expected())
        visits = [visit(services, "张三 lobby").id, visit(services, "张三 centre").id]
        start = threading.Barrier(2)
        results: list[str] = []

        def counter(visit_id: int, first: bool, hold: float = hold, row_id: int = row.id) -> None:
            if not first and hold:
                time.sleep(hold / 5)  # the first is already inside its transaction
            else:
                start.wait()
            try:
                with write_session(services.engine) as session:
                    mark_arrived_in(session, row_id, visit_id)
                    time.sleep(hold)
                    session.commit()
                results.append(f"linked {visit_id}")
            except NotWaiting as exc:
                results.append(f"refused: {exc}")

        threads = [threading.Thread(target=counter, args=(visits[0], True)),
                   threading.Thread(target=counter, args=(visits[1], False))]
        for thread in threads:
            thread.start()
        if hold:
            start.wait()
        for thread in threads:
            thread.join(30)
        linked = [r for r in results if r.startswith("linked")]
        assert len(results) == 2 and len(linked) == 1, results
        assert "arrived already" in next(r for r in results if r.startswith("refused"))
        assert f"linked {services.expected.row(row.id).visit_id}" == linked[0]


def test_every_change_is_signed_and_in_the_audit_trail(services: Services) -> None:
    services.operator.hand_over("王芳")
    row = services.expected.add(expected())
    other = services.expected.add(expected(name="王五"))
    arrive(services, row.id, visit(services).id)
    services.expected.cancel(other.id, "改天")
    with Session(services.engine) as session:
        stored = session.exec(select(ExpectedVisitor).order_by(ExpectedVisitor.id)).all()
        entries = session.exec(select(AuditEntry).where(
            AuditEntry.record_kind == "expected_visitor").order_by(AuditEntry.seq)).all()
    assert {(e.created_by, e.desk) for e in stored} == {("王芳", services.operator.desk)}
    assert [(e.action, e.record_id) for e in entries] == [
        ("create", row.id), ("create", other.id), ("change", row.id), ("cancel", other.id)]
    assert "张三" not in entries[0].changes and "13800138000" not in entries[0].changes
    assert '"visit_id":[null,' in entries[2].changes
    assert services.audit.check().sound


def test_for_day_refuses_what_is_not_a_day(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.expected.for_day(dt.datetime(2026, 11, 23))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.expected.for_day(dt.date(1999, 1, 1))


@pytest.mark.parametrize("moment, then", [
    (at(9, 29), at(9, 30)), (at(9, 30), at(10)), (at(9, 31), at(10)),
    (at(9, 59) + dt.timedelta(seconds=59), at(10)),
    (at(23, 45), at(0, day=24)),
])
def test_a_new_entry_starts_at_the_next_half_hour(moment, then) -> None:
    assert next_half_hour(moment) == then
