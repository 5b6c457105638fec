"""Closing the day: what is still open, the closing record written once, a closed day's
receipts locked, and the rule of late entries."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from day_data import busy_day, visitor
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.day_models import DayClosing
from deskapp.domain.day_closing.late import LateRule
from deskapp.domain.day_closing.open_items import OpenGroup
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.fees.handover import HandoverInput
from deskapp.domain.roles import Role
from fee_data import CASHIER

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
DAY = dt.date(2026, 11, 23)
EVERY_GROUP = tuple(OpenGroup)


def test_the_open_groups_count_what_is_still_open(services: Services, now) -> None:
    busy_day(services, now)
    found = {i.group: i for i in services.closing.open_items(DAY)}
    assert list(found) == list(OpenGroup)
    assert found[OpenGroup.ON_SITE].count == 1 and found[OpenGroup.ON_SITE].names == ("张三",)
    assert found[OpenGroup.KEYS_OUT].count == 1
    assert "赵六" in found[OpenGroup.KEYS_OUT].names[0]
    assert found[OpenGroup.MESSAGES].names == ("1203 李四",)
    assert found[OpenGroup.REQUESTS_DUE].count == 1
    assert found[OpenGroup.PARCELS].count == 1
    assert found[OpenGroup.CASHIERS].names == (CASHIER,)
    # The day before saw none of it.
    assert all(i.count == 0 for i in services.closing.open_items(DAY - dt.timedelta(days=1)))


def test_the_days_figures(services: Services, now) -> None:
    busy_day(services, now)
    figures = services.closing.figures(DAY)
    assert (figures.visits, figures.visitors, figures.calls) == (2, 4, 1)
    assert (figures.requests_received, figures.keys_lent, figures.parcels_received) == (1, 1, 1)
    assert figures.receipts == 1 and figures.takings_fen == 21000
    assert [t.method.value for t in figures.takings] == ["cash"]


def test_a_day_is_closed_once_with_every_open_group_confirmed(services: Services,
                                                               now) -> None:
    busy_day(services, now)
    with pytest.raises(ValidationError) as refused:
        services.closing.close(DAY, [OpenGroup.ON_SITE], "/tmp/day.xlsx")
    assert "Keys not returned" in refused.value.errors["confirmed"]
    assert not services.closing.is_closed(DAY)
    services.operator.hand_over("王主管", Role.SUPERVISOR)
    row = services.closing.close(DAY, EVERY_GROUP, "/tmp/day.xlsx", "/tmp/day.sqlite", "平安")
    assert row.closed_by == "王主管" and row.closed_at == now.value
    assert "on-site: 1" in row.open_items and "cashiers: 1" in row.open_items
    assert services.closing.closing(DAY) == row and services.closing.is_closed(DAY)
    now.advance(minutes=1)
    with pytest.raises(DomainError, match="closed already"):
        services.closing.close(DAY, EVERY_GROUP)
    with Session(services.engine) as session:
        assert len(session.exec(select(DayClosing)).all()) == 1


def test_a_quiet_day_needs_nothing_confirmed_and_a_day_to_come_is_refused(
        services: Services) -> None:
    assert services.closing.close(DAY - dt.timedelta(days=3), []).open_items == ()
    with pytest.raises(ValidationError) as refused:
        services.closing.close(DAY + dt.timedelta(days=1), [])
    assert "day" in refused.value.errors
    with pytest.raises(ValidationError):
        services.closing.close(DAY, [], note="长" * 501)


def test_two_counters_closing_at_once_close_the_day_once(services: Services) -> None:
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def close() -> None:
        start.wait()
        try:
            outcomes.append(services.closing.close(DAY, []))
        except DomainError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=close) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(refused) == 1 and "closed" in str(refused[0])
    with Session(services.engine) as session:
        assert len(session.exec(select(DayClosing)).all()) == 1


def test_a_closed_days_receipt_cannot_be_voided_but_can_be_invoiced(services: Services,
                                                                    now) -> None:
    ids = busy_day(services, now)
    services.operator.hand_over(CASHIER, Role.CASHIER)
    services.fees.hand_over(HandoverInput(21000, "财务 刘会计"))
    services.operator.hand_over("王主管", Role.SUPERVISOR)
    services.closing.close(DAY, EVERY_GROUP)
    with pytest.raises(DomainError, match="closed"):
        services.fees.void_receipt(ids["receipt"], "金额输错")
    # The invoice changes none of the day's money: finance exchanges receipts days later.
    assert services.fees.mark_invoiced(ids["receipt"], "No 0012345").invoice_no == "No0012345"


def test_a_receipt_on_a_closed_day_is_refused_before_the_handover_lock(services: Services,
                                                                       now) -> None:
    ids = busy_day(services, now)
    services.closing.close(DAY, EVERY_GROUP)  # the cashier never handed over
    services.operator.hand_over("王主管", Role.SUPERVISOR)
    with pytest.raises(DomainError, match="was closed at"):
        services.fees.void_receipt(ids["receipt"], "金额输错")


def test_entries_dated_on_a_closed_day_but_saved_after_are_late(services: Services,
                                                               now) -> None:
    busy_day(services, now)
    closed = services.closing.close(DAY, EVERY_GROUP)
    now.advance(minutes=1)
    early = services.visitors.check_in(visitor("韩梅梅", time_in=now.value - dt.timedelta(hours=2)))
    now.advance(hours=20)  # the next morning, one written up for the day before
    late = services.visitors.check_in(visitor("林涛", time_in=now.value - dt.timedelta(hours=20)))
    today = services.visitors.check_in(visitor("王五"))
    rule = services.closing.late_rule()
    assert rule.closed_at(DAY) == closed.closed_at
    assert services.closing.is_late(late.time_in, late.created_at)
    assert services.closing.is_late(early.time_in, early.created_at)  # saved after closing
    assert not services.closing.is_late(today.time_in, today.created_at)


def test_the_late_rule() -> None:
    closed_at = dt.datetime(2026, 11, 23, 17, 40, tzinfo=SHANGHAI)
    rule = LateRule({DAY: closed_at}, SHANGHAI)
    on_the_day = dt.datetime(2026, 11, 23, 15, 0, tzinfo=SHANGHAI)
    assert rule.is_late(on_the_day, closed_at + dt.timedelta(seconds=1))
    assert not rule.is_late(on_the_day, closed_at)  # saved as it was closed: counted in
    assert not rule.is_late(on_the_day, None)
    # The day is the counter's local day: 23:30 UTC on the 22nd is the 23rd in Shanghai.
    assert rule.is_late(dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC),
                        closed_at + dt.timedelta(hours=1))
    assert not rule.is_late(on_the_day + dt.timedelta(days=1), closed_at + dt.timedelta(days=1))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.one_of(st.none(), st.integers(), st.text(max_size=12), st.dates(),
                     st.datetimes()),
       confirmed=st.lists(st.one_of(st.sampled_from([g.value for g in OpenGroup]),
                                    st.text(max_size=12)), max_size=4),
       note=st.one_of(st.none(), st.integers(), st.text(max_size=600)))
def test_closing_refuses_bad_input_with_a_message(services: Services, day, confirmed,
                                                  note) -> None:
    try:
        row = services.closing.close(day, confirmed, "", "", note)
    except ValidationError as exc:
        assert set(exc.errors) <= {"day", "confirmed", "note"} and all(exc.errors.values())
    except DomainError as exc:
        assert "closed already" in str(exc)
    else:
        assert isinstance(day, dt.date) and not isinstance(day, dt.datetime)
        assert day <= DAY and row.day == day and isinstance(note, str)


def test_the_day_folder_is_kept_on_this_pc_and_checked(services: Services,
                                                      tmp_path) -> None:  # type: ignore[no-untyped-def]
    from deskapp.domain.settings import COUNTER_FIELDS

    assert "day_folder" in COUNTER_FIELDS
    kept = services.settings.choose_day_folder(f"  {tmp_path}  ")
    assert kept == str(tmp_path) and services.settings.load().day_folder == str(tmp_path)
    for bad in ("", "相对/路径", "/a\x00b", "/" + "长" * 401):
        with pytest.raises(ValidationError) as refused:
            services.settings.choose_day_folder(bad)
        assert refused.value.errors["day_folder"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(folder=st.one_of(st.none(), st.integers(), st.text(max_size=420),
                        st.text(max_size=60).map(lambda t: "/" + t)))
def test_any_day_folder_is_kept_or_refused_by_its_field(services: Services, folder) -> None:
    import os

    try:
        kept = services.settings.choose_day_folder(folder)
    except ValidationError as exc:
        assert set(exc.errors) == {"day_folder"} and exc.errors["day_folder"]
    else:
        assert isinstance(folder, str) and kept == folder.strip() and os.path.isabs(kept)
        assert services.settings.load().day_folder == kept
