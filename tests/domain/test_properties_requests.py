"""Property tests of taking a request (hypothesis): whatever a caller hands the service, it
answers with a ValidationError naming fields, or with a request that reads back as stored,
numbered and due as its rule or its typed deadline says; never another exception."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from deskapp.bootstrap import Services, build_services
from deskapp.domain.clock import Clock
from deskapp.domain.directory import DepartmentRow, UnitRow
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.requests.records import (
    Channel,
    Grounds,
    Kind,
    Nature,
    RequestInput,
    RevisitInput,
    Satisfaction,
    Severity,
    State,
)
from deskapp.domain.text import clean_text
from strategies import (
    NOW,
    SHANGHAI,
    clean_names,
    moments,
    mostly_valid,
    not_texts,
    numbers,
    phones,
    texts,
    valid_phones,
)

SOME = settings(max_examples=150, deadline=None)
FIELDS = {"content", "complainant", "phone", "about_label", "channel", "forwarded_from",
          "kind", "nature", "severity", "grounds", "department_label", "owner", "due_at",
          "received_at", "call_id"}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path: Path = tmp_path_factory.mktemp("requests") / "deskapp.sqlite"
    services = build_services(path, clock=Clock(lambda: NOW, tz=SHANGHAI))
    services.directory.save_unit(UnitRow(None, "1203", "李四", "华为"))
    services.directory.save_department(DepartmentRow(None, "工程部", "8001"))
    yield services
    services.close()


def text_or_junk(*common: str) -> st.SearchStrategy[object]:
    return st.one_of(st.sampled_from(common), texts, not_texts) if common else st.one_of(
        texts, not_texts)


later = st.builds(lambda hours, tz: (NOW + dt.timedelta(hours=hours)).astimezone(tz),
                  st.integers(1, 24 * 60), st.sampled_from([SHANGHAI, dt.UTC]))
earlier = st.builds(lambda minutes: NOW - dt.timedelta(minutes=minutes), st.integers(0, 10_000))

request_inputs = mostly_valid(RequestInput, valid={
    "content": st.sampled_from(["楼道灯坏了", "空调漏水\n滴到地板上", "Lift noisy"]),
    "complainant": clean_names,
    "phone": valid_phones,
    "about_label": st.sampled_from(["", "1203", "华为", "1203 李四 (华为)"]),
    "about_unit_id": st.none(),
    "channel": st.sampled_from([Channel.IN_PERSON, Channel.PHONE, Channel.LETTER]),
    "forwarded_from": st.just(""),
    "kind": st.sampled_from(list(Kind)),
    "nature": st.sampled_from(list(Nature)),
    "severity": st.just(Severity.GENERAL),
    "grounds": st.none(),
    "department_label": st.sampled_from(["", "工程部"]),
    "department_id": st.none(),
    "owner": st.just(""),
    "due_at": st.one_of(st.none(), later),
    "received_at": st.one_of(st.none(), earlier),
    "call_id": st.none(),
}, junk={
    "content": text_or_junk(),
    "complainant": st.one_of(texts, not_texts),
    "phone": st.one_of(phones, not_texts),
    "about_label": text_or_junk("1203"),
    "about_unit_id": st.none(),
    "channel": st.one_of(st.sampled_from(list(Channel)), st.just("fax"), not_texts),
    "forwarded_from": text_or_junk("安保部"),
    "kind": st.one_of(st.sampled_from(["complaint", "?"]), not_texts),
    "nature": st.one_of(st.sampled_from(["valid", "angry"]), not_texts),
    "severity": st.one_of(st.sampled_from(list(Severity)), not_texts),
    "grounds": st.one_of(st.sampled_from(list(Grounds)), st.just("whim"), not_texts),
    "department_label": text_or_junk("工程部"),
    "department_id": st.none(),
    "owner": text_or_junk("陈经理"),
    "due_at": moments,
    "received_at": moments,
    "call_id": st.one_of(numbers, not_texts),
})


@SOME
@given(data=request_inputs)
def test_register_refuses_by_field_or_stores_what_it_was_given(desk: Services,
                                                               data: RequestInput) -> None:
    try:
        row = desk.requests.register(data)
    except ValidationError as exc:
        event("refused")
        assert exc.errors and set(exc.errors) <= FIELDS, exc.errors
        assert all(isinstance(m, str) and m for m in exc.errors.values())
        return
    except DomainError as exc:  # a call id that names no call
        event("no such call")
        assert str(exc)
        return
    event("registered")
    assert desk.requests.request(row.id) == row
    assert row.state is State.REGISTERED and row.number.startswith("R2026-")
    assert row.content == clean_text(data.content) and row.content
    assert row.phone == normalise_phone(data.phone) and phone_problem(row.phone) is None
    assert row.complainant or row.about_label
    assert row.due_at is not None and row.due_at > row.received_at
    if data.due_at is not None:
        assert row.due_at == data.due_at
    if row.severity is Severity.MAJOR:
        assert row.owner and data.due_at is not None
    assert (row.grounds is None) == (row.severity is Severity.GENERAL)
    assert row.received_at.utcoffset() == dt.timedelta(0)


@SOME
@given(satisfaction=st.one_of(st.sampled_from(list(Satisfaction)), st.just("meh"), not_texts),
       shortcomings=st.one_of(st.just(""), texts, not_texts),
       close=st.one_of(st.booleans(), not_texts))
def test_a_revisit_reopens_closes_or_is_refused_by_field(desk: Services, satisfaction: object,
                                                          shortcomings: object,
                                                          close: object) -> None:
    row = desk.requests.register(RequestInput(content="门禁坏了", complainant="张三"))
    desk.requests.resolve(row.id, "已修好")
    try:
        after = desk.requests.revisit(row.id, RevisitInput(
            satisfaction, shortcomings=shortcomings, close=close))  # type: ignore[arg-type]
    except ValidationError as exc:
        assert set(exc.errors) <= {"satisfaction", "shortcomings", "close"}, exc.errors
        assert desk.requests.request(row.id).state is State.RESOLVED  # nothing half-saved
        return
    if satisfaction == Satisfaction.DISSATISFIED:
        assert after.state is State.IN_PROGRESS and after.reopened == 1
    else:
        assert after.state is (State.CLOSED if close else State.REVISITED)
