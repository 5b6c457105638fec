"""The call log's rules: a call with its message and callback, delivery, callbacks, history."""

from __future__ import annotations

import datetime as dt

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.calls.records import (
    About,
    CallFilter,
    CallInput,
    CallQuery,
    CallSort,
    Category,
    DeliveredHow,
    Direction,
)
from deskapp.domain.directory import UnitRow
from deskapp.domain.errors import DomainError, NotFound, ValidationError


def call(**kw) -> CallInput:  # type: ignore[no-untyped-def]
    base = dict(subject="报修：空调不制冷", caller_name="张三", phone="13800138000",
                about=About("1203"))
    base.update(kw)
    return CallInput(**base)  # type: ignore[arg-type]


def test_a_call_is_stamped_signed_and_linked_to_the_unit(services: Services, now) -> None:
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为"))
    services.operator.hand_over("王芳")
    started = now.value
    now.advance(seconds=40)
    row = services.calls.log_call(call(started_at=started))
    assert row.started_at == started and row.ended_at == now.value  # the end when saved
    assert row.about_label == "1203 李四 (华为)" and row.created_by == "王芳"
    assert row.direction is Direction.IN and row.category is Category.INQUIRY
    assert not row.callback_open and row.messages == ()


def test_a_message_waits_until_it_is_passed_on(services: Services, now) -> None:
    row = services.calls.log_call(call(category=Category.MESSAGE, message_for="1203 李四",
                                        message="快递到了，请下楼取"))
    [message] = row.messages
    assert message.pending and services.calls.pending_messages() == [message]
    now.advance(minutes=30)
    done = services.calls.deliver_message(message.id, to="李四本人", how=DeliveredHow.PHONE)
    assert done.delivered_at == now.value and done.delivered_how is DeliveredHow.PHONE
    assert services.calls.pending_messages() == []
    with pytest.raises(DomainError, match="already passed on"):
        services.calls.deliver_message(message.id, to="x", how=DeliveredHow.NOTE)


def test_a_message_needs_its_recipient_and_text(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.calls.log_call(call(category=Category.MESSAGE))
    assert "message" in err.value.errors
    with pytest.raises(ValidationError) as err:
        services.calls.log_call(call(message="请回电"))
    assert "message_for" in err.value.errors


def test_an_overdue_callback_is_completed_by_an_outgoing_call(services: Services, now) -> None:
    promised = services.calls.log_call(call(callback_due=now.value + dt.timedelta(minutes=20)))
    assert promised.callback_open and not promised.callback_overdue(now.value)
    now.advance(minutes=45)
    summary = services.calls.count(CallQuery(services.clock.today(), services.clock.today()))
    assert (summary.open_callbacks, summary.overdue_callbacks) == (1, 1)
    answer = services.calls.log_call(call(direction=Direction.OUT, subject="已回电：明早派工",
                                          for_callback_id=promised.id))
    assert answer.for_callback_id == promised.id
    done = services.calls.call(promised.id)
    assert not done.callback_open and done.callback_result == "已回电：明早派工"
    assert services.calls.open_callbacks() == []


def test_completing_a_callback_by_hand_records_the_result(services: Services) -> None:
    row = services.calls.log_call(call(callback_due=services.clock.now()))
    with pytest.raises(ValidationError):
        services.calls.complete_callback(row.id, "  ")
    done = services.calls.complete_callback(row.id, "住户不在，留了言")
    assert done.callback_result == "住户不在，留了言"
    with pytest.raises(DomainError, match="already made"):
        services.calls.complete_callback(row.id, "again")
    plain = services.calls.log_call(call())
    with pytest.raises(DomainError, match="No callback"):
        services.calls.complete_callback(plain.id, "x")


@pytest.mark.parametrize("bad, field", [
    (dict(subject="", notes=""), "subject"),
    (dict(phone="12345"), "phone"),
    (dict(phone="١٣٨٠٠١٣٨٠٠٠"), "phone"),
    (dict(category="nonsense"), "category"),
    (dict(caller_name=3.5), "caller_name"),
    (dict(started_at=dt.datetime(2026, 11, 23, 9, 0)), "started_at"),
    (dict(subject="x" * 201), "subject"),
])
def test_bad_input_is_refused_by_the_field_and_nothing_saved(services: Services, bad, field
                                                             ) -> None:
    with pytest.raises(ValidationError) as err:
        services.calls.log_call(call(**bad))
    assert field in err.value.errors
    assert not services.calls.has_calls()


def test_the_end_cannot_come_before_the_start(services: Services, now) -> None:
    with pytest.raises(ValidationError) as err:
        services.calls.log_call(call(started_at=now.value,
                                     ended_at=now.value - dt.timedelta(minutes=1)))
    assert "ended_at" in err.value.errors


def test_history_pages_searches_and_filters(services: Services, now) -> None:
    for i in range(7):
        services.calls.log_call(call(caller_name=f"来电人{i}", phone=f"1390000{i:04d}",
                                     subject=f"咨询{i}",
                                     message_for="保安部" if i % 3 == 0 else "",
                                     message="请回电" if i % 3 == 0 else ""))
        now.advance(minutes=2)
    today = services.clock.today()
    query = CallQuery(today, today)
    first = services.calls.page(query, limit=4)
    rest = services.calls.page(query, services.calls.cursor_after(first[-1], query), 4)
    names = [r.caller_name for r in first + rest]
    assert names == [f"来电人{i}" for i in range(6, -1, -1)]
    assert [r.caller_name for r in services.calls.page(CallQuery(today, today, "0003"))] == [
        "来电人3"]
    pending = services.calls.page(CallQuery(today, today, only=CallFilter.PENDING_MESSAGES))
    assert sorted(r.caller_name for r in pending) == ["来电人0", "来电人3", "来电人6"]
    by_name = services.calls.page(CallQuery(today, today, sort=CallSort.CALLER,
                                            descending=False))
    assert by_name[0].caller_name == "来电人0"
    assert services.calls.count(query).calls == 7
    assert [r.caller_name for r in services.calls.iter_day(today)][0] == "来电人0"


def test_a_call_that_never_existed_says_so(services: Services) -> None:
    with pytest.raises(NotFound, match="no call number 99"):
        services.calls.call(99)
